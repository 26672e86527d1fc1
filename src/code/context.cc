#include "code/context.h"

#include "base/text.h"

namespace demarche {

const NamedPerson* ArticleContext::last_person(uint32_t at, const std::string& code) const {
  for (auto it = people_.rbegin(); it != people_.rend(); ++it)
    if (it->at < at && (code.empty() || it->code == code)) return &*it;
  return nullptr;
}

const NamedPerson* ArticleContext::person_by_word(uint32_t at, const std::string& word, const Dictionary& d) const {
  for (auto it = people_.rbegin(); it != people_.rend(); ++it) {
    if (it->at >= at) continue;
    for (const auto& n : d.names) {
      if (n.kind != NameKind::kPerson || static_cast<int>(n.owner) != it->person) continue;
      for (auto w : split(fold_case(n.phrase), ' '))
        if (w == word) return &*it;
    }
  }
  return nullptr;
}

const Outlet* ArticleContext::last_outlet(uint32_t at) const {
  for (auto it = outlets_.rbegin(); it != outlets_.rend(); ++it)
    if (it->first < at) return it->second;
  return nullptr;
}

}  // namespace demarche
