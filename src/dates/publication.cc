// The publication date: clues from the token, the dateline, the reference date, the article's own
// text, the meetings table and other stages, intersected strongest first.
#include <algorithm>
#include <array>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/text.h"
#include "dates/dates.h"
#include "dates/internal.h"
#include "dates/scan.h"

namespace demarche {

using dates::add_days;
using dates::DaySet;
using dates::kMaxDay;
using dates::kMinDay;
using dates::range_str;

namespace {

// The years we enumerate when a clue repeats every year ("in a November").
constexpr int kFirstYear = 1850, kLastYear = 2100;

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

enum Strength { kWeak = 1, kMedium = 2, kStrong = 3, kCertain = 4 };

struct Clue {
  DaySet allowed;
  std::string what;
  int strength;
};

// Days of `set` (clipped to kFirstYear..kLastYear) that fall on month/day; at most `cap`.
std::vector<Date> days_on(const DaySet& set, int month, int day, size_t cap = 400) {
  std::vector<Date> out;
  const Date lo = date_from_ymd(kFirstYear, 1, 1), hi = date_from_ymd(kLastYear, 12, 31);
  for (const auto& r : set.ranges()) {
    const Date a = std::max(r.first, lo), b = std::min(r.last, hi);
    if (b < a) continue;
    for (int y = year_of(a); y <= year_of(b) && out.size() < cap; ++y) {
      if (!valid_ymd(y, month, day)) continue;
      const Date d = date_from_ymd(y, month, day);
      if (a <= d && d <= b) out.push_back(d);
    }
  }
  return out;
}

// Every year's [first day of `month_from` .. last day of `month_to`] (same year).
DaySet every_year(int month_from, int month_to) {
  std::vector<DateRange> r;
  for (int y = kFirstYear; y <= kLastYear; ++y)
    r.push_back({date_from_ymd(y, month_from, 1), date_from_ymd(y, month_to, days_in_month(y, month_to))});
  return DaySet(std::move(r));
}

std::string sentence_excerpt(std::string_view text, const Sentence& s, size_t max = 90) {
  auto t = text.substr(s.begin, s.end - s.begin);
  std::string out(t.substr(0, std::min(t.size(), max)));
  // Never cut a UTF-8 sequence.
  while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
  if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
  for (auto& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return t.size() > max ? out + "…" : out;
}

bool tokens_at(const Sentence& s, uint32_t i, const std::vector<std::string>& words) {
  if (words.empty() || i + words.size() > s.tokens.size()) return false;
  for (size_t k = 0; k < words.size(); ++k)
    if (s.tokens[i + k].norm != words[k]) return false;
  return true;
}

bool sentence_has(const Sentence& s, const std::vector<std::string>& words, uint32_t skip_b = 0, uint32_t skip_e = 0) {
  for (uint32_t i = 0; i < s.tokens.size(); ++i)
    if ((i + words.size() <= skip_b || i >= skip_e) && tokens_at(s, i, words)) return true;
  return false;
}

// ------------------------------------------------------------------ clues from the text

void text_clues(const Sentence& s, std::string_view text, std::vector<Clue>& out) {
  const auto sd = dates::scan_sentence(s);
  const auto& t = s.tokens;
  const auto quote = [&] { return sentence_excerpt(text, s); };
  for (const auto& m : sd.dates) {
    if (!m.year) continue;
    const auto days = dates::mention_days(m, m.year);
    const uint32_t b = m.tok_begin;
    auto prev = [&](uint32_t k) -> std::string_view { return b >= k ? std::string_view(t[b - k].norm) : ""; };
    // "since February 2022", "since 1945": the time since then reaches the publication.
    if (prev(1) == "since" || (prev(2) == "since" && (prev(1) == "early" || prev(1) == "late" || prev(1) == "mid"))) {
      out.push_back({DaySet::on_or_after(days.first), fmt::format("'since {}': after {}", m.text,
                                                                  format_iso_date(days.first)), kStrong});
      continue;
    }
    // "the year ended December 31, 1986", "the quarter ended March 1987": reported after it ended.
    if (prev(1) == "ended" && (prev(2) == "year" || prev(2) == "months" || prev(2) == "quarter" || prev(2) == "period" ||
                               prev(2) == "week" || prev(2) == "half")) {
      if (m.month && !sd.future) {
        out.push_back({DaySet::on_or_after(add_days(days.last, 1)),
                       fmt::format("a period ended {}: after {}", m.text, format_iso_date(days.last)), kStrong});
      }
      continue;
    }
    // "launched a war on Ukraine in February 2022", "In 1956, the two countries signed": past
    // tense, so before the publication.
    const bool lead = prev(1) == "in" || prev(1) == "on" || prev(1) == "during" ||
                      (prev(1) == "the" && prev(2) == "in") || (prev(1) == "early" || prev(1) == "late");
    if (!lead) continue;
    bool past = dates::past_before(s, b);
    if (!past && b <= 2 && m.tok_end < t.size() && t[m.tok_end].norm == ",") {
      // Sentence-initial "In 1956, the two countries signed ...": the verb follows.
      for (uint32_t k = m.tok_end; k < t.size() && k < m.tok_end + 10; ++k) {
        if (t[k].norm == "will" || t[k].norm == "would" || t[k].norm == "expects" || t[k].norm == "is") break;
        if (t[k].norm == "signed" || t[k].norm == "was" || t[k].norm == "were" || t[k].norm == "had" ||
            t[k].norm == "agreed" || t[k].norm == "met" || t[k].norm == "launched" || t[k].norm == "fought") {
          past = true;
          break;
        }
      }
    }
    if (past && !sd.future) {
      out.push_back({DaySet::on_or_after(days.first),
                     fmt::format("'{}' in the past tense (\"{}\"): after {}", m.text, quote(),
                                 format_iso_date(days.first)),
                     kMedium});
    }
  }

  // "next month's visit ... in December": published the month before; "last month" the month after.
  auto has = [&](std::initializer_list<const char*> words) {
    std::vector<std::string> w(words.begin(), words.end());
    return sentence_has(s, w);
  };
  int named_month = 0, months = 0;
  for (const auto& m : sd.dates)
    if (m.month && !m.year) {
      if (named_month != m.month) ++months;
      named_month = m.month;
    }
  if (months == 1) {
    const int m = named_month;
    if (has({"next", "month"}) || has({"next", "month", "'s"})) {
      const int pm = m == 1 ? 12 : m - 1;
      out.push_back({every_year(pm, pm), fmt::format("'next month' with month {} named (\"{}\"): published in month {}",
                                                     m, quote(), pm),
                     kMedium});
    } else if (has({"last", "month"})) {
      const int pm = m == 12 ? 1 : m + 1;
      out.push_back({every_year(pm, pm), fmt::format("'last month' with month {} named (\"{}\"): published in month {}",
                                                     m, quote(), pm),
                     kMedium});
    } else if (has({"earlier", "this", "year"})) {
      out.push_back({every_year(m, 12), fmt::format("'earlier this year' with month {} named: published in month {} or later",
                                                    m, m),
                     kWeak});
    } else if (has({"later", "this", "year"})) {
      out.push_back({every_year(1, m), fmt::format("'later this year' with month {} named: published in month {} or earlier",
                                                   m, m),
                     kWeak});
    }
  }

  // "on Wednesday, February 25": a weekday with its day fixes the year up to the calendar's cycle;
  // the publication is within a week or so of that day.
  for (const auto& m : sd.dates) {
    if (!m.month || !m.day_first || m.day_first != m.day_last) continue;
    int wd = -1;
    for (const auto& [at, d] : sd.weekdays)
      if (at + 3 >= m.tok_begin && at < m.tok_begin) wd = d;
    if (wd < 0) continue;
    std::vector<DateRange> r;
    for (int y = kFirstYear; y <= kLastYear; ++y) {
      if (m.year && y != m.year) continue;
      if (!valid_ymd(y, m.month, m.day_first)) continue;
      const Date d = date_from_ymd(y, m.month, m.day_first);
      if (weekday(d) == wd) r.push_back({add_days(d, -10), add_days(d, 10)});
    }
    if (r.empty()) continue;
    out.push_back({DaySet(std::move(r)),
                   fmt::format("weekday with its day ('{}' is a {}): within ten days of such a day", m.text,
                               std::array{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                          "Saturday"}[static_cast<size_t>(wd)]),
                   kMedium});
  }
}

// ------------------------------------------------------------------ clues from the meetings table

bool city_is(const std::vector<std::string>& city, const dates::MeetingPlace& p) {
  for (const auto& n : p.names)
    if (n == city) return true;
  return false;
}

void meeting_clues(const Sentence& s, std::string_view text, const Article& a, const MeetingTable& table,
                   std::vector<Clue>& out) {
  using dates::Occurrence;
  const auto& t = s.tokens;
  std::optional<dates::SentenceDates> sd;
  std::vector<std::string> dateline_city;
  if (a.dateline) {
    for (auto& tok : tokenize(a.dateline->city, 0, static_cast<uint32_t>(a.dateline->city.size())))
      dateline_city.push_back(tok.norm);
  }
  for (const auto& series : table.series) {
    // The longest name of the series that occurs in the sentence.
    int found_at = -1;
    size_t found_len = 0;
    for (const auto& name : series.names)
      for (uint32_t i = 0; i < t.size(); ++i)
        if (name.size() > found_len && tokens_at(s, i, name)) {
          found_at = static_cast<int>(i);
          found_len = name.size();
        }
    if (found_at < 0) continue;
    if (!sd) sd = dates::scan_sentence(s);
    const std::string quote = sentence_excerpt(text, s);
    const Date since_day = date_from_ymd(series.since, 1, 1);
    const Date listed_day = date_from_ymd(series.listed, 1, 1);

    // Which meetings of the series the sentence can be about.
    std::vector<std::string> filters;
    std::vector<const Occurrence*> occ;
    for (const auto& o : series.held) occ.push_back(&o);
    auto keep = [&](auto pred, std::string why) {
      std::vector<const Occurrence*> k;
      for (auto* o : occ)
        if (pred(*o)) k.push_back(o);
      occ.swap(k);
      filters.push_back(std::move(why));
    };
    int year = 0;
    const dates::DateMention* md = nullptr;  // a month (and day) without a year
    for (const auto& m : sd->dates) {
      if (m.year && !m.month && !year) year = m.year;
      if (m.year && m.month && !year) year = m.year;
      if (!m.year && m.month && !md) md = &m;
    }
    if (year) keep([&](const Occurrence& o) { return year_of(o.when.first) == year || year_of(o.when.last) == year; },
                   fmt::format("year {}", year));
    if (year && year < series.listed) continue;  // a meeting the table does not list
    // Event days per occurrence: the whole meeting unless narrowed below.
    std::vector<DateRange> event(series.held.size());
    auto idx = [&](const Occurrence& o) { return static_cast<size_t>(&o - series.held.data()); };
    for (auto* o : occ) event[idx(*o)] = o->when;
    bool recent = false, at_dateline = false;
    if (md) {
      keep(
          [&](const Occurrence& o) {
            const auto days = dates::mention_days(*md, year_of(o.when.first));
            if (days.last < o.when.first || o.when.last < days.first) return false;
            event[idx(o)] = {std::max(days.first, o.when.first), std::min(days.last, o.when.last)};
            return true;
          },
          fmt::format("'{}'", md->text));
      recent = true;
    }
    // Places named in the sentence; else the dateline's city.
    std::vector<bool> place_named(series.places.size(), false);
    bool any_place = false;
    for (size_t p = 0; p < series.places.size(); ++p)
      for (const auto& n : series.places[p].names)
        if (sentence_has(s, n, static_cast<uint32_t>(found_at), static_cast<uint32_t>(found_at + found_len)))
          place_named[p] = true, any_place = true;
    if (any_place) {
      keep([&](const Occurrence& o) { return place_named[o.place]; }, "place named in the sentence");
    } else if (!dateline_city.empty()) {
      bool dl = false;
      for (const auto& p : series.places) dl |= city_is(dateline_city, p);
      if (dl) {
        keep([&](const Occurrence& o) { return city_is(dateline_city, series.places[o.place]); },
             fmt::format("held in {}, the dateline's city", a.dateline->city));
        at_dateline = recent = true;
        if (a.dateline->month && !md) {
          keep(
              [&](const Occurrence& o) {
                for (int y = year_of(o.when.first); y <= year_of(o.when.last); ++y) {
                  if (!valid_ymd(y, a.dateline->month, a.dateline->day)) continue;
                  const Date d = date_from_ymd(y, a.dateline->month, a.dateline->day);
                  const Date on = sd->plenary && o.plenary ? *o.plenary : Date{};
                  if (sd->plenary && o.plenary ? d == on : (add_days(o.when.first, -1) <= d && d <= add_days(o.when.last, 1))) {
                    event[idx(o)] = {d, d};
                    return true;
                  }
                }
                return false;
              },
              sd->plenary ? "the plenary on the dateline's day" : "under way on the dateline's day");
        }
      }
    }
    if (!sd->weekdays.empty()) {
      const int wd = sd->weekdays.front().second;
      keep(
          [&](const Occurrence& o) {
            auto& e = event[idx(o)];
            for (Date d = e.first; d <= e.last; d = add_days(d, 1))
              if (weekday(d) == wd) {
                e = {d, d};
                return true;
              }
            return false;
          },
          fmt::format("on a {}", t[sd->weekdays.front().first].norm));
      recent = true;
    } else if (sd->plenary && !at_dateline) {
      for (auto* o : occ)
        if (o->plenary) event[idx(*o)] = {*o->plenary, *o->plenary};
    }

    if (filters.empty()) {
      // Only the series itself: it existed, so the article is from after its first meeting was
      // announced (a year ahead at most).
      if (series.since >= 1900)
        out.push_back({DaySet::on_or_after(add_days(since_day, -366)),
                       fmt::format("names the {} (first held {}): after {}", series.name, series.since,
                                   format_iso_date(add_days(since_day, -366))),
                       kWeak});
      continue;
    }
    const bool future = sd->future;
    std::vector<DateRange> allowed;
    std::vector<std::string> which;
    for (auto* o : occ) {
      const auto& e = event[idx(*o)];
      which.push_back(range_str(e) + " " + series.places[o->place].display);
      if (!recent) {
        // Named without a recent day: an article about it or after it. Meetings "on the sidelines"
        // start a few days before the summit itself (APEC week, bilateral talks on the eve).
        allowed.push_back({future ? Date{kMinDay} : add_days(e.first, -3), future ? e.last : Date{kMaxDay}});
      } else if (at_dateline && !md && sd->weekdays.empty()) {
        allowed.push_back({e.first, add_days(e.last, 1)});  // filed from the meeting
      } else if (!sd->weekdays.empty()) {
        allowed.push_back(future ? DateRange{add_days(e.first, -7), e.last} : DateRange{e.first, add_days(e.last, 7)});
      } else {
        // A month and day without a year: within a year of it.
        allowed.push_back(future ? DateRange{add_days(e.first, -366), e.last}
                                 : DateRange{e.first, add_days(e.last, 366)});
      }
    }
    // The table is complete from `listed` on; before that a meeting may be missing.
    if (series.listed > series.since) allowed.push_back({Date{kMinDay}, add_days(listed_day, -1)});
    if (allowed.empty()) continue;
    std::string filt;
    for (const auto& f : filters) filt += (filt.empty() ? "" : ", ") + f;
    out.push_back({DaySet(allowed),
                   fmt::format("names the {} (\"{}\"; {}): {}{}", series.name, quote, filt,
                               which.empty() ? "no listed meeting" : "held " + fmt::format("{}", fmt::join(which, " or ")),
                               series.listed > series.since ? fmt::format(" (or before {}, not listed)", series.listed) : ""),
                   kMedium});
  }
}

}  // namespace

PublicationDate resolve_publication_date(const Article& a, std::optional<Date> reference) {
  DateInputs in;
  in.reference = reference;
  return resolve_publication_date(a, in);
}

PublicationDate resolve_publication_date(const Article& a, const DateInputs& in) {
  PublicationDate p;
  if (a.date_token) {
    p.date = a.date_token;
    p.range = DateRange{*a.date_token, *a.date_token};
    p.basis = "date token";
    p.evidence.push_back(fmt::format("date token {}", format_iso_date(*a.date_token)));
    return p;
  }
  const bool dl_day = a.dateline && a.dateline->month && a.dateline->day;
  if (dl_day && in.reference) {
    const auto& d = *a.dateline;
    if (auto day = latest_not_after(d.month, d.day, *in.reference)) {
      p.date = day;
      p.range = DateRange{*day, *day};
      p.basis = "dateline + reference date";
      p.evidence.push_back(fmt::format("dateline '{}' month {} day {}, latest such day not after {}", d.city,
                                       d.month, d.day, format_iso_date(*in.reference)));
      return p;
    }
  }

  std::vector<Clue> clues;
  if (in.reference)
    clues.push_back({DaySet::on_or_before(*in.reference),
                     fmt::format("published on or before the reference date {}", format_iso_date(*in.reference)),
                     kCertain});
  for (const auto& c : in.clues) clues.push_back({DaySet(c.allowed), c.what, kMedium});
  if (in.sentences) {
    for (const auto& s : *in.sentences) {
      if (s.tokens.empty()) continue;
      text_clues(s, in.text, clues);
      if (in.meetings) meeting_clues(s, in.text, a, *in.meetings, clues);
    }
  }
  std::stable_sort(clues.begin(), clues.end(), [](const Clue& x, const Clue& y) { return x.strength > y.strength; });

  if (dl_day)
    p.evidence.push_back(fmt::format("dateline '{}' month {} day {}, year not given", a.dateline->city,
                                     a.dateline->month, a.dateline->day));
  else if (a.dateline)
    p.evidence.push_back(fmt::format("dateline '{}' gives no day", a.dateline->city));

  // Fold the clues, strongest first; one that leaves no day (with the dateline's) is set aside.
  DaySet cur = DaySet::all();
  size_t used = 0;  // clues other than the reference date
  for (const auto& c : clues) {
    DaySet next = cur.intersect(c.allowed);
    bool ok = !next.empty();
    if (ok && dl_day) ok = !days_on(next, a.dateline->month, a.dateline->day, 1).empty() ||
                           next.hull().first.days == kMinDay || next.hull().last.days == kMaxDay;
    if (!ok) {
      p.evidence.push_back(fmt::format("set aside (contradicts the evidence above): {}", c.what));
      continue;
    }
    p.evidence.push_back(fmt::format("{} [{}]", c.what, c.allowed.str()));
    cur = std::move(next);
    used += c.strength != kCertain;
  }

  const auto hull = cur.hull();
  const bool bounded = hull.first.days != kMinDay && hull.last.days != kMaxDay;
  if (dl_day) {
    const auto days = days_on(cur, a.dateline->month, a.dateline->day, 50);
    if (bounded && days.size() == 1) {
      p.date = days[0];
      p.range = DateRange{days[0], days[0]};
      p.basis = "dateline + inferred year";
      p.evidence.push_back(fmt::format("the only {:02}-{:02} the evidence allows: {}", a.dateline->month,
                                       a.dateline->day, format_iso_date(days[0])));
      return p;
    }
    if (!days.empty() && (hull.first.days != kMinDay || hull.last.days != kMaxDay)) {
      DateRange r = hull;
      if (r.first.days != kMinDay) r.first = days.front();
      if (r.last.days != kMaxDay && days.size() < 50) r.last = days.back();
      p.range = r;
      p.basis = "dateline + year range";
      if (bounded && days.size() <= 8) {
        std::vector<std::string> ds;
        for (auto d : days) ds.push_back(format_iso_date(d));
        p.evidence.push_back(fmt::format("candidates: {}", fmt::join(ds, ", ")));
      }
      return p;
    }
    p.basis = "unknown";
    if (used) {
      p.range = hull;
      p.basis = "inferred range";
    }
    return p;
  }
  if (!used) {
    p.basis = "unknown";
    if (in.reference) p.range = hull;
    return p;
  }
  p.range = hull;
  if (bounded && hull.last.days - hull.first.days <= 6) {
    p.date = hull.first;
    p.basis = "inferred";
    p.evidence.push_back(fmt::format("the evidence leaves {}; taking its first day", range_str(hull)));
    return p;
  }
  p.basis = "inferred range";
  if (bounded && cur.ranges().size() > 1 && cur.ranges().size() <= 6)
    p.evidence.push_back(fmt::format("candidates: {}", cur.str()));
  return p;
}

}  // namespace demarche
