// Throughput of the whole per-document pipeline (extract, segment, date, match, code) on the
// bundled corpus, and of dictionary loading, so that both can be compared run to run.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "dict/dictionary.h"
#include "pipeline/pipeline.h"
#include "read/read.h"

namespace {

using namespace demarche;

const Dictionary& dictionary() { return bundled_dictionary(); }

std::vector<Document> corpus() {
  std::vector<std::string> errors;
  std::vector<Document> docs;
  for (const auto& s : list_sources({std::string(DEMARCHE_SOURCE_DIR) + "/examples/corpus"}, errors))
    docs.push_back(read_document(s));
  return docs;
}

void BM_LoadDictionaries(benchmark::State& state) {
  for (auto _ : state) {
    Diagnostics diags;
    auto d = load_dictionary(default_dictionary_dir(), diags);
    benchmark::DoNotOptimize(d.names.size());
  }
}
BENCHMARK(BM_LoadDictionaries)->Unit(benchmark::kMillisecond);

void BM_CompileMatchers(benchmark::State& state) {
  for (auto _ : state) {
    Pipeline p(dictionary());
    benchmark::DoNotOptimize(&p);
  }
}
BENCHMARK(BM_CompileMatchers)->Unit(benchmark::kMillisecond);

void BM_CodeCorpus(benchmark::State& state) {
  const Pipeline p(dictionary());
  const auto docs = corpus();
  size_t bytes = 0;
  for (const auto& d : docs) bytes += d.text.size();
  for (auto _ : state) {
    for (const auto& d : docs) benchmark::DoNotOptimize(p.run(d).coded.events.size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * docs.size()));
}
BENCHMARK(BM_CodeCorpus)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
