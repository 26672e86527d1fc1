// Reader for PETRARCH's validation XML. The file is only XML-like (attributes with blanks around
// '=', values quoted either way, parse trees as free text), so a small scanner reads it instead
// of a general XML parser, and a broken tag costs a warning rather than the rest of the file.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "tabari/tabari.h"
#include "tabari/text.h"

namespace demarche::tabari {

namespace {

struct Tag {
  std::string name;  // without '/', as written
  bool closing = false, empty = false;
  std::vector<std::pair<std::string, std::string>> attrs;
};

std::string decode_entities(std::string_view s) {
  std::string r;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') { r += s[i]; continue; }
    const auto semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 8) { r += '&'; continue; }
    const auto ent = s.substr(i + 1, semi - i - 1);
    if (ent == "amp") r += '&';
    else if (ent == "lt") r += '<';
    else if (ent == "gt") r += '>';
    else if (ent == "quot") r += '"';
    else if (ent == "apos") r += '\'';
    else if (ent.size() > 1 && ent[0] == '#') {
      long v = 0;
      bool ok = true;
      for (char c : ent.substr(1)) ok &= std::isdigit(static_cast<unsigned char>(c)) != 0, v = v * 10 + (c - '0');
      if (!ok || v <= 0 || v > 127) { r += '&'; continue; }  // the coder reads ASCII only
      r += static_cast<char>(v);
    } else { r += '&'; continue; }
    i = semi;
  }
  return r;
}

// Blanks, tabs and line ends collapse to one blank: the coder reads words, not lines.
std::string squeeze(std::string_view s) {
  std::string r;
  for (char c : s) {
    const bool blank = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (blank) {
      if (!r.empty() && r.back() != ' ') r += ' ';
    } else {
      r += c;
    }
  }
  if (!r.empty() && r.back() == ' ') r.pop_back();
  return r;
}

bool letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// PETRARCH codes the tokens of its parse trees, where "didn't" is "did n't" and "won't" is
// "wo n't" (Penn Treebank); its dictionaries are written that way (&NEGATVAUXVRB: DID N'T).
std::string treebank_tokens(std::string_view s) {
  std::string r;
  for (size_t i = 0; i < s.size(); ++i) {
    const bool nt = (s[i] == 'n' || s[i] == 'N') && i > 0 && letter(s[i - 1]) && i + 2 < s.size() &&
                    s[i + 1] == '\'' && (s[i + 2] == 't' || s[i + 2] == 'T') && (i + 3 == s.size() || !letter(s[i + 3]));
    if (nt) r += ' ';
    r += s[i];
  }
  // The closing period is a token of its own too ("Gonzo GMO." is GONZO_GMO, not "GMO."), unless
  // the last word is an abbreviation with periods of its own ("U.S."). After a lower-case letter
  // the coder drops it anyway, and it must not count as a word of a comma clause.
  if (r.size() > 1 && r.back() == '.' && std::isupper(static_cast<unsigned char>(r[r.size() - 2]))) {
    const auto word = r.find_last_of(' ', r.size() - 2);
    if (r.find('.', word == std::string::npos ? 0 : word) == r.size() - 1) r.insert(r.size() - 1, " ");
  }
  return r;
}

bool name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == ':' || c == '.'; }

// Parses the inside of "<...>" (without the brackets). False with `error` when malformed.
bool parse_tag(std::string_view s, Tag& t, std::string& error) {
  size_t i = 0;
  if (i < s.size() && s[i] == '/') { t.closing = true; ++i; }
  const size_t n0 = i;
  while (i < s.size() && name_char(s[i])) ++i;
  t.name = std::string(s.substr(n0, i - n0));
  if (t.name.empty()) { error = "tag without a name"; return false; }
  for (;;) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (i == s.size()) return true;
    if (s[i] == '/' && i + 1 == s.size()) { t.empty = true; return true; }
    const size_t a0 = i;
    while (i < s.size() && name_char(s[i])) ++i;
    if (i == a0) { error = fmt::format("unexpected '{}' in <{}>", s[i], t.name); return false; }
    std::string attr(s.substr(a0, i - a0));
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (i == s.size() || s[i] != '=') { error = fmt::format("attribute {} of <{}> has no value", attr, t.name); return false; }
    ++i;
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (i == s.size() || (s[i] != '"' && s[i] != '\'')) {
      error = fmt::format("attribute {} of <{}> is not quoted", attr, t.name);
      return false;
    }
    const char q = s[i++];
    const auto end = s.find(q, i);
    if (end == std::string_view::npos) { error = fmt::format("attribute {} of <{}> is not closed", attr, t.name); return false; }
    if (t.closing) { error = fmt::format("attributes in </{}>", t.name); return false; }
    t.attrs.emplace_back(std::move(attr), decode_entities(s.substr(i, end - i)));
    i = end + 1;
  }
}

const std::string* attr(const Tag& t, std::string_view name) {
  for (const auto& [k, v] : t.attrs)
    if (k == name) return &v;
  return nullptr;
}

}  // namespace

