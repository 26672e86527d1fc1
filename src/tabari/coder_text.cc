// The filter (manual 7.3): a record's characters upper-cased and stripped of diacritics, the
// punctuation rules applied, and the text cut into tokens; the one stage that reads raw text.
#include <algorithm>
#include <cctype>

#include "tabari/coder_state.h"

namespace demarche::tabari {

namespace {

// Strips a diacritic from a Latin-1 / Latin Extended-A code point, or 0 when there is none.
char fold_latin(uint32_t cp) {
  static const char* k192 = "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
  if (cp >= 192 && cp <= 255) {
    const char c = k192[cp - 192];
    return (c == 'x' || c == '/') ? 0 : c;
  }
  if (cp >= 0x100 && cp <= 0x17F) {
    static const char* kA = "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
    return kA[cp - 0x100];
  }
  return 0;
}

// The text is upper-cased byte by byte as ASCII: TABARI's dictionaries are ASCII, and the C
// library's locale-aware calls cost more than the rest of the filter.
constexpr bool ascii_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
constexpr bool ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
constexpr char to_upper(char c) { return ascii_lower(static_cast<unsigned char>(c)) ? static_cast<char>(c - 'a' + 'A') : c; }

}  // namespace

std::vector<Tok> Coder::Impl::filter(std::string_view text, bool& all_caps, bool& overflow) const {
  overflow = false;
  // Characters first: upper case, diacritics removed, punctuation rules of manual 7.3.
  std::vector<char> s;  // vector: its push_back inlines, std::string's does not
  std::vector<uint8_t> cap;  // per output char: was upper case in the original
  s.reserve(text.size() + 16);
  cap.reserve(text.size() + 16);
  bool any_lower = false;
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    uint32_t cp = c;
    size_t len = 1;
    if (c >= 0x80) {
      if ((c & 0xE0) == 0xC0 && i + 1 < text.size()) { cp = ((c & 0x1F) << 6) | (text[i + 1] & 0x3F); len = 2; }
      else if ((c & 0xF0) == 0xE0 && i + 2 < text.size()) { cp = ((c & 0x0F) << 12) | ((text[i + 1] & 0x3F) << 6) | (text[i + 2] & 0x3F); len = 3; }
      else if ((c & 0xF8) == 0xF0 && i + 3 < text.size()) { cp = 0x10000; len = 4; }
      else { cp = c; len = 1; }  // a stray byte: Latin-1
      if (cp == 0x2019 || cp == 0x2018) { s.push_back('\''); cap.push_back(0); i += len; continue; }
      if (cp == 0x201C || cp == 0x201D) { s.push_back('"'); cap.push_back(0); i += len; continue; }
      if (cp == 0x2013 || cp == 0x2014) { s.push_back(' '); cap.push_back(0); i += len; continue; }
      const char f = fold_latin(cp);
      if (f) {
        const bool up = ascii_upper(f);
        any_lower |= !up;
        s.push_back(to_upper(f));
        cap.push_back(up);
      } else {
        // Other scripts stay as they are (valid UTF-8 in, valid UTF-8 out).
        for (size_t k = 0; k < len; ++k) { s.push_back(text[i + k]); cap.push_back(0); }
      }
      i += len;
      continue;
    }
    if (ascii_lower(c)) any_lower = true;
    s.push_back(to_upper(static_cast<char>(c)));
    cap.push_back(ascii_upper(c) ? 1 : 0);
    ++i;
  }
  all_caps = !any_lower;
  // Punctuation.
  std::vector<char> o;
  std::vector<uint8_t> ocap;
  o.reserve(s.size() + s.size() / 4 + 32);
  ocap.reserve(o.capacity());
  auto put = [&](char ch, uint8_t cp) { o.push_back(ch); ocap.push_back(cp); };
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '.') {
      // A period stays inside a number and after a capital (an abbreviation: U.S.); anywhere
      // else it ends a word.
      const bool in_number = i > 0 && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i - 1])) &&
                             std::isdigit(static_cast<unsigned char>(s[i + 1]));
      const bool after_capital = i > 0 && cap[i - 1];
      put(in_number || after_capital ? '.' : ' ', 0);
      continue;
    }
    // An underscore in the text joins words as a dictionary's does: "Dol_Amroth" is the
    // phrase DOL_AMROTH (SKIP-01..04).
    if (c == '?' || c == '!' || c == '-' || c == '_' || c == '\t' || c == '\r' || c == '\n') { put(' ', 0); continue; }
    if (c == ',') {
      if (i > 0 && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i - 1])) &&
          std::isdigit(static_cast<unsigned char>(s[i + 1])))
        continue;
      put(' ', 0); put(',', 0); put(' ', 0);
      continue;
    }
    // Semicolons, colons and parentheses are commas to TABARI: "(ICCO)" is a comma clause.
    if (c == ';' || c == ':' || c == '(' || c == ')') { put(' ', 0); put(',', 0); put(' ', 0); continue; }
    if (c == '"') { put(' ', 0); put('"', 0); put(' ', 0); continue; }
    // TABARI keeps apostrophes and dollar signs; any other punctuation separates words:
    // "U.S./Japan agreement" is U.S. JAPAN AGREEMENT, with Japan an actor (JPN/USA/130 in
    // TABARI's reuters-dev output: R1951-6).
    if (c != '\'' && c != '$' && std::ispunct(static_cast<unsigned char>(c))) { put(' ', 0); continue; }
    put(c, cap[i]);
  }
  std::vector<Tok> t;
  for (size_t i = 0; i < o.size();) {
    while (i < o.size() && o[i] == ' ') ++i;
    if (i >= o.size()) break;
    size_t j = i;
    while (j < o.size() && o[j] != ' ') ++j;
    Tok k;
    k.w.assign(o.data() + i, std::min<size_t>(j - i, 62));
    k.cap = ocap[i];
    // A quote mark is a word of its own to TABARI, one that matches nothing but counts in comma
    // clauses: '"... don't work," said a senior Peruvian government official responsible for
    // debt affairs' keeps its closing clause of eleven words, BRA/PERGOV/112 in TABARI's
    // reuters-dev output (R7589-15).
    t.push_back(std::move(k));
    i = j;
    if (t.size() >= 127) {
      // More words than TABARI's parse holds: the record is complex (DEBUG-08, DEBUG-08a).
      for (size_t k = j; k < o.size(); ++k)
        if (o[k] != ' ') { overflow = true; break; }
      break;
    }
  }
  return t;
}

}  // namespace demarche::tabari
