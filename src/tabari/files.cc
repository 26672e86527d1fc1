// .options, .project and text records (with their validation annotations), and the event line.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/file.h"
#include "tabari/tabari.h"
#include "tabari/text.h"

namespace demarche::tabari {

namespace {


std::string squeeze(std::string_view s) {
  std::string r;
  for (char c : s)
    if (c != ' ' && c != '\t') r += c;
  return r;
}

bool logical(std::string_view v, bool& out) {
  const std::string s = squeeze(upper(v));
  if (s == "TRUE" || s == "T" || s == "ON" || s == "1") { out = true; return true; }
  if (s == "FALSE" || s == "F" || s == "OFF" || s == "0") { out = false; return true; }
  return false;
}

// "VERBS[5]" in the COMPLEX: line.
int bracket_number(const std::string& s, std::string_view key) {
  const auto at = s.find(key);
  if (at == std::string::npos) return 0;
  const auto lb = s.find('[', at);
  if (lb == std::string::npos) return 0;
  return std::atoi(s.c_str() + lb + 1);
}

// "[CODE]" after a keyword in DEFAULT:.
std::string bracket_after(const std::string& s, std::string_view key) {
  const auto at = s.find(key);
  if (at == std::string::npos) return {};
  const auto lb = s.find('[', at), rb = s.find(']', at);
  if (lb == std::string::npos || rb == std::string::npos || rb < lb) return {};
  return squeeze(s.substr(lb + 1, rb - lb - 1));
}

int keyed_number(const std::string& s, std::string_view key, int fallback) {
  // COMMA: MIN = 4 MAX = 6 EMIN = 3 ...: whole keys only (MIN is inside EMIN and BMIN).
  for (size_t at = s.find(key); at != std::string::npos; at = s.find(key, at + 1)) {
    if (at > 0 && std::isalpha(static_cast<unsigned char>(s[at - 1]))) continue;
    size_t i = at + key.size();
    while (i < s.size() && (s[i] == ' ' || s[i] == '=')) ++i;
    if (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) return std::atoi(s.c_str() + i);
  }
  return fallback;
}

}  // namespace

bool apply_option(std::string_view line, Options& o, std::string& error) {
  auto t = trim(line);
  if (const auto c = t.find("//"); c != std::string_view::npos) t = trim(t.substr(0, c));
  if (t.empty() || t[0] == '#' || t[0] == '~') return true;
  const auto colon = t.find(':');
  if (colon == std::string_view::npos) { error = fmt::format("not an option: {}", t); return false; }
  const std::string cmd = upper(trim(t.substr(0, colon)));
  const std::string rest_raw(trim(t.substr(colon + 1)));
  const std::string rest = upper(rest_raw);
  const std::string key = cmd.substr(0, 4);
  if (key == "COMP") {
    o.complex_verbs = bracket_number(rest, "VERBS");
    o.complex_actors = bracket_number(rest, "ACTORS");
    o.complex_pronouns = bracket_number(rest, "PRONOUNS");
    o.complex_conj = bracket_number(rest, "CONJ");
    o.complex_comma = bracket_number(rest, "COMMA");
    o.complex_lateverb = bracket_number(rest, "LATEVERB");
    o.noactprior = rest.find("NOACTPRIOR") != std::string::npos;
    o.noactafter = rest.find("NOACTAFTER") != std::string::npos;
    o.noverb = rest.find("NOVERB") != std::string::npos;
    o.nosource = rest.find("NOSOURCE") != std::string::npos;
    o.notarget = rest.find("NOTARGET") != std::string::npos;
    o.noevent = rest.find("NOEVENT") != std::string::npos;
    o.explain = rest.find("EXPLAIN") != std::string::npos;
    o.nosave = rest.find("NOSAVE") != std::string::npos;
    return true;
  }
  if (key == "SET") {
    const auto eq = rest.find('=');
    const std::string name = squeeze(rest.substr(0, eq));
    const std::string value = eq == std::string::npos ? "" : std::string(trim(std::string_view(rest).substr(eq + 1)));
    bool b = false;
    if (name.starts_with("CODEBY")) {
      const auto how = name.substr(6);
      if (how == "CLAUSE") o.code_by = CodeBy::kClause;
      else if (how == "SENTENCE") o.code_by = CodeBy::kSentence;
      else { error = fmt::format("unknown CODE BY {}", how); return false; }
      return true;
    }
    if (name == "CODEALL") { o.code_by = CodeBy::kAll; return true; }
    if (name == "LABEL") return logical(value, o.label) || (error = "LABEL wants TRUE or FALSE", false);
    if (name.starts_with("CONVERTAGENT")) return logical(value, o.convert_agents) || (error = "CONVERT AGENTS wants TRUE or FALSE", false);
    if (name == "YYYY") return logical(value, o.yyyy) || (error = "YYYY wants TRUE or FALSE", false);
    if (name == "FBIS") return logical(value, o.fbis) || (error = "FBIS wants TRUE or FALSE", false);
    if (name.starts_with("TIMESHIFT")) {
      if (!logical(value, b)) { error = "TIME SHIFTING wants TRUE or FALSE"; return false; }
      o.time_shift = b ? 1 : 0;
      return true;
    }
    if (name.starts_with("MINIMUMWORDS")) {
      const std::string v = squeeze(value);
      if (v.empty() || !std::isdigit(static_cast<unsigned char>(v[0]))) { error = "MINIMUM WORDS wants a number"; return false; }
      o.minimum_words = std::atoi(v.c_str());
      return true;
    }
    // Interactive-only switches: accepted, no effect in batch mode.
    if (name.starts_with("SKIPRECORDS") || name.find("USAGE") != std::string::npos || name.starts_with("DUPWARNING") ||
        name.starts_with("HAIKU") || name.starts_with("ALLCAPS") || name.starts_with("CHECKDOMINANT") ||
        name.starts_with("MATCH") || name.starts_with("CODENONRESTRICTIVE"))
      return true;
    error = fmt::format("unknown SET: {}", name);
    return false;
  }
  if (key == "LABE") {
    const auto eq = rest_raw.find('=');
    if (eq == std::string::npos) { error = "LABEL wants CODE=text"; return false; }
    o.labels.emplace_back(upper(squeeze(rest_raw.substr(0, eq))), std::string(trim(std::string_view(rest_raw).substr(eq + 1))));
    return true;
  }
  if (key == "DEFA") {
    if (squeeze(rest) == "OFF") {
      o.default_source.clear(); o.default_target.clear();
      o.default_source_prior = o.default_target_after = false;
      return true;
    }
    const auto src = bracket_after(rest, "SOURCE"), tgt = bracket_after(rest, "TARGET");
    if (!src.empty()) {
      o.default_source = src;
      const auto tpos = rest.find("TARGET");
      o.default_source_prior = rest.substr(0, tpos).find("PRIOR") != std::string::npos;
    }
    if (!tgt.empty()) {
      o.default_target = tgt;
      o.default_target_after = rest.substr(rest.find("TARGET")).find("AFTER") != std::string::npos;
    }
    return true;
  }
  if (key == "COMM") {
    if (squeeze(rest) == "OFF") { o.comma_off = true; return true; }
    o.comma_off = false;
    o.comma_min = keyed_number(rest, "MIN", o.comma_min);
    o.comma_max = keyed_number(rest, "MAX", o.comma_max);
    o.comma_emin = keyed_number(rest, "EMIN", o.comma_emin);
    o.comma_emax = keyed_number(rest, "EMAX", o.comma_emax);
    o.comma_bmin = keyed_number(rest, "BMIN", o.comma_bmin);
    o.comma_bmax = keyed_number(rest, "BMAX", o.comma_bmax);
    return true;
  }
  if (key == "FORW") { o.forward = std::string(trim(rest_raw)); return true; }
  if (key == "OUTP") {
    std::istringstream in(rest);
    std::string f;
    while (in >> f) {
      o.output_fields.push_back(f);
      if (f == "ID") o.output_id = true;
      if (f.starts_with("TEX")) o.output_text = true;
    }
    return true;
  }
  if (key == "NONE" || key == "ISSU" || key == "FREQ") return true;  // not in batch coding
  error = fmt::format("unknown command {}:", cmd);
  return false;
}

void read_options(std::string_view text, const std::string& name, Options& o, Diagnostics& diags) {
  size_t line = 0, pos = 0;
  while (pos <= text.size()) {
    auto nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    ++line;
    std::string error;
    if (!apply_option(text.substr(pos, nl - pos), o, error)) diags.push_back({name, line, error});
    if (nl == text.size()) break;
    pos = nl + 1;
  }
}

bool read_project(const std::string& path, Project& p, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) { error = fmt::format("{}: cannot open", path); return false; }
  p.path = path;
  p.dir = std::filesystem::path(path).parent_path().string();
  auto resolve = [&](std::string_view f) {
    std::filesystem::path fp(std::string(trim(f)));
    if (fp.is_relative() && !p.dir.empty()) fp = std::filesystem::path(p.dir) / fp;
    return fp.string();
  };
  std::string line;
  while (std::getline(in, line)) {
    auto t = trim(line);
    if (t.empty() || t[0] != '<') continue;
    const auto gt = t.find('>');
    if (gt == std::string_view::npos) continue;
    const std::string tag = upper(t.substr(1, gt - 1));
    auto value = trim(t.substr(gt + 1));
    if (const auto lt = value.find('<'); lt != std::string_view::npos) value = trim(value.substr(0, lt));
    if (tag.starts_with("/") || value.empty()) continue;
    // TABARI looks at the first two letters of the tag (ac, ag, ve, op, te, ev, ou, co).
    const std::string two = tag.substr(0, 2);
    if (two == "AC") p.actors.push_back(resolve(value));
    else if (two == "AG") p.agents.push_back(resolve(value));
    else if (two == "VE") p.verbs.push_back(resolve(value));
    else if (two == "OP") p.options = resolve(value);
    else if (two == "TE") p.texts.push_back(resolve(value));
    else if (two == "EV") p.eventfile = resolve(value);
    else if (two == "OU") p.outputfile = resolve(value);
    else if (two == "CO") p.coder = std::string(value);
  }
  if (p.actors.empty() || p.verbs.empty() || p.texts.empty()) {
    error = fmt::format("{}: a project needs <actorsfile>, <verbsfile> and <textfile>", path);
    return false;
  }
  return true;
}

