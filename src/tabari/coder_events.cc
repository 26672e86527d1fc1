// The codes an event's source and target stand for (an actor's identity, a compound's members, a
// pronoun and its referent counted once) and the record's event list without duplicates.
#include "tabari/coder_state.h"

namespace demarche::tabari {

// A pronoun and its referent in one event: the agents around the referent count once, for the
// one TABARI evaluates first. "The Bank of France said it invited offers" (SAID * INVIT, the
// target found after the source) is FRABUS/FRA, but "The French Defence Ministry said it could
// not confirm" (SAID * + COULD_, the target the pattern's) is FRA/FRAGOVMIL in TABARI's
// reuters-dev output (R3002-1, R9695-4).
void Coder::Impl::agent_once(const std::vector<Tok>& t, int src, int tgt, int first, std::vector<std::string>& srcc,
                             std::vector<std::string>& tgtc) {
  if (src < 0 || tgt < 0 || src == tgt) return;
  if (!t[src].own && !t[tgt].own) return;
  // A pronoun with an agent of its own has its own codes.
  if ((t[src].type == tPronoun && !t[src].codes.empty()) || (t[tgt].type == tPronoun && !t[tgt].codes.empty())) return;
  auto referent = [&](int k) { return t[k].type == tPronoun ? t[k].ref : k; };
  const int r = referent(src);
  if (r < 0 || r != referent(tgt)) return;
  (first == src ? tgtc : srcc) = t[r].base;
}

void Coder::Impl::push(std::vector<Event>& v, Event e) {
  for (const auto& x : v)
    if (x.source == e.source && x.target == e.target && x.code == e.code) return;
  v.push_back(std::move(e));
}

// What tells a source from a target (manual 5.8: "a code distinct from the code of the source"):
// the code an actor ends with and its own dictionary code, so "Japanese Prime Minister" (JPN and
// ~GOV) and "Yasuhiro Nakasone" (JPNGOV) are distinct actors, as TABARI codes them (reuters-dev
// R6403-1: JPNGOV/JPNGOV/163). A pronoun is its actor.
std::string Coder::Impl::identity(const std::vector<Tok>& t, int tok) {
  if (tok < 0) return "";
  const bool fixed = t[tok].type == tPronoun && !t[tok].codes.empty();
  // Each pronoun apart from its referent is apart from the others too: "but he warned it was not
  // a complete cure" after "President Corazon Aquino" is PHLGOV/PHLGOV/130 in TABARI's
  // reuters-dev output (R6472-11).
  if (!fixed && t[tok].type == tPronoun && t[tok].ref >= 0)
    return (t[tok].own ? "P" + std::to_string(tok) : std::string()) + identity(t, t[tok].ref);
  // The agent counts as its dictionary entry, not its code: "Japanese companies" and "the Bank
  // of Japan" are JPNBUS both, yet two actors, JPNBUS/JPNBUS/020 in TABARI's reuters-dev output
  // (R10382-9).
  return first_code(t[tok].codes) + "|" + first_code(t[tok].base) + "|" + std::to_string(t[tok].agent_entry);
}

std::vector<std::string> Coder::Impl::codes_of_actor(const std::vector<Tok>& t, const Work& w, int tok) const {
  (void)w;
  return t[tok].codes;
}

std::vector<std::string> Coder::Impl::expand(const std::vector<Tok>& t, const Work& w, int tok) const {
  if (tok < 0) return {};
  if (t[tok].type == tPronoun && t[tok].own && !t[tok].codes.empty()) return t[tok].codes;
  if (t[tok].type == tPronoun) tok = t[tok].ref;
  if (tok < 0) return {};
  std::vector<std::string> out;
  if (t[tok].compound >= 0) {
    for (int m : w.compounds[t[tok].compound])
      for (const auto& c : t[m].codes) out.push_back(c);
  } else {
    out = t[tok].codes;
  }
  return out;
}

}  // namespace demarche::tabari
