// Coder::Impl's shared shape, for the coder_*.cc files that define its stages: the token, entry
// and work types, the small helpers more than one stage uses, and the Impl struct itself.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tabari/prefilter.h"
#include "tabari/tabari.h"

namespace demarche::tabari {

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
  bool compound_first = false;  // the compound's first member
  int ref = -1;            // pronoun: the actor token it refers to
  std::vector<std::string> codes;  // actor codes after dates and agents
  std::vector<std::string> base;   // actor codes before agents (what FORWARD hands on)
  bool forwarded = false;          // a pronoun standing for the previous record's actor
  // A pronoun that is an actor apart from its referent (agent_once), with `codes` of its own when
  // an agent follows it.
  bool own = false;
  bool agent = false;  // an actor an agent attached to
  bool idle_verb = false;  // a null-coded verb without patterns: no verb but for COMPLEX: VERBS
  // ITS or HIS: a pronoun for the default searches, but to TABARI no pronoun that stands for an
  // actor (no pattern actor, no agent of its own, not counted by COMPLEX: ACTORS).
  bool possessive = false;
  int agent_entry = -1;  // the dictionary entry of that agent (-2: made ELI by FORMER)
};

// The regular endings of manual 5.2.3 after `word`: ED is a bare D after a final E (DEPLORE_ is
// DEPLORED: VERBEND-02b), so BAN_ does not match BAND.
inline bool regular_ending(std::string_view word, std::string_view e) {
  if (e == "D") return word.ends_with('E');
  return e == "S" || e == "'S" || e == "'" || e == "ES" || e == "ED" || e == "EN" || e == "ING" || e == "S'";
}

// Which regular endings a dictionary word takes (manual 5.2.3): actors, agents and nouns the
// plural and possessive ones ("military rule_" is not "military ruled"); verbs the verb endings
// and no possessive ("donate's" is no DONATE_: NOUNEND-12); pattern words all of them.
enum class Endings : uint8_t { kAll, kNoun, kVerb };

