// TABARI compatibility mode: dictionary readers, options, records and the coding rules, on
// small dictionaries written here (TABARI's own files are only read by tests/cli/tabari.sh).
#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <thread>

#include "tabari/tabari.h"

using namespace demarche::tabari;

namespace {

std::set<std::string> events_of(const Result& r) {
  std::set<std::string> s;
  for (const auto& e : r.events) s.insert(e.source + "/" + e.target + "/" + e.code);
  return s;
}

Record rec(std::string date, std::string text) {
  Record r;
  r.date = std::move(date);
  r.id = "T-1";
  r.text = std::move(text);
  return r;
}

const char* kActors =
    "<NOUN>\n"
    "SHEEP\n"
    "GOATS\n"
    "</NOUN>\n"
    "<ADJECTIVE>\n"
    "LAZY\n"
    "</ADJECTIVE>\n"
    "NORTHLAND_ [NTH]\n"
    "SOUTHLAND [STH] ; a stem: SOUTHLANDER matches\n"
    "EASTMARCH [EST]\n"
    "WESTWOOD_ [WST]\n"
    "OLD_GUARD_ [---]\n"
    "TWIN_CITIES_ [TCA/TCB]\n"
    "KING_ALDO\n"
    "+ALDO_THE_GREAT_\n"
    "\t[NTHGOV < 950601]\n"
    "\t[NTHELI 950602-991231]\n"
    "\t[NTHREB]\n"
    "CRICKET_ [###]\n"
    "RIDDLE_ [+++]\n"
    "BROKEN_ [NTH 991301-000101]\n"
    "US_ [USA]\n"
    "~FINISH\n"
    "IGNORED_ [XXX]\n";

const char* kAgents =
    "!PERSON! = MAN, WOMAN\n"
    "MINISTER_ [~GOV]\n"
    "POLICE!PERSON! [~COP]\n"
    "ACTIVISTS_ [NGM~]\n"
    "BADAGENT_ [GOV]\n"
    "ENVOYS_ [~GOV]\n";

const char* kVerbs =
    "<SYNSETS>\n"
    "&MONEY\n"
    "+DOLLARS_\n"
    "+GOLD_COINS_\n"
    "</SYNSETS>\n"
    "<TIME>\n"
    "YESTERDAY_ [-1]\n"
    "</TIME>\n"
    "PRAISE_ [051]\n"
    "- * &MONEY [071]\n"
    "- REFUSED_TO_* [128]\n"
    "MEET_ [036:036]\n"
    "{ MET_ }\n"
    "- % * [043:043]\n"
    "SAID_ [010?]\n"
    "ACCUSE_ [112]\n"
    "- + WAS_* BY_ $ [113]\n"
    "VISIT_ [042:043]\n"
    "PLAY_ [---]\n"
    "- * CRICKET [###]\n"
    "- NO_STAR_HERE [010]\n"
    "- * { HARD | TOUGH_BALL } [099]\n"
    "BEEN [---]\n"
    "FORM [015]\n"
    "NAP_ [---]\n"
    "USE [017]\n"
    "GREET_ [---]\n"
    "- * WARMLY [051]\n"
    "HAIL_ [040]\n"
    "- ^ $ * + [041]\n"
    "- * MINISTER [042]\n"
    "- * { BRAVE MINISTER | BOLD ENVOYS } [044]\n"
    "- * PALACE OF ^ [045]\n"
    "WARN_ [130]\n"
    "- * + COULD_ [138]\n";

struct TabariCoder : ::testing::Test {
  Dictionaries d;
  Options o;
  std::unique_ptr<Coder> coder;
  void SetUp() override {
    read_actors(kActors, "t.actors", d);
    read_agents(kAgents, "t.agents", d);
    read_verbs(kVerbs, "t.verbs", d);
    o.minimum_words = 3;
    coder = std::make_unique<Coder>(d);
  }
  // The events of one sentence as SOURCE/TARGET/CODE, coded with the options of the moment.
  std::set<std::string> events(const std::string& text) { return events_of(coder->code(rec("950101", text), o)); }
};

}  // namespace

