// Calendar dates as day numbers, so that ranges, weekdays and "latest day not after" are arithmetic.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace demarche {

// Days since 1970-01-01 (proleptic Gregorian). Valid for years 1..9999.
struct Date {
  int32_t days = 0;
  auto operator<=>(const Date&) const = default;
};

Date date_from_ymd(int year, int month, int day);
void ymd_from_date(Date d, int& year, int& month, int& day);
int year_of(Date d);
// 0 = Sunday .. 6 = Saturday.
int weekday(Date d);
bool is_leap_year(int year);
int days_in_month(int year, int month);
bool valid_ymd(int year, int month, int day);

// "2016-11-19" -> Date; anything else -> nullopt.
std::optional<Date> parse_iso_date(std::string_view s);
std::string format_iso_date(Date d);

// A closed range of days; an open side is the extreme value.
struct DateRange {
  Date first{INT32_MIN};
  Date last{INT32_MAX};
  bool contains(Date d) const { return first <= d && d <= last; }
  bool bounded() const { return first.days != INT32_MIN && last.days != INT32_MAX; }
};

// "2012-12-26..2020-09-16", "2012-05-07..", "..2000-05-07" -> DateRange.
std::optional<DateRange> parse_iso_range(std::string_view s);

}  // namespace demarche
