// Stage 2: separate the article from the page around it. Every piece of the text is assigned a
// kind (title, body, dateline, comment, boilerplate) and keeps its byte offsets, so nothing is
// dropped without a record of what and why.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/civil_date.h"
#include "dict/dictionary.h"

namespace demarche {

enum class SpanKind : uint8_t { kTitle, kBody, kDateline, kMeta, kComment, kBoilerplate };
const char* span_kind_name(SpanKind k);

struct Span {
  uint32_t begin = 0, end = 0;  // byte offsets in the document text
  SpanKind kind = SpanKind::kBody;
  std::string why;              // for boilerplate and metadata: what it was taken for
};

// "SOCHI, October 18. /TASS/." — month and day without a year, and the agency marker.
struct Dateline {
  uint32_t begin = 0, end = 0;
  std::string city;
  int month = 0, day = 0;  // 0 when the dateline carries no date ("ISTANBUL (AA) –")
  std::string marker;      // "/TASS/", "(AA)"
};

struct Article {
  std::vector<Span> spans;  // in text order, non-overlapping
  std::optional<Date> date_token;
  std::optional<Dateline> dateline;
  std::string outlet;        // display name from outlets.txt, or ""
  std::string outlet_basis;  // "dateline", "copyright line", "photo caption"
  std::string title;

  // Title and body spans: the text the later stages read.
  std::vector<Span> article_text() const;
};

class Extractor {
 public:
  explicit Extractor(const Dictionary& dict);
  Article extract(std::string_view text) const;

  // Exposed for tests: the parts of a first body line that form a dateline.
  std::optional<Dateline> parse_dateline(std::string_view line, uint32_t offset) const;

 private:
  struct OutletRef {
    std::string folded;
    const Outlet* outlet;
  };
  const Outlet* outlet_for_marker(std::string_view marker) const;
  const Outlet* outlet_in_caption(std::string_view line) const;
  const Outlet* outlet_in_copyright(std::string_view line) const;

  std::unordered_set<std::string> furniture_;  // folded boilerplate lines
  std::vector<OutletRef> outlet_names_;
  std::vector<OutletRef> outlet_markers_;
  std::vector<OutletRef> outlet_copyrights_;
};

// Month name or abbreviation ("September", "Sept.", "sep") -> 1..12, else 0.
int month_from_name(std::string_view word);

}  // namespace demarche