inline bool word_matches(const PWord& w, std::string_view tok, Endings how = Endings::kAll) {
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

inline std::string merge_agent(const std::string& actor, const Agent& a) {
  if (a.after_actor) {
    for (size_t k = 0; k + a.code.size() <= actor.size(); k += 3)
      if (actor.compare(k, a.code.size(), a.code) == 0 && k > 0) return actor;
    return actor + a.code;
  }
  if (actor.starts_with(a.code)) return actor;
  return a.code + actor;
}

// TABARI's coding rules (manual chapters 5-7): filter the text, classify words against the
// dictionaries (a character trie over first words), find compounds, pronouns, comma-delimited
// clauses and clauses, then match verb patterns and assign sources and targets.
struct Coder::Impl {
  Dictionaries d;
  std::vector<Entry> entries;
  PatternPrefilter prefilter;
  struct Node {
    std::vector<std::pair<char, uint32_t>> kids;
    std::vector<uint32_t> ends;  // entries whose first word ends here
  };
  std::vector<Node> nodes{1};

  struct Work {
    std::vector<Tok> t;
    int32_t day = 0;
    bool discard = false, complex = false;
    bool terminated = true;  // the text ends with a sentence's final punctuation
    std::string why;
    std::vector<std::vector<int>> compounds;  // actor token lists
  };

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

  // The dictionary trie, classification and compounds: coder_words.cc.
  Impl(const Dictionaries& dd, bool index_patterns);
  void add(Kind k, uint32_t id, const Phrase& p);
  int match_phrase(const Phrase& p, const std::vector<Tok>& t, int i, std::vector<int>* pos, Endings verb = Endings::kAll) const;
  static bool second_word_may_follow(const Phrase& p, const std::vector<Tok>& t, int i);
  void classify(Work& w, bool all_caps) const;
  bool np_start(const std::vector<Tok>& t, int i, int& actor, int unknown = 0) const;
  void compounds(Work& w, const Options& o) const;

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

  // The filter: coder_text.cc.
  std::vector<Tok> filter(std::string_view text, bool& all_caps, bool& overflow) const;

  // Agents attached to actors: coder_agents.cc.
  int agent_actor(const std::vector<Tok>& t, int i, bool& former, bool& before, bool petrarch) const;
  Agent effective_agent(const std::vector<Tok>& t, int i, int actor, bool former) const;
  static void add_agent(Tok& x, const Agent& eff);
  Agent join_agent(std::vector<Tok>& t, int i, int actor, bool former) const;
  void agent_as_actor(Tok& x, bool former, const std::string& none) const;
  void attach_agents(Work& w, const Options& o) const;
  void attach_agents_petrarch(Work& w) const;
  int possessor(const std::vector<Tok>& t, int agent) const;
  void paired_agents(Work& w) const;
  void spread_agents(Work& w) const;

  bool is_agent(const std::vector<Tok>& t, int k) const {
    return k >= 0 && t[k].entry >= 0 && entries[t[k].entry].kind == kAgent;
  }

  // Comma clauses, pronouns and FORWARD: coder_clauses.cc.
  void pronouns(Work& w, const Options& o) const;
  void comma_clauses(Work& w, const Options& o) const;
  void paired_comma_clauses(Work& w, const Options& o) const;
  void cancel_split_phrases(Work& w) const;
  void forward(Work& w, const Record& r, const Options& o, Forward* state) const;

  // Pattern matching: coder_patterns.cc.
  static void bind_actor(PWord::Kind kind, int act, Found& g);
  bool pattern_actor(const Ctx& c, int k) const;
  int actor_head(const Ctx& c, int j) const;
  int after_marker(const Ctx& c, PWord::Kind kind, int j, int h) const;
  bool marker_fits(const Ctx& c, PWord::Kind kind, int h) const;
  bool fwd(const Ctx& c, const Phrase& p, size_t e, int k, bool adjacent, Found& f) const;
  bool alt_fwd(const Ctx& c, const Phrase& p, size_t e, int k, bool anchored, Found& f, int& end) const;
  static bool multiword_synset(const PWord& w);
  bool bwd(const Ctx& c, const Phrase& p, size_t e, int k, bool adjacent, Found& f) const;
  const Pattern* match_verb(const VerbRoot& v, const Ctx& c, int k, int kend, Found& out) const;

  bool is_actor_pos(const Ctx& c, int k) const {
    const Tok& x = (*c.t)[(*c.a)[k]];
    return !x.removed && (x.type == tActor || (x.type == tPronoun && x.ref >= 0));
  }
  int actor_of(const Ctx& c, int k) const {
    const Tok& x = (*c.t)[(*c.a)[k]];
    return x.type == tPronoun && !x.own ? x.ref : (*c.a)[k];
  }
  // What the backward target search and a pattern's markers take a word for: TABARI's pronoun
  // there is its referent itself, agents and all (PETRARCH's stays an actor_of).
  int referent_of(const Ctx& c, int k) const {
    const Tok& x = (*c.t)[(*c.a)[k]];
    if (!c.strict && x.type == tPronoun && x.own && x.ref >= 0) return x.ref;
    return actor_of(c, k);
  }
  int last_of(const Ctx& c, int k) const {
    // Position in `a` of the last token of the phrase starting at a[k].
    const int end = (*c.t)[(*c.a)[k]].end;
    int j = k;
    while (j + 1 < c.hi && (*c.a)[j + 1] <= end) ++j;
    return j;
  }

  // Time shift, complexity and clauses of the whole sentence: coder_sentence.cc.
  bool shifted_date(const Work& w, const std::vector<int>& every, const Record& r, const Options& o,
                    const RecordWords& words, std::string& date, Result& res) const;
  std::string complexity(const Work& w, const std::vector<int>& all, const Options& o) const;
  std::vector<std::pair<int, int>> clauses_of(const Work& w, const std::vector<int>& all, const Options& o,
                                              size_t& fresh) const;

  // One record, start to end: coder.cc.
  static std::string trace_of(const std::vector<Tok>& t);
  Result code(const Record& r, const Options& o, Forward* state) const;

  // Codes of sources and targets, and the event list: coder_events.cc.
  static void agent_once(const std::vector<Tok>& t, int src, int tgt, int first, std::vector<std::string>& srcc,
                         std::vector<std::string>& tgtc);
  static void push(std::vector<Event>& v, Event e);
  static std::string identity(const std::vector<Tok>& t, int tok);
  std::vector<std::string> codes_of_actor(const std::vector<Tok>& t, const Work& w, int tok) const;
  std::vector<std::string> expand(const std::vector<Tok>& t, const Work& w, int tok) const;

  static std::string first_code(const std::vector<std::string>& c) { return c.empty() ? "" : c[0]; }
  static bool is_compound(const std::vector<Tok>& t, int a) { return t[a].compound >= 0 || t[a].codes.size() > 1; }
  static bool same_compound(const std::vector<Tok>& t, int a, int b) {
    return a >= 0 && b >= 0 && t[a].compound >= 0 && t[a].compound == t[b].compound;
  }
};

}  // namespace demarche::tabari
