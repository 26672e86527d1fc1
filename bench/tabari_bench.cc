// TABARI compatibility mode: dictionary load + compile time, then single-thread coding speed on
// reuters-dev (57,193 records) with the 2012 dictionaries, and peak memory. Reads ../shared.
//   tabari_bench [RECORDS]   -- RECORDS limits the records coded (e.g. 10000 under callgrind)
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "base/file.h"
#include "tabari/tabari.h"
#include "tabari_2012.h"

using namespace demarche::tabari;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  const std::string shared = DEMARCHE_SHARED_DIR "/bench/tabari";
  const std::string text_path = shared + "/reuters/reuters-dev.text";
  if (!std::filesystem::exists(text_path)) {
    std::printf("tabari_bench: %s not found (../shared absent); skipped\n", text_path.c_str());
    return 0;
  }
  const size_t limit = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : SIZE_MAX;
  const auto t0 = Clock::now();
  Dictionaries d;
  Options o;
  load_project_files(tabari_2012_project(DEMARCHE_SHARED_DIR), d, o);
  const auto t1 = Clock::now();
  const Coder coder(d);
  const auto t2 = Clock::now();
  std::vector<Record> records;
  read_records(demarche::read_whole_file(text_path).value_or(""), [&](Record&& r) {
    if (records.size() < limit) records.push_back(std::move(r));
  });
  const auto t3 = Clock::now();
  size_t events = 0;
  for (const auto& r : records) events += coder.code(r, o).events.size();
  const auto t4 = Clock::now();
  rusage ru{};  // peak memory of loading and coding, before the baseline's second coder
  getrusage(RUSAGE_SELF, &ru);
  // Baseline in the same run: the same coder trying every pattern of a root (no pattern index).
  // Skipped under callgrind (RECORDS given), where only the indexed coder is measured.
  double baseline_sec = 0;
  if (argc <= 1) {
    const Coder exhaustive(d, false);
    const auto b0 = Clock::now();
    size_t baseline_events = 0;
    for (const auto& r : records) baseline_events += exhaustive.code(r, o).events.size();
    baseline_sec = std::chrono::duration<double>(Clock::now() - b0).count();
    if (baseline_events != events) std::printf("tabari: WARNING the pattern index changed the events (%zu vs %zu)\n", events, baseline_events);
  }
  auto ms = [](auto a, auto b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
  std::printf("tabari load: read dictionaries %.0f ms (%zu actors, %zu agents, %zu verb roots, %zu warnings), "
              "compile %.0f ms, read records %.0f ms\n",
              ms(t0, t1), d.actors.size(), d.agents.size(), d.verbs.size(), d.diagnostics.size(), ms(t1, t2), ms(t2, t3));
  const double sec = ms(t3, t4) / 1000.0;
  std::printf("tabari coding: %zu records, %zu events in %.3f s, one thread: %.0f records/s\n", records.size(), events,
              sec, records.size() / sec);
  if (baseline_sec > 0)
    std::printf("tabari baseline (every pattern tried, same run): %.0f records/s; the pattern index is %.2fx faster\n",
                records.size() / baseline_sec, baseline_sec / sec);
  std::printf("tabari peak RSS: %ld MB\n", ru.ru_maxrss / 1024);
  return 0;
}
