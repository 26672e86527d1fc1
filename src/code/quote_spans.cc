#include "code/quoting.h"

namespace demarche {

namespace {

enum Mark { kNone, kOpen, kClose, kEither };

// The mark at token `t` and how many tokens it takes.
Mark mark_at(const Sentence& s, uint32_t t, uint32_t& len) {
  const auto& tok = s.tokens[t];
  const auto& w = tok.norm;
  len = 1;
  if (w == "\"") return kEither;
  if (w == "\xE2\x80\x9C" || w == "\xE2\x80\x9E" || w == "\xC2\xAB") return kOpen;   // “ „ «
  if (w == "\xE2\x80\x9D" || w == "\xC2\xBB") return kClose;                         // ” »
  if (t + 1 < s.tokens.size() && tok.end == s.tokens[t + 1].begin) {
    const auto& n = s.tokens[t + 1];
    // '' (two straight apostrophes, one byte each) and ``.
    if (w == "'" && n.norm == "'" && tok.end - tok.begin == 1 && n.end - n.begin == 1) {
      len = 2;
      return kEither;
    }
    if (w == "`" && n.norm == "`") {
      len = 2;
      return kOpen;
    }
  }
  return kNone;
}

}  // namespace

std::vector<QuoteSpan> find_quote_spans(const std::vector<Sentence>& sentences) {
  std::vector<QuoteSpan> spans;
  bool open = false;
  QuoteSpan cur{};
  auto close_at_end_of = [&](uint32_t si) {
    const auto& s = sentences[si];
    cur.close_s = si;
    cur.close_t = static_cast<uint32_t>(s.tokens.size());
    cur.content_end = s.tokens.empty() ? s.end : s.tokens.back().end;
    cur.mark_end = cur.content_end;
    cur.closed = false;
    spans.push_back(cur);
    open = false;
  };
  for (uint32_t si = 0; si < sentences.size(); ++si) {
    const auto& s = sentences[si];
    uint32_t ti = 0;
    if (open && si > 0 && sentences[si - 1].paragraph != s.paragraph) {
      // A paragraph that ends inside a quotation continues it when the next opens with a mark.
      uint32_t len = 0;
      const Mark m = s.tokens.empty() ? kNone : mark_at(s, 0, len);
      if (m == kOpen || m == kEither) ti = len;
      else close_at_end_of(si - 1);
    }
    for (; ti < s.tokens.size(); ++ti) {
      uint32_t len = 0;
      Mark m = mark_at(s, ti, len);
      if (m == kNone) continue;
      // '“Apparently not,“ he said': an opening mark attached to the word before it and followed by
      // a space closes the open quotation.
      if (open && m == kOpen && ti > 0 && s.tokens[ti - 1].end == s.tokens[ti].begin &&
          (ti + len >= s.tokens.size() || s.tokens[ti + len].begin > s.tokens[ti + len - 1].end))
        m = kClose;
      if (!open && (m == kOpen || m == kEither)) {
        open = true;
        cur = {};
        cur.open_s = si;
        cur.open_t = ti;
        cur.mark_begin = s.tokens[ti].begin;
        cur.content_begin = s.tokens[ti + len - 1].end;
      } else if (open && (m == kClose || m == kEither)) {
        cur.close_s = si;
        cur.close_t = ti;
        cur.content_end = s.tokens[ti].begin;
        cur.mark_end = s.tokens[ti + len - 1].end;
        cur.closed = true;
        spans.push_back(cur);
        open = false;
      }
      ti += len - 1;
    }
  }
  if (open && !sentences.empty()) close_at_end_of(static_cast<uint32_t>(sentences.size() - 1));
  return spans;
}

}  // namespace demarche
