#include <fmt/format.h>

#include "base/json.h"
#include "report/report.h"

namespace demarche {

std::optional<Format> parse_format(const std::string& s) {
  if (s == "text") return Format::kText;
  if (s == "jsonl" || s == "json") return Format::kJsonl;
  if (s == "tsv") return Format::kTsv;
  return std::nullopt;
}

namespace {

// TSV cells hold no tabs or newlines.
std::string cell(std::string s) {
  for (auto& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

// "negated,future" or "" — the qualifiers that make an event not a plain fact.
std::string flags(const EventRow& r) {
  std::string f;
  for (auto [on, name] : {std::pair{r.negated, "negated"}, {r.conditional, "conditional"}, {r.future, "future"}})
    if (on) f += (f.empty() ? "" : ",") + std::string(name);
  return f;
}

std::string json_or_null(const std::string& s) { return s.empty() ? "null" : json_string(s); }

std::string json_range(const std::optional<std::pair<long long, long long>>& r) {
  return r ? fmt::format("[{},{}]", r->first, r->second) : "null";
}

std::string json_spans(const ArticleRow& a, std::initializer_list<const char*> kinds) {
  std::string out = "[";
  bool first = true;
  for (const auto& s : a.spans) {
    bool want = false;
    for (const char* k : kinds) want |= s.kind == k;
    if (!want) continue;
    if (!first) out += ",";
    out += fmt::format("[{},{}]", s.begin, s.end);
    first = false;
  }
  return out + "]";
}

std::string json_list(const std::vector<std::string>& v) {
  std::string out = "[";
  for (size_t i = 0; i < v.size(); ++i) out += (i ? "," : "") + json_string(v[i]);
  return out + "]";
}

}  // namespace

void print_events(std::ostream& out, const std::vector<EventRow>& rows, Format f) {
  if (f == Format::kTsv)
    out << "article\tdate\thistorical\tsource\ttarget\tcode\tlabel\tgoldstein\tquad\toutlet\tstart\tend\tsentence\tplover\tflags\n";
  for (const auto& r : rows) {
    switch (f) {
      case Format::kJsonl:
        out << fmt::format(
            "{{\"article\":{},\"date\":{},\"date_basis\":{},\"historical\":{},\"source\":{},\"target\":{},\"code\":{},"
            "\"label\":{},\"plover\":{},\"goldstein\":{},\"quad\":{},\"negated\":{},\"conditional\":{},\"future\":{},\"roles_as_of\":{},\"outlet\":{},\"source_text\":{},\"target_text\":{},"
            "\"verb_text\":{},\"pattern\":{},\"sentence\":{},\"offsets\":[{},{}]}}\n",
            json_string(r.article), json_or_null(r.date), json_or_null(r.date_basis), r.historical,
            json_string(r.source), json_string(r.target), json_string(r.code), json_string(r.label),
            json_or_null(r.plover), r.goldstein, r.quad, r.negated, r.conditional, r.future, json_or_null(r.roles_as_of), json_or_null(r.outlet), json_string(r.source_text), json_string(r.target_text),
            json_string(r.verb_text), json_string(r.pattern), json_string(r.sentence), r.sentence_begin,
            r.sentence_end);
        break;
      case Format::kTsv:
        out << fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", cell(r.article), r.date,
                           r.historical ? 1 : 0, r.source, r.target, r.code, cell(r.label), r.goldstein, r.quad,
                           cell(r.outlet), r.sentence_begin, r.sentence_end, cell(r.sentence), r.plover, flags(r));
        break;
      case Format::kText:
        out << fmt::format("{:<10}  {:>7} -> {:<7} {:<4} {:<40} {:>5.1f}  {}{}\n", r.date.empty() ? "undated" : r.date,
                           r.source, r.target, r.code, r.label.substr(0, 40), r.goldstein, r.article,
                           flags(r).empty() ? "" : "  (" + flags(r) + ")");
        break;
    }
  }
}

void print_articles(std::ostream& out, const std::vector<ArticleRow>& rows, Format f) {
  if (f == Format::kTsv) out << "article\tstatus\toutlet\tpublished\tpublished_basis\tfirst\tlast\ttitle\n";
  for (const auto& a : rows) {
    if (a.status != "ok") continue;  // skipped documents are listed by `documents`
    switch (f) {
      case Format::kJsonl: {
        std::string range = a.published_first.empty() && a.published_last.empty()
                                ? "null"
                                : fmt::format("[{},{}]", json_or_null(a.published_first), json_or_null(a.published_last));
        out << fmt::format(
            "{{\"article\":{},\"outlet\":{},\"outlet_basis\":{},\"title\":{},\"published\":{},\"published_basis\":{},"
            "\"published_range\":{},\"published_evidence\":{},\"body\":{},\"comments\":{},\"boilerplate\":{},"
            "\"warnings\":{}}}\n",
            json_string(a.article), json_or_null(a.outlet), json_or_null(a.outlet_basis), json_or_null(a.title),
            json_or_null(a.published), json_or_null(a.published_basis), range, json_list(a.evidence),
            json_spans(a, {"title", "body"}), json_spans(a, {"comment"}), json_spans(a, {"boilerplate"}),
            json_list(a.warnings));
        break;
      }
      case Format::kTsv:
        out << fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", cell(a.article), a.status, cell(a.outlet), a.published,
                           a.published_basis, a.published_first, a.published_last, cell(a.title));
        break;
      case Format::kText:
      {
        const std::string when = !a.published.empty() ? a.published
                                 : !a.published_first.empty() || !a.published_last.empty()
                                     ? a.published_first + ".." + a.published_last
                                     : "undated";
        out << fmt::format("{:<44} {:<22} {:<16} {}\n", a.article, when, a.outlet.empty() ? "-" : a.outlet, a.title);
      }
        break;
    }
  }
}

void print_documents(std::ostream& out, const std::vector<ArticleRow>& rows, Format f) {
  if (f == Format::kTsv) out << "document\tstatus\treason\twarnings\tpath\n";
  for (const auto& a : rows) {
    std::string warnings;
    for (const auto& w : a.warnings) warnings += (warnings.empty() ? "" : "; ") + w;
    switch (f) {
      case Format::kJsonl:
        out << fmt::format("{{\"document\":{},\"status\":{},\"reason\":{},\"warnings\":{},\"path\":{}}}\n",
                           json_string(a.article), json_string(a.status), json_or_null(a.reason),
                           json_list(a.warnings), json_string(a.path));
        break;
      case Format::kTsv:
        out << fmt::format("{}\t{}\t{}\t{}\t{}\n", cell(a.article), a.status, cell(a.reason), cell(warnings),
                           cell(a.path));
        break;
      case Format::kText:
        out << fmt::format("{:<44} {:<10} {}\n", a.article, a.status == "ok" ? "coded" : "skipped: " + a.status,
                           a.reason.empty() ? warnings : a.reason);
        break;
    }
  }
}

void print_quotes(std::ostream& out, const std::vector<QuoteRow>& rows, Format f) {
  if (f == Format::kTsv) out << "article\tkind\tspeaker\tspeaker_name\tspeaker_code\tcue\tvia\ttext\n";
  for (const auto& q : rows) {
    switch (f) {
      case Format::kJsonl:
        out << fmt::format(
            "{{\"article\":{},\"kind\":{},\"speaker\":{},\"speaker_name\":{},\"speaker_code\":{},\"cue\":{},\"via\":{},"
            "\"text\":{},\"offsets\":{},\"speaker_offsets\":{},\"cue_offsets\":{},\"content_offsets\":{}}}\n",
            json_string(q.article), json_string(q.kind), json_or_null(q.speaker), json_or_null(q.speaker_name), json_or_null(q.speaker_code),
            json_or_null(q.cue), json_or_null(q.via), json_string(q.text), json_range(q.content_at),
            json_range(q.speaker_at), json_range(q.cue_at), json_range(q.content_at));
        break;
      case Format::kTsv:
        out << fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", cell(q.article), q.kind, cell(q.speaker), cell(q.speaker_name),
                           q.speaker_code, cell(q.cue), cell(q.via), cell(q.text));
        break;
      case Format::kText: {
        const std::string who = q.speaker_name.empty() ? (q.speaker.empty() ? "?" : q.speaker) : q.speaker_name;
        const bool direct = q.kind != "reported";
        out << fmt::format("{} [{}]{}{}: {}{}{}  ({})\n", who, q.speaker_code.empty() ? "-" : q.speaker_code,
                           q.cue.empty() ? "" : " " + q.cue, q.via.empty() ? "" : " via " + q.via, direct ? "\"" : "",
                           q.text, direct ? "\"" : "", q.article);
        break;
      }
    }
  }
}

}  // namespace demarche
