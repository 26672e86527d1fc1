// Calendar arithmetic: day numbers, leap years, weekdays, ISO dates and ranges.
#include <gtest/gtest.h>

#include <climits>

#include "base/civil_date.h"

namespace demarche {
namespace {

TEST(CivilDate, EpochIsDayZero) {
  EXPECT_EQ(date_from_ymd(1970, 1, 1).days, 0);
  EXPECT_EQ(date_from_ymd(1970, 1, 2).days, 1);
  EXPECT_EQ(date_from_ymd(1969, 12, 31).days, -1);
  EXPECT_EQ(date_from_ymd(2000, 1, 1).days, 10957);
}

// Walks every calendar day of years 1..9999 in order: each is one day after the one before and
// converts back to the same year, month and day.
TEST(CivilDate, EveryDayRoundTripsAndIsConsecutive) {
  Date prev = date_from_ymd(1, 1, 1);
  bool first = true;
  int failures = 0;
  for (int y = 1; y <= 9999 && failures < 5; ++y) {
    for (int m = 1; m <= 12; ++m) {
      for (int d = 1; d <= days_in_month(y, m); ++d) {
        const Date cur = date_from_ymd(y, m, d);
        if (!first && cur.days != prev.days + 1) {
          ADD_FAILURE() << y << "-" << m << "-" << d << " is " << cur.days << ", previous day " << prev.days;
          ++failures;
        }
        int yy = 0, mm = 0, dd = 0;
        ymd_from_date(cur, yy, mm, dd);
        if (yy != y || mm != m || dd != d) {
          ADD_FAILURE() << y << "-" << m << "-" << d << " came back as " << yy << "-" << mm << "-" << dd;
          ++failures;
        }
        prev = cur;
        first = false;
      }
    }
  }
  EXPECT_EQ(failures, 0);
  // 9999 years of the proleptic Gregorian calendar.
  EXPECT_EQ(date_from_ymd(9999, 12, 31).days - date_from_ymd(1, 1, 1).days + 1, 3652059);
}

TEST(CivilDate, LeapDays) {
  EXPECT_TRUE(is_leap_year(2016));
  EXPECT_TRUE(is_leap_year(2000));
  EXPECT_FALSE(is_leap_year(1900));
  EXPECT_FALSE(is_leap_year(2019));
  EXPECT_EQ(days_in_month(2016, 2), 29);
  EXPECT_EQ(days_in_month(2000, 2), 29);
  EXPECT_EQ(days_in_month(1900, 2), 28);
  EXPECT_EQ(days_in_month(2019, 2), 28);
  EXPECT_EQ(days_in_month(2019, 13), 0);

  EXPECT_TRUE(valid_ymd(2016, 2, 29));
  EXPECT_TRUE(valid_ymd(2000, 2, 29));
  EXPECT_FALSE(valid_ymd(1900, 2, 29));
  EXPECT_FALSE(valid_ymd(2019, 2, 29));
  EXPECT_FALSE(valid_ymd(0, 1, 1));
  EXPECT_FALSE(valid_ymd(2019, 4, 31));

  // The day after 28 February is 29 February in a leap year and 1 March otherwise.
  EXPECT_EQ(date_from_ymd(2016, 2, 29).days, date_from_ymd(2016, 2, 28).days + 1);
  EXPECT_EQ(date_from_ymd(2016, 3, 1).days, date_from_ymd(2016, 2, 29).days + 1);
  EXPECT_EQ(date_from_ymd(2000, 3, 1).days, date_from_ymd(2000, 2, 28).days + 2);
  EXPECT_EQ(date_from_ymd(1900, 3, 1).days, date_from_ymd(1900, 2, 28).days + 1);

  for (const char* iso : {"2016-02-29", "2000-02-29", "1900-02-28", "1900-03-01"}) {
    auto d = parse_iso_date(iso);
    ASSERT_TRUE(d) << iso;
    EXPECT_EQ(format_iso_date(*d), iso);
  }
  int y, m, d;
  ymd_from_date(Date{date_from_ymd(1900, 2, 28).days + 1}, y, m, d);
  EXPECT_EQ(y, 1900);
  EXPECT_EQ(m, 3);
  EXPECT_EQ(d, 1);
  ymd_from_date(Date{date_from_ymd(2016, 2, 28).days + 1}, y, m, d);
  EXPECT_EQ(m, 2);
  EXPECT_EQ(d, 29);
  EXPECT_EQ(year_of(*parse_iso_date("2000-02-29")), 2000);
  EXPECT_EQ(year_of(date_from_ymd(1999, 12, 31)), 1999);
}

TEST(CivilDate, Weekdays) {
  EXPECT_EQ(weekday(*parse_iso_date("2023-10-05")), 4);  // Thursday
  EXPECT_EQ(weekday(*parse_iso_date("2023-10-06")), 5);  // Friday
  EXPECT_EQ(weekday(*parse_iso_date("2016-11-20")), 0);  // Sunday
  EXPECT_EQ(weekday(*parse_iso_date("2016-11-19")), 6);  // Saturday
  EXPECT_EQ(weekday(*parse_iso_date("1970-01-01")), 4);  // Thursday
  EXPECT_EQ(weekday(*parse_iso_date("1969-12-28")), 0);  // Sunday, before the epoch
  EXPECT_EQ(weekday(*parse_iso_date("1956-10-19")), 5);  // Friday: the Soviet-Japanese declaration
  EXPECT_EQ(weekday(*parse_iso_date("2000-02-29")), 2);  // Tuesday
  EXPECT_EQ(weekday(*parse_iso_date("0001-01-01")), 1);  // Monday (proleptic Gregorian)
}

TEST(CivilDate, IsoDateParsing) {
  EXPECT_FALSE(parse_iso_date(""));
  EXPECT_FALSE(parse_iso_date("2019-02-29"));
  EXPECT_FALSE(parse_iso_date("1900-02-29"));
  EXPECT_FALSE(parse_iso_date("2019-13-01"));
  EXPECT_FALSE(parse_iso_date("2019-00-10"));
  EXPECT_FALSE(parse_iso_date("2019-01-00"));
  EXPECT_FALSE(parse_iso_date("2019-1-1"));
  EXPECT_FALSE(parse_iso_date("2019/01/01"));
  EXPECT_FALSE(parse_iso_date(" 2019-01-01"));
  EXPECT_FALSE(parse_iso_date("2019-01-01 "));
  EXPECT_FALSE(parse_iso_date("20x9-01-01"));
  EXPECT_FALSE(parse_iso_date("0000-01-01"));
  EXPECT_FALSE(parse_iso_date("2019--1-01"));
  auto d = parse_iso_date("2019-06-29");
  ASSERT_TRUE(d);
  EXPECT_EQ(*d, date_from_ymd(2019, 6, 29));
  EXPECT_EQ(format_iso_date(date_from_ymd(5, 3, 7)), "0005-03-07");
}

TEST(CivilDate, IsoRanges) {
  auto r = parse_iso_range("2012-12-26..2020-09-16");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->first, date_from_ymd(2012, 12, 26));
  EXPECT_EQ(r->last, date_from_ymd(2020, 9, 16));
  EXPECT_TRUE(r->bounded());
  EXPECT_TRUE(r->contains(date_from_ymd(2012, 12, 26)));
  EXPECT_TRUE(r->contains(date_from_ymd(2020, 9, 16)));
  EXPECT_TRUE(r->contains(date_from_ymd(2016, 2, 29)));
  EXPECT_FALSE(r->contains(date_from_ymd(2012, 12, 25)));
  EXPECT_FALSE(r->contains(date_from_ymd(2020, 9, 17)));

