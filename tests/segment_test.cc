// Stage 3: sentences and word tokens.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "segment/segment.h"

namespace demarche {
namespace {

std::vector<std::string> sentence_texts(std::string_view text, const std::vector<Sentence>& ss) {
  std::vector<std::string> out;
  for (const auto& s : ss) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

std::vector<std::string> sentences_of(std::string_view text) {
  return sentence_texts(text, segment(text, {Region{0, static_cast<uint32_t>(text.size())}}));
}

std::vector<std::string> norms(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const auto& t : tokens) out.push_back(t.norm);
  return out;
}

std::vector<std::string> norms_of(std::string_view text) {
  return norms(tokenize(text, 0, static_cast<uint32_t>(text.size())));
}

using Strings = std::vector<std::string>;

TEST(Segment, MiddleInitialsDoNotEndASentence) {
  const std::string text = "Roberta A. Smith of the union said talks would resume. Kevin D. Williams agreed.";
  const auto s = demarche::segment(text, {{0, static_cast<uint32_t>(text.size())}});
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(text.substr(s[1].begin, s[1].end - s[1].begin), "Kevin D. Williams agreed.");
}

TEST(Segment, TitlesDoNotEndSentences) {
  EXPECT_EQ(sentences_of("Mr. Abe met Gen. Gerasimov in St. Petersburg. Then he left."),
            (Strings{"Mr. Abe met Gen. Gerasimov in St. Petersburg.", "Then he left."}));
}

TEST(Segment, DottedAbbreviationBeforeLowerCase) {
  EXPECT_EQ(sentences_of("The U.S. and Japan agreed. China did not."),
            (Strings{"The U.S. and Japan agreed.", "China did not."}));
}

TEST(Segment, MonthAbbreviationBeforeDay) {
  EXPECT_EQ(sentences_of("It happened on Jan. 5 in Tokyo. Next."),
            (Strings{"It happened on Jan. 5 in Tokyo.", "Next."}));
}

TEST(Segment, OrdinarySentences) {
  EXPECT_EQ(sentences_of("Putin met Abe. They talked for an hour! Was it useful? Nobody knows."),
            (Strings{"Putin met Abe.", "They talked for an hour!", "Was it useful?", "Nobody knows."}));
}

TEST(Segment, RegionsAreNotCrossedAndOffsetsPointAtTheRightBytes) {
  const std::string text = "Title line\nPutin met Abe in Sochi. They talked.\n  Lavrov agreed.\n";
  const auto p1 = static_cast<uint32_t>(text.find("Putin"));
  const auto p1_end = static_cast<uint32_t>(text.find("talked.") + 7);
  const auto p2 = static_cast<uint32_t>(text.find("Lavrov"));
  const auto p2_end = static_cast<uint32_t>(text.find("agreed.") + 7);
  auto ss = segment(text, {Region{p1, p1_end}, Region{p2, p2_end}});
  ASSERT_EQ(ss.size(), 3u);
  EXPECT_EQ(ss[0].begin, p1);
  EXPECT_EQ(ss[0].end, static_cast<uint32_t>(text.find("Sochi.") + 6));
  EXPECT_EQ(ss[1].begin, static_cast<uint32_t>(text.find("They")));
  EXPECT_EQ(ss[1].end, p1_end);
  EXPECT_EQ(ss[2].begin, p2);
  EXPECT_EQ(ss[2].end, p2_end);
  EXPECT_EQ(ss[0].paragraph, 0u);
  EXPECT_EQ(ss[1].paragraph, 0u);
  EXPECT_EQ(ss[2].paragraph, 1u);
  EXPECT_EQ(sentence_texts(text, ss), (Strings{"Putin met Abe in Sochi.", "They talked.", "Lavrov agreed."}));
  // Each token's offsets point at its own bytes.
  for (const auto& s : ss) {
    for (const auto& t : s.tokens) {
      EXPECT_GE(t.begin, s.begin);
      EXPECT_LE(t.end, s.end);
    }
  }
  ASSERT_FALSE(ss[0].tokens.empty());
  EXPECT_EQ(text.substr(ss[0].tokens[3].begin, ss[0].tokens[3].end - ss[0].tokens[3].begin), "in");
  EXPECT_EQ(ss[0].tokens.back().norm, ".");
  EXPECT_EQ(ss[0].tokens.back().begin, static_cast<uint32_t>(text.find("Sochi.") + 5));
}

TEST(Segment, TwoRegionsWithAbbreviationsAtTheEdge) {
  // A title abbreviation at the end of one region must not pull the next region's sentence in.
  const std::string text = "He met Gen.\nGerasimov arrived.";
  auto ss = segment(text, {Region{0, 11}, Region{12, static_cast<uint32_t>(text.size())}});
  EXPECT_EQ(sentence_texts(text, ss), (Strings{"He met Gen.", "Gerasimov arrived."}));
}

TEST(Segment, OverlongSentenceIsKeptButNotTokenised) {
  std::string text;
  while (text.size() < 30000) text += "word ";
  ASSERT_EQ(text.size(), 30000u);
  auto ss = segment(text, {Region{0, static_cast<uint32_t>(text.size())}});
  ASSERT_EQ(ss.size(), 1u);
  EXPECT_TRUE(ss[0].too_long);
  EXPECT_TRUE(ss[0].tokens.empty());
  EXPECT_EQ(ss[0].begin, 0u);
  EXPECT_GT(ss[0].end - ss[0].begin, kMaxSentenceBytes);
}

TEST(Segment, EmptyAndBlankRegions) {
  const std::string text = "   \n  ";
  EXPECT_TRUE(segment(text, {Region{0, static_cast<uint32_t>(text.size())}}).empty());
  EXPECT_TRUE(segment(text, {Region{3, 3}}).empty());
}

TEST(Tokenize, PossessivesAreSplit) {
  EXPECT_EQ(norms_of("Japan's position"), (Strings{"japan", "'s", "position"}));
  EXPECT_EQ(norms_of("Japan\xE2\x80\x99s position"), (Strings{"japan", "'s", "position"}));
  EXPECT_EQ(norms_of("the Kurils\xE2\x80\x99 sovereignty"), (Strings{"the", "kurils", "'", "sovereignty"}));
  EXPECT_EQ(norms_of("it's"), (Strings{"it", "'s"}));

  const std::string text = "Japan\xE2\x80\x99s";
  auto t = tokenize(text, 0, static_cast<uint32_t>(text.size()));
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].begin, 0u);
  EXPECT_EQ(t[0].end, 5u);
  EXPECT_TRUE(t[0].word);
  EXPECT_TRUE(t[0].upper);
  EXPECT_EQ(t[1].begin, 5u);
  EXPECT_EQ(t[1].end, static_cast<uint32_t>(text.size()));
  EXPECT_FALSE(t[1].word);
}

