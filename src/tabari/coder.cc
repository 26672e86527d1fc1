// TABARI's coding rules (manual chapters 5-7): filter the text, classify words against the
// dictionaries (a character trie over first words), find compounds, pronouns, comma-delimited
// clauses and clauses, then match verb patterns and assign sources and targets.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <cstring>

#include "base/civil_date.h"
#include "tabari/prefilter.h"
#include "tabari/tabari.h"

namespace demarche::tabari {

namespace {

enum Kind : uint8_t { kActor, kAgent, kVerb, kNoun, kAdj, kTime, kAttrib, kKinds };

enum Type : uint8_t {
  tNull, tLitr, tActor, tAgent, tVerb, tTime, tAttrib, tDeterm, tNoun, tAdj, tAuxil, tBy, tComma,
  tPronoun, tConj, tNumber,
};

struct Entry {
  Kind kind;
  uint32_t id;
  const Phrase* phrase;
  int length;
};

// Strips a diacritic from a Latin-1 / Latin Extended-A code point, or 0 when there is none.
char fold_latin(uint32_t cp) {
  static const char* k192 = "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
  if (cp >= 192 && cp <= 255) {
    const char c = k192[cp - 192];
    return (c == 'x' || c == '/') ? 0 : c;
  }
  if (cp >= 0x100 && cp <= 0x17F) {
    static const char* kA = "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
    return kA[cp - 0x100];
  }
  return 0;
}

// The text is upper-cased byte by byte as ASCII: TABARI's dictionaries are ASCII, and the C
// library's locale-aware calls cost more than the rest of the filter.
constexpr bool ascii_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
constexpr bool ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
constexpr char to_upper(char c) { return ascii_lower(static_cast<unsigned char>(c)) ? static_cast<char>(c - 'a' + 'A') : c; }

struct Tok {
  std::string w;
  bool cap = false;        // capitalised in the original
  Type type = tNull;
  int entry = -1;          // dictionary entry (index into Impl::entries)
  int end = -1;            // last token of the phrase that starts here
  int owner = -1;          // a token consumed by the phrase starting at `owner`
  bool removed = false;    // inside an eliminated comma-delimited clause
  bool absorbed = false;   // conjunction/comma inside a compound
  int compound = -1;       // compound actor id
  int ref = -1;            // pronoun: the actor token it refers to
  std::vector<std::string> codes;  // actor codes after dates and agents
  std::vector<std::string> base;   // actor codes before agents (what FORWARD hands on)
  bool forwarded = false;          // a pronoun standing for the previous record's actor
  // A pronoun that is an actor apart from its referent (agent_once), with `codes` of its own when
  // an agent follows it.
  bool own = false;
  bool agent = false;  // an actor an agent attached to
};

// The regular endings of manual 5.2.3 after `word`: ED is a bare D after a final E (DEPLORE_ is
// DEPLORED: VERBEND-02b), so BAN_ does not match BAND.
bool regular_ending(std::string_view word, std::string_view e) {
  if (e == "D") return word.ends_with('E');
  return e == "S" || e == "'S" || e == "'" || e == "ES" || e == "ED" || e == "EN" || e == "ING" || e == "S'";
}

// Which regular endings a dictionary word takes (manual 5.2.3): actors, agents and nouns the
// plural and possessive ones ("military rule_" is not "military ruled"); verbs the verb endings
// and no possessive ("donate's" is no DONATE_: NOUNEND-12); pattern words all of them.
enum class Endings : uint8_t { kAll, kNoun, kVerb };

bool word_matches(const PWord& w, std::string_view tok, Endings how = Endings::kAll) {
  if (tok.size() < w.text.size() || (!w.text.empty() && tok[0] != w.text[0]) ||
      tok.compare(0, w.text.size(), w.text) != 0)
    return false;
  if (!w.exact) return true;
  if (tok.size() == w.text.size()) return true;
  const std::string_view e = tok.substr(w.text.size());
  if (how == Endings::kVerb && (e == "'S" || e == "'" || e == "S'")) return false;
  if (how == Endings::kNoun && !(e == "S" || e == "'S" || e == "'" || e == "S'" || e == "ES")) return false;
  return w.endings && regular_ending(w.text, e);
}

int32_t record_day(std::string_view date, bool yyyy) {
  int32_t v = 0;
  // TABARI reads the first six (YYYY: eight) characters of the header as the date.
  if (date.size() > (yyyy ? 8u : 6u)) date = date.substr(0, yyyy ? 8 : 6);
  if (!parse_yymmdd(date, v, yyyy)) return -1;
  return v;
}

std::string merge_agent(const std::string& actor, const Agent& a) {
  if (a.after_actor) {
    for (size_t k = 0; k + a.code.size() <= actor.size(); k += 3)
      if (actor.compare(k, a.code.size(), a.code) == 0 && k > 0) return actor;
    return actor + a.code;
  }
  if (actor.starts_with(a.code)) return actor;
  return a.code + actor;
}

Endings endings_of(Kind k) {
  return k == kVerb ? Endings::kVerb : (k == kActor || k == kAgent || k == kNoun || k == kAdj) ? Endings::kNoun : Endings::kAll;
}

}  // namespace

struct Coder::Impl {
  Dictionaries d;
  std::vector<Entry> entries;
  PatternPrefilter prefilter;
  struct Node {
    std::vector<std::pair<char, uint32_t>> kids;
    std::vector<uint32_t> ends;  // entries whose first word ends here
  };
  std::vector<Node> nodes{1};

