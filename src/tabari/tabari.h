// Compatibility mode: TABARI's dictionary formats (.actors, .agents, .verbs, .options, .project,
// and PETRARCH's Phoenix actor/agent files, which share the actor syntax) and its coding rules,
// as TABARI's manual (0.8.4b2) defines them.
//
// Everything is data: a Dictionaries value is built once (read_* functions, each warning about a
// broken entry with file and line and skipping it), compiled into a Coder, and the Coder is then
// const and shared by any number of threads. Options live in the Coder's caller-visible Options
// value, so a validation run can change them between records without global state.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionary.h"  // Diagnostic

namespace demarche::tabari {

using demarche::Diagnostic;
using demarche::Diagnostics;

// ---------------------------------------------------------------------------------------------
// Phrases. "AL_GORE" = AL exactly, then GORE immediately; "DURTHANG ORC" = a stem DURTHANG and,
// anywhere later, a stem ORC; "BACK~_POLICY" = stem BACK then POLICY immediately; "MOUSE=" =
// exactly MOUSE, no regular endings.
struct PWord {
  enum Kind : uint8_t { kWord, kVerb, kSource, kTarget, kBoth, kSkip, kAttrib, kAlt };
  Kind kind = kWord;
  bool exact = false;      // ends in '_' (or '='): whole word, regular endings only on a final word
  bool no_endings = false; // ends in '=': whole word, no endings
  bool adjacent = false;   // the next element must follow immediately
  bool endings = false;    // exact, but the regular endings (S 'S ES ED EN ING) still match
  bool synset = false;     // kAlt from a &SYNSET (no length of its own; see phrase_length)
  std::string text;        // kWord
  std::vector<std::vector<PWord>> alts;  // kAlt: alternatives ({a | b}) or a synset's members
};
using Phrase = std::vector<PWord>;

// Alphanumeric characters a phrase holds (TABARI's pattern length); alternatives count their longest,
// a synset nothing (a pattern with a synset ranks by its fixed words: SYNSET-07 prefers "* DOLLAR"
// to "* &CURRENCY").
int phrase_length(const Phrase& p);

// ---------------------------------------------------------------------------------------------
// Codes.
enum class Special : uint8_t { kNone, kNull, kDiscard, kComplex };

// One [..] block of an actor: codes (several for a coded compound, "GME/GMW"), optionally
// restricted to a day range given as YYYYMMDD numbers (two-digit years pivot at 30).
struct ActorCode {
  std::vector<std::string> codes;
  Special special = Special::kNone;
  int32_t first = INT32_MIN, last = INT32_MAX;
  bool restricted = false;
};

struct Actor {
  Phrase phrase;
  std::string text;   // the phrase as written, for PARENT and diagnostics
  uint32_t group = 0; // synonyms share a group (and its codes)
};

struct ActorGroup {
  std::string parent;  // first phrase of the group
  std::vector<ActorCode> codes;
};

struct Agent {
  Phrase phrase;
  std::string text;
  std::string code;        // without '~'
  bool after_actor = true; // "~GOV": actor code first; "NGM~": agent code first
  Special special = Special::kNone;
};

// An event code as a verb or pattern gives it: "042", "032:033", "023?", "111!", "---", "###".
struct EventCode {
  std::string code, paired;
  Special special = Special::kNone;
  bool subordinate = false, dominant = false;
  bool empty() const { return code.empty() && special == Special::kNone; }
};

struct Pattern {
  Phrase before;  // elements before '*', in text order
  Phrase after;   // elements after '*'
  bool verb_adjacent_before = false;  // "X_*": X immediately before the verb
  bool verb_adjacent_after = false;   // "*_X": X immediately after the verb
  EventCode code;
  int length = 0;
  bool has_alternatives = false;  // length then depends on which alternative matched
  int rank = 0;  // TABARI's order among a root's patterns: the length of the plain words alone
  std::string text;
  size_t line = 0;
};

// A verb root and its irregular forms share one pattern list.
struct VerbRoot {
  std::vector<Phrase> forms;  // forms[0] is the root as written
  std::string text;
  EventCode code;
  std::vector<Pattern> patterns;  // sorted longest first
};

// <SYNSETS>: &NAME -> its members, each a phrase.
struct Synsets {
  std::unordered_map<std::string, std::vector<Phrase>> sets;
};

struct Dictionaries {
  std::vector<Actor> actors;
  std::vector<ActorGroup> groups;
  std::vector<Agent> agents;
  std::vector<Phrase> nouns, adjectives;
  std::vector<VerbRoot> verbs, times, attribs;
  Synsets synsets;
  Diagnostics diagnostics;
};

// The readers. Each appends to `d` and to d.diagnostics; `name` names the file in messages.
void read_actors(std::string_view text, const std::string& name, Dictionaries& d);
void read_agents(std::string_view text, const std::string& name, Dictionaries& d);
void read_verbs(std::string_view text, const std::string& name, Dictionaries& d);

// Parses one dictionary phrase ("AL_GORE", "- * BACK~_POLICY" without the dash); synsets are
// looked up in `synsets` (may be null). Returns false and sets `error` on a malformed phrase.
bool parse_phrase(std::string_view s, Phrase& out, std::string& error, const Synsets* synsets = nullptr);

// "[042]", "[032:033]", "[---]" as a verb or pattern gives it; false with `error` when malformed.
bool parse_event_code(std::string_view block, EventCode& e, std::string& error);
// A pattern ("$ * + HELD" without dash and code) into `pat` (before/after '*', length); `pat.code`
// is left alone. False with `error` when malformed or without exactly one '*'.
bool parse_pattern(std::string_view phrase, const Synsets* synsets, Pattern& pat, std::string& error);
// A final exact word ("MEET_") still takes the regular endings (MEETS, MEETING).
void mark_final_endings(Phrase& p);

// A date restriction: "<950601", "> 990816", "950601 - 990815" (TABARI's YYMMDD, or YYYYMMDD).
// Returns YYYYMMDD numbers; two-digit years 00-30 are 2000-2030, 31-99 are 1931-1999.
bool parse_yymmdd(std::string_view s, int32_t& out, bool four_digit_years = false);

// ---------------------------------------------------------------------------------------------
// .options
enum class CodeBy : uint8_t { kClause, kSentence, kAll };

struct Options {
  // COMPLEX: conditions; 0 = inactive.
  int complex_verbs = 0, complex_actors = 0, complex_pronouns = 0, complex_conj = 0,
      complex_comma = 0, complex_lateverb = 0;
  bool noactprior = false, noactafter = false, noverb = false, nosource = false,
       notarget = false, noevent = false, explain = false, nosave = false;
  CodeBy code_by = CodeBy::kClause;
  bool label = true, convert_agents = false, yyyy = false, fbis = false;
  int minimum_words = 8;
  int time_shift = -1;  // -1 = on when the .verbs file has <TIME> phrases
  // COMMA: phrase lengths (in words) removed between commas, at the end, at the beginning.
  bool comma_off = false;
  int comma_min = 2, comma_max = 10, comma_emin = 2, comma_emax = 10, comma_bmin = 128, comma_bmax = 0;
  // DEFAULT:
  std::string default_source, default_target;
  bool default_source_prior = false, default_target_after = false;
  // PETRARCH's readings where they differ from TABARI's, for its validation XML (off for .project
  // files; each is marked "PETRARCH:" in coder*.cc): agents after FROM, after a possessive actor a
  // few words back, shared across "and" and across a compound; an agent alone is ---AGENT; unknown
  // modifiers inside a compound; % as a compound in the source's or target's place; ^ over an
  // uncoded noun phrase; closed connectors bind a synset's multi-word member.
  bool petrarch = false;
  // PETRARCH's require_dyad: false codes an event that has only a source or only a target,
  // the missing one written "---", and a closing ", X said" is a clause of its own.
  bool require_dyad = true;
  // FORWARD: sequence format (only the ID width is used).
  std::string forward;
  // OUTPUT: fields
  bool output_id = false, output_text = false;
  // Not from the file: fills Result::trace with the record's classified words (for diagnosis).
  bool trace = false;
  std::vector<std::pair<std::string, std::string>> labels;  // code -> label, in file order
  std::vector<std::string> output_fields;
};

// Applies one .options line; false (with `error`) when it is not understood.
bool apply_option(std::string_view line, Options& o, std::string& error);
void read_options(std::string_view text, const std::string& name, Options& o, Diagnostics& diags);

// ---------------------------------------------------------------------------------------------
// .project
struct Project {
  std::string path, dir;
  std::vector<std::string> actors, agents, verbs, texts;
  std::string options, eventfile, outputfile, coder;
};
bool read_project(const std::string& path, Project& p, std::string& error);
// Reads the project's actors, agents, verbs and options files into `d` and `o`; a file that cannot
// be opened is a diagnostic in d.diagnostics (default options when it is the options file).
void load_project_files(const Project& p, Dictionaries& d, Options& o);

// ---------------------------------------------------------------------------------------------
// Text records: "YYMMDD id ..." then lines up to a blank line. /* ... */ is a comment that
// holds the validation expectations.
struct Expected {
  std::string source, target, code;
};
struct Record {
  std::string date;      // as written (YYMMDD or YYYYMMDD)
  std::string id;        // the rest of the header line, blank-trimmed
  std::string text;      // the text with comments removed
  std::string comment;   // what was inside /* */
  size_t line = 0;
  // Validation: `{ SRC / TGT / CODE }`, the specials {---} {###} {+++}, `-{` (do not check),
  // `{ OPTION: ... }` lines, and an expected shifted date.
  std::vector<Expected> expected;
  std::vector<std::string> options;
  bool expect_null = false, expect_discard = false, expect_complex = false, unchecked = false;
  std::string expected_date;
  bool has_expectations() const {
    return !expected.empty() || expect_null || expect_discard || expect_complex || unchecked ||
           !options.empty();
  }
};
// Calls `f` for every record; returns the number read.
size_t read_records(std::string_view text, const std::function<void(Record&&)>& f);
void parse_expectations(Record& r);

// ---------------------------------------------------------------------------------------------
// PETRARCH's validation suite: an XML file of <Sentence> records whose <Environment> names the
// dictionaries (PETRARCH formats, read by the functions below into the same Dictionaries).
struct PetrarchEnvironment {
  std::string verbs, actors, agents, discards;  // file names as written, relative to the XML file
};
struct PetrarchRecord {
  Record record;          // date (YYYYMMDD), id, text (blanks squeezed, "didn't" and a closing
                          // period as PETRARCH's parser splits them: "did n't", "GMO ."); expected
                          // events, expect_null (noevents),
                          // expect_discard (error="storydiscard"/"sentencediscard")
  std::string category;   // DEMO, ACTOR, SYNSET, ...
  std::string error;      // <EventCoding error="...">, e.g. dateline, bad_input_parse
  // <Config option= value=> lines met since the previous sentence, in file order: they hold
  // from this record on (require_dyad, comma_emax, ...).
  std::vector<std::pair<std::string, std::string>> config;
};
// Calls `f` for every <Sentence>; fills `env` from <Environment>. The <Parse> trees are skipped.
// A malformed tag is a warning naming file and line, and reading goes on. Returns the count read.
size_t read_petrarch_records(std::string_view text, const std::string& name, PetrarchEnvironment& env,
                             const std::function<void(PetrarchRecord&&)>& f, Diagnostics& diags);

// PETRARCH's dictionaries: '#' comments and <!-- --> blocks, verbs in "--- NAME [CODE] ---" blocks
// whose patterns every verb of the block shares, synsets anywhere at the top level, and a discard
// list ("+PHRASE" discards the story, "PHRASE" the sentence; both become discard actors here).
void read_petrarch_actors(std::string_view text, const std::string& name, Dictionaries& d);
void read_petrarch_agents(std::string_view text, const std::string& name, Dictionaries& d);
void read_petrarch_verbs(std::string_view text, const std::string& name, Dictionaries& d);
void read_petrarch_discards(std::string_view text, const std::string& name, Dictionaries& d);

// ---------------------------------------------------------------------------------------------
// Coding.
struct Event {
  std::string date;  // YYMMDD (or YYYYMMDD), time-shifted if asked
  std::string source, target, code;
  std::string pattern;  // the dictionary pattern that fired
};

enum class Outcome : uint8_t { kCoded, kNoEvents, kDiscard, kComplex, kTooShort, kBadDate };

struct Result {
  Outcome outcome = Outcome::kNoEvents;
  std::string reason;  // EXPLAIN text for complex/discard
  std::vector<Event> events;
  std::string shifted_date;
  std::string trace;  // Options::trace: words as classified (type letter, [eliminated], {compound})
};

// FORWARD: what a record hands on to the next one of its story: the first actor's dictionary
// code (without agents), for pronouns that open the next sentence before any actor.
struct Forward {
  bool valid = false;
  std::string story;
  long sentence = -1;
  std::vector<std::string> codes;
};

// The story and sentence numbers of a record id under a FORWARD: sequence format ("^^***NNN*SSS":
// N story, S sentence, '^' leading blanks the id has already lost); false when the format is
// missing or OFF.
bool forward_sequence(const Options& o, const std::string& id, std::string& story, long& sentence);

class Coder {
 public:
  // Compiles the dictionaries (sorted phrase lists and a character trie over first words).
  // `index_patterns` = false tries every pattern of a root (the index only saves work: tests and
  // the benchmark compare the two).
  explicit Coder(const Dictionaries& d, bool index_patterns = true);
  ~Coder();
  Coder(const Coder&) = delete;
  Coder& operator=(const Coder&) = delete;
  // Codes one record. Thread-safe: the Coder is read-only after construction.
  Result code(const Record& r, const Options& o) const;
  // The same, carrying pronoun references from record to record as FORWARD: asks; `state` holds
  // what the previous record handed on and is updated for the next one.
  Result code(const Record& r, const Options& o, Forward* state) const;
  bool has_time_phrases() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The label of an event code from LABEL: lines (longest prefix that has one), or "".
std::string label_of(const Options& o, const std::string& code);

// TABARI's event line: date \t source \t target \t code [\t label] [\t id].
std::string format_event(const Event& e, const Record& r, const Options& o);

}  // namespace demarche::tabari
