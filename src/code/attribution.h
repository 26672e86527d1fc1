// Internal to code/: finding speech cues and speaker candidates in a stretch of a sentence.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "match/match.h"
#include "segment/segment.h"

namespace demarche {

struct SpeakerCandidate {
  uint32_t b, e;  // tokens
  enum Kind { kMention, kPronoun, kCapitalised } kind;
  int mention;  // index into SentenceMatches::actors for kMention
};

// The first speech cue in tokens [from, to), as a token range; `skip` excludes quoted tokens.
std::optional<std::pair<uint32_t, uint32_t>> find_cue(const Sentence& s, uint32_t from, uint32_t to,
                                                      const std::vector<std::vector<std::string>>& cues,
                                                      const std::function<bool(uint32_t)>& skip);

// People, descriptors ("the Russian leader") and pronouns in tokens [from, to), in order.
std::vector<SpeakerCandidate> speaker_candidates(const Sentence& s, const SentenceMatches& m, uint32_t from,
                                                 uint32_t to, const std::function<bool(uint32_t)>& skip);

}  // namespace demarche
