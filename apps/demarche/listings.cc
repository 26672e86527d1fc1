#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "commands.h"
#include "dates/dates.h"
#include "dict/lint.h"
#include "report/report.h"
#include "store/store.h"

namespace demarche::app {

namespace {

struct ListOptions {
  std::string format = "text";
  std::string dyad;
  std::string article;
  std::string speaker;
  bool include_historical = false;
  bool include_negated = false;
};

// Opens an existing database: a listing never creates one by accident.
std::unique_ptr<Store> open_existing(const Global& g) {
  if (!std::filesystem::exists(g.db)) {
    std::cerr << fmt::format("demarche: no database at {} (run `demarche ingest PATH` first, or pass --db FILE)\n", g.db);
    return nullptr;
  }
  std::string error;
  auto s = Store::open(g.db, error);
  if (!s) std::cerr << "demarche: " << error << "\n";
  return s;
}

CLI::Option* add_format(CLI::App* c, ListOptions& o) {
  return c->add_option("--format", o.format, "text, jsonl or tsv")
      ->check(CLI::IsMember({"text", "jsonl", "json", "tsv"}))
      ->capture_default_str();
}

bool split_dyad(const std::string& dyad, std::string& a, std::string& b) {
  const auto colon = dyad.find(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == dyad.size()) return false;
  a = dyad.substr(0, colon);
  b = dyad.substr(colon + 1);
  for (auto* s : {&a, &b})
    for (auto& c : *s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return true;
}

}  // namespace

std::function<int()> add_listings(CLI::App& app, Global& g,
                                  std::vector<std::pair<CLI::App*, std::function<int()>>>& out) {
  auto o = std::make_shared<ListOptions>();

  auto* timeline = app.add_subcommand("timeline", "Events between two actors, both directions, in date order");
  timeline->add_option("--dyad", o->dyad, "two actor codes or prefixes, e.g. RUS:JPN or USAGOV:CHN")->required();
  timeline->add_flag("--include-historical", o->include_historical,
                     "also list events the articles date to the past (\"In 1956, ...\")");
  timeline->add_flag("--include-negated", o->include_negated,
                     "also list events the text negates (\"have never signed\", \"did not respond\")");
  add_format(timeline, *o);
  out.push_back({timeline, [&g, o] {
                   std::string a, b;
                   if (!split_dyad(o->dyad, a, b)) {
                     std::cerr << "demarche: --dyad wants two codes joined by ':', e.g. RUS:JPN\n";
                     return kUsage;
                   }
                   auto store = open_existing(g);
                   if (!store) return kFailure;
                   const auto rows = store->events({a, b, {}, o->include_historical, o->include_negated});
                   print_timeline(std::cout, rows, a, b, *parse_format(o->format));
                   return kOk;
                 }});

  auto* events = app.add_subcommand("events", "Every coded event");
  add_format(events, *o);
  events->add_option("--article", o->article, "only this article (its file name)");
  events->add_option("--dyad", o->dyad, "only events between two actors, e.g. RUS:JPN");
  out.push_back({events, [&g, o] {
                   auto store = open_existing(g);
                   if (!store) return kFailure;
                   EventFilter f{{}, {}, o->article, true, true};
                   if (!o->dyad.empty() && !split_dyad(o->dyad, f.dyad_a, f.dyad_b)) {
                     std::cerr << "demarche: --dyad wants two codes joined by ':', e.g. RUS:JPN\n";
                     return kUsage;
                   }
                   print_events(std::cout, store->events(f), *parse_format(o->format));
                   return kOk;
                 }});

  // A listing: open the database, print one kind of row in the chosen format.
  auto listing = [&](const char* name, const char* help, std::function<void(Store&, Format)> print) {
    auto* cmd = app.add_subcommand(name, help);
    add_format(cmd, *o);
    out.push_back({cmd, [&g, o, print] {
                     auto store = open_existing(g);
                     if (!store) return kFailure;
                     print(*store, *parse_format(o->format));
                     return kOk;
                   }});
    return cmd;
  };
  listing("articles", "Every coded article: outlet, date, and its body/comment/boilerplate spans",
          [](Store& s, Format f) { print_articles(std::cout, s.articles(), f); });
  listing("documents", "Every input file with its outcome: coded, or skipped and why",
          [](Store& s, Format f) { print_documents(std::cout, s.articles(), f); });

  auto* quotes = app.add_subcommand("quotes", "Quotations with their speakers");
  add_format(quotes, *o);
  quotes->add_option("--speaker", o->speaker, "only quotes whose speaker contains this text");
  quotes->add_option("--article", o->article, "only this article (its file name)");
  out.push_back({quotes, [&g, o] {
                   auto store = open_existing(g);
                   if (!store) return kFailure;
                   print_quotes(std::cout, store->quotes(o->article, o->speaker), *parse_format(o->format));
                   return kOk;
                 }});

  auto* show = app.add_subcommand("show", "One article: cleaned text with what was dropped, its date and evidence, quotes and events");
  show->add_option("article", o->article, "the article's id (its file name)")->required();
  out.push_back({show, [&g, o] {
                   auto store = open_existing(g);
                   if (!store) return kFailure;
                   const auto a = store->article(o->article);
                   if (!a) {
                     std::cerr << fmt::format("demarche: no article '{}' in {} (see `demarche documents`)\n", o->article, g.db);
                     return kFailure;
                   }
                   print_article(std::cout, *a, store->events_of(o->article), store->quotes(o->article, {}));
                   return kOk;
                 }});
  return nullptr;
}

std::function<int()> add_dict(CLI::App& cmd, Global& g) {
  auto* check = cmd.add_subcommand("check", "Load every dictionary file and report problems as FILE:LINE: message");
  cmd.require_subcommand(1);
  return [&g, check] {
    (void)check;
    Diagnostics diags;
    const auto dir = g.dictionaries.empty() ? default_dictionary_dir() : g.dictionaries;
    const auto dict = load_dictionary(dir, diags);
    lint_dictionary(dict, dir, diags);
    const auto meetings = load_meetings((std::filesystem::path(dir) / "meetings.txt").string(), diags);
    for (const auto& d : diags) std::cout << d.str() << "\n";
    std::cout << fmt::format(
        "{}: {} countries, {} organisations, {} roles, {} outlets, {} people, {} names, {} event codes, {} verb patterns, "
        "{} meeting series; {} problem(s)\n",
        dir, dict.countries.size(), dict.organisations.size(), dict.roles.size(), dict.outlets.size(),
        dict.people.size(), dict.names.size(), dict.event_types.size(), dict.verbs.size(),
        meetings ? meeting_series_count(*meetings) : 0, diags.size());
    return diags.empty() ? kOk : kFailure;
  };
}

}  // namespace demarche::app
