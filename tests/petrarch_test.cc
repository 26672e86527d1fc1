// PETRARCH's formats in the TABARI mode: the validation XML reader and the dictionary readers, on
// small files written here (PETRARCH's own suite is only read by tests/cli/petrarch.sh).
#include <gtest/gtest.h>

#include <set>

#include "tabari/tabari.h"

using namespace demarche::tabari;

namespace {

std::vector<PetrarchRecord> read_xml(std::string_view xml, PetrarchEnvironment& env, Diagnostics& diags) {
  std::vector<PetrarchRecord> out;
  read_petrarch_records(xml, "t.xml", env, [&](PetrarchRecord&& r) { out.push_back(std::move(r)); }, diags);
  return out;
}

std::set<std::string> events_of(const Result& r) {
  std::set<std::string> s;
  for (const auto& e : r.events) s.insert(e.source + "/" + e.target + "/" + e.code);
  return s;
}

// The options the coder tests share: YYYYMMDD dates, sentences of any length, and PETRARCH's
// readings (or TABARI's, with petrarch false).
Options coder_options(bool petrarch = true) {
  Options o;
  o.petrarch = petrarch;
  o.yyyy = true;
  o.minimum_words = 1;
  return o;
}

// `text` coded as one record, dated 20010101, id T.
Result code_text(const Coder& coder, const Options& o, std::string text) {
  Record r;
  r.date = "20010101";
  r.id = "T";
  r.text = std::move(text);
  return coder.code(r, o);
}

const char* kSuite = R"(<Validation>
<!-- a comment with <Sentence> inside it, which is no sentence -->
<Environment>
  <Verbfile>v.txt</Verbfile>
  <Actorfile> a.txt </Actorfile>
  <Agentfile>g.txt</Agentfile>
  <Discardfile>d.txt</Discardfile>
  <Config option="stop_on_error" value="True"></Config>
</Environment>
<Sentences>
<Sentence date="20010203" id="OWN-01" category="DEMO" sentence="true">
<EventCoding sourcecode="NTH" targetcode='"SOUTH GATE"' eventcode="042"></EventCoding>
<EventCoding sourcecode='"SOUTH GATE"' targetcode="NTH" eventcode="043"></EventCoding>
<Text>
Northland praised   the
South &amp; Gate; it didn't hesitate to say so to the UN.
</Text>
<Parse>(ROOT (S (NP (NNP Northland)) (VP (VBD praised))))</Parse>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date = "20010204" id ="OWN-02"  category="VERB" sentence="false">
<EventCoding noevents = "True"> </EventCoding>
<Text>Nothing happened.</Text>
</Sentence>
<Sentence date="20010205" id="OWN-03" category="ERROR">
<EventCoding error="storydiscard"></EventCoding>
<Text>A typhoon.</Text>
</Sentence>
</Sentences>
</Validation>
)";

TEST(PetrarchRecords, EnvironmentSentencesExpectationsAndConfig) {
  PetrarchEnvironment env;
  Diagnostics diags;
  const auto recs = read_xml(kSuite, env, diags);
  EXPECT_TRUE(diags.empty()) << diags[0].str();
  EXPECT_EQ(env.verbs, "v.txt");
  EXPECT_EQ(env.actors, "a.txt");
  EXPECT_EQ(env.agents, "g.txt");
  EXPECT_EQ(env.discards, "d.txt");
  ASSERT_EQ(recs.size(), 3u);

  const auto& a = recs[0];
  EXPECT_EQ(a.record.id, "OWN-01");
  EXPECT_EQ(a.record.date, "20010203");
  EXPECT_EQ(a.category, "DEMO");
  EXPECT_EQ(a.record.line, 11u);
  // Blanks squeezed, entities decoded, "didn't" and the final period split as PETRARCH's parser
  // splits them.
  EXPECT_EQ(a.record.text, "Northland praised the South & Gate; it did n't hesitate to say so to the UN .");
  ASSERT_EQ(a.record.expected.size(), 2u);
  EXPECT_EQ(a.record.expected[0].source, "NTH");
  EXPECT_EQ(a.record.expected[0].target, "\"SOUTH GATE\"");  // single-quoted value, quotes kept
  EXPECT_EQ(a.record.expected[1].code, "043");
  ASSERT_EQ(a.config.size(), 1u);  // the <Environment>'s
  EXPECT_EQ(a.config[0].first, "stop_on_error");

  const auto& b = recs[1];
  EXPECT_EQ(b.record.id, "OWN-02");  // blanks around '='
  EXPECT_EQ(b.category, "VERB");
  EXPECT_TRUE(b.record.expect_null);
  EXPECT_TRUE(b.record.expected.empty());
  ASSERT_EQ(b.config.size(), 1u);
  EXPECT_EQ(b.config[0].first, "require_dyad");
  EXPECT_EQ(b.config[0].second, "false");

  const auto& c = recs[2];
  EXPECT_EQ(c.error, "storydiscard");
  EXPECT_TRUE(c.record.expect_discard);
  EXPECT_TRUE(c.config.empty());
}

