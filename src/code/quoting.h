// Internal to code/: where quotations are.
#pragma once
#include <cstdint>
#include <vector>

#include "segment/segment.h"

namespace demarche {

// A quotation from its opening mark to its closing mark, possibly across sentences and, when the
// next paragraph opens with a mark again, across paragraphs. Token positions are (sentence,
// token) pairs; a two-token mark ('' or ``) is named by its first token.
struct QuoteSpan {
  uint32_t open_s, open_t, close_s, close_t;
  uint32_t content_begin, content_end;  // bytes between the marks
  uint32_t mark_begin = 0, mark_end = 0;  // bytes with the marks (mark_end == content_end when unclosed)
  bool closed = true;                     // false: ran to the end of its paragraph
  bool contains(uint32_t s, uint32_t t) const {
    const bool after_open = s > open_s || (s == open_s && t > open_t);
    const bool before_close = s < close_s || (s == close_s && t < close_t);
    return after_open && before_close;
  }
};

// Marks: straight and curly double quotes, guillemets, and the doubled '' `` of some newspapers.
// Single quotes are left alone: inside a quotation they nest, outside they are apostrophes.
std::vector<QuoteSpan> find_quote_spans(const std::vector<Sentence>& sentences);

}  // namespace demarche
