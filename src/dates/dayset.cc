// Day sets and the words of dates.
#include <algorithm>
#include <charconv>

#include <fmt/format.h>

#include "base/text.h"
#include "dates/internal.h"

namespace demarche::dates {

DaySet::DaySet(std::vector<DateRange> r) {
  std::sort(r.begin(), r.end(), [](const DateRange& a, const DateRange& b) { return a.first < b.first; });
  for (const auto& x : r) {
    if (x.last < x.first) continue;
    // Merge overlapping or adjacent intervals.
    if (!r_.empty() && (r_.back().last.days == kMaxDay || x.first.days <= r_.back().last.days + 1)) {
      r_.back().last = std::max(r_.back().last, x.last);
    } else {
      r_.push_back(x);
    }
  }
}

DaySet DaySet::intersect(const DaySet& o) const {
  std::vector<DateRange> out;
  size_t i = 0, j = 0;
  while (i < r_.size() && j < o.r_.size()) {
    const Date lo = std::max(r_[i].first, o.r_[j].first);
    const Date hi = std::min(r_[i].last, o.r_[j].last);
    if (lo <= hi) out.push_back({lo, hi});
    if (r_[i].last < o.r_[j].last) ++i;
    else ++j;
  }
  return DaySet(std::move(out));
}

DaySet DaySet::unite(const DaySet& o) const {
  auto all = r_;
  all.insert(all.end(), o.r_.begin(), o.r_.end());
  return DaySet(std::move(all));
}

bool DaySet::contains(Date d) const {
  return std::any_of(r_.begin(), r_.end(), [&](const DateRange& r) { return r.contains(d); });
}

std::string range_str(const DateRange& r) {
  const std::string a = r.first.days == kMinDay ? "" : format_iso_date(r.first);
  const std::string b = r.last.days == kMaxDay ? "" : format_iso_date(r.last);
  if (!a.empty() && a == b) return a;
  return a + ".." + b;
}

std::string DaySet::str() const {
  if (r_.empty()) return "no day";
  std::string s;
  for (size_t i = 0; i < r_.size(); ++i) {
    if (i == 4 && r_.size() > 5) return s + fmt::format(" or {} more", r_.size() - 4);
    s += (i ? " or " : "") + range_str(r_[i]);
  }
  return s;
}

Date add_days(Date d, int32_t n) {
  if (d.days == kMinDay || d.days == kMaxDay) return d;
  const int64_t v = static_cast<int64_t>(d.days) + n;
  return Date{static_cast<int32_t>(std::clamp<int64_t>(v, kMinDay + 1, kMaxDay - 1))};
}

int weekday_from_word(std::string_view w) {
  static constexpr std::string_view kDays[] = {"sunday", "monday", "tuesday", "wednesday",
                                               "thursday", "friday", "saturday"};
  for (int i = 0; i < 7; ++i)
    if (w == kDays[i]) return i;
  return -1;
}


int month_from_word(std::string_view w, bool lenient) {
  static constexpr std::string_view kMonths[] = {"january", "february", "march", "april", "may", "june",
                                                 "july", "august", "september", "october", "november", "december"};
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w.size() < 3) return 0;
  for (int i = 0; i < 12; ++i) {
    if (w == kMonths[i]) return i + 1;
    // Abbreviations: "feb", "sept", "marc"; never "mar" inside other words (whole tokens only).
    if (w.size() < kMonths[i].size() && kMonths[i].substr(0, w.size()) == w) return i + 1;
  }
  // Typing slips in wire datelines ("Narch", "Mach"): long month names only, one edit apart.
  if (lenient && w.size() >= 4)
    for (int i = 0; i < 12; ++i)
      if (kMonths[i].size() >= 5 && one_edit_apart(w, kMonths[i])) return i + 1;
  return 0;
}

int year_from_word(std::string_view w) {
  if (w.size() != 4) return 0;
  int y = 0;
  auto [p, ec] = std::from_chars(w.data(), w.data() + 4, y);
  return ec == std::errc() && p == w.data() + 4 && y >= 1800 && y <= 2100 ? y : 0;
}

std::pair<int, int> day_span_from_word(std::string_view w) {
  auto num = [](std::string_view s, int& out) {
    if (s.empty() || s.size() > 2) return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size() && out >= 1 && out <= 31;
  };
  // "20th", "1st"
  for (std::string_view suf : {"st", "nd", "rd", "th"})
    if (w.size() > 2 && w.substr(w.size() - 2) == suf) {
      w.remove_suffix(2);
      break;
    }
  int a = 0, b = 0;
  const auto dash = w.find('-');
  if (dash == std::string_view::npos) {
    if (num(w, a)) return {a, a};
    return {0, 0};
  }
  if (num(w.substr(0, dash), a) && num(w.substr(dash + 1), b) && a <= b) return {a, b};
  return {0, 0};
}

}  // namespace demarche::dates