TEST(Tokenize, DottedAbbreviationsAndTitles) {
  const std::string text = "The U.S. and Gen. Gerasimov met Mr. Abe.";
  auto t = tokenize(text, 0, static_cast<uint32_t>(text.size()));
  EXPECT_EQ(norms(t), (Strings{"the", "u.s.", "and", "gen.", "gerasimov", "met", "mr.", "abe", "."}));
  ASSERT_EQ(t.size(), 9u);
  EXPECT_TRUE(t[1].upper);
  EXPECT_TRUE(t[1].word);
  EXPECT_EQ(text.substr(t[1].begin, t[1].end - t[1].begin), "U.S.");
  EXPECT_FALSE(t[2].upper);
  EXPECT_TRUE(t[0].upper);
  EXPECT_FALSE(t[8].word);
  EXPECT_FALSE(t[8].upper);
}

TEST(Tokenize, HyphensNumbersAndPunctuation) {
  EXPECT_EQ(norms_of("anti-Russian sanctions, 70 years \"now\""),
            (Strings{"anti-russian", "sanctions", ",", "70", "years", "\"", "now", "\""}));
  EXPECT_EQ(norms_of("September 11-13."), (Strings{"september", "11-13", "."}));
  EXPECT_EQ(norms_of("AT&T rose"), (Strings{"at&t", "rose"}));
}

TEST(Tokenize, RespectsTheRange) {
  const std::string text = "Putin met Abe in Sochi.";
  const auto b = static_cast<uint32_t>(text.find("met"));
  const auto e = static_cast<uint32_t>(text.find(" in"));
  auto t = tokenize(text, b, e);
  EXPECT_EQ(norms(t), (Strings{"met", "abe"}));
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].begin, b);
  EXPECT_EQ(t[1].end, e);
}

TEST(Tokenize, NonLatinAndNoBreakSpace) {
  EXPECT_EQ(norms_of("Путин\xC2\xA0встретился"), (Strings{"путин", "встретился"}));
  const std::string text = "\xC2\xA0Putin";
  auto t = tokenize(text, 0, static_cast<uint32_t>(text.size()));
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].begin, 2u);
  EXPECT_TRUE(t[0].upper);
}

TEST(Tokenize, TitleAbbreviations) {
  EXPECT_TRUE(is_title_abbreviation("mr"));
  EXPECT_TRUE(is_title_abbreviation("gen"));
  EXPECT_TRUE(is_title_abbreviation("st"));
  EXPECT_FALSE(is_title_abbreviation("abe"));
  EXPECT_FALSE(is_title_abbreviation("Mr"));  // callers pass folded text
}

}  // namespace
}  // namespace demarche
