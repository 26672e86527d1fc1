// Internal to tabari/: the ASCII string helpers TABARI's line formats need.
#pragma once
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace demarche::tabari {

// TABARI files are ASCII with CR/LF line ends; white space is blanks, tabs and line ends only.
inline std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

// The words of a blank-separated list ("{ MET_ MEETS }" without its braces).
inline std::vector<std::string_view> blank_separated(std::string_view s) {
  std::vector<std::string_view> out;
  for (size_t p = 0, q; p < s.size(); p = q + 1) {
    while (p < s.size() && (s[p] == ' ' || s[p] == '\t')) ++p;
    q = s.find_first_of(" \t", p);
    if (q == std::string_view::npos) q = s.size();
    if (q > p) out.push_back(s.substr(p, q - p));
  }
  return out;
}

inline std::string upper(std::string_view s) {
  std::string r(s);
  for (auto& c : r) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return r;
}

}  // namespace demarche::tabari
