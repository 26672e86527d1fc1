// Internals of the dates stage, shared by its .cc files only.
#pragma once
#include <climits>
#include <string>
#include <string_view>
#include <vector>

#include "dates/dates.h"

namespace demarche::dates {

inline constexpr int32_t kMinDay = INT32_MIN;
inline constexpr int32_t kMaxDay = INT32_MAX;

// A set of days as sorted, disjoint, closed intervals; open sides are kMinDay / kMaxDay.
class DaySet {
 public:
  static DaySet all() { return DaySet({{Date{kMinDay}, Date{kMaxDay}}}); }
  static DaySet none() { return DaySet({}); }
  static DaySet from(Date first, Date last) { return DaySet({{first, last}}); }
  static DaySet on_or_after(Date d) { return from(d, Date{kMaxDay}); }
  static DaySet on_or_before(Date d) { return from(Date{kMinDay}, d); }
  explicit DaySet(std::vector<DateRange> r);

  DaySet intersect(const DaySet& o) const;
  DaySet unite(const DaySet& o) const;
  bool empty() const { return r_.empty(); }
  bool all_days() const { return r_.size() == 1 && r_[0].first.days == kMinDay && r_[0].last.days == kMaxDay; }
  bool contains(Date d) const;
  const std::vector<DateRange>& ranges() const { return r_; }
  DateRange hull() const { return r_.empty() ? DateRange{} : DateRange{r_.front().first, r_.back().last}; }
  std::string str() const;  // "2012-12-26..2020-09-16 or 2006-09-26..2007-09-26"

 private:
  std::vector<DateRange> r_;
};

std::string range_str(const DateRange& r);  // "2012-12-26..2020-09-16", open sides left empty
Date add_days(Date d, int32_t n);           // saturating at the open extremes

// Words of dates.
int weekday_from_word(std::string_view folded);  // "wednesday" -> 3, else -1
// "sept." -> 9, "feb" -> 9; `lenient` also reads one-letter slips of long names ("narch", "mach").
int month_from_word(std::string_view folded, bool lenient = false);
int year_from_word(std::string_view folded);     // "1987" -> 1987 (1800..2100), else 0
// "11-13" -> {11, 13}; "20" -> {20, 20}; else {0, 0}.
std::pair<int, int> day_span_from_word(std::string_view folded);

// ------------------------------------------------------------------ meetings

struct MeetingPlace {
  std::vector<std::vector<std::string>> names;  // folded token sequences ("st.", "petersburg")
  std::string display;
};

struct Occurrence {
  DateRange when;
  std::optional<Date> plenary;  // the day of the plenary session / leaders' session, when known
  size_t place = 0;             // index into MeetingSeries::places
  size_t line = 0;
};

struct MeetingSeries {
  std::string name;
  std::vector<std::vector<std::string>> names;  // folded token sequences
  int since = 0;   // the year it was first held
  int listed = 0;  // occurrences from this year on are all listed (>= since)
  std::vector<MeetingPlace> places;
  std::vector<Occurrence> held;
};

}  // namespace demarche::dates

namespace demarche {
struct MeetingTable {
  std::vector<dates::MeetingSeries> series;
};
}  // namespace demarche