TEST(TabariReaders, ParsePhraseConnectors) {
  Phrase p;
  std::string err;
  ASSERT_TRUE(parse_phrase("SUGGESTED_+ * BACK~_POLICY IN_ $", p, err)) << err;
  ASSERT_EQ(p.size(), 7u);
  EXPECT_TRUE(p[0].exact);
  EXPECT_TRUE(p[0].adjacent);
  EXPECT_EQ(p[1].kind, PWord::kTarget);
  EXPECT_EQ(p[2].kind, PWord::kVerb);
  EXPECT_FALSE(p[3].exact);
  EXPECT_TRUE(p[3].adjacent);  // BACK~_POLICY: stem, next word immediately
  EXPECT_TRUE(p[5].exact);
  EXPECT_FALSE(p[5].adjacent);  // IN_ $: exact, then anywhere later
  EXPECT_FALSE(parse_phrase("{ A | B", p, err));
  EXPECT_FALSE(parse_phrase("   ", p, err));
}

TEST(TabariReaders, TwoDigitYearsPivotAtThirty) {
  int32_t v = 0;
  ASSERT_TRUE(parse_yymmdd("991231", v));
  EXPECT_EQ(v, 19991231);
  ASSERT_TRUE(parse_yymmdd("080507", v));
  EXPECT_EQ(v, 20080507);
  ASSERT_TRUE(parse_yymmdd("300101", v));
  EXPECT_EQ(v, 20300101);
  ASSERT_TRUE(parse_yymmdd("310101", v));
  EXPECT_EQ(v, 19310101);
  EXPECT_FALSE(parse_yymmdd("991301", v));
  EXPECT_FALSE(parse_yymmdd("99AB01", v));
}

TEST_F(TabariCoder, ActorsSynonymsDatesAndWarnings) {
  // KING_ALDO and its + synonym share a group with three codes, restricted ones first.
  int group = -1;
  for (const auto& a : d.actors)
    if (a.text == "ALDO_THE_GREAT_") group = static_cast<int>(a.group);
  ASSERT_GE(group, 0);
  const auto& g = d.groups[group];
  EXPECT_EQ(g.parent, "KING_ALDO");
  ASSERT_EQ(g.codes.size(), 3u);
  EXPECT_EQ(g.codes[0].codes[0], "NTHGOV");
  EXPECT_EQ(g.codes[0].last, 19950601);
  EXPECT_EQ(g.codes[1].first, 19950602);
  EXPECT_FALSE(g.codes[2].restricted);
  EXPECT_EQ(d.nouns.size(), 2u);
  EXPECT_EQ(d.adjectives.size(), 1u);
  // BROKEN_ (bad month) is a warning naming file and line; ~FINISH ends the file.
  bool warned = false;
  for (const auto& diag : d.diagnostics)
    if (diag.file == "t.actors" && diag.line == 21) warned = true;
  EXPECT_TRUE(warned);
  for (const auto& a : d.actors) EXPECT_NE(a.text, "IGNORED_");
}

TEST_F(TabariCoder, AgentsSubstitutionsAndConnector) {
  std::set<std::string> texts;
  for (const auto& a : d.agents) texts.insert(a.text);
  EXPECT_TRUE(texts.count("POLICEMAN"));
  EXPECT_TRUE(texts.count("POLICEWOMAN"));
  bool bad = false;
  for (const auto& diag : d.diagnostics) bad |= diag.file == "t.agents" && diag.line == 5;
  EXPECT_TRUE(bad) << "missing ~ is a warning";
}

TEST_F(TabariCoder, VerbsFormsPatternsSynsets) {
  const VerbRoot* meet = nullptr;
  for (const auto& v : d.verbs)
    if (v.text == "MEET_") meet = &v;
  ASSERT_NE(meet, nullptr);
  EXPECT_EQ(meet->forms.size(), 2u);
  EXPECT_EQ(meet->code.code, "036");
  EXPECT_EQ(meet->code.paired, "036");
  EXPECT_EQ(d.times.size(), 1u);
  bool nostar = false;
  for (const auto& diag : d.diagnostics) nostar |= diag.file == "t.verbs" && diag.line == 21;
  EXPECT_TRUE(nostar) << "a pattern without '*' is a warning";
}

TEST_F(TabariCoder, SimpleEventAndStemmedActor) {
  const auto r = coder->code(rec("950101", "Northland praised the Southlander delegation on Monday."), o);
  EXPECT_EQ(events_of(r), (std::set<std::string>{"NTH/STH/051"}));
}

TEST_F(TabariCoder, PatternWithSynsetAndAlternatives) {
  EXPECT_EQ(events("Northland praised Eastmarch for its gold coins today."),
            (std::set<std::string>{"NTH/EST/071"}));
  EXPECT_EQ(events("Northland played tough ball against Eastmarch today."),
            (std::set<std::string>{"NTH/EST/099"}));
}

