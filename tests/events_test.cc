// Event coding on short made-up articles: one construction per test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dict/dictionary.h"
#include "pipeline/pipeline.h"
#include "read/read.h"

namespace {

using namespace demarche;

// "SRC->TGT ROOT" for every coded event that is not negated, in text order.
std::vector<std::string> events(const std::string& body) {
  static const Pipeline p(bundled_dictionary());
  const auto r = p.run(document_from_bytes("t.txt", "t.txt", "date 2023-10-05 A headline for the test\n\n" + body + "\n"));
  std::vector<std::string> out;
  for (const auto& e : r.coded.events)
    if (!e.negated) out.push_back(e.source.substr(0, 3) + "->" + e.target.substr(0, 3) + " " + e.code.substr(0, 2));
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

TEST(Events, TheNorthAfterNorthKoreaIsNamed) {
  EXPECT_TRUE(has(events("North Korea fired a missile on Monday. Seoul condemned the North on Tuesday."), "KOR->PRK 11"));
  // Before any Korea is named, "the North" is no country.
  EXPECT_FALSE(has(events("Seoul condemned the North on Tuesday."), "KOR->PRK 11"));
}

TEST(Events, ActNamedInThePreviousSentence) {
  const auto e = events("Russia proposed talks without preconditions on Monday. Tokyo rejected that idea.");
  EXPECT_TRUE(has(e, "JPN->RUS 12"));
  // The answering side's own actor named first is passed over; the verb's pattern may run past the object.
  EXPECT_TRUE(has(events("Asked whether he considered Xi Jinping a rival, Joe Biden said he did. "
                         "China's Foreign Ministry called the remark irresponsible."),
                  "CHN->USA 11"));
  // A cooperative reply to a plain object borrows nothing.
  EXPECT_FALSE(has(events("Russia held drills on Monday. Tokyo condemned the weather."), "JPN->RUS 11"));
}

TEST(Events, ResolutionsNameNoTarget) {
  const auto e = events("Japan condemned the test as a violation of United Nations Security Council resolutions.");
  EXPECT_FALSE(has(e, "JPN->IGO 11"));
}

TEST(Events, PronounAfterButIsTheSentenceSubject) {
  const auto e = events("Xi Jinping told Joe Biden that trade mattered, but he warned Washington to stop arming Taiwan.");
  EXPECT_TRUE(has(e, "CHN->USA 10"));
  EXPECT_FALSE(has(e, "USA->TWN 10"));
}

TEST(Events, PronounReportedAfterThatIsTheSpeaker) {
  const auto e = events("Recep Tayyip Erdogan told reporters that Vladimir Putin wanted a deal and that he would "
                        "discuss the matter with the Russian leader.");
  EXPECT_TRUE(has(e, "TUR->RUS 03"));
  EXPECT_FALSE(has(e, "RUS->TUR 03"));
}

TEST(Events, AMeetingStillToComeIsAnIntentToMeet) {
  EXPECT_TRUE(has(events("Japan will discuss the matter with Russia next week."), "JPN->RUS 03"));
  EXPECT_FALSE(has(events("Japan will discuss the matter with Russia next week."), "JPN->RUS 04"));
  EXPECT_TRUE(has(events("Japan discussed the matter with Russia on Monday."), "JPN->RUS 04"));
}

TEST(Events, AirspaceIncursionShowsForce) {
  const auto e = events("Japan protested an incursion by a Russian aircraft into Japanese airspace.");
  EXPECT_FALSE(has(e, "RUS->JPN 19"));
  EXPECT_TRUE(has(events("Russian troops made an incursion into Ukraine on Monday."), "RUS->UKR 19"));
}

TEST(Events, ImportFiguresAreNoEvent) {
  EXPECT_FALSE(has(events("Japan cut imports from Russia by half last year."), "JPN->RUS 06"));
  EXPECT_TRUE(has(events("Japan imported from Russia more gas than ever."), "JPN->RUS 06"));
}

TEST(Events, AnAgreementSignedWithAPartnerIsSignedByBoth) {
  const auto e = events("Russia signed an agreement with Turkey on Friday.");
  EXPECT_TRUE(has(e, "RUS->TUR 05"));
  EXPECT_TRUE(has(e, "TUR->RUS 05"));
  // Condemning is not mutual.
  EXPECT_FALSE(has(events("Russia condemned an agreement with Turkey on Friday."), "TUR->RUS 11"));
}

TEST(Events, TalksWithAPartnerAreBothSides) {
  const auto e = events("Russia held talks with Turkey on Friday.");
  EXPECT_TRUE(has(e, "RUS->TUR 04"));
  EXPECT_TRUE(has(e, "TUR->RUS 04"));
  // An intent to meet is one side's own.
  EXPECT_FALSE(has(events("Russia will hold talks with Turkey next week."), "TUR->RUS 03"));
  // A visit is not mirrored as a visit.
  EXPECT_FALSE(has(events("Russia paid a visit to Turkey on Friday."), "TUR->RUS 04"));
}

TEST(Events, ActsOfAStateGoneBeforePublicationAreHistory) {
  static const Pipeline p(bundled_dictionary());
  const auto r = p.run(document_from_bytes(
      "t.txt", "t.txt", "date 2023-10-05 A headline\n\nJapan expelled Soviet diplomats. Japan expelled Russian diplomats.\n"));
  ASSERT_EQ(r.coded.events.size(), 2u);
  EXPECT_EQ(r.coded.events[0].target.substr(0, 3), "USR");
  EXPECT_TRUE(r.event_dates[0].historical);
  EXPECT_FALSE(r.event_dates[1].historical);
}

}  // namespace
