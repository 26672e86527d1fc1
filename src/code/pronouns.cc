// Who "he" or "she" means when the sentence has already named its subject.
#include <unordered_set>

#include "code/article_view.h"

namespace demarche {

// "Xi told Biden ..., but he warned Washington": a pronoun opening a clause joined by "but" or
// "and" goes on with the sentence's subject, not with the person named last (the listener).
const NamedPerson* clause_subject_for_pronoun(const ArticleView& a, uint32_t si, uint32_t tok) {
  const auto& s = a.sentences[si];
  if (tok == 0) return nullptr;
  const auto& joiner = s.tokens[tok - 1].norm;
  if (joiner != "but" && joiner != "and") return nullptr;
  for (const auto& act : a.matches[si].actors) {
    if (act.tok_end > tok - 1) break;
    if (act.person < 0 || act.place) continue;
    // The sentence's subject: the first person named, unless a preposition makes it an object.
    static const std::unordered_set<std::string> kObjectMarkers = {"to", "with", "by", "of", "for", "from", "at", "on"};
    if (act.tok_begin > 0 && kObjectMarkers.count(s.tokens[act.tok_begin - 1].norm)) return nullptr;
    const auto* p = a.ctx.last_person(s.tokens[act.tok_end - 1].end, act.code);
    return p && p->person == act.person ? p : nullptr;
  }
  return nullptr;
}

}  // namespace demarche
