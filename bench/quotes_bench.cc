// Throughput of quote extraction alone: quotation spans, cues, speakers, contents and speaker
// resolution, on articles already extracted, segmented and matched (those stages have their own
// benchmark in pipeline_bench). One thread. Corpus: PolNeAR train+dev texts when ../shared is
// present, else examples/corpus. Usage: quotes_bench [--seconds N]
#include <fmt/format.h>

#include <chrono>
#include <filesystem>

#include "code/article_view.h"
#include "dict/dictionary.h"
#include "extract/article.h"
#include "match/match.h"
#include "read/read.h"
#include "segment/segment.h"

namespace fs = std::filesystem;
using namespace demarche;

namespace {

struct Prepared {
  std::string text;
  std::vector<Sentence> sentences;
  std::vector<SentenceMatches> matches;
};

}  // namespace

int main(int argc, char** argv) {
  double min_seconds = 2;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::string(argv[i]) == "--seconds") min_seconds = std::stod(argv[++i]);
  const Dictionary& dict = bundled_dictionary();
  const Extractor extractor(dict);
  const Matcher matcher(dict);

  std::vector<std::string> roots;
  const fs::path polnear = fs::path(DEMARCHE_SHARED_DIR) / "bench" / "polnear";
  for (const char* split : {"train", "dev"})
    if (fs::is_directory(polnear / split / "text")) roots.push_back((polnear / split / "text").string());
  if (roots.empty()) roots.push_back(std::string(DEMARCHE_SOURCE_DIR) + "/examples/corpus");
  std::vector<std::string> errors;
  std::vector<Prepared> docs;
  // The stages before quotes (read, extract, segment, match) once over the same texts: the
  // baseline the quote stage's speed is compared with in this run.
  const auto p0 = std::chrono::steady_clock::now();
  size_t bytes = 0;
  for (const auto& src : list_sources(roots, errors)) {
    auto doc = read_document(src);
    if (doc.status != ReadStatus::kOk) continue;
    Prepared p;
    p.text = std::move(doc.text);
    const auto article = extractor.extract(p.text);
    std::vector<Region> regions;
    for (const auto& s : article.article_text()) regions.push_back({s.begin, s.end});
    p.sentences = segment(p.text, regions);
    for (const auto& s : p.sentences) p.matches.push_back(matcher.match(s, std::nullopt));
    bytes += p.text.size();
    docs.push_back(std::move(p));
  }

  const double prepare_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - p0).count();
  size_t rounds = 0, quotes = 0;
  const auto t0 = std::chrono::steady_clock::now();
  double seconds = 0;
  while (seconds < min_seconds) {
    for (const auto& d : docs) {
      ArticleView a{d.text, d.sentences, dict, std::nullopt, d.matches, find_quote_spans(d.sentences), {}};
      // The people named so far, as the coder records them before attributing.
      for (uint32_t si = 0; si < d.sentences.size(); ++si)
        for (const auto& m : d.matches[si].actors)
          if (m.person >= 0) a.ctx.saw_person(d.sentences[si].tokens[m.tok_begin].begin, m.person, m.code);
      std::vector<Quote> out;
      attribute_quotes(a, {}, out);
      quotes += out.size();
    }
    ++rounds;
    seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  }
  const double mb = static_cast<double>(bytes) * rounds / 1e6;
  fmt::print("quote extraction: {} articles ({:.2f} MB of text) x {} rounds in {:.2f} s: {:.1f} MB/s on one core, "
             "{} quotes per round\n",
             docs.size(), bytes / 1e6, rounds, seconds, mb / seconds, quotes / rounds);
  const double prepare_mb_s = static_cast<double>(bytes) / 1e6 / prepare_seconds;
  fmt::print("baseline (same run): read+extract+segment+match {:.1f} MB/s; quote extraction runs {:.2f}x that speed "
             "(goal: >= 5 MB/s per core)\n",
             prepare_mb_s, (mb / seconds) / prepare_mb_s);
  return 0;
}