TEST_F(TabariCoder, DateRestrictedCodes) {
  EXPECT_EQ(events("King Aldo praised Eastmarch on Monday."),
            (std::set<std::string>{"NTHGOV/EST/051"}));
  EXPECT_EQ(events_of(coder->code(rec("970101", "King Aldo praised Eastmarch on Monday."), o)),
            (std::set<std::string>{"NTHELI/EST/051"}));
  EXPECT_EQ(events_of(coder->code(rec("050101", "King Aldo praised Eastmarch on Monday."), o)),
            (std::set<std::string>{"NTHREB/EST/051"}));
}

TEST_F(TabariCoder, AgentsAttachToActors) {
  EXPECT_EQ(events("The Northland minister praised an Eastmarch policeman on Monday."),
            (std::set<std::string>{"NTHGOV/ESTCOP/051"}));
  EXPECT_EQ(events("Activists in Westwood praised Eastmarch on Monday."),
            (std::set<std::string>{"NGMWST/EST/051"}));
  // Not across a determiner after IN or OF.
  EXPECT_EQ(events("Activists in the Westwood praised Eastmarch on Monday."),
            (std::set<std::string>{"WST/EST/051"}));
  // An agent between two actors goes to both.
  EXPECT_EQ(events("Northland minister Eastmarch was praised on Monday."),
            (std::set<std::string>{"NTHGOV/ESTGOV/051"}));
}

// A pronoun is its referent, but the referent's agents go only to whichever of the two is found
// first: the pattern's own actors before the searched ones, the source before the target.
TEST_F(TabariCoder, AgentsGoToThePronounOrItsReferentOnce) {
  EXPECT_EQ(events("The Northland minister warned it on Monday."),
            (std::set<std::string>{"NTHGOV/NTH/130"}));
  EXPECT_EQ(events("The Northland minister warned it could strike."),
            (std::set<std::string>{"NTH/NTHGOV/138"}));
  EXPECT_EQ(events("Northland warned it could strike on Monday."),
            (std::set<std::string>{}));
  EXPECT_EQ(events("The Northland minister warned its allies on Monday."),
            (std::set<std::string>{}));
  // Two such pronouns are apart from each other too.
  EXPECT_EQ(events("Minister King Aldo praised Eastmarch but he warned it could strike."),
            (std::set<std::string>{"NTHGOV/NTHGOV/138", "NTHGOV/EST/051"}));
  // Even when the agent does not change the code.
  EXPECT_EQ(events("The minister King Aldo warned him on Monday."),
            (std::set<std::string>{"NTHGOV/NTHGOV/130"}));
  // An agent after the pronoun, or else before it, is the pronoun's own when a search finds the
  // pronoun (the source here); a pattern's + on it takes the referent itself (NTH).
  EXPECT_EQ(events("Northland warned the minister it could strike."),
            (std::set<std::string>{"NTHGOV/NTH/138"}));
  EXPECT_EQ(events("Northland praised their minister on Monday."),
            (std::set<std::string>{"NTH/NTHGOV/051"}));
}

TEST_F(TabariCoder, CompoundsAndPairedCodes) {
  // A compound's first member stands for the whole compound, any other member for itself; an
  // event whose source and target are one dictionary code and agent is dropped.
  EXPECT_EQ(events("Yesterday they praised Northland, Eastmarch and Westwood."),
            (std::set<std::string>{"NTH/EST/051", "WST/EST/051"}));
  EXPECT_EQ(events("Yesterday they praised Eastmarch, Northland and Northland."),
            (std::set<std::string>{"EST/NTH/051"}));
  EXPECT_EQ(events("Eastmarch, Northland and Westwood warned Eastmarch could strike."),
            (std::set<std::string>{"NTH/EST/138"}));
  EXPECT_EQ(events("Northland and Eastmarch will meet in the capital."),
            (std::set<std::string>{"NTH/EST/043", "EST/NTH/043"}));
  EXPECT_EQ(events("Twin Cities officials visited Northland on Monday."),
            (std::set<std::string>{"TCA/NTH/042", "NTH/TCA/043", "TCB/NTH/042", "NTH/TCB/043"}));
}

