// Stage 1: find input files and read each into a document of valid UTF-8, never failing the batch.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "base/text.h"

namespace demarche {

struct SourceFile {
  std::string id;    // the file name; the relative path where two inputs share a name
  std::string path;
};

// Files named directly, and every regular file below each folder (recursively, sorted by path).
// A path that does not exist is reported in `errors` and skipped.
std::vector<SourceFile> list_sources(const std::vector<std::string>& paths,
                                     std::vector<std::string>& errors);

enum class ReadStatus { kOk, kEmpty, kBinary, kTooLarge, kUnreadable };
const char* read_status_name(ReadStatus s);

struct ReadOptions {
  size_t max_bytes = 64u << 20;
};

struct Document {
  std::string id;
  std::string path;
  std::string hash;        // of the original bytes
  size_t size = 0;         // original bytes
  std::string text;        // valid UTF-8 (invalid bytes replaced by U+FFFD)
  OffsetMap offsets;       // text offsets -> original byte offsets
  ReadStatus status = ReadStatus::kOk;
  std::string reason;      // why it was skipped, when status != kOk
  std::vector<std::string> warnings;  // "LINE: message", e.g. replaced bytes
};

Document read_document(const SourceFile& src, const ReadOptions& opts = {});

// The same checks on bytes already in memory (tests, fuzzers, stdin).
Document document_from_bytes(std::string id, std::string path, std::string bytes,
                             const ReadOptions& opts = {});

}  // namespace demarche
