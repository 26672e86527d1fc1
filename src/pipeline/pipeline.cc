#include "pipeline/pipeline.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "base/text.h"

namespace demarche {

namespace {

// Words before an office title that mean the person does not hold it (now).
bool not_in_office(std::string_view w) {
  static constexpr std::string_view k[] = {"former", "ex", "ex-", "late", "then", "then-", "vice", "deputy", "first",
                                           "acting", "elect", "-elect", "future", "would-be", "assistant", "under",
                                           "interim", "designate", "incoming", "next", "previous", "past", "onetime",
                                           "one-time", "opposition", "shadow", "candidate", "nominee", "senior"};
  for (auto x : k)
    if (w == x) return true;
  return false;
}

std::string office_title_words(const std::string& title) {
  // "president of the Soviet Union (general secretary until 1991-08-24)" -> "president of the Soviet Union"
  auto t = std::string_view(title);
  for (char stop : {'(', ';'})
    if (auto p = t.find(stop); p != std::string_view::npos) t = t.substr(0, p);
  return std::string(trim(t));
}

std::vector<std::string> words_of(std::string_view phrase) {
  std::vector<std::string> out;
  for (const auto& t : tokenize(phrase, 0, static_cast<uint32_t>(phrase.size()))) out.push_back(t.norm);
  return out;
}

// The ways an office is written: its title, and the other names in parentheses ("chief cabinet
// secretary (top government spokesman)"); "top government spokesman" is also written
// "government's top spokesman".
std::vector<std::vector<std::string>> office_titles(const std::string& title) {
  std::vector<std::vector<std::string>> out;
  out.push_back(words_of(office_title_words(title)));
  const auto open = title.find('('), close = title.find(')');
  if (open != std::string::npos && close != std::string::npos && close > open) {
    for (auto alt : split(std::string_view(title).substr(open + 1, close - open - 1), ';')) {
      alt = trim(alt);
      if (alt.empty() || alt.find_first_of("0123456789") != std::string_view::npos) continue;
      auto w = words_of(alt);
      if (w.size() >= 3 && w[0] == "top") out.push_back({w[1], "'s", "top", w[2]});
      out.push_back(std::move(w));
    }
  }
  for (auto& w : out)
    if (w.empty()) w.clear();
  return out;
}

std::shared_ptr<const MeetingTable> meetings_beside(const Dictionary& dict) {
  namespace fs = std::filesystem;
  std::vector<fs::path> dirs;
  for (const auto& f : dict.files) {
    const auto parent = fs::path(*f).parent_path();
    dirs.push_back(parent);
    dirs.push_back(parent.parent_path());
  }
  dirs.push_back(default_dictionary_dir());
  std::error_code ec;
  for (const auto& d : dirs) {
    const auto p = d / "meetings.txt";
    if (fs::exists(p, ec)) {
      Diagnostics diags;
      return load_meetings(p.string(), diags);
    }
  }
  return nullptr;
}

}  // namespace

Pipeline::Pipeline(const Dictionary& dict, PipelineOptions opts)
    : dict_(dict), opts_(opts), extractor_(dict), matcher_(dict), coder_(matcher_) {
  meetings_ = opts_.meetings ? opts_.meetings : meetings_beside(dict);
  office_words_.resize(dict.people.size());
  for (size_t i = 0; i < dict.people.size(); ++i)
    for (const auto& o : dict.people[i].offices) {
      office_words_[i].push_back(office_titles(o.title));
    }
}

std::vector<DateClue> Pipeline::officeholder_clues(const std::vector<Sentence>& sentences) const {
  std::vector<DateClue> out;
  std::vector<std::string> seen;  // one clue per person and title
  for (const auto& s : sentences) {
    if (s.tokens.empty()) continue;
    const auto& t = s.tokens;
    const auto m = matcher_.match(s, std::nullopt);
    for (const auto& a : m.actors) {
      if (a.person < 0) continue;
      const auto pi = static_cast<size_t>(a.person);
      const auto& person = dict_.people[pi];
      // The title: a run of words ending where a capitalised name runs to the mention's end.
      const uint32_t from = a.tok_begin >= 6 ? a.tok_begin - 6 : 0;
      std::vector<DateRange> allowed;
      std::string title;
      for (size_t oi = 0; oi < person.offices.size(); ++oi) {
        for (const auto& w : office_words_[pi][oi]) {
        if (w.empty() || !allowed.empty()) continue;
        for (uint32_t b = from; b + w.size() < a.tok_end; ++b) {
          bool eq = true;
          for (size_t k = 0; k < w.size() && eq; ++k) eq = t[b + k].norm == w[k];
          if (!eq) continue;
          const uint32_t e = b + static_cast<uint32_t>(w.size());
          bool name = e < a.tok_end;
          for (uint32_t k = e; k < a.tok_end && name; ++k) name = t[k].word && t[k].upper;
          if (!name) continue;
          bool blocked = false;
          for (uint32_t k = b, n = 0; k > 0 && n < 3; --k, ++n) {
            const auto& pw = t[k - 1].norm;
            if (!t[k - 1].word && pw != "-") break;
            blocked |= not_in_office(pw);
          }
          if (e < t.size() && (t[e].norm == "-elect" || t[e].norm == "elect" || t[e].norm == "-")) blocked = true;
          if (blocked) continue;
          // Every tenure in an office of this title.
          title = office_title_words(person.offices[oi].title);
          for (size_t oj = 0; oj < person.offices.size(); ++oj)
            if (office_title_words(person.offices[oj].title) == title) allowed.push_back(person.offices[oj].when);
          break;
        }
        }
        if (!allowed.empty()) break;
      }
      if (allowed.empty()) continue;
      // The people files are complete from 1990 on (world.txt: current officeholders only), so an
      // earlier tenure may be missing: for someone in office by the mid-1990s, anything before 1990
      // stays possible; for world.txt only the end of the last tenure is known.
      std::string caveat;
      const bool current_only = person.file && std::filesystem::path(*person.file).filename() == "world.txt";
      Date earliest{INT32_MAX};
      for (const auto& o : person.offices) earliest = std::min(earliest, o.when.first);
      if (current_only) {
        Date last{INT32_MIN};
        for (const auto& r : allowed) last = std::max(last, r.last);
        allowed = {DateRange{Date{INT32_MIN}, last}};
        caveat = " (earlier tenures not listed)";
      } else if (earliest <= date_from_ymd(1995, 12, 31)) {
        allowed.push_back({Date{INT32_MIN}, date_from_ymd(1989, 12, 31)});
        caveat = " (or before 1990, not listed)";
      }
      const auto key = fmt::format("{}|{}", pi, title);
      if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
      seen.push_back(key);
      std::string spans;
      for (const auto& r : allowed) {
        const std::string a1 = r.first.days == INT32_MIN ? "" : format_iso_date(r.first);
        const std::string b1 = r.last.days == INT32_MAX ? "" : format_iso_date(r.last);
        spans += (spans.empty() ? "" : ", ") + a1 + ".." + b1;
      }
      out.push_back({allowed, fmt::format("{} named as {}: in office {}{}", person.name, title, spans, caveat)});
    }
  }
  return out;
}

bool Pipeline::prepare(CodedDocument& out) const {
  out.warnings = out.doc.warnings;
  if (out.doc.status != ReadStatus::kOk) return false;
  const std::string_view text = out.doc.text;

  out.article = extractor_.extract(text);
  std::vector<Region> regions;
  for (const auto& s : out.article.article_text()) regions.push_back({s.begin, s.end});
  out.sentences = segment(text, regions);
  size_t too_long = 0;
  for (const auto& s : out.sentences) too_long += s.too_long;
  if (too_long)
    out.warnings.push_back(fmt::format("{} sentence(s) over {} bytes kept but not coded", too_long, kMaxSentenceBytes));

  DateInputs in;
  in.text = text;
  in.sentences = &out.sentences;
  in.reference = opts_.reference_date;
  in.meetings = meetings_.get();
  // Officeholders matter only when neither the token nor dateline + reference date settle it.
  const auto& a = out.article;
  const bool settled = a.date_token || (opts_.reference_date && a.dateline && a.dateline->month);
  if (!settled) in.clues = officeholder_clues(out.sentences);
  out.published = resolve_publication_date(out.article, in);
  return true;
}

CodedDocument Pipeline::run_dates(Document doc) const {
  CodedDocument out;
  out.doc = std::move(doc);
  prepare(out);
  for (auto& s : out.sentences) std::vector<Token>().swap(s.tokens);
  return out;
}

CodedDocument Pipeline::run(Document doc) const {
  CodedDocument out;
  out.doc = std::move(doc);
  if (!prepare(out)) return out;
  const std::string_view text = out.doc.text;
  out.coded = coder_.code(text, out.sentences, out.published.date, out.published.range);
  for (const auto& e : out.coded.events) {
    const auto& s = out.sentences[e.sentence];
    uint32_t vb = 0, ve = 0;
    for (uint32_t t = 0; t < s.tokens.size(); ++t) {
      if (s.tokens[t].begin == e.verb_at.begin) vb = t;
      if (s.tokens[t].end == e.verb_at.end) ve = t + 1;
    }
    out.event_dates.push_back(date_event(s, vb, ve, out.published));
    // "Japan expelled Soviet diplomats": a state gone before the article was written acted in the past.
    const auto& pub = out.published;
    const std::optional<Date> earliest = pub.date ? pub.date : pub.range ? std::optional<Date>(pub.range->first) : std::nullopt;
    for (const auto* code : {&e.source, &e.target})
      for (const auto& c : dict_.countries)
        if (c.ended && earliest && earliest->days > c.ended->days && code->compare(0, c.code.size(), c.code) == 0)
          out.event_dates.back().historical = true;
  }
  for (auto& s : out.sentences) std::vector<Token>().swap(s.tokens);
  return out;
}

}  // namespace demarche
