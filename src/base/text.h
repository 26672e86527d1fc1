// UTF-8 handling shared by every stage: repair with an offset map back to the original bytes,
// case folding and small string helpers.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace demarche {

// Maps byte offsets in repaired text back to byte offsets in the original file. Empty when the
// file was valid UTF-8, which is the common case and costs nothing.
class OffsetMap {
 public:
  // Records that, from `clean` on, the clean text is `delta` bytes longer than the original.
  void add(uint32_t clean, int32_t delta) { marks_.push_back({clean, delta}); }
  uint32_t to_original(uint32_t clean) const;
  bool identity() const { return marks_.empty(); }

 private:
  struct Mark {
    uint32_t clean;
    int32_t delta;
  };
  std::vector<Mark> marks_;
};

struct Utf8Repair {
  std::string text;                // valid UTF-8; each invalid byte became U+FFFD
  OffsetMap offsets;               // clean offset -> original offset
  size_t replaced = 0;             // how many invalid bytes were replaced
  size_t first_bad_offset = 0;     // original byte offset of the first invalid byte
  size_t first_bad_line = 0;       // 1-based line of the first invalid byte
};

Utf8Repair repair_utf8(std::string_view bytes);
bool is_valid_utf8(std::string_view bytes);

// Unicode lower case (full code point mapping via ICU), curly apostrophes folded to '.
std::string fold_case(std::string_view s);

std::string_view trim(std::string_view s);
bool starts_with_ci(std::string_view s, std::string_view prefix);
std::vector<std::string_view> split(std::string_view s, char sep);

// One substitution, insertion or deletion apart ("Narch" and "March"): typing slips in wire copy.
bool one_edit_apart(std::string_view a, std::string_view b);

// 1-based line number of a byte offset.
size_t line_of(std::string_view text, size_t offset);

// A stable 64-bit content hash (FNV-1a) as 16 hex digits.
std::string content_hash(std::string_view bytes);

}  // namespace demarche
