#include <cctype>
#include <charconv>

#include <fmt/format.h>

#include "dates/dates.h"

namespace demarche {

namespace {

int weekday_from_name(std::string_view w) {
  static constexpr std::string_view kDays[] = {"sunday", "monday", "tuesday", "wednesday",
                                               "thursday", "friday", "saturday"};
  for (int i = 0; i < 7; ++i)
    if (w == kDays[i]) return i;
  return -1;
}

int year_value(std::string_view w) {
  if (w.size() != 4) return 0;
  int y = 0;
  auto [p, ec] = std::from_chars(w.data(), w.data() + 4, y);
  return ec == std::errc() && y >= 1800 && y <= 2100 ? y : 0;
}

}  // namespace

EventDate date_event(const Sentence& s, uint32_t verb_begin, uint32_t verb_end, std::optional<Date> published) {
  EventDate e;
  e.date = published;
  e.basis = published ? "publication date" : "";
  const auto& t = s.tokens;
  const auto n = static_cast<uint32_t>(t.size());

  // A year that governs the clause: sentence-initial ("In 1956, ...", "At the 1945 Yalta
  // Conference, ...") or right after the verb with no comma between ("launched a war ... in
  // February 2022").
  int year = 0;
  for (uint32_t i = 0; i < std::min<uint32_t>(n, 6) && !year; ++i) {
    if (t[i].norm == ",") break;
    year = year_value(t[i].norm);
  }
  for (uint32_t i = verb_end; i < std::min<uint32_t>(n, verb_end + 8) && !year; ++i) {
    if (t[i].norm == "," || t[i].norm == ";") break;
    if (i > 0 && (t[i - 1].norm == "since" || (i > 1 && t[i - 2].norm == "since"))) break;
    year = year_value(t[i].norm);
  }
  if (year && published && year < year_of(*published)) {
    e.historical = true;
    e.date = date_from_ymd(year, 1, 1);
    e.basis = fmt::format("year {} in the sentence", year);
    return e;
  }

  // "On Friday, ..." near the start of the sentence or next to the verb: the nearest such day
  // to publication, in the week before it or the day after (wire stories are updated overnight).
  if (published) {
    for (uint32_t i = 0; i < n; ++i) {
      const int wd = weekday_from_name(t[i].norm);
      if (wd < 0) continue;
      const bool near_verb = i + 6 >= verb_begin && i <= verb_end + 6;
      if (i > 4 && !near_verb) continue;
      Date best = *published;
      int best_dist = 99;
      for (int k = -6; k <= 1; ++k) {
        const Date d{published->days + k};
        if (weekday(d) == wd && std::abs(k) < best_dist) {
          best = d;
          best_dist = std::abs(k);
        }
      }
      e.date = best;
      e.basis = fmt::format("weekday '{}' near the publication date", t[i].norm);
      break;
    }
  }
  return e;
}

}  // namespace demarche
