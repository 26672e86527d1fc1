// Stage 3: sentences (ICU's rules plus ours for abbreviations and names) and word tokens.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace demarche {

struct Token {
  uint32_t begin = 0, end = 0;  // byte offsets in the document text
  std::string norm;             // case-folded, curly apostrophes made straight
  bool upper = false;           // starts with a capital letter
  bool word = false;            // letters or digits, not punctuation
};

struct Sentence {
  uint32_t begin = 0, end = 0;
  uint32_t paragraph = 0;  // index of the span (line) it came from
  bool too_long = false;   // over kMaxSentenceBytes: kept as a span, not tokenised or coded
  std::vector<Token> tokens;
};

inline constexpr uint32_t kMaxSentenceBytes = 20000;

// A region of text to segment, such as one body paragraph.
struct Region {
  uint32_t begin, end;
};

std::vector<Token> tokenize(std::string_view text, uint32_t begin, uint32_t end);

// Sentences of each region, in order; never crosses a region's edge.
std::vector<Sentence> segment(std::string_view text, const std::vector<Region>& regions);

// Abbreviations that do not end a sentence ("Mr.", "Gen.", "St.") — folded, without the dot.
bool is_title_abbreviation(std::string_view folded);

}  // namespace demarche
