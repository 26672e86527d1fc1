// Quotations and reported speech: spans, cues, speakers, channels.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "dict/dictionary.h"
#include "pipeline/pipeline.h"
#include "read/read.h"

namespace {

using namespace demarche;

const Dictionary& dict() { return bundled_dictionary(); }

const Pipeline& pipeline() {
  static const Pipeline p(dict());
  return p;
}

struct Coded {
  std::string text;
  std::vector<Quote> quotes;
  std::string at(ByteRange r) const { return r.empty() ? "" : text.substr(r.begin, r.end - r.begin); }
};

// A body of paragraphs under a title line, as an article file reads.
Coded code(const std::string& body) {
  std::string text = "date 2023-10-05 A headline for the test\n\n" + body + "\n";
  auto r = pipeline().run(document_from_bytes("t.txt", "t.txt", text));
  return {r.doc.text, r.coded.quotes};
}

const Quote* by_cue(const Coded& c, const std::string& cue) {
  for (const auto& q : c.quotes)
    if (c.at(q.cue_at) == cue) return &q;
  return nullptr;
}

// The speaker as written of the statement with this cue ("(no such cue)" when there is none).
std::string speaker_of(const Coded& c, const std::string& cue) {
  const auto* q = by_cue(c, cue);
  return q ? q->speaker : "(no such cue)";
}

TEST(Quotes, DirectAfterQuote) {
  auto c = code("\"We are ready,\" Putin said.");
  ASSERT_EQ(c.quotes.size(), 1u);
  const auto& q = c.quotes[0];
  EXPECT_EQ(q.speaker, "Putin");
  EXPECT_EQ(q.speaker_name, "Vladimir Putin");
  EXPECT_EQ(q.cue, "said");
  EXPECT_EQ(q.text, "We are ready");
  EXPECT_TRUE(q.direct);
  EXPECT_EQ(c.at(q.content_at), "\"We are ready,\"");
}

TEST(Quotes, CurlyInvertedWithAppositive) {
  auto c = code("\xE2\x80\x9CIt is over,\xE2\x80\x9D said Hany Farid, a professor at Dartmouth College.");
  ASSERT_EQ(c.quotes.size(), 1u);
  EXPECT_EQ(c.at(c.quotes[0].speaker_at), "Hany Farid, a professor at Dartmouth College");
  EXPECT_EQ(c.quotes[0].speaker_name, "Hany Farid");
}

TEST(Quotes, DoubledApostrophes) {
  auto c = code("''I was shocked,'' Nega told me.");
  ASSERT_EQ(c.quotes.size(), 1u);
  EXPECT_EQ(c.quotes[0].speaker, "Nega");
  EXPECT_EQ(c.quotes[0].text, "I was shocked");
}

TEST(Quotes, ReportedThat) {
  auto c = code("Matsuno, the top government spokesman, said at a press conference in Tokyo that the priority is peace.");
  const auto* q = by_cue(c, "said");
  ASSERT_TRUE(q);
  EXPECT_EQ(c.at(q->speaker_at), "Matsuno, the top government spokesman,");
  EXPECT_EQ(q->speaker_name, "Hirokazu Matsuno");
  EXPECT_FALSE(q->direct);
  EXPECT_EQ(c.at(q->content_at), "that the priority is peace");
}

TEST(Quotes, ReportedBeforeCue) {
  auto c = code("Russia is ready to talk, President Vladimir Putin said, according to local media.");
  ASSERT_EQ(c.quotes.size(), 1u);
  const auto& q = c.quotes[0];
  EXPECT_EQ(q.speaker, "President Vladimir Putin");
  EXPECT_EQ(c.at(q.content_at), "Russia is ready to talk");
  EXPECT_EQ(q.via, "local media");
}

TEST(Quotes, AccordingTo) {
  auto c = code("According to the Guttmacher Institute, the number of clinics fell.");
  ASSERT_EQ(c.quotes.size(), 1u);
  EXPECT_EQ(c.quotes[0].speaker, "the Guttmacher Institute");
  EXPECT_EQ(c.at(c.quotes[0].content_at), "the number of clinics fell");
}

TEST(Quotes, PronounAndDescriptorResolve) {
  auto c = code("Putin spoke in Sochi on Thursday.\n\n\"We are ready,\" he added.\n\n\"It is Japan,\" the Russian leader "
                "pointed out.");
  ASSERT_EQ(c.quotes.size(), 2u);
  EXPECT_EQ(c.quotes[0].speaker_name, "Vladimir Putin");
  EXPECT_EQ(c.quotes[1].speaker_name, "Vladimir Putin");
  EXPECT_EQ(c.quotes[1].cue, "pointed out");
}

TEST(Quotes, ReportingChain) {
  auto c = code("\"It is good,\" Putin was quoted as saying by Russia's major news agency Tass.\n\n"
                "\"We are ready,\" Putin added, according to the news agency.");
  ASSERT_EQ(c.quotes.size(), 2u);
  EXPECT_EQ(c.quotes[0].cue, "was quoted as saying");
  EXPECT_EQ(c.quotes[0].via, "TASS");
  EXPECT_EQ(c.quotes[1].via, "TASS");
  EXPECT_EQ(c.quotes[1].speaker_name, "Vladimir Putin");
}

TEST(Quotes, AcrossParagraphs) {
  auto c = code("\"We later attended the tournament.\n\n\"There is no end in sight,\" Putin said.");
  ASSERT_EQ(c.quotes.size(), 1u);
  EXPECT_EQ(c.quotes[0].speaker, "Putin");
  EXPECT_NE(c.quotes[0].text.find("tournament"), std::string::npos);
  EXPECT_NE(c.quotes[0].text.find("no end in sight"), std::string::npos);
}

TEST(Quotes, NestedSingleQuotes) {
  auto c = code("\xE2\x80\x9CThey say \xE2\x80\x98no\xE2\x80\x99 to us,\xE2\x80\x9D Abe said.");
  ASSERT_EQ(c.quotes.size(), 1u);
  EXPECT_EQ(c.quotes[0].text, "They say \xE2\x80\x98no\xE2\x80\x99 to us");
  EXPECT_EQ(c.quotes[0].speaker_name, "Shinzo Abe");
}

TEST(Quotes, UnknownNameKeepsItsName) {
  auto c = code("Vladimir Putin's aide Yuri Ushakov said earlier the president would travel.");
  ASSERT_EQ(c.quotes.size(), 1u);
  EXPECT_EQ(c.quotes[0].speaker_name, "Yuri Ushakov");
}

// One attribution: the quote a sentence has under a cue, and who said what under it. Each case is a
// test of its own, Quotes/Attributions.SpeakerContentAndName/<name>; a field left null is not checked.
struct Attribution {
  const char* name;
  const char* sentence;
  const char* cue;                     // null: the first quote of the sentence, whatever its cue
  const char* speaker = nullptr;       // the speaker's span, as written
  const char* content = nullptr;       // the content's span
  const char* speaker_name = nullptr;  // the speaker resolved to a name
};

void PrintTo(const Attribution& a, std::ostream* os) { *os << a.name << ": " << a.sentence; }

const Attribution kAttributions[] = {
    {.name = "ParticipleTakesTheSubject",
     .sentence = "On Friday, Japanese Chief Cabinet Secretary Hirokazu Matsuno refrained from comment, saying "
                 "Tokyo will react \"accordingly\" to issues.",
     .cue = "saying",
     .content = "Tokyo will react \"accordingly\" to issues",
     .speaker_name = "Hirokazu Matsuno"},
    {.name = "SecondVerbOfTheSameSubject",
     .sentence = "Wilson praised the senator's record on defense and said the senator can bring change.",
     .cue = "said",
     .speaker = "Wilson",
     .content = "the senator can bring change"},
    {.name = "FirstVerbOfTheSameSubject",
     .sentence = "Wilson praised the senator's record on defense and said the senator can bring change.",
     .cue = "praised",
     .content = "the senator's record on defense"},
    {.name = "SpeakerBeforeAColon",
     .sentence = "Graham: The rhetoric is destroying the party's chances.",
     .cue = ":",
     .speaker = "Graham",
     .content = "The rhetoric is destroying the party's chances"},
    {.name = "TitleCaseHeadlineCue",
     .sentence = "Ben Carson Slams The Media In One Answer.",
     .cue = "Slams",
     .speaker = "Ben Carson"},
    {.name = "SpeakersJoinedByAnd",
     .sentence = "Teachers and union officials say the plan is unfair.",
     .cue = nullptr,
     .speaker = "Teachers and union officials"},
    {.name = "AsideBetweenCommasIsNoAppositive",
     .sentence = "Clinton, clearly frustrated, said the debate was over.",
     .cue = nullptr,
     .speaker = "Clinton"},
    {.name = "AppositiveOpeningTheSentence",
     .sentence = "Cory James, 22, of Flint, Mich., said he had not given up hope.",
     .cue = nullptr,
     .speaker = "Cory James, 22, of Flint, Mich.,"},
    {.name = "SharesOfAGroupSpeak",
     .sentence = "In the survey, 52 percent of registered voters said the economy was the top issue.",
     .cue = nullptr,
     .speaker = "52 percent of registered voters"},
    {.name = "ProgressiveCue",
     .sentence = "Former Gov. George Pataki is endorsing John Kasich.",
     .cue = "is endorsing",
     .speaker = "Former Gov. George Pataki"},
    {.name = "PossessorOfANominalCue",
     .sentence = "She contrasted her record with Mr. Obama's calls for tighter gun control.",
     .cue = "calls for",
     .speaker = "Mr. Obama's",
     .content = "tighter gun control"},
    {.name = "OpeningMarkUsedToClose",
     .sentence = "\xE2\x80\x9C" "Apparently not," "\xE2\x80\x9C" " he said.",
     .cue = "said",
     .speaker = "he"},
    {.name = "LowercasePluralSpeaks",
     .sentence = "If spending does not slow down, forecasters say the costs will cripple the economy.",
     .cue = "say",
     .speaker = "forecasters"},
    {.name = "PartOfAGroupSpeaks",
     .sentence = "But some of her followers questioned the decision.",
     .cue = "questioned",
     .speaker = "some of her followers"},
    {.name = "CountOfAGroupSpeaks",
     .sentence = "About six in 10 voters say the economy matters most.",
     .cue = "say",
     .speaker = "About six in 10 voters"},
    {.name = "ThingFromAGroupSpeaks",
     .sentence = "A report from the committee said the program failed.",
     .cue = "said",
     .speaker = "A report from the committee"},
    {.name = "StanceVerbs",
     .sentence = "Most Republicans oppose the deal, while Democrats prefer a vote in the fall.",
     .cue = "oppose",
     .speaker = "Most Republicans"},
    {.name = "SecondStanceVerb",
     .sentence = "Most Republicans oppose the deal, while Democrats prefer a vote in the fall.",
     .cue = "prefer",
     .speaker = "Democrats"},
    {.name = "ParticipleWithItsOwnSubject",
     .sentence = "The poll split the party, with three in 10 voters saying they would stay home.",
     .cue = "saying",
     .speaker = "three in 10 voters",
     .content = "they would stay home"},
    {.name = "AgeIsAnAppositive",
     .sentence = "Jim Bennett, 57, told reporters he was done.",
     .cue = "told",
     .speaker = "Jim Bennett, 57,",
     .speaker_name = "Jim Bennett"},
    {.name = "IncludingIsAnAppositive",
     .sentence = "Other Republican candidates, including Carly Fiorina and Ben Carson, said the deal was bad.",
     .cue = "said",
     .speaker = "Other Republican candidates, including Carly Fiorina and Ben Carson,"},
    // A lone word that is no number stays an aside.
    {.name = "LoneWordIsAnAside",
     .sentence = "Clinton, however, said the debate was over.",
     .cue = nullptr,
     .speaker = "Clinton"},
};

class Attributions : public testing::TestWithParam<Attribution> {};

TEST_P(Attributions, SpeakerContentAndName) {
  const auto& a = GetParam();
  auto c = code(a.sentence);
  const Quote* q = nullptr;
  if (a.cue) {
    q = by_cue(c, a.cue);
  } else if (!c.quotes.empty()) {
    q = &c.quotes[0];
  }
  ASSERT_NE(q, nullptr) << "no quote under cue " << (a.cue ? a.cue : "(any)");
  if (a.speaker) {
    EXPECT_EQ(c.at(q->speaker_at), a.speaker);
  }
  if (a.content) {
    EXPECT_EQ(c.at(q->content_at), a.content);
  }
  if (a.speaker_name) {
    EXPECT_EQ(q->speaker_name, a.speaker_name);
  }
}

INSTANTIATE_TEST_SUITE_P(Quotes, Attributions, testing::ValuesIn(kAttributions),
                         [](const testing::TestParamInfo<Attribution>& i) { return std::string(i.param.name); });

TEST(Quotes, GroupThatDoesNotOpenTheClauseStaysOut) {
  // "lost the report of | the committee officials say": the longer phrase would not open its clause.
  auto c = code("He lost the report of the committee officials say was leaked.");
  const auto* q = by_cue(c, "say");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(c.at(q->speaker_at).find("report"), std::string::npos) << c.at(q->speaker_at);
}

// A statement's speaker, once resolved, is the source of the event its cue codes.
TEST(QuoteEvents, SpeakerIsTheSourceOfItsCue) {
  const std::string text = "date 2023-10-05 A headline for the test\n\nPutin spoke in Sochi on Thursday.\n\n"
                           "\"We are ready,\" he said, accusing Japan of provocations.\n";
  auto r = pipeline().run(document_from_bytes("t.txt", "t.txt", text));
  bool found = false;
  for (const auto& e : r.coded.events)
    if (e.source == "RUSGOV" && e.target.rfind("JPN", 0) == 0) found = true;
  EXPECT_TRUE(found) << "no RUSGOV -> JPN event from 'he said, accusing Japan'";
}

}  // namespace