  // Open at the end.
  auto open_end = parse_iso_range("2012-05-07..");
  ASSERT_TRUE(open_end);
  EXPECT_EQ(open_end->first, date_from_ymd(2012, 5, 7));
  EXPECT_EQ(open_end->last.days, INT32_MAX);
  EXPECT_FALSE(open_end->bounded());
  EXPECT_TRUE(open_end->contains(date_from_ymd(9999, 12, 31)));
  EXPECT_FALSE(open_end->contains(date_from_ymd(2012, 5, 6)));

  // Open at the start.
  auto open_start = parse_iso_range("..2000-05-07");
  ASSERT_TRUE(open_start);
  EXPECT_EQ(open_start->first.days, INT32_MIN);
  EXPECT_EQ(open_start->last, date_from_ymd(2000, 5, 7));
  EXPECT_FALSE(open_start->bounded());
  EXPECT_TRUE(open_start->contains(date_from_ymd(1, 1, 1)));
  EXPECT_FALSE(open_start->contains(date_from_ymd(2000, 5, 8)));

  // A single day.
  auto one = parse_iso_range("2016-02-29..2016-02-29");
  ASSERT_TRUE(one);
  EXPECT_EQ(one->first, one->last);

  // Inverted.
  EXPECT_FALSE(parse_iso_range("2020-09-16..2012-12-26"));
  EXPECT_FALSE(parse_iso_range("2016-03-01..2016-02-29"));

  // Garbage.
  EXPECT_FALSE(parse_iso_range(""));
  EXPECT_FALSE(parse_iso_range("2012-12-26"));
  EXPECT_FALSE(parse_iso_range("2012-12-26-2020-09-16"));
  EXPECT_FALSE(parse_iso_range("2012-12-26...2020-09-16"));
  EXPECT_FALSE(parse_iso_range("2012-12-26..2020-9-16"));
  EXPECT_FALSE(parse_iso_range("2019-02-29.."));
  EXPECT_FALSE(parse_iso_range("..2019-13-01"));
  EXPECT_FALSE(parse_iso_range("yesterday..today"));
  EXPECT_FALSE(parse_iso_range("2012-12-26 .. 2020-09-16"));
}

}  // namespace
}  // namespace demarche
