// Dates of articles (publication) and of the events they report.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "base/civil_date.h"
#include "dict/dictionary.h"
#include "pipeline/pipeline.h"
#include "read/read.h"
#include "dates/dates.h"
#include "extract/article.h"
#include "segment/segment.h"

namespace demarche {
namespace {

Date iso(const char* s) {
  auto d = parse_iso_date(s);
  EXPECT_TRUE(d) << s;
  return d.value_or(Date{});
}

Article with_dateline(const char* city, int month, int day) {
  Article a;
  Dateline d;
  d.city = city;
  d.month = month;
  d.day = day;
  d.marker = "/TASS/";
  a.dateline = d;
  return a;
}

bool mentions(const std::vector<std::string>& evidence, std::string_view what) {
  for (const auto& e : evidence)
    if (e.find(what) != std::string::npos) return true;
  return false;
}

// ---------------------------------------------------------------- publication dates

TEST(PublicationDate, DateTokenWins) {
  auto a = with_dateline("SOCHI", 10, 18);
  a.date_token = iso("2019-06-29");
  auto p = resolve_publication_date(a, iso("2018-10-20"));
  ASSERT_TRUE(p.date);
  EXPECT_EQ(*p.date, iso("2019-06-29"));
  EXPECT_EQ(p.basis, "date token");
  ASSERT_TRUE(p.range);
  EXPECT_EQ(p.range->first, iso("2019-06-29"));
  EXPECT_EQ(p.range->last, iso("2019-06-29"));
  EXPECT_FALSE(p.evidence.empty());
}

TEST(PublicationDate, DatelineAndReferenceDate) {
  struct Case {
    int month, day;
    const char* ref;
    const char* expected;
  };
  const Case cases[] = {
      {10, 18, "2018-10-20", "2018-10-18"},
      {12, 31, "2019-01-02", "2018-12-31"},
      {2, 29, "2017-03-01", "2016-02-29"},
      {2, 29, "2016-03-01", "2016-02-29"},
      {10, 20, "2018-10-20", "2018-10-20"},  // the reference day itself
      {10, 21, "2018-10-20", "2017-10-21"},  // one day after: a year back
      {9, 20, "2018-09-20", "2018-09-20"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::to_string(c.month) + "/" + std::to_string(c.day) + " ref " + c.ref);
    auto a = with_dateline("MOSCOW", c.month, c.day);
    auto p = resolve_publication_date(a, iso(c.ref));
    ASSERT_TRUE(p.date);
    EXPECT_EQ(format_iso_date(*p.date), c.expected);
    EXPECT_EQ(p.basis, "dateline + reference date");
    ASSERT_TRUE(p.range);
    EXPECT_EQ(p.range->first, *p.date);
    EXPECT_EQ(p.range->last, *p.date);
    EXPECT_TRUE(mentions(p.evidence, "MOSCOW"));
  }
}

TEST(PublicationDate, DatelineWithoutReferenceGivesNoDate) {
  auto a = with_dateline("SOCHI", 10, 18);
  auto p = resolve_publication_date(a, std::nullopt);
  EXPECT_FALSE(p.date);
  EXPECT_FALSE(p.range);
  EXPECT_EQ(p.basis, "unknown");
  EXPECT_TRUE(mentions(p.evidence, "dateline")) << (p.evidence.empty() ? "" : p.evidence[0]);
  EXPECT_TRUE(mentions(p.evidence, "SOCHI"));
}

TEST(PublicationDate, DatelineWithoutDayAndReference) {
  auto a = with_dateline("ISTANBUL", 0, 0);
  auto p = resolve_publication_date(a, iso("2022-06-17"));
  EXPECT_FALSE(p.date);
  ASSERT_TRUE(p.range);
  EXPECT_EQ(p.range->last, iso("2022-06-17"));
  EXPECT_FALSE(p.range->bounded());
  EXPECT_EQ(p.basis, "unknown");
}

TEST(PublicationDate, NothingKnown) {
  Article a;
  auto p = resolve_publication_date(a, std::nullopt);
  EXPECT_FALSE(p.date);
  EXPECT_FALSE(p.range);
  EXPECT_EQ(p.basis, "unknown");
}

// ---------------------------------------------------------------- event dates

struct Parsed {
  std::string text;
  Sentence sentence;
  uint32_t verb = 0;
};

// Segments `text` as one sentence and finds the verb token `verb`.
Parsed parse(std::string text, std::string_view verb) {
  Parsed p;
  p.text = std::move(text);
  auto ss = segment(p.text, {Region{0, static_cast<uint32_t>(p.text.size())}});
  EXPECT_EQ(ss.size(), 1u) << p.text;
  if (ss.empty()) return p;
  p.sentence = ss[0];
  for (uint32_t i = 0; i < p.sentence.tokens.size(); ++i)
    if (p.sentence.tokens[i].norm == verb) {
      p.verb = i;
      return p;
    }
  ADD_FAILURE() << "no verb '" << verb << "' in " << p.text;
  return p;
}

EventDate event(const std::string& text, std::string_view verb, std::optional<Date> published) {
  auto p = parse(text, verb);
  return date_event(p.sentence, p.verb, p.verb + 1, published);
}

TEST(EventDate, PublicationDateByDefault) {
  auto e = event("Japan and Russia signed the agreement.", "signed", iso("2018-09-20"));
  ASSERT_TRUE(e.date);
  EXPECT_EQ(*e.date, iso("2018-09-20"));
  EXPECT_FALSE(e.historical);
  EXPECT_EQ(e.basis, "publication date");
}

TEST(EventDate, NoPublicationDateNoEventDate) {
  auto e = event("Japan and Russia signed the agreement.", "signed", std::nullopt);
  EXPECT_FALSE(e.date);
  EXPECT_FALSE(e.historical);
}

TEST(EventDate, WeekdayNearPublication) {
  // 2023-10-05 is a Thursday.
  auto fri = event("On Friday, Japanese Chief Cabinet Secretary Hirokazu Matsuno refrained from comment.",
                   "refrained", iso("2023-10-05"));
  ASSERT_TRUE(fri.date);
  EXPECT_EQ(format_iso_date(*fri.date), "2023-10-06");
  EXPECT_FALSE(fri.historical);
  EXPECT_NE(fri.basis.find("friday"), std::string::npos) << fri.basis;

  auto thu = event("Putin said on Thursday that Russia was ready.", "said", iso("2023-10-05"));
  ASSERT_TRUE(thu.date);
  EXPECT_EQ(format_iso_date(*thu.date), "2023-10-05");

  auto mon = event("On Monday, the ministers met in Tokyo.", "met", iso("2023-10-05"));
  ASSERT_TRUE(mon.date);
  EXPECT_EQ(format_iso_date(*mon.date), "2023-10-02");

  auto wed = event("Putin spoke to journalists in St. Petersburg on Wednesday night.", "spoke", iso("2022-06-17"));
  ASSERT_TRUE(wed.date);
  EXPECT_EQ(format_iso_date(*wed.date), "2022-06-15");
}

TEST(EventDate, SentenceInitialYearIsHistorical) {
  auto e = event("In 1956, the two countries signed a common declaration.", "signed", iso("2018-09-20"));
  EXPECT_TRUE(e.historical);
  ASSERT_TRUE(e.date);
  EXPECT_EQ(year_of(*e.date), 1956);
  EXPECT_NE(e.basis.find("1956"), std::string::npos) << e.basis;

  auto yalta = event("At the 1945 Yalta Conference, the Soviet Union agreed to join the war.", "agreed",
                     iso("2022-06-17"));
  EXPECT_TRUE(yalta.historical);
  ASSERT_TRUE(yalta.date);
  EXPECT_EQ(year_of(*yalta.date), 1945);
}

TEST(EventDate, YearRightAfterTheVerbIsHistorical) {
  auto e = event("Russia launched a war on Ukraine in February 2022.", "launched", iso("2023-06-17"));
  EXPECT_TRUE(e.historical);
  ASSERT_TRUE(e.date);
  EXPECT_EQ(year_of(*e.date), 2022);
}

TEST(EventDate, YearOfPublicationIsNotHistorical) {
  auto e = event("In 2018, the two countries signed a memorandum.", "signed", iso("2018-09-20"));
  EXPECT_FALSE(e.historical);
  ASSERT_TRUE(e.date);
  EXPECT_EQ(*e.date, iso("2018-09-20"));
}

TEST(EventDate, YearBehindACommaIsNotHistorical) {
  auto e = event("Japan and Russia signed the agreement yesterday, ending talks that began in 1998.", "signed",
                 iso("2018-09-20"));
  EXPECT_FALSE(e.historical);
  ASSERT_TRUE(e.date);
  EXPECT_EQ(*e.date, iso("2018-09-20"));
}

TEST(EventDate, YearFarAfterTheVerbIsNotHistorical) {
  auto e = event("Japan and Russia signed the agreement that ended a long dispute dating back to 1956.", "signed",
                 iso("2018-09-20"));
  EXPECT_FALSE(e.historical);
  ASSERT_TRUE(e.date);
  EXPECT_EQ(*e.date, iso("2018-09-20"));
}

TEST(EventDate, YearAfterSinceIsNotHistorical) {
  auto e = event("The two countries have not signed a peace treaty since 1945.", "signed", iso("2022-06-17"));
  EXPECT_FALSE(e.historical);
  ASSERT_TRUE(e.date);
  EXPECT_EQ(*e.date, iso("2022-06-17"));
}

// ---------------------------------------------------------------- datelines

const Dictionary& dictionary() { return bundled_dictionary(); }

TEST(DatelineDates, EveryForm) {
  const Extractor ex(dictionary());
  struct Case {
    const char* line;
    const char* city;
    int month, day;
  };
  const Case cases[] = {
      {"MOSCOW, September 20. /TASS/. Text", "MOSCOW", 9, 20},
      {"SOCHI, October 18. /TASS/. Text", "SOCHI", 10, 18},
      {"SALVADOR, Feb 26 - Text", "SALVADOR", 2, 26},
      {"ISTANBUL (AA) \xE2\x80\x93 Text", "ISTANBUL", 0, 0},
      {"LIMA (Sputnik) \xE2\x80\x94 Text", "LIMA", 0, 0},
      {"PORTLAND, Ore., Feb 26 - Text", "PORTLAND", 2, 26},
      {"ROCHESTER, N.Y., March 2 - Text", "ROCHESTER", 3, 2},
      {"RICHMOND, Va. Feb 26 - Text", "RICHMOND", 2, 26},
      {"CHEVY CHASE, Md., - March 4 - Text", "CHEVY CHASE", 3, 4},
      {"AMSTERDAM, 2 March - Text", "AMSTERDAM", 3, 2},
      {"New York, march 4 - Text", "New York", 3, 4},
      {"NEW YORK, Narch 2 - Text", "NEW YORK", 3, 2},
      {"RENO, Nev., Mach 4 - Text", "RENO", 3, 4},
      {"MONTREAL, Feb 26- Text", "MONTREAL", 2, 26},
      {"****LONDON, March 5 - Text", "LONDON", 3, 5},
      {"DALLAS/FORT WORTH, Texas, March 3 - Text", "DALLAS/FORT WORTH", 3, 3},
      {"CHICAGO, March 4, - Text", "CHICAGO", 3, 4},
      {"TOKYO, Dec. 16 (Kyodo) -- Text", "TOKYO", 12, 16},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.line);
    auto d = ex.parse_dateline(c.line, 0);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->city, c.city);
    EXPECT_EQ(d->month, c.month);
    EXPECT_EQ(d->day, c.day);
    EXPECT_EQ(std::string_view(c.line).substr(d->end), "Text");
  }
  for (const char* line : {"Putin said, March 4 - it was", "New York is big - really", "Caracas, Matches - x",
                           "MOSCOW, May 9 is a holiday"})
    EXPECT_FALSE(ex.parse_dateline(line, 0)) << line;
}

