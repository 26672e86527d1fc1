#include "dict/dictionary.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "base/file.h"
#include "base/text.h"
#include "dict/block_file.h"

namespace demarche {

std::string Diagnostic::str() const {
  return line ? fmt::format("{}:{}: {}", file, line, message) : fmt::format("{}: {}", file, message);
}

int quad_class(std::string_view code) {
  if (code.size() < 2) return 0;
  const int root = (code[0] - '0') * 10 + (code[1] - '0');
  if (root >= 1 && root <= 5) return 1;
  if (root >= 6 && root <= 8) return 2;
  if (root >= 9 && root <= 13) return 3;
  if (root >= 14 && root <= 20) return 4;
  return 0;
}

const EventType* Dictionary::event_type(std::string_view code) const {
  auto it = event_types.find(code);
  return it == event_types.end() ? nullptr : &it->second;
}

std::string Dictionary::person_code(const Person& p, std::optional<Date> date, std::optional<DateRange> range) const {
  if (p.offices.empty()) return p.country.empty() ? "" : p.country + "ELI";
  if (!date && range) {
    // Offices held at some point of the range; the latest one when they differ.
    const Office* latest = nullptr;
    for (const auto& o : p.offices)
      if (o.when.first <= range->last && range->first <= o.when.last && (!latest || latest->when.first <= o.when.first))
        latest = &o;
    if (latest) return latest->code;
    return p.country.empty() ? "" : p.country + "ELI";
  }
  if (!date) return p.offices.back().code;
  for (const auto& o : p.offices)
    if (o.when.contains(*date)) return o.code;
  // Out of office on that day: still a member of the country's elite, not its government.
  return p.country.empty() ? "" : p.country + "ELI";
}

const Dictionary& bundled_dictionary() {
  static const Dictionary dict = [] {
    Diagnostics ignored;
    return load_dictionary(default_dictionary_dir(), ignored);
  }();
  return dict;
}

std::string default_dictionary_dir() {
  if (const char* env = std::getenv("DEMARCHE_DICTIONARIES"); env && *env) return env;
  return DEMARCHE_DICTIONARY_DIR;
}

namespace {

bool valid_code(std::string_view code) {
  if (code.size() < 3) return false;
  for (char c : code)
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  return true;
}

// Splits "JPN Japan" into code and display name.
bool split_header(const Block& b, const std::string& file, Diagnostics& diags, std::string& code,
                  std::string& display) {
  const auto sp = b.header.find_first_of(" \t");
  code = b.header.substr(0, sp);
  display = sp == std::string::npos ? code : std::string(trim(std::string_view(b.header).substr(sp)));
  if (!valid_code(code)) {
    diags.push_back({file, b.line, fmt::format("'{}' is not a code (3+ capitals or digits); block skipped", code)});
    return false;
  }
  return true;
}

// Calls `fn(line, number)` for each line of a line-based file, comments and blanks skipped.
template <class Fn>
void for_each_line(std::string_view text, Fn fn) {
  size_t lineno = 0;
  for (auto raw : split(text, '\n')) {
    ++lineno;
    const auto line = trim(strip_comment(raw));
    if (!line.empty()) fn(line, lineno);
  }
}

struct Loader {
  Dictionary& d;
  Diagnostics& diags;
  std::string dir;

  bool read(const std::string& name, std::string& text, std::string& path) {
    path = (std::filesystem::path(dir) / name).string();
    auto bytes = read_whole_file(path);
    if (!bytes) {
      diags.push_back({path, 0, "missing dictionary file"});
      return false;
    }
    text = std::move(*bytes);
    if (!is_valid_utf8(text)) {
      diags.push_back({path, line_of(text, 0), "not valid UTF-8; invalid bytes replaced"});
      text = repair_utf8(text).text;
    }
    return true;
  }

  const std::string* file_ref(const std::string& path) {
    for (const auto& f : d.files)
      if (*f == path) return f.get();
    d.files.push_back(std::make_unique<std::string>(path));
    return d.files.back().get();
  }

  void add_names(const Field& f, NameKind kind, uint32_t owner, const std::string& file) {
    const auto* ref = file_ref(file);
    for (const auto& v : f.values) d.names.push_back({v, kind, owner, ref, f.line});
  }

  void unknown_field(const std::string& file, const Field& f) {
    diags.push_back({file, f.line, fmt::format("unknown field '{}'; skipped", f.key)});
  }

