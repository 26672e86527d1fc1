// Internal to code/: where quotations are and who is named next to them.
#pragma once
#include <cstdint>
#include <vector>

#include "segment/segment.h"

namespace demarche {

// A quotation from its opening mark to its closing mark, possibly across sentences of one
// paragraph. Token positions are (sentence, token) pairs.
struct QuoteSpan {
  uint32_t open_s, open_t, close_s, close_t;
  uint32_t content_begin, content_end;  // bytes between the marks
  bool contains(uint32_t s, uint32_t t) const {
    const bool after_open = s > open_s || (s == open_s && t > open_t);
    const bool before_close = s < close_s || (s == close_s && t < close_t);
    return after_open && before_close;
  }
};

std::vector<QuoteSpan> find_quote_spans(const std::vector<Sentence>& sentences);

}  // namespace demarche
