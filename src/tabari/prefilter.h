// A cheap necessary condition for a verb pattern to match, checked before the backtracking search.
// A pattern word matches a token only if the token begins with it, so a pattern one of whose
// required words (those outside alternatives and synsets) begins no token of the record cannot
// match. Each root's patterns are indexed by their longest required word, so a record visits only
// the patterns whose key word it holds: SAY has hundreds of patterns, a record a few dozen words.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tabari/tabari.h"

namespace demarche::tabari {

// Which required words begin some token of one record (a bit per word).
class RecordWords {
 public:
  bool has(uint32_t id) const { return (bits_[id >> 6] >> (id & 63)) & 1; }

 private:
  friend class PatternPrefilter;
  std::vector<uint64_t> bits_;
};

class PatternPrefilter {
 public:
  void add(const VerbRoot& v);

  // Marks the required words that begin some token; `Tokens` holds items with a `w` string.
  template <typename Tokens>
  RecordWords words_of(const Tokens& tokens) const {
    RecordWords r;
    r.bits_.assign((words_ + 63) / 64, 0);
    for (const auto& t : tokens) mark_prefixes(t.w, r);
    return r;
  }

  // Fills `out` with the indexes of v's patterns that may match the record, ascending (the order
  // of v.patterns); false when v was never added (then every pattern is a candidate).
  bool candidates(const VerbRoot& v, const RecordWords& record, std::vector<uint32_t>& out) const;

 private:
  struct Root {
    std::vector<std::vector<uint32_t>> required;  // per pattern, longest word first
    std::vector<uint32_t> unkeyed;                 // patterns that require no word
    std::vector<std::pair<uint32_t, std::vector<uint32_t>>> by_key;
  };
  struct Node {
    std::vector<std::pair<char, uint32_t>> kids;
    int32_t word = -1;
  };
  uint32_t intern(std::string_view w);
  void mark_prefixes(std::string_view token, RecordWords& r) const;

  std::vector<Node> trie_{1};
  uint32_t words_ = 0;
  std::unordered_map<const VerbRoot*, Root> roots_;
};

}  // namespace demarche::tabari
