// Readers for PETRARCH's dictionary formats, mapped onto TABARI's Dictionaries so that one Coder
// codes both. Actors and agents are TABARI's syntax once PETRARCH's comments are blanked out;
// verbs come in "--- NAME [CODE] ---" blocks and discards are a plain phrase list.
#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "tabari/tabari.h"
#include "tabari/text.h"

namespace demarche::tabari {

namespace {

// Blanks out <!-- ... --> (across lines) and '#' comments (at a line start or after a blank),
// keeping every line end so that warnings still name the right line.
std::string blank_comments(std::string_view text) {
  std::string r(text);
  bool in_xml = false, in_hash = false;
  for (size_t i = 0; i < r.size(); ++i) {
    if (r[i] == '\n') { in_hash = false; continue; }
    if (in_xml) {
      if (r.compare(i, 3, "-->") == 0) { r[i] = r[i + 1] = r[i + 2] = ' '; i += 2; in_xml = false; }
      else r[i] = ' ';
      continue;
    }
    if (!in_hash && r.compare(i, 4, "<!--") == 0) { in_xml = true; r[i] = ' '; continue; }
    if (!in_hash && r[i] == '#' && (i == 0 || r[i - 1] == ' ' || r[i - 1] == '\t' || r[i - 1] == '\n'))
      in_hash = true;
    if (in_hash) r[i] = ' ';
  }
  return r;
}

template <class F>
void for_lines(std::string_view text, F&& f) {
  size_t line = 0;
  for (size_t pos = 0; pos <= text.size();) {
    auto nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    f(trim(text.substr(pos, nl - pos)), ++line);
    pos = nl + 1;
  }
}

void warn(Dictionaries& d, const std::string& name, size_t line, std::string msg) {
  d.diagnostics.push_back({name, line, std::move(msg)});
}

// PETRARCH writes '+' before the verb word of a multi-word verb ("WIRE_+TAP", "+BREAK_DOWN");
// the phrase is matched as a whole here, so the marker goes, and '-' joins like '_'.
std::string verb_phrase_text(std::string_view s) {
  std::string r;
  for (char c : s)
    if (c != '+') r += c == '-' ? '_' : c;
  return r;
}

struct VerbLine {
  std::vector<Phrase> forms;
  std::string text;
  EventCode code;
  bool has_code = false;
};

struct Block {
  bool ok = false;
  EventCode code;
  std::vector<VerbLine> verbs;
  std::vector<Pattern> patterns;
};

// A verb met again in a later block (SHOT [---], then SHOT [223] with a pattern) is one verb:
// the patterns join, and a later non-null code wins. `seen`: verb text -> index in d.verbs.
void flush(Block& b, Dictionaries& d, std::unordered_map<std::string, size_t>& seen) {
  auto by_length = [](const Pattern& x, const Pattern& y) { return x.length > y.length; };
  if (b.ok) {
    for (auto& v : b.verbs) {
      const EventCode code = v.has_code ? v.code : b.code;
      const auto key = upper(verb_phrase_text(v.text));
      if (const auto it = seen.find(key); it != seen.end()) {
        auto& root = d.verbs[it->second];
        root.patterns.insert(root.patterns.end(), b.patterns.begin(), b.patterns.end());
        std::stable_sort(root.patterns.begin(), root.patterns.end(), by_length);
        if (code.special != Special::kNull) root.code = code;
        continue;
      }
      VerbRoot root;
      root.forms = std::move(v.forms);
      root.text = std::move(v.text);
      root.code = code;
      root.patterns = b.patterns;
      std::stable_sort(root.patterns.begin(), root.patterns.end(), by_length);
      seen.emplace(key, d.verbs.size());
      d.verbs.push_back(std::move(root));
    }
  }
  b = {};
}

bool vowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

// PETRARCH matches words exactly and spells out a regular verb's forms instead of stemming, so
// that DEPART matches DEPARTS but not DEPARTES. The rules are English spelling's common ones.
std::vector<std::string> regular_forms(const std::string& w) {
  if (w.size() < 2) return {w};
  const char last = w.back(), before = w[w.size() - 2];
  const bool cons_y = last == 'Y' && !vowel(before);
  const bool sibilant = last == 'S' || last == 'X' || last == 'Z' || last == 'O' || w.ends_with("CH") || w.ends_with("SH");
  std::string third = cons_y ? w.substr(0, w.size() - 1) + "IES" : sibilant ? w + "ES" : w + "S";
  std::string past = cons_y ? w.substr(0, w.size() - 1) + "IED" : last == 'E' ? w + "D" : w + "ED";
  std::string ing = last == 'E' && before != 'E' ? w.substr(0, w.size() - 1) + "ING" : w + "ING";
  return {w, third, past, ing};
}

// One form of a verb phrase: every word exact and consecutive, as PETRARCH reads them.
Phrase exact_phrase(const std::vector<std::string>& words) {
  Phrase p;
  for (size_t i = 0; i < words.size(); ++i) {
    PWord w;
    w.text = words[i];
    w.exact = w.no_endings = true;
    w.adjacent = i + 1 < words.size();
    p.push_back(std::move(w));
  }
  return p;
}

// The words of "WIRE_+TAP" (blank or '_' separated) and which one the '+' marks (else the first).
std::vector<std::string> verb_words(std::string_view s, size_t& verb) {
  std::vector<std::string> words;
  verb = 0;
  std::string cur;
  bool marked = false;
  auto end_word = [&] {
    if (cur.empty()) return;
    if (marked) verb = words.size();
    words.push_back(upper(cur));
    cur.clear();
    marked = false;
  };
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '_') end_word();
    else if (c == '+' && cur.empty()) marked = true;
    else cur += c == '-' ? '_' : c;
  }
  end_word();
  return words;
}

