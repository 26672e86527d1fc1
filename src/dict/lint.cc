#include "dict/lint.h"

#include <filesystem>
#include <map>
#include <set>

#include <fmt/format.h>

#include "base/text.h"

namespace demarche {

namespace {

const char* kind_family(NameKind k) {
  switch (k) {
    case NameKind::kPerson: return "person";
    case NameKind::kRole: return "role";
    case NameKind::kOutlet: return "outlet";
    case NameKind::kOrganisation: return "organisation";
    default: return "place";
  }
}

}  // namespace

void lint_dictionary(const Dictionary& d, const std::string& dir, Diagnostics& diags) {
  // A name written twice means one of the two entries can never be chosen.
  std::map<std::string, const Name*> seen;
  for (const auto& n : d.names) {
    const auto folded = fold_case(n.phrase);
    auto [it, fresh] = seen.emplace(folded, &n);
    if (fresh) continue;
    const auto& first = *it->second;
    if (first.kind == n.kind && first.owner == n.owner) {
      diags.push_back({n.file ? *n.file : "?", n.line, fmt::format("'{}' is listed twice for the same entry", n.phrase)});
    } else {
      diags.push_back({n.file ? *n.file : "?", n.line,
                       fmt::format("'{}' ({}) is also a {} name at {}:{}; the first one wins", n.phrase,
                                   kind_family(n.kind), kind_family(first.kind), first.file ? *first.file : "?",
                                   first.line)});
    }
  }

  // Codes must start with a known country or organisation, or be a role.
  std::set<std::string> countries, roles;
  for (const auto& c : d.countries) countries.insert(c.code);
  for (const auto& r : d.roles) roles.insert(r.code);
  for (const auto& p : d.people) {
    const auto people_file = p.file ? *p.file : std::string("people.txt");
    if (!p.country.empty() && !countries.count(p.country))
      diags.push_back({people_file, p.offices.empty() ? 0 : p.offices.front().line,
                       fmt::format("{}: unknown country code '{}'", p.name, p.country)});
    for (size_t i = 0; i < p.offices.size(); ++i) {
      const auto& o = p.offices[i];
      const bool igo = o.code.rfind("IGO", 0) == 0 || o.code.rfind("NGO", 0) == 0;
      if (!igo && (!countries.count(o.code.substr(0, 3)) || (o.code.size() > 3 && !roles.count(o.code.substr(3)))))
        diags.push_back({people_file, o.line, fmt::format("{}: office code '{}' is not COUNTRY+ROLE", p.name, o.code)});
      for (size_t j = 0; j < i; ++j) {
        const auto& q = p.offices[j];
        if (q.code == o.code && q.title == o.title && o.when.first <= q.when.last && q.when.first <= o.when.last)
          diags.push_back({people_file, o.line,
                           fmt::format("{}: tenure as {} overlaps the one at line {}", p.name, o.title, q.line)});
      }
    }
  }

  // The same words twice: the second pattern never fires (or fires with the first one's code).
  std::map<std::vector<std::string>, const VerbPattern*> patterns;
  for (const auto& v : d.verbs) {
    auto [it, fresh] = patterns.emplace(v.items, &v);
    if (fresh) continue;
    const auto& first = *it->second;
    diags.push_back({v.file, v.line,
                     first.code == v.code
                         ? fmt::format("pattern repeats line {}", first.line)
                         : fmt::format("pattern is also line {} with code {}; only one can fire", first.line, first.code)});
  }
}

}  // namespace demarche
