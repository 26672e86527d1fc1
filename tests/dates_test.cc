// Dates of articles (publication) and of the events they report.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>

#include "base/civil_date.h"
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

}  // namespace
}  // namespace demarche