TEST_F(TabariCoder, PassiveVoiceAndDesignatedActors) {
  // BEEN is an auxiliary even when the verbs dictionary has it: not a verb for COMPLEX: VERBS.
  Options two = o;
  two.complex_verbs = 2;
  EXPECT_EQ(events_of(coder->code(rec("950101", "Northland has been praised by Eastmarch on Monday."), two)),
            (std::set<std::string>{"EST/NTH/051"}));
  EXPECT_EQ(events("Northland was accused by Eastmarch of spying on Monday."),
            (std::set<std::string>{"EST/NTH/113"}));
}

TEST_F(TabariCoder, DiscardComplexAndNull) {
  EXPECT_EQ(coder->code(rec("950101", "Northland played cricket against Eastmarch today."), o).outcome, Outcome::kDiscard);
  EXPECT_EQ(coder->code(rec("950101", "Northland posed a riddle to Eastmarch today."), o).outcome, Outcome::kComplex);
  EXPECT_TRUE(coder->code(rec("950101", "The old guard praised nobody at all today."), o).events.empty());
}

TEST_F(TabariCoder, SubordinateCodesYieldToMainEvents) {
  EXPECT_EQ(events("Northland said it praised Eastmarch on Monday."),
            (std::set<std::string>{"NTH/EST/051"}));
  EXPECT_EQ(events("Northland said Eastmarch was right on Monday."),
            (std::set<std::string>{"NTH/EST/010"}));
}

TEST_F(TabariCoder, TimeShiftAndUnicode) {
  const auto r = coder->code(rec("950301", "Northland praised Eastmarch yesterday, officials said."), o);
  EXPECT_EQ(r.shifted_date, "950228");
  // Diacritics fold; other scripts pass through without breaking anything.
  EXPECT_EQ(events_of(coder->code(rec("950101", "Nörthland praised Eastmarch in \xe6\x9d\xb1\xe4\xba\xac today."), o)),
            (std::set<std::string>{"NTH/EST/051"}));
}

TEST_F(TabariCoder, SerialCommaCompoundsAndCommaClauses) {
  // ", and" closes a list (its commas are no clause boundaries).
  EXPECT_EQ(events("Northland, lazy Westwood, and Eastmarch praised Southland today."),
            (std::set<std::string>{"NTH/STH/051", "WST/STH/051", "EST/STH/051"}));
  // A removed comma clause takes its closing comma along, and a phrase cut by it is cancelled.
  EXPECT_EQ(events("Northland, which asked King Aldo often, praised Eastmarch."),
            (std::set<std::string>{"NTH/EST/051"}));
  // A closing clause is counted from the comma before a phrase too long to eliminate.
  EXPECT_EQ(events("Northland praised the farmers of the western hills, said officials in Eastmarch."),
            (std::set<std::string>{}));
  EXPECT_EQ(events("Yesterday, Northland praised the farmers of the western hills and the "
                                                 "valleys near the great river, said officials in Eastmarch."),
            (std::set<std::string>{"NTH/EST/010"}));
  // Commas pair up: the one closing an eliminated clause opens no other, so the next comma opens
  // the closing clause; a closing clause of exactly COMMA EMIN (2) words goes too.
  EXPECT_EQ(events("Northland, the old ally, praised Eastmarch near the hills, said Westwood."),
            (std::set<std::string>{"NTH/EST/051"}));
  EXPECT_EQ(events("Northland praised the farmers, said Eastmarch."),
            (std::set<std::string>{}));
  // A compound source with no other target: its last member, found searching back from the
  // verb, is the target of every member.
  EXPECT_EQ(events("Northland and Eastmarch praised nobody at all today."),
            (std::set<std::string>{"NTH/EST/051"}));
  EXPECT_EQ(events("Northland, Westwood and Eastmarch praised nobody at all today."),
            (std::set<std::string>{"NTH/EST/051", "WST/EST/051"}));
  // ITS refers to the first actor of the sentence, so the target search passes over it.
  EXPECT_EQ(events("Northland praised Eastmarch for its help to Westwood."),
            (std::set<std::string>{"NTH/EST/051"}));
}

TEST_F(TabariCoder, PatternWordsReachEliminatedClausesAndEarlierClauses) {
  // An eliminated comma clause loses its actors and verbs, not its words: COULD in it completes
  // "* + COULD_".
  EXPECT_EQ(events("Northland warned Eastmarch, a rival that could strike, today."),
            (std::set<std::string>{"NTH/EST/138"}));
  // The words before the verb are sought back past the start of its clause.
  EXPECT_EQ(events("Eastmarch slept and was accused by Northland today."),
            (std::set<std::string>{"NTH/EST/113"}));
}

