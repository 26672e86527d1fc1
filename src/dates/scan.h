// Date expressions in one tokenised sentence: what the sentence says about when things happened.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "dates/internal.h"

namespace demarche::dates {

// "February 2022", "Feb 26, 1987", "September 11-13", "1956", "2 March".
struct DateMention {
  uint32_t tok_begin = 0, tok_end = 0;
  int year = 0, month = 0, day_first = 0, day_last = 0;  // 0 = not given
  std::string text;                                      // as normalised tokens, for evidence
};

struct SentenceDates {
  std::vector<DateMention> dates;
  std::vector<std::pair<uint32_t, int>> weekdays;  // token index, 0 = Sunday
  bool future = false;  // "will", "expects", "next", ... anywhere in the sentence
  bool plenary = false;
};

SentenceDates scan_sentence(const Sentence& s);

// Whether the words just before token `at` (back to a comma) contain a verb in the past tense
// and no word of the future.
bool past_before(const Sentence& s, uint32_t at);
bool future_before(const Sentence& s, uint32_t at);

// First and last day of a mention, in the given year when the mention has none.
DateRange mention_days(const DateMention& m, int year);

}  // namespace demarche::dates