  // Blocks headed "CODE Display name" whose fields are lists of names of one kind each.
  template <class Entry>
  void coded_blocks(const char* name, std::vector<Entry>& out,
                    std::initializer_list<std::pair<const char*, NameKind>> fields,
                    std::initializer_list<const char*> ignored = {}) {
    std::string text, file;
    if (!read(name, text, file)) return;
    for (const auto& b : parse_blocks(text, file, diags)) {
      Entry e;
      if (!split_header(b, file, diags, e.code, e.display)) continue;
      const auto idx = static_cast<uint32_t>(out.size());
      out.push_back(e);
      for (const auto& f : b.fields) {
        bool known = std::any_of(ignored.begin(), ignored.end(), [&](const char* k) { return f.key == k; });
        for (const auto& [key, kind] : fields)
          if (f.key == key) {
            add_names(f, kind, idx, file);
            known = true;
          }
        if (!known) unknown_field(file, f);
      }
    }
  }

  void countries() {
    coded_blocks("countries.txt", d.countries,
                 {{"names", NameKind::kCountry}, {"adjectives", NameKind::kAdjective},
                  {"demonyms", NameKind::kDemonym}, {"capital", NameKind::kCapital},
                  {"government", NameKind::kGovernment}, {"cities", NameKind::kCity},
                  {"short", NameKind::kShort}},
                 {"ended"});
    // "ended: 1991-12-26": read apart, since it names no one.
    std::string text, file;
    if (!read("countries.txt", text, file)) return;
    Diagnostics again;  // the first pass reported the file's broken lines
    for (const auto& b : parse_blocks(text, file, again))
      for (const auto& f : b.fields) {
        if (f.key != "ended") continue;
        const auto day = parse_iso_date(trim(std::string_view(f.raw)));
        const auto code = b.header.substr(0, b.header.find(' '));
        auto it = std::find_if(d.countries.begin(), d.countries.end(), [&](const Country& c) { return c.code == code; });
        if (!day) diags.push_back({file, f.line, fmt::format("'ended' needs an ISO date, not '{}'", f.raw)});
        else if (it != d.countries.end()) it->ended = day;
      }
  }
  void organisations() {
    coded_blocks("organisations.txt", d.organisations, {{"names", NameKind::kOrganisation}}, {"kind"});
  }
  void roles() { coded_blocks("roles.txt", d.roles, {{"names", NameKind::kRole}}); }

  void outlets() {
    std::string text, file;
    if (!read("outlets.txt", text, file)) return;
    for (const auto& b : parse_blocks(text, file, diags)) {
      Outlet o;
      o.name = b.header;
      const auto idx = static_cast<uint32_t>(d.outlets.size());
      for (const auto& f : b.fields) {
        if (f.key == "names") add_names(f, NameKind::kOutlet, idx, file);
        else if (f.key == "datelines") o.datelines = f.values;
        else if (f.key == "copyright") o.copyright = f.values;
        else if (f.key == "country") o.country = f.raw;
        else unknown_field(file, f);
      }
      d.outlets.push_back(std::move(o));
    }
  }

  // people/*.txt in name order (one file per country or region keeps diffs small), or a single
  // people.txt.
  void people() {
    std::vector<std::string> names;
    if (std::filesystem::exists(std::filesystem::path(dir) / "people.txt")) names.push_back("people.txt");
    std::error_code ec;
    std::vector<std::string> more;
    for (const auto& e : std::filesystem::directory_iterator(std::filesystem::path(dir) / "people", ec))
      if (e.path().extension() == ".txt") more.push_back("people/" + e.path().filename().string());
    std::sort(more.begin(), more.end());
    names.insert(names.end(), more.begin(), more.end());
    if (names.empty()) diags.push_back({(std::filesystem::path(dir) / "people").string(), 0, "no people files"});
    for (const auto& n : names) people_file(n);
  }