TEST(PetrarchRecords, MalformedTagsWarnWithLineAndReadingGoesOn) {
  const std::string xml =
      "<Sentence date=\"19950101\" id=\"X-1\">\n"        // 1
      "<EventCoding sourcecode=\"A\" targetcode=B eventcode=\"010\">\n"  // 2: unquoted value
      "<Text>First</Text>\n"                            // 3
      "<Sentence date=\"19950101\" id=\"X-2\">\n"        // 4: X-1 was never closed
      "<EventCoding sourcecode=\"A\">\n"                // 5: no target, no code
      "<Text>Second</Text>\n"                           // 6
      "</Sentence>\n"                                   // 7
      "<Sentence date=\"19950101\">\n"                  // 8: no id
      "<Text>Third</Text></Sentence>\n"                 // 9
      "<Sentence date=\"19950101\" id=\"X-4\"><Text>The U.S.\n";  // 10: cut off
  PetrarchEnvironment env;
  Diagnostics diags;
  const auto recs = read_xml(xml, env, diags);
  ASSERT_EQ(recs.size(), 3u);
  EXPECT_EQ(recs[0].record.id, "X-1");
  EXPECT_EQ(recs[0].record.text, "First");
  EXPECT_TRUE(recs[0].record.expected.empty());
  EXPECT_EQ(recs[1].record.id, "X-2");
  EXPECT_EQ(recs[1].record.text, "Second");
  EXPECT_EQ(recs[2].record.id, "X-4");
  EXPECT_EQ(recs[2].record.text, "The U.S.");  // an abbreviation keeps its period
  std::set<size_t> lines;
  for (const auto& d : diags) {
    EXPECT_EQ(d.file, "t.xml");
    lines.insert(d.line);
  }
  EXPECT_EQ(lines, (std::set<size_t>{2, 4, 5, 8, 11})) << [&] {
    std::string s;
    for (const auto& d : diags) s += d.str() + "\n";
    return s;
  }();
}

TEST(PetrarchRecords, ArbitraryBytesNeverThrow) {
  PetrarchEnvironment env;
  Diagnostics diags;
  for (const char* s : {"<", "<<>>", "<!--", "<Sentence id='", "<Text>&#999999;&#;&", "</Sentence></Text>",
                        "<Sentence id=\"a\"/><Text>x</Text>"})
    read_xml(s, env, diags);
  SUCCEED();
}

const char* kVerbs = R"(<!-- PETRARCH verbs written for this test -->
&MOOD
+WARM
+VERY_COLD   # a comment
+&LATER

--- PRAISE  [051] ---
PRAISE
LAUD [052]
+SING_OUT {+SANG_OUT +SUNG_OUT}
- * &MOOD WORDS [053]   # a pattern every verb of the block shares
- $ * + HOTLY [054]
- * [ ]

&LATER
+EVENTUALLY

--- DEPART [032] # NOUN ---
DEPART
--- BROKEN
- * WHATEVER [099]
ROAM
--- PRAISE [---] ---
PRAISE
- * LOUDLY [055]
- * QUIETLY [+++]
--- SHOULD [101] ---
SHOULD
)";

