// Dictionaries as data: what the native files under dictionaries/ hold, loaded once and shared,
// read-only, by every thread. Matchers are compiled from this in match/.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/civil_date.h"

namespace demarche {

// A problem in a dictionary (or any input) file, reported as "FILE:LINE: message".
struct Diagnostic {
  std::string file;
  size_t line = 0;
  std::string message;
  std::string str() const;
};
using Diagnostics = std::vector<Diagnostic>;

enum class NameKind : uint8_t {
  kCountry, kAdjective, kDemonym, kCapital, kGovernment, kCity,
  kShort,  // "the North": the country only once it has been named in full
  kOrganisation, kRole, kPerson, kOutlet,
};

// One phrase that names something; `owner` indexes the vector its kind belongs to.
struct Name {
  std::string phrase;
  NameKind kind;
  uint32_t owner;
  const std::string* file = nullptr;  // where it was written, for diagnostics
  size_t line = 0;
};

struct Country {
  std::string code, display;
  std::optional<Date> ended;  // a state that no longer exists (the Soviet Union): its acts are history
};
struct Organisation {
  std::string code, display;
};
struct Role {
  std::string code, display;  // the agent code, e.g. GOV
};
struct Office {
  std::string title;
  std::string code;
  DateRange when;
  size_t line = 0;  // in people.txt
};
struct Person {
  std::string name, country;
  std::vector<Office> offices;
  const std::string* file = nullptr;  // the people file it came from
};
struct Outlet {
  std::string name, country;
  std::vector<std::string> datelines;  // markers such as "/TASS/", "(AA)"
  std::vector<std::string> copyright;  // such as "© KYODO"
};
struct EventType {
  std::string code;
  double goldstein = 0;
  std::string label;
  int quad = 0;  // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
  std::string plover;  // PLOVER event type ("CONSULT"), "" where PLOVER has none
};
struct VerbPattern {
  std::string code;
  std::vector<std::string> items;  // words; "=word" exact; "..." gap; "+" target; "$" source
  std::string file;
  size_t line = 0;
};

struct Dictionary {
  std::vector<Country> countries;
  std::vector<Organisation> organisations;
  std::vector<Role> roles;
  std::vector<Person> people;
  std::vector<Outlet> outlets;
  std::vector<Name> names;
  std::vector<VerbPattern> verbs;
  std::map<std::string, EventType, std::less<>> event_types;
  std::map<std::string, std::vector<std::string>, std::less<>> irregular;  // base -> other forms
  std::vector<std::string> boilerplate;   // whole lines that are page furniture
  std::vector<std::string> speech_cues;   // verbs that introduce speech: said, added, ...
  std::vector<std::unique_ptr<std::string>> files;  // the paths names point into

  const EventType* event_type(std::string_view code) const;
  // The code a person carries on `date`; with no date, the code common to the offices held during
  // `range` (or the latest of them); with neither, the latest office's. A person out of office
  // is the country's elite (CCCELI).
  std::string person_code(const Person& p, std::optional<Date> date, std::optional<DateRange> range = {}) const;
};

// Loads every known file in `dir`; missing files are diagnostics, not failures.
Dictionary load_dictionary(const std::string& dir, Diagnostics& diags);

// The folder the build was configured with, or $DEMARCHE_DICTIONARIES when set.
std::string default_dictionary_dir();

// The dictionaries in default_dictionary_dir(), loaded once (thread-safe) and shared; for tests,
// benchmarks and tools that do not report the loader's diagnostics.
const Dictionary& bundled_dictionary();

int quad_class(std::string_view code);

}  // namespace demarche
