#include "dict/block_file.h"

#include "base/text.h"

namespace demarche {

std::string_view strip_comment(std::string_view line) {
  const auto hash = line.find('#');
  return hash == std::string_view::npos ? line : line.substr(0, hash);
}

std::vector<std::string> split_list(std::string_view s) {
  std::vector<std::string> out;
  for (auto part : split(s, ';')) {
    part = trim(part);
    if (!part.empty()) out.emplace_back(part);
  }
  return out;
}

std::vector<Block> parse_blocks(std::string_view text, const std::string& file, Diagnostics& diags) {
  std::vector<Block> blocks;
  size_t lineno = 0;
  for (auto raw : split(text, '\n')) {
    ++lineno;
    const auto line = strip_comment(raw);
    if (trim(line).empty()) continue;
    const bool indented = line.front() == ' ' || line.front() == '\t';
    if (!indented) {
      blocks.push_back({std::string(trim(line)), lineno, {}});
      continue;
    }
    if (blocks.empty()) {
      diags.push_back({file, lineno, "field before any header line; skipped"});
      continue;
    }
    const auto body = trim(line);
    const auto colon = body.find(':');
    if (colon == std::string_view::npos || colon == 0) {
      diags.push_back({file, lineno, "expected 'key: value' in an indented line; skipped"});
      continue;
    }
    Field f;
    f.key = std::string(trim(body.substr(0, colon)));
    f.raw = std::string(trim(body.substr(colon + 1)));
    f.values = split_list(f.raw);
    f.line = lineno;
    blocks.back().fields.push_back(std::move(f));
  }
  return blocks;
}

}  // namespace demarche