TEST(PetrarchDictionaries, VerbBlocksFormsSynsetsAndWarnings) {
  Dictionaries d;
  read_petrarch_verbs(kVerbs, "v.txt", d);
  std::set<size_t> lines;
  for (const auto& x : d.diagnostics) {
    EXPECT_EQ(x.file, "v.txt");
    lines.insert(x.line);
  }
  // Line 5: &LATER is defined further down, so the member naming it is skipped; 13: empty code;
  // 20: header without a code; 22: a verb outside any block.
  EXPECT_EQ(lines, (std::set<size_t>{5, 13, 20, 22}));
  ASSERT_EQ(d.verbs.size(), 4u);  // PRAISE (twice: one verb), LAUD, SING_OUT, DEPART
  EXPECT_EQ(d.verbs[0].code.code, "051");  // the later [---] does not clear it
  EXPECT_EQ(d.verbs[1].code.code, "052");
  EXPECT_EQ(d.verbs[2].code.code, "051");
  EXPECT_EQ(d.verbs[1].patterns.size(), 2u);
  EXPECT_EQ(d.verbs[3].text, "DEPART");

  read_petrarch_actors("NORTHLAND [NTH] # comment\nSOUTHLAND [STH]\n", "a.txt", d);
  const Coder coder(d);
  const Options o = coder_options();
  auto code = [&](std::string text) { return events_of(code_text(coder, o, std::move(text))); };
  using S = std::set<std::string>;
  EXPECT_EQ(code("Northland praised Southland."), (S{"NTH/STH/051"}));
  EXPECT_EQ(code("Northland lauds Southland."), (S{"NTH/STH/052"}));
  EXPECT_EQ(code("Northland sang out to Southland."), (S{"NTH/STH/051"}));
  EXPECT_EQ(code("Northland praised Southland with very cold words."), (S{"NTH/STH/053"}));
  EXPECT_EQ(code("Northland praised Southland with warm words."), (S{"NTH/STH/053"}));
  // Pattern words are exact too: WORDS is not "wordsmiths".
  EXPECT_EQ(code("Northland praised Southland with warm wordsmiths."), (S{"NTH/STH/051"}));
  // The later block's patterns join; PETRARCH has no complex records, so [+++] codes nothing.
  EXPECT_EQ(code("Northland praised Southland loudly."), (S{"NTH/STH/055"}));
  EXPECT_EQ(code("Northland praised Southland quietly."), (S{"NTH/STH/051"}));
  // A modal is no verb in PETRARCH's parse: the verb after it codes.
  EXPECT_EQ(code("Northland should praise Southland."), (S{"NTH/STH/051"}));
  // Regular forms are spelled out, not stems: DEPARTS matches, DEPARTES does not.
  EXPECT_EQ(code("Northland departs Southland."), (S{"NTH/STH/032"}));
  EXPECT_EQ(code("Northland departes Southland."), S{});
  // Actors are exact words: SOUTHLANDERS is no SOUTHLAND.
  EXPECT_EQ(code("Northland praised Southlanders."), S{});
}

TEST(PetrarchDictionaries, AgentPluralsAndDiscards) {
  Dictionaries d;
  read_petrarch_actors("NORTHLAND [NTH]\nSOUTHLAND [STH]\n", "a.txt", d);
  read_petrarch_agents("!WHO! = MAN, WOMAN\nPOLICE {} [~COP]\nGOOSE {GEESE} [~GGS]\nSOLDIER [~MIL]\n"
                       "!WHO!_OF_WAR [~WAR]\n",
                       "g.txt", d);
  read_petrarch_verbs("--- PRAISE [051] ---\nPRAISE\n", "v.txt", d);
  read_petrarch_discards("# story and sentence discards\n+TYPHOON\nBASEBALL GAME\n", "d.txt", d);
  EXPECT_TRUE(d.diagnostics.empty()) << d.diagnostics[0].str();
  const Coder coder(d);
  const Options o = coder_options();
  auto result = [&](std::string text) { return code_text(coder, o, std::move(text)); };
  using S = std::set<std::string>;
  EXPECT_EQ(events_of(result("Northland soldiers praised Southland.")), (S{"NTHMIL/STH/051"}));
  EXPECT_EQ(events_of(result("Northland geese praised Southland.")), (S{"NTHGGS/STH/051"}));
  EXPECT_EQ(events_of(result("Northland police praised Southland.")), (S{"NTHCOP/STH/051"}));
  EXPECT_EQ(events_of(result("Northland polices praised Southland.")), (S{"NTH/STH/051"}));
  EXPECT_EQ(events_of(result("Northland woman of war praised Southland.")), (S{"NTHWAR/STH/051"}));
  EXPECT_EQ(events_of(result("Soldiers from Northland praised Southland.")), (S{"NTHMIL/STH/051"}));
  EXPECT_EQ(result("A typhoon: Northland praised Southland.").outcome, Outcome::kDiscard);
  EXPECT_EQ(result("After the baseball game Northland praised Southland.").outcome, Outcome::kDiscard);
}


