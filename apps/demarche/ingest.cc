#include <tbb/global_control.h>
#include <tbb/parallel_for.h>

#include <fmt/format.h>

#include <iostream>
#include <optional>

#include "commands.h"
#include "dict/dictionary.h"
#include "pipeline/pipeline.h"
#include "progress.h"
#include "read/read.h"
#include "store/store.h"

namespace demarche::app {

namespace {

struct IngestOptions {
  std::vector<std::string> paths;
  std::string reference_date;
  size_t max_bytes = 64u << 20;
  size_t batch = 256;
  int jobs = 0;
  bool force = false;
  bool quiet = false;
};

// Dictionary problems are warnings: the rest of the dictionary still codes.
std::optional<Dictionary> load_dictionaries(const Global& g, bool quiet) {
  Diagnostics diags;
  const auto dir = g.dictionaries.empty() ? default_dictionary_dir() : g.dictionaries;
  auto dict = load_dictionary(dir, diags);
  size_t shown = 0;
  for (const auto& d : diags)
    if (!quiet && shown++ < 20) std::cerr << "demarche: warning: " << d.str() << "\n";
  if (diags.size() > 20 && !quiet)
    std::cerr << fmt::format("demarche: ... and {} more dictionary warnings (run `demarche dict check`)\n",
                             diags.size() - 20);
  if (dict.names.empty() || dict.event_types.empty()) {
    std::cerr << "demarche: no usable dictionaries in " << dir << " (point --dictionaries at the dictionaries/ folder)\n";
    return std::nullopt;
  }
  return dict;
}

int run_ingest(const Global& g, const IngestOptions& o) {
  PipelineOptions popts;
  if (!o.reference_date.empty()) {
    popts.reference_date = parse_iso_date(o.reference_date);
    if (!popts.reference_date) {
      std::cerr << "demarche: --reference-date wants YYYY-MM-DD, got '" << o.reference_date << "'\n";
      return kUsage;
    }
  }
  auto dict = load_dictionaries(g, o.quiet);
  if (!dict) return kFailure;
  std::string error;
  auto store = Store::open(g.db, error);
  if (!store) {
    std::cerr << "demarche: " << error << "\n";
    return kFailure;
  }
  std::vector<std::string> errors;
  const auto sources = list_sources(o.paths, errors);
  for (const auto& e : errors) std::cerr << "demarche: " << e << "\n";
  if (sources.empty()) {
    std::cerr << "demarche: nothing to ingest\n";
    return errors.empty() ? kOk : kPartial;
  }

  std::optional<tbb::global_control> threads;
  if (o.jobs > 0) threads.emplace(tbb::global_control::max_allowed_parallelism, static_cast<size_t>(o.jobs));
  const Pipeline pipeline(*dict, popts);
  const auto known = store->hashes();
  ReadOptions ropts;
  ropts.max_bytes = o.max_bytes;

  size_t coded = 0, unchanged = 0, skipped = 0, warned = 0, events = 0, quotes = 0;
  Progress progress(sources.size(), !o.quiet);
  for (size_t start = 0; start < sources.size(); start += o.batch) {
    const size_t end = std::min(sources.size(), start + o.batch);
    std::vector<std::optional<CodedDocument>> results(end - start);
    tbb::parallel_for(start, end, [&](size_t i) {
      auto doc = read_document(sources[i], ropts);
      const auto it = known.find(doc.id);
      if (!o.force && it != known.end() && it->second == doc.hash) return;  // already stored as it is
      results[i - start] = pipeline.run(std::move(doc));
    });
    store->begin();
    try {
      for (auto& r : results) {
        if (!r) {
          ++unchanged;
          continue;
        }
        store->put(*r);
        if (!r->coded_ok()) {
          ++skipped;
          std::cerr << fmt::format("demarche: {}: skipped: {}\n", r->doc.path, r->doc.reason);
          continue;
        }
        ++coded;
        events += r->coded.events.size();
        quotes += r->coded.quotes.size();
        if (!r->warnings.empty()) ++warned;
        for (const auto& w : r->warnings) std::cerr << fmt::format("demarche: {}: {}\n", r->doc.path, w);
      }
      store->commit();
    } catch (...) {
      store->rollback();
      throw;
    }
    progress.update(end);
  }
  progress.finish();
  if (!o.quiet)
    std::cerr << fmt::format(
        "demarche: {} documents: {} coded ({} with warnings), {} unchanged, {} skipped; {} events, {} quotes -> {}\n",
        sources.size(), coded, warned, unchanged, skipped, events, quotes, g.db);
  return skipped || !errors.empty() ? kPartial : kOk;
}

}  // namespace

std::function<int()> add_ingest(CLI::App& cmd, Global& g) {
  auto o = std::make_shared<IngestOptions>();
  cmd.add_option("paths", o->paths, "article files or folders (read recursively)")->required();
  cmd.add_option("--reference-date", o->reference_date,
                 "YYYY-MM-DD: the day the articles were collected; datelines without a year resolve to the "
                 "latest such day not after it");
  cmd.add_option("--max-bytes", o->max_bytes, "skip files larger than this")->capture_default_str();
  cmd.add_option("--batch", o->batch, "documents per database transaction")->capture_default_str()->check(CLI::PositiveNumber);
  cmd.add_option("-j,--jobs", o->jobs, "worker threads (default: all cores)");
  cmd.add_flag("--force", o->force, "re-code documents even when their content is unchanged (after a dictionary edit)");
  cmd.add_flag("-q,--quiet", o->quiet, "no progress bar or summary");
  cmd.footer(
      "Every input ends up in the database: coded, or recorded as skipped with the reason (see `demarche documents`).\n"
      "Exit codes: 0 all coded; 3 some inputs skipped; 1 failure; 2 usage error.");
  return [&g, o] { return run_ingest(g, *o); };
}

}  // namespace demarche::app
