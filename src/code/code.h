// Stage 5: events (who did what to whom) and quotes (who said what) from matched sentences.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/civil_date.h"
#include "match/match.h"
#include "segment/segment.h"

namespace demarche {

struct ByteRange {
  uint32_t begin = 0, end = 0;
  bool empty() const { return end <= begin; }
};

struct Quote {
  uint32_t sentence = 0;        // index of the sentence the quote opens in
  std::string speaker;          // as written ("Putin", "he", "the Russian leader")
  std::string speaker_name;     // resolved person, when known
  std::string speaker_code;     // actor code, when known
  std::string cue;              // "said", "was quoted as saying"
  std::string via;              // the outlet the quote came through, when named
  std::string text;             // what was said, without its quotation marks
  bool direct = true;           // a quotation in marks; false: reported speech ("X said that ...")
  uint32_t last_sentence = 0;   // index of the sentence the content ends in
  ByteRange speaker_at, cue_at;
  ByteRange content_at;         // the content as annotated corpora mark it: with its quotation marks
};

struct Event {
  uint32_t sentence = 0;
  std::string source, target, code, label, plover;
  double goldstein = 0;
  int quad = 0;
  ByteRange source_at, target_at, verb_at;
  std::string pattern;  // file:line of the verb pattern, for explaining a coding
  int quote = -1;       // index of the quote the event was coded inside
  bool negated = false;      // "did not respond", "never signed"
  bool conditional = false;  // "provided that ...", "until Tokyo changes its stance"
  bool future = false;       // "will visit", "plans to sign"
  std::string roles_as_of;   // when officeholders were taken to hold office: a day, a range, or "latest office"
};

struct CodedText {
  std::vector<Quote> quotes;
  std::vector<Event> events;
};

class Coder {
 public:
  explicit Coder(const Matcher& m);
  // `sentences` of one article, in order; `date` its publication date when known.
  CodedText code(std::string_view text, const std::vector<Sentence>& sentences,
                 std::optional<Date> date, std::optional<DateRange> range = {}) const;

 private:
  const Matcher& matcher_;
  std::vector<std::vector<std::string>> cues_;  // tokenised speech cues, longest first
};

}  // namespace demarche
