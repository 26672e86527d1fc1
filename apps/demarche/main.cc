// demarche: news articles in, political event data out.
#include <iostream>
#include <vector>

#include "commands.h"

int main(int argc, char** argv) {
  using namespace demarche::app;
  CLI::App app{
      "demarche — turns news articles into dated, source-linked political event data (CAMEO).\n"
      "Exit codes: 0 success; 1 failure; 2 usage error; 3 the batch ran but some inputs were skipped."};
  app.require_subcommand(1);
  Global g;
  app.add_option("--db", g.db, "SQLite database file")->capture_default_str();
  app.add_option("--dictionaries", g.dictionaries, "dictionary folder (default: the bundled one)");
  app.fallthrough();

  std::vector<std::pair<CLI::App*, std::function<int()>>> commands;
  auto* ingest = app.add_subcommand("ingest", "Read articles (files or folders), code them and store them");
  commands.push_back({ingest, add_ingest(*ingest, g)});
  add_listings(app, g, commands);
  auto* dict = app.add_subcommand("dict", "Dictionary tools: 'dict check' lints the dictionaries");
  commands.push_back({dict, add_dict(*dict, g)});
  auto* tabari = app.add_subcommand("tabari", "Run a TABARI .project (compatibility mode): events, or --validate");
  commands.push_back({tabari, add_tabari(*tabari, g)});

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? kOk : kUsage;
  }
  for (auto& [cmd, run] : commands)
    if (cmd->parsed()) {
      try {
        return run();
      } catch (const std::exception& e) {
        std::cerr << "demarche: " << e.what() << "\n";
        return kFailure;
      }
    }
  return kUsage;
}
