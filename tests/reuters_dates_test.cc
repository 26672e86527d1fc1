// Publication dates on Reuters-21578 (reut2-000.sgm from ../shared): the scoring of
// bench/reuters_dates.cc, run as a test. Skips when ../shared is absent.
#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>

#define REUTERS_DATES_NO_MAIN
#include "../bench/reuters_dates.cc"

namespace demarche {
namespace {

TEST(ReutersDates, ReferenceDateAndNoReferenceDate) {
  const std::string path = std::string(DEMARCHE_SHARED_DIR) + "/bench/reuters/reut2-000.sgm";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not present (../shared is only beside the repo on project machines)";
  const auto& dict = bundled_dictionary();
  const Extractor ex(dict);
  const Pipeline without(dict);
  const auto stories = reuters_dates::read_file(path);
  ASSERT_EQ(stories.size(), 1000u);
  reuters_dates::Score s;
  reuters_dates::score(stories, ex, &without, s, 0);
  std::cout << reuters_dates::report(s);
  // The dateline is read, and with the reference date resolves to its own day.
  EXPECT_GE(s.dateline_parsed * 1000, s.with_dateline * 995);
  EXPECT_GE(s.ref_rate_local(), 0.98);
  // Against the gold day itself: the datelines of Asia and the Pacific name the next day for
  // stories filed in the New York evening; 94.5% is every dateline read right.
  EXPECT_GE(s.ref_rate(), 0.94);
  // Without a reference date, commit only on evidence: no wrong year.
  EXPECT_LE(s.commit_wrong_year, 2u);
  EXPECT_LE(s.range_misses_year, 5u);
}

}  // namespace
}  // namespace demarche
