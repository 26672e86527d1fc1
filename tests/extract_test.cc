// Stage 2: separating the article from the page around it, datelines and outlets.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionary.h"
#include "extract/article.h"
#include "read/read.h"

namespace fs = std::filesystem;

namespace demarche {
namespace {

const Dictionary& dictionary() { return bundled_dictionary(); }

const Extractor& extractor() {
  static const Extractor ex(dictionary());
  return ex;
}

std::string_view text_of(std::string_view text, const Span& s) { return text.substr(s.begin, s.end - s.begin); }

std::vector<std::string> spans_of(std::string_view text, const Article& a, SpanKind kind) {
  std::vector<std::string> out;
  for (const auto& s : a.spans)
    if (s.kind == kind) out.emplace_back(text_of(text, s));
  return out;
}

// The span that covers `needle`'s first occurrence, or nullptr.
const Span* span_at(std::string_view text, const Article& a, std::string_view needle) {
  const auto pos = text.find(needle);
  if (pos == std::string_view::npos) return nullptr;
  for (const auto& s : a.spans)
    if (s.begin <= pos && pos + needle.size() <= s.end) return &s;
  return nullptr;
}

std::string kind_at(std::string_view text, const Article& a, std::string_view needle) {
  const auto* s = span_at(text, a, needle);
  return s ? span_kind_name(s->kind) : "(no span)";
}

std::string why_at(std::string_view text, const Article& a, std::string_view needle) {
  const auto* s = span_at(text, a, needle);
  return s ? s->why : "(no span)";
}

std::string article_text(std::string_view text, const Article& a) {
  std::string out;
  for (const auto& s : a.article_text()) {
    out.append(text_of(text, s));
    out.push_back('\n');
  }
  return out;
}

void expect_well_formed(std::string_view text, const Article& a) {
  for (size_t i = 0; i < a.spans.size(); ++i) {
    EXPECT_LT(a.spans[i].begin, a.spans[i].end) << "span " << i;
    EXPECT_LE(a.spans[i].end, text.size()) << "span " << i;
    if (i) {
      EXPECT_LE(a.spans[i - 1].end, a.spans[i].begin) << "spans " << i - 1 << " and " << i << " overlap";
    }
  }
}

TEST(Extract, DictionaryLoads) {
  EXPECT_FALSE(dictionary().outlets.empty());
  EXPECT_FALSE(dictionary().boilerplate.empty());
}

TEST(Extract, LeadingDateToken) {
  const std::string text = "date 2019-06-29 Putin and Abe met in Osaka on Saturday.\nThey discussed the treaty.\n";
  auto a = extractor().extract(text);
  expect_well_formed(text, a);
  ASSERT_TRUE(a.date_token);
  EXPECT_EQ(*a.date_token, date_from_ymd(2019, 6, 29));
  ASSERT_GE(a.spans.size(), 3u);
  EXPECT_EQ(a.spans[0].kind, SpanKind::kMeta);
  EXPECT_EQ(a.spans[0].begin, 0u);
  EXPECT_EQ(a.spans[0].end, 15u);
  EXPECT_EQ(a.spans[0].why, "date token");
  EXPECT_EQ(a.spans[1].kind, SpanKind::kBody);
  EXPECT_EQ(text_of(text, a.spans[1]), "Putin and Abe met in Osaka on Saturday.");
  EXPECT_EQ(text_of(text, a.spans[2]), "They discussed the treaty.");
  EXPECT_EQ(article_text(text, a).find("2019"), std::string::npos);
}

TEST(Extract, NoDateTokenWithoutAValidDate) {
  const std::string text = "date 2019-02-30 is not a day.\nDates matter to historians.\n";
  auto a = extractor().extract(text);
  EXPECT_FALSE(a.date_token);
  EXPECT_EQ(spans_of(text, a, SpanKind::kMeta).size(), 0u);
}

TEST(Extract, PageFurnitureIsBoilerplate) {
  const std::string text =
      "Leaders agree to keep talking\n"
      "Subscribe\n"
      "All news\n"
      "Newsfeed\n"
      "Japan and Russia agreed on Monday to resume talks on a peace treaty.\n"
      "Заголовок открываемого\n"
      "The talks will take place in Moscow next month, officials said.\n"
      "  log in or register  \n"
      "To participate in the discussion\n"
      "12\n";
  auto a = extractor().extract(text);
  expect_well_formed(text, a);
  EXPECT_EQ(kind_at(text, a, "Leaders agree"), "title");
  EXPECT_EQ(a.title, "Leaders agree to keep talking");
  for (const char* furniture : {"Subscribe", "All news", "Newsfeed", "log in or register",
                                "To participate in the discussion"}) {
    EXPECT_EQ(kind_at(text, a, furniture), "boilerplate") << furniture;
    EXPECT_EQ(why_at(text, a, furniture), "page furniture") << furniture;
  }
  EXPECT_EQ(kind_at(text, a, "Заголовок"), "boilerplate");
  EXPECT_EQ(why_at(text, a, "Заголовок"), "text in another script");
  EXPECT_EQ(kind_at(text, a, "12"), "boilerplate");
  EXPECT_EQ(kind_at(text, a, "Japan and Russia agreed"), "body");
  EXPECT_EQ(kind_at(text, a, "The talks will take place"), "body");
  EXPECT_EQ(spans_of(text, a, SpanKind::kBody),
            (std::vector<std::string>{"Japan and Russia agreed on Monday to resume talks on a peace treaty.",
                                      "The talks will take place in Moscow next month, officials said."}));
  // The trimmed furniture line keeps exact offsets.
  const auto* login = span_at(text, a, "log in or register");
  ASSERT_NE(login, nullptr);
  EXPECT_EQ(text_of(text, *login), "log in or register");
}

TEST(Extract, PhotoCreditAndCaptionAreBoilerplate) {
  const std::string text =
      "Ministers meet in Lima\n"
      "\xC2\xA9 AFP 2023 / SOME NAME / POOLJapanese Prime Minister Shinzo Abe (L) shakes hands with Russian "
      "President Vladimir Putin\n"
      "Japanese Prime Minister Shinzo Abe (L) shakes hands with Russian President Vladimir Putin - Sputnik "
      "International\n"
      "LIMA (Sputnik) \xE2\x80\x94 Russia and Japan are again holding consultations, Putin said.\n"
      "Abe said Putin would be welcome in Japan.\n";
  auto a = extractor().extract(text);
  expect_well_formed(text, a);
  EXPECT_EQ(kind_at(text, a, "\xC2\xA9 AFP 2023"), "boilerplate");
  EXPECT_EQ(kind_at(text, a, "Putin - Sputnik International"), "boilerplate");
  EXPECT_EQ(why_at(text, a, "Putin - Sputnik International"), "photo caption");
  EXPECT_EQ(kind_at(text, a, "Russia and Japan are again"), "body");
  EXPECT_EQ(kind_at(text, a, "Abe said Putin would be welcome"), "body");
  const auto body = article_text(text, a);
  EXPECT_EQ(body.find("AFP"), std::string::npos) << body;
  EXPECT_EQ(body.find("Sputnik"), std::string::npos) << body;
  ASSERT_TRUE(a.dateline);
  EXPECT_EQ(a.dateline->marker, "(Sputnik)");
  EXPECT_EQ(a.outlet, "Sputnik");
  EXPECT_EQ(a.outlet_basis, "dateline");
}

// A photo credit short enough to look like a closing copyright line, above the article: the
// article that follows is still the article.
TEST(Extract, ShortPhotoCreditAboveTheArticleDoesNotEndIt) {
  const std::string text =
      "Ministers meet in Lima\n"
      "\xC2\xA9 AFP 2023 / SOME NAME / POOL\n"
      "Russia and Japan are again holding consultations, Putin said on Saturday.\n"
      "Abe said Putin would be welcome in Japan.\n";
  auto a = extractor().extract(text);
  expect_well_formed(text, a);
  EXPECT_EQ(kind_at(text, a, "\xC2\xA9 AFP 2023"), "boilerplate");
  EXPECT_EQ(kind_at(text, a, "Russia and Japan are again"), "body")
      << "taken as: " << why_at(text, a, "Russia and Japan are again");
  EXPECT_EQ(kind_at(text, a, "Abe said Putin would be welcome"), "body")
      << "taken as: " << why_at(text, a, "Abe said Putin would be welcome");
}

TEST(Extract, GluedCopyrightAndReaderComments) {
  const std::string text =
      "date 2023-10-05 Russia is ready for dialogue with Japan, President Vladimir Putin said on Thursday.\n"
      "Tokyo said it would react accordingly.\n"
      "Japan wants Russia to end its invasion as soon as possible.\xC2\xA9 KYODO\n"
      "bluefox\n"
      "Talks will not help at all.\n"
      "kumamon99\n"
      "Sanctions should stay in place.\n"
      "They are working.\n";
  auto a = extractor().extract(text);
  expect_well_formed(text, a);
  EXPECT_EQ(spans_of(text, a, SpanKind::kBody),
            (std::vector<std::string>{
                "Russia is ready for dialogue with Japan, President Vladimir Putin said on Thursday.",
                "Tokyo said it would react accordingly.",
                "Japan wants Russia to end its invasion as soon as possible."}));
  const auto* copy = span_at(text, a, "\xC2\xA9 KYODO");
  ASSERT_NE(copy, nullptr);
  EXPECT_EQ(copy->kind, SpanKind::kBoilerplate);
  EXPECT_EQ(text_of(text, *copy), "\xC2\xA9 KYODO");
  EXPECT_EQ(copy->why, "copyright line");
  EXPECT_EQ(spans_of(text, a, SpanKind::kComment),
            (std::vector<std::string>{"bluefox\nTalks will not help at all.",
                                      "kumamon99\nSanctions should stay in place.\nThey are working."}));
  EXPECT_EQ(a.outlet, "Kyodo News");
  EXPECT_EQ(a.outlet_basis, "copyright line");
  ASSERT_TRUE(a.date_token);
  EXPECT_EQ(*a.date_token, date_from_ymd(2023, 10, 5));
}

TEST(Extract, DatelineSplitsFromBodyAndNamesTheOutlet) {
  const std::string text =
      "Kremlin expects to continue dialogue\n"
      "MOSCOW, September 20. /TASS/. Russian President Vladimir Putin expects to continue his dialogue.\n"
      "A source told TASS later that the position would not change.\n";
  auto a = extractor().extract(text);
  expect_well_formed(text, a);
  ASSERT_TRUE(a.dateline);
  EXPECT_EQ(a.dateline->city, "MOSCOW");
  EXPECT_EQ(a.dateline->month, 9);
  EXPECT_EQ(a.dateline->day, 20);
  EXPECT_EQ(a.dateline->marker, "/TASS/");
  EXPECT_EQ(a.outlet, "TASS");
  EXPECT_EQ(a.outlet_basis, "dateline");
  EXPECT_EQ(a.title, "Kremlin expects to continue dialogue");
  EXPECT_EQ(spans_of(text, a, SpanKind::kDateline), (std::vector<std::string>{"MOSCOW, September 20. /TASS/. "}));
  EXPECT_EQ(spans_of(text, a, SpanKind::kBody),
            (std::vector<std::string>{"Russian President Vladimir Putin expects to continue his dialogue.",
                                      "A source told TASS later that the position would not change."}));
}

TEST(Extract, MonthNames) {
  EXPECT_EQ(month_from_name("September"), 9);
  EXPECT_EQ(month_from_name("SEPTEMBER"), 9);
  EXPECT_EQ(month_from_name("Sept."), 9);
  EXPECT_EQ(month_from_name("sep"), 9);
  EXPECT_EQ(month_from_name("Feb"), 2);
  EXPECT_EQ(month_from_name("Dec."), 12);
  EXPECT_EQ(month_from_name("May"), 5);
  EXPECT_EQ(month_from_name("june"), 6);
  EXPECT_EQ(month_from_name("Ma"), 0);
  EXPECT_EQ(month_from_name("Mayor"), 0);
  EXPECT_EQ(month_from_name("Septembre"), 0);
  EXPECT_EQ(month_from_name(""), 0);
}

struct DatelineCase {
  std::string line;
  std::string city;
  int month, day;
  std::string marker;
};

TEST(Extract, DatelineForms) {
  const std::vector<DatelineCase> cases = {
      {"MOSCOW, September 20. /TASS/. Text", "MOSCOW", 9, 20, "/TASS/"},
      {"SOCHI, October 18. /TASS/. Text", "SOCHI", 10, 18, "/TASS/"},
      {"ISTANBUL (AA) \xE2\x80\x93 Text", "ISTANBUL", 0, 0, "(AA)"},
      {"LIMA (Sputnik) \xE2\x80\x94 Text", "LIMA", 0, 0, "(Sputnik)"},
      {"SALVADOR, Feb 26 - Text", "SALVADOR", 2, 26, ""},
      {"TOKYO, Dec. 16 (Kyodo) -- Text", "TOKYO", 12, 16, "(Kyodo)"},
      {"RIO DE JANEIRO, Sept. 3 (Reuters) - Text", "RIO DE JANEIRO", 9, 3, "(Reuters)"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.line);
    const uint32_t offset = 100;
    auto d = extractor().parse_dateline(c.line, offset);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->city, c.city);
    EXPECT_EQ(d->month, c.month);
    EXPECT_EQ(d->day, c.day);
    EXPECT_EQ(d->marker, c.marker);
    EXPECT_EQ(d->begin, offset);
    EXPECT_EQ(d->end, offset + c.line.find("Text"));
  }
}

// The Sputnik seed writes a no-break space and then a space before the dash.
TEST(Extract, DatelineWithNoBreakSpaceBeforeTheDash) {
  const std::string line = "LIMA (Sputnik)\xC2\xA0 \xE2\x80\x94 Text";
  auto d = extractor().parse_dateline(line, 0);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->marker, "(Sputnik)");
  EXPECT_EQ(d->end, line.find("Text")) << "the body would start with '" << line.substr(d->end) << "'";
}

