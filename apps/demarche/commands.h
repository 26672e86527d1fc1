// The command-line app: each subcommand registers itself on the CLI and runs one library call.
#pragma once
#include <CLI/CLI.hpp>

#include <functional>
#include <string>

namespace demarche::app {

// Exit codes (documented in --help and the README).
inline constexpr int kOk = 0;
inline constexpr int kFailure = 1;        // nothing useful happened (no database, bad dictionary folder)
inline constexpr int kUsage = 2;          // the command line was wrong
inline constexpr int kPartial = 3;        // the batch ran, but some inputs were skipped

struct Global {
  std::string db = "demarche.db";
  std::string dictionaries;
};

// Each returns the function to run when its subcommand was chosen.
std::function<int()> add_ingest(CLI::App& app, Global& g);
std::function<int()> add_listings(CLI::App& app, Global& g, std::vector<std::pair<CLI::App*, std::function<int()>>>& out);
std::function<int()> add_dict(CLI::App& app, Global& g);
std::function<int()> add_tabari(CLI::App& app, Global& g);

// PETRARCH's validation XML, which `demarche tabari` also takes (petrarch.cc).
bool is_petrarch_xml(const std::string& path);
int run_petrarch(const std::string& path, const std::string& output, bool validate, bool quiet);

}  // namespace demarche::app
