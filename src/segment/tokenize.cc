#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <unordered_set>

#include "base/text.h"
#include "segment/segment.h"

namespace demarche {

bool is_title_abbreviation(std::string_view f) {
  static const std::unordered_set<std::string_view> kTitles = {
      "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr",
      "gov", "sen", "rep", "rev", "st", "sr", "jr", "mt", "ft", "pres", "amb", "hon", "messrs", "no",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "etc",
      "inc", "corp", "co", "ltd", "dept", "univ", "approx", "fig", "vol", "p", "pp"};
  return kTitles.count(f) > 0;
}

namespace {

UChar32 at(std::string_view s, int32_t i, int32_t& next) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  UChar32 c;
  next = i;
  U8_NEXT(p, next, n, c);
  return c < 0 ? 0xFFFD : c;
}

bool wordish(UChar32 c) { return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK; }
bool apostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }

}  // namespace

std::vector<Token> tokenize(std::string_view text, uint32_t begin, uint32_t end) {
  std::vector<Token> out;
  const auto s = text.substr(0, end);
  int32_t i = static_cast<int32_t>(begin);
  const int32_t n = static_cast<int32_t>(end);
  auto push = [&](int32_t b, int32_t e, bool word) {
    Token t;
    t.begin = static_cast<uint32_t>(b);
    t.end = static_cast<uint32_t>(e);
    t.norm = fold_case(s.substr(static_cast<size_t>(b), static_cast<size_t>(e - b)));
    int32_t nx;
    t.upper = u_isupper(at(s, b, nx));
    t.word = word;
    out.push_back(std::move(t));
  };
  while (i < n) {
    int32_t next;
    const UChar32 c = at(s, i, next);
    if (u_isspace(c) || c == 0xA0) {
      i = next;
      continue;
    }
    if (!wordish(c)) {
      push(i, next, false);
      i = next;
      continue;
    }
    // A word: letters and digits, joined by . - ' & when a letter or digit follows.
    const int32_t start = i;
    i = next;
    bool dotted = false;  // "U.S.", "U.N."
    while (i < n) {
      const UChar32 d = at(s, i, next);
      if (wordish(d)) {
        i = next;
        continue;
      }
      if (d == '.' || d == '-' || d == 0x2010 || d == '&' || apostrophe(d)) {
        int32_t after;
        if (next < n && wordish(at(s, next, after))) {
          dotted |= d == '.';
          i = next;
          continue;
        }
      }
      break;
    }
    int32_t word_end = i;
    // Keep the dot of "U.S." and of a title abbreviation ("Gen.") with the word.
    if (i < n && s[static_cast<size_t>(i)] == '.') {
      const auto w = fold_case(s.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
      const bool single_letter = (i - start) == 1 && u_isupper(at(s, start, next));
      if (dotted || single_letter || is_title_abbreviation(w)) word_end = ++i;
    }
    // Split a possessive: "Japan's" -> "Japan" "'s"; "Kurils’" -> "Kurils" "'".
    const auto w = s.substr(static_cast<size_t>(start), static_cast<size_t>(word_end - start));
    size_t cut = std::string_view::npos;
    if (w.size() > 2 && (w.ends_with("'s") || w.ends_with("'S"))) cut = w.size() - 2;
    else if (w.size() > 4 && (w.ends_with("\xE2\x80\x99s") || w.ends_with("\xE2\x80\x99S"))) cut = w.size() - 4;
    if (cut != std::string_view::npos) {
      push(start, start + static_cast<int32_t>(cut), true);
      push(start + static_cast<int32_t>(cut), word_end, false);
    } else {
      push(start, word_end, true);
    }
  }
  return out;
}

}  // namespace demarche
