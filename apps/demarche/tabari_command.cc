// `demarche tabari PROJECT`: runs a TABARI .project in batch mode (compatibility mode).
#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "base/file.h"
#include "commands.h"
#include "tabari/tabari.h"

namespace demarche::app {

namespace {

struct TabariOptions {
  std::string project;
  std::string output;
  bool validate = false;
  bool quiet = false;
  bool trace = false;
};

const char* outcome_name(tabari::Outcome o) {
  switch (o) {
    case tabari::Outcome::kCoded: return "coded";
    case tabari::Outcome::kNoEvents: return "no events";
    case tabari::Outcome::kDiscard: return "discard";
    case tabari::Outcome::kComplex: return "complex";
    case tabari::Outcome::kTooShort: return "too short";
    case tabari::Outcome::kBadDate: return "bad date";
  }
  return "?";
}

// Does the coder's result match the record's expectations? `why` explains a mismatch.
// `shifting`: time shifting is on, so the date after the first expected event is checked too
// (manual 10.1: otherwise text outside the brackets is ignored).
bool matches(const tabari::Record& r, const tabari::Result& res, bool shifting, std::string& why) {
  if (r.unchecked && r.expected.empty() && !r.expect_null && !r.expect_discard && !r.expect_complex) return true;
  if (r.expect_discard) {
    if (res.outcome == tabari::Outcome::kDiscard) return true;
    why = fmt::format("expected discard, got {}", outcome_name(res.outcome));
    return false;
  }
  if (r.expect_complex) {
    if (res.outcome == tabari::Outcome::kComplex) return true;
    why = fmt::format("expected complex, got {}", outcome_name(res.outcome));
    return false;
  }
  std::set<std::string> want, got;
  for (const auto& e : r.expected) want.insert(e.source + "/" + e.target + "/" + e.code);
  for (const auto& e : res.events) got.insert(e.source + "/" + e.target + "/" + e.code);
  if (r.expect_null && want.empty()) {
    if (got.empty() && res.outcome != tabari::Outcome::kDiscard && res.outcome != tabari::Outcome::kComplex) return true;
  } else if ((r.unchecked ? std::includes(got.begin(), got.end(), want.begin(), want.end()) : want == got) &&
             res.outcome != tabari::Outcome::kDiscard && res.outcome != tabari::Outcome::kComplex) {
    // `-{` after the listed events: "do not check additional records" (manual 10.1), so the
    // listed ones must be there and others may be too.
    if (!shifting || r.expected_date.empty() || r.expected_date == res.shifted_date) return true;
    why = fmt::format("expected date {}, got {}", r.expected_date, res.shifted_date);
    return false;
  }
  std::string w, g;
  for (const auto& s : want) w += (w.empty() ? "" : " ") + s;
  for (const auto& s : got) g += (g.empty() ? "" : " ") + s;
  if (r.expect_null) w = "---";
  if (res.outcome == tabari::Outcome::kDiscard || res.outcome == tabari::Outcome::kComplex)
    g = fmt::format("{} ({})", outcome_name(res.outcome), res.reason);
  why = fmt::format("expected [{}], got [{}]", w, g.empty() ? "---" : g);
  return false;
}

int run(const TabariOptions& o) {
  if (is_petrarch_xml(o.project)) return run_petrarch(o.project, o.output, o.validate, o.quiet);
  tabari::Project p;
  std::string error;
  if (!tabari::read_project(o.project, p, error)) {
    std::cerr << "demarche: " << error << "\n";
    return kFailure;
  }
  tabari::Dictionaries d;
  tabari::Options opts;
  tabari::load_project_files(p, d, opts);
  for (const auto& diag : d.diagnostics) std::cerr << "warning: " << diag.str() << "\n";
  const tabari::Coder coder(d);

  std::ofstream file;
  std::ostream* out = &std::cout;
  if (!o.validate) {
    std::string path = o.output.empty() ? (p.outputfile.empty() ? p.eventfile : p.outputfile) : o.output;
    if (path.empty()) {
      std::cerr << "demarche: the project names no <outputfile> or <eventfile>; pass --output FILE or --output -\n";
      return kUsage;
    }
    if (path != "-") {
      file.open(path, std::ios::binary);
      if (!file) {
        std::cerr << "demarche: cannot write " << path << "\n";
        return kFailure;
      }
      out = &file;
    }
  }

  size_t passed = 0, failed = 0, records = 0, events = 0;
  tabari::Forward forward;  // FORWARD: pronoun references from one record to the next
  bool stop = false;
  for (const auto& tf : p.texts) {
    if (stop) break;
    const auto text = read_whole_file(tf);
    if (!text) {
      std::cerr << "warning: " << tf << ": cannot open; skipped\n";
      continue;
    }
    tabari::read_records(*text, [&](tabari::Record&& r) {
      if (stop) return;
      if (o.validate) {
        if (r.id.starts_with("FINAL")) { stop = true; return; }
        for (const auto& line : r.options) {
          std::string err;
          if (!tabari::apply_option(line, opts, err))
            std::cerr << fmt::format("warning: {}:{}: OPTION: {}\n", tf, r.line, err);
        }
      }
      ++records;
      opts.trace = o.trace;
      const auto res = coder.code(r, opts, &forward);
      if (o.validate) {
        if (!r.has_expectations() || (r.options.size() && r.expected.empty() && !r.expect_null &&
                                      !r.expect_discard && !r.expect_complex && !r.unchecked))
          return;
        std::string why;
        const bool shifting = opts.time_shift == 1 || (opts.time_shift == -1 && coder.has_time_phrases());
        const bool ok = matches(r, res, shifting, why);
        if (o.trace)
          std::cerr << fmt::format("{} {}: {} {} {}\n  {}\n", r.date, r.id, ok ? "PASS" : "FAIL", outcome_name(res.outcome),
                                   res.reason, res.trace);
        if (ok) ++passed;
        else {
          ++failed;
          *out << fmt::format("{} {}: {}\n", r.date, r.id, why);

        }
        return;
      }
      if (o.trace)
        std::cerr << fmt::format("{} {}: {} {}\n  {}\n", r.date, r.id, outcome_name(res.outcome), res.reason,
                                 res.trace);
      for (const auto& e : res.events) {
        if (o.trace) std::cerr << fmt::format("  event {}/{}/{} by {}\n", e.source, e.target, e.code, e.pattern);
        *out << tabari::format_event(e, r, opts) << "\n";
        ++events;
      }
    });
  }
  if (o.validate) {
    *out << fmt::format("{} passed, {} failed\n", passed, failed);
    return failed ? kFailure : kOk;
  }
  if (!o.quiet) std::cerr << fmt::format("{} records, {} events\n", records, events);
  return kOk;
}

}  // namespace

std::function<int()> add_tabari(CLI::App& app, Global& g) {
  auto o = std::make_shared<TabariOptions>();
  app.add_option("project", o->project, "TABARI .project file, or PETRARCH's validation XML (FILE.xml)")->required()->check(CLI::ExistingFile);
  app.add_option("--output,-o", o->output,
                 "event file (default: the project's <outputfile>/<eventfile>; '-' = standard output)");
  app.add_flag("--validate", o->validate,
               "check the expected events in the text file's /* { SRC / TGT / CODE } */ comments "
               "(or the XML's <EventCoding> lines); "
               "prints one line per mismatch and 'N passed, M failed'");
  app.add_flag("--quiet,-q", o->quiet, "no summary on standard error");
  app.add_flag("--trace", o->trace,
               "on standard error, each record's outcome and its words as classified (for diagnosis)");
  return [o] { return run(*o); };
}

}  // namespace demarche::app