void load_project_files(const Project& p, Dictionaries& d, Options& o) {
  auto load = [&](const std::string& f, auto reader) {
    if (const auto text = read_whole_file(f)) reader(*text, f, d);
    else d.diagnostics.push_back({f, 0, "cannot open; skipped"});
  };
  for (const auto& f : p.actors) load(f, read_actors);
  for (const auto& f : p.agents) load(f, read_agents);
  for (const auto& f : p.verbs) load(f, read_verbs);
  if (p.options.empty()) return;
  if (const auto text = read_whole_file(p.options)) read_options(*text, p.options, o, d.diagnostics);
  else d.diagnostics.push_back({p.options, 0, "cannot open; default options used"});
}

// ---------------------------------------------------------------------------------------------
size_t read_records(std::string_view text, const std::function<void(Record&&)>& f) {
  size_t n = 0, line = 0, pos = 0;
  Record cur;
  bool in = false;
  std::string body;
  auto flush = [&] {
    if (!in) return;
    // Split text and /* comment */. Expectations are read from everything after the first
    // comment opens: a `{ ... }` written after a stray "*/" still counts (TABARI scans the rest
    // of the record: PATTERN-26, AGENTS-11).
    std::string t, c, after;
    size_t i = 0;
    bool commented = false;
    while (i < body.size()) {
      const auto open = body.find("/*", i);
      if (open == std::string::npos) {
        t += body.substr(i);
        if (commented) after += body.substr(i);
        break;
      }
      t += body.substr(i, open - i);
      if (commented) after += body.substr(i, open - i) + " ";
      commented = true;
      const auto close = body.find("*/", open + 2);
      if (close == std::string::npos) { c += body.substr(open + 2); break; }
      c += body.substr(open + 2, close - open - 2);
      c += ' ';
      t += ' ';
      i = close + 2;
    }
    c += after;
    cur.text = std::move(t);
    cur.comment = std::move(c);
    parse_expectations(cur);
    f(std::move(cur));
    ++n;
    cur = Record{};
    body.clear();
    in = false;
  };
  while (pos <= text.size()) {
    auto nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    ++line;
    auto l = text.substr(pos, nl - pos);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    const bool blank = trim(l).empty();
    if (!in) {
      if (!l.empty() && std::isdigit(static_cast<unsigned char>(l[0]))) {
        in = true;
        size_t i = 0;
        while (i < l.size() && l[i] != ' ' && l[i] != '\t') ++i;
        cur.date = std::string(l.substr(0, i));
        cur.id = std::string(trim(l.substr(i)));
        cur.line = line;
      }
    } else if (blank) {
      flush();
    } else {
      if (!body.empty()) body += ' ';
      body += l;
    }
    if (nl == text.size()) break;
    pos = nl + 1;
  }
  flush();
  return n;
}