// "PHRASE [CODE] {FORM FORM}" in any order after the phrase.
bool parse_verb_line(std::string_view t, VerbLine& v, std::string& error) {
  const auto cut = t.find_first_of("[{");
  const auto phrase = trim(t.substr(0, cut));
  if (phrase.empty()) { error = "verb line without a verb"; return false; }
  Phrase p;
  if (!parse_phrase(verb_phrase_text(phrase), p, error)) return false;
  for (const auto& w : p)
    if (w.kind != PWord::kWord) { error = "pattern token in a verb"; return false; }
  size_t verb = 0;
  auto words = verb_words(phrase, verb);
  for (const auto& form : regular_forms(words[verb])) {
    words[verb] = form;
    v.forms.push_back(exact_phrase(words));
  }
  v.text = std::string(phrase);
  for (size_t i = cut; i < t.size();) {
    if (t[i] == ' ' || t[i] == '\t') { ++i; continue; }
    const char close = t[i] == '[' ? ']' : t[i] == '{' ? '}' : 0;
    if (!close) { error = fmt::format("unexpected '{}' after the verb", t[i]); return false; }
    const auto end = t.find(close, i);
    if (end == std::string_view::npos) { error = fmt::format("missing '{}'", close); return false; }
    const auto body = t.substr(i + 1, end - i - 1);
    if (close == ']') {
      if (v.has_code) { error = "two codes for one verb"; return false; }
      if (!parse_event_code(body, v.code, error)) return false;
      v.has_code = true;
    } else {
      for (const auto form : blank_separated(body)) {
        Phrase f;
        if (!parse_phrase(verb_phrase_text(form), f, error)) return false;
        size_t verb = 0;
        v.forms.push_back(exact_phrase(verb_words(form, verb)));
      }
    }
    i = end + 1;
  }
  return true;
}

// Synsets first, in file order (a member may name an earlier synset), so that a pattern may
// use a synset defined further down.
void read_synsets(std::string_view text, const std::string& name, Dictionaries& d) {
  std::string current;
  for_lines(text, [&](std::string_view t, size_t line) {
    if (t.empty() || (t[0] != '+' && t[0] != '&')) { current.clear(); return; }
    if (t[0] == '&') {
      std::string n = upper(trim(t));
      while (n.size() > 1 && n.back() == '_') n.pop_back();  // "&PREPOSIT1_" is used as &PREPOSIT1
      if (n.find_first_of(" \t") != std::string::npos) { warn(d, name, line, "blank in a synset name; skipped"); return; }
      current = n;
      if (d.synsets.sets.contains(current)) warn(d, name, line, fmt::format("synset {} defined again; members added", current));
      d.synsets.sets[current];
      return;
    }
    if (current.empty()) return;  // '+' verb lines inside a verb block
    const auto body = trim(t.substr(1));
    if (upper(body).find(current) != std::string::npos) { warn(d, name, line, "synset refers to itself; skipped"); return; }
    Phrase p;
    std::string err;
    if (!parse_phrase(verb_phrase_text(body), p, err, &d.synsets)) { warn(d, name, line, err + "; member skipped"); return; }
    if (p.empty()) { warn(d, name, line, "empty synset member; skipped"); return; }
    d.synsets.sets[current].push_back(std::move(p));
  });
}