// The seed articles: every quotation and statement attributed to the right person.
namespace {

std::vector<Quote> seed_quotes(const std::string& file, std::string& text) {
  const auto path = std::string(DEMARCHE_SHARED_DIR) + "/seeds/" + file;
  auto r = pipeline().run(read_document({file, path}));
  text = r.doc.text;
  return r.coded.quotes;
}

bool shared_seeds() { return std::filesystem::is_directory(std::string(DEMARCHE_SHARED_DIR) + "/seeds"); }

// Who said the quote whose content contains `words`.
std::string who_said(const std::vector<Quote>& qs, const std::string& text, const std::string& words) {
  for (const auto& q : qs)
    if (!q.content_at.empty() && text.substr(q.content_at.begin, q.content_at.end - q.content_at.begin).find(words) !=
                                     std::string::npos)
      return q.speaker_name;
  return "(not found)";
}

TEST(QuotesSeeds, EveryStatementHasItsSpeaker) {
  if (!shared_seeds()) GTEST_SKIP() << "../shared/seeds not present (only beside the repo on project machines)";
  struct Case {
    const char* file;
    const char* words;
    const char* who;
  };
  const Case cases[] = {
      {"000_45dc59da7e911ac7.txt", "Russia is ready to accept Japan's potential offer", "Vladimir Putin"},
      {"000_45dc59da7e911ac7.txt", "it is Japan that closed the window", "Vladimir Putin"},
      {"000_45dc59da7e911ac7.txt", "If you think that the time has come", "Vladimir Putin"},
      {"000_45dc59da7e911ac7.txt", "You asked me if we are ready", "Vladimir Putin"},
      {"000_45dc59da7e911ac7.txt", "Tokyo will react", "Hirokazu Matsuno"},
      {"000_45dc59da7e911ac7.txt", "the priority is to force Russia", "Hirokazu Matsuno"},
      {"001_d2dc41fddc665125.txt", "We later attended the youth judo tournament", "Vladimir Putin"},
      {"001_d2dc41fddc665125.txt", "Moscow had never suggested giving up", "Vladimir Putin"},
      {"001_d2dc41fddc665125.txt", "For our part, we create", "Vladimir Putin"},
      {"001_d2dc41fddc665125.txt", "Russia is ready to continue this dialogue", "Vladimir Putin"},
      {"001_d2dc41fddc665125.txt", "We are talking about enhancing confidence", "Vladimir Putin"},
      {"001_d2dc41fddc665125.txt", "That\xE2\x80\x99s a good idea", "Vladimir Putin"},
      {"001_d2dc41fddc665125.txt", "it is impossible to sign a peace treaty", "Shinzo Abe"},
      {"002_20236fc4606c5da5.txt", "Everything that has been done", "Vladimir Putin"},
      {"002_20236fc4606c5da5.txt", "not refusing to engage in such a dialogue", "Vladimir Putin"},
      {"002_20236fc4606c5da5.txt", "there was no such immediate plan", "Vladimir Putin"},
      {"002_20236fc4606c5da5.txt", "unfair and totally unacceptable", "Yoshimasa Hayashi"},
      {"002_20236fc4606c5da5.txt", "amounts to shifting responsibility", "Yoshimasa Hayashi"},
      {"002_20236fc4606c5da5.txt", "continue to uphold its policy", "Yoshimasa Hayashi"},
      {"003_fc959ac4068dacd9.txt", "Our recent meeting in Vladivostok", "Vladimir Putin"},
      {"003_fc959ac4068dacd9.txt", "The election results demonstrate", "Vladimir Putin"},
      {"004_80288d0873453405.txt", "We have brought back some cooperation", "Vladimir Putin"},
      {"004_80288d0873453405.txt", "We also continue active work", "Vladimir Putin"},
      {"004_80288d0873453405.txt", "I look forward to", "Shinzo Abe"},
      {"004_80288d0873453405.txt", "Putin would be given a warm reception", "Shinzo Abe"},
      {"004_80288d0873453405.txt", "political dialogue between", "Shinzo Abe"},
      {"004_80288d0873453405.txt", "I expect today", "Shinzo Abe"},
  };
  for (const auto& c : cases) {
    std::string text;
    const auto qs = seed_quotes(c.file, text);
    EXPECT_EQ(who_said(qs, text, c.words), c.who) << c.file << ": " << c.words;
  }
}

TEST(Quotes, StatementInsideAnotherContent) {
  // A clause with a speaker and a cue of its own, after "as" inside an earlier content.
  auto c = code("Sanders accused Clinton of being too close to the banks at the debate, as Clinton told reporters "
                "that the charge was false and unfair to her.");
  EXPECT_EQ(speaker_of(c, "told"), "Clinton");
  const auto* accused = by_cue(c, "accused");
  ASSERT_NE(accused, nullptr);
  EXPECT_EQ(c.at(accused->content_at), "Clinton of being too close to the banks at the debate");
}

TEST(Quotes, ModalsAndAdverbsBelongToTheCue) {
  auto c = code("Cruz and Rubio have both urged the mogul to release the tapes. Clinton repeatedly emphasizes that "
                "she is a proud Democrat.");
  EXPECT_EQ(speaker_of(c, "have both urged"), "Cruz and Rubio");
  EXPECT_EQ(speaker_of(c, "repeatedly emphasizes"), "Clinton");
}

TEST(Quotes, PassiveWithAgent) {
  auto c = code("The new tax plan was sharply criticized by the state party on Tuesday. Many Democrats would be "
                "asking him to step aside.");
  const auto* crit = by_cue(c, "was sharply criticized");
  ASSERT_NE(crit, nullptr);
  EXPECT_EQ(crit->speaker, "the state party");
  EXPECT_EQ(c.at(crit->content_at), "The new tax plan");
  EXPECT_EQ(speaker_of(c, "would be asking"), "Many Democrats");
}

TEST(Quotes, StanceAdjectiveAfterBe) {
  auto c = code("Most Republicans are skeptical of the deal. Mr. Cruz fired back at the senator on Sunday.");
  EXPECT_EQ(speaker_of(c, "are skeptical of"), "Most Republicans");
  EXPECT_EQ(speaker_of(c, "fired back at"), "Mr. Cruz");
}

TEST(Quotes, RelativeClauseWithItsOwnCueIsNoPartOfTheSpeaker) {
  auto c = code("Barkley, who said he usually votes for Democrats, told reporters that the race was close. Ramos, who "
                "lives in Miami, told reporters that the race was over.");
  ASSERT_EQ(c.quotes.size(), 3u);
  EXPECT_EQ(c.at(c.quotes[0].speaker_at), "who");
  EXPECT_EQ(c.at(c.quotes[1].speaker_at), "Barkley");
  EXPECT_EQ(c.quotes[2].speaker, "Ramos, who lives in Miami");
}

TEST(Quotes, FindingOfAPoll) {
  auto c = code("Trump took 40 percent of the vote in a new Fox News poll released Thursday. Trump leads in the polls.");
  ASSERT_EQ(c.quotes.size(), 1u);
  EXPECT_EQ(c.quotes[0].speaker, "a new Fox News poll released Thursday");
  EXPECT_EQ(c.quotes[0].cue, "in");
}

TEST(QuotesSeeds, ChannelsAreNamed) {
  if (!shared_seeds()) GTEST_SKIP() << "../shared/seeds not present";
  std::string text;
  const auto qs = seed_quotes("000_45dc59da7e911ac7.txt", text);
  int tass = 0;
  for (const auto& q : qs) tass += q.via == "TASS";
  EXPECT_EQ(tass, 2);  // "quoted as saying by ... Tass", "according to the news agency"
}

}  // namespace