TEST(Extract, NotDatelines) {
  for (const char* line : {"U.S. President Joe Biden said", "MOSCOW is cold.", "MOSCOW, May 9 is a holiday",
                           "WASHINGTON - officials said", "Putin, September 20. /TASS/. Text", "A - B"}) {
    EXPECT_FALSE(extractor().parse_dateline(line, 0)) << line;
  }
}

// An acronym spelled out in brackets opens many first sentences; it is not an agency marker.
TEST(Extract, AcronymWithExpansionIsNotADateline) {
  const std::string line = "NATO (North Atlantic Treaty Organization) members met in Brussels on Tuesday.";
  auto d = extractor().parse_dateline(line, 0);
  EXPECT_FALSE(d) << "taken as a dateline: city '" << d->city << "', marker '" << d->marker << "'";
}

TEST(Extract, OutletsFromDatelineMarkers) {
  struct Case {
    std::string text, outlet;
  };
  const std::vector<Case> cases = {
      {"SOCHI, October 18. /TASS/. Putin met Abe.\n", "TASS"},
      {"ISTANBUL (AA) \xE2\x80\x93 Putin met Abe.\n", "Anadolu Agency"},
      {"TOKYO, Dec. 16 (Kyodo) -- Putin met Abe.\n", "Kyodo News"},
      {"LIMA (Sputnik) \xE2\x80\x94 Putin met Abe.\n", "Sputnik"},
  };
  for (const auto& c : cases) {
    auto a = extractor().extract(c.text);
    EXPECT_EQ(a.outlet, c.outlet) << c.text;
    EXPECT_EQ(a.outlet_basis, "dateline") << c.text;
    EXPECT_EQ(spans_of(c.text, a, SpanKind::kBody), (std::vector<std::string>{"Putin met Abe."})) << c.text;
  }
}