// The coder's PETRARCH readings (Options::petrarch), each against TABARI's on the same text.
TEST(PetrarchCoder, OptionRulesAndTabariUnchanged) {
  Dictionaries d;
  read_petrarch_actors("NORTHLAND [NTH]\nSOUTHLAND [STH]\nEASTMARCH [EST]\n", "a.txt", d);
  read_petrarch_agents("SOLDIER [~MIL]\nMINISTER [~GOV]\nMEDIA {} [~MED]\nGOVERNMENT {} [~GOV]\nOFFICIAL [~GOV]\n",
                       "g.txt", d);
  read_petrarch_verbs("--- PRAISE [051] ---\nPRAISE\n- * WITH % [052]\n- * THEIR ^ ABOUT + [053]\n"
                      "--- SAY [010] ---\nSAY {SAID}\n",
                      "v.txt", d);
  ASSERT_TRUE(d.diagnostics.empty()) << d.diagnostics[0].str();
  const Coder coder(d);
  const Options tab = coder_options(false), petr = coder_options();
  auto code = [&](const Options& o, std::string text) { return events_of(code_text(coder, o, std::move(text))); };
  using S = std::set<std::string>;
  // Agents after FROM, and before a compound for every member.
  EXPECT_EQ(code(petr, "Soldiers from Northland praised Southland."), (S{"NTHMIL/STH/051"}));
  EXPECT_EQ(code(tab, "Soldiers from Northland praised Southland."), (S{"NTH/STH/051"}));
  EXPECT_EQ(code(petr, "Soldiers of Northland and Eastmarch praised Southland."),
            (S{"NTHMIL/STH/051", "ESTMIL/STH/051"}));
  // A possessive actor a few words before its agent.
  EXPECT_EQ(code(petr, "Northland's first deputy minister praised Southland."), (S{"NTHGOV/STH/051"}));
  // Unknown modifiers inside a compound.
  EXPECT_EQ(code(petr, "Northland and the mighty Eastmarch praised Southland."),
            (S{"NTH/STH/051", "EST/STH/051"}));
  // Agents joined by a conjunction share the actor; an agent alone is ---AGENT.
  EXPECT_EQ(code(petr, "Northland media and government praised Southland."),
            (S{"NTHMED/STH/051", "NTHGOV/STH/051"}));
  EXPECT_EQ(code(petr, "The minister praised Southland."), (S{"---GOV/STH/051"}));
  EXPECT_EQ(code(tab, "The minister praised Southland."), S{});
  // % after the verb is a compound in the target's place.
  EXPECT_EQ(code(petr, "Northland praised with Southland and Eastmarch."),
            (S{"NTH/STH/052", "NTH/EST/052"}));
  // ^ skips an uncoded noun phrase.
  EXPECT_EQ(code(petr, "Northland praised their people about Southland."), (S{"NTH/STH/053"}));
  // require_dyad=false: a one-sided event, and the closing ", X said" clause of its own.
  Options loose = petr;
  loose.require_dyad = false;
  loose.comma_emax = 0;  // keep the closing clause (PETRARCH's <Config> does this too)
  EXPECT_EQ(code(loose, "Northland praised Southland, an official said."), (S{"NTH/STH/051", "---GOV/---/010"}));
  Options dyad = loose;
  dyad.require_dyad = true;
  EXPECT_EQ(code(dyad, "Northland praised Southland, an official said."), (S{"NTH/STH/051"}));
}

}  // namespace
