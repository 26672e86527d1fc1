#include <fmt/format.h>

#include "dates/dates.h"

namespace demarche {

namespace {

// The latest day with this month and day that is not after `ref` (leap days look back further).
std::optional<Date> latest_not_after(int month, int day, Date ref) {
  const int y0 = year_of(ref);
  for (int y = y0; y >= y0 - 8; --y) {
    if (!valid_ymd(y, month, day)) continue;
    const auto d = date_from_ymd(y, month, day);
    if (d <= ref) return d;
  }
  return std::nullopt;
}

}  // namespace

PublicationDate resolve_publication_date(const Article& a, std::optional<Date> reference) {
  PublicationDate p;
  if (a.date_token) {
    p.date = a.date_token;
    p.range = DateRange{*a.date_token, *a.date_token};
    p.basis = "date token";
    p.evidence.push_back(fmt::format("date token {}", format_iso_date(*a.date_token)));
    return p;
  }
  if (a.dateline && a.dateline->month) {
    const auto& d = *a.dateline;
    if (reference) {
      if (auto day = latest_not_after(d.month, d.day, *reference)) {
        p.date = day;
        p.range = DateRange{*day, *day};
        p.basis = "dateline + reference date";
        p.evidence.push_back(fmt::format("dateline '{}' month {} day {}, latest such day not after {}", d.city,
                                         d.month, d.day, format_iso_date(*reference)));
        return p;
      }
    }
    p.evidence.push_back(fmt::format("dateline '{}' month {} day {}, year unknown", d.city, d.month, d.day));
  }
  if (reference) {
    p.range = DateRange{Date{INT32_MIN}, *reference};
    p.evidence.push_back(fmt::format("published on or before the reference date {}", format_iso_date(*reference)));
  }
  p.basis = p.date ? p.basis : "unknown";
  return p;
}

}  // namespace demarche