// ---------------------------------------------------------------- the seed articles

struct Seed {
  std::string file;
  std::vector<std::string> sentences;  // must survive in the article text
};

fs::path seeds_dir() { return fs::path(DEMARCHE_SHARED_DIR) / "seeds"; }

Article extract_seed(const std::string& file, std::string& text) {
  const auto path = seeds_dir() / file;
  auto doc = read_document({file, path.string()});
  EXPECT_EQ(doc.status, ReadStatus::kOk) << file << ": " << doc.reason;
  text = doc.text;
  return extractor().extract(text);
}

TEST(ExtractSeeds, OnlyTheArticleRemains) {
  if (!fs::is_directory(seeds_dir())) GTEST_SKIP() << "../shared/seeds not present";
  const std::vector<Seed> seeds = {
      {"000_45dc59da7e911ac7.txt",
       {"Russia is ready to accept Japan's potential offer of dialogue",
        "Matsuno, the top government spokesman, said at a press conference in Tokyo"}},
      {"001_d2dc41fddc665125.txt",
       {"Japanese Prime Minister Shinzo Abe believes it is impossible to sign a peace treaty",
        "Putin noted that Russia and Japan discussed the joint economic activities"}},
      {"002_20236fc4606c5da5.txt",
       {"Russian President Vladimir Putin has ruled out resuming peace talks with Japan",
        "Due to the dispute, Russia and Japan have never signed a peace treaty"}},
      {"003_fc959ac4068dacd9.txt",
       {"Russian President Vladimir Putin expects to continue his dialogue",
        "A source in the Japanese Foreign Ministry told TASS later"}},
      {"004_80288d0873453405.txt", {"Russia and Japan are again holding consultations", "Abe promised"}},
  };
  for (const auto& seed : seeds) {
    SCOPED_TRACE(seed.file);
    std::string text;
    const auto a = extract_seed(seed.file, text);
    expect_well_formed(text, a);
    const auto body = article_text(text, a);
    for (const char* junk : {"Subscribe", "To participate in the discussion", "log in or register",
                             "Заголовок открываемого материала",
                             "All news", "\xC2\xA9 AFP", "- Sputnik International"}) {
      EXPECT_EQ(body.find(junk), std::string::npos) << "'" << junk << "' left in the article text";
    }
    for (const auto& sentence : seed.sentences)
      EXPECT_NE(body.find(sentence), std::string::npos) << "'" << sentence << "' lost from the article text";
  }
}

