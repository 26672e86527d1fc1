#include <fmt/format.h>

#include <map>
#include <set>

#include "report/report.h"

namespace demarche {

namespace {

// At most `n` bytes, cut at a character boundary, with an ellipsis when cut.
std::string excerpt(const std::string& s, size_t n) {
  if (s.size() <= n) return s;
  size_t cut = n;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "…";
}

std::string indent_wrap_line(const std::string& s, size_t width, const std::string& pad) {
  std::string out, line;
  size_t col = 0;
  for (size_t i = 0; i < s.size();) {
    size_t sp = s.find(' ', i);
    if (sp == std::string::npos) sp = s.size();
    const auto word = s.substr(i, sp - i);
    if (col + word.size() > width && col > 0) {
      out += pad + line + "\n";
      line.clear();
      col = 0;
    }
    if (col) line += ' ', ++col;
    line += word;
    col += word.size();
    i = sp + 1;
  }
  if (!line.empty()) out += pad + line + "\n";
  return out;
}

std::string indent_wrap(const std::string& s, size_t width, const std::string& pad) {
  std::string out;
  for (size_t i = 0; i <= s.size();) {
    auto nl = s.find('\n', i);
    if (nl == std::string::npos) nl = s.size();
    out += indent_wrap_line(s.substr(i, nl - i), width, pad);
    i = nl + 1;
  }
  return out;
}

}  // namespace

void print_timeline(std::ostream& out, const std::vector<EventRow>& rows, const std::string& a, const std::string& b,
                    Format f) {
  if (f != Format::kText) {
    print_events(out, rows, f);
    return;
  }
  std::set<std::string> articles;
  size_t undated = 0;
  for (const auto& r : rows) {
    articles.insert(r.article);
    undated += r.date.empty();
  }
  out << fmt::format("Timeline {} <-> {}: {} events from {} articles{}\n", a, b, rows.size(), articles.size(),
                     undated ? fmt::format(" ({} without a single day, placed by their date range)", undated) : "");
  if (rows.empty()) {
    out << "  No events. Check the codes (e.g. RUS:JPN) and that `demarche ingest` has run on this database.\n";
    return;
  }
  std::string last_key;
  std::map<int, std::pair<double, int>> tone;  // year -> (sum of Goldstein, count)
  for (const auto& r : rows) {
    // An article without a single day shows the range the evidence leaves.
    const std::string when = !r.date.empty() ? r.date
                             : !r.published_first.empty() || !r.published_last.empty()
                                 ? (r.published_first.empty() ? "…" : r.published_first) + ".." +
                                       (r.published_last.empty() ? "…" : r.published_last)
                                 : "undated   ";
    const std::string key = when + "|" + r.article;
    if (key != last_key) {
      out << fmt::format("\n{}  {}  {}\n", when, r.outlet.empty() ? "-" : r.outlet, r.article);
      last_key = key;
    }
    std::string marks = r.historical ? " historical" : "";
    if (r.negated) marks += " negated";
    if (r.conditional) marks += " conditional";
    if (r.future) marks += " future";
    out << fmt::format("  {:>7} -> {:<7} {:<4} {:<44} {:+5.1f}{}\n", r.source, r.target, r.code, excerpt(r.label, 44),
                       r.goldstein, marks.empty() ? "" : "  (" + marks.substr(1) + ")");
    out << indent_wrap("\"" + excerpt(r.sentence, 220) + "\"", 88, "        ");
    if (!r.date.empty() && !r.historical && !r.negated) {
      auto& t = tone[std::stoi(r.date.substr(0, 4))];
      t.first += r.goldstein;
      ++t.second;
    }
  }
  if (!tone.empty()) {
    out << "\nTone by year (mean Goldstein; + cooperation, - conflict):\n";
    for (const auto& [year, t] : tone) {
      const double mean = t.first / t.second;
      const int bar = static_cast<int>(mean < 0 ? -mean : mean);
      out << fmt::format("  {}  {:+5.1f}  {:>3} event{}  {}\n", year, mean, t.second, t.second == 1 ? " " : "s",
                         std::string(static_cast<size_t>(bar) + 1, mean < 0 ? '-' : '+'));
    }
  }
}

void print_article(std::ostream& out, const ArticleRow& a, const std::vector<EventRow>& events,
                   const std::vector<QuoteRow>& quotes) {
  out << fmt::format("Article   {}\nFile      {}\n", a.article, a.path);
  if (a.status != "ok") {
    out << fmt::format("Status    skipped ({}): {}\n", a.status, a.reason);
    return;
  }
  out << fmt::format("Outlet    {}{}\n", a.outlet.empty() ? "unknown" : a.outlet,
                     a.outlet_basis.empty() ? "" : " (from the " + a.outlet_basis + ")");
  out << fmt::format("Published {}  basis: {}", a.published.empty() ? "unknown" : a.published,
                     a.published_basis.empty() ? "none" : a.published_basis);
  if (!a.published_first.empty() || !a.published_last.empty())
    out << fmt::format("  range: {}..{}", a.published_first, a.published_last);
  out << "\n";
  for (const auto& e : a.evidence) out << "          evidence: " << e << "\n";
  for (const auto& w : a.warnings) out << "          warning: " << w << "\n";
  if (!a.title.empty()) out << fmt::format("Title     {}\n", a.title);

  out << "\nText (kept body unmarked; [kind] marks everything else):\n";
  for (const auto& s : a.spans) {
    const auto text = a.content.substr(static_cast<size_t>(s.text_begin), static_cast<size_t>(s.text_end - s.text_begin));
    const std::string tag = s.kind == "body" ? "" : "[" + s.kind + (s.why.empty() || s.why == s.kind ? "" : ": " + s.why) + "] ";
    out << indent_wrap(tag + text, 96, "  ");
  }
  out << fmt::format("\nQuotes ({}):\n", quotes.size());
  for (const auto& q : quotes) {
    const std::string who = q.speaker_name.empty() ? (q.speaker.empty() ? "unattributed" : q.speaker) : q.speaker_name;
    out << fmt::format("  {} [{}]{}{}:\n", who, q.speaker_code.empty() ? "-" : q.speaker_code,
                       q.cue.empty() ? "" : " (" + q.cue + ")", q.via.empty() ? "" : " via " + q.via);
    out << indent_wrap("\"" + q.text + "\"", 90, "      ");
  }
  out << fmt::format("\nEvents ({}):\n", events.size());
  for (const auto& e : events) {
    std::string marks = e.historical ? " historical" : "";
    if (e.negated) marks += " negated";
    if (e.conditional) marks += " conditional";
    if (e.future) marks += " future";
    out << fmt::format("  {}  {} -> {}  {} {} ({:+.1f}){}{}\n", e.date.empty() ? "undated" : e.date, e.source, e.target,
                       e.code, e.label, e.goldstein, e.plover.empty() ? "" : " " + e.plover, marks);
    out << fmt::format("      {} | {} | {}   [{}; date: {}]\n", e.source_text, e.verb_text, e.target_text, e.pattern,
                       e.date_basis.empty() ? "none" : e.date_basis);
  }
}

}  // namespace demarche