TEST_F(TabariCoder, PunctuationAsTabariFiltersIt) {
  // A slash separates words; a colon is a comma (here opening a closing clause of two words).
  EXPECT_EQ(events("Northland praised the Westwood/Eastmarch pact today."),
            (std::set<std::string>{"NTH/WST/051"}));
  EXPECT_EQ(events("Northland praised the farmers: said Eastmarch."),
            (std::set<std::string>{}));
}

TEST_F(TabariCoder, ActorsWithDifferentAgentEntriesAreDistinct) {
  // MINISTER and ENVOYS both code GOV, yet the two Northland actors are source and target.
  EXPECT_EQ(events("The Northland minister praised Northland envoys today."),
            (std::set<std::string>{"NTHGOV/NTHGOV/051"}));
}

TEST_F(TabariCoder, SourceAndTargetMarkersTakeOneWordOfTheirActor) {
  // $ stands on ALDO and leaves KING to ^: one two-word actor matches "^ $ * +".
  EXPECT_EQ(events("King Aldo hailed Eastmarch today."),
            (std::set<std::string>{"NTHGOV/EST/041"}));
  EXPECT_EQ(events("Northland hailed Eastmarch today."),
            (std::set<std::string>{"NTH/EST/040"}));
}

TEST_F(TabariCoder, APatternsSourceIsNotCarriedToTheNextClause) {
  // NORTHLAND is the $ of "+ WAS_* BY_ $": the next clause looks for a source of its own.
  EXPECT_EQ(events("Eastmarch was accused by Northland and praised Westwood today."),
            (std::set<std::string>{"NTH/EST/113"}));
}

TEST_F(TabariCoder, PatternWordsMatchAgentWords) {
  // MINISTER is Eastmarch's agent and still a word for "* MINISTER".
  EXPECT_EQ(events("Northland hailed the Eastmarch minister today."),
            (std::set<std::string>{"NTH/ESTGOV/042"}));
}

TEST_F(TabariCoder, AClauseOpeningWithAnActorHasItsBareCodeForSource) {
  // The source is EST, agent aside; EST with its minister is then the target found searching back.
  EXPECT_EQ(events("Northland slept and Eastmarch minister Jon warned today."),
            (std::set<std::string>{"EST/ESTGOV/130"}));
}

TEST_F(TabariCoder, TabarisOwnWordsWinTies) {
  // FORMER is TABARI's own adjective, not the verb FORM with an ending.
  EXPECT_EQ(events("The Northland former minister praised Eastmarch today."),
            (std::set<std::string>{"NTHELI/EST/051"}));
}

TEST_F(TabariCoder, NullVerbsWithoutPatternsCountAsVerbsForComplexity) {
  o.complex_verbs = 3;
  EXPECT_EQ(coder->code(rec("950101", "Northland naps and praised Eastmarch and warned Westwood."), o).outcome,
            Outcome::kComplex);
}

TEST_F(TabariCoder, PronounsCountAsActorsForComplexity) {
  o.complex_actors = 3;
  EXPECT_EQ(coder->code(rec("950101", "Northland said it praised Eastmarch."), o).outcome, Outcome::kComplex);
}

TEST_F(TabariCoder, APronounFoundBackIsItsReferentWithAgents) {
  // HE, found by the source search, is the referent's bare code; searching back from the verb,
  // the target is the referent with its agent, another actor.
  EXPECT_EQ(events("The Northland minister slept but later he warned nobody."),
            (std::set<std::string>{"NTH/NTHGOV/130"}));
}

TEST_F(TabariCoder, AnEndingCountsTowardTheLongestMatch) {
  // USES: US_ with ES (four characters) outmatches the verb stem USE (three).
  EXPECT_EQ(events("Northland praised the farm uses today."),
            (std::set<std::string>{"NTH/USA/051"}));
}

TEST_F(TabariCoder, QuoteMarksAreWords) {
  // Counted in a comma clause: the closing clause '" Eastmarch "' has three words and goes.
  EXPECT_EQ(events("Northland praised the farmers, \"Eastmarch\"."),
            (std::set<std::string>{}));
  // But a leading one is no capitalised word: HAIL stays a verb.
  EXPECT_EQ(events("\"Hail Eastmarch and Northland today.\""),
            (std::set<std::string>{"EST/NTH/040"}));
}

