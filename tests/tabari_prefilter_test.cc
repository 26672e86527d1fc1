// The pattern prefilter must never drop a pattern that could match (it only saves the search).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "base/file.h"
#include "../bench/tabari_2012.h"
#include "tabari/prefilter.h"

using namespace demarche::tabari;

namespace {

struct Word {
  std::string w;
};

const char* kRoot =
    "TALK_ [040]\n"
    "- * WITH_ $ [043]\n"
    "- * ABOUT_ TRADE_DEAL [045]\n"
    "- + * [041]\n"
    "- * { PEACE | CEASEFIRE } [046]\n"
    "- * TRADE $ [044]\n";

std::vector<uint32_t> candidates_for(const Dictionaries& d, const PatternPrefilter& f, std::vector<Word> words) {
  std::vector<uint32_t> out;
  EXPECT_TRUE(f.candidates(d.verbs[0], f.words_of(words), out));
  return out;
}

std::vector<std::string> texts(const VerbRoot& v, const std::vector<uint32_t>& ids) {
  std::vector<std::string> out;
  for (const auto i : ids) out.push_back(v.patterns[i].text);
  return out;
}

}  // namespace

TEST(TabariPrefilter, KeepsExactlyThePatternsWhoseWordsBeginSomeToken) {
  Dictionaries d;
  read_verbs(kRoot, "t.verbs", d);
  ASSERT_EQ(d.verbs.size(), 1u);
  PatternPrefilter f;
  f.add(d.verbs[0]);
  const VerbRoot& v = d.verbs[0];
  auto all = [&](const std::vector<uint32_t>& ids) { return texts(v, ids); };

  // No words: only the patterns that need none (markers, alternatives) remain.
  const auto bare = all(candidates_for(d, f, {{"TALKED"}}));
  ASSERT_EQ(bare.size(), 2u);
  // "TRADERS" begins with TRADE (patterns match stems), but TRADE_DEAL also needs ABOUT.
  const auto trade = all(candidates_for(d, f, {{"TALKED"}, {"TRADERS"}, {"DEALT"}}));
  EXPECT_EQ(trade.size(), 3u);
  const auto about = all(candidates_for(d, f, {{"TALKED"}, {"ABOUT"}, {"TRADE"}, {"DEAL"}, {"WITH"}}));
  EXPECT_EQ(about.size(), 5u);
  // Candidates come back in the root's pattern order (longest first), which the search relies on.
  auto ids = candidates_for(d, f, {{"ABOUT"}, {"TRADE"}, {"DEAL"}, {"WITH"}});
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
  // A word that only contains a required word does not count: "WITHIN" begins with WITH, "FORTHWITH" does not.
  EXPECT_EQ(candidates_for(d, f, {{"FORTHWITH"}}).size(), 2u);
  EXPECT_EQ(candidates_for(d, f, {{"WITHIN"}}).size(), 3u);
}

TEST(TabariPrefilter, UnknownRootLeavesEveryPatternToTheSearch) {
  Dictionaries d;
  read_verbs(kRoot, "t.verbs", d);
  PatternPrefilter f;
  std::vector<uint32_t> out;
  EXPECT_FALSE(f.candidates(d.verbs[0], f.words_of(std::vector<Word>{{"TALK"}}), out));
}

// On real text with TABARI's 2012 dictionaries, the index changes nothing but the time.
TEST(TabariPrefilter, IndexedAndExhaustiveSearchCodeTheSameEvents) {
  const std::string dir = std::string(DEMARCHE_SHARED_DIR) + "/bench/tabari/";
  const std::string text_path = dir + "reuters/reuters-dev.text";
  if (!std::filesystem::exists(text_path)) GTEST_SKIP() << text_path << " not found (../shared is absent)";
  Dictionaries d;
  Options o;
  load_project_files(tabari_2012_project(DEMARCHE_SHARED_DIR), d, o);
  const Coder indexed(d), exhaustive(d, false);
  size_t records = 0, events = 0;
  read_records(demarche::read_whole_file(text_path).value_or(""), [&](Record&& r) {
    if (++records > 4000) return;
    const auto a = indexed.code(r, o), b = exhaustive.code(r, o);
    ASSERT_EQ(a.events.size(), b.events.size()) << r.id;
    for (size_t i = 0; i < a.events.size(); ++i) {
      EXPECT_EQ(a.events[i].source + a.events[i].target + a.events[i].code,
                b.events[i].source + b.events[i].target + b.events[i].code) << r.id;
      EXPECT_EQ(a.events[i].pattern, b.events[i].pattern) << r.id;
    }
    events += a.events.size();
  });
  EXPECT_GT(events, 50u);  // the sample does code events, so the comparison means something
}
