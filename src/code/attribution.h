// Internal to code/: the words of attribution (cues, speaker words, reporting chains) compiled from
// dictionaries/speech-cues.txt, and finding cues and speaker phrases in a sentence.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dict/dictionary.h"
#include "segment/segment.h"

namespace demarche {

enum class CueKind : uint8_t {
  kSpeech,      // "said": speaker before, or after when inverted ('"...," said Putin')
  kForward,     // "told", "believes": speaker before only
  kParticiple,  // ", saying": the speaker is the sentence's subject
  kAccording,   // "according to Tass": speaker after
  kPassive,     // "was quoted as saying by Tass": speaker before, outlet after "by"
  kNominal,     // "Obama's calls for": the speaker is the possessor before the noun
};

struct CuePhrase {
  std::vector<std::string> words;  // folded tokens
  CueKind kind;
  bool after_be = false;  // a stance adjective: a cue only after a form of "be" ("are skeptical of"), which it takes in
  bool findings = false;  // "in": a cue only before a poll or a study ("in a new poll")
};

// Compiled once per dictionary; read-only afterwards.
struct QuoteLexicon {
  std::unordered_map<std::string, std::vector<CuePhrase>> cues;  // first word -> phrases, longest first
  std::unordered_set<std::string> cue_starts;  // first words of cues that need nothing around them
  std::unordered_set<std::string> findings;    // "poll", "survey": what speaks after an [according findings] cue
  std::unordered_set<std::string> cue_words, pronouns, descriptors, bodies, titles, via, outlet_words, stop,
      prepositions, possessives;
  std::unordered_set<std::string> verb_forms;  // irregular verb forms (from irregular-verbs.txt)
  std::vector<std::vector<std::string>> multi_descriptors, multi_via, multi_outlet_words, multi_asides;
  std::unordered_set<std::string> asides;
  std::unordered_set<std::string> progressive;  // "is" in "is saying": a participle that is a finite cue
  std::unordered_set<std::string> partitives;   // "some" in "some of her followers", "six" in "six in 10 voters"
  std::unordered_set<std::string> hedges;       // "about" in "about half of voters"
  std::unordered_set<std::string> openers;      // words after which a subject opens its clause ("but", "while")
  std::unordered_set<std::string> breaks;       // words after which a statement inside another's content is its own ("as")
  std::unordered_set<std::string> not_speakers;   // "q", "the latest": page furniture before a colon ([not speakers])
  std::unordered_set<std::string> dashes;         // "―" in '"..." ― Sonya Herridge' ([dashes])
  std::unordered_set<std::string> shape_openers;  // "that": after a verb form, makes it a cue ([cue shapes])
  std::unordered_set<std::string> not_cues;       // verbs never a cue by their shape ([not cues])

  bool has(const std::unordered_set<std::string>& set, const std::string& w) const { return set.count(w) > 0; }
};

QuoteLexicon compile_quote_lexicon(const std::vector<std::string>& lines);
// The lexicon of `d`, compiled on first use and shared (thread-safe).
const QuoteLexicon& quote_lexicon(const Dictionary& d);

struct TokRange {
  uint32_t b = 0, e = 0;
  bool empty() const { return e <= b; }
};

struct CueHit {
  TokRange at;        // the cue with its leading cue words ("has also said")
  TokRange verb;      // the cue phrase alone
  CueKind kind;
};

// Every cue in tokens [0, n) of `s` where `skip(t)` is false, in order, not overlapping.
std::vector<CueHit> find_cues(const Sentence& s, const QuoteLexicon& lx, const std::function<bool(uint32_t)>& skip);

// Cues found by their shape, not their word, in tokens of `s` outside `known` where `skip(t)` is
// false: a lowercase verb form ("signals", "sniped", "knew") right after a speaker phrase headed by a
// name, a pronoun or a speaker noun, and right before a [cue shapes] word that opens a clause ("that
// the Fed will ...") or a colon and a quotation. [not cues] verbs are never cues.
std::vector<CueHit> find_shaped_cues(const Sentence& s, const QuoteLexicon& lx, const std::vector<CueHit>& known,
                                     const std::function<bool(uint32_t)>& skip);

// A speaker phrase ending just before token `end` (exclusive), reading backwards no further than
// `floor`: "he", "Mr. Trump", "the Russian leader", "federal officials", "Matsuno, the top
// government spokesman," (an appositive keeps its closing comma).
std::optional<TokRange> speaker_before(const Sentence& s, const QuoteLexicon& lx, uint32_t floor, uint32_t end,
                                       const std::function<bool(uint32_t)>& skip);

// A speaker phrase starting at token `begin`, no further than `limit`: "Hany Farid, chairman of
// the department" (an appositive runs to the end of the clause; a relative clause is left out).
std::optional<TokRange> speaker_after(const Sentence& s, const QuoteLexicon& lx, uint32_t begin, uint32_t limit,
                                      const std::function<bool(uint32_t)>& skip);

// The subject at the start of the clause beginning at `from` ("On Friday, Matsuno refrained"):
// a speaker phrase followed by a word that is not a cue.
std::optional<TokRange> clause_subject(const Sentence& s, const QuoteLexicon& lx, uint32_t from, uint32_t to,
                                       const std::function<bool(uint32_t)>& skip);

// One noun phrase ending just before `end` ("the Washington Post's fact-checkers"), not checked
// for being a speaker.
std::optional<TokRange> noun_phrase_before(const Sentence& s, const QuoteLexicon& lx, uint32_t floor, uint32_t end,
                                           const std::function<bool(uint32_t)>& skip);

bool is_quote_mark_token(std::string_view raw);

// `end` moved back over asides between a speaker and its cue ("Carter however said").
uint32_t before_asides(const Sentence& s, const QuoteLexicon& lx, uint32_t floor, uint32_t end);

}  // namespace demarche