TEST_F(TabariCoder, PatternsAreTriedByTheLengthOfTheirPlainWords) {
  // "* MINISTER" (8 plain characters) comes before "* { BRAVE MINISTER | BOLD ENVOYS }" (none
  // outside its alternatives) and, with no alternatives of its own, ends the search.
  EXPECT_EQ(events("Northland hailed the brave minister of Eastmarch today."),
            (std::set<std::string>{"NTH/ESTGOV/042"}));
}

TEST_F(TabariCoder, TheSourceOfACodedVerbWithoutTargetCarriesOn) {
  // GREET's root is null, its pattern coded: the source found for it serves the next clause.
  EXPECT_EQ(events("Northland greeted everyone warmly and later hailed Eastmarch."),
            (std::set<std::string>{"NTH/EST/040"}));
}

TEST_F(TabariCoder, AnAgentBetweenTwoActorsGoesToBothAcrossOf) {
  // ENVOYS follows Westwood and comes before "of Eastmarch": both take it.
  EXPECT_EQ(events("Northland slept but Westwood envoys of Eastmarch praised nobody."),
            (std::set<std::string>{"WST/ESTGOV/051"}));
}

TEST_F(TabariCoder, OrMakesNoCompound) {
  EXPECT_EQ(events("Northland praised Eastmarch or Westwood today."),
            (std::set<std::string>{"NTH/EST/051"}));
}

TEST_F(TabariCoder, AClauseOfTwoWordsIsPassedOver) {
  // "Northland warned" lends no source to the next clause, which finds none before its verb.
  EXPECT_EQ(events("Northland warned and praised Eastmarch today."),
            (std::set<std::string>{}));
}

TEST_F(TabariCoder, APatternWithOneActorForSourceAndTargetStillMatches) {
  // "+ WAS_* BY_ $" takes Northland for both: no event, and no falling back to ACCUSE's own code.
  EXPECT_EQ(events("Northland was accused by Northland of spying on Eastmarch."),
            (std::set<std::string>{}));
}

TEST_F(TabariCoder, AnActorPassedOverByCaretMayBeTheTarget) {
  // ^ skips Eastmarch in the match; the target search may still find it.
  EXPECT_EQ(events("Northland hailed the palace of Eastmarch today."),
            (std::set<std::string>{"NTH/EST/045"}));
}

TEST_F(TabariCoder, PercentStandsOnlyOnACompoundsFirstWord) {
  // "% *" passes over Westwood, a single actor, to the compound Northland and Eastmarch.
  EXPECT_EQ(events("Northland and Eastmarch with Westwood will meet soon."),
            (std::set<std::string>{"NTH/EST/043", "EST/NTH/043"}));
}

TEST_F(TabariCoder, ForwardCarriesTheFirstActor) {
  std::string err;
  ASSERT_TRUE(apply_option("FORWARD: **NNN*SSS", o, err));
  Forward f;
  auto at = [&](const char* id, const char* text) {
    Record r = rec("950101", text);
    r.id = id;
    return events_of(coder->code(r, o, &f));
  };
  EXPECT_EQ(at("S-001-001", "Northland praised Eastmarch on Monday."), (std::set<std::string>{"NTH/EST/051"}));
  EXPECT_EQ(at("S-001-002", "He praised Westwood again on Tuesday."), (std::set<std::string>{"NTH/WST/051"}));
  // What goes on is the first actor a sentence names itself (as TABARI does: FRWD-001-005)...
  EXPECT_EQ(at("S-001-003", "Then he praised Eastmarch on Wednesday."), (std::set<std::string>{"WST/EST/051"}));
  // ...or, when it names none, what it was handed (a chain).
  EXPECT_TRUE(at("S-001-004", "And then he praised nobody at all.").empty());
  EXPECT_EQ(at("S-001-005", "He praised Westwood once more on Friday."), (std::set<std::string>{"EST/WST/051"}));
  // Another story, or a gap in the sentence numbers: nothing is forwarded.
  EXPECT_TRUE(at("S-002-005", "He praised Westwood again on Tuesday.").empty());
  ASSERT_TRUE(apply_option("FORWARD: **NNN*SSS OFF", o, err));
  EXPECT_TRUE(at("S-002-006", "He praised Westwood again on Tuesday.").empty());
}

