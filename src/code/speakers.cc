// Who is named next to each quotation, and through which outlet it came.
#include <algorithm>

#include "base/text.h"
#include "code/attribution.h"

namespace demarche {

namespace {

bool is_pronoun(const std::string& t) { return t == "he" || t == "she"; }

}  // namespace

std::optional<std::pair<uint32_t, uint32_t>> find_cue(const Sentence& s, uint32_t from, uint32_t to,
                                                      const std::vector<std::vector<std::string>>& cues,
                                                      const std::function<bool(uint32_t)>& skip) {
  for (uint32_t t = from; t < to; ++t) {
    if (skip(t)) continue;
    for (const auto& cue : cues) {  // longest first
      if (t + cue.size() > to) continue;
      bool ok = true;
      for (size_t k = 0; k < cue.size() && ok; ++k) ok = s.tokens[t + k].norm == cue[k];
      if (ok) return std::make_pair(t, t + static_cast<uint32_t>(cue.size()));
    }
  }
  return std::nullopt;
}

std::vector<SpeakerCandidate> speaker_candidates(const Sentence& s, const SentenceMatches& m, uint32_t from,
                                                 uint32_t to, const std::function<bool(uint32_t)>& skip) {
  std::vector<SpeakerCandidate> out;
  for (size_t i = 0; i < m.actors.size(); ++i) {
    const auto& a = m.actors[i];
    if (a.tok_begin < from || a.tok_end > to || a.place || skip(a.tok_begin)) continue;
    if (a.tok_end < s.tokens.size() && s.tokens[a.tok_end].norm == "'s") continue;  // "Putin's remarks"
    if (a.person < 0 && a.role.empty()) continue;  // a country is rarely the speaker of a quote
    // Include a leading "the" in the speaker as written: "the Russian leader".
    uint32_t b = a.tok_begin;
    if (b > from && s.tokens[b - 1].norm == "the") --b;
    out.push_back({b, a.tok_end, SpeakerCandidate::kMention, static_cast<int>(i)});
  }
  for (uint32_t t = from; t < to; ++t)
    if (!skip(t) && is_pronoun(s.tokens[t].norm)) out.push_back({t, t + 1, SpeakerCandidate::kPronoun, -1});
  std::sort(out.begin(), out.end(), [](const SpeakerCandidate& a, const SpeakerCandidate& b) { return a.b < b.b; });
  return out;
}

}  // namespace demarche
