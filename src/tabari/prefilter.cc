#include "tabari/prefilter.h"

#include <algorithm>

namespace demarche::tabari {

void PatternPrefilter::add(const VerbRoot& v) {
  Root& root = roots_[&v];
  root.required.reserve(v.patterns.size());
  std::unordered_map<uint32_t, size_t> slot;  // key word -> its index in root.by_key
  for (uint32_t i = 0; i < v.patterns.size(); ++i) {
    const Pattern& p = v.patterns[i];
    std::vector<std::string_view> words;
    for (const Phrase* side : {&p.before, &p.after})
      for (const auto& w : *side)
        if (w.kind == PWord::kWord && !w.text.empty()) words.push_back(w.text);
    std::stable_sort(words.begin(), words.end(), [](auto a, auto b) { return a.size() > b.size(); });
    std::vector<uint32_t> ids;
    for (const auto w : words) ids.push_back(intern(w));
    if (ids.empty()) {
      root.unkeyed.push_back(i);
    } else {
      const auto [it, added] = slot.try_emplace(ids[0], root.by_key.size());
      if (added) root.by_key.push_back({ids[0], {}});
      root.by_key[it->second].second.push_back(i);
    }
    root.required.push_back(std::move(ids));
  }
}

uint32_t PatternPrefilter::intern(std::string_view w) {
  uint32_t n = 0;
  for (const char c : w) {
    auto& kids = trie_[n].kids;
    const auto it = std::find_if(kids.begin(), kids.end(), [c](const auto& k) { return k.first == c; });
    if (it != kids.end()) {
      n = it->second;
    } else {
      const auto next = static_cast<uint32_t>(trie_.size());
      kids.push_back({c, next});  // before the push below, which may move `kids`
      trie_.emplace_back();
      n = next;
    }
  }
  if (trie_[n].word < 0) trie_[n].word = static_cast<int32_t>(words_++);
  return static_cast<uint32_t>(trie_[n].word);
}

void PatternPrefilter::mark_prefixes(std::string_view token, RecordWords& r) const {
  uint32_t n = 0;
  for (const char c : token) {
    const auto& kids = trie_[n].kids;
    const auto it = std::find_if(kids.begin(), kids.end(), [c](const auto& k) { return k.first == c; });
    if (it == kids.end()) return;
    n = it->second;
    if (const int32_t w = trie_[n].word; w >= 0) r.bits_[w >> 6] |= uint64_t{1} << (w & 63);
  }
}

bool PatternPrefilter::candidates(const VerbRoot& v, const RecordWords& record, std::vector<uint32_t>& out) const {
  const auto it = roots_.find(&v);
  if (it == roots_.end()) return false;
  const Root& root = it->second;
  out.assign(root.unkeyed.begin(), root.unkeyed.end());
  for (const auto& [key, patterns] : root.by_key) {
    if (!record.has(key)) continue;
    for (const uint32_t i : patterns) {
      const auto& req = root.required[i];
      if (std::all_of(req.begin() + 1, req.end(), [&](uint32_t id) { return record.has(id); })) out.push_back(i);
    }
  }
  std::sort(out.begin(), out.end());
  return true;
}

}  // namespace demarche::tabari
