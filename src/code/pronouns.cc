// Who "he" or "she" means when the sentence has already named its subject.
#include <unordered_set>

#include "code/article_view.h"

namespace demarche {

// "Xi told Biden ..., but he warned Washington", "Erdogan told reporters that he would discuss":
// a pronoun opening a clause joined by "but"/"and", or reported after "said"/"that", goes on with
// the sentence's subject, not with the person named last (often the listener).
const ActorMention* clause_subject_for_pronoun(const ArticleView& a, uint32_t si, uint32_t tok) {
  static const std::unordered_set<std::string> kJoiners = {"but", "and", "that", "said", "says"};
  static const std::unordered_set<std::string> kObjectMarkers = {"to", "with", "by", "of", "for", "from", "at", "on"};
  const auto& s = a.sentences[si];
  if (tok == 0 || !kJoiners.count(s.tokens[tok - 1].norm)) return nullptr;
  for (const auto& act : a.matches[si].actors) {
    if (act.tok_end > tok - 1) break;
    if (act.place || act.code.empty()) continue;
    // The sentence's subject: the first actor named that no preposition makes an object
    // ("According to Chinese state media, Xi told ...").
    if (act.tok_begin > 0 && kObjectMarkers.count(s.tokens[act.tok_begin - 1].norm)) continue;
    // A person, or an office an organisation holds ("UN Secretary-General Antonio Guterres").
    if (act.person < 0 && act.role.empty()) return nullptr;
    return &act;
  }
  return nullptr;
}

const NamedPerson* person_for_pronoun(const ArticleView& a, uint32_t si, uint32_t tok) {
  const auto* act = clause_subject_for_pronoun(a, si, tok);
  if (!act || act->person < 0) return nullptr;
  const auto* p = a.ctx.last_person(a.sentences[si].tokens[act->tok_end - 1].end, act->code);
  return p && p->person == act->person ? p : nullptr;
}

}  // namespace demarche
