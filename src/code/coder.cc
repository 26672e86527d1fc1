// From matched sentences to quotes and events. Reads an article in order, remembering who was
// named last, so that "he added" and "the Russian leader" find their person.
#include <algorithm>

#include "base/text.h"
#include "code/attribution.h"
#include "code/code.h"
#include "code/context.h"
#include "code/quoting.h"

namespace demarche {

namespace {

bool is_preposition(const std::string& w) {
  static const std::unordered_set<std::string> kPrep = {"of", "in", "with", "to", "on", "at", "from", "by", "for",
                                                        "against", "into", "over", "between", "about", "among",
                                                        "toward", "towards", "than", "like"};
  return kPrep.count(w) > 0;
}

bool is_first_person(const std::string& w) { return w == "we" || w == "us" || w == "our"; }

// The object of a preposition is rarely the source: "the forum in the Russian city".
bool prepositional(const Sentence& s, uint32_t tok) {
  uint32_t t = tok;
  while (t > 0 && (s.tokens[t - 1].norm == "the" || s.tokens[t - 1].norm == "a" || s.tokens[t - 1].norm == "its" ||
                   s.tokens[t - 1].norm == "his" || s.tokens[t - 1].norm == "her" || s.tokens[t - 1].norm == "their"))
    --t;
  return t > 0 && is_preposition(s.tokens[t - 1].norm);
}

ByteRange bytes_of(const Sentence& s, uint32_t b, uint32_t e) {
  if (e <= b || b >= s.tokens.size()) return {};
  return {s.tokens[b].begin, s.tokens[std::min<size_t>(e, s.tokens.size()) - 1].end};
}

// An actor a verb can take: coded, and not a place.
struct Slot {
  uint32_t b, e;
  std::string code;
  int mention;  // -1 for a pronoun stand-in
};

}  // namespace

Coder::Coder(const Matcher& m) : matcher_(m) {
  for (const auto& c : m.dictionary().speech_cues) {
    std::vector<std::string> toks;
    for (auto& t : tokenize(c, 0, static_cast<uint32_t>(c.size()))) toks.push_back(std::move(t.norm));
    if (!toks.empty()) cues_.push_back(std::move(toks));
  }
  std::stable_sort(cues_.begin(), cues_.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
}

CodedText Coder::code(std::string_view text, const std::vector<Sentence>& sentences, std::optional<Date> date) const {
  const auto& dict = matcher_.dictionary();
  CodedText out;
  std::vector<SentenceMatches> matches;
  matches.reserve(sentences.size());
  const auto spans = find_quote_spans(sentences);
  auto quoted = [&](uint32_t si, uint32_t t) {
    return std::any_of(spans.begin(), spans.end(), [&](const QuoteSpan& q) { return q.contains(si, t); });
  };
  // The people a later "he" or "the president" can mean: named outside quotes, and not as a
  // possessive ("Putin's statement" is about the statement).
  ArticleContext ctx;
  for (uint32_t si = 0; si < sentences.size(); ++si) {
    const auto& s = sentences[si];
    matches.push_back(matcher_.match(s, date));
    for (const auto& a : matches.back().actors) {
      if (a.person < 0 || quoted(si, a.tok_begin)) continue;
      if (a.tok_end < s.tokens.size() && s.tokens[a.tok_end].norm == "'s") continue;
      ctx.saw_person(s.tokens[a.tok_begin].begin, a.person, a.code);
    }
    for (const auto& o : matches.back().outlets) ctx.saw_outlet(s.tokens[o.tok_begin].begin, o.outlet);
  }

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
      const auto cue = find_cue(s, r.from, r.to, cues_, skip);
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
    quote_of_span[qi] = static_cast<int>(out.quotes.size());
    out.quotes.push_back(std::move(quote));
  }
  // A quote with no speaker of its own continues the neighbouring quote's ("the message reads").
  for (size_t i = 0; i < out.quotes.size(); ++i) {
    auto& q = out.quotes[i];
    if (!q.speaker_name.empty() || !q.speaker_code.empty()) continue;
    for (size_t j : {i + 1, i - 1}) {
      if (j >= out.quotes.size()) continue;
      const auto& n = out.quotes[j];
      if (sentences[n.sentence].paragraph != sentences[q.sentence].paragraph) continue;
      if (n.speaker_name.empty() && n.speaker_code.empty()) continue;
      q.speaker_name = n.speaker_name;
      q.speaker_code = n.speaker_code;
      break;
    }
  }

  // Events.
  for (uint32_t si = 0; si < sentences.size(); ++si) {
    const auto& s = sentences[si];
    const auto& m = matches[si];
    for (const auto& v : m.verbs) {
      int quote = -1;
      for (size_t qi = 0; qi < spans.size(); ++qi)
        if (spans[qi].contains(si, v.tok_begin)) quote = quote_of_span[qi];
      const std::string speaker_code = quote >= 0 ? out.quotes[static_cast<size_t>(quote)].speaker_code : "";
      auto same_side = [&](uint32_t tok) {  // inside the verb's quote, or both outside any
        int q = -1;
        for (size_t qi = 0; qi < spans.size(); ++qi)
          if (spans[qi].contains(si, tok)) q = quote_of_span[qi];
        return q == quote;
      };
      std::vector<Slot> slots;
      for (size_t i = 0; i < m.actors.size(); ++i) {
        const auto& a = m.actors[i];
        if (a.place || a.code.empty() || (a.country.empty() && a.code == a.role)) continue;  // a bare role
        if (!same_side(a.tok_begin)) continue;
        slots.push_back({a.tok_begin, a.tok_end, a.code, static_cast<int>(i)});
      }
      // Inside a quote, "we" and "us" are the speaker's side.
      if (quote >= 0 && !speaker_code.empty())
        for (uint32_t t = 0; t < s.tokens.size(); ++t)
          if (is_first_person(s.tokens[t].norm) && same_side(t)) slots.push_back({t, t + 1, speaker_code, -1});
      std::sort(slots.begin(), slots.end(), [](const Slot& a, const Slot& b) { return a.b < b.b; });

      // Source.
      const Slot* source = nullptr;
      if (v.source_at >= 0) {
        for (const auto& sl : slots)
          if (sl.b >= static_cast<uint32_t>(v.source_at)) {
            source = &sl;
            break;
          }
      } else {
        for (const auto& sl : slots)
          if (sl.e <= v.tok_begin && !prepositional(s, sl.b)) source = &sl;
      }
      Slot fallback{v.tok_begin, v.tok_begin, {}, -1};
      if (!source) {
        if (quote >= 0 && !speaker_code.empty()) {
          fallback.code = speaker_code;
        } else {
          for (uint32_t t = 0; t < v.tok_begin; ++t)
            if (s.tokens[t].norm == "he" || s.tokens[t].norm == "she")
              if (const auto* p = ctx.last_person(s.tokens[t].begin)) fallback = {t, t + 1, p->code, -1};
        }
        if (!fallback.code.empty()) source = &fallback;
      }
      if (!source) continue;

      // Compound source: "Russia and Japan are holding consultations".
      std::vector<const Slot*> sources{source};
      for (const auto& sl : slots) {
        if (&sl == source || sl.e > v.tok_begin) continue;
        if (sl.e + 1 == source->b && s.tokens[sl.e].norm == "and") sources.insert(sources.begin(), &sl);
        if (source->e + 1 == sl.b && s.tokens[source->e].norm == "and") sources.push_back(&sl);
      }

      // Target.
      const Slot* target = nullptr;
      const uint32_t target_from = v.target_at >= 0 ? static_cast<uint32_t>(v.target_at) : v.tok_begin;
      for (const auto& sl : slots) {
        if (sl.b < target_from) continue;
        if (std::any_of(sources.begin(), sources.end(), [&](const Slot* x) { return x->code == sl.code; })) continue;
        target = &sl;
        break;
      }
      if (!target && v.source_at < 0 && sources.size() == 1) {
        // "Responding to Putin's statement, Hayashi called it unfair": the actor before the source.
        for (const auto& sl : slots)
          if (sl.e <= source->b && sl.code != source->code && sl.code.substr(0, 3) != source->code.substr(0, 3))
            target = &sl;
      }
      std::vector<std::pair<const Slot*, const Slot*>> pairs;
      if (target) {
        for (const auto* src : sources) pairs.push_back({src, target});
      } else if (sources.size() == 2) {
        pairs.push_back({sources[0], sources[1]});
        pairs.push_back({sources[1], sources[0]});
      }
      const auto* type = dict.event_type(v.pattern->code);
      for (const auto& [src, tgt] : pairs) {
        if (src->code == tgt->code) continue;
        Event e;
        e.sentence = si;
        e.source = src->code;
        e.target = tgt->code;
        e.code = v.pattern->code;
        e.label = type ? type->label : "";
        e.goldstein = type ? type->goldstein : 0;
        e.quad = type ? type->quad : quad_class(e.code);
        e.source_at = bytes_of(s, src->b, src->e);
        e.target_at = bytes_of(s, tgt->b, tgt->e);
        e.verb_at = bytes_of(s, v.tok_begin, v.tok_end);
        e.pattern = v.pattern->file.substr(v.pattern->file.find_last_of('/') + 1) + ":" + std::to_string(v.pattern->line);
        e.quote = quote;
        out.events.push_back(std::move(e));
      }
    }
  }
  return out;
}

}  // namespace demarche
