#include "code/context.h"

#include <algorithm>

#include "base/text.h"

namespace demarche {

// Entries are not in text order (resolved speakers are added late); the latest before `at` wins.
const NamedPerson* ArticleContext::last_person(uint32_t at, const std::string& code) const {
  const NamedPerson* best = nullptr;
  for (const auto& p : people_)
    if (p.at < at && (code.empty() || p.code == code) && (!best || p.at >= best->at)) best = &p;
  return best;
}

std::vector<std::string> ArticleContext::last_two_sides(uint32_t at) const {
  std::vector<const NamedPerson*> before;
  for (const auto& p : people_)
    if (p.at < at) before.push_back(&p);
  std::sort(before.begin(), before.end(), [](const NamedPerson* a, const NamedPerson* b) { return a->at > b->at; });
  std::vector<std::string> sides;
  for (const auto* p : before) {
    if (p->code.size() < 3) continue;
    if (std::none_of(sides.begin(), sides.end(), [&](const std::string& s) { return s.compare(0, 3, p->code, 0, 3) == 0; }))
      sides.push_back(p->code);
    if (sides.size() == 2) return sides;
  }
  return {};
}

const NamedPerson* ArticleContext::last_person_titled(uint32_t at, const std::string& word, const Dictionary& d,
                                                      std::optional<Date> date) const {
  const NamedPerson* best = nullptr;
  for (const auto& p : people_) {
    if (p.at >= at || (best && p.at < best->at)) continue;
    for (const auto& o : d.people[static_cast<size_t>(p.person)].offices)
      if ((!date || o.when.contains(*date)) && fold_case(o.title).find(word) != std::string::npos) best = &p;
  }
  return best;
}

const NamedPerson* ArticleContext::person_by_word(uint32_t at, const std::string& word, const Dictionary& d) const {
  const NamedPerson* best = nullptr;
  for (const auto& p : people_) {
    if (p.at >= at || (best && p.at < best->at)) continue;
    for (const auto& n : d.names) {
      if (n.kind != NameKind::kPerson || static_cast<int>(n.owner) != p.person) continue;
      const auto folded = fold_case(n.phrase);  // split() returns views into it
      for (auto w : split(folded, ' '))
        if (w == word) best = &p;
    }
  }
  return best;
}

const Outlet* ArticleContext::last_outlet(uint32_t at) const {
  for (auto it = outlets_.rbegin(); it != outlets_.rend(); ++it)
    if (it->first < at) return it->second;
  return nullptr;
}

}  // namespace demarche