TEST(Quotes, ProgressiveFormOfACueInIng) {
  auto c = code("The senator was talking about the new wall on the border.");
  EXPECT_EQ(speaker_of(c, "was talking about"), "The senator");
}

TEST(Quotes, InvertedAppositiveKeepsItsClosingCommaBeforeAClause) {
  auto c = code("\"We will not give up,\" said Jack Molloy, a spokesman for the federation, which represents farmers.");
  const auto* q = by_cue(c, "said");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(c.at(q->speaker_at), "Jack Molloy, a spokesman for the federation,");
}

TEST(Quotes, SentenceFinalRelativeClauseClaimsNoContent) {
  auto c = code("The party agrees only on its opposition to anything the mayor wants.");
  EXPECT_EQ(speaker_of(c, "agrees"), "The party");
}

TEST(Quotes, CoordinatedSpeakers) {
  auto c = code("Both the senator and her staff say that the plan is dead. Kemal and Aylin Demir, the owners of a "
                "bakery in town, told reporters that sales had fallen.");
  EXPECT_EQ(speaker_of(c, "say"), "Both the senator and her staff");
  EXPECT_EQ(speaker_of(c, "told"), "Kemal and Aylin Demir, the owners of a bakery in town");
}

TEST(Quotes, CueByItsShapeBeforeThatOrAColonAndAQuotation) {
  auto c = code("Walter Hartley figured that the merger was a mistake. The mayor resisted: \"We do not have the money.\" "
                "Their smug assurances that he would lose were wrong. It appears that the vote was close.");
  EXPECT_EQ(speaker_of(c, "figured"), "Walter Hartley");
  EXPECT_EQ(speaker_of(c, "resisted:"), "The mayor");
  EXPECT_EQ(by_cue(c, "assurances"), nullptr);
  EXPECT_EQ(by_cue(c, "appears"), nullptr);
}