TEST(DatelineDates, LeapDayAndYearEndWithReference) {
  EXPECT_EQ(format_iso_date(*resolve_publication_date(with_dateline("X", 2, 29), iso("2021-06-01")).date), "2020-02-29");
  EXPECT_EQ(format_iso_date(*resolve_publication_date(with_dateline("X", 2, 29), iso("2020-02-28")).date), "2016-02-29");
  EXPECT_EQ(format_iso_date(*resolve_publication_date(with_dateline("X", 12, 31), iso("2024-01-01")).date), "2023-12-31");
  EXPECT_EQ(format_iso_date(*resolve_publication_date(with_dateline("X", 1, 1), iso("2023-12-31")).date), "2023-01-01");
}

// ---------------------------------------------------------------- weekdays

TEST(EventDate, WeekdaysAcrossMonthAndYearEnds) {
  // 2024-01-01 is a Monday: "on Friday" is 2023-12-29, "on Tuesday" the next day.
  auto fri = event("On Friday, the ministers met in Tokyo.", "met", iso("2024-01-01"));
  EXPECT_EQ(format_iso_date(*fri.date), "2023-12-29");
  auto tue = event("On Tuesday, the ministers met in Tokyo.", "met", iso("2024-01-01"));
  EXPECT_EQ(format_iso_date(*tue.date), "2024-01-02");
  // 2024-03-01 is a Friday, after a leap day: "on Thursday" is 2024-02-29.
  auto thu = event("On Thursday, the ministers met in Tokyo.", "met", iso("2024-03-01"));
  EXPECT_EQ(format_iso_date(*thu.date), "2024-02-29");
  // 2023-10-31 is a Tuesday: "on Wednesday" the next day, across the month end.
  auto wed = event("The ministers met on Wednesday in Tokyo.", "met", iso("2023-10-31"));
  EXPECT_EQ(format_iso_date(*wed.date), "2023-11-01");
}

