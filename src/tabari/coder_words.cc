// Words against the dictionaries: the character trie over first words, classify (phrases, word
// types, actor codes by date) and compounds; what the later stages read each token as.
#include <algorithm>
#include <cctype>

#include "tabari/coder_state.h"

namespace demarche::tabari {

namespace {

Endings endings_of(Kind k) {
  return k == kVerb ? Endings::kVerb : (k == kActor || k == kAgent || k == kNoun || k == kAdj) ? Endings::kNoun : Endings::kAll;
}

}  // namespace

void Coder::Impl::add(Kind k, uint32_t id, const Phrase& p) {
  if (p.empty() || p[0].kind != PWord::kWord) return;
  const uint32_t e = static_cast<uint32_t>(entries.size());
  entries.push_back({k, id, &p, phrase_length(p)});
  uint32_t n = 0;
  for (char c : p[0].text) {
    auto& kids = nodes[n].kids;
    auto it = std::find_if(kids.begin(), kids.end(), [c](const auto& x) { return x.first == c; });
    if (it == kids.end()) {
      nodes.push_back({});
      nodes[n].kids.push_back({c, static_cast<uint32_t>(nodes.size() - 1)});
      n = static_cast<uint32_t>(nodes.size() - 1);
    } else {
      n = it->second;
    }
  }
  nodes[n].ends.push_back(e);
}

Coder::Impl::Impl(const Dictionaries& dd, bool index_patterns) : d(dd) {
  entries.reserve(d.actors.size() + d.agents.size() + d.verbs.size() * 2);
  for (uint32_t i = 0; i < d.actors.size(); ++i) add(kActor, i, d.actors[i].phrase);
  for (uint32_t i = 0; i < d.agents.size(); ++i) add(kAgent, i, d.agents[i].phrase);
  for (uint32_t i = 0; i < d.verbs.size(); ++i)
    for (const auto& f : d.verbs[i].forms) add(kVerb, i, f);
  for (uint32_t i = 0; i < d.nouns.size(); ++i) add(kNoun, i, d.nouns[i]);
  for (uint32_t i = 0; i < d.adjectives.size(); ++i) add(kAdj, i, d.adjectives[i]);
  for (uint32_t i = 0; i < d.times.size(); ++i)
    for (const auto& f : d.times[i].forms) add(kTime, i, f);
  for (uint32_t i = 0; i < d.attribs.size(); ++i)
    for (const auto& f : d.attribs[i].forms) add(kAttrib, i, f);
  if (index_patterns)
    for (const auto* roots : {&d.verbs, &d.times, &d.attribs})
      for (const auto& v : *roots) prefilter.add(v);
  // Within a node: longest phrase first; ties keep dictionary order (actors before verbs).
  for (auto& n : nodes)
    std::stable_sort(n.ends.begin(), n.ends.end(),
                     [&](uint32_t a, uint32_t b) { return entries[a].length > entries[b].length; });
}

// Matches a dictionary phrase starting at token i; returns its last token or -1, and fills
// the matched positions.
int Coder::Impl::match_phrase(const Phrase& p, const std::vector<Tok>& t, int i, std::vector<int>* pos, Endings verb) const {
  if (!word_matches(p[0], t[i].w, verb)) return -1;
  if (pos) pos->push_back(i);
  int at = i;
  for (size_t k = 1; k < p.size(); ++k) {
    const bool adj = p[k - 1].adjacent;
    int found = -1;
    for (int j = at + 1; j < static_cast<int>(t.size()); ++j) {
      if (word_matches(p[k], t[j].w, verb)) { found = j; break; }
      if (adj) break;
    }
    if (found < 0) return -1;
    if (pos) pos->push_back(found);
    at = found;
  }
  return at;
}

// Most entries under a common first word ("UNITED", "SOUTH") fail on their second word; when
// that word must follow at once, its first letter rejects them before match_phrase.
bool Coder::Impl::second_word_may_follow(const Phrase& p, const std::vector<Tok>& t, int i) {
  if (p.size() < 2 || !p[0].adjacent || p[1].kind != PWord::kWord || p[1].text.empty()) return true;
  return i + 1 < static_cast<int>(t.size()) && !t[i + 1].w.empty() && t[i + 1].w[0] == p[1].text[0];
}

constexpr int kMaxEnding = 3;  // ING, the longest regular ending

static bool builtin_word(std::string_view s) {
  static constexpr std::string_view kWords[] = {"A",   "AN",  "THE", "AND",  "NOR",  "BUT",  "OR",  "IN",
                                                "OF",  "HE",  "HIM", "SHE",  "HER",  "IT",   "THEM", "THEIR",
                                                "THEY", "WERE", "WAS", "BEEN", "BY",  "FORMER"};
  return std::find(std::begin(kWords), std::end(kWords), s) != std::end(kWords);
}

void Coder::Impl::classify(Work& w, bool all_caps) const {
  auto& t = w.t;
  const int n = static_cast<int>(t.size());
  std::vector<int> pos;
  for (int i = 0; i < n; ++i) {
    if (t[i].owner >= 0) continue;
    const std::string_view s = t[i].w;
    int best = -1, best_end = -1, best_len = -1;
    uint32_t node = 0;
    for (size_t k = 0; k <= s.size(); ++k) {
      if (k > 0) {
        const auto& kids = nodes[node].kids;
        auto it = std::find_if(kids.begin(), kids.end(), [&](const auto& x) { return x.first == s[k - 1]; });
        if (it == kids.end()) break;
        node = it->second;
      }
      for (uint32_t e : nodes[node].ends) {
        const Entry& en = entries[e];
        if (en.length + kMaxEnding <= best_len) break;
        if (!second_word_may_follow(*en.phrase, t, i)) continue;
        const int end = match_phrase(*en.phrase, t, i, nullptr, endings_of(en.kind));
        if (end < 0) continue;
        // TABARI counts the characters of a regular ending on an exact last word as matched:
        // "uses" is the actor US_ with ES (four characters), not the verb USE (three):
        // "China will set quotas ... to cut the amount of farmland converted to non-agricultural
        // uses" is CHN/USA/010 in TABARI's reuters-dev output (R5781-1).
        const PWord& last = en.phrase->back();
        const int ending = last.exact && last.kind == PWord::kWord ? static_cast<int>(t[end].w.size() - last.text.size()) : 0;
        if (en.length + ending > best_len) { best = static_cast<int>(e); best_end = end; best_len = en.length + ending; }
      }
    }
    // TABARI's own words (determiners, conjunctions, prepositions, pronouns, auxiliaries, BY and
    // FORMER) are phrases like the dictionaries' and listed first, so a dictionary phrase takes
    // the word only by matching more characters. BEEN is thus the auxiliary of manual 7.9, not
    // the dictionary's verb, and does not count toward COMPLEX: VERBS ("The Turkish government
    // said it had been assured Athens would not begin prospecting in disputed waters", six verbs
    // with BEEN, is TURGOV/GRC/030 in TABARI's reuters-dev output: R10641-6); FORMER is the
    // adjective, not the verb FORM ("guerrilla activities led by former soldier Ronny Brunswijk"
    // is not complex: SUR/SURELIMIL/060, R1888-3).
    if (best >= 0 && builtin_word(s) && best_len <= static_cast<int>(s.size())) best = -1;
    if (best >= 0) {
      const Entry& en = entries[best];
      t[i].entry = best;
      t[i].end = best_end;
      pos.clear();
      match_phrase(*en.phrase, t, i, &pos, endings_of(en.kind));
      for (size_t k = 1; k < pos.size(); ++k) { t[pos[k]].owner = i; t[pos[k]].type = tLitr; }
      // Consecutive words between the start and the end belong to the phrase only if matched.
      switch (en.kind) {
        case kActor: t[i].type = tActor; break;
        case kAgent: t[i].type = tAgent; break;
        case kVerb: t[i].type = tVerb; break;
        case kNoun: t[i].type = tNoun; break;
        case kAdj: t[i].type = tAdj; break;
        case kTime: t[i].type = tTime; break;
        case kAttrib: t[i].type = tAttrib; break;
        default: break;
      }
      continue;
    }
    t[i].end = i;
    if (s == "FORMER") t[i].type = tAdj;
    else if (s == "A" || s == "AN" || s == "THE") t[i].type = tDeterm;
    else if (s == "WAS" || s == "WERE" || s == "BEEN") t[i].type = tAuxil;
    else if (s == "BY") t[i].type = tBy;
    else if (s == ",") t[i].type = tComma;
    else if (s == "HE" || s == "SHE" || s == "IT" || s == "ITS" || s == "HIS" || s == "HER" || s == "HIM" ||
             s == "THEY" || s == "THEM" || s == "THEIR")
      t[i].type = tPronoun, t[i].possessive = s == "ITS" || s == "HIS";
    else if (s == "AND" || s == "BUT" || s == "OR" || s == "NOR") t[i].type = tConj;
    else if (std::isdigit(static_cast<unsigned char>(s[0]))) t[i].type = tNumber;
  }
  // Actors: resolve dates; null codes make nouns. Verbs: nouns after a determiner or when
  // capitalised mid-sentence.
  int first_cap = 0;
  while (first_cap < n && !t[first_cap].cap) ++first_cap;
  for (int i = 0; i < n; ++i) {
    auto& k = t[i];
    if (k.type == tActor) {
      const auto& g = d.groups[d.actors[entries[k.entry].id].group];
      const ActorCode* chosen = nullptr;
      for (const auto& c : g.codes)
        if (!c.restricted || (w.day >= c.first && w.day <= c.last)) { chosen = &c; break; }
      if (!chosen || chosen->special == Special::kNull) { k.type = tNoun; continue; }
      if (chosen->special == Special::kDiscard) { w.discard = true; w.why = "discard actor " + k.w; }
      else if (chosen->special == Special::kComplex) { w.complex = true; w.why = "complex actor " + k.w; }
      k.codes = chosen->codes;
      k.base = chosen->codes;
    } else if (k.type == tVerb) {
      const bool after_det = i > 0 && t[i - 1].type == tDeterm;
      // Capitalised after the sentence's first capitalised word (a leading quote mark is none).
      const bool capital = i > first_cap && k.cap && !all_caps;
      if (after_det || capital) { k.type = tNoun; continue; }
      const auto& v = d.verbs[entries[k.entry].id];
      if (v.code.special == Special::kDiscard) { w.discard = true; w.why = "discard verb " + k.w; }
      else if (v.code.special == Special::kComplex) { w.complex = true; w.why = "complex verb " + k.w; }
      else if (v.code.special == Special::kNull && v.patterns.empty()) { k.type = tNull; k.idle_verb = true; }
    } else if (k.type == tAgent) {
      const auto& a = d.agents[entries[k.entry].id];
      if (a.special == Special::kNull) k.type = tNoun;
      else if (a.special == Special::kDiscard) { w.discard = true; w.why = "discard agent " + k.w; }
      else if (a.special == Special::kComplex) { w.complex = true; w.why = "complex agent " + k.w; }
    }
  }
}

// `unknown`: how many words in no dictionary may modify the actor too (PETRARCH reads noun
// phrases from its parse: "Fornost and the evil awful Gondor" is a compound, COMPOUND-11).
bool Coder::Impl::np_start(const std::vector<Tok>& t, int i, int& actor, int unknown) const {
  // (determ|adj)* actor
  const bool petrarch = unknown > 0;
  while (i >= 0 && (t[i].type == tDeterm || t[i].type == tAdj || (t[i].type == tNull && unknown-- > 0)))
    i = next_word(t, i);
  if (i >= 0 && t[i].type == tActor) { actor = i; return true; }
  // PETRARCH: "the government of Gondor" is a noun phrase whose actor is Gondor (COMPOUND-21).
  if (petrarch && is_agent(t, i) && t[i].ref > i) {
    const int of = next_word(t, i);
    if (of >= 0 && (t[of].w == "OF" || t[of].w == "IN" || t[of].w == "FROM")) { actor = t[i].ref; return true; }
  }
  return false;
}

void Coder::Impl::compounds(Work& w, const Options& o) const {
  const int unknown = o.petrarch ? 2 : 0;
  auto joins = [&](const std::string& c) { return c == "AND" || c == "NOR" || (o.petrarch && c == "OR"); };
  auto& t = w.t;
  const int n = static_cast<int>(t.size());
  for (int i = 0; i < n; ++i) {
    if (t[i].type != tActor || t[i].compound >= 0 || t[i].removed) continue;
    std::vector<int> members{i};
    std::vector<int> glue;
    int cur = i;
    size_t closed = 0;  // members up to the last one joined by a conjunction
    for (;;) {
      int j = next_word(t, t[cur].end);
      // skip agents / litr consumed by the actor
      while (j >= 0 && t[j].type == tLitr && t[j].ref == cur) j = next_word(t, j);
      if (j < 0) break;
      int a = -1;
      if (t[j].type == tComma) {
        const int k = next_word(t, j);
        if (k < 0) break;
        // ", and np" (a serial comma: COMPOUND-11) or ", np".
        if (t[k].type == tConj && joins(t[k].w)) {
          const int k2 = next_word(t, k);
          if (k2 < 0 || !np_start(t, k2, a, unknown)) break;
          glue.push_back(j);
          glue.push_back(k);
          members.push_back(a);
          closed = members.size();
        } else {
          if (!np_start(t, k, a, unknown)) break;
          glue.push_back(j);
          members.push_back(a);
        }
        cur = a;
        continue;
      }
      // AND and NOR join lists ("Neither Galadriel nor Gollum": COMPOUND-21); BUT does not
      // ("south Ithilen but Dagolath promised": CLAUSE-03), nor, to TABARI, OR (PETRARCH's
      // parse does): "stricter than in Britain or the United States" has BRITAIN alone for
      // target, CHE/GBR/020 in TABARI's reuters-dev output (R4872-7).
      if (t[j].type == tConj && joins(t[j].w)) {
        const int k = next_word(t, j);
        if (k < 0 || !np_start(t, k, a, unknown)) break;
        glue.push_back(j);
        members.push_back(a);
        closed = members.size();
        cur = a;
        continue;  // lists go on: "A and B, and C and D" (DEBUG-18a)
      }
      // Once a conjunction has joined the list, a noun phrase right after a member joins it
      // too when it opens with a modifier or follows a possessive ("Calenardhon and the evil
      // Arnor awful Gondor": COMPOUND-13; "Gondor and Arnor's Elrond": DEBUG-23), not a bare
      // actor ("Arnor and Dagolath Osgiliath": DEBUG-20).
      const bool possessive = t[t[cur].end].w.ends_with("'S") || t[t[cur].end].w.ends_with("'");
      if (closed > 0 && (possessive || t[j].type == tAdj || t[j].type == tDeterm) && np_start(t, j, a)) {
        members.push_back(a);
        closed = members.size();
        cur = a;
        continue;
      }
      break;
    }
    // A list only counts if a conjunction closes it; members after the last one are not in it.
    if (closed < 2) continue;
    members.resize(closed);
    cur = members.back();
    std::erase_if(glue, [&](int g) { return g > cur; });
    const int id = static_cast<int>(w.compounds.size());
    for (int m : members) t[m].compound = id;
    t[members[0]].compound_first = true;
    for (int g : glue) t[g].absorbed = true;
    w.compounds.push_back(members);
    i = cur;
  }
  // Compound nouns and adjectives: noun conj adj* noun; adj conj adj.
  for (int i = 0; i < n; ++i) {
    if (t[i].type != tConj || t[i].absorbed) continue;
    const int p = prev_word(t, i), q = next_word(t, i);
    if (p < 0 || q < 0) continue;
    if (t[p].type == tNoun) {
      int r = q;
      while (r >= 0 && t[r].type == tAdj) r = next_word(t, r);
      if (r >= 0 && t[r].type == tNoun) t[i].absorbed = true;
    } else if (t[p].type == tAdj && t[q].type == tAdj) {
      t[i].absorbed = true;
    } else if (o.petrarch && t[p].type == tNull && t[q].type == tNull && !t[p].cap && !t[q].cap) {
      // Two words in no dictionary ("was heavily and unjustly criticized": PATTERN-30) are
      // one phrase in PETRARCH's parse, not two clauses.
      t[i].absorbed = true;
    }
  }
}

}  // namespace demarche::tabari
