// From matched sentences to quotes and events. Reads an article in order, remembering who was
// named last, so that "he added" and "the Russian leader" find their person.
#include <algorithm>
#include <unordered_set>

#include "base/text.h"
#include "code/code.h"
#include "code/article_view.h"

namespace demarche {

Coder::Coder(const Matcher& m) : matcher_(m) {
  for (const auto& c : m.dictionary().speech_cues) {
    std::vector<std::string> toks;
    for (auto& t : tokenize(c, 0, static_cast<uint32_t>(c.size()))) toks.push_back(std::move(t.norm));
    if (!toks.empty()) cues_.push_back(std::move(toks));
  }
  std::stable_sort(cues_.begin(), cues_.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
}

CodedText Coder::code(std::string_view text, const std::vector<Sentence>& sentences, std::optional<Date> date,
                      std::optional<DateRange> range) const {
  ArticleView a{text, sentences, matcher_.dictionary(), date, {}, find_quote_spans(sentences), {}};
  a.matches.reserve(sentences.size());
  auto quoted = [&](uint32_t si, uint32_t t) {
    return std::any_of(a.spans.begin(), a.spans.end(), [&](const QuoteSpan& q) { return q.contains(si, t); });
  };
  // The people a later "he" or "the president" can mean: named outside quotes, and not as a
  // possessive ("Putin's statement" is about the statement).
  std::unordered_set<std::string> named;  // countries named in full so far
  for (uint32_t si = 0; si < sentences.size(); ++si) {
    const auto& s = sentences[si];
    a.matches.push_back(matcher_.match(s, date, range));
    // "the North" means North Korea only where the Koreas are the subject: after the full name,
    // written as "the North", and not the head of another name ("the North Atlantic").
    auto& actors = a.matches.back().actors;
    std::erase_if(actors, [&](const ActorMention& m) {
      if (!m.shorthand) return false;
      const bool after_the = m.tok_begin > 0 && s.tokens[m.tok_begin - 1].norm == "the";
      const bool name_goes_on = m.tok_end < s.tokens.size() && s.tokens[m.tok_end].word && s.tokens[m.tok_end].upper;
      return !after_the || name_goes_on || !named.count(m.country);
    });
    for (const auto& m : actors)
      if (!m.shorthand && !m.country.empty()) named.insert(m.country);
    for (const auto& m : a.matches.back().actors) {
      if (m.person < 0 || quoted(si, m.tok_begin)) continue;
      if (m.tok_end < s.tokens.size() && s.tokens[m.tok_end].norm == "'s") continue;
      a.ctx.saw_person(s.tokens[m.tok_begin].begin, m.person, m.code);
    }
    for (const auto& o : a.matches.back().outlets) a.ctx.saw_outlet(s.tokens[o.tok_begin].begin, o.outlet);
  }
  CodedText out;
  attribute_quotes(a, cues_, out.quotes);
  code_events(a, out.quotes, out.events);
  const std::string as_of = date ? format_iso_date(*date)
                            : range && range->bounded()
                                ? format_iso_date(range->first) + ".." + format_iso_date(range->last)
                                : std::string("latest office");
  for (auto& e : out.events) e.roles_as_of = as_of;
  return out;
}

}  // namespace demarche
