// dictionaries/meetings.txt: recurring meetings with the days and places they were held.
#include <fmt/format.h>

#include <fstream>
#include <sstream>

#include "base/file.h"
#include "base/text.h"
#include "dates/internal.h"
#include "dict/block_file.h"
#include "segment/segment.h"

namespace demarche {

namespace {

std::vector<std::string> words_of(std::string_view phrase) {
  std::vector<std::string> out;
  for (auto& t : tokenize(phrase, 0, static_cast<uint32_t>(phrase.size()))) out.push_back(t.norm);
  return out;
}

int read_year(std::string_view s) {
  s = trim(s);
  return s.size() == 4 ? dates::year_from_word(s) : 0;
}

}  // namespace

std::shared_ptr<const MeetingTable> parse_meetings(std::string_view content, const std::string& file,
                                                   Diagnostics& diags) {
  auto table = std::make_shared<MeetingTable>();
  for (const auto& b : parse_blocks(content, file, diags)) {
    dates::MeetingSeries s;
    s.name = b.header;
    s.names.push_back(words_of(b.header));
    for (const auto& f : b.fields) {
      auto bad = [&](const std::string& why) { diags.push_back({file, f.line, why}); };
      if (f.key == "names") {
        for (const auto& n : f.values) s.names.push_back(words_of(n));
      } else if (f.key == "since" || f.key == "listed") {
        const int y = read_year(f.raw);
        if (!y) {
          bad(fmt::format("{} wants a year, got '{}'", f.key, f.raw));
          continue;
        }
        (f.key == "since" ? s.since : s.listed) = y;
      } else if (f.key == "held") {
        // "2018-09-11..2018-09-13 Vladivostok; plenary 2018-09-12"
        if (f.values.empty()) {
          bad("held: wants DAYS PLACE");
          continue;
        }
        const std::string_view first = f.values[0];
        const auto sp = first.find(' ');
        const auto days = first.substr(0, sp);
        const auto place = sp == std::string_view::npos ? std::string_view{} : trim(first.substr(sp + 1));
        dates::Occurrence o;
        o.line = f.line;
        if (days.find("..") != std::string_view::npos) {
          auto r = parse_iso_range(days);
          if (!r || !r->bounded() || r->last < r->first) {
            bad(fmt::format("held: '{}' is not a range FROM..TO", days));
            continue;
          }
          o.when = *r;
        } else if (auto d = parse_iso_date(days)) {
          o.when = {*d, *d};
        } else {
          bad(fmt::format("held: '{}' is not a date or a range", days));
          continue;
        }
        if (place.empty()) {
          bad("held: no place");
          continue;
        }
        bool ok = true;
        for (size_t i = 1; i < f.values.size(); ++i) {
          std::string_view v = f.values[i];
          if (starts_with_ci(v, "plenary ")) {
            auto d = parse_iso_date(trim(v.substr(8)));
            if (!d || !o.when.contains(*d)) {
              bad(fmt::format("held: plenary '{}' is not a day of the meeting", v.substr(8)));
              ok = false;
            } else {
              o.plenary = d;
            }
          } else {
            bad(fmt::format("held: unknown item '{}'", v));
            ok = false;
          }
        }
        if (!ok) continue;
        // Places: "St. Petersburg / Saint Petersburg"
        std::string display(trim(place.substr(0, place.find(" / "))));
        size_t pi = 0;
        while (pi < s.places.size() && s.places[pi].display != display) ++pi;
        if (pi == s.places.size()) {
          dates::MeetingPlace p;
          p.display = display;
          std::string_view rest = place;
          for (;;) {
            const auto slash = rest.find(" / ");
            p.names.push_back(words_of(trim(rest.substr(0, slash))));
            if (slash == std::string_view::npos) break;
            rest = rest.substr(slash + 3);
          }
          s.places.push_back(std::move(p));
        }
        o.place = pi;
        if (!s.held.empty() && o.when.first < s.held.back().when.first)
          bad("held: meetings out of date order");
        s.held.push_back(o);
      } else {
        bad(fmt::format("unknown field '{}'", f.key));
      }
    }
    if (!s.since) {
      diags.push_back({file, b.line, fmt::format("'{}' has no since: year", s.name)});
      continue;
    }
    if (!s.listed) s.listed = std::max(s.since, 1990);
    if (s.listed < s.since) s.listed = s.since;
    table->series.push_back(std::move(s));
  }
  return table;
}

std::shared_ptr<const MeetingTable> load_meetings(const std::string& path, Diagnostics& diags) {
  const auto text = read_whole_file(path);
  if (!text) {
    diags.push_back({path, 0, "cannot read the meetings table"});
    return std::make_shared<MeetingTable>();
  }
  return parse_meetings(*text, path, diags);
}

size_t meeting_series_count(const MeetingTable& t) { return t.series.size(); }

}  // namespace demarche
