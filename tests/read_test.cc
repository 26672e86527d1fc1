// Stage 1: finding input files and turning bytes into documents of valid UTF-8.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "base/text.h"
#include "read/read.h"

namespace fs = std::filesystem;

namespace demarche {
namespace {

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

// ---------------------------------------------------------------- document_from_bytes

TEST(DocumentFromBytes, EmptyIsEmpty) {
  auto doc = document_from_bytes("a.txt", "/in/a.txt", "");
  EXPECT_EQ(doc.status, ReadStatus::kEmpty);
  EXPECT_FALSE(doc.reason.empty());
  EXPECT_EQ(doc.size, 0u);
  EXPECT_EQ(doc.id, "a.txt");
  EXPECT_EQ(doc.path, "/in/a.txt");
  EXPECT_STREQ(read_status_name(doc.status), "empty");
}

TEST(DocumentFromBytes, WhitespaceOnlyIsEmpty) {
  auto doc = document_from_bytes("b.txt", "b.txt", " \n\t\r\n   \n");
  EXPECT_EQ(doc.status, ReadStatus::kEmpty);
  EXPECT_EQ(doc.size, 9u);
  EXPECT_TRUE(doc.text.empty());
}

TEST(DocumentFromBytes, PlainTextIsOkAndUnchanged) {
  const std::string text = "Putin met Abe.\nThey talked.\n";
  auto doc = document_from_bytes("c.txt", "c.txt", text);
  EXPECT_EQ(doc.status, ReadStatus::kOk);
  EXPECT_EQ(doc.text, text);
  EXPECT_TRUE(doc.warnings.empty());
  EXPECT_TRUE(doc.offsets.identity());
  EXPECT_EQ(doc.hash, content_hash(text));
  EXPECT_EQ(doc.hash.size(), 16u);
  EXPECT_NE(doc.hash, content_hash("Putin met Abe.\nThey talked!\n"));
  EXPECT_STREQ(read_status_name(doc.status), "ok");
}

TEST(DocumentFromBytes, NulByteIsBinaryAndNamesTheLine) {
  std::string bytes = "first line\nsecond line\nthird ";
  bytes.push_back('\0');
  bytes += "line\n";
  auto doc = document_from_bytes("nul.txt", "nul.txt", bytes);
  EXPECT_EQ(doc.status, ReadStatus::kBinary);
  EXPECT_TRUE(contains(doc.reason, "line 3")) << doc.reason;
  EXPECT_TRUE(doc.text.empty());
}

TEST(DocumentFromBytes, ControlCharacterNoiseIsBinary) {
  std::mt19937 rng(12345);
  std::string bytes;
  // Mostly control characters (never NUL, never white space), mixed with high bytes.
  static const unsigned char kControl[] = {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0B, 0x0E,
                                           0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18,
                                           0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F};
  for (int i = 0; i < 4096; ++i) {
    if (rng() % 3 == 0)
      bytes.push_back(static_cast<char>(kControl[rng() % sizeof kControl]));
    else
      bytes.push_back(static_cast<char>(0x80 + rng() % 0x80));
  }
  ASSERT_EQ(bytes.find('\0'), std::string::npos);
  auto doc = document_from_bytes("noise.bin", "noise.bin", bytes);
  EXPECT_EQ(doc.status, ReadStatus::kBinary) << read_status_name(doc.status);
  EXPECT_FALSE(doc.reason.empty());
}

TEST(DocumentFromBytes, InvalidUtf8IsRepairedWithWarningAndOffsetMap) {
  // a b c \xff \xfe ' ' d e f \n \xc3
  // 0 1 2  3    4   5  6 7 8  9  10
  const std::string bytes = "abc\xff\xfe def\n\xc3";
  auto doc = document_from_bytes("bad.txt", "bad.txt", bytes);
  ASSERT_EQ(doc.status, ReadStatus::kOk) << doc.reason;
  ASSERT_EQ(doc.warnings.size(), 1u);
  EXPECT_TRUE(doc.warnings[0].starts_with("line 1:")) << doc.warnings[0];
  EXPECT_TRUE(contains(doc.warnings[0], "3 byte")) << doc.warnings[0];
  EXPECT_TRUE(is_valid_utf8(doc.text));
  EXPECT_EQ(doc.text, "abc\xEF\xBF\xBD\xEF\xBF\xBD def\n\xEF\xBF\xBD");
  EXPECT_EQ(doc.size, bytes.size());
  EXPECT_EQ(doc.hash, content_hash(bytes));  // of the original bytes, not the repaired text
  EXPECT_FALSE(doc.offsets.identity());

  // Clean offsets before, between and after the replacements map to the original bytes.
  EXPECT_EQ(doc.offsets.to_original(0), 0u);    // 'a'
  EXPECT_EQ(doc.offsets.to_original(3), 3u);    // first U+FFFD <- \xff
  EXPECT_EQ(doc.offsets.to_original(6), 4u);    // second U+FFFD <- \xfe
  const auto d_clean = static_cast<uint32_t>(doc.text.find('d'));
  ASSERT_EQ(d_clean, 10u);
  EXPECT_EQ(doc.offsets.to_original(d_clean), 6u);  // 'd'
  EXPECT_EQ(bytes[doc.offsets.to_original(d_clean)], 'd');
  const auto nl_clean = static_cast<uint32_t>(doc.text.find('\n'));
  EXPECT_EQ(doc.offsets.to_original(nl_clean), 9u);
  EXPECT_EQ(doc.offsets.to_original(nl_clean + 1), 10u);  // third U+FFFD <- \xc3
  EXPECT_EQ(doc.offsets.to_original(static_cast<uint32_t>(doc.text.size())), static_cast<uint32_t>(bytes.size()));
}

TEST(DocumentFromBytes, InvalidUtf8WarningNamesTheRightLine) {
  auto doc = document_from_bytes("x.txt", "x.txt", "one\ntwo\nthree \xff four\n");
  ASSERT_EQ(doc.status, ReadStatus::kOk);
  ASSERT_EQ(doc.warnings.size(), 1u);
  EXPECT_TRUE(doc.warnings[0].starts_with("line 3:")) << doc.warnings[0];
  EXPECT_TRUE(contains(doc.warnings[0], "byte 14")) << doc.warnings[0];
  // Valid multi-byte text before the bad byte is kept as it was.
  auto doc2 = document_from_bytes("y.txt", "y.txt", "Путин \xe2\x80\x94 Abe\n\x80");
  ASSERT_EQ(doc2.status, ReadStatus::kOk);
  EXPECT_EQ(doc2.text, "Путин \xe2\x80\x94 Abe\n\xEF\xBF\xBD");
  ASSERT_EQ(doc2.warnings.size(), 1u);
  EXPECT_TRUE(doc2.warnings[0].starts_with("line 2:")) << doc2.warnings[0];
}

TEST(DocumentFromBytes, OverTheLimitIsTooLarge) {
  ReadOptions opts;
  opts.max_bytes = 10;
  auto over = document_from_bytes("big.txt", "big.txt", "0123456789A", opts);
  EXPECT_EQ(over.status, ReadStatus::kTooLarge);
  EXPECT_TRUE(contains(over.reason, "11")) << over.reason;
  EXPECT_TRUE(over.text.empty());
  EXPECT_STREQ(read_status_name(over.status), "too-large");
  auto at = document_from_bytes("ok.txt", "ok.txt", "abcdefghij", opts);
  EXPECT_EQ(at.status, ReadStatus::kOk);
  EXPECT_EQ(at.text, "abcdefghij");
}

TEST(DocumentFromBytes, TwentyMegabyteSingleLineIsQuick) {
  std::string bytes;
  bytes.reserve(20u << 20);
  while (bytes.size() < (20u << 20)) bytes += "word ";
  const size_t n = bytes.size();
  const auto t0 = std::chrono::steady_clock::now();
  auto doc = document_from_bytes("long.txt", "long.txt", std::move(bytes));
  const auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_EQ(doc.status, ReadStatus::kOk) << doc.reason;
  EXPECT_EQ(doc.text.size(), n);
  EXPECT_TRUE(doc.warnings.empty());
  EXPECT_LT(ms, 3000) << "reading 20 MB took " << ms << " ms";
}

// ---------------------------------------------------------------- files

class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = fs::temp_directory_path() / ("demarche_read_test_" + std::to_string(rd()) + "_" +
                                         std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }
  fs::path write(const std::string& rel, const std::string& content) const {
    const auto p = path_ / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }

