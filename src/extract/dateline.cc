// Datelines: "MOSCOW, September 20. /TASS/.", "ISTANBUL (AA) –", "SALVADOR, Feb 26 -",
// "LIMA (Sputnik) —", "TOKYO, Dec. 16 (Kyodo) --".
#include <cctype>
#include <iterator>

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

bool is_city_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ' || c == '.' || c == '-' || c == '\'' ||
         c == '/' || c == '}' || static_cast<unsigned char>(c) >= 0x80;
}


// A month in a dateline, where wire copy has typing slips ("Narch", "Mach", "Marc", "FEb").
int dateline_month(std::string_view w) {
  if (const int m = month_from_name(w)) return m;
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w.size() < 4 || w.size() > 10) return 0;
  const auto f = fold_case(w);
  static constexpr std::string_view kLong[] = {"january", "february", "march", "april", "august",
                                               "september", "october", "november", "december"};
  static constexpr int kNum[] = {1, 2, 3, 4, 8, 9, 10, 11, 12};
  for (size_t i = 0; i < std::size(kLong); ++i)
    if (kLong[i].substr(0, f.size()) == f || one_edit_apart(f, kLong[i])) return kNum[i];
  return 0;
}

bool is_word_char(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '.'; }

// "Feb 26", "February 26,", "2 March", "March  2" at the cursor; advances past it.
bool read_month_day(Cursor& c, int& month, int& day) {
  const size_t start = c.i;
  auto read_day = [&](int& out) {
    int v = 0, digits = 0;
    while (!c.done() && std::isdigit(static_cast<unsigned char>(c.peek())) && digits < 3) {
      v = v * 10 + (c.peek() - '0');
      ++c.i;
      ++digits;
    }
    if (digits == 0 || digits > 2 || v < 1 || v > 31) return false;
    out = v;
    return true;
  };
  auto read_month = [&](int& out) {
    const size_t w0 = c.i;
    while (!c.done() && is_word_char(c.peek())) ++c.i;
    out = dateline_month(c.s.substr(w0, c.i - w0));
    return out != 0;
  };
  if (std::isdigit(static_cast<unsigned char>(c.peek()))) {
    if (read_day(day)) {
      c.spaces();
      if (read_month(month)) return true;
    }
  } else if (read_month(month)) {
    c.spaces();
    if (read_day(day)) return true;
  }
  c.i = start;
  return false;
}

}  // namespace

std::optional<Dateline> Extractor::parse_dateline(std::string_view line, uint32_t offset) const {
  Cursor c{line};
  while (c.peek() == '*') ++c.i;  // "****LONDON, March 5 -"
  const size_t city_begin = c.i;
  while (!c.done() && is_city_char(c.peek()) && c.peek() != '/') ++c.i;
  // "DALLAS/FORT WORTH" but not "MOSCOW /TASS/"
  while (c.peek() == '/' && c.i + 1 < line.size() && std::isupper(static_cast<unsigned char>(line[c.i + 1])) &&
         line.find('/', c.i + 1) > line.find(',', c.i + 1)) {
    ++c.i;
    while (!c.done() && is_city_char(c.peek()) && c.peek() != '/') ++c.i;
  }
  size_t city_end = c.i;
  while (city_end > city_begin && line[city_end - 1] == ' ') --city_end;
  const auto city = line.substr(city_begin, city_end - city_begin);
  if (city.size() < 2 || city.size() > 40) return std::nullopt;
  int upper = 0, lower = 0;
  for (char ch : city) {
    upper += ch >= 'A' && ch <= 'Z';
    lower += ch >= 'a' && ch <= 'z';
  }
  if (upper + lower < 2 || !(city[0] >= 'A' && city[0] <= 'Z')) return std::nullopt;
  // A city in capitals, or (wire copy) in mixed case when a day and a dash follow: "New York, March 5 -".
  const bool capitals = lower == 0 && upper >= 2;
  if (!capitals) {
    // "New York", "La paz", never "Putin said".
    size_t words = 0;
    for (auto w : split(city, ' ')) {
      if (w.empty()) continue;
      ++words;
      if (!std::isupper(static_cast<unsigned char>(w[0])) && w.size() > 3) return std::nullopt;
    }
    if (words > 4) return std::nullopt;
  }

  Dateline d;
  d.city = std::string(city);
  if (c.peek() == ',') {
    ++c.i;
    c.spaces();
    // A region may stand between the city and the day: "PORTLAND, Ore., Feb 26 -", "RICHMOND, Va.
    // Feb 26 -", "CHEVY CHASE, Md., - March 4 -".
    bool found = read_month_day(c, d.month, d.day);
    if (!found) {
      const size_t region0 = c.i;
      while (!c.done() && c.i - region0 < 26 && !found) {
        const char ch = c.peek();
        if (!(std::isalpha(static_cast<unsigned char>(ch)) || ch == '.' || ch == ' ' || ch == ',' || ch == '-'))
          break;
        const bool boundary = c.i == region0 || line[c.i - 1] == ' ';
        if (boundary && ch != ' ' && c.i > region0) found = read_month_day(c, d.month, d.day);
        if (!found) ++c.i;
      }
      if (found && !std::isupper(static_cast<unsigned char>(line[region0]))) found = false;
    }
    if (!found) return std::nullopt;
    if (c.peek() == '.' || c.peek() == ',') ++c.i;
    c.spaces();
  }
  if (!capitals && d.month == 0) return std::nullopt;
  // The agency marker: "/TASS/" or "(AA)". An unknown one needs a dash after it, or "NATO (North
  // Atlantic Treaty Organization) members met" would read as a dateline.
  bool closed = false, known_marker = false;
  if (capitals && (c.peek() == '/' || c.peek() == '(')) {
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
  } else if (!capitals && (c.peek() == '/' || c.peek() == '(')) {
    return std::nullopt;
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
