// A record's time shift, its complexity and its clauses: what TABARI judges of the whole sentence
// before it looks for events.
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "base/civil_date.h"
#include "tabari/coder_state.h"

namespace demarche::tabari {

// The record's date moved by the first time phrase that codes a shift; false when a time phrase
// discards the record or makes it complex (res says which).
// `every` lists every token: time phrases count wherever they stand, in eliminated comma clauses
// too (TIME-03).
bool Coder::Impl::shifted_date(const Work& w, const std::vector<int>& every, const Record& r, const Options& o,
                               const RecordWords& words, std::string& date, Result& res) const {
  const auto& t = w.t;
  const int n = static_cast<int>(t.size());
  Ctx c{&t, &every, 0, n, &words};
  for (int k = 0; k < n; ++k) {
    const Tok& x = t[every[k]];
    if (x.type != tTime) continue;
    const auto& v = d.times[entries[x.entry].id];
    Found f;
    const Pattern* p = match_verb(v, c, k, last_of(c, k), f);
    const EventCode& ec = p ? p->code : v.code;
    if (ec.special == Special::kNull) continue;
    if (ec.special == Special::kDiscard) { res.outcome = Outcome::kDiscard; res.reason = "discard time phrase"; return false; }
    if (ec.special == Special::kComplex) { res.outcome = Outcome::kComplex; res.reason = "complex time phrase"; return false; }
    const int days = std::atoi(ec.code.c_str());
    const int yy = w.day / 10000, mm = w.day / 100 % 100, dd = w.day % 100;
    const Date sd{date_from_ymd(yy, mm, dd).days + days};
    int y2, m2, d2;
    ymd_from_date(sd, y2, m2, d2);
    date = (o.yyyy || r.date.size() == 8) ? fmt::format("{:04}{:02}{:02}", y2, m2, d2)
                                           : fmt::format("{:02}{:02}{:02}", y2 % 100, m2, d2);
    break;
  }
  return true;
}

// Why the sentence is too complex to code (the .options COMPLEX rules), or "" when it is not.
std::string Coder::Impl::complexity(const Work& w, const std::vector<int>& all, const Options& o) const {
  const auto& t = w.t;
  int verbs = 0, actors = 0, prons = 0, conj = 0, first_verb = -1;
  bool actor_before = false, actor_after = false;
  for (int i : all) {
    const Tok& x = t[i];
    // A verb whose root is null-coded does not open the sentence for NOACTPRIOR ("On accord
    // Gondor repelled Mordor": COMPLEX-06).
    // A null-coded verb without patterns codes nothing but is a verb to TABARI's complexity
    // count: "the five arrested on charge of fraud ... and a sixth former executive was placed
    // on a wanted list" (LIST [---]) is complex, with no event in TABARI's reuters-dev
    // output (R8068-8).
    if (x.idle_verb && !o.petrarch) ++verbs;
    if (x.type == tVerb) {
      ++verbs;
      if (first_verb < 0 && d.verbs[entries[x.entry].id].code.special != Special::kNull) first_verb = i;
    }
    // A pronoun standing for an actor is one to TABARI's COMPLEX: ACTORS ("Nakasone said he
    // ..." is two actors); ITS and HIS are no pronouns there.
    const bool stands_for_actor = !o.petrarch && x.type == tPronoun && x.ref >= 0 && !x.possessive;
    if (x.type == tActor || stands_for_actor) { ++actors; if (first_verb < 0) actor_before = true; else actor_after = true; }
    if (x.type == tPronoun) ++prons;
    if (x.type == tConj && !x.absorbed) ++conj;
  }
  std::string why;
  if (o.complex_verbs && verbs >= o.complex_verbs) why = fmt::format("{} verbs", verbs);
  else if (o.complex_actors && actors >= o.complex_actors) why = fmt::format("{} actors", actors);
  else if (o.complex_pronouns && prons >= o.complex_pronouns) why = fmt::format("{} pronouns", prons);
  else if (o.complex_conj && conj >= o.complex_conj) why = fmt::format("{} conjunctions", conj);
  else if (o.noactprior && first_verb >= 0 && !actor_before) why = "no actor prior to the first verb";
  // Without a verb the whole sentence is "prior": no actor in it at all is complex too
  // (DEBUG-21/22).
  else if (o.noactprior && first_verb < 0 && actors == 0) why = "no actor";
  else if (o.noactafter && first_verb >= 0 && !actor_after) why = "no actor after the first verb";
  else if (o.noverb && first_verb < 0) why = "no verb";
  else if (o.complex_lateverb && (first_verb < 0 || first_verb >= o.complex_lateverb)) why = "late verb";
  if (w.complex) why = w.why;
  return why;
}

// Clauses: ranges of `all`, split at the conjunctions no compound absorbed.
std::vector<std::pair<int, int>> Coder::Impl::clauses_of(const Work& w, const std::vector<int>& all, const Options& o,
                                                           size_t& fresh) const {
  const auto& t = w.t;
  // Clauses at conjunctions that no compound absorbed.
  std::vector<std::pair<int, int>> clauses;  // ranges in `all`
  {
    int start = 0;
    for (int k = 0; k < static_cast<int>(all.size()); ++k)
      if (t[all[k]].type == tConj && !t[all[k]].absorbed && t[all[k]].owner < 0) {
        clauses.push_back({start, k});
        start = k + 1;
      }
    clauses.push_back({start, static_cast<int>(all.size())});
  }
  // PETRARCH without require_dyad: a closing ", a senior official said" is a clause of its own
  // and carries no source over from the one before (---GOV/---/023: COMPOUND-03).
  fresh = clauses.size();
  if (o.petrarch && !o.require_dyad) {
    auto& last = clauses.back();
    for (int k = last.second - 1; k > last.first; --k) {
      if (t[all[k]].type != tComma || t[all[k]].absorbed) continue;
      // Only the sentence's own closing clause: not what is left after one was eliminated.
      if (std::any_of(t.begin() + all[k], t.end(), [](const Tok& x) { return x.removed; })) break;
      bool verb = false;
      for (int j = k + 1; j < last.second; ++j) verb |= t[all[j]].type == tVerb;
      if (verb) {
        const int hi = last.second;
        last.second = k;
        clauses.push_back({k + 1, hi});
        fresh = clauses.size() - 1;
      }
      break;
    }
  }
  return clauses;
}

}  // namespace demarche::tabari
