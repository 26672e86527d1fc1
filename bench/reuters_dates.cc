// Publication dates scored against Reuters-21578 (read from ../shared/bench/reuters at run time).
// Each story's title, dateline and body become one text document; <DATE> is the gold day and the
// dateline ("SALVADOR, Feb 26 -") has no year.
//   reuters_dates [FILE.sgm ...]   default: reut2-000.sgm .. reut2-010.sgm
// With a reference date (gold day + 7): the share of stories with a dateline whose resolved day
// is the gold day. Without one: how many stories get a range that holds 1987, how many commit to
// 1987, and how many commit to a wrong year.
// The test suite includes this file (with REUTERS_DATES_NO_MAIN) to run the same scoring.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "base/file.h"
#include "dates/dates.h"
#include "dict/dictionary.h"
#include "extract/article.h"
#include "pipeline/pipeline.h"
#include "read/read.h"
#include "segment/segment.h"

namespace reuters_dates {

using namespace demarche;

struct Story {
  std::string id;
  Date gold;
  bool has_dateline = false;
  std::string text;  // title, dateline and body as one UTF-8 document
};

// Latin-1 bytes to UTF-8, SGML entities decoded, control characters dropped.
inline std::string clean(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '&') {
      const auto semi = s.find(';', i);
      if (semi != std::string_view::npos && semi - i <= 7) {
        const auto ent = s.substr(i + 1, semi - i - 1);
        std::string rep;
        bool known = true;
        if (ent == "lt") rep = "<";
        else if (ent == "gt") rep = ">";
        else if (ent == "amp") rep = "&";
        else if (ent == "quot") rep = "\"";
        else if (!ent.empty() && ent[0] == '#') {
          int v = 0;
          for (char d : ent.substr(1)) v = std::isdigit(static_cast<unsigned char>(d)) ? v * 10 + (d - '0') : -1000000;
          if (v >= 32 && v < 127) rep = std::string(1, static_cast<char>(v));
          else if (v < 0) known = false;
        } else {
          known = false;
        }
        if (known) {
          out += rep;
          i = semi;
          continue;
        }
      }
      out += '&';
    } else if (c >= 0x80) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 32 && c != '\n') {
      out += ' ';
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

inline std::string between(std::string_view s, std::string_view open, std::string_view close) {
  const auto a = s.find(open);
  if (a == std::string_view::npos) return {};
  const auto b = s.find(close, a + open.size());
  if (b == std::string_view::npos) return {};
  return std::string(s.substr(a + open.size(), b - a - open.size()));
}

// Hard-wrapped lines joined; an indented line starts a paragraph.
inline std::string unwrap(std::string_view body) {
  std::string out;
  size_t start = 0;
  bool first = true;
  while (start <= body.size()) {
    auto nl = body.find('\n', start);
    if (nl == std::string_view::npos) nl = body.size();
    auto line = body.substr(start, nl - start);
    const bool indented = line.size() > 1 && line[0] == ' ' && line[1] == ' ';
    size_t b = 0;
    while (b < line.size() && line[b] == ' ') ++b;
    line = line.substr(b);
    if (!line.empty()) {
      if (!first) out += indented ? '\n' : ' ';
      out += line;
      first = false;
    }
    start = nl + 1;
  }
  return out;
}

inline std::optional<Date> gold_day(std::string_view s) {
  // "26-FEB-1987 15:01:01.79"
  static constexpr std::string_view kMon[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                              "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  const auto d1 = s.find('-');
  if (d1 == std::string_view::npos || d1 + 9 > s.size()) return std::nullopt;
  const int day = std::atoi(std::string(s.substr(0, d1)).c_str());
  const auto mon = s.substr(d1 + 1, 3);
  int month = 0;
  for (int i = 0; i < 12; ++i)
    if (mon == kMon[i]) month = i + 1;
  const int year = std::atoi(std::string(s.substr(d1 + 5, 4)).c_str());
  if (!month || !valid_ymd(year, month, day)) return std::nullopt;
  return date_from_ymd(year, month, day);
}

inline std::vector<Story> read_file(const std::string& path) {
  std::vector<Story> out;
  const auto file = read_whole_file(path);
  if (!file) return out;
  const std::string& all = *file;
  size_t pos = 0;
  for (;;) {
    const auto a = all.find("<REUTERS", pos);
    if (a == std::string::npos) break;
    auto b = all.find("</REUTERS>", a);
    if (b == std::string::npos) b = all.size();
    const std::string_view rec(all.data() + a, b - a);
    pos = b;
    Story st;
    st.id = between(rec, "NEWID=\"", "\"");
    const auto gold = gold_day(between(rec, "<DATE>", "</DATE>"));
    if (!gold) continue;
    st.gold = *gold;
    const auto title = clean(between(rec, "<TITLE>", "</TITLE>"));
    auto dateline = clean(between(rec, "<DATELINE>", "</DATELINE>"));
    const auto body = clean(between(rec, "<BODY>", "</BODY>"));
    while (!dateline.empty() && dateline.front() == ' ') dateline.erase(0, 1);
    st.has_dateline = !dateline.empty();
    std::string text;
    if (!title.empty()) text += unwrap(title) + "\n";
    text += dateline;
    if (!dateline.empty() && dateline.back() != ' ') text += ' ';
    text += unwrap(body);
    text += "\n";
    st.text = std::move(text);
    out.push_back(std::move(st));
  }
  return out;
}

struct Score {
  size_t stories = 0, with_dateline = 0, dateline_parsed = 0;
  // With a reference date.
  size_t ref_exact = 0, ref_exact_dateline = 0;
  // Stories whose dateline names the gold day's month and day (it names the local day, and the
  // gold is the wire's clock in New York: far east of it the two differ by a day), and of those
  // the ones resolved to the gold day.
  size_t dateline_is_gold = 0, ref_exact_when_dateline_is_gold = 0;
  // Without one.
  size_t range_holds_year = 0, bounded_holds_year = 0, range_misses_year = 0, commit_gold = 0, commit_year = 0,
         commit_wrong_year = 0;
  std::vector<std::string> misses;  // examples, for reading
  double ref_rate() const { return with_dateline ? static_cast<double>(ref_exact_dateline) / with_dateline : 0; }
  double ref_rate_local() const {
    return dateline_is_gold ? static_cast<double>(ref_exact_when_dateline_is_gold) / dateline_is_gold : 0;
  }
};

// The dates of every story, with the reference date (gold + 7) through the extractor and the
// resolver; and, when `without` is given, through that pipeline's date stage with no reference.
inline void score(const std::vector<Story>& stories, const Extractor& ex, const Pipeline* without, Score& s,
                  size_t max_misses = 10) {
  for (const auto& st : stories) {
    ++s.stories;
    s.with_dateline += st.has_dateline;
    auto doc = document_from_bytes("reuters-" + st.id, "", st.text);
    if (doc.status != ReadStatus::kOk) continue;
    const auto a = ex.extract(doc.text);
    s.dateline_parsed += st.has_dateline && a.dateline && a.dateline->month;
    {
      std::vector<Region> regions;
      for (const auto& sp : a.article_text()) regions.push_back({sp.begin, sp.end});
      const auto sentences = segment(doc.text, regions);
      DateInputs in;
      in.text = doc.text;
      in.sentences = &sentences;
      in.reference = Date{st.gold.days + 7};
      const auto p = resolve_publication_date(a, in);
      const bool ok = p.date && *p.date == st.gold;
      if (st.has_dateline && a.dateline && a.dateline->month) {
        int gy = 0, gm = 0, gd = 0;
        ymd_from_date(st.gold, gy, gm, gd);
        if (a.dateline->month == gm && a.dateline->day == gd) {
          ++s.dateline_is_gold;
          s.ref_exact_when_dateline_is_gold += ok;
        }
      }
      s.ref_exact += ok;
      s.ref_exact_dateline += ok && st.has_dateline;
      if (!ok && st.has_dateline && s.misses.size() < max_misses) {
        const auto first_line = doc.text.substr(0, doc.text.find('\n', doc.text.find('\n') + 1));
        s.misses.push_back(fmt::format("{} gold {} got {}: {}", st.id, format_iso_date(st.gold),
                                       p.date ? format_iso_date(*p.date) : "none", first_line.substr(0, 160)));
      }
    }
    if (without) {
      const auto out = without->run_dates(std::move(doc));
      const auto& p = out.published;
      const int y = year_of(st.gold);
      const Date y0 = date_from_ymd(y, 1, 1), y1 = date_from_ymd(y, 12, 31);
      if (p.range && (p.range->first.days != INT32_MIN || p.range->last.days != INT32_MAX)) {
        const bool holds = p.range->first <= y1 && p.range->last >= y0;
        s.range_holds_year += holds;
        s.bounded_holds_year += holds && p.range->bounded();
        s.range_misses_year += !holds;
      }
      if (p.date) {
        s.commit_gold += *p.date == st.gold;
        s.commit_year += year_of(*p.date) == y;
        s.commit_wrong_year += year_of(*p.date) != y;
        if (year_of(*p.date) != y && s.misses.size() < max_misses + 10) {
          std::string ev;
          for (const auto& e : p.evidence) ev += "\n      " + e;
          s.misses.push_back(fmt::format("{} gold {} committed to {}{}", st.id, format_iso_date(st.gold),
                                         format_iso_date(*p.date), ev));
        }
      } else if (p.range && !(p.range->first <= y1 && p.range->last >= y0) && s.misses.size() < max_misses + 10) {
        std::string ev;
        for (const auto& e : p.evidence) ev += "\n      " + e;
        s.misses.push_back(fmt::format("{} gold {} range misses the year{}", st.id, format_iso_date(st.gold), ev));
      }
    }
  }
}

inline std::string report(const Score& s) {
  auto pct = [](size_t a, size_t b) { return b ? 100.0 * static_cast<double>(a) / static_cast<double>(b) : 0.0; };
  std::string r;
  r += fmt::format("stories: {}  with a dateline: {}  dateline read (month and day): {} ({:.2f}%)\n", s.stories,
                   s.with_dateline, s.dateline_parsed, pct(s.dateline_parsed, s.with_dateline));
  r += fmt::format("reference date = gold + 7: gold day for {} of {} stories with a dateline ({:.2f}%); {} of all {} ({:.2f}%)\n",
                   s.ref_exact_dateline, s.with_dateline, pct(s.ref_exact_dateline, s.with_dateline), s.ref_exact,
                   s.stories, pct(s.ref_exact, s.stories));
  r += fmt::format("  of the {} stories whose dateline names the gold day: {} resolved to it ({:.2f}%); the other {} "
                   "datelines name the local day, a day off the New York wire clock\n",
                   s.dateline_is_gold, s.ref_exact_when_dateline_is_gold,
                   pct(s.ref_exact_when_dateline_is_gold, s.dateline_is_gold), s.dateline_parsed - s.dateline_is_gold);
  r += fmt::format("  ceiling for a resolver that trusts the dateline: {} of {} ({:.2f}%); a local-day dateline holds "
                   "no clue to the wire's clock\n",
                   s.dateline_is_gold, s.with_dateline, pct(s.dateline_is_gold, s.with_dateline));
  r += fmt::format(
      "no reference date: range holds the gold year {} ({:.2f}%; both ends bounded {}), range misses it {}; "
      "commits to the gold year {} ({:.2f}%; to the gold day {}), to a wrong year {} ({:.2f}%)\n",
      s.range_holds_year, pct(s.range_holds_year, s.stories), s.bounded_holds_year, s.range_misses_year,
      s.commit_year, pct(s.commit_year, s.stories), s.commit_gold, s.commit_wrong_year,
      pct(s.commit_wrong_year, s.stories));
  return r;
}

}  // namespace reuters_dates

#ifndef REUTERS_DATES_NO_MAIN
int main(int argc, char** argv) {
  using namespace demarche;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) files.push_back(argv[i]);
  bool verbose = false;
  if (!files.empty() && files[0] == "-v") {
    verbose = true;
    files.erase(files.begin());
  }
  if (files.empty())
    for (int i = 0; i <= 10; ++i) files.push_back(fmt::format("{}/bench/reuters/reut2-{:03}.sgm", DEMARCHE_SHARED_DIR, i));
  const auto& dict = bundled_dictionary();
  const Extractor ex(dict);
  const Pipeline without(dict);
  reuters_dates::Score s;
  const auto t0 = std::chrono::steady_clock::now();
  for (const auto& f : files) {
    const auto stories = reuters_dates::read_file(f);
    if (stories.empty()) {
      std::cerr << "reuters_dates: no stories in " << f << " (is ../shared present?)\n";
      return 1;
    }
    reuters_dates::score(stories, ex, &without, s, verbose ? 40 : 0);
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::cout << reuters_dates::report(s) << fmt::format("{:.1f} s\n", secs);
  for (const auto& m : s.misses) std::cout << "  " << m << "\n";
  return 0;
}
#endif