  void add(Kind k, uint32_t id, const Phrase& p) {
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

  Impl(const Dictionaries& dd, bool index_patterns) : d(dd) {
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
  int match_phrase(const Phrase& p, const std::vector<Tok>& t, int i, std::vector<int>* pos, Endings verb = Endings::kAll) const {
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
  static bool second_word_may_follow(const Phrase& p, const std::vector<Tok>& t, int i) {
    if (p.size() < 2 || !p[0].adjacent || p[1].kind != PWord::kWord || p[1].text.empty()) return true;
    return i + 1 < static_cast<int>(t.size()) && !t[i + 1].w.empty() && t[i + 1].w[0] == p[1].text[0];
  }

  // ---------------------------------------------------------------------------------------------
  std::vector<Tok> filter(std::string_view text, bool& all_caps, bool& overflow) const {
    overflow = false;
    // Characters first: upper case, diacritics removed, punctuation rules of manual 7.3.
    std::vector<char> s;  // vector: its push_back inlines, std::string's does not
    std::vector<uint8_t> cap;  // per output char: was upper case in the original
    s.reserve(text.size() + 16);
    cap.reserve(text.size() + 16);
    bool any_lower = false;
    for (size_t i = 0; i < text.size();) {
      unsigned char c = static_cast<unsigned char>(text[i]);
      uint32_t cp = c;
      size_t len = 1;
      if (c >= 0x80) {
        if ((c & 0xE0) == 0xC0 && i + 1 < text.size()) { cp = ((c & 0x1F) << 6) | (text[i + 1] & 0x3F); len = 2; }
        else if ((c & 0xF0) == 0xE0 && i + 2 < text.size()) { cp = ((c & 0x0F) << 12) | ((text[i + 1] & 0x3F) << 6) | (text[i + 2] & 0x3F); len = 3; }
        else if ((c & 0xF8) == 0xF0 && i + 3 < text.size()) { cp = 0x10000; len = 4; }
        else { cp = c; len = 1; }  // a stray byte: Latin-1
        if (cp == 0x2019 || cp == 0x2018) { s.push_back('\''); cap.push_back(0); i += len; continue; }
        if (cp == 0x201C || cp == 0x201D) { s.push_back('"'); cap.push_back(0); i += len; continue; }
        if (cp == 0x2013 || cp == 0x2014) { s.push_back(' '); cap.push_back(0); i += len; continue; }
        const char f = fold_latin(cp);
        if (f) {
          const bool up = ascii_upper(f);
          any_lower |= !up;
          s.push_back(to_upper(f));
          cap.push_back(up);
        } else {
          // Other scripts stay as they are (valid UTF-8 in, valid UTF-8 out).
          for (size_t k = 0; k < len; ++k) { s.push_back(text[i + k]); cap.push_back(0); }
        }
        i += len;
        continue;
      }
      if (ascii_lower(c)) any_lower = true;
      s.push_back(to_upper(static_cast<char>(c)));
      cap.push_back(ascii_upper(c) ? 1 : 0);
      ++i;
    }
    all_caps = !any_lower;
    // Punctuation.
    std::vector<char> o;
    std::vector<uint8_t> ocap;
    o.reserve(s.size() + s.size() / 4 + 32);
    ocap.reserve(o.capacity());
    auto put = [&](char ch, uint8_t cp) { o.push_back(ch); ocap.push_back(cp); };
    for (size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      if (c == '.') {
        // After a lower-case letter: end of sentence, not an abbreviation.
        const bool after_lower = i > 0 && std::isalpha(static_cast<unsigned char>(s[i - 1])) && !cap[i - 1] && !all_caps;
        const bool last = [&] { for (size_t k = i + 1; k < s.size(); ++k) if (s[k] != ' ' && s[k] != '\t' && s[k] != '"') return false; return true; }();
        if (after_lower || (all_caps && last)) { put(' ', 0); continue; }
        put(c, 0);
        continue;
      }
      // An underscore in the text joins words as a dictionary's does: "Dol_Amroth" is the
      // phrase DOL_AMROTH (SKIP-01..04).
      if (c == '?' || c == '!' || c == '-' || c == '_' || c == '\t' || c == '\r' || c == '\n') { put(' ', 0); continue; }
      if (c == ',') {
        if (i > 0 && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i - 1])) &&
            std::isdigit(static_cast<unsigned char>(s[i + 1])))
          continue;
        put(' ', 0); put(',', 0); put(' ', 0);
        continue;
      }
      if (c == ';') { put(' ', 0); put(',', 0); put(' ', 0); continue; }
      // Brackets and parentheses separate words: "(ICCO)" is ICCO_, "<Knoll International>" is
      // KNOLL INTERNATIONAL (Reuters marks companies and abbreviations so).
      if (c == '(' || c == ')' || c == '<' || c == '>') { put(' ', 0); continue; }
      if (c == '"') { put(' ', 0); put('"', 0); put(' ', 0); continue; }
      put(c, cap[i]);
    }
    std::vector<Tok> t;
    for (size_t i = 0; i < o.size();) {
      while (i < o.size() && o[i] == ' ') ++i;
      if (i >= o.size()) break;
      size_t j = i;
      while (j < o.size() && o[j] != ' ') ++j;
      Tok k;
      k.w.assign(o.data() + i, std::min<size_t>(j - i, 62));
      k.cap = ocap[i];
      if (k.w != "\"") t.push_back(std::move(k));
      i = j;
      if (t.size() >= 127) {
        // More words than TABARI's parse holds: the record is complex (DEBUG-08, DEBUG-08a).
        for (size_t k = j; k < o.size(); ++k)
          if (o[k] != ' ') { overflow = true; break; }
        break;
      }
    }
    return t;
  }

  // ---------------------------------------------------------------------------------------------
  struct Work {
    std::vector<Tok> t;
    int32_t day = 0;
    bool discard = false, complex = false;
    bool terminated = true;  // the text ends with a sentence's final punctuation
    std::string why;
    std::vector<std::vector<int>> compounds;  // actor token lists
  };

