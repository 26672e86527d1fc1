// The PLOVER column of dictionaries/cameo-codes.txt: every code has a PLOVER 0.8 event type
// (or '-' where PLOVER has none), and the column agrees with the published CAMEO-to-PLOVER
// conversion table (../shared/bench/cameo/CAMEO2PLOVER-2021.txt) on at least 95% of the codes.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

const std::set<std::string> kPloverTypes = {"AGREE",   "CONSULT", "SUPPORT",  "CONCEDE",  "COOPERATE", "AID",
                                            "RETREAT", "REQUEST", "ACCUSE",   "REJECT",   "THREATEN",  "PROTEST",
                                            "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> cols;
  std::string col;
  std::istringstream ss(line);
  while (std::getline(ss, col, '\t')) cols.push_back(col);
  if (!line.empty() && line.back() == '\t') cols.push_back("");
  return cols;
}

struct CodeRow {
  std::string plover;
  size_t line;
};

// CODE -> PLOVER column of dictionaries/cameo-codes.txt; rows without four columns are reported.
std::map<std::string, CodeRow> read_codes() {
  const std::string path = std::string(DEMARCHE_SOURCE_DIR) + "/dictionaries/cameo-codes.txt";
  std::ifstream in(path);
  EXPECT_TRUE(in) << "cannot open " << path;
  std::map<std::string, CodeRow> codes;
  std::string line;
  for (size_t lineno = 1; std::getline(in, line); ++lineno) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (trim(line).empty() || line.front() == '#') continue;
    const auto cols = split_tabs(line);
    if (cols.size() != 4) {
      ADD_FAILURE() << path << ":" << lineno << ": expected 4 tab-separated columns, got " << cols.size() << ": "
                    << line;
      continue;
    }
    const std::string code = trim(cols[0]);
    if (codes.count(code)) ADD_FAILURE() << path << ":" << lineno << ": duplicate code " << code;
    codes[code] = {trim(cols[3]), lineno};
  }
  return codes;
}

TEST(Plover, EveryCodeHasAValidType) {
  const auto codes = read_codes();
  EXPECT_GE(codes.size(), 300u);
  for (const auto& [code, row] : codes) {
    EXPECT_TRUE(row.plover == "-" || kPloverTypes.count(row.plover))
        << "line " << row.line << ": code " << code << " has PLOVER value '" << row.plover << "'";
    // PLOVER drops only the CAMEO 01 (statement) and 02 (appeal) cue categories; 03-20 all map.
    const bool statement_or_appeal = code.rfind("01", 0) == 0 || code.rfind("02", 0) == 0;
    if (!statement_or_appeal) {
      EXPECT_NE(row.plover, "-") << "line " << row.line << ": code " << code << " (root 03-20) has no PLOVER type";
    }
  }
}

TEST(Plover, AgreesWithCameo2Plover2021) {
  const std::string ref_path = std::string(DEMARCHE_SHARED_DIR) + "/bench/cameo/CAMEO2PLOVER-2021.txt";
  if (!fs::exists(ref_path)) GTEST_SKIP() << ref_path << " not present";

  // Lines look like `0311: AGREE,  ,   economic # comment`. A code may be listed more than once
  // (the table gives 08 both as CONCEDE and as RETREAT); any listed type counts as agreement.
  std::ifstream in(ref_path);
  ASSERT_TRUE(in) << "cannot open " << ref_path;
  std::map<std::string, std::set<std::string>> ref;
  std::string line;
  while (std::getline(in, line)) {
    const auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    const std::string code = trim(line.substr(0, colon));
    if (code.size() < 2 || code.size() > 4 || code.find_first_not_of("0123456789") != std::string::npos) continue;
    std::string rest = line.substr(colon + 1);
    rest = rest.substr(0, rest.find_first_of(",#"));
    const std::string type = trim(rest);
    if (!type.empty()) ref[code].insert(type);
  }
  ASSERT_GE(ref.size(), 200u) << "too few CODE: TYPE lines in " << ref_path;

  const auto codes = read_codes();
  size_t both = 0, agree = 0;
  std::ostringstream disagreements;
  for (const auto& [code, row] : codes) {
    const auto it = ref.find(code);
    if (it == ref.end()) continue;
    ++both;
    if (it->second.count(row.plover)) {
      ++agree;
      continue;
    }
    disagreements << "  " << code << ": ours " << row.plover << ", CAMEO2PLOVER-2021";
    for (const auto& t : it->second) disagreements << " " << t;
    disagreements << "\n";
  }
  ASSERT_GT(both, 0u) << "no codes in common";
  const double share = static_cast<double>(agree) / static_cast<double>(both);
  std::cout << "PLOVER agreement with CAMEO2PLOVER-2021: " << agree << "/" << both << " codes in both ("
            << 100.0 * share << "%); " << (both - agree) << " disagreements:\n"
            << disagreements.str();
  EXPECT_GE(share, 0.95) << "disagreements:\n" << disagreements.str();
}

}  // namespace
