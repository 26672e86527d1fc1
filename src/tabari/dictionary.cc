// Readers for TABARI's .actors, .agents and .verbs files (and PETRARCH's Phoenix files, which
// share the actor syntax). A broken entry is a warning naming file and line, and is skipped.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "tabari/tabari.h"
#include "tabari/text.h"

namespace demarche::tabari {

namespace {


// Splits "PHRASE [CODE] [CODE] ; comment" into phrase, the code blocks and whether any '[' was seen.
struct Line {
  std::string_view phrase;
  std::vector<std::string_view> blocks;
  std::string error;
};

Line split_line(std::string_view s) {
  Line l;
  const auto semi = s.find(';');
  if (semi != std::string_view::npos) s = s.substr(0, semi);
  const auto lb = s.find('[');
  l.phrase = trim(s.substr(0, lb));
  if (lb == std::string_view::npos) {
    if (s.find(']') != std::string_view::npos) l.error = "missing '['";
    return l;
  }
  size_t i = lb;
  while (i < s.size()) {
    if (s[i] == ' ' || s[i] == '\t') { ++i; continue; }
    if (s[i] != '[') break;  // text after the codes without ';' (seen in the 2012 files): ignored
    const auto rb = s.find(']', i);
    if (rb == std::string_view::npos) { l.error = "missing ']'"; return l; }
    l.blocks.push_back(trim(s.substr(i + 1, rb - i - 1)));
    i = rb + 1;
  }
  return l;
}

bool is_null_code(std::string_view c) {
  std::string t;
  for (char ch : c)
    if (ch != ' ') t += ch;
  return t == "---";
}

Special special_of(std::string_view c) {
  if (is_null_code(c)) return Special::kNull;
  if (c == "###") return Special::kDiscard;
  if (c == "+++") return Special::kComplex;
  return Special::kNone;
}

void warn(Dictionaries& d, const std::string& name, size_t line, std::string msg) {
  d.diagnostics.push_back({name, line, std::move(msg)});
}

// Iterates the lines of a file with 1-based numbers.
template <class F>
void for_lines(std::string_view text, F&& f) {
  size_t line = 0, pos = 0;
  while (pos <= text.size()) {
    auto nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    ++line;
    if (!f(text.substr(pos, nl - pos), line)) return;
    if (nl == text.size()) break;
    pos = nl + 1;
  }
}

bool is_finish(std::string_view t) { return t.starts_with("~FINISH") || t.starts_with("~~FINISH"); }

bool word_char(char c) { return c != ' ' && c != '\t' && c != '_' && c != '{' && c != '}' && c != '|'; }

// Recursive descent over a phrase; stops at '|' or '}' (returned in `stop`).
bool parse_seq(std::string_view s, size_t& i, Phrase& out, std::string& error, const Synsets* syn,
               char& stop) {
  stop = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == ' ' || c == '\t' || c == '_') { ++i; continue; }
    if (c == '|' || c == '}') { stop = c; ++i; return true; }
    PWord w;
    if (c == '{') {
      ++i;
      w.kind = PWord::kAlt;
      for (;;) {
        Phrase alt;
        char st = 0;
        if (!parse_seq(s, i, alt, error, syn, st)) return false;
        if (st == 0) { error = "alternatives not closed with '}'"; return false; }
        if (alt.empty()) { error = "empty alternative"; return false; }
        w.alts.push_back(std::move(alt));
        if (st == '}') break;
      }
    } else if (c == '*' || c == '$' || c == '+' || c == '%' || c == '^' || c == '@') {
      w.kind = c == '*' ? PWord::kVerb : c == '$' ? PWord::kSource : c == '+' ? PWord::kTarget
             : c == '%' ? PWord::kBoth : c == '^' ? PWord::kSkip : PWord::kAttrib;
      ++i;
    } else if (c == '&' && syn) {
      size_t j = i + 1;
      while (j < s.size() && word_char(s[j])) ++j;
      const std::string name = upper(s.substr(i, j - i));
      i = j;
      if (!syn) { error = fmt::format("synset {} used outside a .verbs file", name); return false; }
      const auto it = syn->sets.find(name);
      if (it == syn->sets.end()) { error = fmt::format("unknown synset {}", name); return false; }
      w.kind = PWord::kAlt;
      w.synset = true;
      w.alts = it->second;
    } else {
      size_t j = i;
      while (j < s.size() && word_char(s[j])) ++j;
      std::string t = upper(s.substr(i, j - i));
      i = j;
      bool stem_adjacent = false;
      if (t.ends_with('~')) { t.pop_back(); stem_adjacent = true; }
      if (t.ends_with('=')) { t.pop_back(); w.exact = w.no_endings = true; }
      if (t.empty()) { error = "empty word"; return false; }
      w.text = std::move(t);
      if (stem_adjacent) {
        if (i < s.size() && s[i] == '_') { ++i; w.adjacent = true; }
        else if (i < s.size() && s[i] == ' ') w.adjacent = true;  // "BACK~ POLICY" in the manual
        out.push_back(std::move(w));
        continue;
      }
    }
    // Connector after the element.
    if (i < s.size() && s[i] == '_') {
      ++i;
      if (w.kind == PWord::kWord) w.exact = true;
      if (i < s.size() && s[i] != ' ' && s[i] != '\t' && s[i] != '|' && s[i] != '}') w.adjacent = true;
    }
    out.push_back(std::move(w));
  }
  return true;
}

}  // namespace

