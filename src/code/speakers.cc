// The words of attribution and the phrases that name a speaker.
#include <algorithm>
#include <cctype>
#include <map>
#include <mutex>

#include "base/text.h"
#include "code/attribution.h"

namespace demarche {

namespace {

std::vector<std::string> words_of(std::string_view phrase) {
  std::vector<std::string> out;
  for (auto& t : tokenize(phrase, 0, static_cast<uint32_t>(phrase.size()))) out.push_back(std::move(t.norm));
  return out;
}

const std::unordered_set<std::string> kDeterminers = {"the", "a", "an", "some", "many", "several", "two", "three",
                                                      "both", "most", "other", "another", "one", "his", "her",
                                                      "their", "its", "our", "my", "your", "this", "that", "these",
                                                      "those", "few", "all", "any", "no"};
// Determiners that take another before them: "the | most recent poll", "all | three candidates",
// "the | two camps".
const std::unordered_set<std::string> kInnerDeterminers = {"most", "two", "three", "few", "other", "many", "several",
                                                           "one", "both"};
const std::unordered_set<std::string> kOuterDeterminers = {"the", "all", "his", "her", "their", "its", "our", "my",
                                                           "your", "these", "those"};
const std::unordered_set<std::string> kRelatives = {"who", "which", "whose", "whom", "where", "when"};

bool in(const std::unordered_set<std::string>& set, const std::string& w) { return set.count(w) > 0; }

bool is_closing_punct(const std::string& w) {
  return w == "," || w == ";" || w == ":" || w == "." || w == "!" || w == "?" || w == "\xE2\x80\x94" ||
         w == "\xE2\x80\x93" || w == "--";
}

// A token that can stand inside a name: "Mr.", "Jr.", "B.", "Lopez-Cantera", "'s" between names.
bool namey(const Token& t) { return t.word && t.upper; }

bool is_determiner(const std::string& w) { return in(kDeterminers, w); }

// Spelled like a plural noun ("forecasters", "parents"), and no verb form the lexicon knows.
bool plural_noun(const QuoteLexicon& lx, const std::string& w) {
  return w.size() > 3 && w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("'s") && !w.ends_with("us") &&
         !lx.has(lx.verb_forms, w) && !lx.has(lx.stop, w) && !lx.cue_starts.count(w);
}

// Does [b, e) look like a speaker: a pronoun, a name, or a noun phrase with a speaker head.
bool plausible(const Sentence& s, const QuoteLexicon& lx, uint32_t b, uint32_t e) {
  if (e <= b) return false;
  if (e - b == 1 && (lx.has(lx.pronouns, s.tokens[b].norm) || s.tokens[b].norm == "who")) return true;
  // One capitalised word that only opens the sentence: "However", "Still".
  if (e - b == 1 && (b == 0 || !s.tokens[b - 1].word) &&
      (lx.has(lx.asides, s.tokens[b].norm) ||
       lx.has(lx.cue_words, s.tokens[b].norm)))
    return false;
  bool name = false;
  for (uint32_t t = b; t < e; ++t)
    if (namey(s.tokens[t]) && !(t == 0 && !s.tokens[t].upper)) name = true;
  // A sentence-initial capital alone is no name ("Critics say" is, through the descriptor).
  if (name && !(e - b == 1 && b == 0 && !lx.has(lx.descriptors, s.tokens[b].norm) && s.tokens.size() > 1 &&
                !namey(s.tokens[b]))) {
    // The last word must not be a possessive or a lowercase function word.
    return s.tokens[e - 1].word || s.tokens[e - 1].norm == ")" || s.tokens[e - 1].norm == ",";
  }
  const auto& head = s.tokens[e - 1].norm;
  if (lx.has(lx.descriptors, head) || lx.has(lx.bodies, head)) return true;
  if (is_determiner(s.tokens[b].norm) && e - b >= 2 && s.tokens[e - 1].word) return true;
  // "forecasters say": a lowercase plural noun.
  if (s.tokens[e - 1].word && plural_noun(lx, head)) return true;
  return false;
}

// Backwards from `end` over one noun phrase: words that are not stop words, possessives,
// parentheticals "(D-NY)", hyphens; ending at a determiner when one comes.
std::optional<TokRange> np_before(const Sentence& s, const QuoteLexicon& lx, uint32_t floor, uint32_t end,
                                  const std::function<bool(uint32_t)>& skip) {
  if (end <= floor) return std::nullopt;
  const uint32_t last = end - 1;
  if (skip(last)) return std::nullopt;
  const auto& w = s.tokens[last].norm;
  if (lx.has(lx.pronouns, w) || w == "who") return TokRange{last, end};
  uint32_t b = end;
  uint32_t n = 0;
  while (b > floor && n < 12) {
    const uint32_t t = b - 1;
    if (skip(t)) break;
    const auto& tok = s.tokens[t];
    const auto& x = tok.norm;
    if (x == ")") {  // "(D-NY)"
      uint32_t o = t;
      while (o > floor && t - o < 6 && s.tokens[o].norm != "(") --o;
      if (s.tokens[o].norm != "(" || o == floor) break;
      b = o;
      n += t - o + 1;
      continue;
    }
    if (x == "%" && b == end && t > floor && s.tokens[t - 1].word) {  // "42% say"
      b = t;
      ++n;
      continue;
    }
    if (x == "'s" || x == "'") {  // "the Washington Post's fact-checkers"
      if (b == end) break;
      b = t;
      ++n;
      continue;
    }
    // "34,000 people": a comma inside a number.
    if (x == "," && b < end && t > floor && s.tokens[t - 1].word && s.tokens[b].word &&
        std::isdigit(static_cast<unsigned char>(s.tokens[t - 1].norm.back())) &&
        std::isdigit(static_cast<unsigned char>(s.tokens[b].norm[0])) && s.tokens[t - 1].end == tok.begin &&
        tok.end == s.tokens[b].begin) {
      b = t;
      ++n;
      continue;
    }
    if (x == "-" || x == "&" || x == "." || x == "/") {
      if (b == end || t == floor || !s.tokens[t - 1].word) break;
      // "NEW YORK - Republican candidate Donald Trump": a spaced dash is no hyphen.
      if (x == "-" && (s.tokens[t - 1].end != tok.begin || tok.end != s.tokens[t + 1].begin)) break;
      b = t;
      ++n;
      continue;
    }
    if (!tok.word) break;
    if (is_determiner(x)) {
      // "... that Mr. Trump", "... that intelligence officials": a conjunction, not a determiner.
      if (x == "that" && b < end && (s.tokens[b].upper || s.tokens[end - 1].norm.ends_with("s"))) break;
      if (b < end) b = t;
      if (b == t && t > floor && in(kInnerDeterminers, x) && in(kOuterDeterminers, s.tokens[t - 1].norm) &&
          !skip(t - 1))
        b = t - 1;
      // "a source in the ministry": the phrase goes on before a speaker noun and its preposition.
      if (b == t && t >= floor + 2 && lx.has(lx.prepositions, s.tokens[t - 1].norm) &&
          (lx.has(lx.descriptors, s.tokens[t - 2].norm) || s.tokens[t - 2].norm == "familiar" ||
           (s.tokens[t - 1].norm == "of" && namey(s.tokens[t - 2]))) &&
          !skip(t - 1) && !skip(t - 2)) {
        b = t - 1;
        n += 1;
        continue;
      }
      break;
    }
    // "a source in the ministry", "people familiar with the talks": a preposition after a speaker noun.
    // "Amy Glasmeier of the Massachusetts Institute of Technology", "Sen. Chuck Schumer of New York".
    if (lx.has(lx.prepositions, x) && b < end && t > floor &&
        (lx.has(lx.descriptors, s.tokens[t - 1].norm) || s.tokens[t - 1].norm == "familiar" ||
         (x == "of" && namey(s.tokens[t - 1]) && s.tokens[b].upper))) {
      b = t;
      ++n;
      continue;
    }
    if (lx.has(lx.stop, x) || lx.has(lx.pronouns, x) || in(kRelatives, x) || lx.has(lx.cue_words, x)) break;
    // A lowercase verb form ends the phrase: "Japan laid claims", "the report published".
    // An -ed word before a lowercase noun is its adjective: "registered voters", "retired neurosurgeon".
    if (!tok.upper && !lx.has(lx.descriptors, x) && (lx.has(lx.verb_forms, x) ||
                       (x.size() > 4 && x.ends_with("ed") && (b == end || s.tokens[b].upper || !s.tokens[b].word))))
      break;
    // Lowercase words stand before a noun; after a name ("Trump aide") only a noun.
    b = t;
    ++n;
  }
  if (b >= end) return std::nullopt;
  // A lowercase word just before a capitalised run that opens the sentence is no part of it.
  while (b < end && !s.tokens[b].word && s.tokens[b].norm != "(") ++b;
  if (b >= end) return std::nullopt;
  // Only the capitalised tail of "Yesterday Trump" when the phrase opens the sentence with an
  // adverb the lexicon knows as a cue word.
  return TokRange{b, end};
}

// Forward from `begin` over one noun phrase.
std::optional<TokRange> np_after(const Sentence& s, const QuoteLexicon& lx, uint32_t begin, uint32_t limit,
                                 const std::function<bool(uint32_t)>& skip) {
  if (begin >= limit || skip(begin)) return std::nullopt;
  const auto& w = s.tokens[begin].norm;
  // "some" alone, or "some Democrats".
  if (lx.has(lx.pronouns, w) && !is_determiner(w)) return TokRange{begin, begin + 1};
  uint32_t t = begin;
  if (is_determiner(w)) ++t;
  uint32_t good_end = 0;  // after the last capitalised word or speaker noun
  while (t < limit && !skip(t)) {
    const auto& tok = s.tokens[t];
    const auto& x = tok.norm;
    if (x == "(") {
      uint32_t c = t;
      while (c < limit && c - t < 6 && s.tokens[c].norm != ")") ++c;
      if (c >= limit || s.tokens[c].norm != ")" || good_end == 0) break;
      t = c + 1;
      good_end = t;
      continue;
    }
    // "the company's chief executive": a possessive after a common noun too.
    if ((x == "'s" || x == "'" || x == "-" || x == "&") && (good_end == t || (x == "'s" && t > begin))) {
      ++t;
      continue;
    }
    if (x == "." && good_end == t) {  // "Jr ." split oddly
      ++t;
      continue;
    }
    if (!tok.word) break;
    // "one longtime adviser to Bill Clinton": a preposition after a speaker noun.
    if (lx.has(lx.prepositions, x) && good_end == t && t > begin &&
        (lx.has(lx.descriptors, s.tokens[t - 1].norm) || (x == "of" && namey(s.tokens[t - 1]))) && t + 1 < limit &&
        !skip(t + 1)) {
      ++t;
      if (t < limit && is_determiner(s.tokens[t].norm)) {
        ++t;
        // "one Democratic source on the panel.": a common noun that ends the clause.
        uint32_t k = t;
        while (k < limit && k < t + 3 && !skip(k) && s.tokens[k].word && !s.tokens[k].upper &&
               !lx.has(lx.stop, s.tokens[k].norm) && !in(kRelatives, s.tokens[k].norm) &&
               !lx.cue_starts.count(s.tokens[k].norm) && !lx.has(lx.pronouns, s.tokens[k].norm) &&
               !is_determiner(s.tokens[k].norm))
          ++k;
        if (k > t && (k == limit || (!s.tokens[k].word && !skip(k)))) {
          good_end = t = k;
          continue;
        }
      }
      continue;
    }
    if (lx.has(lx.stop, x) || in(kRelatives, x) || is_determiner(x)) break;
    if (tok.upper || lx.has(lx.descriptors, x) || lx.has(lx.bodies, x) || lx.has(lx.titles, x)) {
      good_end = t + 1;
    } else if (good_end != 0 && good_end == t && !tok.upper) {
      // a lowercase word after a name ends it unless a speaker noun follows within two words
      bool noun_follows = false;
      for (uint32_t k = t; k < std::min(limit, t + 3); ++k)
        if (lx.has(lx.descriptors, s.tokens[k].norm) || lx.has(lx.bodies, s.tokens[k].norm)) noun_follows = true;
      if (!noun_follows) break;
    } else if (t > begin + 4) {
      break;
    }
    ++t;
  }
  if (good_end == 0 && lx.has(lx.pronouns, w)) return TokRange{begin, begin + 1};
  if (good_end == 0) return std::nullopt;
  return TokRange{begin, good_end};
}

// A lowercase adverb in -ly ("jokingly", "repeatedly"), not a noun the lexicon knows ("family").
bool ly_adverb(const QuoteLexicon& lx, const Sentence& s, uint32_t t) {
  const auto& w = s.tokens[t];
  return w.word && !w.upper && w.norm.size() > 4 && w.norm.ends_with("ly") && !lx.has(lx.descriptors, w.norm) &&
         !lx.has(lx.bodies, w.norm) && !(t > 0 && is_determiner(s.tokens[t - 1].norm));
}

}  // namespace

QuoteLexicon compile_quote_lexicon(const std::vector<std::string>& lines) {
  QuoteLexicon lx;
  std::string section = "speech";  // a file without headers is a list of speech cues
  for (const auto& raw : lines) {
    std::string_view line = trim(raw);
    if (line.empty()) continue;
    if (line.front() == '[' && line.back() == ']') {
      section = fold_case(trim(line.substr(1, line.size() - 2)));
      continue;
    }
    for (auto item : split(line, ';')) {
      item = trim(item);
      if (item.empty()) continue;
      auto words = words_of(item);
      if (words.empty()) continue;
      auto cue = [&](CueKind k) { lx.cues[words.front()].push_back({words, k}); };
      auto word = [&](std::unordered_set<std::string>& set, std::vector<std::vector<std::string>>* multi) {
        if (words.size() == 1) set.insert(words.front());
        else if (multi) multi->push_back(words);
        else set.insert(fold_case(item));
      };
      if (section == "speech") cue(CueKind::kSpeech);
      else if (section == "speech forward") cue(CueKind::kForward);
      else if (section == "participle") cue(CueKind::kParticiple);
      else if (section == "according") cue(CueKind::kAccording);
      else if (section == "passive") cue(CueKind::kPassive);
      else if (section == "nominal") cue(CueKind::kNominal);
      else if (section == "stance") lx.cues[words.front()].push_back({words, CueKind::kForward, true});
      else if (section == "according findings")
        lx.cues[words.front()].push_back({words, CueKind::kAccording, false, true});
      else if (section == "findings") word(lx.findings, nullptr);
      else if (section == "possessives") word(lx.possessives, nullptr);
      else if (section == "cue words") word(lx.cue_words, nullptr);
      else if (section == "pronouns") word(lx.pronouns, nullptr);
      else if (section == "descriptors") word(lx.descriptors, &lx.multi_descriptors);
      else if (section == "bodies") word(lx.bodies, nullptr);
      else if (section == "prepositions") word(lx.prepositions, nullptr);
      else if (section == "titles") word(lx.titles, nullptr);
      else if (section == "via") word(lx.via, &lx.multi_via);
      else if (section == "outlet words") word(lx.outlet_words, &lx.multi_outlet_words);
      else if (section == "stop") word(lx.stop, nullptr);
      else if (section == "asides") word(lx.asides, &lx.multi_asides);
      else if (section == "progressive") word(lx.progressive, nullptr);
      else if (section == "partitives") word(lx.partitives, nullptr);
      else if (section == "hedges") word(lx.hedges, nullptr);
      else if (section == "clause openers") word(lx.openers, nullptr);
      else if (section == "statement breaks") word(lx.breaks, nullptr);
      else if (section == "dashes") word(lx.dashes, nullptr);
      else if (section == "not speakers") word(lx.not_speakers, nullptr);
      else if (section == "cue shapes") word(lx.shape_openers, nullptr);
      else if (section == "not cues") word(lx.not_cues, nullptr);
    }
  }
  for (auto& [first, phrases] : lx.cues)
    for (const auto& p : phrases)
      if (!p.after_be && !p.findings) lx.cue_starts.insert(first);
  for (auto& [first, phrases] : lx.cues)
    std::stable_sort(phrases.begin(), phrases.end(),
                     [](const CuePhrase& a, const CuePhrase& b) { return a.words.size() > b.words.size(); });
  return lx;
}

const QuoteLexicon& quote_lexicon(const Dictionary& d) {
  auto compile = [&d] {
    auto lx = std::make_unique<QuoteLexicon>(compile_quote_lexicon(d.speech_cues));
    for (const auto& [base, forms] : d.irregular)
      for (const auto& f : forms) lx->verb_forms.insert(f);
    return lx;
  };
  // Keyed by the dictionary and checked against its lines, so a dictionary loaded later at the
  // same address compiles its own.
  struct Entry {
    std::vector<std::string> lines;
    std::unique_ptr<QuoteLexicon> lexicon;
  };
  static std::mutex mu;
  static std::map<const Dictionary*, std::vector<Entry>> cache;
  std::lock_guard<std::mutex> lock(mu);
  auto& entries = cache[&d];
  for (const auto& e : entries)
    if (e.lines == d.speech_cues) return *e.lexicon;
  entries.push_back({d.speech_cues, compile()});
  return *entries.back().lexicon;
}

std::optional<TokRange> noun_phrase_before(const Sentence& s, const QuoteLexicon& lx, uint32_t floor, uint32_t end,
                                           const std::function<bool(uint32_t)>& skip) {
  return np_before(s, lx, floor, end, skip);
}

bool is_quote_mark_token(std::string_view raw) {
  return raw == "\"" || raw == "'" || raw == "`" || raw == "\xE2\x80\x9C" || raw == "\xE2\x80\x9D" ||
         raw == "\xE2\x80\x98" || raw == "\xE2\x80\x99" || raw == "\xC2\xAB" || raw == "\xC2\xBB";
}

std::vector<CueHit> find_cues(const Sentence& s, const QuoteLexicon& lx, const std::function<bool(uint32_t)>& skip) {
  std::vector<CueHit> out;
  const auto n = static_cast<uint32_t>(s.tokens.size());
  for (uint32_t t = 0; t < n; ++t) {
    if (skip(t)) continue;
    auto it = lx.cues.find(s.tokens[t].norm);
    if (it == lx.cues.end()) continue;
    // A noun of statement counts after a possessor only ("Obama's calls for"), and then before a
    // verb spelled the same ("calls for").
    const bool possessed = t > 0 && !skip(t - 1) &&
                           (s.tokens[t - 1].norm == "'s" || s.tokens[t - 1].norm == "'" ||
                            lx.has(lx.possessives, s.tokens[t - 1].norm));
    std::vector<const CuePhrase*> order;
    for (const auto& p : it->second)
      if (p.kind == CueKind::kNominal && possessed) order.push_back(&p);
    for (const auto& p : it->second)
      if (p.kind != CueKind::kNominal) order.push_back(&p);
    for (const CuePhrase* pp : order) {  // longest first
      const auto& p = *pp;
      const auto len = static_cast<uint32_t>(p.words.size());
      if (t + len > n) continue;
      bool ok = true;
      for (uint32_t k = 1; k < len && ok; ++k) ok = s.tokens[t + k].norm == p.words[k] && !skip(t + k);
      if (!ok) continue;
      CueHit h{{t, t + len}, {t, t + len}, p.kind};
      // "in a new poll": a finding, when a poll or a study follows before the clause ends.
      if (p.findings) {
        // ... and ends its phrase within three words ("in a new poll released Sunday,").
        uint32_t found = 0, k = t + len;
        for (; k < n && k < t + len + 12 && !skip(k); ++k) {
          const auto& x = s.tokens[k].norm;
          if (!s.tokens[k].word) break;
          if (lx.has(lx.findings, x)) found = k;
        }
        const bool ends = k == n || (!skip(k) && (is_closing_punct(s.tokens[k].norm)));
        if (!found || !ends || k > found + 4) continue;
        // "In the survey, 52 percent of voters said ...": the finding opens the sentence and its
        // statement has a speaker of its own.
        if (t == 0 && k < n && !find_cues(s, lx, [&](uint32_t x) { return x <= k || skip(x); }).empty()) continue;
        out.push_back(h);
        t += len - 1;
        break;
      }
      // "Republicans are skeptical of": the form of "be" belongs to a stance adjective.
      if (p.after_be) {
        if (t == 0 || skip(t - 1) || !lx.has(lx.progressive, s.tokens[t - 1].norm)) continue;
        h.at.b = h.verb.b = t - 1;
      }
      // "Pataki is endorsing Kasich": a participle after a form of "be" is a cue with its speaker before.
      // ... and so does any cue in -ing: "Trump was talking about".
      if ((p.kind == CueKind::kParticiple || (p.kind == CueKind::kForward && !p.after_be && p.words[0].ends_with("ing"))) &&
          t > 0 && !skip(t - 1) && lx.has(lx.progressive, s.tokens[t - 1].norm)) {
        h.kind = CueKind::kForward;
        h.at.b = h.verb.b = t - 1;
      }
      // "has also said", "frequently emphasizes": cue words and adverbs before the verb belong to it.
      while (p.kind != CueKind::kNominal && h.at.b > 0 && !skip(h.at.b - 1) &&
             (lx.has(lx.cue_words, s.tokens[h.at.b - 1].norm) || ly_adverb(lx, s, h.at.b - 1)))
        --h.at.b;
      // ... but not a lone "will" or "do" before a noun-like cue ("will support")
      out.push_back(h);
      t += len - 1;
      break;
    }
  }
  return out;
}

std::vector<CueHit> find_shaped_cues(const Sentence& s, const QuoteLexicon& lx, const std::vector<CueHit>& known,
                                     const std::function<bool(uint32_t)>& skip) {
  std::vector<CueHit> out;
  if (lx.shape_openers.empty()) return out;
  const auto n = static_cast<uint32_t>(s.tokens.size());
  size_t k = 0;
  for (uint32_t t = 1; t + 2 < n; ++t) {
    while (k < known.size() && known[k].at.e <= t) ++k;
    if (k < known.size() && known[k].at.b <= t) continue;
    if (skip(t)) continue;
    const auto& tok = s.tokens[t];
    const auto& w = tok.norm;
    if (!tok.word || tok.upper || w.size() < 4 || w.ends_with("ing")) continue;
    const bool verb = lx.has(lx.verb_forms, w) || w.ends_with("ed") ||
                      (w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is"));
    if (!verb || lx.has(lx.not_cues, w) || lx.has(lx.stop, w) || lx.has(lx.cue_words, w) || lx.has(lx.pronouns, w) ||
        lx.has(lx.descriptors, w) || lx.has(lx.bodies, w) || lx.has(lx.prepositions, w) || lx.cues.count(w))
      continue;
    // What follows: "that" and the start of a clause, a quotation, or a colon and a quotation.
    const auto& nx = s.tokens[t + 1];
    bool shaped = false, colon = false;
    if (!skip(t + 1) && lx.has(lx.shape_openers, nx.norm) && !skip(t + 2)) {
      const auto& x = s.tokens[t + 2];
      shaped = x.upper || lx.has(lx.pronouns, x.norm) || is_determiner(x.norm) ||
               (x.word && std::isdigit(static_cast<unsigned char>(x.norm[0])));
    } else if (nx.norm == ":" && !skip(t + 1) && is_quote_mark_token(s.tokens[t + 2].norm)) {
      shaped = colon = true;  // the colon belongs to the cue, as in "said:"
    }
    if (!shaped) continue;
    const uint32_t e = colon ? t + 2 : t + 1;
    CueHit h{{t, e}, {t, e}, CueKind::kForward};
    while (h.at.b > 0 && !skip(h.at.b - 1) &&
           (lx.has(lx.cue_words, s.tokens[h.at.b - 1].norm) || ly_adverb(lx, s, h.at.b - 1)))
      --h.at.b;
    // ... right after a speaker phrase: "Anything close to that range would signal that".
    // ... whose head is a name, a pronoun or a speaker noun, so that a noun's relative clause ("their
    // smug assurances that") is none.
    const auto who = speaker_before(s, lx, 0, h.at.b, skip);
    if (!who || who->e != h.at.b) continue;
    const auto& head = s.tokens[who->e - 1];
    if (!(namey(head) || lx.has(lx.pronouns, head.norm) || head.norm == "who" || lx.has(lx.descriptors, head.norm) ||
          lx.has(lx.bodies, head.norm) || head.norm == ","))
      continue;
    out.push_back(h);
  }
  return out;
}

uint32_t before_asides(const Sentence& s, const QuoteLexicon& lx, uint32_t floor, uint32_t end) {
  for (bool moved = true; moved && end > floor;) {
    moved = false;
    const auto& w = s.tokens[end - 1];
    // "Kasich jokingly said": a lowercase adverb.
    const bool adverb = w.word && !w.upper && w.norm.size() > 4 && w.norm.ends_with("ly") &&
                        !lx.has(lx.descriptors, w.norm) && !lx.has(lx.bodies, w.norm) && end - 1 > floor &&
                        !is_determiner(s.tokens[end - 2].norm);
    if (adverb || lx.has(lx.asides, w.norm)) {
      --end;
      moved = true;
      continue;
    }
    for (const auto& m : lx.multi_asides) {
      const auto len = static_cast<uint32_t>(m.size());
      if (end < floor + len) continue;
      bool ok = true;
      for (uint32_t k = 0; k < len && ok; ++k) ok = s.tokens[end - len + k].norm == m[k];
      if (ok) {
        end -= len;
        moved = true;
        break;
      }
    }
  }
  return end;
}

namespace {

// In tokens [b, e) after a name: where a relative clause ", who ..." with a cue of its own starts
// (its comma), if one does.
std::optional<uint32_t> before_stated_relative(const Sentence& s, const QuoteLexicon& lx, uint32_t b, uint32_t e) {
  for (uint32_t t = b; t + 1 < e; ++t) {
    if (s.tokens[t].norm != "," || (s.tokens[t + 1].norm != "who" && s.tokens[t + 1].norm != "whose")) continue;
    const auto cues = find_cues(s, lx, [&](uint32_t k) { return k < t + 2 || k >= e; });
    if (cues.empty()) return std::nullopt;
    return t;
  }
  return std::nullopt;
}

bool opens_clause(const Sentence& s, const QuoteLexicon& lx, uint32_t floor, uint32_t b) {
  if (b == floor || b == 0) return true;
  const auto& prev = s.tokens[b - 1].norm;
  return is_closing_punct(prev) || is_quote_mark_token(prev) || lx.has(lx.openers, prev);
}

// A speaker phrase [b, e) grown backwards over the group it belongs to, when that group opens the
// clause: "some of | her followers", "six in | 10 voters", "a producer for | Yahoo Studios",
// "about | half of voters". Left alone when the longer phrase would not open the clause, so that
// "the attack on | Trump" stays out.
TokRange with_group(const Sentence& s, const QuoteLexicon& lx, uint32_t floor, TokRange r,
                    const std::function<bool(uint32_t)>& skip) {
  TokRange best = r;
  uint32_t b = r.b;
  for (int k = 0; k < 4 && b > floor + 1; ++k) {
    const uint32_t p = b - 1;
    // "a 2014 study by | Harvard and | the University of California": a coordination inside the group.
    const bool conj = k > 0 && s.tokens[p].norm == "and";
    if (skip(p) || (!conj && !lx.has(lx.prepositions, s.tokens[p].norm))) break;
    uint32_t nb;
    if (!conj && lx.has(lx.partitives, s.tokens[p - 1].norm) && !skip(p - 1)) {
      nb = p - 1;  // "some of", "six in", "a majority of", "the rest of"
      if (nb > floor && is_determiner(s.tokens[nb - 1].norm) && !skip(nb - 1)) --nb;
    } else {
      const auto g = np_before(s, lx, floor, p, skip);
      if (!g || g->b == g->e) break;
      const auto& head = s.tokens[g->e - 1];
      if (!(namey(head) || lx.has(lx.descriptors, head.norm) || lx.has(lx.bodies, head.norm) ||
            lx.has(lx.partitives, head.norm)))
        break;
      nb = g->b;
    }
    while (nb > floor && lx.has(lx.hedges, s.tokens[nb - 1].norm) && !skip(nb - 1)) --nb;
    b = nb;
    if (opens_clause(s, lx, floor, b)) best = TokRange{b, r.e};
  }
  return best;
}

// "teachers and union officials", "President Obama, Hillary Clinton, and other Democrats", "both
// the candidate and her staff": where a coordination of speakers that ends with the phrase starting
// at `b` opens its clause, if one does.
std::optional<uint32_t> coordinated(const Sentence& s, const QuoteLexicon& lx, uint32_t floor, uint32_t b,
                                    const std::function<bool(uint32_t)>& skip) {
  for (int k = 0; k < 4 && b > floor + 1; ++k) {
    uint32_t j = b;
    const bool conj = s.tokens[j - 1].norm == "and" && !skip(j - 1);
    if (!conj && !(k > 0 && s.tokens[j - 1].norm == "," && !skip(j - 1))) break;
    --j;
    if (conj && j > floor + 1 && s.tokens[j - 1].norm == "," && !skip(j - 1)) --j;
    const auto other = np_before(s, lx, floor, j, skip);
    if (!other || !plausible(s, lx, other->b, other->e)) break;
    const auto& head = s.tokens[other->e - 1];
    if (!(head.upper || lx.has(lx.descriptors, head.norm) || lx.has(lx.bodies, head.norm) ||
          lx.has(lx.pronouns, head.norm)))
      break;
    b = other->b;
    if (b > floor && (s.tokens[b - 1].norm == "both" || s.tokens[b - 1].norm == "either") && !skip(b - 1)) --b;
    if (opens_clause(s, lx, floor, b) || (b > 0 && is_quote_mark_token(s.tokens[b - 1].norm))) return b;
  }
  return std::nullopt;
}

}  // namespace

std::optional<TokRange> speaker_before(const Sentence& s, const QuoteLexicon& lx, uint32_t floor, uint32_t end,
                                       const std::function<bool(uint32_t)>& skip) {
  if (end <= floor) return std::nullopt;
  const uint32_t last = end - 1;
  if (s.tokens[last].norm == "," && !skip(last)) {
    // "Matsuno, the top government spokesman, said": name, appositive, comma. The nearest name
    // that opens its clause, unless one opens the sentence further back ("Cory James, 22, of
    // Flint, Mich., said").
    std::optional<TokRange> nearest;
    bool failed = false;
    for (uint32_t c = last; c > floor + 1 && last - c < 40; --c) {
      const uint32_t comma = c - 1;
      if (skip(comma)) break;
      const auto& x = s.tokens[comma].norm;
      if (x == ";" || x == ":" || is_quote_mark_token(x)) break;
      if (x != ",") continue;
      if (comma + 1 >= last) break;
      auto name = np_before(s, lx, floor, comma, skip);
      bool named = false;
      if (name)
        for (uint32_t t = name->b; t < name->e; ++t) named |= namey(s.tokens[t]);
      // "Khizr and Ghazala Khan, the parents of ..., say": a coordination of names.
      if (name && named && comma + 2 < last)
        if (const auto b = coordinated(s, lx, floor, name->b, skip)) name->b = *b;
      const bool at_start = name && (name->b == floor || name->b == 0 || is_quote_mark_token(s.tokens[name->b - 1].norm));
      // "Yoshimasa, however, said": a lone word between commas is an aside, not an appositive.
      if (comma + 2 == last && name && plausible(s, lx, name->b, name->e)) {
        // ... but an age is: "Jim Bennett, 57, told".
        const auto& lone = s.tokens[comma + 1].norm;
        const bool age = !lone.empty() && std::all_of(lone.begin(), lone.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
        const TokRange found = age ? TokRange{name->b, end} : *name;
        if (at_start) return found;
        if (!nearest && !failed) nearest = found;
        continue;
      }
      if (!name || (!named && !lx.has(lx.pronouns, s.tokens[name->b].norm))) {
        failed = true;
        continue;
      }
      // The name opens its clause.
      const bool opens = name->b == floor || name->b == 0 || is_closing_punct(s.tokens[name->b - 1].norm) ||
                         is_quote_mark_token(s.tokens[name->b - 1].norm) || s.tokens[name->b - 1].norm == "and" ||
                         s.tokens[name->b - 1].norm == "but";
      if (!opens) {
        failed = true;
        continue;
      }
      // "Clinton, clearly frustrated, said", "Ted Cruz, by contrast, said": an aside, not an
      // appositive, stands between the commas.
      const auto& first = s.tokens[comma + 1];
      // "Other candidates, including Carly Fiorina," is an appositive all the same.
      const bool aside = first.word && !first.upper && first.norm != "including" &&
                         (lx.has(lx.stop, first.norm) || lx.has(lx.prepositions, first.norm) ||
                          first.norm.ends_with("ly") || first.norm.ends_with("ing") || first.norm.ends_with("ed"));
      TokRange found = aside ? *name : TokRange{name->b, end};
      // "Barkley, who said he votes Democratic, said": a relative clause with a cue of its own is a
      // statement of its own, not part of the speaker.
      if (const auto cut = before_stated_relative(s, lx, name->e, last); cut) found = TokRange{name->b, *cut};
      if (at_start) return found;
      if (!nearest && !failed) nearest = found;
    }
    return nearest;
  }
  // "Friends of Mr. Clinton's who have seen him on the trail say": a subject with a relative
  // clause and no commas, opening its clause.
  for (uint32_t w = end; w > floor + 1 && end - w < 20;) {
    --w;
    if (skip(w)) break;
    const auto& x = s.tokens[w];
    if (!x.word && x.norm != "'s" && x.norm != "-" && x.norm != "'") break;
    if (x.norm != "who") continue;
    if (w + 1 >= end) break;
    const auto name = np_before(s, lx, floor, w, skip);
    if (!name || !plausible(s, lx, name->b, name->e)) break;
    const auto& prev = name->b > 0 ? s.tokens[name->b - 1].norm : std::string();
    if (name->b == floor || name->b == 0 || is_closing_punct(prev) || is_quote_mark_token(prev) || prev == "but" ||
        prev == "and")
      return TokRange{name->b, end};
    break;
  }
  auto np = np_before(s, lx, floor, end, skip);
  if (!np || !plausible(s, lx, np->b, np->e)) return std::nullopt;
  if (const auto b = coordinated(s, lx, floor, np->b, skip)) return TokRange{*b, np->e};
  return with_group(s, lx, floor, *np, skip);
}

std::optional<TokRange> speaker_after(const Sentence& s, const QuoteLexicon& lx, uint32_t begin, uint32_t limit,
                                      const std::function<bool(uint32_t)>& skip) {
  auto np = np_after(s, lx, begin, limit, skip);
  if (!np || !plausible(s, lx, np->b, np->e)) return std::nullopt;
  // "said Grant Green, a national security official under Presidents Reagan and Bush."
  if (np->e + 1 < limit && s.tokens[np->e].norm == ",") {
    const auto& next = s.tokens[np->e + 1];
    // ", who ..." belongs to the speaker too, as annotators mark it; ", which" and ", adding" do not.
    const bool relative = next.norm == "who" || next.norm == "whose";
    const bool appositive = next.word && (relative || (!in(kRelatives, next.norm) && !lx.has(lx.stop, next.norm) &&
                            !lx.cue_starts.count(next.norm) && !lx.has(lx.pronouns, next.norm) &&
                            !next.norm.ends_with("ing") && !next.norm.ends_with("ed")));
    if (appositive && !lx.has(lx.pronouns, s.tokens[np->b].norm)) {
      uint32_t e = np->e + 1;
      while (e < limit && !skip(e)) {
        const auto& x = s.tokens[e].norm;
        if (x == ";" || x == ":" || x == "." || is_quote_mark_token(x) || x == "\xE2\x80\x94") break;
        // ... and before ", at its convention", ", via email", ", echoing ...": what follows is the
        // statement's circumstance.
        const auto& nx = s.tokens[e + 1 < limit ? e + 1 : e];
        if (x == "," && e + 1 < limit &&
            ((in(kRelatives, nx.norm) && nx.norm != "who") || lx.cue_starts.count(nx.norm) ||
             lx.has(lx.pronouns, nx.norm) ||
             (nx.word && !nx.upper && nx.norm != "of" &&
              (lx.has(lx.stop, nx.norm) || lx.has(lx.prepositions, nx.norm) || nx.norm == "via" ||
               nx.norm.ends_with("ing")))))
          break;
        ++e;
      }
      if (const auto cut = before_stated_relative(s, lx, np->e, e); cut) e = *cut;
      // "said Jack Mozloom, a spokesman for the federation, which represents ...": an appositive
      // that a clause of the sentence follows keeps its closing comma, as before a cue.
      if (e > np->e + 1 && s.tokens[e - 1].word) {
        if (e + 1 < limit && s.tokens[e].norm == "," && !skip(e) && s.tokens[e + 1].word) ++e;
        return TokRange{np->b, e};
      }
    }
  }
  return np;
}

std::optional<TokRange> clause_subject(const Sentence& s, const QuoteLexicon& lx, uint32_t from, uint32_t to,
                                       const std::function<bool(uint32_t)>& skip) {
  // Past an opening adverbial: "On Friday, ...", "At a meeting of ... in Sochi on Thursday, ...".
  uint32_t start = from;
  if (start < to && (lx.has(lx.stop, s.tokens[start].norm) || lx.has(lx.prepositions, s.tokens[start].norm) ||
                     !(namey(s.tokens[start]) || is_determiner(s.tokens[start].norm) ||
                       lx.has(lx.pronouns, s.tokens[start].norm)))) {
    for (uint32_t t = start; t < to && t < start + 25; ++t)
      if (s.tokens[t].norm == "," && !skip(t)) {
        start = t + 1;
        break;
      }
  }
  auto np = np_after(s, lx, start, to, skip);
  if (!np || !plausible(s, lx, np->b, np->e)) return std::nullopt;
  return np;
}

}  // namespace demarche