TEST(EventDate, MonthAndYearGiveTheFirstDay) {
  auto e = event("Russia launched a war on Ukraine in February 2022.", "launched", iso("2024-06-05"));
  EXPECT_TRUE(e.historical);
  EXPECT_EQ(format_iso_date(*e.date), "2022-02-01");
}

TEST(EventDate, HistoricalFromTheRangeWhenUndated) {
  auto p = parse("At the 1945 Yalta Conference, the Soviet Union agreed to join the war.", "agreed");
  PublicationDate pub;
  pub.range = DateRange{iso("2024-06-05"), iso("2025-06-25")};
  auto e = date_event(p.sentence, p.verb, p.verb + 1, pub);
  EXPECT_TRUE(e.historical);
  EXPECT_EQ(year_of(*e.date), 1945);
}

// ---------------------------------------------------------------- text, meetings, boilerplate

struct Resolved {
  std::string text;
  Article article;
  std::vector<Sentence> sentences;
  PublicationDate p;
};

std::shared_ptr<const MeetingTable> meetings() {
  static auto t = [] {
    Diagnostics diags;
    auto m = load_meetings(std::string(DEMARCHE_SOURCE_DIR) + "/dictionaries/meetings.txt", diags);
    for (const auto& d : diags) ADD_FAILURE() << d.str();
    return m;
  }();
  return t;
}