void parse_expectations(Record& r) {
  const std::string& c = r.comment;
  for (size_t i = c.find('{'); i != std::string::npos; i = c.find('{', i + 1)) {
    const auto close = c.find('}', i);
    if (close == std::string::npos) break;
    std::string inner(trim(std::string_view(c).substr(i + 1, close - i - 1)));
    const bool dash = i > 0 && c[i - 1] == '-';
    if (upper(inner).starts_with("OPTION:")) {
      r.options.push_back(std::string(trim(std::string_view(inner).substr(7))));
      continue;
    }
    // `{ OPTION: SET: MINIMUM WORDS = 4  */` never closes its brace before the comment ends.
    if (inner.find('{') != std::string::npos) {
      const auto o = upper(inner).find("OPTION:");
      if (o != std::string::npos) r.options.push_back(std::string(trim(std::string_view(inner).substr(o + 7, inner.find('{') - o - 7))));
      i = c.find('{', i + 1) - 1;
      continue;
    }
    if (dash) { r.unchecked = true; continue; }
    const std::string sq = squeeze(inner);
    if (sq == "---") { r.expect_null = true; continue; }
    if (sq == "###") { r.expect_discard = true; continue; }
    if (sq == "+++") { r.expect_complex = true; continue; }
    // { SRC / TGT / CODE } [date]
    const auto a = inner.find('/');
    const auto b = a == std::string::npos ? a : inner.find('/', a + 1);
    if (b == std::string::npos) continue;  // {} in prose
    Expected e{squeeze(inner.substr(0, a)), squeeze(inner.substr(a + 1, b - a - 1)), squeeze(inner.substr(b + 1))};
    if (r.expected.empty() && r.expected_date.empty()) {
      size_t j = close + 1;
      while (j < c.size() && (c[j] == ' ' || c[j] == '\t')) ++j;
      size_t k = j;
      while (k < c.size() && std::isdigit(static_cast<unsigned char>(c[k]))) ++k;
      if (k - j == 6 || k - j == 8) r.expected_date = c.substr(j, k - j);
    }
    r.expected.push_back(std::move(e));
  }
  // An unterminated `{ OPTION: ...` at the end of the comment.
  const auto last_open = c.rfind('{');
  if (last_open != std::string::npos && c.find('}', last_open) == std::string::npos) {
    std::string inner(trim(std::string_view(c).substr(last_open + 1)));
    if (upper(inner).starts_with("OPTION:")) r.options.push_back(std::string(trim(std::string_view(inner).substr(7))));
  }
}

std::string label_of(const Options& o, const std::string& code) {
  for (const auto& [c, l] : o.labels)
    if (c == code) return l;
  return {};
}

std::string format_event(const Event& e, const Record& r, const Options& o) {
  std::string s = fmt::format("{}\t{}\t{}\t{}", e.date, e.source, e.target, e.code);
  if (o.label) s += "\t" + label_of(o, e.code);
  if (o.output_id) {
    std::string id = r.id;
    if (!o.forward.empty()) {
      // FORWARD: the ID is as wide as the sequence format after its leading '^'s, '*'-padded.
      size_t w = o.forward.size();
      const auto sp = o.forward.find(' ');
      if (sp != std::string::npos) w = sp;
      size_t lead = 0;
      while (lead < w && o.forward[lead] == '^') ++lead;
      w -= lead;
      id = id.substr(0, std::min(id.size(), w));
      id.resize(w, '*');
    }
    s += "\t" + id;
  }
  return s;
}

}  // namespace demarche::tabari
