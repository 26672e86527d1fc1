#include "base/civil_date.h"

#include <charconv>

namespace demarche {

// Howard Hinnant's days_from_civil algorithm, which counts in 400-year eras.
Date date_from_ymd(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return Date{era * 146097 + static_cast<int>(doe) - 719468};
}

void ymd_from_date(Date date, int& year, int& month, int& day) {
  const int z = date.days + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  year = static_cast<int>(yoe) + era * 400 + (month <= 2);
}

int year_of(Date d) {
  int y, m, dd;
  ymd_from_date(d, y, m, dd);
  return y;
}

int weekday(Date d) {
  const int w = (d.days + 4) % 7;  // 1970-01-01 was a Thursday
  return w < 0 ? w + 7 : w;
}

bool is_leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && is_leap_year(y) ? 29 : kDays[m - 1];
}

bool valid_ymd(int y, int m, int d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

static bool read_int(std::string_view s, int& out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

std::optional<Date> parse_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int y, m, d;
  if (!read_int(s.substr(0, 4), y) || !read_int(s.substr(5, 2), m) || !read_int(s.substr(8, 2), d))
    return std::nullopt;
  if (!valid_ymd(y, m, d)) return std::nullopt;
  return date_from_ymd(y, m, d);
}

std::string format_iso_date(Date d) {
  int y, m, dd;
  ymd_from_date(d, y, m, dd);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, dd);
  return buf;
}

std::optional<DateRange> parse_iso_range(std::string_view s) {
  const auto dots = s.find("..");
  if (dots == std::string_view::npos) return std::nullopt;
  DateRange r;
  const auto a = s.substr(0, dots), b = s.substr(dots + 2);
  if (!a.empty()) {
    auto d = parse_iso_date(a);
    if (!d) return std::nullopt;
    r.first = *d;
  }
  if (!b.empty()) {
    auto d = parse_iso_date(b);
    if (!d) return std::nullopt;
    r.last = *d;
  }
  if (r.last < r.first) return std::nullopt;
  return r;
}

}  // namespace demarche