Resolved resolve(std::string text, std::optional<Date> reference = std::nullopt, std::vector<DateClue> clues = {}) {
  Resolved r;
  r.text = std::move(text);
  const Extractor ex(dictionary());
  r.article = ex.extract(r.text);
  std::vector<Region> regions;
  for (const auto& s : r.article.article_text()) regions.push_back({s.begin, s.end});
  r.sentences = segment(r.text, regions);
  DateInputs in;
  in.text = r.text;
  in.sentences = &r.sentences;
  in.reference = reference;
  in.clues = std::move(clues);
  in.meetings = meetings().get();
  r.p = resolve_publication_date(r.article, in);
  return r;
}

TEST(MeetingsTable, LoadsCleanly) {
  ASSERT_TRUE(meetings());
  EXPECT_GE(meeting_series_count(*meetings()), 8u);
  Diagnostics diags;
  parse_meetings("Forum\n  since: 20x5\n  held: 2015-09-03..2015-09-01 Vladivostok\n  held: 2016-09-02 Vladivostok; plenary 2016-10-01\n",
                 "t.txt", diags);
  EXPECT_EQ(diags.size(), 4u);  // bad year, backwards range, plenary outside, no since
}

TEST(PublicationDate, MeetingWithItsDaysAndTheDateline) {
  auto r = resolve("Title line here\nMOSCOW, September 20. /TASS/. The two leaders last met at the Eastern Economic Forum "
                   "in Vladivostok on September 11-13.\n");
  // EEF 2018 (11-13) and 2023 (10-13) both hold those days: two candidates.
  ASSERT_TRUE(r.p.range);
  EXPECT_FALSE(r.p.date);
  EXPECT_EQ(format_iso_date(r.p.range->first), "2018-09-20");
  EXPECT_EQ(format_iso_date(r.p.range->last), "2023-09-20");
}

