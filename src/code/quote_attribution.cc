// Who is named next to each quotation, and through which outlet it came.
#include <algorithm>

#include "base/text.h"
#include "code/article_view.h"
#include "code/attribution.h"

namespace demarche {

namespace {

ByteRange bytes_of(const Sentence& s, uint32_t b, uint32_t e) {
  if (e <= b || b >= s.tokens.size()) return {};
  return {s.tokens[b].begin, s.tokens[std::min<size_t>(e, s.tokens.size()) - 1].end};
}

}  // namespace

std::vector<int> attribute_quotes(ArticleView& a, const std::vector<std::vector<std::string>>& cues,
                                  std::vector<Quote>& quotes) {
  const auto text = a.text;
  const auto& sentences = a.sentences;
  const auto& dict = a.dict;
  const auto& matches = a.matches;
  const auto& spans = a.spans;
  auto& ctx = a.ctx;
  const auto date = a.date;
  // Quotes.
  std::vector<int> quote_of_span(spans.size(), -1);
  for (size_t qi = 0; qi < spans.size(); ++qi) {
    const auto& q = spans[qi];
    if (q.content_end <= q.content_begin) continue;
    Quote quote;
    quote.sentence = q.open_s;
    quote.content_at = {q.content_begin, q.content_end};
    auto content = trim(text.substr(q.content_begin, q.content_end - q.content_begin));
    // The comma before a closing mark belongs to the reporting sentence, not to the speaker.
    while (!content.empty() && content.back() == ',') content = trim(content.substr(0, content.size() - 1));
    quote.content_at.begin = static_cast<uint32_t>(content.data() - text.data());
    quote.content_at.end = quote.content_at.begin + static_cast<uint32_t>(content.size());
    quote.text = std::string(content);

    // Attribution: after the closing mark (", Putin said."), else before the opening one.
    struct Region {
      uint32_t s, from, to;
      bool after;
    };
    const Region regions[2] = {{q.close_s, q.close_t + 1, static_cast<uint32_t>(sentences[q.close_s].tokens.size()), true},
                               {q.open_s, 0, q.open_t, false}};
    for (const auto& r : regions) {
      if (r.from >= r.to) continue;
      const auto& s = sentences[r.s];
      auto skip = [&](uint32_t t) {
        for (const auto& other : spans)
          if (other.contains(r.s, t) || (other.open_s == r.s && other.open_t == t) ||
              (other.close_s == r.s && other.close_t == t))
            return true;
        return false;
      };
      const auto cue = find_cue(s, r.from, r.to, cues, skip);
      const uint32_t limit = (!r.after && cue) ? cue->first : r.to;
      auto cands = speaker_candidates(s, matches[r.s], r.from, limit, skip);
      // A capitalised word just before the cue that no dictionary knows: "Yoshimasa, however, said".
      if (cue) {
        for (uint32_t t = cue->first; t > r.from && t + 4 > cue->first; --t) {
          const auto& tok = s.tokens[t - 1];
          if (!tok.word || !tok.upper) continue;
          bool covered = false;
          for (const auto& c : cands) covered |= c.b <= t - 1 && t - 1 < c.e;
          if (!covered) cands.push_back({t - 1, t, SpeakerCandidate::kCapitalised, -1});
          break;
        }
        std::sort(cands.begin(), cands.end(), [](const auto& a, const auto& b) { return a.b < b.b; });
      }
      const SpeakerCandidate* pick = nullptr;
      // After a quote the speaker stands close to it (", Putin said"); further away only with a cue.
      const uint32_t reach = r.from + (cue ? 10 : 6);
      if (r.after) {
        // A pronoun after a quote needs its cue (", he said"); "when he comes" is not attribution.
        if (!cands.empty() && cands.front().b <= reach &&
            (cue || cands.front().kind == SpeakerCandidate::kMention))
          pick = &cands.front();
      } else if (!cands.empty()) {
        pick = &cands.back();
      }
      if (!pick && !(r.after && cue && cue->first <= reach)) continue;
      if (cue) {
        quote.cue_at = bytes_of(s, cue->first, cue->second);
        quote.cue = std::string(text.substr(quote.cue_at.begin, quote.cue_at.end - quote.cue_at.begin));
      }
      if (pick) {
        quote.speaker_at = bytes_of(s, pick->b, pick->e);
        quote.speaker = std::string(text.substr(quote.speaker_at.begin, quote.speaker_at.end - quote.speaker_at.begin));
        const uint32_t at = quote.speaker_at.begin;
        const NamedPerson* who = nullptr;
        if (pick->kind == SpeakerCandidate::kMention) {
          const auto& a = matches[r.s].actors[static_cast<size_t>(pick->mention)];
          if (a.person >= 0) {
            quote.speaker_name = dict.people[static_cast<size_t>(a.person)].name;
            quote.speaker_code = a.code;
          } else if (!a.country.empty()) {
            who = ctx.last_person(at, a.code);  // "the Russian leader"
            if (!who) quote.speaker_code = a.code;
          } else {
            who = ctx.last_person_titled(at, s.tokens[a.tok_end - 1].norm, dict, date);  // "the president"
            if (!who) who = ctx.last_person(at);
          }
        } else if (pick->kind == SpeakerCandidate::kPronoun) {
          who = ctx.last_person(at);
        } else {
          who = ctx.person_by_word(at, s.tokens[pick->b].norm, dict);
        }
        if (who) {
          quote.speaker_name = dict.people[static_cast<size_t>(who->person)].name;
          quote.speaker_code = who->code;
        }
        // The speaker is now the person a later "he added" most likely means.
        for (const auto& p : dict.people)
          if (p.name == quote.speaker_name) {
            ctx.saw_person(at, static_cast<int>(&p - dict.people.data()), quote.speaker_code);
            break;
          }
      }
      // The channel: "... by Russia's major news agency Tass", "according to the news agency".
      // Only an outlet the quote came through: "quoted ... by Tass", "according to Kyodo", not
      // "a question from Kyodo News".
      for (const auto& o : matches[r.s].outlets) {
        if (o.tok_begin < r.from || o.tok_end > r.to || skip(o.tok_begin)) continue;
        bool channel = false;
        for (uint32_t t = o.tok_begin; t > r.from && t + 6 > o.tok_begin; --t) {
          const auto& w = s.tokens[t - 1].norm;
          channel |= w == "by" || w == "according" || w == "told" || w == "citing" || w == "cited";
        }
        if (channel) quote.via = o.outlet->name;
      }
      if (quote.via.empty()) {
        for (uint32_t t = r.from; t + 1 < r.to; ++t)
          if ((s.tokens[t].norm == "agency" || s.tokens[t].norm == "outlet") && !skip(t))
            if (const auto* o = ctx.last_outlet(s.tokens[t].begin)) quote.via = o->name;
      }
      break;
    }
    quote_of_span[qi] = static_cast<int>(quotes.size());
    quotes.push_back(std::move(quote));
  }
  // A quote with no speaker of its own continues the neighbouring quote's ("the message reads").
  for (size_t i = 0; i < quotes.size(); ++i) {
    auto& q = quotes[i];
    if (!q.speaker_name.empty() || !q.speaker_code.empty()) continue;
    for (size_t j : {i + 1, i - 1}) {
      if (j >= quotes.size()) continue;
      const auto& n = quotes[j];
      if (sentences[n.sentence].paragraph != sentences[q.sentence].paragraph) continue;
      if (n.speaker_name.empty() && n.speaker_code.empty()) continue;
      q.speaker_name = n.speaker_name;
      q.speaker_code = n.speaker_code;
      break;
    }
  }

  return quote_of_span;
}

}  // namespace demarche