 private:
  fs::path path_;
};

std::vector<std::string> ids_of(const std::vector<SourceFile>& files) {
  std::vector<std::string> out;
  for (const auto& f : files) out.push_back(f.id);
  return out;
}

TEST(ListSources, RecursiveSortedSkipsDotFiles) {
  TempDir tmp;
  tmp.write("b.txt", "b");
  tmp.write("a.txt", "a");
  tmp.write("sub/deeper/d.txt", "d");
  tmp.write("sub/c.txt", "c");
  tmp.write(".hidden", "h");
  tmp.write("sub/.c.txt.swp", "s");
  std::vector<std::string> errors;
  auto files = list_sources({tmp.path().string()}, errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(ids_of(files), (std::vector<std::string>{"a.txt", "b.txt", "c.txt", "d.txt"}));
  ASSERT_EQ(files.size(), 4u);
  EXPECT_EQ(fs::path(files[0].path), tmp.path() / "a.txt");
  EXPECT_EQ(fs::path(files[2].path), tmp.path() / "sub" / "c.txt");
  EXPECT_EQ(fs::path(files[3].path), tmp.path() / "sub" / "deeper" / "d.txt");
  for (size_t i = 1; i < files.size(); ++i) EXPECT_LT(files[i - 1].path, files[i].path);
}

TEST(ListSources, MissingPathIsReportedAndSkipped) {
  TempDir tmp;
  tmp.write("a.txt", "a");
  const auto missing = (tmp.path() / "no-such-folder").string();
  std::vector<std::string> errors;
  auto files = list_sources({missing, tmp.path().string()}, errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_TRUE(contains(errors[0], missing)) << errors[0];
  EXPECT_EQ(ids_of(files), (std::vector<std::string>{"a.txt"}));
}

TEST(ListSources, FileNamedDirectly) {
  TempDir tmp;
  const auto p = tmp.write("sub/one.txt", "x");
  std::vector<std::string> errors;
  auto files = list_sources({p.string()}, errors);
  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0].id, "one.txt");
  EXPECT_EQ(files[0].path, p.string());
}

TEST(ListSources, SameNameInDifferentSubfoldersGetsDistinctIds) {
  TempDir tmp;
  tmp.write("x/same.txt", "1");
  tmp.write("y/same.txt", "2");
  tmp.write("z/other.txt", "3");
  std::vector<std::string> errors;
  auto files = list_sources({tmp.path().string()}, errors);
  EXPECT_TRUE(errors.empty());
  const auto ids = ids_of(files);
  EXPECT_EQ(ids, (std::vector<std::string>{(fs::path("x") / "same.txt").string(),
                                           (fs::path("y") / "same.txt").string(), "other.txt"}));
  EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), ids.size());
}

