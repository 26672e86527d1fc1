// Internal to tabari/: the ASCII string helpers TABARI's line formats need.
#pragma once
#include <cctype>
#include <string>
#include <string_view>

namespace demarche::tabari {

// TABARI files are ASCII with CR/LF line ends; white space is blanks, tabs and line ends only.
inline std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

inline std::string upper(std::string_view s) {
  std::string r(s);
  for (auto& c : r) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return r;
}

}  // namespace demarche::tabari
