// Dates of articles and of the events in them, each with the evidence it rests on.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/civil_date.h"
#include "extract/article.h"
#include "segment/segment.h"

namespace demarche {

struct PublicationDate {
  std::optional<Date> date;          // the best single day, when one is justified
  std::optional<DateRange> range;    // the days it may be, when known
  std::string basis;                 // "date token", "dateline + reference date", ...
  std::vector<std::string> evidence; // human-readable notes, in the order they were weighed
};

// `reference`: the day the articles were collected; each was published on or before it.
PublicationDate resolve_publication_date(const Article& article, std::optional<Date> reference);

struct EventDate {
  std::optional<Date> date;
  bool historical = false;  // anchored well before publication ("In 1956, ...")
  std::string basis;        // "publication date", "weekday 'Friday'", "year 1956"
};

// The date of an event whose verb spans tokens [verb_begin, verb_end) of `s`.
EventDate date_event(const Sentence& s, uint32_t verb_begin, uint32_t verb_end,
                     std::optional<Date> published);

}  // namespace demarche