size_t read_petrarch_records(std::string_view text, const std::string& name, PetrarchEnvironment& env,
                             const std::function<void(PetrarchRecord&&)>& f, Diagnostics& diags) {
  size_t pos = 0, line = 1, counted = 0, emitted = 0;
  auto line_at = [&](size_t p) {  // lines are counted once, forward only
    line += static_cast<size_t>(std::count(text.begin() + counted, text.begin() + p, '\n'));
    counted = p;
    return line;
  };
  auto warn = [&](size_t p, std::string msg) { diags.push_back({name, line_at(p), std::move(msg)}); };

  bool in_sentence = false, in_environment = false;
  PetrarchRecord cur;
  std::vector<std::pair<std::string, std::string>> config;  // for the next sentence
  std::string element;  // the innermost element whose text we keep (Text, Verbfile, ...)
  std::string chars;
  auto emit = [&] {
    in_sentence = false;
    if (cur.record.id.empty()) { diags.push_back({name, cur.record.line, "<Sentence> without an id; skipped"}); return; }
    ++emitted;
    f(std::move(cur));
  };

  while (pos < text.size()) {
    const auto lt = text.find('<', pos);
    if (!element.empty()) chars += text.substr(pos, (lt == std::string_view::npos ? text.size() : lt) - pos);
    if (lt == std::string_view::npos) break;
    if (text.substr(lt).starts_with("<!--")) {
      const auto end = text.find("-->", lt + 4);
      if (end == std::string_view::npos) { warn(lt, "comment not closed; rest of file ignored"); break; }
      pos = end + 3;
      continue;
    }
    if (text.substr(lt).starts_with("<?") || text.substr(lt).starts_with("<!")) {
      const auto end = text.find('>', lt);
      pos = end == std::string_view::npos ? text.size() : end + 1;
      continue;
    }
    const auto gt = text.find_first_of("<>", lt + 1);
    if (gt == std::string_view::npos || text[gt] == '<') {
      warn(lt, "'<' without a closing '>'; skipped");
      pos = gt == std::string_view::npos ? text.size() : gt;
      continue;
    }
    pos = gt + 1;
    Tag t;
    std::string error;
    if (!parse_tag(text.substr(lt + 1, gt - lt - 1), t, error)) {
      warn(lt, error + "; tag skipped");
      continue;
    }
    const size_t tag_line = line_at(lt);
    if (!t.closing) {
      if (!element.empty()) {
        warn(lt, fmt::format("<{}> inside <{}> (missing </{}>?)", t.name, element, element));
        element.clear();
      }
      if (t.name == "Environment") in_environment = true;
      else if (t.name == "Sentence") {
        if (in_sentence) {
          warn(lt, fmt::format("<Sentence> inside sentence {} (missing </Sentence>?)", cur.record.id));
          emit();
        }
        cur = {};
        cur.config = std::move(config);
        config.clear();
        in_sentence = true;
        cur.record.line = tag_line;
        if (const auto* v = attr(t, "id")) cur.record.id = *v;
        if (const auto* v = attr(t, "date")) cur.record.date = *v;
        if (const auto* v = attr(t, "category")) cur.category = *v;
        if (cur.record.date.empty()) warn(lt, fmt::format("sentence {} has no date", cur.record.id));
      } else if (t.name == "Config") {
        const auto *opt = attr(t, "option"), *val = attr(t, "value");
        if (!opt || !val) warn(lt, "<Config> needs option and value; skipped");
        else config.emplace_back(*opt, *val);
      } else if (t.name == "EventCoding") {
        if (!in_sentence) { warn(lt, "<EventCoding> outside a <Sentence>; skipped"); continue; }
        const auto *src = attr(t, "sourcecode"), *tgt = attr(t, "targetcode"), *ev = attr(t, "eventcode");
        if (const auto* e = attr(t, "error")) {
          cur.error = *e;
          if (*e == "storydiscard" || *e == "sentencediscard") cur.record.expect_discard = true;
        } else if (attr(t, "noevents")) {
          cur.record.expect_null = true;
        } else if (src && tgt && ev) {
          cur.record.expected.push_back({*src, *tgt, *ev});
        } else {
          warn(lt, "<EventCoding> needs sourcecode, targetcode and eventcode (or noevents, error); skipped");
        }
      } else if (t.name == "Text" || t.name == "Parse" ||
                 (in_environment && (t.name == "Verbfile" || t.name == "Actorfile" || t.name == "Agentfile" ||
                                     t.name == "Discardfile"))) {
        if (t.empty) continue;
        element = t.name;
        chars.clear();
      }
      continue;
    }
    // Closing tags.
    if (!element.empty() && t.name == element) {
      if (element == "Text") {
        if (in_sentence) cur.record.text = treebank_tokens(squeeze(decode_entities(chars)));
      } else if (element != "Parse") {
        std::string v(trim(decode_entities(chars)));
        (element == "Verbfile" ? env.verbs : element == "Actorfile" ? env.actors
         : element == "Agentfile" ? env.agents : env.discards) = v;
      }
      element.clear();
    } else if (!element.empty()) {
      warn(lt, fmt::format("</{}> inside <{}>", t.name, element));
    } else if (t.name == "Environment") {
      in_environment = false;
    } else if (t.name == "Sentence") {
      if (in_sentence) emit();
      else warn(lt, "</Sentence> without <Sentence>");
    }
  }
  if (!element.empty()) {
    warn(text.size(), fmt::format("<{}> not closed at the end of the file", element));
    if (element == "Text" && in_sentence) cur.record.text = treebank_tokens(squeeze(decode_entities(chars)));
  }
  if (in_sentence) {
    warn(text.size(), fmt::format("sentence {} not closed at the end of the file", cur.record.id));
    emit();
  }
  return emitted;
}

}  // namespace demarche::tabari
