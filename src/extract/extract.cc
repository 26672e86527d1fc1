// Line-level cleaning: which lines of a scraped page are the article, which are furniture, and
// where the reader comments start.
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "base/text.h"
#include "extract/article.h"

namespace demarche {

const char* span_kind_name(SpanKind k) {
  switch (k) {
    case SpanKind::kTitle: return "title";
    case SpanKind::kBody: return "body";
    case SpanKind::kDateline: return "dateline";
    case SpanKind::kMeta: return "metadata";
    case SpanKind::kComment: return "comment";
    case SpanKind::kBoilerplate: return "boilerplate";
  }
  return "?";
}

std::vector<Span> Article::article_text() const {
  std::vector<Span> out;
  for (const auto& s : spans)
    if (s.kind == SpanKind::kTitle || s.kind == SpanKind::kBody) out.push_back(s);
  return out;
}

Extractor::Extractor(const Dictionary& dict) {
  for (const auto& b : dict.boilerplate) furniture_.insert(fold_case(b));
  for (const auto& n : dict.names)
    if (n.kind == NameKind::kOutlet) outlet_names_.push_back({fold_case(n.phrase), &dict.outlets[n.owner]});
  for (const auto& o : dict.outlets) {
    for (const auto& m : o.datelines) outlet_markers_.push_back({fold_case(m), &o});
    for (const auto& m : o.copyright) outlet_copyrights_.push_back({fold_case(m), &o});
  }
  // Longest first, so "Sputnik International" wins over "Sputnik".
  auto longer = [](const OutletRef& a, const OutletRef& b) { return a.folded.size() > b.folded.size(); };
  std::stable_sort(outlet_names_.begin(), outlet_names_.end(), longer);
  std::stable_sort(outlet_copyrights_.begin(), outlet_copyrights_.end(), longer);
}

const Outlet* Extractor::outlet_for_marker(std::string_view marker) const {
  const auto f = fold_case(marker);
  for (const auto& m : outlet_markers_)
    if (m.folded == f) return m.outlet;
  // "(Sputnik)" names the outlet even when outlets.txt lists no such marker.
  if (f.size() > 2) {
    const auto inner = std::string_view(f).substr(1, f.size() - 2);
    for (const auto& n : outlet_names_)
      if (n.folded == inner) return n.outlet;
  }
  return nullptr;
}

const Outlet* Extractor::outlet_in_caption(std::string_view line) const {
  // "Abe shakes hands with Putin - Sputnik International"
  const auto f = fold_case(line);
  for (const auto& n : outlet_names_) {
    const auto suffix = " - " + n.folded;
    if (f.size() > suffix.size() && f.compare(f.size() - suffix.size(), suffix.size(), suffix) == 0)
      return n.outlet;
  }
  return nullptr;
}

const Outlet* Extractor::outlet_in_copyright(std::string_view line) const {
  const auto f = fold_case(line);
  for (const auto& c : outlet_copyrights_)
    if (f.find(c.folded) != std::string::npos) return c.outlet;
  for (const auto& n : outlet_names_) {
    const auto pos = f.find(n.folded);
    if (pos == std::string::npos) continue;
    const bool left_ok = pos == 0 || !std::isalnum(static_cast<unsigned char>(f[pos - 1]));
    const size_t end = pos + n.folded.size();
    const bool right_ok = end == f.size() || !std::isalnum(static_cast<unsigned char>(f[end]));
    if (left_ok && right_ok) return n.outlet;
  }
  return nullptr;
}

namespace {

struct Line {
  uint32_t begin, end;  // trimmed
  std::string_view text;
};

bool ends_sentence(std::string_view s) {
  s = trim(s);
  if (s.empty()) return false;
  const char last = s.back();
  if (last == '.' || last == '!' || last == '?' || last == '"' || last == ':' || last == ')') return true;
  // ” and ’ and …
  return s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x9D" || s.substr(s.size() - 3) == "\xE2\x80\x99" ||
                           s.substr(s.size() - 3) == "\xE2\x80\xA6");
}

size_t word_count(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    const bool sp = c == ' ' || c == '\t';
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

// A commenter's handle: one word alone on its line, not a sentence.
bool is_handle(std::string_view s) {
  if (s.size() < 2 || s.size() > 40 || word_count(s) != 1 || ends_sentence(s)) return false;
  bool letter = false;
  for (unsigned char c : s) letter |= std::isalpha(c) || c >= 0x80;
  return letter;
}

bool is_number(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// Share of letters in Latin script; -1 when the line has fewer than three letters.
double latin_share(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  int32_t i = 0, letters = 0, latin = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0 || !u_isalpha(c)) continue;
    ++letters;
    UErrorCode err = U_ZERO_ERROR;
    if (uscript_getScript(c, &err) == USCRIPT_LATIN) ++latin;
  }
  return letters < 3 ? -1.0 : static_cast<double>(latin) / letters;
}

// "Japanese FM Kishida to Visit Russia on December 3 to Meet Counterpart Lavrov"
bool is_title_case(std::string_view s) {
  static const std::unordered_set<std::string_view> kSmall = {"a", "an", "the", "to", "of", "on", "in", "at", "for",
                                                               "and", "or", "with", "by", "as", "from", "vs", "via"};
  size_t words = 0, capital = 0;
  for (auto w : split(s, ' ')) {
    w = trim(w);
    if (w.empty() || kSmall.count(w)) continue;
    const unsigned char c0 = static_cast<unsigned char>(w[0]);
    if (std::isdigit(c0)) continue;
    ++words;
    capital += std::isupper(c0) || c0 >= 0x80;
  }
  return words >= 4 && capital * 10 >= words * 9;
}

// "By Riyaz ul Khaliq": the author, not a headline.
bool is_byline(std::string_view s) {
  if (!starts_with_ci(s, "by ") || ends_sentence(s)) return false;
  const auto words = word_count(s);
  return words >= 2 && words <= 6 && s.find(',') == std::string_view::npos;
}

// "Related: Russia halts peace treaty talks with Japan", "Read more: ..."
bool is_related_link(std::string_view s) {
  for (const char* p : {"related:", "read more:", "read also:", "see also:", "also read:", "more:", "watch:",
                        "recommended:", "related stories:", "related articles:"})
    if (starts_with_ci(s, p)) return true;
  return false;
}

bool is_copyright_start(std::string_view s) {
  return s.substr(0, 2) == "\xC2\xA9" || starts_with_ci(s, "(c) ") || starts_with_ci(s, "copyright ");
}

bool is_caption_marker(std::string_view s) {
  for (const char* m : {"(L)", "(R)", "(C)", "(left)", "(right)", "(centre)", "(center)", "(front)", "(back)"})
    if (s.find(m) != std::string_view::npos) return true;
  return starts_with_ci(s, "photo:") || starts_with_ci(s, "file photo") || starts_with_ci(s, "picture:");
}

}  // namespace

