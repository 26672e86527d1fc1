// Actor and outlet names: longest match over tokens, then composition of adjacent parts.
#include <algorithm>

#include "base/text.h"
#include "match/match.h"

namespace demarche {

namespace {

bool is_country_kind(NameKind k) {
  return k == NameKind::kCountry || k == NameKind::kAdjective || k == NameKind::kDemonym ||
         k == NameKind::kCapital || k == NameKind::kGovernment || k == NameKind::kCity || k == NameKind::kShort;
}

// Words that may stand between the parts of one actor: "Japan's top government spokesman".
bool is_bridge(const std::string& w) {
  static const std::unordered_set<std::string> kBridge = {"'s", "'", "top", "chief", "senior", "then", "acting",
                                                          "new", "current", "outgoing", "incoming", "first"};
  return kBridge.count(w) > 0;
}

bool is_in_place(const std::string& w) {
  return w == "in" || w == "inside" || w == "near" || w == "throughout" || w == "across";
}

bool is_locative(const std::string& w) {
  static const std::unordered_set<std::string> kLoc = {"in", "at", "from", "near", "outside", "inside",
                                                       "around", "across", "via", "of"};
  return kLoc.count(w) > 0;
}

}  // namespace

std::vector<Matcher::RawName> Matcher::find_names(const Sentence& s) const {
  std::vector<RawName> out;
  const auto n = static_cast<uint32_t>(s.tokens.size());
  for (uint32_t i = 0; i < n;) {
    const auto it = names_.find(s.tokens[i].norm);
    const NameEntry* hit = nullptr;
    if (it != names_.end()) {
      for (const auto& e : it->second) {
        if (i + e.tokens.size() > n) continue;
        bool ok = true;
        for (size_t k = 1; k < e.tokens.size() && ok; ++k) ok = s.tokens[i + k].norm == e.tokens[k];
        // Proper names must be capitalised in the text ("Abe", not "abe"); role words need not be.
        if (ok && e.kind != NameKind::kRole && !s.tokens[i].upper && s.tokens[i].word) ok = false;
        if (ok) {
          hit = &e;
          break;
        }
      }
    }
    if (hit) {
      out.push_back({i, i + static_cast<uint32_t>(hit->tokens.size()), hit});
      i += static_cast<uint32_t>(hit->tokens.size());
    } else {
      ++i;
    }
  }
  return out;
}

std::vector<ActorMention> Matcher::compose(const Sentence& s, const std::vector<RawName>& raw,
                                           std::optional<Date> date, std::optional<DateRange> range) const {
  std::vector<ActorMention> out;
  size_t i = 0;
  while (i < raw.size()) {
    if (raw[i].entry->kind == NameKind::kOutlet) {
      ++i;
      continue;
    }
    ActorMention m;
    m.tok_begin = raw[i].b;
    m.tok_end = raw[i].e;
    std::string org;
    bool government = false, capital = false, city_only = true, any_country = false;
    size_t j = i;
    for (; j < raw.size(); ++j) {
      const auto& r = raw[j];
      if (r.entry->kind == NameKind::kOutlet) break;
      if (j > i) {
        // Adjacent, or joined only by bridge words.
        bool joined = true;
        for (uint32_t t = raw[j - 1].e; t < r.b && joined; ++t) joined = is_bridge(s.tokens[t].norm);
        if (!joined) break;
        // "Russia Japan" are two actors; a second country part starts a new mention.
        if (is_country_kind(r.entry->kind) && any_country) break;
        if (r.entry->kind == NameKind::kOrganisation && (!org.empty() || any_country)) break;
        if (r.entry->kind == NameKind::kPerson && m.person >= 0) break;
      }
      const auto& e = *r.entry;
      switch (e.kind) {
        case NameKind::kCountry: case NameKind::kAdjective: case NameKind::kDemonym:
        case NameKind::kCapital: case NameKind::kGovernment: case NameKind::kCity: case NameKind::kShort:
          m.shorthand |= e.kind == NameKind::kShort;
          m.country = dict_.countries[e.owner].code;
          any_country = true;
          government |= e.kind == NameKind::kGovernment;
          capital |= e.kind == NameKind::kCapital;
          city_only = city_only && e.kind == NameKind::kCity;
          break;
        case NameKind::kRole:
          m.role = dict_.roles[e.owner].code;
          city_only = false;
          break;
        case NameKind::kPerson: {
          m.person = static_cast<int>(e.owner);
          city_only = false;
          if (m.country.empty()) m.country = dict_.people[e.owner].country;
          break;
        }
        case NameKind::kOrganisation:
          org = dict_.organisations[e.owner].code;
          city_only = false;
          break;
        case NameKind::kOutlet: break;
      }
      m.tok_end = r.e;
    }
    if (j == i) j = i + 1;
    i = j;

    const bool single = m.role.empty() && m.person < 0 && org.empty();
    const bool after_locative = m.tok_begin > 0 && is_locative(s.tokens[m.tok_begin - 1].norm);
    if (single && any_country && city_only) m.place = true;  // cities are where things happen
    // "met in Singapore", "talks at Turkey's invitation" aside: a country after "in" is where.
    if (single && !capital && !government && m.tok_begin > 0 && is_in_place(s.tokens[m.tok_begin - 1].norm))
      m.place = true;
    if (single && capital && after_locative) m.place = true;
    // "the Lima forum", "the Tokyo summit": a capital after "the" names a place, not a government.
    if (single && capital && m.tok_begin > 0 && s.tokens[m.tok_begin - 1].norm == "the") m.place = true;

    if (m.person >= 0) {
      const auto& p = dict_.people[static_cast<size_t>(m.person)];
      m.code = dict_.person_code(p, date, range);
      if (m.code.empty()) m.code = m.country + m.role;
    } else if (!org.empty()) {
      m.code = org;
    } else if (!m.country.empty()) {
      // A capital or "the Kremlin" stands for the government; its role stays unset, since no role
      // word was written (a capital does not speak, a spokesman does).
      m.code = m.country + (!m.role.empty() ? m.role : (government || capital) ? std::string("GOV") : std::string());
    } else {
      m.code = m.role;  // a bare role: the coder resolves it from context or leaves it
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace demarche
