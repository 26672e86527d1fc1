// Stage 4: find the dictionaries' actors, outlets and verb patterns in a sentence. The matchers
// are compiled once from a Dictionary and are read-only afterwards, so threads share them.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/civil_date.h"
#include "dict/dictionary.h"
#include "segment/segment.h"

namespace demarche {

// An actor as written in a sentence, after composing its parts ("Japanese" + "Prime Minister" +
// "Shinzo Abe" is one mention).
struct ActorMention {
  uint32_t tok_begin = 0, tok_end = 0;  // token indices, [begin, end)
  std::string code;                     // CAMEO actor code ("RUSGOV", "JPN", "IGOUNO"); "" if unresolved
  std::string country;                  // its country part, when it has one
  std::string role;                     // its agent part ("GOV"), when it has one
  int person = -1;                      // index into Dictionary::people
  bool place = false;                   // a capital or city used as a location ("in Tokyo")
  bool shorthand = false;               // "the North": the coder keeps it only after the full name
};

struct OutletMention {
  uint32_t tok_begin = 0, tok_end = 0;
  const Outlet* outlet = nullptr;
};

struct VerbMatch {
  uint32_t tok_begin = 0, tok_end = 0;  // the tokens the pattern covered
  const VerbPattern* pattern = nullptr;
  int source_at = -1, target_at = -1;   // token index of a "$" / "+" marker, or -1
  uint32_t words = 0;                   // literal words matched: the longest pattern wins
};

struct SentenceMatches {
  std::vector<ActorMention> actors;
  std::vector<OutletMention> outlets;
  std::vector<VerbMatch> verbs;  // non-overlapping, in sentence order
};

class Matcher {
 public:
  explicit Matcher(const Dictionary& dict);
  // `date`: the article's date when known, else `range`, the days it may be: officeholders take
  // the office they held then.
  SentenceMatches match(const Sentence& s, std::optional<Date> date, std::optional<DateRange> range = {}) const;
  const Dictionary& dictionary() const { return dict_; }

 private:
  struct NameEntry {
    std::vector<std::string> tokens;
    NameKind kind;
    uint32_t owner;
  };
  struct PatternItem {
    enum Kind : uint8_t { kWord, kGap, kSource, kTarget } kind = kWord;
    std::unordered_set<std::string> forms;
  };
  struct CompiledPattern {
    const VerbPattern* pattern;
    std::vector<PatternItem> items;
    uint32_t words;
  };
  struct RawName {
    uint32_t b, e;
    const NameEntry* entry;
  };

  std::vector<RawName> find_names(const Sentence& s) const;
  std::vector<ActorMention> compose(const Sentence& s, const std::vector<RawName>& raw,
                                    std::optional<Date> date, std::optional<DateRange> range) const;
  // `actor_end[t]`: the end of the actor mention starting at token t, or 0.
  std::vector<VerbMatch> find_verbs(const Sentence& s, const std::vector<uint32_t>& actor_end) const;
  bool match_items(const Sentence& s, const std::vector<uint32_t>& actor_end, const CompiledPattern& p, size_t item,
                   uint32_t tok, VerbMatch& m) const;
  std::unordered_set<std::string> forms_of(const std::string& word) const;

  const Dictionary& dict_;
  std::unordered_map<std::string, std::vector<NameEntry>> names_;  // first token -> entries, longest first
  std::vector<CompiledPattern> patterns_;
  std::unordered_map<std::string, std::vector<uint32_t>> pattern_index_;  // first-word form -> patterns
};

}  // namespace demarche