Article Extractor::extract(std::string_view text) const {
  Article a;
  std::vector<Line> lines;
  {
    for (auto raw : split(text, '\n')) {
      const auto t = trim(raw);
      if (!t.empty()) {
        const auto b = static_cast<uint32_t>(t.data() - text.data());
        lines.push_back({b, b + static_cast<uint32_t>(t.size()), t});
      }
    }
  }
  auto add = [&](uint32_t b, uint32_t e, SpanKind k, std::string why = {}) {
    if (e > b) a.spans.push_back({b, e, k, std::move(why)});
  };

  // The seed format's leading "date YYYY-MM-DD" token.
  if (!lines.empty() && starts_with_ci(lines[0].text, "date ") && lines[0].text.size() >= 15) {
    if (auto d = parse_iso_date(lines[0].text.substr(5, 10))) {
      a.date_token = d;
      auto& l = lines[0];
      add(l.begin, l.begin + 15, SpanKind::kMeta, "date token");
      const auto rest = trim(l.text.substr(15));
      l.begin = static_cast<uint32_t>(rest.data() - text.data());
      l.text = rest;
      if (rest.empty()) lines.erase(lines.begin());
    }
  }

  double doc_latin = 0;
  {
    size_t n = 0;
    for (const auto& l : lines) {
      const double s = latin_share(l.text);
      if (s >= 0) doc_latin += s, ++n;
    }
    doc_latin = n ? doc_latin / static_cast<double>(n) : 1.0;
  }

  enum class Pass { kContent, kFurniture };
  struct Classified {
    Line line;
    Pass pass;
    std::string why;
  };
  std::vector<Classified> cls;
  bool ended = false;       // a copyright line closed the article
  size_t end_index = SIZE_MAX;
  const Outlet* copyright_outlet = nullptr;
  const Outlet* caption_outlet = nullptr;

  for (auto l : lines) {
    const auto folded = fold_case(l.text);
    std::string why;
    if (is_byline(l.text)) why = "byline";
    else if (furniture_.count(folded)) why = "page furniture";
    else if (is_related_link(l.text)) why = "related headline";
    else if (is_number(l.text)) why = "counter";
    else if (doc_latin > 0.5 && latin_share(l.text) >= 0 && latin_share(l.text) < 0.5) why = "text in another script";
    else if (is_copyright_start(l.text)) {
      // A short copyright line closes the article only after some of its sentences; above them
      // it is a photo credit.
      const bool after_sentences = std::any_of(cls.begin(), cls.end(), [](const auto& c) {
        return c.pass == Pass::kContent && ends_sentence(c.line.text);
      });
      why = l.text.size() < 80 && after_sentences ? "copyright line" : "photo credit";
      if (auto* o = outlet_in_copyright(l.text); o && why == "copyright line") copyright_outlet = o;
    } else if (auto* o = outlet_in_caption(l.text)) {
      why = "photo caption";
      caption_outlet = o;
    } else if (is_caption_marker(l.text) && !ends_sentence(l.text)) {
      why = "photo caption";
    }
    if (!why.empty()) {
      if (why == "copyright line" && !ended) {
        ended = true;
        end_index = cls.size();
      }
      cls.push_back({l, Pass::kFurniture, why});
      continue;
    }
    // "…in the near future.© KYODO": a copyright mark glued to the last sentence.
    const auto copy = l.text.find("\xC2\xA9");
    if (copy != std::string_view::npos && copy > 0 && ends_sentence(l.text.substr(0, copy))) {
      const auto head = trim(l.text.substr(0, copy));
      Line h{l.begin, l.begin + static_cast<uint32_t>(head.size()), head};
      Line t{l.begin + static_cast<uint32_t>(copy), l.end, l.text.substr(copy)};
      cls.push_back({h, Pass::kContent, {}});
      if (auto* o = outlet_in_copyright(t.text)) copyright_outlet = o;
      ended = true;
      end_index = cls.size();
      cls.push_back({t, Pass::kFurniture, "copyright line"});
      continue;
    }
    cls.push_back({l, Pass::kContent, {}});
  }

  // Reader comments: a run of handles, each followed by its text. After the article's copyright
  // line one handle is enough; before it we want at least two.
  size_t comments_from = SIZE_MAX;
  for (size_t i = 0; i + 1 < cls.size(); ++i) {
    if (cls[i].pass != Pass::kContent || !is_handle(cls[i].line.text)) continue;
    if (cls[i + 1].pass != Pass::kContent || is_handle(cls[i + 1].line.text)) continue;
    size_t handles = 0;
    for (size_t j = i; j + 1 < cls.size(); ++j)
      handles += cls[j].pass == Pass::kContent && is_handle(cls[j].line.text) &&
                 cls[j + 1].pass == Pass::kContent && !is_handle(cls[j + 1].line.text);
    const bool after_end = ended && i > end_index;
    if (handles >= 2 || (after_end && handles >= 1)) {
      comments_from = i;
      break;
    }
  }

  bool seen_content = false;
  size_t dateline_tries = 0;
  for (size_t i = 0; i < cls.size(); ++i) {
    auto& c = cls[i];
    const auto& l = c.line;
    if (c.pass == Pass::kFurniture) {
      add(l.begin, l.end, SpanKind::kBoilerplate, c.why);
      continue;
    }
    if (i >= comments_from) {
      // One comment: the handle and the lines up to the next handle.
      if (is_handle(l.text) && !a.spans.empty() && a.spans.back().kind == SpanKind::kComment &&
          a.spans.back().end <= l.begin) {
        add(l.begin, l.end, SpanKind::kComment, "reader comment");
      } else if (!a.spans.empty() && a.spans.back().kind == SpanKind::kComment && !is_handle(l.text)) {
        a.spans.back().end = l.end;
      } else {
        add(l.begin, l.end, SpanKind::kComment, "reader comment");
      }
      continue;
    }
    if (ended && i > end_index) {
      add(l.begin, l.end, SpanKind::kBoilerplate, "after the article's end");
      continue;
    }
    if (seen_content && !ends_sentence(l.text) && is_title_case(l.text) && word_count(l.text) >= 4) {
      add(l.begin, l.end, SpanKind::kBoilerplate, "related headline");
      continue;
    }
    auto body = l;
    if (!a.dateline && dateline_tries < 4) {
      ++dateline_tries;
      if (auto d = parse_dateline(l.text, l.begin)) {
        add(d->begin, d->end, SpanKind::kDateline, "dateline");
        const auto rest = l.text.substr(d->end - l.begin);
        body = {d->end, l.end, rest};
        a.dateline = std::move(d);
      }
    }
    if (!seen_content && !ends_sentence(body.text) && i + 1 < cls.size()) {
      add(body.begin, body.end, SpanKind::kTitle);
      a.title = std::string(body.text);
    } else {
      add(body.begin, body.end, SpanKind::kBody);
    }
    seen_content = true;
  }

  if (a.dateline && !a.dateline->marker.empty()) {
    if (auto* o = outlet_for_marker(a.dateline->marker)) {
      a.outlet = o->name;
      a.outlet_basis = "dateline";
    }
  }
  if (a.outlet.empty() && copyright_outlet) {
    a.outlet = copyright_outlet->name;
    a.outlet_basis = "copyright line";
  }
  if (a.outlet.empty() && caption_outlet) {
    a.outlet = caption_outlet->name;
    a.outlet_basis = "photo caption";
  }
  std::sort(a.spans.begin(), a.spans.end(), [](const Span& x, const Span& y) { return x.begin < y.begin; });
  return a;
}

}  // namespace demarche