// A pattern's words match exactly, as PETRARCH's do ("* EFFORT" is not "efforts": PATTERN-11),
// synset members too.
void petrarch_words(Phrase& p) {
  for (auto& w : p) {
    if (w.kind == PWord::kWord) { w.exact = w.no_endings = true; w.endings = false; }
    for (auto& a : w.alts) petrarch_words(a);
  }
}

// PETRARCH codes the words its parser tags as verbs; a modal ("should have acted") is tagged MD,
// so a modal in the verbs file never codes, and the verb after it does (VERB-10).
bool modal(const std::string& verb) {
  static constexpr std::string_view kModals[] = {"CAN", "COULD", "MAY", "MIGHT", "MUST", "SHALL", "SHOULD", "WILL", "WOULD"};
  const std::string u = upper(trim(verb));
  return std::find(std::begin(kModals), std::end(kModals), u) != std::end(kModals);
}

int longest(const Phrase& p) {
  int n = 0;
  for (const auto& w : p) {
    if (w.kind == PWord::kWord) n += static_cast<int>(w.text.size());
    int best = 0;
    for (const auto& a : w.alts) best = std::max(best, longest(a));
    n += best;
  }
  return n;
}

// PETRARCH has no stems: "THE_KU" must not match "the Kuwait government" (ACTOR-05). A word
// keeps the regular endings, for the possessive and plurals TABARI's coder strips with them.
void exact_words(Phrase& p) {
  for (auto& w : p)
    if (w.kind == PWord::kWord) {
      w.exact = true;
      w.endings = !w.no_endings;
    }
}

std::string plural(const std::string& w) {
  if (w.size() < 2) return w + "S";
  const char last = w.back();
  if (last == 'Y' && !vowel(w[w.size() - 2])) return w.substr(0, w.size() - 1) + "IES";
  if (last == 'S' || last == 'X' || last == 'Z' || w.ends_with("CH") || w.ends_with("SH")) return w + "ES";
  return w + "S";
}

}  // namespace

void read_petrarch_actors(std::string_view text, const std::string& name, Dictionaries& d) {
  const size_t first = d.actors.size();
  read_actors(blank_comments(text), name, d);
  for (size_t i = first; i < d.actors.size(); ++i) exact_words(d.actors[i].phrase);
}

// PETRARCH spells out an agent's plural (GOLDEN_GOOSE {GOLDEN_GEESE}; "{}": none; otherwise the
// regular one) instead of matching endings, so POLICE {} does not match "polices" (AGENT-22).
void read_petrarch_agents(std::string_view raw, const std::string& name, Dictionaries& d) {
  const std::string text = blank_comments(raw);
  std::unordered_map<std::string, std::vector<std::string>> listed;  // phrase -> its plurals
  for_lines(text, [&](std::string_view t, size_t) {
    const auto lb = t.find('{'), rb = t.find('}');
    if (t.empty() || t[0] == '!' || lb == std::string_view::npos || rb == std::string_view::npos || rb < lb) return;
    auto& forms = listed[upper(trim(t.substr(0, lb)))];
    const auto body = t.substr(lb + 1, rb - lb - 1);
    for (const auto form : blank_separated(body)) forms.push_back(upper(form));
  });
  const size_t first = d.agents.size();
  read_agents(text, name, d);
  const size_t last = d.agents.size();
  auto exact = [](Phrase& p) {
    for (auto& w : p)
      if (w.kind == PWord::kWord) { w.exact = w.no_endings = true; w.endings = false; }
  };
  for (size_t i = first; i < last; ++i) {
    exact(d.agents[i].phrase);
    const auto it = listed.find(d.agents[i].text);
    std::vector<std::string> plurals;
    if (it != listed.end()) plurals = it->second;
    else if (!d.agents[i].phrase.empty() && d.agents[i].phrase.back().kind == PWord::kWord)
      plurals.push_back(plural(d.agents[i].phrase.back().text));
    for (const auto& form : plurals) {
      Agent a = d.agents[i];
      if (it == listed.end()) {
        a.phrase.back().text = form;
      } else {
        std::string err;
        a.phrase.clear();
        if (!parse_phrase(verb_phrase_text(form), a.phrase, err)) { warn(d, name, 0, fmt::format("plural {} of {}: {}", form, a.text, err)); continue; }
        exact(a.phrase);
      }
      a.text = form;
      d.agents.push_back(std::move(a));
    }
  }
}

