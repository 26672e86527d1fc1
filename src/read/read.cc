#include "read/read.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <system_error>

#include <fmt/format.h>

namespace fs = std::filesystem;

namespace demarche {

const char* read_status_name(ReadStatus s) {
  switch (s) {
    case ReadStatus::kOk: return "ok";
    case ReadStatus::kEmpty: return "empty";
    case ReadStatus::kBinary: return "binary";
    case ReadStatus::kTooLarge: return "too-large";
    case ReadStatus::kUnreadable: return "unreadable";
  }
  return "?";
}

std::vector<SourceFile> list_sources(const std::vector<std::string>& paths,
                                     std::vector<std::string>& errors) {
  std::vector<std::pair<std::string, std::string>> found;  // (path, path relative to its root)
  for (const auto& p : paths) {
    std::error_code ec;
    auto st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      errors.push_back(fmt::format("{}: no such file or folder", p));
      continue;
    }
    if (fs::is_regular_file(st)) {
      found.emplace_back(p, fs::path(p).filename().string());
      continue;
    }
    if (!fs::is_directory(st)) {
      errors.push_back(fmt::format("{}: not a regular file or folder; skipped", p));
      continue;
    }
    std::vector<std::pair<std::string, std::string>> in_dir;
    for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      const auto name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {  // editor and VCS leftovers (.git/, .swp)
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (!it->is_regular_file(ec)) continue;
      in_dir.emplace_back(it->path().string(), fs::relative(it->path(), p, ec).string());
    }
    if (ec) errors.push_back(fmt::format("{}: {}", p, ec.message()));
    std::sort(in_dir.begin(), in_dir.end());
    found.insert(found.end(), in_dir.begin(), in_dir.end());
  }
  // A document's id is its file name; two inputs with the same name keep their relative paths.
  std::map<std::string, int> name_count;
  for (auto& [path, rel] : found) ++name_count[fs::path(path).filename().string()];
  std::vector<SourceFile> out;
  std::set<std::string> seen_paths;
  std::map<std::string, int> id_count;
  for (auto& [path, rel] : found) {
    if (!seen_paths.insert(fs::weakly_canonical(path).string()).second) continue;
    auto name = fs::path(path).filename().string();
    out.push_back({name_count[name] > 1 ? rel : name, path});
    ++id_count[out.back().id];
  }
  // Still the same id (the same relative path under two input folders): the path as given.
  for (auto& s : out)
    if (id_count[s.id] > 1) s.id = s.path;
  return out;
}

static bool looks_binary(std::string_view bytes, size_t& where) {
  const auto nul = bytes.find('\0');
  if (nul != std::string_view::npos) {
    where = nul;
    return true;
  }
  // Text has few control characters; executables and images have many.
  const size_t probe = std::min<size_t>(bytes.size(), 8192);
  size_t control = 0;
  for (size_t i = 0; i < probe; ++i) {
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  where = 0;
  return probe > 0 && control * 10 > probe;
}

Document document_from_bytes(std::string id, std::string path, std::string bytes,
                             const ReadOptions& opts) {
  Document doc;
  doc.id = std::move(id);
  doc.path = std::move(path);
  doc.size = bytes.size();
  doc.hash = content_hash(bytes);
  if (bytes.size() > opts.max_bytes) {
    doc.status = ReadStatus::kTooLarge;
    doc.reason = fmt::format("{} bytes, over the limit of {} (raise it with --max-bytes)",
                             bytes.size(), opts.max_bytes);
    return doc;
  }
  if (trim(bytes).empty()) {
    doc.status = ReadStatus::kEmpty;
    doc.reason = bytes.empty() ? "empty file" : "only white space";
    return doc;
  }
  size_t where = 0;
  if (looks_binary(bytes, where)) {
    doc.status = ReadStatus::kBinary;
    doc.reason = bytes.find('\0') != std::string::npos
                     ? fmt::format("line {}: binary content (NUL byte at byte {}); not text",
                                   line_of(bytes, where), where)
                     : std::string("binary content (control characters); not text");
    return doc;
  }
  if (is_valid_utf8(bytes)) {
    doc.text = std::move(bytes);
    return doc;
  }
  auto fixed = repair_utf8(bytes);
  doc.warnings.push_back(fmt::format("line {}: invalid UTF-8 at byte {}; {} byte(s) replaced by U+FFFD",
                                     fixed.first_bad_line, fixed.first_bad_offset, fixed.replaced));
  doc.text = std::move(fixed.text);
  doc.offsets = std::move(fixed.offsets);
  return doc;
}

Document read_document(const SourceFile& src, const ReadOptions& opts) {
  std::error_code ec;
  const auto size = fs::file_size(src.path, ec);
  if (!ec && size > opts.max_bytes) {
    Document doc;
    doc.id = src.id;
    doc.path = src.path;
    doc.size = size;
    doc.status = ReadStatus::kTooLarge;
    doc.reason = fmt::format("{} bytes, over the limit of {} (raise it with --max-bytes)", size,
                             opts.max_bytes);
    return doc;
  }
  std::ifstream in(src.path, std::ios::binary);
  std::string bytes;
  if (in) {
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  if (!in && !in.eof()) {
    Document doc;
    doc.id = src.id;
    doc.path = src.path;
    doc.status = ReadStatus::kUnreadable;
    doc.reason = "cannot be read (check its permissions)";
    return doc;
  }
  return document_from_bytes(src.id, src.path, std::move(bytes), opts);
}

}  // namespace demarche
