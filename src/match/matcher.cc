// Compiling the dictionaries into lookup tables, and verb patterns with their inflections.
#include <algorithm>

#include "base/text.h"
#include "match/match.h"

namespace demarche {

namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::vector<std::string> phrase_tokens(const std::string& phrase) {
  std::vector<std::string> out;
  for (auto& t : tokenize(phrase, 0, static_cast<uint32_t>(phrase.size()))) out.push_back(std::move(t.norm));
  return out;
}

}  // namespace

std::unordered_set<std::string> Matcher::forms_of(const std::string& w) const {
  std::unordered_set<std::string> f{w};
  if (w.empty() || !std::isalpha(static_cast<unsigned char>(w.back()))) return f;
  const char last = w.back();
  const std::string stem = w.substr(0, w.size() - 1);
  f.insert(w + "s");
  if (last == 's' || last == 'x' || last == 'z' || w.ends_with("ch") || w.ends_with("sh")) f.insert(w + "es");
  if (last == 'e') {
    f.insert(w + "d");
    f.insert(stem + "ing");
  } else if (last == 'y' && w.size() > 1 && !is_vowel(w[w.size() - 2])) {
    f.insert(stem + "ies");
    f.insert(stem + "ied");
    f.insert(w + "ing");
  } else {
    f.insert(w + "ed");
    f.insert(w + "ing");
    // Consonant-vowel-consonant endings double ("ban" -> "banned"); the extra form is harmless
    // where they do not.
    if (w.size() >= 3 && !is_vowel(last) && is_vowel(w[w.size() - 2]) && !is_vowel(w[w.size() - 3]) &&
        last != 'w' && last != 'x' && last != 'y') {
      f.insert(w + last + "ed");
      f.insert(w + last + "ing");
    }
  }
  if (auto it = dict_.irregular.find(w); it != dict_.irregular.end()) {
    for (const auto& form : it->second) {
      f.insert(form);
      f.insert(form + "s");
    }
  }
  return f;
}

Matcher::Matcher(const Dictionary& dict) : dict_(dict) {
  for (const auto& n : dict.names) {
    auto toks = phrase_tokens(n.phrase);
    if (toks.empty()) continue;
    auto& bucket = names_[toks.front()];
    bucket.push_back({std::move(toks), n.kind, n.owner});
  }
  for (auto& [first, bucket] : names_)
    std::stable_sort(bucket.begin(), bucket.end(),
                     [](const NameEntry& a, const NameEntry& b) { return a.tokens.size() > b.tokens.size(); });

  for (const auto& v : dict.verbs) {
    CompiledPattern cp{&v, {}, 0};
    for (const auto& item : v.items) {
      PatternItem pi;
      if (item == "...") pi.kind = PatternItem::kGap;
      else if (item == "+") pi.kind = PatternItem::kTarget;
      else if (item == "$") pi.kind = PatternItem::kSource;
      else if (item.size() > 1 && item[0] == '=') pi.forms = {item.substr(1)};
      else {
        // Multi-token words ("u.s.-led") match as their first token only; patterns use plain words.
        auto toks = phrase_tokens(item);
        pi.forms = forms_of(toks.empty() ? item : toks.front());
      }
      if (pi.kind == PatternItem::kWord) ++cp.words;
      cp.items.push_back(std::move(pi));
    }
    patterns_.push_back(std::move(cp));
  }
  for (uint32_t i = 0; i < patterns_.size(); ++i)
    for (const auto& form : patterns_[i].items.front().forms) pattern_index_[form].push_back(i);
}

bool Matcher::match_items(const Sentence& s, const std::vector<uint32_t>& actor_end, const CompiledPattern& p,
                          size_t item, uint32_t tok, VerbMatch& m) const {
  if (item == p.items.size()) {
    m.tok_end = tok;
    return true;
  }
  const auto& it = p.items[item];
  const auto n = static_cast<uint32_t>(s.tokens.size());
  switch (it.kind) {
    case PatternItem::kSource:
    case PatternItem::kTarget: {
      // A marker stands for the actor there ("it is + that closed"), or for nothing.
      (it.kind == PatternItem::kSource ? m.source_at : m.target_at) = static_cast<int>(tok);
      if (tok < n && actor_end[tok] > tok && match_items(s, actor_end, p, item + 1, actor_end[tok], m)) return true;
      return match_items(s, actor_end, p, item + 1, tok, m);
    }
    case PatternItem::kGap:
      for (uint32_t skip = 0, quotes = 0; skip <= 6 && tok + skip <= n; ++skip) {
        // A gap does not reach over the end of a clause, nor into a quotation, but it does
        // cross a short phrase in scare quotes: signed a "phase one" trade agreement.
        if (skip > 0) {
          const uint32_t at = tok + skip - 1;
          const auto& w = s.tokens[at].norm;
          if (w == ";" || w == ":") break;
          if (w == "\"" && quotes++ % 2 == 0) {
            uint32_t close = at + 1;
            while (close < n && close <= at + 4 && s.tokens[close].norm != "\"") ++close;
            if (close >= n || s.tokens[close].norm != "\"") break;
          }
        }
        if (match_items(s, actor_end, p, item + 1, tok + skip, m)) return true;
      }
      return false;
    case PatternItem::kWord:
      if (tok >= n || !it.forms.count(s.tokens[tok].norm)) return false;
      return match_items(s, actor_end, p, item + 1, tok + 1, m);
  }
  return false;
}

std::vector<VerbMatch> Matcher::find_verbs(const Sentence& s, const std::vector<uint32_t>& actor_end) const {
  std::vector<VerbMatch> all;
  for (uint32_t i = 0; i < s.tokens.size(); ++i) {
    const auto it = pattern_index_.find(s.tokens[i].norm);
    if (it == pattern_index_.end()) continue;
    for (uint32_t pi : it->second) {
      const auto& p = patterns_[pi];
      VerbMatch m;
      m.tok_begin = i;
      m.pattern = p.pattern;
      m.words = p.words;
      if (match_items(s, actor_end, p, 1, i + 1, m)) all.push_back(m);
    }
  }
  // The most specific pattern wins where matches overlap: most words, then the shortest span.
  std::sort(all.begin(), all.end(), [](const VerbMatch& a, const VerbMatch& b) {
    if (a.words != b.words) return a.words > b.words;
    if (a.tok_end - a.tok_begin != b.tok_end - b.tok_begin) return a.tok_end - a.tok_begin < b.tok_end - b.tok_begin;
    return a.tok_begin < b.tok_begin;
  });
  std::vector<VerbMatch> chosen;
  for (const auto& m : all) {
    bool overlaps = false;
    for (const auto& c : chosen) overlaps |= m.tok_begin < c.tok_end && c.tok_begin < m.tok_end;
    if (!overlaps) chosen.push_back(m);
  }
  std::sort(chosen.begin(), chosen.end(), [](const VerbMatch& a, const VerbMatch& b) { return a.tok_begin < b.tok_begin; });
  return chosen;
}

SentenceMatches Matcher::match(const Sentence& s, std::optional<Date> date, std::optional<DateRange> range) const {
  SentenceMatches out;
  const auto raw = find_names(s);
  for (const auto& r : raw)
    if (r.entry->kind == NameKind::kOutlet) out.outlets.push_back({r.b, r.e, &dict_.outlets[r.entry->owner]});
  out.actors = compose(s, raw, date, range);
  std::vector<uint32_t> actor_end(s.tokens.size(), 0);
  for (const auto& a : out.actors) actor_end[a.tok_begin] = a.tok_end;
  out.verbs = find_verbs(s, actor_end);
  return out;
}

}  // namespace demarche