void mark_final_endings(Phrase& p) {
  if (!p.empty() && p.back().kind == PWord::kWord && p.back().exact && !p.back().no_endings)
    p.back().endings = true;
}

namespace {

std::string dehyphen(std::string_view s) {
  std::string r(s);
  for (auto& c : r)
    if (c == '-') c = '_';
  return r;
}

// Parses "[CODE]" / "[CODE <YYMMDD]" / "[CODE >YYMMDD]" / "[CODE YYMMDD-YYMMDD]" / "[A/B]".
bool parse_actor_code(std::string_view b, ActorCode& out, std::string& error) {
  b = trim(b);
  if (b.empty()) { error = "empty code [ ]"; return false; }
  // Null code written with blanks: "- - -" (possibly followed by a restriction).
  std::string s(b);
  if (s.starts_with("- - -")) s = "---" + s.substr(5);
  size_t i = 0;
  while (i < s.size() && s[i] != ' ' && s[i] != '\t' && s[i] != '<' && s[i] != '>') ++i;
  std::string code = s.substr(0, i);
  std::string rest(trim(std::string_view(s).substr(i)));
  // "GON950601-990815" style glue is an error; so is a bare date.
  if (code.empty() || (std::isdigit(static_cast<unsigned char>(code[0])) && code.find('-') != std::string::npos)) {
    error = fmt::format("no code in [{}]", b);
    return false;
  }
  if (code.find('-') != std::string::npos && special_of(code) != Special::kNull) {
    error = fmt::format("no code in [{}]", b);
    return false;
  }
  out.special = special_of(code);
  if (out.special == Special::kNone) {
    for (size_t p = 0, q; p <= code.size(); p = q + 1) {
      q = code.find('/', p);
      if (q == std::string::npos) q = code.size();
      std::string c = upper(std::string_view(code).substr(p, q - p));
      if (c.empty()) { error = fmt::format("empty code in [{}]", b); return false; }
      for (char ch : c)
        if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '~') {
          error = fmt::format("bad character '{}' in code [{}]", ch, b);
          return false;
        }
      out.codes.push_back(std::move(c));
    }
  }
  if (rest.empty()) return true;
  out.restricted = true;
  if (rest[0] == '<') {
    if (!parse_yymmdd(trim(std::string_view(rest).substr(1)), out.last)) { error = fmt::format("bad date in [{}]", b); return false; }
  } else if (rest[0] == '>') {
    if (!parse_yymmdd(trim(std::string_view(rest).substr(1)), out.first)) { error = fmt::format("bad date in [{}]", b); return false; }
  } else {
    const auto dash = rest.find('-');
    if (dash == std::string::npos || !parse_yymmdd(trim(std::string_view(rest).substr(0, dash)), out.first) ||
        !parse_yymmdd(trim(std::string_view(rest).substr(dash + 1)), out.last)) {
      error = fmt::format("bad date restriction in [{}]", b);
      return false;
    }
  }
  return true;
}

}  // namespace

bool parse_yymmdd(std::string_view s, int32_t& out, bool four) {
  s = trim(s);
  if (s.size() != 6 && s.size() != 8) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  int y, m, d;
  if (s.size() == 8) { y = v / 10000; m = v / 100 % 100; d = v % 100; }
  else {
    y = v / 10000; m = v / 100 % 100; d = v % 100;
    y += (y <= 30) ? 2000 : 1900;
  }
  (void)four;
  // Day 31 of a 30-day month occurs in the production dictionaries; only the ranges matter.
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  out = y * 10000 + m * 100 + d;
  return true;
}

