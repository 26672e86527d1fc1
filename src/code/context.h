// What the coder remembers while reading an article in order: who was named last, and which
// outlet. Pronouns ("he added") and descriptors ("the Russian leader") resolve against it.
#pragma once
#include <cstdint>
#include <string>
#include <optional>
#include <vector>

#include "dict/dictionary.h"

namespace demarche {

struct NamedPerson {
  uint32_t at;  // byte offset of the mention
  int person;
  std::string code;
};

class ArticleContext {
 public:
  void saw_person(uint32_t at, int person, std::string code) { people_.push_back({at, person, std::move(code)}); }
  void saw_outlet(uint32_t at, const Outlet* o) { outlets_.push_back({at, o}); }

  // The last person named before `at`; with `code`, the last one who carries that code.
  const NamedPerson* last_person(uint32_t at, const std::string& code = {}) const;
  // The codes of the last two people named before `at` from different countries: what "the two
  // leaders" or "both sides" mean. Empty unless there are two.
  std::vector<std::string> last_two_sides(uint32_t at) const;
  // The last person named before `at` who held an office with `title_word` in its title ("president").
  const NamedPerson* last_person_titled(uint32_t at, const std::string& title_word, const Dictionary& d,
                                        std::optional<Date> date) const;
  // The last person named before `at` one of whose name words is `word` (folded).
  const NamedPerson* person_by_word(uint32_t at, const std::string& word, const Dictionary& d) const;
  const Outlet* last_outlet(uint32_t at) const;

 private:
  std::vector<NamedPerson> people_;
  std::vector<std::pair<uint32_t, const Outlet*>> outlets_;
};

}  // namespace demarche