// Two input folders that each hold a file of the same name, at the same relative path: every
// document must still have its own id.
TEST(ListSources, SameRelativePathUnderTwoInputFoldersGetsDistinctIds) {
  TempDir tmp;
  tmp.write("kyodo/article.txt", "1");
  tmp.write("tass/article.txt", "2");
  std::vector<std::string> errors;
  auto files = list_sources({(tmp.path() / "kyodo").string(), (tmp.path() / "tass").string()}, errors);
  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(files.size(), 2u);
  EXPECT_NE(files[0].id, files[1].id) << "both inputs got the id '" << files[0].id << "'";
}

// Hidden folders (".git", editor state) are "VCS leftovers" just like dot-files.
TEST(ListSources, FilesInsideHiddenFoldersAreSkipped) {
  TempDir tmp;
  tmp.write("a.txt", "a");
  tmp.write(".git/HEAD", "ref: refs/heads/main\n");
  tmp.write(".git/objects/pack/info", "x");
  std::vector<std::string> errors;
  auto files = list_sources({tmp.path().string()}, errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(ids_of(files), (std::vector<std::string>{"a.txt"}));
}

TEST(ReadDocument, ReadsAFileFromDisk) {
  TempDir tmp;
  const std::string content = "MOSCOW, September 20. /TASS/. Text.\n";
  const auto p = tmp.write("doc.txt", content);
  std::vector<std::string> errors;
  auto files = list_sources({tmp.path().string()}, errors);
  ASSERT_EQ(files.size(), 1u);
  auto doc = read_document(files[0]);
  EXPECT_EQ(doc.status, ReadStatus::kOk) << doc.reason;
  EXPECT_EQ(doc.text, content);
  EXPECT_EQ(doc.id, "doc.txt");
  EXPECT_EQ(doc.size, content.size());
  EXPECT_EQ(doc.hash, content_hash(content));

  ReadOptions small;
  small.max_bytes = 5;
  EXPECT_EQ(read_document(files[0], small).status, ReadStatus::kTooLarge);

  auto gone = read_document({"gone.txt", (tmp.path() / "gone.txt").string()});
  EXPECT_EQ(gone.status, ReadStatus::kUnreadable);
  EXPECT_FALSE(gone.reason.empty());
}

}  // namespace
}  // namespace demarche