int phrase_length(const Phrase& p) {
  int n = 0;
  for (const auto& w : p) {
    if (w.kind == PWord::kWord) {
      for (char c : w.text)
        if (std::isalnum(static_cast<unsigned char>(c))) ++n;
    } else if (w.kind == PWord::kAlt && !w.synset) {
      int best = 0;
      for (const auto& a : w.alts) best = std::max(best, phrase_length(a));
      n += best;
    }
  }
  return n;
}

bool parse_phrase(std::string_view s, Phrase& out, std::string& error, const Synsets* synsets) {
  out.clear();
  size_t i = 0;
  char stop = 0;
  if (!parse_seq(s, i, out, error, synsets, stop)) return false;
  if (stop) { error = fmt::format("unexpected '{}'", stop); return false; }
  if (out.empty()) { error = "phrase missing"; return false; }
  return true;
}

// ---------------------------------------------------------------------------------------------
void read_actors(std::string_view text, const std::string& name, Dictionaries& d) {
  enum { kActors, kNouns, kAdjectives } section = kActors;
  // The open synonym group: its phrases (actor indexes) and whether a code was seen.
  int32_t group = -1;
  bool group_has_code = false;
  size_t group_line = 0;
  auto close_group = [&] {
    if (group >= 0 && !group_has_code) {
      // PETRARCH: a phrase without codes takes those of the entry before it.
      if (group > 0) {
        for (auto& a : d.actors)
          if (a.group == static_cast<uint32_t>(group)) a.group = group - 1;
        d.groups.pop_back();
      } else {
        warn(d, name, group_line, "actor has no code");
        while (!d.actors.empty() && d.actors.back().group == static_cast<uint32_t>(group)) d.actors.pop_back();
        d.groups.pop_back();
      }
    }
    group = -1;
  };
  auto add_codes = [&](const std::vector<std::string_view>& blocks, size_t line) {
    std::vector<ActorCode> codes;
    for (auto b : blocks) {
      ActorCode c;
      std::string err;
      if (!parse_actor_code(b, c, err)) { warn(d, name, line, err + "; entry skipped"); return false; }
      codes.push_back(std::move(c));
    }
    auto& g = d.groups[group];
    for (auto& c : codes) g.codes.push_back(std::move(c));
    group_has_code = true;
    return true;
  };
  auto finish_group_codes = [&] {
    if (group < 0) return;
    auto& codes = d.groups[group].codes;
    // A lone restriction gets a null default; the unrestricted default goes last.
    bool any_default = false;
    for (auto& c : codes) any_default |= !c.restricted;
    if (!codes.empty() && !any_default) {
      ActorCode n;
      n.special = Special::kNull;
      codes.push_back(n);
    }
    std::stable_partition(codes.begin(), codes.end(), [](const ActorCode& c) { return c.restricted; });
  };

  for_lines(text, [&](std::string_view raw, size_t line) {
    const auto t = trim(raw);
    if (is_finish(t)) return false;
    if (t.empty() || t[0] == '#' || t.starts_with("//")) return true;
    const std::string u = upper(t.substr(0, std::min<size_t>(t.size(), 12)));
    if (u.starts_with("<NOUN>")) { finish_group_codes(); close_group(); section = kNouns; return true; }
    if (u.starts_with("<ADJ")) { finish_group_codes(); close_group(); section = kAdjectives; return true; }
    if (u.starts_with("</NOUN") || u.starts_with("</ADJ")) { section = kActors; return true; }
    if (t[0] == '/') return true;
    if (section != kActors) {
      Line l = split_line(t);
      Phrase p;
      std::string err;
      if (!parse_phrase(dehyphen(l.phrase), p, err)) { warn(d, name, line, err); return true; }
      mark_final_endings(p);
      (section == kNouns ? d.nouns : d.adjectives).push_back(std::move(p));
      return true;
    }
    const bool indented = raw[0] == ' ' || raw[0] == '\t';
    Line l = split_line(t);
    if (!l.error.empty()) { warn(d, name, line, l.error + "; entry skipped"); return true; }
    if (indented && l.phrase.empty()) {
      if (group < 0) { warn(d, name, line, "date restriction without an actor; skipped"); return true; }
      add_codes(l.blocks, line);
      return true;
    }
    const bool synonym = t[0] == '+';
    std::string_view ph = synonym ? trim(l.phrase.substr(1)) : l.phrase;
    Phrase p;
    std::string err;
    if (!parse_phrase(dehyphen(ph), p, err)) { warn(d, name, line, err + "; entry skipped"); return true; }
    for (const auto& w : p)
      if (w.kind != PWord::kWord) { warn(d, name, line, "pattern token in an actor phrase; entry skipped"); return true; }
    mark_final_endings(p);
    if (!synonym || group < 0) {
      finish_group_codes();
      close_group();
      group = static_cast<int32_t>(d.groups.size());
      d.groups.push_back({std::string(ph), {}});
      group_has_code = false;
      group_line = line;
    }
    d.actors.push_back({std::move(p), std::string(ph), static_cast<uint32_t>(group)});
    if (!l.blocks.empty() && !add_codes(l.blocks, line)) {
      // A broken code block drops the whole entry.
      d.actors.pop_back();
      if (!synonym) { d.groups.pop_back(); group = -1; }
    }
    return true;
  });
  finish_group_codes();
  close_group();
}