void read_petrarch_verbs(std::string_view raw, const std::string& name, Dictionaries& d) {
  const std::string text = blank_comments(raw);
  read_synsets(text, name, d);
  Block block;
  std::unordered_map<std::string, size_t> seen;
  bool in_synset = false;
  for_lines(text, [&](std::string_view t, size_t line) {
    if (t.empty()) { in_synset = false; return; }
    if (t[0] == '&') { in_synset = true; return; }
    if (in_synset && t[0] == '+') return;
    in_synset = false;
    if (t.starts_with("---")) {
      flush(block, d, seen);
      auto h = trim(t.substr(3));
      if (h.ends_with("---")) h = trim(h.substr(0, h.size() - 3));
      const auto lb = h.find('['), rb = h.find(']');
      std::string err;
      if (lb == std::string_view::npos || rb == std::string_view::npos || rb < lb) {
        warn(d, name, line, "verb block header without [CODE]; block skipped");
      } else if (!parse_event_code(h.substr(lb + 1, rb - lb - 1), block.code, err)) {
        warn(d, name, line, err + "; block skipped");
      } else {
        block.ok = true;
      }
      return;
    }
    if (t[0] == '-') {
      if (!block.ok) return;  // the block was skipped (or none began): already warned, or warn once
      auto body = trim(t.substr(1));
      const auto lb = body.find('[');
      Pattern pat;
      pat.line = line;
      pat.text = std::string(trim(body.substr(0, lb)));
      std::string err;
      if (lb == std::string_view::npos || body.find(']', lb) == std::string_view::npos) {
        warn(d, name, line, "pattern without [CODE]; skipped");
        return;
      }
      const auto rb = body.find(']', lb);
      if (!parse_event_code(body.substr(lb + 1, rb - lb - 1), pat.code, err) ||
          !parse_pattern(body.substr(0, lb), &d.synsets, pat, err)) {
        warn(d, name, line, err + "; pattern skipped");
        return;
      }
      // PETRARCH has no complex records: a [+++] pattern codes nothing of its own (DEMO-04).
      if (pat.code.special == Special::kComplex) return;
      petrarch_words(pat.before);
      petrarch_words(pat.after);
      // PETRARCH prefers the longest match, a synset counting the words of the member that
      // matched ("AUSTRIAN GOLD FLORIN" of &HYPERCURR over "AUSTRIAN FLORIN": SYNSET-20b); the
      // coder then ranks by matched characters, and `length` is their upper bound.
      pat.has_alternatives = true;
      pat.length = longest(pat.before) + longest(pat.after);
      block.patterns.push_back(std::move(pat));
      return;
    }
    if (!block.ok) {
      warn(d, name, line, "verb outside a --- NAME [CODE] --- block; skipped");
      return;
    }
    VerbLine v;
    std::string err;
    if (!parse_verb_line(t, v, err)) { warn(d, name, line, err + "; verb skipped"); return; }
    if (modal(v.text)) return;
    block.verbs.push_back(std::move(v));
  });
  flush(block, d, seen);
}

void read_petrarch_discards(std::string_view raw, const std::string& name, Dictionaries& d) {
  const std::string text = blank_comments(raw);
  for_lines(text, [&](std::string_view t, size_t line) {
    if (t.empty()) return;
    if (t[0] == '+') t = trim(t.substr(1));  // story level: each record is coded alone here
    Phrase p;
    std::string err;
    if (!parse_phrase(verb_phrase_text(t), p, err)) { warn(d, name, line, err + "; discard skipped"); return; }
    for (const auto& w : p)
      if (w.kind != PWord::kWord) { warn(d, name, line, "pattern token in a discard phrase; skipped"); return; }
    if (p.empty()) return;
    ActorCode code;
    code.special = Special::kDiscard;
    d.groups.push_back({std::string(t), {code}});
    d.actors.push_back({std::move(p), std::string(t), static_cast<uint32_t>(d.groups.size() - 1)});
  });
}

}  // namespace demarche::tabari