  void classify(Work& w, bool all_caps) const {
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
          if (en.length <= best_len) break;
          if (!second_word_may_follow(*en.phrase, t, i)) continue;
          const int end = match_phrase(*en.phrase, t, i, nullptr, endings_of(en.kind));
          if (end >= 0) { best = static_cast<int>(e); best_end = end; best_len = en.length; break; }
        }
      }
      // BEEN is the auxiliary of manual 7.9 before it is the dictionary's verb, so it does not
      // count toward COMPLEX: VERBS ("The Turkish government said it had been assured Athens
      // would not begin prospecting in disputed waters", six verbs with BEEN, is TURGOV/GRC/030
      // in TABARI's reuters-dev output: R10641-6).
      if (s == "BEEN") best = -1;
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
      if (s == "A" || s == "AN" || s == "THE") t[i].type = tDeterm;
      else if (s == "WAS" || s == "WERE" || s == "BEEN") t[i].type = tAuxil;
      else if (s == "BY") t[i].type = tBy;
      else if (s == ",") t[i].type = tComma;
      else if (s == "HE" || s == "SHE" || s == "IT" || s == "ITS" || s == "HIS" || s == "HER" || s == "HIM" ||
               s == "THEY" || s == "THEM" || s == "THEIR")
        t[i].type = tPronoun;
      else if (s == "AND" || s == "BUT" || s == "OR" || s == "NOR") t[i].type = tConj;
      else if (std::isdigit(static_cast<unsigned char>(s[0]))) t[i].type = tNumber;
    }
    // Actors: resolve dates; null codes make nouns. Verbs: nouns after a determiner or when
    // capitalised mid-sentence.
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
        const bool capital = i > 0 && k.cap && !all_caps;
        if (after_det || capital) { k.type = tNoun; continue; }
        const auto& v = d.verbs[entries[k.entry].id];
        if (v.code.special == Special::kDiscard) { w.discard = true; w.why = "discard verb " + k.w; }
        else if (v.code.special == Special::kComplex) { w.complex = true; w.why = "complex verb " + k.w; }
        else if (v.code.special == Special::kNull && v.patterns.empty()) k.type = tNull;
      } else if (k.type == tAgent) {
        const auto& a = d.agents[entries[k.entry].id];
        if (a.special == Special::kNull) k.type = tNoun;
        else if (a.special == Special::kDiscard) { w.discard = true; w.why = "discard agent " + k.w; }
        else if (a.special == Special::kComplex) { w.complex = true; w.why = "complex agent " + k.w; }
      }
    }
  }

  int next_word(const std::vector<Tok>& t, int i) const {
    for (++i; i < static_cast<int>(t.size()); ++i)
      if (t[i].owner < 0) return i;
    return -1;
  }
  int prev_word(const std::vector<Tok>& t, int i) const {
    for (--i; i >= 0; --i)
      if (t[i].owner < 0) return i;
    return -1;
  }

  // The actor an agent belongs to (manual 5.4): the actor right before it ("Israeli police", or
  // "Arnor former security officials" with FORMER between), else the one right after it, else one
  // right after IN or OF (PETRARCH: also FROM, and across a determiner) ("president of Ithilen");
  // -1 when none. `before` tells which side.
  int agent_actor(const std::vector<Tok>& t, int i, bool& former, bool& before, bool petrarch) const {
    const int p = prev_word(t, i);
    const int q = next_word(t, i);
    former = p >= 0 && t[p].w == "FORMER";
    const int pp = former ? prev_word(t, p) : -1;
    before = true;
    if (p >= 0 && t[p].type == tActor) return p;
    if (pp >= 0 && t[pp].type == tActor) return pp;
    before = false;
    if (q >= 0 && t[q].type == tActor) return q;
    // TABARI does not reach across a determiner: "a gold investment company in the Isle of Man" is
    // GBRIMY, and "industry in the United States" USA, in its reuters-dev output (R4647-1, R5397-2).
    if (q >= 0 && (t[q].w == "OF" || t[q].w == "IN" || (petrarch && t[q].w == "FROM"))) {
      int r = next_word(t, q);
      if (petrarch && r >= 0 && t[r].type == tDeterm) r = next_word(t, r);
      if (r >= 0 && t[r].type == tActor) return r;
    }
    return -1;
  }

  // The agent i with FORMER before it or before `actor` made ELI.
  Agent effective_agent(const std::vector<Tok>& t, int i, int actor, bool former) const {
    const int pa = prev_word(t, actor);
    Agent eff = d.agents[entries[t[i].entry].id];
    if (former || (pa >= 0 && t[pa].w == "FORMER")) eff.code = "ELI";
    return eff;
  }
  static void add_agent(Tok& x, const Agent& eff) {
    x.agent = true;
    for (auto& c : x.codes) c = merge_agent(c, eff);
  }
  // Agent i joins `actor`'s codes and is consumed by it; returns the agent as it joined.
  Agent join_agent(std::vector<Tok>& t, int i, int actor, bool former) const {
    const Agent eff = effective_agent(t, i, actor, former);
    add_agent(t[actor], eff);
    t[i].type = tLitr;
    t[i].ref = actor;
    return eff;
  }

  // An agent left without an actor stands alone, its missing actor written as `none`.
  void agent_as_actor(Tok& x, bool former, const std::string& none) const {
    const Agent& a = d.agents[entries[x.entry].id];
    x.type = tActor;
    x.codes = {a.after_actor ? none + a.code : a.code + none};
    if (former) x.codes = {none + "ELI"};
  }

  // An actor takes one agent, and the agent that follows it comes first (one between two actors
  // goes to both, below): "Bank of Japan governor Sumita" is JPNGOV, "state-owned Philippine
  // National Bank" PHLGOVBUS, as TABARI codes them on reuters-dev. An agent left without an actor
  // becomes one under SET: CONVERT AGENTS.
  void attach_agents(Work& w, const Options& o) const {
    if (o.petrarch) return attach_agents_petrarch(w);
    auto& t = w.t;
    const int n = static_cast<int>(t.size());
    std::vector<uint8_t> has_agent(n, 0);
    for (const bool after_actor : {true, false})
      for (int i = 0; i < n; ++i) {
        if (t[i].type != tAgent) continue;
        bool former = false, before = false;
        const int actor = agent_actor(t, i, former, before, false);
        if (actor < 0 || before != after_actor || has_agent[actor]) continue;
        has_agent[actor] = 1;
        const Agent eff = join_agent(t, i, actor, former);
        // An agent between two actors goes to both: "Turkish Prime Minister Turgut Ozal" is TURGOV
        // and TURELIGOV in TABARI's reuters-dev output (R9831-4).
        if (before) {
          const int q = next_word(t, i);
          if (q >= 0 && t[q].type == tActor && !has_agent[q]) {
            has_agent[q] = 1;
            add_agent(t[q], eff);
          }
        }
      }
    if (!o.convert_agents) return;
    for (int i = 0; i < n; ++i) {
      if (t[i].type != tAgent) continue;
      bool former = false, before = false;
      agent_actor(t, i, former, before, false);
      agent_as_actor(t[i], former, "~");
    }
  }

  // PETRARCH: every agent joins its actor, in text order, a possessive one first; an agent
  // without one is an actor of its own, written "---" ("a senior official": ---GOV).
  void attach_agents_petrarch(Work& w) const {
    auto& t = w.t;
    for (int i = 0; i < static_cast<int>(t.size()); ++i) {
      if (t[i].type != tAgent) continue;
      bool former = false, before = false;
      int actor = agent_actor(t, i, former, before, true);
      if (const int owner = possessor(t, i); owner >= 0) {
        actor = owner;
        // The words between are one noun phrase: "awful and evil" splits no clause.
        for (int j = owner + 1; j < i; ++j)
          if (t[j].type == tConj) t[j].absorbed = true;
      }
      if (actor >= 0) join_agent(t, i, actor, former);
      else agent_as_actor(t[i], former, "---");
    }
  }

  // PETRARCH: a possessive actor a few modifiers before the agent is its actor ("Dagolath's first
  // Deputy Prime Minister": DAGGOV, DEMO-02; "Ithilen's awful and evil minister": COMPOUND-17).
  int possessor(const std::vector<Tok>& t, int agent) const {
    int j = prev_word(t, agent);
    for (int hops = 0; j >= 0 && hops < 4; ++hops, j = prev_word(t, j)) {
      if (t[j].type == tActor) {
        const auto& last = t[t[j].end].w;
        return last.ends_with("'S") || last.ends_with("'") ? j : -1;
      }
      if (t[j].type != tNull && t[j].type != tAdj && t[j].type != tConj) return -1;
    }
    return -1;
  }

  bool is_agent(const std::vector<Tok>& t, int k) const {
    return k >= 0 && t[k].entry >= 0 && entries[t[k].entry].kind == kAgent;
  }

  // PETRARCH: agents joined by a conjunction share an actor ("Danish media and government":
  // DNKMED and DNKGOV, COMPOUND-25; "lawmakers and officials in Fornost": COMPOUND-09).
  void paired_agents(Work& w) const {
    auto& t = w.t;
    for (int i = 0; i < static_cast<int>(t.size()); ++i) {
      if (t[i].type != tConj) continue;
      const int p = prev_word(t, i), q = next_word(t, i);
      if (!is_agent(t, p) || !is_agent(t, q)) continue;
      int from = -1, to = -1;
      if (t[p].ref >= 0 && t[q].type == tActor) from = p, to = q;
      else if (t[q].ref >= 0 && t[p].type == tActor) from = q, to = p;
      else continue;
      auto& actor = t[t[from].ref];
      const Agent& a = d.agents[entries[t[to].entry].id];
      for (const auto& b : actor.base) {
        auto code = merge_agent(b, a);
        if (std::find(actor.codes.begin(), actor.codes.end(), code) == actor.codes.end()) actor.codes.push_back(code);
      }
      t[to].type = tLitr;
      t[to].ref = t[from].ref;
      t[to].codes.clear();
      t[i].absorbed = true;
    }
  }

  // PETRARCH: the agents before an actor that opens a compound are every member's agents ("the
  // ambassadors of Arnor, Osgiliath and Gondor": DEMO-08).
  void spread_agents(Work& w) const {
    auto& t = w.t;
    for (const auto& members : w.compounds) {
      const int first = members.front();
      std::vector<const Agent*> agents;
      for (int i = 0; i < first; ++i)
        if (is_agent(t, i) && t[i].ref == first) agents.push_back(&d.agents[entries[t[i].entry].id]);
      if (agents.empty()) continue;
      for (int m : members) {
        if (m == first || t[m].codes != t[m].base) continue;  // a member with its own agent keeps it
        std::vector<std::string> codes;
        for (const auto& b : t[m].base)
          for (const Agent* a : agents) codes.push_back(merge_agent(b, *a));
        t[m].codes = std::move(codes);
      }
    }
  }

  // `unknown`: how many words in no dictionary may modify the actor too (PETRARCH reads noun
  // phrases from its parse: "Fornost and the evil awful Gondor" is a compound, COMPOUND-11).
  bool np_start(const std::vector<Tok>& t, int i, int& actor, int unknown = 0) const {
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

  void compounds(Work& w, const Options& o) const {
    const int unknown = o.petrarch ? 2 : 0;
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
          if (t[k].type == tConj && t[k].w != "BUT") {
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
        // AND, OR and NOR join lists ("Neither Galadriel nor Gollum": COMPOUND-21); BUT does
        // not ("south Ithilen but Dagolath promised": CLAUSE-03).
        if (t[j].type == tConj && t[j].w != "BUT") {
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

  // Pronouns (manual 7.7), after comma clauses are eliminated (an actor in an eliminated clause
  // is no referent: COMMA-02C). HIS/HER/ITS go to the first actor of the sentence like HE/SHE/IT,
  // not the nearest one before them, as TABARI codes them (PATTERN-12/13: "Arnor suggested
  // Gondor should apply ... in its dealings with Rohan" targets Rohan).
  void pronouns(Work& w) const {
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
      // A pronoun and its referent are one actor, but an agent around the referent goes to
      // whichever of the two TABARI evaluates first; the other keeps the dictionary code alone, so
      // the two make an event (see agent_once), even with one code: "House Speaker Jim Wright said
      // he expects" is USAGOVLEG/USAGOVLEG in TABARI's reuters-dev output (R2222-1). Not so ITS, HIS and HER: "Sumita said the
      // central bank will carefully consider its monetary policy" has no JPNGOV/JPN in TABARI's
      // reuters-dev output (R10661-1), and counting them apart costs 31 events there.
      const bool possessive = s == "ITS" || s == "HIS" || s == "HER";
      t[i].own = !possessive && t[ref].compound < 0 && t[ref].agent;
      // An agent right after the pronoun, or else right before it, is its own, on its referent's
      // dictionary code: "their commercial bank debts" after "Brazilian representatives" is
      // BRABUS, BRA/BRABUS/010 in TABARI's reuters-dev output (R7669-7), and "Unicorp Canada Corp
      // told the Securities and Exchange Commission it cut" CAN/CANGOVBUS/010 (R1667-1). Not so
      // ITS and HIS, which are no pattern actors.
      int q = next_word(t, i);
      if (!(q >= 0 && t[q].type == tAgent && !t[q].removed)) q = prev_word(t, i);
      if (s != "ITS" && s != "HIS" && q >= 0 && t[q].type == tAgent && !t[q].removed && t[ref].compound < 0) {
        const Agent& a = d.agents[entries[t[q].entry].id];
        t[i].own = true;
        t[i].base = t[ref].base;
        t[i].codes.clear();
        for (const auto& c : t[ref].base) t[i].codes.push_back(merge_agent(c, a));
        t[q].type = tLitr;
        t[q].ref = i;
      }
    }
  }

  void comma_clauses(Work& w, const Options& o) const {
    if (o.comma_off) return;
    auto& t = w.t;
    const int n = static_cast<int>(t.size());
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
      // The chain moves on at a comma that closed an eliminated phrase or a list item too short
      // for one; after a phrase too long for one, the next is counted from where that began, so
      // "..., a point between the White House and Congress, officials told Reuters" keeps its
      // closing clause (TABARI's reuters-dev output has USAGOV/USAMED/013 for it: R4571-3), while
      // a single closing clause ("..., Iraq said") goes. Agreement 1495 -> 1516 events.
      if (o.petrarch || c <= o.comma_max) prev = commas[k];  // PETRARCH: every comma moves it on
    }
    const int c = closed_one ? 0 : words(prev, n);  // that comma opens no closing clause (DEMO-19)
    // A closing clause runs to the end of the sentence: text that stops without one (no final
    // period) has none (MARK-06).
    if (w.terminated && c > o.comma_emin && c <= o.comma_emax) remove(prev, n - 1);
    // The comma closing an eliminated clause goes with it: what is left reads as one phrase
    // ("Gollum, centre of a row..., called on" matches "$ *": MARK-00).
    for (int k : commas)
      if (k > 0 && t[k - 1].removed && t[k - 1].type != tComma) t[k].removed = true;
    // A dictionary phrase that is partly inside an eliminated clause is cancelled whole (its
    // head or its tail was eliminated: MARK-01, MARK-08).
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

  // ---------------------------------------------------------------------------------------------
  // Pattern matching over the active tokens of one clause: `a` holds token indexes.
  struct Ctx {
    const std::vector<Tok>* t;
    const std::vector<int>* a;
    // Range of `a` the pattern may use: the clause. A comma that survived clause elimination does
    // not stop a pattern ("Peru's exports, told Reuters a harvest of up to ..." is EXPORT "* TO_",
    // as TABARI codes reuters-dev R1246-2).
    int lo, hi;
    const RecordWords* words;
    bool strict = false;  // PETRARCH: a closed connector binds a synset's long member too
  };
  struct Found {
    int source = -1, target = -1, both = -1;
    int matched = 0;  // characters matched
    std::vector<int> skipped;  // actors passed over by '^': never a default source or target
  };
  // Records the actor a pattern's marker ($, +, %, ^) stands on.
  static void bind_actor(PWord::Kind kind, int act, Found& g) {
    if (kind == PWord::kSource) g.source = act;
    else if (kind == PWord::kTarget) g.target = act;
    else if (kind == PWord::kBoth) g.both = act;
    else if (kind == PWord::kSkip) g.skipped.push_back(act);
  }

  bool is_actor_pos(const Ctx& c, int k) const {
    const Tok& x = (*c.t)[(*c.a)[k]];
    return x.type == tActor || (x.type == tPronoun && x.ref >= 0);
  }
  // What a pattern's $, + or % may stand on: an actor, or a pronoun of the kinds manual 7.2 types
  // as pronouns (HE SHE HIM HER IT THEY THEM THEIR). ITS and HIS are coreferenced for the default
  // searches (7.7) but are no pattern actor: "Iraq's war spokesman said Iran had kept up its
  // attacks" is "SAID + *" with Iran as +, IRQ/IRN/111 in TABARI's reuters-dev output (R1899-9).
  bool pattern_actor(const Ctx& c, int k) const {
    if (!is_actor_pos(c, k)) return false;
    const Tok& x = (*c.t)[(*c.a)[k]];
    return !(x.type == tPronoun && (x.w == "ITS" || x.w == "HIS"));
  }
  int actor_of(const Ctx& c, int k) const {
    const Tok& x = (*c.t)[(*c.a)[k]];
    return x.type == tPronoun && !x.own ? x.ref : (*c.a)[k];
  }
  int last_of(const Ctx& c, int k) const {
    // Position in `a` of the last token of the phrase starting at a[k].
    const int end = (*c.t)[(*c.a)[k]].end;
    int j = k;
    while (j + 1 < c.hi && (*c.a)[j + 1] <= end) ++j;
    return j;
  }

  // A pattern's words do not match the words of an agent attached to an actor ("would free over
  // 150 Palestinian prisoners": PRISONERS is an agent there, so "- * PRISONERS" does not match,
  // as in TABARI's gigaword output); an actor's own words may ("TANKS *": DEBUG-14).
  bool text_word(const Ctx& c, int j) const {
    const auto& t = *c.t;
    const Tok& x = t[(*c.a)[j]];
    if (x.type != tLitr) return true;
    if (x.ref >= 0) return false;
    return !(x.owner >= 0 && t[x.owner].type == tLitr && t[x.owner].ref >= 0);
  }

  // Forward match of elements [e, p.size()) from position k (k = first free position).
  bool fwd(const Ctx& c, const Phrase& p, size_t e, int k, bool adjacent, Found& f) const {
    if (e == p.size()) return true;
    const PWord& w = p[e];
    for (int j = k; j < c.hi; ++j) {
      Found g = f;
      int next = -1;
      if (w.kind == PWord::kWord) {
        if (text_word(c, j) && word_matches(w, (*c.t)[(*c.a)[j]].w)) { next = j + 1; g.matched += static_cast<int>(w.text.size()); }
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
      } else if (pattern_actor(c, j)) {
        next = last_of(c, j) + 1;
        const int act = actor_of(c, j);
        bind_actor(w.kind, act, g);
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
  bool alt_fwd(const Ctx& c, const Phrase& p, size_t e, int k, bool anchored, Found& f, int& end) const {
    if (e == p.size()) { end = k; return true; }
    const PWord& w = p[e];
    for (int j = k; j < c.hi; ++j) {
      Found g = f;
      bool ok = false;
      int next = j + 1;
      if (w.kind == PWord::kWord) { ok = text_word(c, j) && word_matches(w, (*c.t)[(*c.a)[j]].w); g.matched += static_cast<int>(w.text.size()); }
      else if (w.kind == PWord::kAlt) {
        for (const auto& alt : w.alts) {
          Found h = g;
          int e2 = -1;
          if (alt_fwd(c, alt, 0, j, true, h, e2) && alt_fwd(c, p, e + 1, e2, w.adjacent, h, end)) { f = h; return true; }
        }
      } else if (pattern_actor(c, j)) {
        ok = true;
        next = last_of(c, j) + 1;
        const int act = actor_of(c, j);
        bind_actor(w.kind, act, g);
      }
      if (ok && alt_fwd(c, p, e + 1, next, w.adjacent, g, end)) { f = g; return true; }
      if (anchored) return false;
    }
    return false;
  }

  static bool multiword_synset(const PWord& w) {
    if (w.kind != PWord::kAlt || !w.synset) return false;
    return std::any_of(w.alts.begin(), w.alts.end(), [](const Phrase& a) { return a.size() > 1; });
  }

  // Backward match of elements [0, e) ending before position k; the element e-1 must sit right
  // before k when `adjacent`.
  bool bwd(const Ctx& c, const Phrase& p, size_t e, int k, bool adjacent, Found& f) const {
    if (e == 0) return true;
    const PWord& w = p[e - 1];
    for (int j = k - 1; j >= c.lo; --j) {
      Found g = f;
      int start = -1;
      if (w.kind == PWord::kWord) {
        if (text_word(c, j) && word_matches(w, (*c.t)[(*c.a)[j]].w)) { start = j; g.matched += static_cast<int>(w.text.size()); }
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
        if (pattern_actor(c, s)) {
          start = s;
          const int act = actor_of(c, s);
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
  const Pattern* match_verb(const VerbRoot& v, const Ctx& c, int k, int kend, Found& out) const {
    const Pattern* best = nullptr;
    int best_len = -1;
    std::vector<uint32_t> candidates;
    const bool filtered = prefilter.candidates(v, *c.words, candidates);
    const size_t n = filtered ? candidates.size() : v.patterns.size();
    for (size_t ci = 0; ci < n; ++ci) {
      const Pattern& p = v.patterns[filtered ? candidates[ci] : ci];
      if (p.length <= best_len) break;
      Found f;
      if (!bwd(c, p.before, p.before.size(), k, p.verb_adjacent_before, f)) continue;
      if (!fwd(c, p.after, 0, kend + 1, p.verb_adjacent_after, f)) continue;
      // '%' stands on a compound, parsed or coded (manual 5.7): a pattern whose % lands on a
      // single actor does not match, and a lower-ranked pattern or the root's own code applies
      // (reuters-dev R243-1: "Iran said its forces had captured ... in a major battle" is no
      // "% *" BATTLE for Iran alone).
      if (f.both >= 0 && !is_compound(*c.t, f.both)) continue;
      // Nor does one whose $ and + are the same actor (R10271-1: "Nakasone has told his party ...
      // Washington" is no "$ HAS * +" with HIS as the target).
      if (f.source >= 0 && f.target >= 0 && identity(*c.t, f.source) == identity(*c.t, f.target)) continue;
      const int len = p.has_alternatives ? f.matched : p.length;
      if (len > best_len) { best = &p; best_len = len; out = f; }
    }
    return best;
  }

  // ---------------------------------------------------------------------------------------------
  // FORWARD: pronouns before the first actor stand for the actor the previous sentence of the
  // same story handed on (manual 8.4); then the first actor this record names itself is handed
  // on (wherever it stands: FRWD-001-005), or, when it names none, what it was handed (a chain).
  // THEY/THEM/THEIR are forwarded like the others (FRWD-002-002/003).
  void forward(Work& w, const Record& r, const Options& o, Forward* state) const {
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

  // One word per token: the word, '/' and its type letter, codes for actors, '->' a pronoun's
  // referent; eliminated words in [], compound members followed by {id}.
  static std::string trace_of(const std::vector<Tok>& t) {
    static const char* kType = "-LAGVTXDNJaBcPCn";
    std::string s;
    for (size_t i = 0; i < t.size(); ++i) {
      const Tok& x = t[i];
      std::string w = x.w + "/" + kType[x.type];
      if (!x.codes.empty()) {
        w += "=";
        for (size_t k = 0; k < x.codes.size(); ++k) w += (k ? "," : "") + x.codes[k];
      }
      if (x.ref >= 0) w += fmt::format("->{}", x.ref);
      if (x.compound >= 0) w += fmt::format("{{{}}}", x.compound);
      if (x.owner >= 0) w += fmt::format("^{}", x.owner);
      if (x.removed) w = "[" + w + "]";
      s += fmt::format("{}:{} ", i, w);
    }
    return s;
  }

  Result code(const Record& r, const Options& o, Forward* state) const {
    Result res;
    Work w;
    w.day = record_day(r.date, o.yyyy);
    if (w.day < 0) { res.outcome = Outcome::kBadDate; res.reason = "bad date " + r.date; return res; }
    bool all_caps = false;
    bool overflow = false;
    w.t = filter(r.text, all_caps, overflow);
    auto& t = w.t;
    if (static_cast<int>(t.size()) < o.minimum_words) { res.outcome = Outcome::kTooShort; return res; }
    if (overflow) { w.complex = true; w.why = "excessive words"; }
    classify(w, all_caps);
    if (w.discard) { res.outcome = Outcome::kDiscard; res.reason = w.why; return res; }
    attach_agents(w, o);
    if (o.petrarch) paired_agents(w);
    compounds(w, o);
    if (o.petrarch) spread_agents(w);
    {
      std::string_view x = r.text;
      while (!x.empty() && (x.back() == ' ' || x.back() == '\t' || x.back() == '\n' || x.back() == '\r' ||
                            x.back() == '"' || x.back() == '\''))
        x.remove_suffix(1);
      w.terminated = !x.empty() && (x.back() == '.' || x.back() == '?' || x.back() == '!');
    }
    comma_clauses(w, o);
    forward(w, r, o, state);
    pronouns(w);
    if (o.trace) res.trace = trace_of(t);
    if (w.discard) { res.outcome = Outcome::kDiscard; res.reason = w.why; return res; }

    const RecordWords words = prefilter.words_of(t);
    // Time shift: the first non-null time phrase.
    const bool shifting = o.time_shift == 1 || (o.time_shift == -1 && !d.times.empty());
    std::string date = r.date;
    const int n = static_cast<int>(t.size());
    std::vector<int> all;
    for (int i = 0; i < n; ++i)
      if (!t[i].removed) all.push_back(i);

    if (shifting) {
      // Time phrases count wherever they stand, in eliminated comma clauses too (TIME-03).
      std::vector<int> every(n);
      for (int i = 0; i < n; ++i) every[i] = i;
      Ctx c{&t, &every, 0, n, &words};
      for (int k = 0; k < n; ++k) {
        const Tok& x = t[every[k]];
        if (x.type != tTime) continue;
        const auto& v = d.times[entries[x.entry].id];
        Found f;
        const Pattern* p = match_verb(v, c, k, last_of(c, k), f);
        const EventCode& ec = p ? p->code : v.code;
        if (ec.special == Special::kNull) continue;
        if (ec.special == Special::kDiscard) { res.outcome = Outcome::kDiscard; res.reason = "discard time phrase"; return res; }
        if (ec.special == Special::kComplex) { res.outcome = Outcome::kComplex; res.reason = "complex time phrase"; return res; }
        const int days = std::atoi(ec.code.c_str());
        const int yy = w.day / 10000, mm = w.day / 100 % 100, dd = w.day % 100;
        const Date sd{date_from_ymd(yy, mm, dd).days + days};
        int y2, m2, d2;
        ymd_from_date(sd, y2, m2, d2);
        date = (o.yyyy || r.date.size() == 8) ? fmt::format("{:04}{:02}{:02}", y2, m2, d2)
                                               : fmt::format("{:02}{:02}{:02}", y2 % 100, m2, d2);
        break;
      }
    }
    res.shifted_date = date;

    // Complexity.
    {
      int verbs = 0, actors = 0, prons = 0, conj = 0, first_verb = -1, commas = 0;
      bool actor_before = false, actor_after = false;
      for (int i : all) {
        const Tok& x = t[i];
        // A verb whose root is null-coded does not open the sentence for NOACTPRIOR ("On accord
        // Gondor repelled Mordor": COMPLEX-06).
        if (x.type == tVerb) {
          ++verbs;
          if (first_verb < 0 && d.verbs[entries[x.entry].id].code.special != Special::kNull) first_verb = i;
        }
        if (x.type == tActor) { ++actors; if (first_verb < 0) actor_before = true; else actor_after = true; }
        if (x.type == tPronoun) ++prons;
        if (x.type == tConj && !x.absorbed) ++conj;
      }
      for (int i = 0; i < n; ++i) commas += t[i].removed && t[i].type == tComma;
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
      if (!why.empty()) { res.outcome = Outcome::kComplex; res.reason = why; return res; }
    }

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
    size_t fresh = clauses.size();
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

    struct Ev {
      std::vector<std::string> src, tgt;
      EventCode code;
      const Pattern* pat;
      std::string root;
      bool reflexive = false;  // a compound source that is its own target: each pair once
      bool distinct = false;   // two single actors: kept even when their codes coincide
    };
    std::vector<Ev> evs;
    auto codes_of = [&](int tok) -> std::vector<std::string> {
      if (tok < 0) return {};
      const Tok& x = t[tok];
      if (x.type == tPronoun && x.own && !x.codes.empty()) return x.codes;
      if (x.type == tPronoun && x.ref >= 0) return codes_of_actor(t, w, x.ref);
      return codes_of_actor(t, w, tok);
    };
    auto key = [&](int tok) { return identity(t, tok); };
    int source = -1;  // actor token
    bool reflexive = false;
    bool stop_all = false;
    for (size_t ci = 0; ci < clauses.size() && !stop_all; ++ci) {
      auto [lo, hi] = clauses[ci];
      Ctx c{&t, &all, lo, hi, &words, o.petrarch};
      if (ci == 0 || ci == fresh) {
        source = -1;
      } else if (lo < hi && is_actor_pos(c, lo)) {
        source = actor_of(c, lo);
      }
      bool found_in_clause = false;
      bool sub_pending = false;
      for (int k = lo; k < hi && !found_in_clause; ++k) {
        const Tok& x = t[all[k]];
        if (x.type != tVerb) continue;
        const auto& v = d.verbs[entries[x.entry].id];
        Found f;
        const int kend = last_of(c, k);
        const Pattern* p = match_verb(v, c, k, kend, f);
        const EventCode& ec = p ? p->code : v.code;
        if (o.trace)
          res.trace += fmt::format("\n  clause {} verb {} (root {}) pattern '{}' code {}", ci, x.w, v.text,
                                   p ? p->text : "", ec.special == Special::kNull ? "---" : ec.code);
        if (ec.special == Special::kDiscard) { res.outcome = Outcome::kDiscard; res.reason = "discard pattern"; return res; }
        if (ec.special == Special::kComplex) { res.outcome = Outcome::kComplex; res.reason = "complex pattern"; return res; }
        if (ec.empty() || ec.special == Special::kNull) continue;
        // PETRARCH's % is a compound in the source's place before the verb, in the target's
        // after it ("Eriador agrees with the Philippines and France": COMPOUND-42).
        if (o.petrarch && f.both >= 0 && t[f.both].compound >= 0) {
          (f.both < all[k] ? f.source : f.target) = f.both;
          f.both = -1;
        }
        // Source and target.
        int src = f.source, tgt = f.target;
        std::vector<std::string> srcc, tgtc;
        bool members_apart = false;  // srcc holds a compound's other members, each apart from the target
        if (f.both >= 0 && is_compound(t, f.both)) {
          // %: each ordered pair of members once (the paired code gives the reverse).
          std::vector<std::string> members = expand(t, w, f.both);
          for (size_t i2 = 0; i2 < members.size(); ++i2)
            for (size_t j2 = 0; j2 < members.size(); ++j2)
              // Every ordered pair of members; a paired code adds each pair's reverse too
              // (PATTERN-26, COMPOUND-06).
              if (j2 != i2)
                evs.push_back({{members[i2]}, {members[j2]}, ec, p, v.text});
          found_in_clause = !ec.subordinate && o.code_by != CodeBy::kAll;
          if (o.code_by == CodeBy::kSentence && !ec.subordinate) stop_all = true;
          continue;
        } else if (f.both >= 0) {
          continue;  // % needs a compound
        } else {
          const bool designated = src >= 0 || tgt >= 0;
          bool src_single = false, tgt_single = false;
          reflexive = false;
          if (src < 0) {
            // First actor prior to the verb (from the clause start, or the carried source).
            int cand = -1;
            const std::string tcode = tgt >= 0 ? key(tgt) : "";
            if (ci > 0 && ci != fresh && source >= 0 && (tgt < 0 || key(source) != tcode)) cand = source;
            const int from = ci == 0 ? 0 : lo;
            for (int j = from; j < k && cand < 0; ++j)
              if (is_actor_pos(c, j) && (tgt < 0 || key(actor_of(c, j)) != tcode)) cand = actor_of(c, j);
            src = cand;
            // No actor prior to the verb: DEFAULT: SOURCE [..] PRIOR takes the default; otherwise
            // TABARI is greedy and takes the first actor after the verb (DEFAULT-06a/06b); the
            // target search may then take the next member of its compound (see below).
            if (src < 0 && !(o.default_source_prior && !o.default_source.empty())) {
              for (int j = kend + 1; j < hi && src < 0; ++j)
                if (is_actor_pos(c, j) && (tgt < 0 || key(actor_of(c, j)) != tcode)) src = actor_of(c, j);
              src_single = src >= 0;
            }
          }
          if (tgt < 0) {
            const std::string scode = src >= 0 ? key(src) : "";
            auto eligible = [&](int j) {
              if (!is_actor_pos(c, j)) return false;
              const int a = actor_of(c, j);
              for (int sk : f.skipped)
                if (sk == a || same_compound(t, sk, a)) return false;
              // A pronoun for a compound is compared by its first member's own code, before agents,
              // with the source's code: TABARI then takes THEIR for a compound source as its target
              // too (COMPOUND-24, "more of a bug than a feature" in the suite's words).
              const Tok& x = t[all[j]];
              if (x.type == tPronoun && t[a].compound >= 0 && src >= 0 && first_code(t[a].base) != first_code(t[src].codes))
                return true;
              return a != src && key(a) != scode && (src_single || !same_compound(t, a, src));
            };
            for (int j = kend + 1; j < hi && tgt < 0; ++j)
              if (eligible(j)) tgt = actor_of(c, j);
            // No actor after the verb: DEFAULT: TARGET [..] AFTER takes the default (DEFAULT-05);
            // otherwise the first actor before the verb, searching back from it, and by itself
            // when it is in a compound ("the Prince of Dol Amroth, associated with the IMF and
            // Red Cross, and Elrond the chief of military attack intelligence": DOL/ELF, DEBUG-17).
            const bool default_after = o.default_target_after && !o.default_target.empty();
            for (int j = k - 1; j >= (ci == 0 ? 0 : lo) && tgt < 0 && !default_after; --j)
              if (eligible(j)) {
                tgt = actor_of(c, j);
                tgt_single = true;
              }
            for (int j = (ci == 0 ? 0 : lo); j < k && tgt < 0 && !default_after; ++j) {
              // The tail of an actor phrase that began in an earlier clause stands for it
              // ("near Durthang and an Orc leader said": DURTHANG ORC, DEBUG-01).
              const Tok& x = t[all[j]];
              if (tgt < 0 && ci > 0 && x.owner >= 0 && x.owner < all[lo] && t[x.owner].type == tActor &&
                  key(x.owner) != scode && (src_single || !same_compound(t, x.owner, src)))
                tgt = x.owner;
            }
            // A compound source with no other target is its own target, each pair once
            // ("Bree and Arnor are about to restore ties": BRE/ARN, DEFAULT-07b).
            if (tgt < 0 && !default_after && src >= 0 && !src_single && t[src].compound >= 0) {
              tgt = src;
              reflexive = true;
            }
          }
          // TABARI evaluates the pattern's actors before searching for the others, and the source
          // before the target.
          const int first = f.source >= 0 || f.target < 0 ? src : tgt;
          // Passive voice: WAS/WERE/BEEN one or two words before, BY right after.
          bool swapped = false;
          if (!designated) {
            const bool aux = (k - 1 >= lo && t[all[k - 1]].type == tAuxil) || (k - 2 >= lo && t[all[k - 2]].type == tAuxil);
            // BY right after the verb, or after one modifier ("was opposed earlier by": PASV-04).
            const bool by = (kend + 1 < hi && t[all[kend + 1]].type == tBy) ||
                            (kend + 2 < hi && t[all[kend + 1]].type == tNull && t[all[kend + 2]].type == tBy);
            if (aux && by) {
              std::swap(src, tgt);
              swapped = true;
            }
          }
          // A source found after the verb stands for its whole compound, and a target found in that
          // compound for itself: "761 head of dairy cattle are still available to Gulf countries
          // Kuwait, Bahrain, Oman, Qatar and the United Arab Emirates" is KWT, OMN, QAT and ARE each
          // with BHR in TABARI's reuters-dev output (R5400-5), and DEFAULT-06b GON/BRE.
          if (src_single && !swapped && src >= 0 && t[src].compound >= 0) {
            src_single = false;
            if (same_compound(t, tgt, src)) {
              tgt_single = true;
              // The other members are sources apart from it even with its code: "Economy Minister
              // Youssri Mustapha met President Hosni Mubarak and Egyptian ambassador to Moscow
              // Salah Bassiouni to discuss" is EGYGOV/EGYGOV/046 in TABARI's output (R5278-4).
              members_apart = true;
              for (int m : w.compounds[t[src].compound])
                if (m != tgt) srcc.insert(srcc.end(), t[m].codes.begin(), t[m].codes.end());
            }
          }
          if (!members_apart) srcc = src_single ? codes_of(src) : expand(t, w, src);
          tgtc = tgt_single ? codes_of(tgt) : expand(t, w, tgt);
          agent_once(t, src, tgt, first, srcc, tgtc);
        }
        if (srcc.empty() && !o.default_source.empty()) srcc = {o.default_source};
        if (tgtc.empty() && !o.default_target.empty()) tgtc = {o.default_target};
        if (o.petrarch && !o.require_dyad && (!srcc.empty() || !tgtc.empty())) {
          if (srcc.empty()) srcc = {"---"};
          if (tgtc.empty()) tgtc = {"---"};
        }
        if (srcc.empty() || tgtc.empty()) continue;
        if (ci == 0 || source < 0) source = src;
        const bool distinct = members_apart || (!reflexive && src >= 0 && tgt >= 0 && src != tgt && t[src].compound < 0 && t[tgt].compound < 0);
        evs.push_back({srcc, tgtc, ec, p, v.text, reflexive, distinct});
        if (ec.subordinate) { sub_pending = true; continue; }
        found_in_clause = true;
        if (o.code_by == CodeBy::kSentence) stop_all = true;
        if (o.code_by == CodeBy::kAll) found_in_clause = false;
      }
      (void)sub_pending;
      // A first "clause" without a verb is no clause (the conjunction joined words that are not
      // in the dictionary: "Ithilen's sheep and pigs of Gondor warned"): it carries no source.
      // Nor does one whose only verbs are null-coded roots, which count only when a pattern of
      // theirs matches (manual 7.2): "We are seeing from Singapore, and from Japan clients keen
      // to use up their quotas" is JPN/SGP/010 in TABARI's reuters-dev output (R6360-5).
      bool has_verb = false;
      for (int j = lo; j < hi && !has_verb; ++j)
        has_verb = t[all[j]].type == tVerb && d.verbs[entries[t[all[j]].entry].id].code.special != Special::kNull;
      if (ci == 0 && !found_in_clause && source < 0 && has_verb) {
        for (int j = lo; j < hi; ++j)
          if (is_actor_pos(c, j)) { source = actor_of(c, j); break; }
      }
    }
    // Subordinate events only when nothing else; dominant events silence the rest.
    const bool any_main = std::any_of(evs.begin(), evs.end(), [](const Ev& e) { return !e.code.subordinate; });
    const bool any_dom = std::any_of(evs.begin(), evs.end(), [](const Ev& e) { return e.code.dominant; });
    for (const auto& e : evs) {
      if (any_main && e.code.subordinate) continue;
      if (any_dom && !e.code.dominant) continue;
      const std::string pat = e.pat ? e.pat->text : e.root;
      for (size_t si = 0; si < e.src.size(); ++si)
        for (size_t gi = 0; gi < e.tgt.size(); ++gi) {
          const std::string& s = e.src[si];
          const std::string& g = e.tgt[gi];
          if (s == g && !e.distinct) continue;
          if (e.reflexive && gi < si) continue;
          push(res.events, {date, s, g, e.code.code, pat});
          if (!e.code.paired.empty()) push(res.events, {date, g, s, e.code.paired, pat});
        }
    }
    res.outcome = res.events.empty() ? Outcome::kNoEvents : Outcome::kCoded;
    return res;
  }

  // A pronoun and its referent in one event: the agents around the referent count once, for the
  // one TABARI evaluates first. "The Bank of France said it invited offers" (SAID * INVIT, the
  // target found after the source) is FRABUS/FRA, but "The French Defence Ministry said it could
  // not confirm" (SAID * + COULD_, the target the pattern's) is FRA/FRAGOVMIL in TABARI's
  // reuters-dev output (R3002-1, R9695-4).
  static void agent_once(const std::vector<Tok>& t, int src, int tgt, int first, std::vector<std::string>& srcc,
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

  static void push(std::vector<Event>& v, Event e) {
    for (const auto& x : v)
      if (x.source == e.source && x.target == e.target && x.code == e.code) return;
    v.push_back(std::move(e));
  }
  static std::string first_code(const std::vector<std::string>& c) { return c.empty() ? "" : c[0]; }
  static bool is_compound(const std::vector<Tok>& t, int a) { return t[a].compound >= 0 || t[a].codes.size() > 1; }
  // What tells a source from a target (manual 5.8: "a code distinct from the code of the source"):
  // the code an actor ends with and its own dictionary code, so "Japanese Prime Minister" (JPN and
  // ~GOV) and "Yasuhiro Nakasone" (JPNGOV) are distinct actors, as TABARI codes them (reuters-dev
  // R6403-1: JPNGOV/JPNGOV/163). A pronoun is its actor.
  static std::string identity(const std::vector<Tok>& t, int tok) {
    if (tok < 0) return "";
    const bool fixed = t[tok].type == tPronoun && !t[tok].codes.empty();
    // Each pronoun apart from its referent is apart from the others too: "but he warned it was not
    // a complete cure" after "President Corazon Aquino" is PHLGOV/PHLGOV/130 in TABARI's
    // reuters-dev output (R6472-11).
    if (!fixed && t[tok].type == tPronoun && t[tok].ref >= 0)
      return (t[tok].own ? "P" + std::to_string(tok) : std::string()) + identity(t, t[tok].ref);
    return first_code(t[tok].codes) + "|" + first_code(t[tok].base);
  }
  static bool same_compound(const std::vector<Tok>& t, int a, int b) {
    return a >= 0 && b >= 0 && t[a].compound >= 0 && t[a].compound == t[b].compound;
  }
  std::vector<std::string> codes_of_actor(const std::vector<Tok>& t, const Work& w, int tok) const {
    (void)w;
    return t[tok].codes;
  }
  std::vector<std::string> expand(const std::vector<Tok>& t, const Work& w, int tok) const {
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
};

Coder::Coder(const Dictionaries& d, bool index_patterns) : impl_(std::make_unique<Impl>(d, index_patterns)) {}
Coder::~Coder() = default;
Result Coder::code(const Record& r, const Options& o) const { return impl_->code(r, o, nullptr); }
Result Coder::code(const Record& r, const Options& o, Forward* state) const { return impl_->code(r, o, state); }

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
bool Coder::has_time_phrases() const { return !impl_->d.times.empty(); }

}  // namespace demarche::tabari