// ---------------------------------------------------------------------------------------------
void read_agents(std::string_view text, const std::string& name, Dictionaries& d) {
  // !NAME! = A, B, C substitutions (PSU agents).
  std::map<std::string, std::vector<std::string>> subst;
  for_lines(text, [&](std::string_view raw, size_t line) {
    auto t = trim(raw);
    if (is_finish(t)) return false;
    if (t.empty() || t[0] == '#' || t[0] == '/') return true;
    // "!MINST!_OF_SILLY_WALKS [~GOV]" is an entry that opens with a substitution (PETRARCH).
    if (t[0] == '!' && t.find('=') != std::string_view::npos) {
      const auto bang = t.find('!', 1);
      const auto eq = t.find('=');
      if (bang == std::string_view::npos || eq == std::string_view::npos || eq < bang) {
        warn(d, name, line, "malformed !SUBSTITUTION! line; skipped");
        return true;
      }
      auto& v = subst[upper(t.substr(0, bang + 1))];
      v.clear();
      auto rest = t.substr(eq + 1);
      for (size_t p = 0, q; p <= rest.size(); p = q + 1) {
        q = rest.find(',', p);
        if (q == std::string_view::npos) q = rest.size();
        auto item = trim(rest.substr(p, q - p));
        if (!item.empty()) v.push_back(upper(item));
      }
      return true;
    }
    Line l = split_line(t);
    if (!l.error.empty()) { warn(d, name, line, l.error + "; entry skipped"); return true; }
    std::string ph(l.phrase);
    if (const auto b = ph.find('{'); b != std::string::npos) ph = std::string(trim(ph.substr(0, b)));
    if (l.blocks.size() != 1) {
      warn(d, name, line, l.blocks.empty() ? "agent has no code; skipped" : "agent has several codes; skipped");
      return true;
    }
    std::string code(trim(l.blocks[0]));
    Agent a;
    a.special = special_of(code);
    if (a.special == Special::kNone) {
      std::string c;
      for (char ch : code)
        if (ch != ' ') c += ch;
      if (c.starts_with('~')) { a.after_actor = true; a.code = upper(c.substr(1)); }
      else if (c.ends_with('~')) { a.after_actor = false; a.code = upper(c.substr(0, c.size() - 1)); }
      else { warn(d, name, line, fmt::format("missing ~ connector in agent code [{}]; skipped", code)); return true; }
      if (a.code.empty()) { warn(d, name, line, "empty agent code; skipped"); return true; }
    }
    // Expand substitutions.
    std::vector<std::string> phrases{upper(ph)};
    for (const auto& [key, vals] : subst) {
      std::vector<std::string> next;
      for (const auto& p : phrases) {
        const auto at = p.find(key);
        if (at == std::string::npos) { next.push_back(p); continue; }
        for (const auto& v : vals) next.push_back(p.substr(0, at) + v + p.substr(at + key.size()));
      }
      phrases = std::move(next);
    }
    for (const auto& p : phrases) {
      if (p.find('!') != std::string::npos) { warn(d, name, line, fmt::format("unknown substitution in {}; skipped", p)); continue; }
      Agent b = a;
      std::string err;
      if (!parse_phrase(dehyphen(p), b.phrase, err)) { warn(d, name, line, err + "; entry skipped"); continue; }
      mark_final_endings(b.phrase);
      b.text = p;
      d.agents.push_back(std::move(b));
    }
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
namespace {

// A <TIME> section's code: a time shift, written without blanks, or a special word.
void set_time_code(std::string_view block, EventCode& e) {
  std::string c;
  for (char ch : block)
    if (ch != ' ') c += ch;
  const Special sp = special_of(c);
  if (sp != Special::kNone) e.special = sp;
  else e.code = c;
}

}  // namespace

bool parse_event_code(std::string_view b, EventCode& e, std::string& error) {
  std::string s;
  for (char c : b)
    if (c != ' ' && c != '\t') s += c;
  if (s.empty()) { error = "no code in [ ]"; return false; }
  if (s == "---") { e.special = Special::kNull; return true; }
  if (s == "###") { e.special = Special::kDiscard; return true; }
  if (s == "+++") { e.special = Special::kComplex; return true; }
  if (s.ends_with('?')) { e.subordinate = true; s.pop_back(); }
  else if (s.ends_with('!')) { e.dominant = true; s.pop_back(); }
  const auto colon = s.find(':');
  e.code = upper(s.substr(0, colon));
  if (colon != std::string::npos) e.paired = upper(s.substr(colon + 1));
  if (e.code.empty() || (colon != std::string::npos && e.paired.empty())) { error = fmt::format("bad code [{}]", b); return false; }
  for (const auto* c : {&e.code, &e.paired})
    for (char ch : *c)
      if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '+' && ch != '-') {
        error = fmt::format("bad character '{}' in code [{}]", ch, b);
        return false;
      }
  return true;
}

bool parse_pattern(std::string_view phrase, const Synsets* synsets, Pattern& pat, std::string& error) {
  Phrase all;
  if (!parse_phrase(dehyphen(phrase), all, error, synsets)) return false;
  int stars = 0;
  size_t star = 0;
  for (size_t i = 0; i < all.size(); ++i)
    if (all[i].kind == PWord::kVerb) { ++stars; star = i; }
  if (stars != 1) {
    error = stars ? "more than one verb marker '*'" : "missing verb marker '*'";
    return false;
  }
  pat.before.assign(all.begin(), all.begin() + star);
  pat.after.assign(all.begin() + star + 1, all.end());
  pat.verb_adjacent_before = !pat.before.empty() && pat.before.back().adjacent;
  pat.verb_adjacent_after = all[star].adjacent;
  pat.length = phrase_length(all);
  for (const auto& w : all) pat.has_alternatives |= w.kind == PWord::kAlt && !w.synset;
  for (const auto& w : all)
    if (w.kind == PWord::kWord)
      for (char c : w.text) pat.rank += std::isalnum(static_cast<unsigned char>(c)) ? 1 : 0;
  return true;
}

void read_verbs(std::string_view text, const std::string& name, Dictionaries& d) {
  enum { kVerbs, kSynsets, kTime, kAttrib } section = kVerbs;
  std::vector<VerbRoot>* list = &d.verbs;
  VerbRoot* root = nullptr;
  bool root_ok = false;
  std::string synset;
  for_lines(text, [&](std::string_view raw, size_t line) {
    auto t = trim(raw);
    if (is_finish(t)) return false;
    if (t.empty() || t[0] == '#' || t.starts_with("//")) return true;
    const std::string u = upper(t.substr(0, std::min<size_t>(t.size(), 12)));
    if (u.starts_with("<SYNSET")) { section = kSynsets; return true; }
    if (u.starts_with("</SYNSET")) { section = kVerbs; return true; }
    if (u.starts_with("<TIME")) { section = kTime; list = &d.times; root = nullptr; return true; }
    if (u.starts_with("<ATTRIB")) { section = kAttrib; list = &d.attribs; root = nullptr; return true; }
    if (u.starts_with("</TIME") || u.starts_with("</ATTRIB")) { section = kVerbs; list = &d.verbs; root = nullptr; return true; }
    if (t[0] == '/') return true;
    if (section == kSynsets) {
      if (t[0] == '&') {
        auto semi = t.find(';');
        synset = upper(trim(t.substr(0, semi)));
        d.synsets.sets[synset];  // declared, possibly twice (harmless)
        return true;
      }
      if (t[0] == '+' && !synset.empty()) {
        auto body = trim(t.substr(1, t.find(';') == std::string_view::npos ? std::string_view::npos : t.find(';') - 1));
        Phrase p;
        std::string err;
        if (body.find(synset) != std::string_view::npos) { warn(d, name, line, "synset refers to itself; skipped"); return true; }
        if (!parse_phrase(dehyphen(body), p, err, &d.synsets)) { warn(d, name, line, err + "; skipped"); return true; }
        d.synsets.sets[synset].push_back(std::move(p));
        return true;
      }
      warn(d, name, line, "expected &NAME or +member in <SYNSETS>; skipped");
      return true;
    }
    if (t[0] == '{') {
      if (!root) { warn(d, name, line, "verb forms without a verb; skipped"); return true; }
      auto close = t.find('}');
      if (close == std::string_view::npos) { warn(d, name, line, "verb forms missing '}'; skipped"); return true; }
      auto body = t.substr(1, close - 1);
      for (const auto form : blank_separated(body)) {
        Phrase f;
        std::string err;
        if (!parse_phrase(dehyphen(form), f, err)) { warn(d, name, line, err); continue; }
        mark_final_endings(f);
        root->forms.push_back(std::move(f));
      }
      return true;
    }
    if (t[0] == '-' && (t.size() == 1 || t[1] == ' ' || t[1] == '\t' || t[1] == '%' || t[1] == '*' || t[1] == '$' || t[1] == '+')) {
      if (!root) { warn(d, name, line, "pattern before any verb; skipped"); return true; }
      if (!root_ok) return true;
      Line l = split_line(t.substr(1));
      if (!l.error.empty()) { warn(d, name, line, l.error + "; pattern skipped"); return true; }
      Pattern pat;
      pat.line = line;
      pat.text = std::string(trim(t.substr(1, t.find('[') == std::string_view::npos ? std::string_view::npos : t.find('[') - 1)));
      if (l.blocks.empty()) {
        if (section == kAttrib) pat.code = {};
        else { warn(d, name, line, "no code in pattern; skipped"); return true; }
      } else {
        std::string err;
        if (section == kTime) {
          set_time_code(l.blocks[0], pat.code);
        } else if (!parse_event_code(l.blocks[0], pat.code, err)) { warn(d, name, line, err + "; pattern skipped"); return true; }
      }
      std::string err;
      if (!parse_pattern(l.phrase, &d.synsets, pat, err)) { warn(d, name, line, err + "; pattern skipped"); return true; }
      root->patterns.push_back(std::move(pat));
      return true;
    }
    // A root: PHRASE [CODE] ; comment
    Line l = split_line(t);
    root = nullptr;
    root_ok = false;
    VerbRoot v;
    if (!l.error.empty()) { warn(d, name, line, l.error + "; verb skipped"); list->push_back({}); root = &list->back(); return true; }
    std::string err;
    Phrase p;
    if (!parse_phrase(dehyphen(l.phrase), p, err, &d.synsets)) {
      warn(d, name, line, err + "; verb skipped");
      list->push_back({});
      root = &list->back();
      return true;
    }
    for (const auto& w : p)
      if (w.kind != PWord::kWord) { warn(d, name, line, "pattern token in a verb root; verb skipped"); list->push_back({}); root = &list->back(); return true; }
    mark_final_endings(p);
    if (!l.blocks.empty()) {
      if (section == kTime) {
        set_time_code(l.blocks[0], v.code);
      } else if (!parse_event_code(l.blocks[0], v.code, err)) {
        warn(d, name, line, err + "; verb skipped");
        list->push_back({});
        root = &list->back();
        return true;
      }
    }
    v.text = std::string(l.phrase);
    v.forms.push_back(std::move(p));
    list->push_back(std::move(v));
    root = &list->back();
    root_ok = true;
    return true;
  });
  // Drop placeholders of skipped roots; order a root's patterns as TABARI tries them: by the
  // characters of their plain words, longest first, alternatives and synsets not counted
  // (stable: file order on ties). "Western agricultural attaches in Moscow said they had no
  // evidence" is "* EVIDENCE" [112], tried before "* NO_ { BASIS | EVIDENCE }" [016], in
  // TABARI's reuters-dev output (R8686-1); agreement 1789 -> 1818 events.
  for (auto* l : {&d.verbs, &d.times, &d.attribs}) {
    std::erase_if(*l, [](const VerbRoot& v) { return v.forms.empty(); });
    for (auto& v : *l)
      std::stable_sort(v.patterns.begin(), v.patterns.end(),
                       [](const Pattern& a, const Pattern& b) { return a.rank > b.rank; });
  }
}

}  // namespace demarche::tabari