TEST_F(TabariCoder, ThreadSafeSharedCoder) {
  std::vector<std::thread> threads;
  std::atomic<int> ok{0};
  for (int i = 0; i < 4; ++i)
    threads.emplace_back([&] {
      for (int k = 0; k < 200; ++k)
        if (events("Northland praised Eastmarch on Monday.").size() == 1) ++ok;
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok.load(), 800);
}

TEST(TabariOptions, CommandsAndErrors) {
  Options o;
  std::string err;
  EXPECT_TRUE(apply_option("COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN", o, err));
  EXPECT_EQ(o.complex_verbs, 5);
  EXPECT_EQ(o.complex_conj, 4);
  EXPECT_TRUE(o.noactprior);
  EXPECT_TRUE(apply_option("COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8", o, err));
  EXPECT_EQ(o.comma_min, 4);
  EXPECT_EQ(o.comma_emin, 3);
  EXPECT_EQ(o.comma_bmax, 8);
  EXPECT_TRUE(apply_option("DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER", o, err));
  EXPECT_EQ(o.default_source, "DEFSRC");
  EXPECT_TRUE(o.default_source_prior);
  EXPECT_TRUE(o.default_target_after);
  EXPECT_TRUE(apply_option("SET: CODE BY SENTENCE", o, err));
  EXPECT_EQ(o.code_by, CodeBy::kSentence);
  EXPECT_TRUE(apply_option("LABEL: 042=ENDORSE", o, err));
  EXPECT_EQ(label_of(o, "042"), "ENDORSE");
  EXPECT_TRUE(apply_option("// a comment", o, err));
  EXPECT_FALSE(apply_option("FROBNICATE: YES", o, err));
  Diagnostics diags;
  read_options("SET: LABEL = FALSE\nBOGUS: 1\n", "x.options", o, diags);
  EXPECT_FALSE(o.label);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].line, 2u);
}

TEST(TabariRecords, ExpectationsAndOptions) {
  const char* text =
      "# header comment\n"
      "\n"
      "950101  T-01 extra\n"
      "Northland praised Eastmarch.\n"
      "/* [notes {}] \\n{ NTH / EST / 051 } 950102\n"
      "\\n{ OPTION: SET: LABEL = FALSE } */\n"
      "\n"
      "950102 T-02\n"
      "Nothing here at all.\n"
      "/* {---} */\n";
  std::vector<Record> rs;
  EXPECT_EQ(read_records(text, [&](Record&& r) { rs.push_back(std::move(r)); }), 2u);
  ASSERT_EQ(rs.size(), 2u);
  EXPECT_EQ(rs[0].id, "T-01 extra");
  EXPECT_EQ(rs[0].line, 3u);
  ASSERT_EQ(rs[0].expected.size(), 1u);
  EXPECT_EQ(rs[0].expected[0].code, "051");
  EXPECT_EQ(rs[0].expected_date, "950102");
  ASSERT_EQ(rs[0].options.size(), 1u);
  EXPECT_EQ(rs[0].options[0], "SET: LABEL = FALSE");
  EXPECT_EQ(rs[0].text.find("/*"), std::string::npos);
  EXPECT_TRUE(rs[1].expect_null);
}

TEST(TabariRecords, ExpectationsAfterAStrayCommentEnd) {
  // TABARI reads expectations from the rest of the record once a comment opened.
  const char* text =
      "950101 T-03\n"
      "Northland and Eastmarch met.\n"
      "/* { NTH / EST / 043 } */\n"
      "{ EST / NTH / 043 } */\n";
  std::vector<Record> rs;
  read_records(text, [&](Record&& r) { rs.push_back(std::move(r)); });
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].expected.size(), 2u);
}

TEST(TabariRecords, EventLine) {
  Options o;
  std::string err;
  apply_option("LABEL: 051=PRAISE", o, err);
  apply_option("OUTPUT: ID", o, err);
  Record r;
  r.id = "AFP0808020705_1";
  Event e{"080806", "NTH", "EST", "051", ""};
  EXPECT_EQ(format_event(e, r, o), "080806\tNTH\tEST\t051\tPRAISE\tAFP0808020705_1");
  apply_option("FORWARD: ^********^*** OFF", o, err);
  EXPECT_EQ(format_event(e, r, o), "080806\tNTH\tEST\t051\tPRAISE\tAFP080802070");
  r.id = "R3-1";
  EXPECT_EQ(format_event(e, r, o), "080806\tNTH\tEST\t051\tPRAISE\tR3-1********");
}
