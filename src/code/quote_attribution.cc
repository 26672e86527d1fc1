// Who said what: every speech cue outside quotation marks with its speaker and its content
// (direct or reported), how each quotation ties to one, and through which outlet it came.
#include <algorithm>
#include <cctype>

#include "base/text.h"
#include "code/article_view.h"
#include "code/attribution.h"

namespace demarche {

namespace {

enum : uint8_t { kOut = 0, kMark = 1, kInside = 2 };

struct Attribution {
  uint32_t s = 0;
  std::optional<TokRange> source;
  CueHit cue;
  uint32_t content_b = 0, content_e = 0;  // bytes
  uint32_t last_sentence = 0;
  std::string via;
};

bool end_punct(const std::string& w) { return w == "." || w == "!" || w == "?"; }
// A past participle: "endorsed", "shown" (an irregular form the lexicon knows).
bool participle_form(const QuoteLexicon& lx, const std::string& w) {
  return (w.size() > 3 && w.ends_with("ed")) || lx.has(lx.verb_forms, w);
}
// A speaker phrase whose head (before an appositive) is a capitalised name.
bool namey_head(const Sentence& s, TokRange r) {
  uint32_t e = r.e;
  for (uint32_t t = r.b + 1; t < r.e; ++t)
    if (s.tokens[t].norm == "," || s.tokens[t].norm == "(") {
      e = t;
      break;
    }
  return e > r.b && s.tokens[e - 1].word && s.tokens[e - 1].upper;
}
bool pause(const std::string& w) { return w == "," || w == ";" || w == ":" || w == "\xE2\x80\x94" || w == "--"; }

}  // namespace

std::vector<int> attribute_quotes(ArticleView& a, const std::vector<std::vector<std::string>>& /*cues*/,
                                  std::vector<Quote>& quotes) {
  const auto text = a.text;
  const auto& sentences = a.sentences;
  const auto& dict = a.dict;
  const auto& spans = a.spans;
  const QuoteLexicon& lx = quote_lexicon(dict);

  // Per sentence and token: outside, a quotation mark, or inside a quotation.
  std::vector<std::vector<uint8_t>> state(sentences.size());
  for (size_t si = 0; si < sentences.size(); ++si) state[si].assign(sentences[si].tokens.size(), kOut);
  for (const auto& q : spans) {
    for (uint32_t si = q.open_s; si <= q.close_s && si < sentences.size(); ++si) {
      auto& st = state[si];
      const uint32_t from = si == q.open_s ? q.open_t : 0;
      const uint32_t to = si == q.close_s ? std::min<uint32_t>(q.close_t, static_cast<uint32_t>(st.size())) : static_cast<uint32_t>(st.size());
      for (uint32_t t = from; t < to; ++t) st[t] = kInside;
      if (si == q.open_s && q.open_t < st.size()) {
        st[q.open_t] = kMark;
        const auto& tok = sentences[si].tokens;
        if (q.open_t + 1 < tok.size() && tok[q.open_t + 1].begin < q.content_begin) st[q.open_t + 1] = kMark;
      }
      if (si == q.close_s && q.closed && q.close_t < st.size()) {
        st[q.close_t] = kMark;
        const auto& tok = sentences[si].tokens;
        if (q.close_t + 1 < tok.size() && tok[q.close_t + 1].end <= q.mark_end) st[q.close_t + 1] = kMark;
      }
    }
  }
  // The quotation a byte lies in.
  auto span_at = [&](uint32_t byte) -> const QuoteSpan* {
    for (const auto& q : spans)
      if (q.content_begin <= byte && byte < q.content_end) return &q;
    return nullptr;
  };

  std::vector<Attribution> found;
  for (uint32_t si = 0; si < sentences.size(); ++si) {
    const auto& s = sentences[si];
    const auto& st = state[si];
    const auto n = static_cast<uint32_t>(s.tokens.size());
    if (n == 0) continue;
    auto quoted = [&](uint32_t t) { return st[t] != kOut; };
    auto hits = find_cues(s, lx, quoted);
    if (auto shaped = find_shaped_cues(s, lx, hits, quoted); !shaped.empty()) {
      hits.insert(hits.end(), shaped.begin(), shaped.end());
      std::sort(hits.begin(), hits.end(), [](const CueHit& x, const CueHit& y) { return x.at.b < y.at.b; });
    }
    // A capitalised cue inside a sentence is a headline's word ("Russia, Japan ... Hope to").
    // ... unless the sentence is a headline in title case ("Ben Carson Slams Hillary"), where every
    // word is.
    uint32_t words = 0, capitals = 0;
    for (const auto& tok : s.tokens)
      if (tok.word && !std::isdigit(static_cast<unsigned char>(tok.norm[0]))) ++words, capitals += tok.upper;
    const bool title_case = words >= 3 && capitals * 10 >= words * 8;
    if (!title_case)
      std::erase_if(hits, [&](const CueHit& h) { return h.verb.b > 0 && s.tokens[h.verb.b].upper; });
    // "said:" — the colon belongs to the cue.
    for (auto& h : hits)
      if (h.kind == CueKind::kSpeech && h.verb.e < n && s.tokens[h.verb.e].norm == ":" && !quoted(h.verb.e))
        h.verb.e = h.at.e = h.verb.e + 1;
    // "Graham: Trump's Rhetoric Destroying GOP's Chance", "TRUMP: The deaths ...": a speaker that
    // opens the sentence and a colon is a cue of its own.
    for (uint32_t t = 1; t < std::min<uint32_t>(n - 1, 9); ++t) {
      if (s.tokens[t].norm != ":" || quoted(t)) continue;
      if (!hits.empty() && hits.front().at.b < t) break;
      if (s.tokens[t + 1].word && std::isdigit(static_cast<unsigned char>(s.tokens[t + 1].norm[0]))) break;  // "8:00"
      const auto who = speaker_before(s, lx, 0, t, quoted);
      // ... headed by a name, a pronoun or a speaker noun, and no page furniture ("Q:", "The
      // Latest:", "Correction:", [not speakers]).
      if (who && who->b == 0) {
        const auto& head = s.tokens[who->e - 1];
        std::string phrase;
        for (uint32_t k = who->b; k < who->e; ++k) phrase += (k > who->b ? " " : "") + s.tokens[k].norm;
        const bool speaker_head = namey_head(s, *who) || lx.has(lx.pronouns, head.norm) ||
                                  lx.has(lx.descriptors, head.norm) || lx.has(lx.bodies, head.norm);
        if (speaker_head && !lx.has(lx.not_speakers, phrase))
          hits.insert(hits.begin(), CueHit{{t, t + 1}, {t, t + 1}, CueKind::kSpeech});
      }
      break;
    }
    // '"He represents our greatest shame." ― Sonya Herridge': a [dashes] mark right after a
    // quotation (in the sentence, or ending the sentence before) and a name.
    const QuoteSpan* dash_quote = nullptr;  // the quotation a dash at the sentence's start names
    for (uint32_t t = 0; t + 1 < n; ++t) {
      if (!lx.has(lx.dashes, s.tokens[t].norm) || quoted(t)) continue;
      if (t > 0 ? st[t - 1] != kMark : !(si > 0 && !state[si - 1].empty() && state[si - 1].back() == kMark))
        continue;
      // ... that ends the sentence (or stops at a comma): else the dash opens an aside.
      const auto who = speaker_after(s, lx, t + 1, n, quoted);
      if (!who || !namey_head(s, *who) || !s.tokens[who->b].upper) continue;
      uint32_t rest = who->e;
      while (rest < n && (end_punct(s.tokens[rest].norm) || st[rest] == kMark)) ++rest;
      if (rest < n && s.tokens[who->e].norm != ",") continue;
      if (t == 0)
        for (const auto& q : spans)
          if (q.closed && q.close_s + 1 == si) dash_quote = &q;
      if (t == 0 && !dash_quote) continue;
      hits.insert(std::upper_bound(hits.begin(), hits.end(), t,
                                   [](uint32_t x, const CueHit& h) { return x < h.at.b; }),
                  CueHit{{t, t + 1}, {t, t + 1}, CueKind::kSpeech});
    }
    // The end of the sentence's text: final punctuation left out unless a quotation closes after it.
    uint32_t end_tok = n;
    while (end_tok > 0 && (end_punct(s.tokens[end_tok - 1].norm) || pause(s.tokens[end_tok - 1].norm)) &&
           st[end_tok - 1] == kOut)
      --end_tok;
    auto is_participle_at = [&](uint32_t t) {
      auto it = lx.cues.find(s.tokens[t].norm);
      if (it == lx.cues.end()) return false;
      for (const auto& p : it->second)
        if (p.kind == CueKind::kParticiple) return true;
      return false;
    };

    // Each cue on its own first; conflicts are settled below.
    struct Cand {
      Attribution at;
      bool before = false;
      bool conj = false;  // "... and said ...": the speaker is the clause's subject
      bool own_subject = false;  // "with voters saying": a participle with a subject of its own
      bool agent = false;  // "endorsed by the Times": the speaker follows "by"
      uint32_t cb = 0, ce = 0, after = 0;  // content tokens
    };
    std::vector<Cand> cands;
    for (const auto& h : hits) {
      Cand c;
      auto& at = c.at;
      at.s = si;
      at.cue = h;
      at.last_sentence = si;
      bool& content_before = c.before;
      uint32_t after = h.verb.e;  // where content after the cue starts
      switch (h.kind) {
        case CueKind::kAccording: {
          // "according to Tass," / ", according to the news agency."
          uint32_t e = h.at.e;
          while (e < n && !quoted(e) && !pause(s.tokens[e].norm) && !end_punct(s.tokens[e].norm) && e < h.at.e + 20) ++e;
          if (e > h.at.e) at.source = TokRange{h.at.e, e};
          after = e < n && s.tokens[e].norm == "," ? e + 1 : e;
          content_before = h.at.b > 1;
          break;
        }
        case CueKind::kParticiple:
        {
          // ", saying", ", after initially saying", "by denouncing": else "saying" is a noun.
          uint32_t j = h.at.b;
          while (j > 1 && s.tokens[j - 1].word && !s.tokens[j - 1].upper && s.tokens[j - 1].norm.size() > 4 &&
                 s.tokens[j - 1].norm.ends_with("ly"))
            --j;
          if (j < 2 || quoted(j - 1)) continue;
          const auto& prev = s.tokens[j - 1].norm;
          if (prev != "," && prev != "while" && prev != "after" && prev != "before" && prev != "when" &&
              prev != "without" && prev != "by") {
            // "with three in 10 voters saying ...": the participle's own subject follows "with".
            const auto who = speaker_before(s, lx, 0, j, quoted);
            if (!who || who->b == 0 || s.tokens[who->b - 1].norm != "with" || quoted(who->b - 1)) continue;
            at.source = who;
            c.own_subject = true;
          }
        }
          break;  // its speaker is settled below
        case CueKind::kNominal: {
          // "Mr. Obama's calls for tighter gun control", "his endorsement of Clinton".
          const uint32_t j = h.at.b;
          if (j == 0 || quoted(j - 1)) continue;
          const auto& pw = s.tokens[j - 1].norm;
          if (pw == "'s" || pw == "'") {
            const auto np = noun_phrase_before(s, lx, 0, j - 1, quoted);
            if (!np || np->e != j - 1) continue;
            const auto& head = s.tokens[np->e - 1];
            if (!(head.upper || lx.has(lx.descriptors, head.norm) || lx.has(lx.bodies, head.norm))) continue;
            at.source = TokRange{np->b, j};
          } else if (lx.has(lx.possessives, pw)) {
            at.source = TokRange{j - 1, j};
          } else {
            continue;
          }
          break;
        }
        case CueKind::kPassive:
        case CueKind::kForward:
        case CueKind::kSpeech: {
          // "an allegation rejected by a series of inquiries", "Trump was endorsed by the Times": a
          // participle with its agent after "by" is the agent's statement.
          if (h.kind != CueKind::kPassive && h.verb.e + 1 < end_tok && s.tokens[h.verb.e].norm == "by" &&
              !quoted(h.verb.e) && participle_form(lx, s.tokens[h.verb.e - 1].norm) &&
              !s.tokens[h.verb.e + 1].norm.ends_with("ing")) {  // "responded by saying"
            if (auto agent = speaker_after(s, lx, h.verb.e + 1, end_tok, quoted)) {
              at.source = agent;
              while (at.cue.at.b > 0 && !quoted(at.cue.at.b - 1) &&
                     (lx.has(lx.progressive, s.tokens[at.cue.at.b - 1].norm) ||
                      lx.has(lx.cue_words, s.tokens[at.cue.at.b - 1].norm)))
                --at.cue.at.b;
              c.agent = true;
              after = agent->e;
              break;
            }
          }
          at.source = speaker_before(s, lx, 0, before_asides(s, lx, 0, h.at.b), quoted);
          if (!at.source && h.kind == CueKind::kSpeech) {
            // Inverted: '"...," said Putin', "..., says the spokesman".
            const bool opens = h.at.b == 0 || st[h.at.b - 1] == kMark || pause(s.tokens[h.at.b - 1].norm);
            if (opens) {
              at.source = speaker_after(s, lx, h.verb.e, end_tok, quoted);
              if (at.source) {
                content_before = true;
                after = at.source->e;
              }
            }
          }
          if (!at.source) {
            // "Wilson praised Rubio ... and said the senator can ...": a second verb of the same
            // subject; its speaker is settled below, as a participle's is.
            const uint32_t j = h.at.b;
            if (j < 2 || quoted(j - 1) || (s.tokens[j - 1].norm != "and" && s.tokens[j - 1].norm != "but")) continue;
            c.conj = true;
            break;
          }
          if (!content_before) {
            const uint32_t sb = at.source->b;
            const bool after_mark =
                sb > 0 && (st[sb - 1] == kMark || (s.tokens[sb - 1].norm == "," && sb > 1 && st[sb - 2] == kMark));
            bool says_that = h.at.e < end_tok && (s.tokens[h.at.e].norm == ":" || st[h.at.e] == kMark);
            for (uint32_t t = h.at.e; t < std::min(end_tok, h.at.e + 12) && !says_that; ++t) {
              if (lx.has(lx.pronouns, s.tokens[t].norm) || lx.cue_starts.count(s.tokens[t].norm)) break;
              says_that = s.tokens[t].norm == "that" && !quoted(t);
            }
            const bool comma_before = sb > 0 && s.tokens[sb - 1].norm == ",";
            // "On Friday, Matsuno said ...": a short opening adverbial is no content.
            const bool adverbial = comma_before && sb < 8 && lx.has(lx.stop, s.tokens[0].norm);
            const bool nothing_after = h.at.e >= end_tok || s.tokens[h.at.e].norm == ",";
            if (after_mark) content_before = true;
            else if (says_that) content_before = false;
            else if (comma_before && sb > 3 && !adverbial && (nothing_after || h.kind == CueKind::kSpeech))
              content_before = nothing_after || end_tok <= h.at.e + 10 ||
                               lx.has(lx.prepositions, s.tokens[h.at.e].norm);  // "said at a meeting ..."
            // "... its opposition to anything Obama wants.", "the facts to which Lazar admitted.": a
            // speaker and cue that end the sentence with no comma or quotation before them are a
            // relative clause, which claims no content of the sentence.
            else if (nothing_after && sb > 2 && h.at.e >= end_tok) content_before = false;
            else content_before = nothing_after && sb > 2;
          }
          break;
        }
      }
      c.after = after;
      if (h.kind != CueKind::kParticiple && !c.conj && (!at.source || at.source->empty())) continue;
      // The content, in tokens.
      if (c.agent) {
        // What the agent said or did: the noun phrase before the participle.
        const auto np = noun_phrase_before(s, lx, 0, at.cue.at.b, quoted);
        if (!np) continue;
        c.cb = np->b;
        c.ce = np->e;
      } else if (content_before) {
        c.cb = 0;
        c.ce = at.source ? std::min(at.source->b, h.at.b) : h.at.b;
        while (c.ce > c.cb && st[c.ce - 1] == kOut && pause(s.tokens[c.ce - 1].norm)) --c.ce;
        if (c.ce <= c.cb && h.at.b == 0 && dash_quote && lx.has(lx.dashes, s.tokens[0].norm)) {
          at.content_b = dash_quote->mark_begin;  // the quotation of the sentence before
          at.content_e = dash_quote->mark_end;
        } else if (c.ce <= c.cb) {
          continue;
        }
        // '"After that," she said, "I support ..."': the quotation resumes after the cue.
        uint32_t resume = std::max(after, at.source ? at.source->e : h.at.e);
        if (resume < n && s.tokens[resume].norm == ",") ++resume;
        if (resume < n && st[resume] == kMark) {
          uint32_t e = resume + 1;
          while (e < n && st[e] != kOut) ++e;
          if (e > resume + 1) c.ce = e;
        }
      } else {
        c.cb = after;
        if (h.kind != CueKind::kAccording) {
          // "told reporters that ...", "said at a press conference in Tokyo that ...".
          for (uint32_t t = after; t < std::min(end_tok, after + 12); ++t) {
            if (quoted(t) || lx.has(lx.pronouns, s.tokens[t].norm) || lx.cue_starts.count(s.tokens[t].norm)) break;
            if (s.tokens[t].norm == "that") {
              c.cb = t;
              break;
            }
          }
          while (c.cb < end_tok && st[c.cb] == kOut && pause(s.tokens[c.cb].norm)) ++c.cb;
        }
        c.ce = end_tok;
        if (h.kind == CueKind::kNominal)  // the noun's complement, to the end of its clause
          for (uint32_t t = c.cb + 1; t < c.ce; ++t)
            if (st[t] == kOut && pause(s.tokens[t].norm)) {
              c.ce = t;
              break;
            }
        // "generals who agree with him, ...": a relative clause ends at its comma.
        if (at.source && at.source->e == at.source->b + 1 && s.tokens[at.source->b].norm == "who")
          for (uint32_t t = c.cb + 1; t < c.ce; ++t)
            if (st[t] == kOut && s.tokens[t].norm == ",") {
              c.ce = t;
              break;
            }
        // ", adding ..." starts an attribution of its own.
        for (uint32_t t = c.cb + 1; t + 1 < end_tok; ++t)
          if (st[t] == kOut && s.tokens[t].norm == "," && is_participle_at(t + 1)) {
            c.ce = t;
            break;
          }
      }
      cands.push_back(std::move(c));
    }

    // Univocal, as annotators mark it: a cue inside another's content is not an attribution of its
    // own, except that '..., the Kremlin said' at the end claims the whole sentence before it.
    std::vector<Cand> kept;
    for (auto& c : cands) {
      const uint32_t cue_t = c.at.cue.at.b;
      bool nested = false;
      for (auto& k : kept) {
        if (k.before || cue_t < k.at.cue.at.e || cue_t >= k.ce) continue;
        if (c.conj) {  // "... and said": the earlier statement ends before the conjunction
          uint32_t e = cue_t - 1;
          while (e > k.cb && st[e - 1] == kOut && pause(s.tokens[e - 1].norm)) --e;
          k.ce = e;
          continue;
        }
        // "Matt Bennett, a founder of the think tank Third Way, said": a cue inside this speaker
        // phrase ends there.
        if (c.at.source && k.at.cue.at.b >= c.at.source->b && k.at.cue.at.e <= c.at.source->e) {
          uint32_t e = std::max(k.cb, c.at.source->e);
          while (e > k.cb && st[e - 1] == kOut && pause(s.tokens[e - 1].norm)) --e;
          k.ce = e;
          continue;
        }
        // "He agreed that ..., but he said that ...": a second statement with its own speaker.
        const auto sb = c.at.source ? c.at.source->b : cue_t;
        if (c.at.source && sb > k.cb + 2 && sb == c.at.cue.at.b - (c.at.source->e - c.at.source->b) &&
            (s.tokens[sb - 1].norm == "but" || s.tokens[sb - 1].norm == ";" || s.tokens[sb - 1].norm == "while" ||
             s.tokens[sb - 1].norm == "whereas" ||
             (s.tokens[sb - 1].norm == "and" && s.tokens[sb - 2].norm == ","))) {
          uint32_t e = sb - 1;
          while (e > k.cb && st[e - 1] == kOut && (pause(s.tokens[e - 1].norm) || s.tokens[e - 1].norm == "but")) --e;
          k.ce = e;
          continue;
        }
        // "Sanders accused Clinton of ..., she said ...", "... after Scalia said ...": a speaker of
        // its own opening a clause inside the earlier content starts a statement of its own, which
        // annotators mark apart; the earlier content ends before that clause.
        if (c.at.source && !c.before && c.at.cue.kind != CueKind::kParticiple && sb > k.cb + 2 &&
            before_asides(s, lx, 0, c.at.cue.at.b) == c.at.source->e && !quoted(sb - 1) &&
            (s.tokens[sb - 1].norm == "," || lx.has(lx.breaks, s.tokens[sb - 1].norm))) {
          uint32_t e = sb - 1;
          while (e > k.cb && st[e - 1] == kOut && pause(s.tokens[e - 1].norm)) --e;
          k.ce = e;
          continue;
        }
        nested = true;
      }
      if (nested && !(c.before && c.cb == 0 && c.at.cue.kind != CueKind::kParticiple)) continue;
      if (c.before && c.at.cue.kind != CueKind::kAccording) {
        std::erase_if(kept, [&](const Cand& k) {
          return k.at.cue.at.b >= c.cb && k.at.cue.at.e <= c.ce && k.at.cue.kind != CueKind::kAccording;
        });
      }
      if ((c.at.cue.kind == CueKind::kParticiple || c.conj) && !c.own_subject) {
        // The speaker of ", saying ..." is the one who spoke before it, else the sentence's subject.
        for (const auto& k : kept)
          if (k.at.cue.at.e <= cue_t && k.at.cue.kind != CueKind::kAccording) c.at.source = k.at.source;
        if (!c.at.source) c.at.source = clause_subject(s, lx, 0, cue_t, quoted);
        if (!c.at.source) continue;
      }
      kept.push_back(std::move(c));
    }

    for (auto& c : kept) {
      auto& at = c.at;
      const auto& h = at.cue;
      if (c.ce > c.cb) {
        at.content_b = s.tokens[c.cb].begin;
        at.content_e = s.tokens[c.ce - 1].end;
        // A quotation that opened in an earlier sentence, or closes in a later one, belongs whole.
        if (const auto* q = span_at(at.content_b); q && st[c.cb] != kMark && q->open_s < si)
          at.content_b = q->mark_begin;
        if (const auto* q = span_at(at.content_e - 1); q && q->close_s > si && !c.before) {
          at.content_e = q->mark_end;
          at.last_sentence = q->close_s;
        }
      }
      // The channel: "by Russia's major news agency Tass", "told TASS", "according to Kyodo".
      for (const auto& o : a.matches[si].outlets) {
        if (quoted(o.tok_begin)) continue;
        const bool inside_source = o.tok_begin >= at.source->b && o.tok_end <= at.source->e;
        bool channel = h.kind == CueKind::kAccording && inside_source;
        for (uint32_t t = o.tok_begin; t > 0 && t + 6 > o.tok_begin && !inside_source; --t)
          if (lx.has(lx.via, s.tokens[t - 1].norm) && t - 1 >= h.verb.b) channel = true;
        if (channel) at.via = o.outlet->name;
      }
      found.push_back(std::move(at));
    }
  }

  // '"...," Nicklaus said Sunday. "I've always liked that picture."': quotations that follow in
  // the same paragraph, with no cue of their own, continue the statement.
  {
    std::vector<uint8_t> has_attr(sentences.size(), 0);
    for (const auto& at : found) has_attr[at.s] = 1;
    for (auto& at : found) {
      if (at.content_e <= at.content_b) continue;
      bool grew = true;
      while (grew) {
        grew = false;
        const uint32_t next = at.last_sentence + 1;
        if (next >= sentences.size() || has_attr[next] ||
            sentences[next].paragraph != sentences[at.last_sentence].paragraph)
          break;
        auto claimed = [&](const QuoteSpan& sp) {
          for (const auto& other : found)
            if (&other != &at && other.content_b <= sp.mark_begin && sp.mark_begin < other.content_e) return true;
          return false;
        };
        for (const auto& sp : spans)
          if (sp.open_s == next && sp.open_t == 0 && sp.closed && sp.mark_end > at.content_e && !claimed(sp)) {
            at.content_e = sp.mark_end;
            at.last_sentence = sp.close_s;
            grew = true;
            break;
          }
      }
    }
  }

  // "Putin added, according to the news agency": an outlet named by "according to" right after
  // another cue is that statement's channel, not a statement of its own.
  auto outlet_word_in = [&](const Sentence& s, TokRange r) {
    for (uint32_t t = r.b; t < r.e; ++t) {
      if (lx.has(lx.outlet_words, s.tokens[t].norm)) return true;
      for (const auto& m : lx.multi_outlet_words)
        if (t + m.size() <= r.e && std::equal(m.begin(), m.end(), s.tokens.begin() + t,
                                               [](const std::string& w, const Token& k) { return w == k.norm; }))
          return true;
    }
    return false;
  };
  std::vector<Attribution> merged;
  for (auto& at : found) {
    if (at.cue.kind == CueKind::kAccording && !merged.empty() && merged.back().s == at.s &&
        merged.back().cue.at.e <= at.cue.at.b) {
      const auto& s = sentences[at.s];
      bool outlet = outlet_word_in(s, *at.source) || !at.via.empty();
      if (outlet) {
        auto& prev = merged.back();
        if (!at.via.empty()) prev.via = at.via;
        else if (const auto* o = a.ctx.last_outlet(s.tokens[at.source->b].begin)) prev.via = o->name;
        else prev.via = std::string(text.substr(s.tokens[at.source->b].begin,
                                                s.tokens[at.source->e - 1].end - s.tokens[at.source->b].begin));
        continue;
      }
    }
    merged.push_back(std::move(at));
  }

  // To quotes, with the speaker resolved.
  auto bytes = [&](const Sentence& s, TokRange r) -> ByteRange {
    if (r.empty()) return {};
    return {s.tokens[r.b].begin, s.tokens[r.e - 1].end};
  };
  std::vector<int> quote_of_span(spans.size(), -1);
  for (auto& at : merged) {
    const auto& s = sentences[at.s];
    const auto& m = a.matches[at.s];
    Quote q;
    q.sentence = at.s;
    q.last_sentence = at.last_sentence;
    q.cue_at = bytes(s, at.cue.at);
    q.cue = std::string(text.substr(q.cue_at.begin, q.cue_at.end - q.cue_at.begin));
    q.speaker_at = bytes(s, *at.source);
    {
      // A sentence break after an initial or abbreviation ("Roberta A." | "Kaplan, a lawyer ...,
      // invoked"; "said Kevin D." | "Williamson, a critic ..."): the speaker runs across it.
      auto abbreviated = [](const Token& t) { return t.word && t.upper && t.norm.ends_with("."); };
      const uint32_t n = static_cast<uint32_t>(s.tokens.size());
      auto none = [](uint32_t) { return false; };
      if (at.source->b == 0 && at.s > 0 && sentences[at.s - 1].paragraph == s.paragraph) {
        const auto& p = sentences[at.s - 1];
        if (!p.tokens.empty() && abbreviated(p.tokens.back())) {
          uint32_t b = static_cast<uint32_t>(p.tokens.size());
          while (b > 0 && p.tokens[b - 1].upper && p.tokens[b - 1].word) --b;
          if (b + 4 >= p.tokens.size()) q.speaker_at.begin = p.tokens[b].begin;
        }
      } else if (at.source->e == n || (at.source->e + 1 == n && end_punct(s.tokens[n - 1].norm) &&
                                       abbreviated(s.tokens[at.source->e - 1]))) {
        if (at.s + 1 < sentences.size() && sentences[at.s + 1].paragraph == s.paragraph &&
            abbreviated(s.tokens[at.source->e - 1]) && at.source->b > at.cue.at.b) {
          const auto& x = sentences[at.s + 1];
          const auto xn = static_cast<uint32_t>(x.tokens.size());
          bool appositive = false;
          for (uint32_t t = at.source->b; t < at.source->e; ++t) appositive |= s.tokens[t].norm == ",";
          uint32_t e = 0;
          if (appositive) {
            while (e < xn && !pause(x.tokens[e].norm) && !end_punct(x.tokens[e].norm) &&
                   !is_quote_mark_token(x.tokens[e].norm))
              ++e;
          } else if (auto more = speaker_after(x, lx, 0, xn, none); more && more->b == 0) {
            e = more->e;
          }
          if (e > 0 && e <= xn) q.speaker_at.end = x.tokens[e - 1].end;
        }
      }
    }
    q.speaker = std::string(text.substr(q.speaker_at.begin, q.speaker_at.end - q.speaker_at.begin));
    // An appositive's closing comma is the sentence's, not the name's.
    while (!q.speaker.empty() && (q.speaker.back() == ',' || q.speaker.back() == ' ')) q.speaker.pop_back();
    q.via = at.via;
    q.content_at = {at.content_b, at.content_e};
    q.direct = false;
    if (!q.content_at.empty()) {
      // Direct when the content is one quotation, marks and all.
      for (size_t k = 0; k < spans.size(); ++k) {
        const auto& sp = spans[k];
        if (sp.mark_begin >= q.content_at.begin && sp.mark_end <= q.content_at.end) {
          if (sp.mark_begin == q.content_at.begin) q.direct = true;  // opens with a quotation
          if (quote_of_span[k] < 0) quote_of_span[k] = static_cast<int>(quotes.size());
        }
      }
      std::string_view content = text.substr(q.content_at.begin, q.content_at.end - q.content_at.begin);
      if (q.direct) {
        for (const auto& sp : spans)
          if (sp.mark_begin == q.content_at.begin && sp.mark_end + 2 >= q.content_at.end)
            content = text.substr(sp.content_begin, sp.content_end - sp.content_begin);
      }
      content = trim(content);
      while (!content.empty() && content.back() == ',') content = trim(content.substr(0, content.size() - 1));
      q.text = std::string(content);
    }

    // Who: a person the dictionaries know, else the last compatible one named before.
    const uint32_t at_byte = q.speaker_at.begin;
    const NamedPerson* who = nullptr;
    const ActorMention* mention = nullptr;
    // The head of the phrase: its last word, or the name an appositive follows ("Matsuno, the ...").
    uint32_t head_e = at.source->e;
    for (uint32_t t = at.source->b + 1; t < at.source->e; ++t)
      if (s.tokens[t].norm == ",") {  // "Hany Farid, a professor at ...": the name before the appositive
        head_e = t;
        break;
      }
    while (head_e > at.source->b + 1 && !s.tokens[head_e - 1].word) --head_e;
    for (const auto& act : m.actors) {
      if (act.tok_begin < at.source->b || act.tok_end > at.source->e || act.place) continue;
      const bool at_head = act.tok_end == head_e ||
                           (act.tok_begin == at.source->b && act.tok_end < s.tokens.size() && s.tokens[act.tok_end].norm == ",");
      if (!at_head) continue;
      if (!mention || act.person >= 0) mention = &act;
      if (act.person >= 0) break;
    }
    const bool person_head = lx.has(lx.descriptors, s.tokens[head_e - 1].norm);
    const auto& first = s.tokens[at.source->b].norm;
    if (mention && mention->person >= 0) {
      q.speaker_name = dict.people[static_cast<size_t>(mention->person)].name;
      q.speaker_code = mention->code;
    } else if (at.source->e - at.source->b == 1 && lx.has(lx.pronouns, first)) {
      if (first == "he" || first == "she") {
        who = person_for_pronoun(a, at.s, at.source->b);
        if (!who) who = a.ctx.last_person(at_byte);
      }
    } else if (mention && !mention->country.empty() && mention->code != mention->country && person_head) {
      who = a.ctx.last_person(at_byte, mention->code);  // "the Russian leader"
      if (!who) q.speaker_code = mention->code;
    } else if (mention && !mention->role.empty() && person_head) {
      who = a.ctx.last_person_titled(at_byte, s.tokens[mention->tok_end - 1].norm, dict, a.date);  // "the president"
      if (!who) who = a.ctx.last_person(at_byte);
    } else if (mention) {
      q.speaker_code = mention->code;
    } else {
      // A name no dictionary knows: "Yoshimasa" after "Hayashi Yoshimasa"; else the name as written.
      uint32_t ne = head_e, nb = head_e;
      while (nb > at.source->b && s.tokens[nb - 1].upper &&
             (s.tokens[nb - 1].word || s.tokens[nb - 1].norm == "."))
        --nb;
      if (nb < ne && !lx.has(lx.titles, s.tokens[ne - 1].norm)) {
        who = a.ctx.person_by_word(at_byte, s.tokens[ne - 1].norm, dict);
        while (nb < ne && lx.has(lx.titles, s.tokens[nb].norm)) ++nb;
        if (!who && nb < ne && ne - nb <= 4 && !(nb == 0 && ne - nb == 1 && !person_head))
          q.speaker_name = std::string(text.substr(s.tokens[nb].begin, s.tokens[ne - 1].end - s.tokens[nb].begin));
      }
    }
    if (who) {
      q.speaker_name = dict.people[static_cast<size_t>(who->person)].name;
      q.speaker_code = who->code;
    }
    if (!q.speaker_name.empty()) {
      // The speaker is now the person a later "he added" most likely means.
      for (const auto& p : dict.people)
        if (p.name == q.speaker_name) {
          a.ctx.saw_person(at_byte, static_cast<int>(&p - dict.people.data()), q.speaker_code);
          break;
        }
    }
    quotes.push_back(std::move(q));
  }

  // Quotations no cue claims: kept, with the neighbouring quote's speaker ("the message reads").
  for (size_t k = 0; k < spans.size(); ++k) {
    if (quote_of_span[k] >= 0) continue;
    const auto& sp = spans[k];
    if (sp.content_end <= sp.content_begin) continue;
    Quote q;
    q.sentence = sp.open_s;
    q.last_sentence = sp.close_s;
    q.direct = true;
    auto content = trim(text.substr(sp.content_begin, sp.content_end - sp.content_begin));
    while (!content.empty() && content.back() == ',') content = trim(content.substr(0, content.size() - 1));
    if (content.empty()) continue;
    q.text = std::string(content);
    q.content_at = {sp.mark_begin, sp.mark_end};
    quote_of_span[k] = static_cast<int>(quotes.size());
    quotes.push_back(std::move(q));
  }
  // In text order; the span index follows.
  std::vector<size_t> order(quotes.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    const auto bx = quotes[x].content_at.empty() ? quotes[x].cue_at.begin : std::min(quotes[x].content_at.begin, quotes[x].cue_at.empty() ? quotes[x].content_at.begin : quotes[x].cue_at.begin);
    const auto by = quotes[y].content_at.empty() ? quotes[y].cue_at.begin : std::min(quotes[y].content_at.begin, quotes[y].cue_at.empty() ? quotes[y].content_at.begin : quotes[y].cue_at.begin);
    return bx < by;
  });
  std::vector<int> new_index(quotes.size());
  std::vector<Quote> sorted;
  sorted.reserve(quotes.size());
  for (size_t i = 0; i < order.size(); ++i) {
    new_index[order[i]] = static_cast<int>(i);
    sorted.push_back(std::move(quotes[order[i]]));
  }
  quotes = std::move(sorted);
  for (auto& x : quote_of_span)
    if (x >= 0) x = new_index[static_cast<size_t>(x)];

  // A quote with no speaker of its own continues the neighbouring quote's in its paragraph.
  for (size_t i = 0; i < quotes.size(); ++i) {
    auto& q = quotes[i];
    if (!q.speaker_name.empty() || !q.speaker_code.empty()) continue;
    // "the message reads": a thing that speaks for the person quoted next to it.
    if (!q.speaker.empty() && !(q.direct && std::islower(static_cast<unsigned char>(q.speaker[0])) &&
                                 q.speaker.size() > 2 && q.speaker != "he" && q.speaker != "she"))
      continue;
    for (size_t j : {i + 1, i - 1}) {
      if (j >= quotes.size()) continue;
      const auto& nb = quotes[j];
      if (sentences[nb.sentence].paragraph != sentences[q.sentence].paragraph) continue;
      if (nb.speaker_name.empty() && nb.speaker_code.empty()) continue;
      q.speaker_name = nb.speaker_name;
      q.speaker_code = nb.speaker_code;
      break;
    }
  }
  return quote_of_span;
}

}  // namespace demarche
