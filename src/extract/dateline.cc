// Datelines: "MOSCOW, September 20. /TASS/.", "ISTANBUL (AA) –", "SALVADOR, Feb 26 -",
// "LIMA (Sputnik) —", "TOKYO, Dec. 16 (Kyodo) --".
#include <cctype>

#include "base/text.h"
#include "extract/article.h"

namespace demarche {

int month_from_name(std::string_view w) {
  static constexpr std::string_view kMonths[] = {"january", "february", "march", "april", "may", "june",
                                                 "july", "august", "september", "october", "november", "december"};
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w.size() < 3) return 0;
  const auto f = fold_case(w);
  for (int i = 0; i < 12; ++i) {
    if (f == kMonths[i]) return i + 1;
    if (f.size() == 3 && kMonths[i].substr(0, 3) == f) return i + 1;
  }
  if (f == "sept") return 9;
  return 0;
}

namespace {

struct Cursor {
  std::string_view s;
  size_t i = 0;
  bool done() const { return i >= s.size(); }
  char peek() const { return done() ? '\0' : s[i]; }
  void spaces() {
    for (;;) {
      if (!done() && (s[i] == ' ' || s[i] == '\t')) ++i;
      else if (s.substr(i, 2) == "\xC2\xA0") i += 2;  // no-break space
      else break;
    }
  }
  // "-", "--", "–" (U+2013), "—" (U+2014)
  bool dash() {
    if (s.substr(i, 3) == "\xE2\x80\x93" || s.substr(i, 3) == "\xE2\x80\x94") {
      i += 3;
      return true;
    }
    if (peek() == '-') {
      while (peek() == '-') ++i;
      return true;
    }
    return false;
  }
};

bool is_city_char(char c) { return (c >= 'A' && c <= 'Z') || c == ' ' || c == '.' || c == '-' || c == '\''; }

}  // namespace

std::optional<Dateline> Extractor::parse_dateline(std::string_view line, uint32_t offset) const {
  Cursor c{line};
  size_t city_end = 0;
  while (!c.done() && is_city_char(c.peek())) ++c.i;
  city_end = c.i;
  while (city_end > 0 && line[city_end - 1] == ' ') --city_end;
  const auto city = line.substr(0, city_end);
  if (city.size() < 2 || city.size() > 40) return std::nullopt;
  int letters = 0;
  for (char ch : city) letters += ch >= 'A' && ch <= 'Z';
  if (letters < 2) return std::nullopt;

  Dateline d;
  d.city = std::string(city);
  if (c.peek() == ',') {
    ++c.i;
    c.spaces();
    const size_t w0 = c.i;
    while (!c.done() && (std::isalpha(static_cast<unsigned char>(c.peek())) || c.peek() == '.')) ++c.i;
    d.month = month_from_name(line.substr(w0, c.i - w0));
    if (!d.month) return std::nullopt;
    c.spaces();
    int day = 0, digits = 0;
    while (!c.done() && std::isdigit(static_cast<unsigned char>(c.peek())) && digits < 3) {
      day = day * 10 + (c.peek() - '0');
      ++c.i;
      ++digits;
    }
    if (digits == 0 || day < 1 || day > 31) return std::nullopt;
    d.day = day;
    if (c.peek() == '.' || c.peek() == ',') ++c.i;
    c.spaces();
  }
  // The agency marker: "/TASS/" or "(AA)". An unknown one needs a dash after it, or "NATO (North
  // Atlantic Treaty Organization) members met" would read as a dateline.
  bool closed = false, known_marker = false;
  if (c.peek() == '/' || c.peek() == '(') {
    const char close = c.peek() == '/' ? '/' : ')';
    const size_t m0 = c.i++;
    while (!c.done() && c.peek() != close && c.i - m0 < 40) ++c.i;
    if (c.peek() != close) return std::nullopt;
    ++c.i;
    d.marker = std::string(line.substr(m0, c.i - m0));
    known_marker = outlet_for_marker(d.marker) != nullptr;
    closed = known_marker || d.month != 0;
    if (c.peek() == '.') ++c.i;
    c.spaces();
  }
  if (c.dash()) {
    closed = true;
    c.spaces();
  }
  // Without a marker or a dash, "MOSCOW, May 9 is a holiday" would read as a dateline.
  if (!closed) return std::nullopt;
  if (d.month == 0 && d.marker.empty()) return std::nullopt;
  d.begin = offset;
  d.end = offset + static_cast<uint32_t>(c.i);
  return d;
}

}  // namespace demarche
