// The shared reader for the native block files: an unindented header, indented "key: a; b" fields.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionary.h"

namespace demarche {

struct Field {
  std::string key;
  std::vector<std::string> values;
  std::string raw;
  size_t line = 0;
};
struct Block {
  std::string header;
  size_t line = 0;
  std::vector<Field> fields;
};

std::vector<Block> parse_blocks(std::string_view text, const std::string& file, Diagnostics& diags);

// "a; b ;c" -> {"a","b","c"}, empty items dropped.
std::vector<std::string> split_list(std::string_view s);
// Text before an unquoted '#'.
std::string_view strip_comment(std::string_view line);

}  // namespace demarche