TEST(PublicationDate, DatelineAtAMeeting) {
  auto r = resolve("Title line here\nLIMA (Sputnik) \xE2\x80\x94 Putin spoke on the sidelines of the Asia-Pacific leaders' summit.\n"
                   "He met Prime Minister Shinzo Abe.\n",
                   std::nullopt,
                   {DateClue{{{iso("2006-09-26"), iso("2007-09-26")}, {iso("2012-12-26"), iso("2020-09-16")}},
                             "Shinzo Abe named as prime minister"}});
  ASSERT_TRUE(r.p.date) << r.p.basis;
  EXPECT_EQ(format_iso_date(*r.p.date), "2016-11-19");
  EXPECT_EQ(format_iso_date(r.p.range->last), "2016-11-21");
}

TEST(PublicationDate, SinceAndPastTense) {
  auto r = resolve("Title line here\nISTANBUL (AA) \xE2\x80\x93 Talks have stalled since February 2022. In 1956, the two "
                   "countries signed a declaration.\n");
  ASSERT_TRUE(r.p.range);
  EXPECT_EQ(format_iso_date(r.p.range->first), "2022-02-01");
  EXPECT_EQ(r.p.range->last.days, INT32_MAX);
  EXPECT_FALSE(r.p.date);
}

TEST(PublicationDate, WeekdayWithItsDay) {
  // Thursday, February 26: 1981, 1987, 1998, 2004, 2009, 2015, 2026 ... within ten days of one.
  auto r = resolve("Title line here\nTOKYO, Feb 27 - The ministers met on Thursday, February 26, and since 1985 the "
                   "talks have continued.\n");
  ASSERT_TRUE(r.p.range);
  EXPECT_EQ(format_iso_date(r.p.range->first), "1987-02-27");
}

TEST(PublicationDate, BoilerplateYearsCountForNothing) {
  const std::string text =
      "Russia, Japan Revive Ministerial Consultations\n"
      "\xC2\xA9 AFP 2023 / IVAN SEKRETAREV\n"
      "Subscribe\n"
      "LIMA (Sputnik) \xE2\x80\x94 Russia and Japan are again holding consultations, Putin said.\n"
      "\"We have brought back some instruments,\" Putin said.\n"
      "\xC2\xA9 Sputnik 2023\n";
  auto r = resolve(text);
  for (const auto& e : r.p.evidence) EXPECT_EQ(e.find("2023"), std::string::npos) << e;
  EXPECT_FALSE(r.p.date);
}

TEST(PublicationDate, NextMonthWithItsMonth) {
  auto r = resolve("Title line here\nLIMA (Sputnik) \xE2\x80\x94 Abe expects next month's visit in December to go well. "
                   "Talks have continued since 2015.\n");
  ASSERT_TRUE(r.p.range);
  bool november = false;
  for (const auto& e : r.p.evidence) november |= e.find("published in month 11") != std::string::npos;
  EXPECT_TRUE(november);
}

TEST(PublicationDate, SeedsWithoutReferenceDate) {
  const std::string dir = std::string(DEMARCHE_SHARED_DIR) + "/seeds";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << dir << " not present";
  const Pipeline pipeline(dictionary());
  std::vector<std::string> errors;
  std::map<std::string, PublicationDate> got;
  for (const auto& src : list_sources({dir}, errors)) got[src.id.substr(0, 3)] = pipeline.run_dates(read_document(src)).published;
  ASSERT_EQ(got.size(), 5u);
  EXPECT_EQ(format_iso_date(*got["000"].date), "2023-10-05");
  ASSERT_TRUE(got["001"].date);
  EXPECT_EQ(format_iso_date(*got["001"].date), "2018-10-18");
  ASSERT_TRUE(got["003"].date);
  EXPECT_EQ(format_iso_date(*got["003"].date), "2018-09-20");
  ASSERT_TRUE(got["004"].date);
  EXPECT_TRUE((DateRange{iso("2016-11-19"), iso("2016-11-21")}.contains(*got["004"].date)));
  ASSERT_TRUE(got["002"].range);
  EXPECT_TRUE(got["002"].range->contains(iso("2024-06-05")));
  EXPECT_GE(got["002"].range->first, iso("2023-12-14"));  // Hayashi chief cabinet secretary
  EXPECT_LE(got["002"].range->last, iso("2025-10-21"));
}

}  // namespace
}  // namespace demarche
