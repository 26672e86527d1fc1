#include "code/quoting.h"

namespace demarche {

namespace {
bool is_open_mark(const std::string& t) { return t == "\"" || t == "\xE2\x80\x9C" || t == "\xC2\xAB"; }
bool is_close_mark(const std::string& t) { return t == "\"" || t == "\xE2\x80\x9D" || t == "\xC2\xBB"; }
}  // namespace

std::vector<QuoteSpan> find_quote_spans(const std::vector<Sentence>& sentences) {
  std::vector<QuoteSpan> spans;
  bool open = false;
  uint32_t os = 0, ot = 0;
  auto close_at_end_of = [&](uint32_t si) {
    const auto& s = sentences[si];
    spans.push_back({os, ot, si, static_cast<uint32_t>(s.tokens.size()), sentences[os].tokens[ot].end, s.end});
    open = false;
  };
  for (uint32_t si = 0; si < sentences.size(); ++si) {
    const auto& s = sentences[si];
    // A quote left open runs to the end of its paragraph.
    if (open && si > 0 && sentences[si - 1].paragraph != s.paragraph) close_at_end_of(si - 1);
    for (uint32_t ti = 0; ti < s.tokens.size(); ++ti) {
      const auto& tok = s.tokens[ti].norm;
      if (!open && is_open_mark(tok)) {
        open = true;
        os = si;
        ot = ti;
      } else if (open && is_close_mark(tok)) {
        spans.push_back({os, ot, si, ti, sentences[os].tokens[ot].end, s.tokens[ti].begin});
        open = false;
      }
    }
  }
  if (open) close_at_end_of(static_cast<uint32_t>(sentences.size() - 1));
  return spans;
}

}  // namespace demarche
