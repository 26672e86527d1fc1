// Dates of articles and of the events in them, each with the evidence it rests on.
//
// A publication date is worked out from clues: the date token, the dateline (month and day, no
// year), the reference date, absolute and relative dates in the article's own text (never its
// boilerplate), recurring meetings named in the text (dictionaries/meetings.txt), and clues from
// other stages such as the tenures of officeholders named with their office. Each clue is a set of
// days the article may have been published on; the resolver intersects them, strongest first, and
// sets aside a clue that contradicts the stronger ones. It commits to one day only when the
// evidence leaves one (or a window of a few days); otherwise it reports the range.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/civil_date.h"
#include "dict/dictionary.h"
#include "extract/article.h"
#include "segment/segment.h"

namespace demarche {

struct PublicationDate {
  std::optional<Date> date;          // the best single day, when the evidence justifies one
  std::optional<DateRange> range;    // the days it may be, when known (open sides are extreme)
  std::string basis;                 // "date token", "dateline + reference date", "inferred", ...
  std::vector<std::string> evidence; // human-readable notes, in the order they were weighed
};

// A clue from outside the dates stage: the article was published on a day in one of `allowed`.
struct DateClue {
  std::vector<DateRange> allowed;
  std::string what;  // "Japanese prime minister Shinzo Abe: in office 2012-12-26..2020-09-16"
};

// Recurring meetings (summits, forums) with the days and places they were held.
struct MeetingTable;
std::shared_ptr<const MeetingTable> load_meetings(const std::string& path, Diagnostics& diags);
std::shared_ptr<const MeetingTable> parse_meetings(std::string_view content, const std::string& file,
                                                   Diagnostics& diags);
size_t meeting_series_count(const MeetingTable& t);

struct DateInputs {
  std::string_view text;                      // the document text the spans point into
  const std::vector<Sentence>* sentences = nullptr;  // the article text, tokenised
  std::optional<Date> reference;              // collected on this day: published on or before it
  std::vector<DateClue> clues;
  const MeetingTable* meetings = nullptr;
};

PublicationDate resolve_publication_date(const Article& article, const DateInputs& in);
// Without text: the date token and the dateline only.
PublicationDate resolve_publication_date(const Article& article, std::optional<Date> reference);

struct EventDate {
  std::optional<Date> date;
  bool historical = false;  // anchored well before publication ("In 1956, ...")
  std::string basis;        // "publication date", "weekday 'Friday'", "year 1956"
};

// The date of an event whose verb spans tokens [verb_begin, verb_end) of `s`.
EventDate date_event(const Sentence& s, uint32_t verb_begin, uint32_t verb_end, const PublicationDate& published);
EventDate date_event(const Sentence& s, uint32_t verb_begin, uint32_t verb_end, std::optional<Date> published);

}  // namespace demarche