TEST(Quotes, SpeakerPhrasesWithNumbersDeterminersAndGroups) {
  auto c = code("The two camps agreed that the rules should change. In the caucuses, 34,000 people said they liked the "
                "plan. Yet, a 2014 study by Harvard and the University of California at Davis found that children did better.");
  EXPECT_EQ(speaker_of(c, "agreed"), "The two camps");
  EXPECT_EQ(speaker_of(c, "said"), "34,000 people");
  EXPECT_EQ(speaker_of(c, "found"), "a 2014 study by Harvard and the University of California at Davis");
}

TEST(Quotes, PluralAndTradeDescriptors) {
  auto c = code("An economist at the bank said that rates would rise. A columnist for the paper argued that the "
                "mayor should resign.");
  EXPECT_EQ(speaker_of(c, "said"), "An economist at the bank");
  EXPECT_EQ(speaker_of(c, "argued"), "A columnist for the paper");
}

TEST(Quotes, DashAfterAQuotationNamesItsSpeaker) {
  auto c = code("\xE2\x80\x9CHe does not speak for our town.\xE2\x80\x9D \xE2\x80\x95 Maria Lopez\n\n"
                "\"Half of the new jobs went to the top earners.\"\n\n- Dana Whitfield.\n\n"
                "He called the debate \"a circus\" - a word his rivals used too.");
  const auto* q = by_cue(c, "\xE2\x80\x95");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Maria Lopez");
  EXPECT_EQ(q->text, "He does not speak for our town.");
  q = by_cue(c, "-");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Dana Whitfield");
  EXPECT_EQ(q->text, "Half of the new jobs went to the top earners.");
  EXPECT_EQ(c.quotes.size(), 3u);  // the last dash opens an aside
}