TEST(ExtractSeeds, KyodoCommentsAreComments) {
  if (!fs::is_directory(seeds_dir())) GTEST_SKIP() << "../shared/seeds not present";
  std::string text;
  const auto a = extract_seed("000_45dc59da7e911ac7.txt", text);
  for (const auto& s : a.spans) {
    if (s.kind != SpanKind::kBody && s.kind != SpanKind::kTitle) continue;
    const auto t = text_of(text, s);
    EXPECT_EQ(t.find("TaiwanIsNotChina"), std::string_view::npos) << t;
    EXPECT_EQ(t.find("smithinjapan"), std::string_view::npos) << t;
    EXPECT_EQ(t.find("KYODO"), std::string_view::npos) << t;
  }
  const auto comments = spans_of(text, a, SpanKind::kComment);
  EXPECT_GE(comments.size(), 8u);
  ASSERT_FALSE(comments.empty());
  EXPECT_TRUE(comments.front().starts_with("TaiwanIsNotChina")) << comments.front();
  EXPECT_EQ(a.outlet, "Kyodo News");
  ASSERT_TRUE(a.date_token);
  EXPECT_EQ(*a.date_token, date_from_ymd(2023, 10, 5));
}

TEST(ExtractSeeds, DatelinesAndOutlets) {
  if (!fs::is_directory(seeds_dir())) GTEST_SKIP() << "../shared/seeds not present";
  struct Expect {
    std::string file, outlet, city;
    int month, day;
  };
  const std::vector<Expect> expects = {
      {"001_d2dc41fddc665125.txt", "TASS", "SOCHI", 10, 18},
      {"002_20236fc4606c5da5.txt", "Anadolu Agency", "ISTANBUL", 0, 0},
      {"003_fc959ac4068dacd9.txt", "TASS", "MOSCOW", 9, 20},
      {"004_80288d0873453405.txt", "Sputnik", "LIMA", 0, 0},
  };
  for (const auto& e : expects) {
    SCOPED_TRACE(e.file);
    std::string text;
    const auto a = extract_seed(e.file, text);
    EXPECT_EQ(a.outlet, e.outlet);
    ASSERT_TRUE(a.dateline);
    EXPECT_EQ(a.dateline->city, e.city);
    EXPECT_EQ(a.dateline->month, e.month);
    EXPECT_EQ(a.dateline->day, e.day);
    EXPECT_FALSE(a.date_token);
  }
}

}  // namespace
}  // namespace demarche
