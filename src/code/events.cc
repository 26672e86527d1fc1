// Who did what to whom: a verb pattern, its source and its target, in one sentence.
#include <algorithm>
#include <unordered_set>

#include "code/article_view.h"

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

void code_events(const ArticleView& a, const std::vector<int>& quote_of_span, const std::vector<Quote>& quotes,
                 std::vector<Event>& events) {
  const auto& sentences = a.sentences;
  const auto& dict = a.dict;
  const auto& matches = a.matches;
  const auto& spans = a.spans;
  const auto& ctx = a.ctx;
  // Events.
  for (uint32_t si = 0; si < sentences.size(); ++si) {
    const auto& s = sentences[si];
    const auto& m = matches[si];
    for (const auto& v : m.verbs) {
      int quote = -1;
      for (size_t qi = 0; qi < spans.size(); ++qi)
        if (spans[qi].contains(si, v.tok_begin)) quote = quote_of_span[qi];
      const std::string speaker_code = quote >= 0 ? quotes[static_cast<size_t>(quote)].speaker_code : "";
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
        // Two patterns of one sentence saying the same thing are one event.
        if (std::any_of(events.begin(), events.end(), [&](const Event& x) {
              return x.sentence == si && x.source == src->code && x.target == tgt->code && x.code == v.pattern->code;
            }))
          continue;
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
        events.push_back(std::move(e));
      }
    }
  }
}

}  // namespace demarche
