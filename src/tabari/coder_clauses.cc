// What a sentence keeps and whom its pronouns mean: comma-delimited clauses eliminated, pronoun
// referents (manual 7.7), and FORWARD handing an actor on from one record to the next (8.4).
#include <cctype>

#include "tabari/coder_state.h"

namespace demarche::tabari {

// Pronouns (manual 7.7), after comma clauses are eliminated (an actor in an eliminated clause
// is no referent: COMMA-02C). HIS/HER/ITS go to the first actor of the sentence like HE/SHE/IT,
// not the nearest one before them, as TABARI codes them (PATTERN-12/13: "Arnor suggested
// Gondor should apply ... in its dealings with Rohan" targets Rohan).
void Coder::Impl::pronouns(Work& w, const Options& o) const {
  auto& t = w.t;
  int first = -1;
  for (size_t i = 0; i < t.size(); ++i)
    if (t[i].type == tActor && !t[i].removed) { first = static_cast<int>(i); break; }
  for (int i = 0; i < static_cast<int>(t.size()); ++i) {
    if (t[i].type != tPronoun) continue;
    const auto& s = t[i].w;
    int ref = -1;
    if (s == "HE" || s == "SHE" || s == "IT" || s == "HIM" || s == "ITS" || s == "HIS" || s == "HER") {
      ref = first >= 0 && first < i ? first : -1;
    } else {
      for (const auto& c : w.compounds)
        if (c[0] < i && !t[c[0]].removed) { ref = c[0]; break; }
      if (ref < 0 && first >= 0 && first < i) ref = first;
    }
    if (ref < 0) continue;
    t[i].ref = ref;
    // TABARI: a pronoun the source or forward target search finds is its referent's dictionary
    // code alone (or with an agent of its own, below), an actor apart from the referent with its
    // agents; the backward target search and a pattern's markers take the referent itself
    // (referent_of). "Defense Secretary Caspar Weinberger's position was not immediately known
    // but in the past he has opposed the transfer" is USAMIL/USAMILGOVMIL/110, and "House
    // Speaker Jim Wright said he expects" USAGOVLEG/USAGOVLEG, in TABARI's reuters-dev output
    // (R4158-6, R2222-1). Agreement 1766 -> 1775 events. ITS and HIS are no pronouns to TABARI:
    // "Sumita said the central bank will carefully consider its monetary policy" has no
    // JPNGOV/JPN (R10661-1). PETRARCH: apart only from a referent with an agent (agent_once).
    t[i].own = !t[i].possessive && s != "HER" && t[ref].compound < 0 && t[ref].agent;
    if (!o.petrarch && !t[i].possessive && t[ref].compound < 0) {
      t[i].own = true;
      t[i].base = t[ref].base;
      t[i].codes = t[ref].base;
    }
    // An agent right after the pronoun, or else right before it, is its own, on its referent's
    // dictionary code: "their commercial bank debts" after "Brazilian representatives" is
    // BRABUS, BRA/BRABUS/010 in TABARI's reuters-dev output (R7669-7), and "Unicorp Canada Corp
    // told the Securities and Exchange Commission it cut" CAN/CANGOVBUS/010 (R1667-1). Not so
    // ITS and HIS, which are no pattern actors.
    int q = next_word(t, i);
    if (!(q >= 0 && t[q].type == tAgent && !t[q].removed)) q = prev_word(t, i);
    if (!t[i].possessive && q >= 0 && t[q].type == tAgent && !t[q].removed && t[ref].compound < 0) {
      const Agent& a = d.agents[entries[t[q].entry].id];
      t[i].own = true;
      t[i].base = t[ref].base;
      t[i].codes.clear();
      for (const auto& c : t[ref].base) t[i].codes.push_back(merge_agent(c, a));
      t[q].type = tLitr;
      t[q].ref = i;
      t[i].agent_entry = t[q].entry;
    }
  }
}

// TABARI's subordinate clauses: the commas outside compounds are taken in pairs, an opening one
// and the next after it. The words between a pair, counted by position, make a clause to
// eliminate when their number is within COMMA MIN..MAX; the pair's closing comma goes with it and
// never opens the next clause. An opening comma with no closing one opens the closing clause,
// eliminated when the words to the end number EMIN..EMAX; any opening comma may close a
// beginning clause of BMIN..BMAX words.
void Coder::Impl::paired_comma_clauses(Work& w, const Options& o) const {
  auto& t = w.t;
  const int n = static_cast<int>(t.size());
  auto comma = [&](int i) { return t[i].type == tComma && !t[i].absorbed; };
  auto remove = [&](int a, int b) {
    for (int i = a; i <= b; ++i) t[i].removed = true;
  };
  for (int i = 0; i < n; ++i) {
    if (!comma(i)) continue;
    const int open = i;
    if (open >= o.comma_bmin && open <= o.comma_bmax) remove(0, open - 1);
    int j = open + 1;
    while (j < n && !comma(j)) ++j;
    const int inside = j - open - 1;
    if (j == n) {
      if (inside >= o.comma_emin && inside <= o.comma_emax) remove(open, n - 1);
      break;
    }
    if (inside >= o.comma_min && inside <= o.comma_max) remove(open, j);
    i = j;
  }
}

// PETRARCH's comma clauses: each comma opens the next; see paired_comma_clauses for TABARI's.
void Coder::Impl::comma_clauses(Work& w, const Options& o) const {
  if (o.comma_off) return;
  auto& t = w.t;
  const int n = static_cast<int>(t.size());
  if (!o.petrarch) {
    paired_comma_clauses(w, o);
    cancel_split_phrases(w);
    return;
  }
  std::vector<int> commas;
  for (int i = 0; i < n; ++i)
    if (t[i].type == tComma && !t[i].absorbed) commas.push_back(i);
  if (commas.empty()) return;
  auto words = [&](int a, int b) {  // words strictly between a and b
    int c = 0;
    for (int i = a + 1; i < b; ++i) c += t[i].owner < 0 ? 1 : 1;
    return c;
  };
  auto remove = [&](int a, int b) {
    for (int i = a; i <= b; ++i) t[i].removed = true;
  };
  // Beginning.
  int prev = -1;
  {
    const int c = words(-1, commas[0]);
    if (c > o.comma_bmin && c <= o.comma_bmax) remove(0, commas[0]);
  }
  prev = commas[0];
  bool closed_one = false;  // the last comma closed an eliminated clause
  for (size_t k = 1; k < commas.size(); ++k) {
    const int c = words(prev, commas[k]);
    closed_one = c > o.comma_min && c <= o.comma_max;
    if (closed_one) remove(prev, commas[k] - 1);
    prev = commas[k];  // every comma moves the chain on
  }
  const int c = closed_one ? 0 : words(prev, n);  // that comma opens no closing clause (DEMO-19)
  // A closing clause runs to the end of the sentence: text that stops without one (no final
  // period) has none (MARK-06).
  if (w.terminated && c > o.comma_emin && c <= o.comma_emax) remove(prev, n - 1);
  // The comma closing an eliminated clause goes with it: what is left reads as one phrase
  // ("Gollum, centre of a row..., called on" matches "$ *": MARK-00).
  for (int k : commas)
    if (k > 0 && t[k - 1].removed && t[k - 1].type != tComma) t[k].removed = true;
  cancel_split_phrases(w);
}

// A dictionary phrase that is partly inside an eliminated clause is cancelled whole (its head or
// its tail was eliminated: MARK-01, MARK-08).
void Coder::Impl::cancel_split_phrases(Work& w) const {
  auto& t = w.t;
  const int n = static_cast<int>(t.size());
  for (int i = 0; i < n; ++i) {
    if (t[i].owner >= 0 || t[i].end <= i) continue;
    bool in = t[i].removed, out = !t[i].removed;
    for (int j = i + 1; j <= t[i].end; ++j)
      if (t[j].owner == i) (t[j].removed ? in : out) = true;
    if (in && out) {
      t[i].removed = true;
      for (int j = i + 1; j <= t[i].end; ++j)
        if (t[j].owner == i) t[j].removed = true;
    }
  }
}

// FORWARD: pronouns before the first actor stand for the actor the previous sentence of the
// same story handed on (manual 8.4); then the first actor this record names itself is handed
// on (wherever it stands: FRWD-001-005), or, when it names none, what it was handed (a chain).
// THEY/THEM/THEIR are forwarded like the others (FRWD-002-002/003).
void Coder::Impl::forward(Work& w, const Record& r, const Options& o, Forward* state) const {
  if (!state) return;
  std::string story;
  long sentence = -1;
  if (!forward_sequence(o, r.id, story, sentence)) { state->valid = false; return; }
  auto& t = w.t;
  const bool follows = state->valid && !state->codes.empty() && state->story == story && sentence == state->sentence + 1;
  std::vector<std::string> handed;
  for (auto& x : t) {
    if (x.removed) continue;
    if (x.type == tActor) { handed = x.base; break; }
    if (x.type == tPronoun && follows) {
      x.type = tActor;
      x.forwarded = true;
      x.codes = x.base = state->codes;
      if (handed.empty()) handed = state->codes;
    }
  }
  state->valid = true;
  state->story = story;
  state->sentence = sentence;
  state->codes = handed;
}

bool forward_sequence(const Options& o, const std::string& id, std::string& story, long& sentence) {
  std::string f = o.forward;
  const auto sp = f.find_first_of(" \t");
  const std::string rest = sp == std::string::npos ? "" : f.substr(sp);
  if (sp != std::string::npos) f = f.substr(0, sp);
  for (size_t i = 0; i + 2 < rest.size(); ++i)
    if ((rest.compare(i, 3, "OFF") == 0 || rest.compare(i, 3, "off") == 0)) return false;
  size_t lead = 0;
  while (lead < f.size() && f[lead] == '^') ++lead;
  f = f.substr(lead);
  const auto n0 = f.find('N'), s0 = f.find('S');
  if (f.empty() || n0 == std::string::npos || s0 == std::string::npos) return false;
  size_t n1 = n0, s1 = s0;
  while (n1 < f.size() && f[n1] == 'N') ++n1;
  while (s1 < f.size() && f[s1] == 'S') ++s1;
  story = n0 < id.size() ? id.substr(n0, n1 - n0) : "";
  const std::string sn = s0 < id.size() ? id.substr(s0, s1 - s0) : "";
  sentence = 0;
  for (char c : sn) {
    if (!std::isdigit(static_cast<unsigned char>(c))) { sentence = 0; break; }
    sentence = sentence * 10 + (c - '0');
  }
  return true;
}

}  // namespace demarche::tabari
