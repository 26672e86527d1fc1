// `demarche tabari FILE.xml`: PETRARCH's validation records, coded from their text (never their
// parse trees) by the TABARI coder with the dictionaries the file's <Environment> names.
#include <fmt/format.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "base/file.h"
#include "commands.h"
#include "tabari/tabari.h"

namespace demarche::app {

namespace {

std::string events_text(const std::set<std::string>& s) {
  std::string r;
  for (const auto& e : s) r += (r.empty() ? "" : " ") + e;
  return r.empty() ? "---" : r;
}

// PETRARCH's expectations against the coder's result; `why` says what differed.
bool matches(const tabari::PetrarchRecord& p, const tabari::Result& res, std::string& why) {
  const auto& r = p.record;
  const bool discarded = res.outcome == tabari::Outcome::kDiscard;
  std::set<std::string> want, got;
  for (const auto& e : r.expected) want.insert(e.source + "/" + e.target + "/" + e.code);
  for (const auto& e : res.events) got.insert(e.source + "/" + e.target + "/" + e.code);
  std::string g = discarded ? fmt::format("discard ({})", res.reason) : events_text(got);
  if (r.expect_discard) {
    if (discarded) return true;
    why = fmt::format("expected {}, got [{}]", p.error, g);
    return false;
  }
  if (!p.error.empty()) {
    // Errors PETRARCH finds in the input (a dateline, a broken parse tree): the record must
    // yield nothing.
    if (got.empty()) return true;
    why = fmt::format("expected error {}, got [{}]", p.error, g);
    return false;
  }
  if (!discarded && want == got) return true;
  why = fmt::format("expected [{}], got [{}]", events_text(want), g);
  return false;
}

// PETRARCH's <Config> options that bear on coding from text; the others (stop_on_error,
// new_actor_length: actors made from unknown noun phrases) are accepted and have no effect.
bool apply_config(const std::string& name, const std::string& value, tabari::Options& o, std::string& error) {
  std::string v;
  for (char c : value) v += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (name == "require_dyad") {
    if (v != "true" && v != "false") { error = "wants true or false"; return false; }
    o.require_dyad = v == "true";
    return true;
  }
  if (name == "comma_min" || name == "comma_max" || name == "comma_bmin" || name == "comma_bmax" ||
      name == "comma_emin" || name == "comma_emax") {
    char* end = nullptr;
    const long n = std::strtol(value.c_str(), &end, 10);
    if (value.empty() || *end || n < 0 || n > 1000) { error = "wants a number of words"; return false; }
    int& field = name == "comma_min" ? o.comma_min : name == "comma_max" ? o.comma_max : name == "comma_bmin" ? o.comma_bmin
               : name == "comma_bmax" ? o.comma_bmax : name == "comma_emin" ? o.comma_emin : o.comma_emax;
    field = static_cast<int>(n);
    return true;
  }
  if (name == "stop_on_error" || name == "new_actor_length") return true;
  error = "unknown option";
  return false;
}

}  // namespace

bool is_petrarch_xml(const std::string& path) {
  if (path.ends_with(".xml") || path.ends_with(".XML")) return true;
  std::ifstream in(path, std::ios::binary);
  std::string head(4096, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  return head.find("<Validation>") != std::string::npos || head.find("<Environment>") != std::string::npos;
}

int run_petrarch(const std::string& path, const std::string& output, bool validate, bool quiet) {
  const auto xml_file = read_whole_file(path);
  if (!xml_file) {
    std::cerr << "demarche: cannot read " << path << "\n";
    return kFailure;
  }
  tabari::PetrarchEnvironment env;
  std::vector<tabari::PetrarchRecord> records;
  tabari::Dictionaries d;
  const std::string& xml = *xml_file;
  tabari::read_petrarch_records(xml, path, env, [&](tabari::PetrarchRecord&& r) { records.push_back(std::move(r)); },
                                d.diagnostics);
  if (env.verbs.empty() || env.actors.empty()) {
    for (const auto& diag : d.diagnostics) std::cerr << "warning: " << diag.str() << "\n";
    std::cerr << "demarche: " << path << ": <Environment> needs <Verbfile> and <Actorfile>\n";
    return kFailure;
  }
  const auto dir = std::filesystem::path(path).parent_path();
  auto load = [&](const std::string& f, auto reader) {
    if (f.empty()) return;
    const auto full = (dir / f).string();
    if (const auto text = read_whole_file(full)) reader(*text, full, d);
    else d.diagnostics.push_back({full, 0, "cannot open; skipped"});
  };
  load(env.actors, tabari::read_petrarch_actors);
  load(env.agents, tabari::read_petrarch_agents);
  load(env.verbs, tabari::read_petrarch_verbs);
  load(env.discards, tabari::read_petrarch_discards);
  for (const auto& diag : d.diagnostics) std::cerr << "warning: " << diag.str() << "\n";
  const tabari::Coder coder(d);
  tabari::Options opts;
  opts.yyyy = true;          // PETRARCH dates are YYYYMMDD
  opts.minimum_words = 1;    // and its unit tests are often short sentences
  opts.petrarch = true;
  // PETRARCH's default comma limits (its config file's; <Config> lines change them).
  opts.comma_min = opts.comma_emin = 2;
  opts.comma_max = opts.comma_emax = 8;
  opts.comma_bmin = opts.comma_bmax = 0;

  std::ofstream file;
  std::ostream* out = &std::cout;
  if (!output.empty() && output != "-") {
    file.open(output, std::ios::binary);
    if (!file) {
      std::cerr << "demarche: cannot write " << output << "\n";
      return kFailure;
    }
    out = &file;
  }
  size_t passed = 0, failed = 0, events = 0;
  for (const auto& p : records) {
    for (const auto& [name, value] : p.config) {
      std::string error;
      if (!apply_config(name, value, opts, error))
        std::cerr << fmt::format("warning: {}:{}: <Config option=\"{}\">: {}\n", path, p.record.line, name, error);
    }
    const auto res = coder.code(p.record, opts);
    if (!validate) {
      for (const auto& e : res.events) {
        *out << tabari::format_event(e, p.record, opts) << "\n";
        ++events;
      }
      continue;
    }
    if (!p.record.has_expectations() && p.error.empty()) continue;
    std::string why;
    if (matches(p, res, why)) ++passed;
    else {
      ++failed;
      *out << fmt::format("{} ({}): {}\n", p.record.id, p.category, why);
    }
  }
  if (validate) {
    *out << fmt::format("{} passed, {} failed\n", passed, failed);
    return failed ? kFailure : kOk;
  }
  if (!quiet) std::cerr << fmt::format("{} records, {} events\n", records.size(), events);
  return kOk;
}

}  // namespace demarche::app
