// Verb pattern matching (manual 5.7): the backtracking match of a pattern's words and actor markers
// before and after its verb, and the choice among a root's patterns.
#include <algorithm>

#include "tabari/coder_state.h"

namespace demarche::tabari {

// Records the actor a pattern's marker ($, +, %, ^) stands on.
void Coder::Impl::bind_actor(PWord::Kind kind, int act, Found& g) {
  if (kind == PWord::kSource) g.source = act;
  else if (kind == PWord::kTarget) g.target = act;
  else if (kind == PWord::kBoth) g.both = act;
  else if (kind == PWord::kSkip) g.skipped.push_back(act);
}

// What a pattern's $, + or % may stand on: an actor, or a pronoun of the kinds manual 7.2 types
// as pronouns (HE SHE HIM HER IT THEY THEM THEIR). ITS and HIS are coreferenced for the default
// searches (7.7) but are no pattern actor: "Iraq's war spokesman said Iran had kept up its
// attacks" is "SAID + *" with Iran as +, IRQ/IRN/111 in TABARI's reuters-dev output (R1899-9).
bool Coder::Impl::pattern_actor(const Ctx& c, int k) const {
  if (!is_actor_pos(c, k)) return false;
  const Tok& x = (*c.t)[(*c.a)[k]];
  return !(x.type == tPronoun && x.possessive);
}

// The position of the head of the actor that the word at j belongs to, or -1. TABARI lets a
// marker stand on any word of an actor phrase (PETRARCH only on its head).
int Coder::Impl::actor_head(const Ctx& c, int j) const {
  if (pattern_actor(c, j)) return j;
  if (c.strict) return -1;
  const Tok& x = (*c.t)[(*c.a)[j]];
  if (x.owner < 0 || x.removed || (*c.t)[x.owner].type != tActor) return -1;
  int s = j;
  while (s > 0 && (*c.a)[s] != x.owner) --s;
  return (*c.a)[s] == x.owner && pattern_actor(c, s) ? s : -1;
}

// TABARI's % stands only on a compound's first word, passing over anything else (and over
// other members): "With Tokyo and Bonn claiming Washington's policy of talking the dollar lower"
// is "% *" on TALKING, DEU/JPN/046 and JPN/DEU/046 in its reuters-dev output (R10617-8).
bool Coder::Impl::marker_fits(const Ctx& c, PWord::Kind kind, int h) const {
  if (c.strict || kind != PWord::kBoth) return true;
  const Tok& x = (*c.t)[(*c.a)[h]];  // the word itself: a pronoun is no compound's first word
  return x.type == tActor && x.compound >= 0 && x.compound_first;
}

// Where the match goes on after a marker on the actor at j (head h): TABARI's $ and + take only
// the word they stand on, so the actor's other words are left to the next elements ("^ $ * +"
// matches "Private political analyst Stephen Hess told Reuters", ^ on STEPHEN and $ on HESS:
// USAELI/USAMED/013 in TABARI's reuters-dev output, R28-2); ^ and % take the whole actor.
int Coder::Impl::after_marker(const Ctx& c, PWord::Kind kind, int j, int h) const {
  if (!c.strict && (kind == PWord::kSource || kind == PWord::kTarget)) return j + 1;
  return last_of(c, h) + 1;
}

// Forward match of elements [e, p.size()) from position k (k = first free position).
bool Coder::Impl::fwd(const Ctx& c, const Phrase& p, size_t e, int k, bool adjacent, Found& f) const {
  if (e == p.size()) return true;
  const PWord& w = p[e];
  for (int j = k; j < c.hi; ++j) {
    Found g = f;
    int next = -1;
    if (w.kind == PWord::kWord) {
      if (word_matches(w, (*c.t)[(*c.a)[j]].w)) { next = j + 1; g.matched += static_cast<int>(w.text.size()); }
    } else if (w.kind == PWord::kAlt) {
      for (const auto& alt : w.alts) {
        Found h = g;
        int end = -1;
        if (alt_fwd(c, alt, 0, j, true, h, end)) {
          // alternatives are tried in order; the first that lets the rest match wins
          Found r = h;
          if (fwd(c, p, e + 1, end, w.adjacent, r)) { f = r; return true; }
        }
      }
    } else if (const int h = actor_head(c, j); h >= 0 && marker_fits(c, w.kind, h)) {
      next = after_marker(c, w.kind, j, h);
      bind_actor(w.kind, referent_of(c, h), g);
    } else if (c.strict && w.kind == PWord::kSkip && (*c.t)[(*c.a)[j]].type == tNull && j > c.lo &&
               ((*c.t)[(*c.a)[j - 1]].type == tDeterm || (*c.t)[(*c.a)[j - 1]].type == tPronoun)) {
      // PETRARCH's ^ skips a noun phrase, coded or not ("their populations about": COMPOUND-21).
      next = j + 1;
    }
    if (next >= 0 && fwd(c, p, e + 1, next, w.adjacent, g)) { f = g; return true; }
    if (adjacent) return false;
  }
  return false;
}

// An alternative's own sequence, anchored at k; `end` = first free position after it.
bool Coder::Impl::alt_fwd(const Ctx& c, const Phrase& p, size_t e, int k, bool anchored, Found& f, int& end) const {
  if (e == p.size()) { end = k; return true; }
  const PWord& w = p[e];
  for (int j = k; j < c.hi; ++j) {
    Found g = f;
    bool ok = false;
    int next = j + 1;
    if (w.kind == PWord::kWord) { ok = word_matches(w, (*c.t)[(*c.a)[j]].w); g.matched += static_cast<int>(w.text.size()); }
    else if (w.kind == PWord::kAlt) {
      for (const auto& alt : w.alts) {
        Found h = g;
        int e2 = -1;
        if (alt_fwd(c, alt, 0, j, true, h, e2) && alt_fwd(c, p, e + 1, e2, w.adjacent, h, end)) { f = h; return true; }
      }
    } else if (const int h = actor_head(c, j); h >= 0 && marker_fits(c, w.kind, h)) {
      ok = true;
      next = after_marker(c, w.kind, j, h);
      bind_actor(w.kind, referent_of(c, h), g);
    }
    if (ok && alt_fwd(c, p, e + 1, next, w.adjacent, g, end)) { f = g; return true; }
    if (anchored) return false;
  }
  return false;
}

bool Coder::Impl::multiword_synset(const PWord& w) {
  if (w.kind != PWord::kAlt || !w.synset) return false;
  return std::any_of(w.alts.begin(), w.alts.end(), [](const Phrase& a) { return a.size() > 1; });
}

// Backward match of elements [0, e) ending before position k; the element e-1 must sit right
// before k when `adjacent`.
bool Coder::Impl::bwd(const Ctx& c, const Phrase& p, size_t e, int k, bool adjacent, Found& f) const {
  if (e == 0) return true;
  const PWord& w = p[e - 1];
  for (int j = k - 1; j >= c.lo; --j) {
    Found g = f;
    int start = -1;
    if (w.kind == PWord::kWord) {
      if (word_matches(w, (*c.t)[(*c.a)[j]].w)) { start = j; g.matched += static_cast<int>(w.text.size()); }
    } else if (w.kind == PWord::kAlt) {
      for (const auto& alt : w.alts) {
        // A synset's multi-word member may end short of an adjacent next element (TABARI's
        // backward match anchors only single words: SYNSET-22h/22i).
        if (adjacent && j < k - 1 && (c.strict || !(w.synset && alt.size() > 1))) continue;
        // The alternative must end at j.
        for (int s = j; s >= c.lo; --s) {
          Found h = g;
          int end = -1;
          if (alt_fwd(c, alt, 0, s, true, h, end) && end == j + 1) {
            const bool adj2 = e >= 2 && p[e - 2].adjacent;
            if (bwd(c, p, e - 1, s, adj2, h)) { f = h; return true; }
          }
        }
      }
    } else {
      // An actor ending at j: find its start.
      int s = j;
      const int tok = (*c.a)[j];
      if ((*c.t)[tok].owner >= 0) {
        while (s > c.lo && (*c.a)[s] != (*c.t)[tok].owner) --s;
      }
      if (pattern_actor(c, s) && marker_fits(c, w.kind, s)) {
        // $ and + take only the word they stand on (see after_marker).
        start = !c.strict && (w.kind == PWord::kSource || w.kind == PWord::kTarget) ? j : s;
        const int act = referent_of(c, s);
        if (w.kind == PWord::kSource) g.source = act;
        else if (w.kind == PWord::kTarget) g.target = act;
        else if (w.kind == PWord::kBoth) g.both = act;
      else if (w.kind == PWord::kSkip) g.skipped.push_back(act);
      }
    }
    if (start >= 0) {
      const bool adj2 = e >= 2 && p[e - 2].adjacent;
      if (bwd(c, p, e - 1, start, adj2, g)) { f = g; return true; }
    }
    if (adjacent && (c.strict || !multiword_synset(w))) return false;
  }
  return false;
}

// The pattern of root `v` at position k (in `a`); returns the matched pattern or null and the
// root's own code via `root`.
const Pattern* Coder::Impl::match_verb(const VerbRoot& v, const Ctx& c, int k, int kend, Found& out) const {
  const Pattern* best = nullptr;
  int best_len = -1;
  std::vector<uint32_t> candidates;
  const bool filtered = prefilter.candidates(v, *c.words, candidates);
  const size_t n = filtered ? candidates.size() : v.patterns.size();
  for (size_t ci = 0; ci < n; ++ci) {
    const Pattern& p = v.patterns[filtered ? candidates[ci] : ci];
    if (best_len >= 0 && p.length <= best_len) break;
    Found f;
    if (!bwd(c, p.before, p.before.size(), k, p.verb_adjacent_before, f)) continue;
    if (!fwd(c, p.after, 0, kend + 1, p.verb_adjacent_after, f)) continue;
    // '%' stands on a compound, parsed or coded (manual 5.7): a pattern whose % lands on a
    // single actor does not match, and a lower-ranked pattern or the root's own code applies
    // (reuters-dev R243-1: "Iran said its forces had captured ... in a major battle" is no
    // "% *" BATTLE for Iran alone).
    if (f.both >= 0 && !is_compound(*c.t, f.both)) continue;
    // PETRARCH: nor does one whose $ and + are the same actor. TABARI takes that match and the
    // event of an actor with itself is dropped: "trade imbalances would also be corrected by
    // commitments from West Germany and Japan to stimulate their economies" is "* FROM_ $ TO_ +"
    // with the compound for both, DEU/JPN/0311 and JPN/DEU/0311 in its reuters-dev output
    // (R9864-6).
    if (c.strict && f.source >= 0 && f.target >= 0 && identity(*c.t, f.source) == identity(*c.t, f.target)) continue;
    // The first pattern without alternatives that matches ends the search; one with
    // alternatives holds until a later one could match more characters than it did (length
    // with its longest alternatives: PATTERN-33c).
    if (!p.has_alternatives) { best = &p; out = f; break; }
    if (f.matched > best_len) { best = &p; best_len = f.matched; out = f; }
  }
  return best;
}

}  // namespace demarche::tabari
