// Event dates: the publication date unless the event's own sentence anchors it elsewhere.
#include <algorithm>
#include <cstdlib>

#include <fmt/format.h>

#include "dates/dates.h"
#include "dates/internal.h"
#include "dates/scan.h"

namespace demarche {

namespace {

using dates::DateMention;

// The date mention that governs the verb's clause: sentence-initial before the first comma ("In
// 1956, ...", "At the 1945 Yalta Conference, ...") or right after the verb with no comma between
// ("launched a war ... in February 2022"), never one after "since".
const DateMention* governing(const Sentence& s, const std::vector<DateMention>& ms, uint32_t verb_begin,
                             uint32_t verb_end) {
  const auto& t = s.tokens;
  const auto n = static_cast<uint32_t>(t.size());
  auto after_since = [&](const DateMention& m) {
    for (uint32_t k = m.tok_begin; k > 0 && k + 3 > m.tok_begin; --k)
      if (t[k - 1].norm == "since") return true;
    return false;
  };
  for (const auto& m : ms) {
    if (m.tok_begin >= std::min<uint32_t>(n, 6) || m.tok_begin >= verb_begin) break;
    bool comma = false;
    for (uint32_t k = 0; k < m.tok_begin; ++k) comma |= t[k].norm == ",";
    if (!comma && !after_since(m)) return &m;
  }
  for (const auto& m : ms) {
    if (m.tok_begin < verb_end || m.tok_begin >= verb_end + 8) continue;
    bool comma = false;
    for (uint32_t k = verb_end; k < m.tok_begin; ++k) comma |= t[k].norm == "," || t[k].norm == ";";
    if (!comma && !after_since(m)) return &m;
  }
  return nullptr;
}

}  // namespace

EventDate date_event(const Sentence& s, uint32_t verb_begin, uint32_t verb_end, std::optional<Date> published) {
  PublicationDate p;
  p.date = published;
  if (published) p.range = DateRange{*published, *published};
  return date_event(s, verb_begin, verb_end, p);
}

EventDate date_event(const Sentence& s, uint32_t verb_begin, uint32_t verb_end, const PublicationDate& pub) {
  EventDate e;
  const auto published = pub.date;
  e.date = published;
  e.basis = published ? "publication date" : "";
  const auto& t = s.tokens;
  const auto n = static_cast<uint32_t>(t.size());
  // The earliest year the article can be from.
  int pub_year = 0;
  if (published) pub_year = year_of(*published);
  else if (pub.range && pub.range->first.days != dates::kMinDay) pub_year = year_of(pub.range->first);

  const auto sd = dates::scan_sentence(s);
  if (const auto* m = governing(s, sd.dates, verb_begin, verb_end)) {
    if (m->year && pub_year && m->year < pub_year) {
      e.historical = true;
      e.date = dates::mention_days(*m, m->year).first;
      e.basis = fmt::format("'{}' in the sentence", m->text);
      return e;
    }
    if (!m->year && m->month && m->day_first && published) {
      // "on December 15-16": the nearest such day to the publication.
      std::optional<Date> best;
      for (int y = pub_year - 1; y <= pub_year + 1; ++y) {
        if (!valid_ymd(y, m->month, std::min(m->day_first, days_in_month(y, m->month)))) continue;
        const Date d = dates::mention_days(*m, y).first;
        if (!best || std::abs(d.days - published->days) < std::abs(best->days - published->days)) best = d;
      }
      if (best && std::abs(best->days - published->days) <= 200) {
        e.date = best;
        e.basis = fmt::format("'{}' in the sentence, nearest the publication date", m->text);
        return e;
      }
    }
  }

  // "On Friday, ..." near the start of the sentence or next to the verb: the nearest such day to
  // publication, in the week before it or the day after (wire stories are updated overnight).
  if (published) {
    for (const auto& [i, wd] : sd.weekdays) {
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
  (void)n;
  return e;
}

}  // namespace demarche