TEST(Quotes, InvertedSpeakerNounWithItsPlace) {
  auto c = code("\"The plan has no goal,\" said one Democratic source in the room.");
  EXPECT_EQ(speaker_of(c, "said"), "one Democratic source in the room");
}

TEST(Quotes, VerbsOfSayingInAManner) {
  auto c = code("\"It is a farce,\" retorted the mayor. The senator likened the new rules to a trap. \"We are "
                "done,\" the treasurer whispered.");
  EXPECT_EQ(speaker_of(c, "retorted"), "the mayor");
  EXPECT_EQ(speaker_of(c, "likened"), "The senator");
  EXPECT_EQ(speaker_of(c, "whispered"), "the treasurer");
  c = code("The governor bemoans the cuts in the budget. Her opponent touts his record on schools.");
  EXPECT_EQ(speaker_of(c, "bemoans"), "The governor");
  EXPECT_EQ(speaker_of(c, "touts"), "Her opponent");
}

TEST(Quotes, StatementAfterThoughIsItsOwn) {
  auto c = code("The mayor criticized the press, though he added that the coverage had helped him.");
  EXPECT_EQ(speaker_of(c, "criticized"), "The mayor");
  EXPECT_EQ(speaker_of(c, "added"), "he");
}

TEST(Quotes, StatementAfterAndIsItsOwn) {
  auto c = code("The unions praised the deal and the bankers warned that it would fail.");
  EXPECT_EQ(speaker_of(c, "praised"), "The unions");
  EXPECT_EQ(speaker_of(c, "warned"), "the bankers");
}

TEST(Quotes, ColonAfterPageFurnitureIsNoStatement) {
  auto c = code("Q: Is the bill dead in the Senate?\n\nGood news: the answers will surprise you.\n\n"
                "Graham: Trump's rhetoric is destroying the party.");
  ASSERT_EQ(c.quotes.size(), 1u);
  EXPECT_EQ(c.quotes[0].speaker, "Graham");
}