  void people_file(const std::string& name) {
    std::string text, file;
    if (!read(name, text, file)) return;
    for (const auto& b : parse_blocks(text, file, diags)) {
      Person p;
      p.name = b.header;
      p.file = file_ref(file);
      const auto idx = static_cast<uint32_t>(d.people.size());
      bool has_names = false;
      for (const auto& f : b.fields) {
        if (f.key == "names") {
          add_names(f, NameKind::kPerson, idx, file);
          has_names = true;
        } else if (f.key == "country") {
          p.country = f.raw;
        } else if (f.key == "office") {
          // "president = RUSGOV @ 2012-05-07.."
          const auto eq = f.raw.find('='), at = f.raw.find('@');
          if (eq == std::string::npos || at == std::string::npos || at < eq) {
            diags.push_back({file, f.line, "office must read 'title = CODE @ FROM..TO'; skipped"});
            continue;
          }
          Office o;
          o.title = std::string(trim(std::string_view(f.raw).substr(0, eq)));
          o.code = std::string(trim(std::string_view(f.raw).substr(eq + 1, at - eq - 1)));
          auto range = parse_iso_range(trim(std::string_view(f.raw).substr(at + 1)));
          if (!valid_code(o.code) || !range) {
            diags.push_back({file, f.line, "office has a bad code or date range (FROM..TO, FROM <= TO); skipped"});
            continue;
          }
          o.when = *range;
          o.line = f.line;
          p.offices.push_back(std::move(o));
        } else {
          unknown_field(file, f);
        }
      }
      if (!has_names) d.names.push_back({p.name, NameKind::kPerson, idx, file_ref(file), b.line});
      d.people.push_back(std::move(p));
    }
  }

  void event_types() {
    std::string text, file;
    if (!read("cameo-codes.txt", text, file)) return;
    for_each_line(text, [&](std::string_view line, size_t lineno) {
      auto cols = split(line, '\t');
      char* end = nullptr;
      std::string gold = cols.size() > 1 ? std::string(trim(cols[1])) : "";
      const double g = std::strtod(gold.c_str(), &end);
      if (cols.size() < 3 || gold.empty() || *end != '\0' || g < -10 || g > 10) {
        diags.push_back({file, lineno, "expected CODE<TAB>GOLDSTEIN<TAB>LABEL with -10 <= GOLDSTEIN <= 10; skipped"});
        return;
      }
      EventType t{std::string(trim(cols[0])), g, std::string(trim(cols[2])), 0, {}};
      t.quad = quad_class(t.code);
      if (cols.size() > 3 && trim(cols[3]) != "-") t.plover = std::string(trim(cols[3]));
      d.event_types[t.code] = std::move(t);
    });
  }

  void verbs() {
    std::string text, file;
    if (!read("verbs.txt", text, file)) return;
    for_each_line(text, [&](std::string_view line, size_t lineno) {
      std::istringstream ss{std::string(line)};
      VerbPattern v;
      ss >> v.code;
      for (std::string w; ss >> w;) v.items.push_back(fold_case(w));
      v.file = file;
      v.line = lineno;
      bool has_word = false;
      for (auto& w : v.items) has_word |= w != "..." && w != "+" && w != "$";
      if (!d.event_types.count(v.code)) {
        diags.push_back({file, lineno, fmt::format("unknown CAMEO code '{}'; pattern skipped", v.code)});
        return;
      }
      if (!has_word || v.items.front() == "..." || v.items.front() == "+" || v.items.front() == "$") {
        diags.push_back({file, lineno, "pattern must start with a word; skipped"});
        return;
      }
      d.verbs.push_back(std::move(v));
    });
  }

  void irregular() {
    std::string text, file;
    if (!read("irregular-verbs.txt", text, file)) return;
    for_each_line(text, [&](std::string_view line, size_t lineno) {
      std::istringstream ss{std::string(line)};
      std::string base;
      ss >> base;
      std::vector<std::string> forms;
      for (std::string w; ss >> w;) forms.push_back(fold_case(w));
      if (forms.empty()) {
        diags.push_back({file, lineno, "expected 'base past participle'; skipped"});
        return;
      }
      d.irregular[fold_case(base)] = std::move(forms);
    });
  }

  void word_list(const char* name, std::vector<std::string>& out) {
    std::string text, file;
    if (!read(name, text, file)) return;
    for_each_line(text, [&](std::string_view line, size_t) { out.emplace_back(line); });
  }
};

}  // namespace

Dictionary load_dictionary(const std::string& dir, Diagnostics& diags) {
  Dictionary d;
  Loader l{d, diags, dir};
  l.countries();
  l.organisations();
  l.roles();
  l.outlets();
  l.people();
  l.event_types();
  l.verbs();
  l.irregular();
  l.word_list("boilerplate.txt", d.boilerplate);
  l.word_list("speech-cues.txt", d.speech_cues);
  return d;
}

}  // namespace demarche
