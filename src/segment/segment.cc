#include "segment/segment.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>

#include "base/text.h"

namespace demarche {

namespace {

// ICU break iterators are not thread-safe; each thread clones its own once.
icu::BreakIterator* sentence_iterator() {
  static const std::unique_ptr<icu::BreakIterator> prototype = [] {
    UErrorCode err = U_ZERO_ERROR;
    // "ss=standard" asks ICU to suppress breaks after common abbreviations ("Mr.", "U.S.").
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), err));
    if (U_FAILURE(err)) {
      err = U_ZERO_ERROR;
      it.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), err));
    }
    return it;
  }();
  thread_local std::unique_ptr<icu::BreakIterator> mine(prototype ? prototype->clone() : nullptr);
  return mine.get();
}

// Whether ICU's break after `prev` should be undone because `prev` ends in an abbreviation.
bool keep_together(const std::vector<Token>& prev, const std::vector<Token>& next) {
  if (prev.empty() || next.empty()) return false;
  // News sentences start with a capital: '..., a step aimed at enhancing confidence?" the Russian
  // leader pointed out.' is one sentence.
  if (next.front().word && !next.front().upper && !std::isdigit(static_cast<unsigned char>(next.front().norm[0])))
    return true;
  const auto& last = prev.back();
  if (last.norm.empty() || last.norm.back() != '.') return false;
  const std::string_view w(last.norm.data(), last.norm.size() - 1);
  const auto& first = next.front();
  // Months ("Jan. 5") join only before a number; titles ("Gen. Gerasimov") always join.
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "jun", "jul", "aug",
                                                 "sep", "sept", "oct", "nov", "dec"};
  for (auto m : kMonths)
    if (w == m) return !first.norm.empty() && std::isdigit(static_cast<unsigned char>(first.norm[0]));
  if (is_title_abbreviation(w) && w != "etc" && w != "inc" && w != "co" && w != "ltd" && w != "corp" &&
      w != "jr")
    return true;
  // A middle initial: "Roberta A. Smith", "Kevin D. Williams".
  if (w.size() == 1 && prev.size() >= 2 && prev[prev.size() - 2].upper && prev[prev.size() - 2].word && first.upper &&
      first.word)
    return true;
  // "the U.S. and Japan": a dotted abbreviation followed by a lower-case word.
  if (w.find('.') != std::string_view::npos || w.size() == 1) return !first.upper && first.word;
  return false;
}

}  // namespace

std::vector<Sentence> segment(std::string_view text, const std::vector<Region>& regions) {
  std::vector<Sentence> out;
  auto* it = sentence_iterator();
  for (uint32_t r = 0; r < regions.size(); ++r) {
    const auto reg = regions[r];
    if (reg.end <= reg.begin) continue;
    const auto piece = text.substr(reg.begin, reg.end - reg.begin);
    UErrorCode err = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, piece.data(), static_cast<int64_t>(piece.size()), &err);
    std::vector<std::pair<uint32_t, uint32_t>> bounds;
    if (U_SUCCESS(err) && it) {
      it->setText(ut, err);
      int32_t start = it->first();
      for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next())
        bounds.emplace_back(reg.begin + static_cast<uint32_t>(start), reg.begin + static_cast<uint32_t>(end));
    } else {
      bounds.emplace_back(reg.begin, reg.end);
    }
    utext_close(ut);
    for (auto [b, e] : bounds) {
      if (e - b > kMaxSentenceBytes) {
        // A "sentence" this long is a table, a dump or junk; keep its place, do not code it.
        Sentence s;
        s.begin = b;
        s.end = e;
        s.paragraph = r;
        s.too_long = true;
        out.push_back(std::move(s));
        continue;
      }
      auto tokens = tokenize(text, b, e);
      if (tokens.empty()) continue;
      if (!out.empty() && out.back().paragraph == r && !out.back().too_long && keep_together(out.back().tokens, tokens)) {
        auto& prev = out.back();
        prev.end = tokens.back().end;
        for (auto& t : tokens) prev.tokens.push_back(std::move(t));
        continue;
      }
      Sentence s;
      s.begin = tokens.front().begin;
      s.end = tokens.back().end;
      s.paragraph = r;
      s.tokens = std::move(tokens);
      out.push_back(std::move(s));
    }
  }
  return out;
}

}  // namespace demarche
