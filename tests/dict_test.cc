// The dictionary loader and linter: broken entries are reported with file and line and skipped;
// the bundled dictionaries are clean.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "dict/dictionary.h"
#include "dict/lint.h"

namespace {

using namespace demarche;
namespace fs = std::filesystem;

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("demarche-dict-" + std::to_string(::getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
  void write(const std::string& name, const std::string& text) const { std::ofstream(path / name) << text; }
};

bool has(const Diagnostics& d, const std::string& file_suffix, size_t line, const std::string& words) {
  for (const auto& x : d)
    if (x.file.size() >= file_suffix.size() &&
        x.file.compare(x.file.size() - file_suffix.size(), file_suffix.size(), file_suffix) == 0 && x.line == line &&
        x.message.find(words) != std::string::npos)
      return true;
  return false;
}

TEST(Dictionary, BundledDictionariesAreClean) {
  Diagnostics diags;
  const auto d = load_dictionary(default_dictionary_dir(), diags);
  lint_dictionary(d, default_dictionary_dir(), diags);
  for (const auto& x : diags) ADD_FAILURE() << x.str();
  EXPECT_GE(d.countries.size(), 249u);
  EXPECT_GE(d.verbs.size(), 1500u);
  EXPECT_GE(d.event_types.size(), 300u);
}

TEST(Dictionary, BrokenEntriesAreReportedAndSkipped) {
  TempDir t;
  t.write("countries.txt",
          "JPN Japan\n  names: Japan\n  adjectives: Japanese\n"
          "jp lower-case code\n  names: Nowhere\n"          // line 4: bad code
          "RUS Russia\n  names: Russia; Japan\n"             // line 7: Japan again
          "  colour: red\n");                                // line 8: unknown field
  t.write("people.txt",
          "Shinzo Abe\n  names: Shinzo Abe\n  country: JPN\n"
          "  office: prime minister = JPNGOV @ 2012-12-26..2020-09-16\n"
          "  office: prime minister = JPNGOV @ 2020-01-01..2020-12-31\n"   // line 5: overlaps line 4
          "  office: prime minister = JPNGOV @ 2020-09-16..2012-12-26\n"   // line 6: inverted
          "  office: president JPNGOV 2012\n");                            // line 7: malformed
  t.write("roles.txt", "GOV government\n  names: government; prime minister\n");
  t.write("cameo-codes.txt", "036\t4.0\tExpress intent to meet or negotiate\n040\tlots\tConsult\n");
  t.write("verbs.txt", "036 ready to ... dialogue\n999 dance\n036 + meets\n036 ready to ... dialogue\n");
  Diagnostics diags;
  const auto d = load_dictionary(t.path.string(), diags);
  lint_dictionary(d, t.path.string(), diags);
  EXPECT_TRUE(has(diags, "countries.txt", 4, "not a code"));
  EXPECT_TRUE(has(diags, "countries.txt", 8, "unknown field 'colour'"));
  EXPECT_TRUE(has(diags, "countries.txt", 7, "'Japan'"));
  EXPECT_TRUE(has(diags, "people.txt", 5, "overlaps"));
  EXPECT_TRUE(has(diags, "people.txt", 6, "date range"));
  EXPECT_TRUE(has(diags, "people.txt", 7, "office must read"));
  EXPECT_TRUE(has(diags, "cameo-codes.txt", 2, "GOLDSTEIN"));
  EXPECT_TRUE(has(diags, "verbs.txt", 2, "unknown CAMEO code '999'"));
  EXPECT_TRUE(has(diags, "verbs.txt", 3, "must start with a word"));
  EXPECT_TRUE(has(diags, "verbs.txt", 4, "repeats line 1"));
  EXPECT_TRUE(has(diags, "outlets.txt", 0, "missing dictionary file"));
  // The good entries still load.
  EXPECT_EQ(d.countries.size(), 2u);
  EXPECT_EQ(d.people.size(), 1u);
  EXPECT_EQ(d.people[0].offices.size(), 2u);
  EXPECT_EQ(d.verbs.size(), 2u);
}

TEST(Dictionary, OfficeholderCodeFollowsTheDate) {
  Diagnostics diags;
  const auto d = load_dictionary(default_dictionary_dir(), diags);
  const Person* kishida = nullptr;
  for (const auto& p : d.people)
    if (p.name == "Fumio Kishida") kishida = &p;
  ASSERT_NE(kishida, nullptr);
  EXPECT_EQ(d.person_code(*kishida, parse_iso_date("2016-11-20")), "JPNGOV");  // foreign minister
  EXPECT_EQ(d.person_code(*kishida, parse_iso_date("2023-10-05")), "JPNGOV");  // prime minister
  EXPECT_EQ(d.person_code(*kishida, parse_iso_date("2019-06-01")), "JPNELI");  // between the two
  // An undated article known to fall in a range: the office held then.
  const auto range = [](const char* r) { return parse_iso_range(r); };
  EXPECT_EQ(d.person_code(*kishida, std::nullopt, range("2016-11-19..2016-11-21")), "JPNGOV");
  EXPECT_EQ(d.person_code(*kishida, std::nullopt, range("2018-01-01..2018-12-31")), "JPNELI");
  const Person* shuvalov = nullptr;
  for (const auto& p : d.people)
    if (p.name == "Igor Shuvalov") shuvalov = &p;
  ASSERT_NE(shuvalov, nullptr);
  EXPECT_EQ(d.person_code(*shuvalov, std::nullopt, range("2016-11-19..2016-11-21")), "RUSGOV");  // first deputy PM
  EXPECT_NE(d.person_code(*shuvalov, std::nullopt, std::nullopt), "RUSGOV");  // latest office: the bank
}

}  // namespace
