// Who did what to whom: a verb pattern, its source and its target, in one clause of a sentence.
#include <algorithm>
#include <unordered_set>

#include "code/article_view.h"

namespace demarche {

namespace {

using Words = std::unordered_set<std::string>;

bool in(const Words& set, const std::string& w) { return set.count(w) > 0; }

const Words kPrepositions = {"of", "in", "with", "to", "on", "at", "from", "by", "for", "against", "into", "over",
                             "between", "about", "among", "toward", "towards", "than", "like", "including"};
const Words kDeterminers = {"the", "a", "an", "its", "his", "her", "their", "other", "both"};
// Words that open a new clause: the source of a verb stands after the last one before it.
const Words kClauseOpeners = {",", ";", ":", "after", "before", "when", "while", "because", "since", "although",
                              "though", "whereas", "but", "until", "unless", "if", "that", "which", "who",
                              // reported speech: "Putin says Japanese PM refused ..."
                              "says", "said", "say", "told", "tells", "stressed", "noted", "added", "believes",
                              "warned", "insisted", "claimed", "announced", "declared"};
// After a verb, these end the stretch where its target can stand.
const Words kClauseClosers = {";", ":", "which", "while", "but", "although", "though", "whereas", "because",
                              "after", "before", "when", "until", "unless", "since", "saying", "adding", "without"};
const Words kNegators = {"not", "n't", "never", "no", "neither", "nor", "without", "refrained", "refrain", "refrains",
                         "failed", "fail", "failure", "refusal", "declined", "denied", "deny",
                         // "to end its invasion": the act stops rather than happens
                         "end", "ended", "ending", "stop", "stopped", "halt", "halted", "cease", "ceased"};
const Words kFuture = {"will", "would", "'ll", "shall", "plan", "plans", "planned", "planning", "intend", "intends",
                       "expected", "expects", "expect", "going", "set", "ready", "willing", "possibility",
                       "prepared", "could", "might", "may", "hope", "hopes", "aim", "aims"};
const Words kConditions = {"if", "unless", "until", "provided", "providing", "condition", "conditions", "whether"};

// "X's decision to ...": nouns whose possessor does what follows.
const Words kIntentNouns = {"decision", "plan", "plans", "move", "refusal", "attempt", "attempts", "bid", "effort",
                            "efforts", "intention", "readiness", "willingness", "offer", "pledge", "promise",
                            "threat", "proposal", "call", "demand", "failure", "determination"};

// Nouns that stand for an actor named before: "the Asian country", "the two sides".
const Words kDescriptors = {"country", "countries", "nation", "nations", "side", "sides", "government", "kingdom",
                            "republic", "state", "capital", "leadership"};

bool is_first_person(const std::string& w) { return w == "we" || w == "us" || w == "our"; }

// The word before a phrase, determiners skipped.
uint32_t before_determiners(const Sentence& s, uint32_t tok) {
  while (tok > 0 && in(kDeterminers, s.tokens[tok - 1].norm)) --tok;
  return tok;
}

ByteRange bytes_of(const Sentence& s, uint32_t b, uint32_t e) {
  if (e <= b || b >= s.tokens.size()) return {};
  return {s.tokens[b].begin, s.tokens[std::min<size_t>(e, s.tokens.size()) - 1].end};
}

// "RUS" and "RUSGOV" are one side: an event between them is a country acting on itself.
bool same_side(const std::string& a, const std::string& b) {
  return a.compare(0, b.size(), b) == 0 || b.compare(0, a.size(), a) == 0;
}

// "the Sea of Japan", "the South China Sea", "the Gulf of Mexico": a name inside a place's name.
bool in_place_name(const Sentence& s, const ActorMention& act) {
  static const Words kBefore = {"sea", "gulf", "bay", "strait", "straits"};
  static const Words kAfter = {"sea", "seas"};
  if (act.tok_begin >= 2 && s.tokens[act.tok_begin - 1].norm == "of" && in(kBefore, s.tokens[act.tok_begin - 2].norm))
    return true;
  return act.tok_end < s.tokens.size() && in(kAfter, s.tokens[act.tok_end].norm);
}

// An actor a verb can take: coded, and not a place.
struct Slot {
  uint32_t b, e;
  std::string code;
  bool object = false;  // of a preposition, directly or through "and": "including the US and other G7 nations"
  int group = -1;       // both sides of "the two leaders": slots with one group act together
};

// "the two leaders", "both sides", "the two Koreas": the two sides named last.
bool plural_of_two(const Sentence& s, uint32_t t, uint32_t& end) {
  static const Words kNouns = {"leaders", "sides", "countries", "men", "nations", "governments", "koreas",
                               "neighbours", "neighbors", "delegations", "ministers", "presidents", "parties",
                               "heads", "capitals", "states"};
  const auto& w = s.tokens[t].norm;
  if ((w == "two" || w == "both") && t + 1 < s.tokens.size() && in(kNouns, s.tokens[t + 1].norm)) {
    end = t + 2;
    return true;
  }
  // "They also agreed to ...": at the head of a sentence, after a meeting of two named people.
  if (t == 0 && w == "they") {
    end = t + 1;
    return true;
  }
  // "the leaders signed": after two named leaders, the plural means both.
  if (w == "the" && t + 1 < s.tokens.size() && s.tokens[t + 1].norm == "leaders") {
    end = t + 2;
    return true;
  }
  return false;
}

// Partners rather than targets: "in tandem with other G7 democracies", "together with the US".
bool partner(const Sentence& s, uint32_t tok) {
  const uint32_t t = before_determiners(s, tok);
  if (t == 0) return false;
  const auto& w = s.tokens[t - 1].norm;
  // "summits hosted by ASEAN": the agent of another verb.
  if (w == "alongside" || w == "including" || w == "like" || w == "by") return true;
  if (t < 2) return false;
  const auto& v = s.tokens[t - 2].norm;
  // "on the sidelines of the APEC summit": where, not with whom.
  if (w == "of" && (v == "sidelines" || v == "margins")) return true;
  if (w != "with") return false;
  return v == "cooperation" || v == "tandem" || v == "together" || v == "along" || v == "coordination" ||
         v == "allies" || v == "partners" || v == "jointly";
}

// "Security Council resolutions", "the UN Charter": the actor is whose text was broken or
// invoked, not who the act is aimed at.
bool names_a_document(const Sentence& s, const Slot& sl) {
  static const Words kDocuments = {"resolution", "resolutions", "charter"};
  return sl.e < s.tokens.size() && in(kDocuments, s.tokens[sl.e].norm);
}

const Words kPeopleOf = {"representatives", "officials", "leaders", "delegations", "delegation", "ministers",
                         "envoys", "diplomats", "negotiators", "members", "heads", "head", "leader", "forces",
                         "troops", "militaries", "governments"};

// Marks the objects of prepositions; slots must be in text order. Such an actor is rarely a source.
void mark_objects(const Sentence& s, std::vector<Slot>& slots) {
  for (size_t i = 0; i < slots.size(); ++i) {
    const uint32_t t = before_determiners(s, slots[i].b);
    if (t == 0) continue;
    const auto& w = s.tokens[t - 1].norm;
    // "representatives of the two countries signed": the people of an actor are that actor.
    if (w == "of" && t >= 2 && in(kPeopleOf, s.tokens[t - 2].norm)) continue;
    if (in(kPrepositions, w)) slots[i].object = true;
    else if ((w == "and" || w == "or") && i > 0 && slots[i - 1].e + 1 == t) slots[i].object = slots[i - 1].object;
  }
}

// Whether tokens [from, to) only join two items of a list: ",", "and", ", and", "or" (determiners
// allowed after them).
bool coordinated(const Sentence& s, uint32_t from, uint32_t to) {
  const uint32_t t = before_determiners(s, to);
  if (t <= from) return false;
  bool joiner = false;
  for (uint32_t i = from; i < t; ++i) {
    const auto& w = s.tokens[i].norm;
    if (w != "," && w != "and" && w != "or") return false;
    joiner = true;
  }
  return joiner && t - from <= 2;
}

uint32_t clause_start(const Sentence& s, uint32_t verb) {
  for (uint32_t t = verb; t > 0; --t)
    if (in(kClauseOpeners, s.tokens[t - 1].norm)) return t;
  return 0;
}

uint32_t clause_end(const Sentence& s, uint32_t from) {
  static const Words kAuxiliaries = {"will", "would", "has", "have", "had", "is", "was", "are", "were", "can",
                                     "could", "should", "must", "did", "does", "also", "then", "later"};
  const auto n = static_cast<uint32_t>(s.tokens.size());
  for (uint32_t t = from; t < n; ++t) {
    if (in(kClauseClosers, s.tokens[t].norm)) return t;
    // "condemns it and will act with the Group of Seven": a second verb phrase.
    if (s.tokens[t].norm == "and" && t + 1 < n && in(kAuxiliaries, s.tokens[t + 1].norm)) return t;
    // ", which" / ", saying": a comma ends the clause when a closer follows it.
    if (s.tokens[t].norm == "," && t + 1 < n && in(kClauseClosers, s.tokens[t + 1].norm)) return t;
  }
  return n;
}

void set_flags(const Sentence& s, const VerbMatch& v, Event& e) {
  const uint32_t from = v.tok_begin > 4 ? v.tok_begin - 4 : 0;
  for (uint32_t t = from; t < v.tok_begin; ++t) {
    const auto& w = s.tokens[t].norm;
    e.negated |= in(kNegators, w);
    e.future |= in(kFuture, w);
  }
  // A pattern that spells its own negation ("=not continue ... talks": halting them) is the event.
  const auto& items = v.pattern->items;
  const bool spelled = std::any_of(items.begin(), items.end(), [](const std::string& w) {
    return w == "not" || w == "=not" || w == "never" || w == "=never";
  });
  for (uint32_t t = v.tok_begin; t < v.tok_end && !spelled; ++t)
    e.negated |= s.tokens[t].norm == "not" || s.tokens[t].norm == "never";
  // "kept Tokyo and Moscow from signing", "barred from entering": what did not happen.
  const auto& verb = s.tokens[v.tok_begin].norm;
  if (v.tok_begin > 0 && s.tokens[v.tok_begin - 1].norm == "from" && verb.size() > 4 &&
      verb.compare(verb.size() - 3, 3, "ing") == 0)
    e.negated = true;
  const uint32_t end = std::min<uint32_t>(static_cast<uint32_t>(s.tokens.size()), v.tok_end + 12);
  for (uint32_t t = v.tok_end; t < end; ++t) e.conditional |= in(kConditions, s.tokens[t].norm);
  // "we are, provided that ..." and "if Japan initiates it, ..." before the verb.
  for (uint32_t t = clause_start(s, v.tok_begin); t < v.tok_begin; ++t) e.conditional |= in(kConditions, s.tokens[t].norm);
}

// "that idea", "the launch" right after the verb: an object that points back rather than names.
// Only nouns for an act or a stance point back to its doer: "the talks" or "the issue" do not.
bool anaphoric_object(const Sentence& s, uint32_t tok) {
  static const Words kPointers = {"the", "that", "this", "these", "those"};
  static const Words kActs = {"idea", "ideas", "launch", "launches", "move", "moves", "decision", "proposal",
                              "proposals", "plan", "plans", "attack", "attacks", "test", "tests", "step", "steps",
                              "remark", "remarks", "statement", "comments", "demand", "demands", "offer", "request",
                              "strike", "strikes", "incursion", "action", "actions"};
  return tok + 1 < s.tokens.size() && in(kPointers, s.tokens[tok].norm) && in(kActs, s.tokens[tok + 1].norm);
}

bool bare_role(const Dictionary& d, const std::string& code) {
  return std::any_of(d.roles.begin(), d.roles.end(), [&](const Role& r) { return r.code == code; });
}

// "the ministry", "the government" with no one of that title named: the last actor in that role
// whose country is known, in this sentence before `tok` or in the few before it.
std::string last_in_role(const ArticleView& a, uint32_t si, uint32_t tok, const std::string& role) {
  for (uint32_t back = 0; back <= 4 && back <= si; ++back) {
    const auto& actors = a.matches[si - back].actors;
    for (auto it = actors.rbegin(); it != actors.rend(); ++it)
      if ((back > 0 || it->tok_end <= tok) && !it->place && it->role == role && !it->country.empty()) return it->code;
  }
  return {};
}

}  // namespace

void code_events(const ArticleView& a, const std::vector<Quote>& quotes, std::vector<Event>& events) {
  for (uint32_t si = 0; si < a.sentences.size(); ++si) {
    const auto& s = a.sentences[si];
    const auto& m = a.matches[si];
    // The quotation a token stands in: its speaker is the source of what it says unless the
    // quotation names its own. Reported speech is left to the sentence's own actors, which name
    // the speaker and the addressee ("Lavrov told Kono that ...") better than its content alone.
    auto quote_at = [&](uint32_t tok) {
      const uint32_t at = s.tokens[tok].begin;
      int q = -1;
      for (size_t qi = 0; qi < quotes.size(); ++qi)
        if (quotes[qi].direct && quotes[qi].content_at.begin <= at && at < quotes[qi].content_at.end)
          q = static_cast<int>(qi);
      return q;
    };
    for (const auto& v : m.verbs) {
      const int quote = quote_at(v.tok_begin);
      const std::string speaker_code = quote >= 0 ? quotes[static_cast<size_t>(quote)].speaker_code : "";
      // The actors on the verb's side of the quotation marks.
      std::vector<Slot> slots;
      for (const auto& act : m.actors) {
        if (act.place || act.code.empty() || quote_at(act.tok_begin) != quote || in_place_name(s, act)) continue;
        std::string code = act.code;
        if (act.country.empty() && act.code == act.role) {
          // A bare role ("the president", "the top government spokesman") is the last person named
          // who held such an office; otherwise it names no one we can code.
          const auto* p = a.ctx.last_person_titled(s.tokens[act.tok_begin].begin, s.tokens[act.tok_end - 1].norm,
                                                   a.dict, a.date);
          if (!p) continue;
          code = p->code;
        }
        slots.push_back({act.tok_begin, act.tok_end, code});
      }
      for (uint32_t t = 0; t < s.tokens.size(); ++t) {
        uint32_t end = 0;
        if (quote_at(t) != quote || !plural_of_two(s, t, end)) continue;
        const auto sides = a.ctx.last_two_sides(s.tokens[t].begin);
        for (const auto& code : sides) slots.push_back({t, end, code, false, static_cast<int>(t)});
      }
      // A name already given in full, now written short: "Moon agreed" after "President Moon Jae-in".
      for (uint32_t t = 0; t < s.tokens.size(); ++t) {
        const auto& tok = s.tokens[t];
        if (!tok.word || !tok.upper || tok.norm.size() < 3 || quote_at(t) != quote) continue;
        if (std::any_of(m.actors.begin(), m.actors.end(), [&](const ActorMention& x) { return x.tok_begin <= t && t < x.tok_end; }))
          continue;
        if (const auto* p = a.ctx.person_by_word(tok.begin, tok.norm, a.dict)) slots.push_back({t, t + 1, p->code});
      }
      // Inside a quote, "we" and "us" are the speaker's side.
      if (quote >= 0 && !speaker_code.empty())
        for (uint32_t t = 0; t < s.tokens.size(); ++t)
          if (is_first_person(s.tokens[t].norm) && quote_at(t) == quote) slots.push_back({t, t + 1, speaker_code});
      std::sort(slots.begin(), slots.end(), [](const Slot& x, const Slot& y) { return x.b < y.b; });
      mark_objects(s, slots);

      const Slot* source = nullptr;
      const Slot* target = nullptr;
      Slot stand_in{v.tok_begin, v.tok_begin, {}};
      Slot stand_in_target{v.tok_end, v.tok_end, {}};
      const uint32_t cs = clause_start(s, v.tok_begin);
      const uint32_t ce = std::min(clause_end(s, v.tok_end), v.tok_end + 20);

      // Passive: "sanctions imposed by Japan" — the actor after "by" acts.
      const Slot* by_agent = nullptr;
      if (v.source_at < 0)
        for (uint32_t t = v.tok_end; t < std::min<uint32_t>(v.tok_end + 2, static_cast<uint32_t>(s.tokens.size())); ++t)
          if (s.tokens[t].norm == "by")
            for (const auto& sl : slots)
              if (sl.b == t + 1 || (sl.b == t + 2 && in(kDeterminers, s.tokens[t + 1].norm))) by_agent = &sl;

      // "Russia's decision to suspend talks": the possessor of the intent acts, not the subject
      // of the sentence ("Kishida called Russia's decision ... unfair").
      const Slot* possessor = nullptr;
      if (v.source_at < 0 && v.tok_begin >= 4 && s.tokens[v.tok_begin - 1].norm == "to" &&
          in(kIntentNouns, s.tokens[v.tok_begin - 2].norm) && s.tokens[v.tok_begin - 3].norm == "'s")
        for (const auto& sl : slots)
          if (sl.e == v.tok_begin - 3) possessor = &sl;

      if (possessor) {
        source = possessor;
      } else if (v.source_at >= 0) {
        for (const auto& sl : slots)
          if (sl.b >= static_cast<uint32_t>(v.source_at)) {
            source = &sl;
            break;
          }
      } else if (by_agent) {
        source = by_agent;
      } else {
        // The subject: the first actor of the verb's clause, else the nearest one before it.
        for (const auto& sl : slots)
          if (sl.b >= cs && sl.e <= v.tok_begin && !sl.object) {
            source = &sl;
            break;
          }
        // Earlier clauses lend their subject only when this one has none of its own: "..., to launch
        // sanctions", "as the Asian country has imposed" — but not "adding the Lima forum offered".
        bool own_subject = false;
        for (uint32_t t = cs; t < v.tok_begin; ++t) {
          const auto& w = s.tokens[t].norm;
          if (t == cs && w == "to") break;
          if ((w == "the" || w == "a" || w == "an") && t + 1 < v.tok_begin) own_subject = true;
          if (in(kDescriptors, w)) {
            own_subject = false;
            break;
          }
        }
        // "..., but he warned": the pronoun is this clause's subject, resolved below.
        for (uint32_t t = cs; t < v.tok_begin; ++t)
          own_subject |= s.tokens[t].norm == "he" || s.tokens[t].norm == "she";
        if (!source && !own_subject)
          for (const auto& sl : slots)
            if (sl.e <= v.tok_begin && !sl.object) source = &sl;
      }
      // The verb is a statement's cue ("..., he said, accusing Japan"): its speaker, as the quote
      // pass resolved it, speaks when the clause names no one.
      const Quote* cue_of = nullptr;
      for (const auto& q : quotes)
        if (!q.speaker_code.empty() && q.cue_at.begin <= s.tokens[v.tok_begin].begin &&
            s.tokens[v.tok_begin].begin < q.cue_at.end)
          cue_of = &q;
      if (!source) {
        if (quote >= 0 && !speaker_code.empty()) {
          stand_in.code = speaker_code;
        } else if (cue_of) {
          stand_in.code = cue_of->speaker_code;
        } else {
          for (uint32_t t = cs; t < v.tok_begin; ++t)
            if (s.tokens[t].norm == "he" || s.tokens[t].norm == "she") {
              const auto* subject = clause_subject_for_pronoun(a, si, t);
              const auto* p = subject ? nullptr : a.ctx.last_person(s.tokens[t].begin);
              if (subject) stand_in = {t, t + 1, subject->code};
              else if (p) stand_in = {t, t + 1, p->code};
            }
        }
        if (bare_role(a.dict, stand_in.code)) stand_in.code = last_in_role(a, si, v.tok_begin, stand_in.code);
        if (!stand_in.code.empty()) source = &stand_in;
      }
      if (!source) continue;

      // Compound source: "Russia and Japan are holding consultations", "the two leaders met".
      std::vector<const Slot*> sources{source};
      if (source->group >= 0)
        for (const auto& sl : slots)
          if (&sl != source && sl.group == source->group) sources.push_back(&sl);
      for (const auto& sl : slots) {
        if (&sl == source || sl.e > v.tok_begin) continue;
        if (sl.e + 1 == source->b && s.tokens[sl.e].norm == "and") sources.insert(sources.begin(), &sl);
        if (source->e + 1 == sl.b && s.tokens[source->e].norm == "and") sources.push_back(&sl);
      }
      // Listed subjects: "Seoul, Washington and Tokyo condemned".
      for (bool grew = true; grew;) {
        grew = false;
        for (const auto& sl : slots) {
          if (sl.object || sl.e > v.tok_begin || std::find(sources.begin(), sources.end(), &sl) != sources.end()) continue;
          if (sl.e < sources.front()->b && coordinated(s, sl.e, sources.front()->b)) sources.insert(sources.begin(), &sl), grew = true;
          else if (sl.b > sources.back()->e && coordinated(s, sources.back()->e, sl.b)) sources.push_back(&sl), grew = true;
        }
      }
      auto unrelated = [&](const Slot& sl) {
        return std::none_of(sources.begin(), sources.end(), [&](const Slot* x) { return same_side(x->code, sl.code); });
      };

      if (by_agent) {
        // The passive's subject is its target: "the sanctions imposed by Japan on Russia" aside.
        for (const auto& sl : slots)
          if (sl.e <= v.tok_begin && unrelated(sl)) target = &sl;
        for (const auto& sl : slots)
          if (!target && sl.b > by_agent->e && sl.b < ce && unrelated(sl)) target = &sl;
      } else {
        const uint32_t from = v.target_at >= 0 ? static_cast<uint32_t>(v.target_at) : v.tok_begin;
        for (const auto& sl : slots)
          if (sl.b >= from && sl.b < std::max(ce, v.tok_end) && unrelated(sl) && !partner(s, sl.b) &&
              !names_a_document(s, sl)) {
            target = &sl;
            break;
          }
        const int quad = quad_class(v.pattern->code);
        if (!target && v.source_at < 0 && sources.size() == 1 && (quad == 1 || quad == 3)) {
          // A statement's target can stand in the clause before: "Responding to Putin's statement,
          // Hayashi called it unfair".
          const uint32_t source_clause = clause_start(s, source->b);
          for (const auto& sl : slots)
            if (sl.e <= source_clause && unrelated(sl)) target = &sl;
        }
      }
      // "Tokyo rejected that idea", "condemned the launch": an act named in the previous sentence,
      // whose doer is that sentence's subject.
      if (!target && !by_agent && v.source_at < 0 && v.target_at < 0 && si > 0 && quad_class(v.pattern->code) >= 3 &&
          (anaphoric_object(s, v.tok_end) || anaphoric_object(s, v.tok_begin + 1)))  // "called the remark wrong"
        for (const auto& act : a.matches[si - 1].actors) {
          if (act.place || act.code.empty() || bare_role(a.dict, act.code)) continue;
          const uint32_t t = before_determiners(a.sentences[si - 1], act.tok_begin);
          if (t > 0 && in(kPrepositions, a.sentences[si - 1].tokens[t - 1].norm)) continue;
          // The source's own side named first ("whether he considered Xi ..., Biden said") is
          // not who it answers; the next actor is.
          stand_in_target = {v.tok_end, v.tok_end, act.code};
          if (!unrelated(stand_in_target)) continue;
          target = &stand_in_target;
          break;
        }
      // Listed objects: "agreements with Turkey and the United Nations", "welcomed the two delegations".
      std::vector<const Slot*> targets;
      if (target) targets.push_back(target);
      for (size_t i = 0; target && i < slots.size(); ++i) {
        const Slot& sl = slots[i];
        if (&sl == target || !unrelated(sl)) continue;
        if ((target->group >= 0 && sl.group == target->group) ||
            (sl.b > targets.back()->e && sl.b < std::max(ce, v.tok_end) && coordinated(s, targets.back()->e, sl.b)))
          targets.push_back(&sl);
      }
      std::vector<std::pair<const Slot*, const Slot*>> pairs;
      if (target) {
        for (const auto* src : sources)
          for (const auto* tgt : targets) pairs.push_back({src, tgt});
      } else if (sources.size() == 2) {
        pairs.push_back({sources[0], sources[1]});
        pairs.push_back({sources[1], sources[0]});
      }
      // "signed agreements with Turkey": both parties sign, so the partner signs too; "held talks
      // with Putin": a meeting is both sides' (a visit and its hosting are not).
      const auto& pc = v.pattern->code;
      const bool meeting = pc.starts_with("04") && !pc.starts_with("042") && !pc.starts_with("043");
      Event planned;  // one side's intent to meet is not the other's
      set_flags(s, v, planned);
      if (target && (pc.starts_with("057") || (meeting && !planned.future))) {
        const uint32_t t = before_determiners(s, target->b);
        if (t > 0 && s.tokens[t - 1].norm == "with")
          for (size_t i = 0, n = pairs.size(); i < n; ++i) pairs.push_back({pairs[i].second, pairs[i].first});
      }
      const auto* type = a.dict.event_type(v.pattern->code);
      for (const auto& [src, tgt] : pairs) {
        if (same_side(src->code, tgt->code)) continue;
        // Two patterns of one sentence saying the same thing are one event.
        if (std::any_of(events.begin(), events.end(), [&](const Event& x) {
              return x.sentence == si && x.source == src->code && x.target == tgt->code && x.code == v.pattern->code;
            }))
          continue;
        Event e;
        e.sentence = si;
        e.source = src->code;
        e.target = tgt->code;
        e.code = v.pattern->code;
        e.label = type ? type->label : "";
        e.plover = type ? type->plover : "";
        e.goldstein = type ? type->goldstein : 0;
        e.quad = type ? type->quad : quad_class(e.code);
        e.source_at = bytes_of(s, src->b, src->e);
        e.target_at = bytes_of(s, tgt->b, tgt->e);
        e.verb_at = bytes_of(s, v.tok_begin, v.tok_end);
        e.pattern = v.pattern->file.substr(v.pattern->file.find_last_of('/') + 1) + ":" + std::to_string(v.pattern->line);
        e.quote = quote;
        set_flags(s, v, e);
        // "would continue their discussions", "will discuss the matter": a meeting still to come is
        // an intent to meet (036), not a meeting.
        if (e.future && !e.negated && e.code.starts_with("04") && !e.code.starts_with("042") && e.code != "036") {
          if (const auto* intent = a.dict.event_type("036")) {
            e.code = "036";
            e.label = intent->label;
            e.plover = intent->plover;
            e.goldstein = intent->goldstein;
            e.quad = intent->quad;
          }
          if (std::any_of(events.begin(), events.end(), [&](const Event& x) {
                return x.sentence == si && x.source == e.source && x.target == e.target && x.code == e.code;
              }))
            continue;
        }
        events.push_back(std::move(e));
      }
    }
  }
}

}  // namespace demarche
