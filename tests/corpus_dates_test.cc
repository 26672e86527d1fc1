// The bundled corpus names each article's true date in its file name (NN_YYYY-MM-DD_slug.txt):
// every date the resolver commits to must be that day, and every range must hold it.
#include <gtest/gtest.h>

#include "dict/dictionary.h"
#include "pipeline/pipeline.h"
#include "read/read.h"

namespace {

using namespace demarche;

TEST(CorpusDates, NeverAWrongDayOrARangeWithoutTheTruth) {
  const Pipeline pipeline(bundled_dictionary());
  std::vector<std::string> errors;
  size_t committed = 0, ranged = 0, articles = 0;
  for (const auto& src : list_sources({std::string(DEMARCHE_SOURCE_DIR) + "/examples/corpus"}, errors)) {
    if (src.id.size() < 14 || src.id[2] != '_') continue;
    const auto truth = parse_iso_date(src.id.substr(3, 10));
    ASSERT_TRUE(truth) << src.id;
    ++articles;
    const auto coded = pipeline.run(read_document(src));
    const auto& p = coded.published;
    if (p.date) {
      ++committed;
      EXPECT_EQ(format_iso_date(*p.date), src.id.substr(3, 10)) << src.id << " basis: " << p.basis;
    } else if (p.range) {
      ++ranged;
      EXPECT_TRUE(p.range->contains(*truth)) << src.id << " range excludes the true day";
    }
  }
  std::printf("corpus: %zu articles, %zu dated to the day, %zu given a range\n", articles, committed, ranged);
  EXPECT_GE(articles, 20u);
  EXPECT_GE(committed, 12u);  // a ratchet: raise it as dating improves
}

}  // namespace
