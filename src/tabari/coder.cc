// One record through TABARI's coding (manual chapters 5-7): Impl::code runs the stages of the
// coder_*.cc files, judges complexity, splits clauses and picks sources and targets; the Coder API.
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "base/civil_date.h"
#include "tabari/coder_state.h"

namespace demarche::tabari {

namespace {

int32_t record_day(std::string_view date, bool yyyy) {
  int32_t v = 0;
  // TABARI reads the first six (YYYY: eight) characters of the header as the date.
  if (date.size() > (yyyy ? 8u : 6u)) date = date.substr(0, yyyy ? 8 : 6);
  if (!parse_yymmdd(date, v, yyyy)) return -1;
  return v;
}

}  // namespace

// One word per token: the word, '/' and its type letter, codes for actors, '->' a pronoun's
// referent; eliminated words in [], compound members followed by {id}.
std::string Coder::Impl::trace_of(const std::vector<Tok>& t) {
  static const char* kType = "-LAGVTXDNJaBcPCn";
  std::string s;
  for (size_t i = 0; i < t.size(); ++i) {
    const Tok& x = t[i];
    std::string w = x.w + "/" + kType[x.type];
    if (!x.codes.empty()) {
      w += "=";
      for (size_t k = 0; k < x.codes.size(); ++k) w += (k ? "," : "") + x.codes[k];
    }
    if (x.ref >= 0) w += fmt::format("->{}", x.ref);
    if (x.compound >= 0) w += fmt::format("{{{}}}", x.compound);
    if (x.owner >= 0) w += fmt::format("^{}", x.owner);
    if (x.removed) w = "[" + w + "]";
    s += fmt::format("{}:{} ", i, w);
  }
  return s;
}

Result Coder::Impl::code(const Record& r, const Options& o, Forward* state) const {
  Result res;
  Work w;
  w.day = record_day(r.date, o.yyyy);
  if (w.day < 0) { res.outcome = Outcome::kBadDate; res.reason = "bad date " + r.date; return res; }
  bool all_caps = false;
  bool overflow = false;
  w.t = filter(r.text, all_caps, overflow);
  auto& t = w.t;
  if (static_cast<int>(t.size()) < o.minimum_words) { res.outcome = Outcome::kTooShort; return res; }
  if (overflow) { w.complex = true; w.why = "excessive words"; }
  classify(w, all_caps);
  if (w.discard) { res.outcome = Outcome::kDiscard; res.reason = w.why; return res; }
  attach_agents(w, o);
  if (o.petrarch) paired_agents(w);
  compounds(w, o);
  if (o.petrarch) spread_agents(w);
  {
    std::string_view x = r.text;
    while (!x.empty() && (x.back() == ' ' || x.back() == '\t' || x.back() == '\n' || x.back() == '\r' ||
                          x.back() == '"' || x.back() == '\''))
      x.remove_suffix(1);
    w.terminated = !x.empty() && (x.back() == '.' || x.back() == '?' || x.back() == '!');
  }
  comma_clauses(w, o);
  forward(w, r, o, state);
  pronouns(w, o);
  if (o.trace) res.trace = trace_of(t);
  if (w.discard) { res.outcome = Outcome::kDiscard; res.reason = w.why; return res; }

  const RecordWords words = prefilter.words_of(t);
  // Time shift: the first non-null time phrase.
  const bool shifting = o.time_shift == 1 || (o.time_shift == -1 && !d.times.empty());
  std::string date = r.date;
  const int n = static_cast<int>(t.size());
  std::vector<int> all, every_word(n);
  for (int i = 0; i < n; ++i) {
    every_word[i] = i;
    if (!t[i].removed) all.push_back(i);
  }

  if (shifting && !shifted_date(w, every_word, r, o, words, date, res)) return res;
  res.shifted_date = date;

  if (const std::string why = complexity(w, all, o); !why.empty()) {
    res.outcome = Outcome::kComplex;
    res.reason = why;
    return res;
  }

  size_t fresh = 0;  // the clause that takes no source over from the one before
  const std::vector<std::pair<int, int>> clauses = clauses_of(w, all, o, fresh);

  struct Ev {
    std::vector<std::string> src, tgt;
    EventCode code;
    const Pattern* pat;
    std::string root;
    bool reflexive = false;  // a compound source that is its own target: each pair once
    bool distinct = false;   // two single actors: kept even when their codes coincide
    // TABARI: who each code stands for (dictionary code and agent entry); an event whose source
    // and target are the same one is dropped, whatever the tokens.
    std::vector<std::string> src_who, tgt_who;
  };
  std::vector<Ev> evs;
  // Who the codes of `tok` stand for, each: its dictionary code and its agent entry (none for a
  // bare source), as TABARI compares actors (actor code and agent, not the merged code).
  auto who_of = [&](int tok, bool bare, bool whole) {
    std::vector<std::string> v;
    if (tok < 0) return v;
    if (t[tok].type == tPronoun && !t[tok].own) tok = t[tok].ref;
    if (tok < 0) return v;
    std::vector<int> toks{tok};
    if (whole && t[tok].compound >= 0) toks = w.compounds[t[tok].compound];
    for (int m : toks) {
      const auto& b = t[m].base.empty() ? t[m].codes : t[m].base;
      const int agent = bare ? -1 : t[m].agent_entry;
      for (const auto& c : b) v.push_back(c + "|" + std::to_string(agent));
    }
    return v;
  };
  auto codes_of = [&](int tok) -> std::vector<std::string> {
    if (tok < 0) return {};
    const Tok& x = t[tok];
    if (x.type == tPronoun && x.own && !x.codes.empty()) return x.codes;
    if (x.type == tPronoun && x.ref >= 0) return codes_of_actor(t, w, x.ref);
    return codes_of_actor(t, w, tok);
  };
  auto key = [&](int tok) { return identity(t, tok); };
  // A compound's first member, or a pronoun standing for the compound.
  auto compound_head = [](const std::vector<Tok>& tt, const Work& ww, int tok) {
    if (tok < 0) return false;
    if (tt[tok].type == tPronoun && !tt[tok].own) tok = tt[tok].ref;
    return tok >= 0 && tt[tok].compound >= 0 && ww.compounds[tt[tok].compound][0] == tok;
  };
  auto bare_key = [&](int tok) { return first_code(t[tok].base) + "|" + first_code(t[tok].base) + "|-1"; };
  bool src_bare = false;  // this verb's source is the clause's bare opening actor
  int source = -1;  // actor token
  // The source a clause opening with an actor sets is that actor's dictionary code alone, its
  // agent aside: "ICCO council chairman and Ivorian agriculture minister Denis Bra Kanon said"
  // is CIV/CIVGOVAGR/013 in TABARI's reuters-dev output (R10760-12), the agent's actor the
  // target found searching back.
  bool source_bare = false;
  bool regular_source = false;  // some event's source was found by the search, not by a $
  bool reflexive = false;
  bool stop_all = false;
  for (size_t ci = 0; ci < clauses.size() && !stop_all; ++ci) {
    auto [lo, hi] = clauses[ci];
    Ctx c{&t, &all, lo, hi, &words, o.petrarch};
    if (!o.petrarch) {
      // TABARI passes over a clause of one or two words, eliminated ones counted ("sheep and
      // goats" is no clause): "Gondor alleged and acknowledged that Calenardon might affirm an
      // attack by Osgiliath soldiers" carries no source from "Gondor alleged" (COMPLEX-05).
      const int first_tok = lo == 0 ? 0 : all[lo - 1] + 1;
      const int last_tok = (hi < static_cast<int>(all.size()) ? all[hi] : n) - 1;
      if (last_tok - first_tok < 2) continue;
    }
    if (ci == 0 || ci == fresh) {
      source = -1;
      source_bare = false;
    } else if (lo < hi && is_actor_pos(c, lo) && (o.petrarch || all[lo] == all[lo - 1] + 1)) {
      // (The clause's first word: not one after an eliminated comma clause opening it.)
      source = actor_of(c, lo);
      source_bare = !o.petrarch && t[source].agent && t[source].compound < 0 && t[source].type == tActor;
    }
    bool found_in_clause = false;
    bool sub_pending = false;
    for (int k = lo; k < hi && !found_in_clause; ++k) {
      const Tok& x = t[all[k]];
      if (x.type != tVerb) continue;
      const auto& v = d.verbs[entries[x.entry].id];
      Found f;
      const int kend = last_of(c, k);
      const Pattern* p = nullptr;
      if (o.petrarch) {
        p = match_verb(v, c, k, kend, f);
      } else {
        // TABARI matches a pattern's words against every word, those of eliminated comma
        // clauses too (only their actors and verbs are gone: is_actor_pos), up to the end of the
        // verb's clause after it and back to the start of the sentence before it. reuters-dev
        // R10024-3 ("..., Eastern could add four non-stop flights from the U.S." eliminated) is
        // BRA/ARG/014 and R1899-2 ("Baghdad war communiques made no mention ..., but a military
        // spokesman threatened a resumption of air raids") IRQ/IRN/195 in TABARI's output;
        // agreement 1651 -> 1711 events.
        const int thi = hi < static_cast<int>(all.size()) ? all[hi] : n;
        Ctx wc{&t, &every_word, 0, thi, &words};
        p = match_verb(v, wc, all[k], last_of(wc, all[k]), f);
      }
      const EventCode& ec = p ? p->code : v.code;
      if (o.trace)
        res.trace += fmt::format("\n  clause {} verb {} (root {}) pattern '{}' code {}", ci, x.w, v.text,
                                 p ? p->text : "", ec.special == Special::kNull ? "---" : ec.code);
      if (ec.special == Special::kDiscard) { res.outcome = Outcome::kDiscard; res.reason = "discard pattern"; return res; }
      if (ec.special == Special::kComplex) { res.outcome = Outcome::kComplex; res.reason = "complex pattern"; return res; }
      if (ec.empty() || ec.special == Special::kNull) continue;
      // PETRARCH's % is a compound in the source's place before the verb, in the target's
      // after it ("Eriador agrees with the Philippines and France": COMPOUND-42).
      if (o.petrarch && f.both >= 0 && t[f.both].compound >= 0) {
        (f.both < all[k] ? f.source : f.target) = f.both;
        f.both = -1;
      }
      // Source and target.
      int src = f.source, tgt = f.target;
      std::vector<std::string> srcc, tgtc, src_who, tgt_who;
      bool members_apart = false;  // srcc holds a compound's other members, each apart from the target
      if (f.both >= 0 && is_compound(t, f.both)) {
        // %: each ordered pair of members once (the paired code gives the reverse).
        std::vector<std::string> members = expand(t, w, f.both);
        for (size_t i2 = 0; i2 < members.size(); ++i2)
          for (size_t j2 = 0; j2 < members.size(); ++j2)
            // Every ordered pair of members; a paired code adds each pair's reverse too
            // (PATTERN-26, COMPOUND-06).
            if (j2 != i2)
              evs.push_back({{members[i2]}, {members[j2]}, ec, p, v.text, false, false, {}, {}});
        found_in_clause = !ec.subordinate && o.code_by != CodeBy::kAll;
        if (o.code_by == CodeBy::kSentence && !ec.subordinate) stop_all = true;
        continue;
      } else if (f.both >= 0) {
        continue;  // % needs a compound
      } else {
        const bool designated = src >= 0 || tgt >= 0;
        bool src_single = false, tgt_single = false;
        reflexive = false;
        src_bare = false;
        if (src < 0) {
          // First actor prior to the verb (from the clause start, or the carried source).
          int cand = -1;
          const std::string tcode = tgt >= 0 ? key(tgt) : "";
          if (ci > 0 && ci != fresh && source >= 0 && (tgt < 0 || key(source) != tcode)) {
            cand = source;
            src_bare = source_bare;
          }
          const int from = ci == 0 ? 0 : lo;
          for (int j = from; j < k && cand < 0; ++j)
            if (is_actor_pos(c, j) && (tgt < 0 || key(actor_of(c, j)) != tcode)) cand = actor_of(c, j);
          src = cand;
          // No actor prior to the verb: DEFAULT: SOURCE [..] PRIOR takes the default; otherwise
          // TABARI is greedy and takes the first actor after the verb (DEFAULT-06a/06b); the
          // target search may then take the next member of its compound (see below).
          if (src < 0 && !(o.default_source_prior && !o.default_source.empty())) {
            for (int j = kend + 1; j < hi && src < 0; ++j)
              if (is_actor_pos(c, j) && (tgt < 0 || key(actor_of(c, j)) != tcode)) src = actor_of(c, j);
            src_single = src >= 0;
          }
        }
        if (tgt < 0) {
          const std::string scode = src < 0 ? "" : src_bare ? bare_key(src) : key(src);
          auto eligible = [&](int j, bool back) {
            if (!is_actor_pos(c, j)) return false;
            const int a = back ? referent_of(c, j) : actor_of(c, j);
            // PETRARCH: an actor a pattern's ^ passed over is no default target. TABARI's ^ only
            // moves the match on: "He accused the U.S. of being irrational ... those of Prime
            // Minister Yasuhiro Nakasone" ("* PRIME MINISTER ^") is USA/JPNGOV/1121 in its
            // reuters-dev output (R10779-16).
            if (o.petrarch)
              for (int sk : f.skipped)
                if (sk == a || same_compound(t, sk, a)) return false;
            // A pronoun for a compound is compared by its first member's own code, before agents,
            // with the source's code: TABARI then takes THEIR for a compound source as its target
            // too (COMPOUND-24, "more of a bug than a feature" in the suite's words).
            const Tok& x = t[all[j]];
            if (x.type == tPronoun && t[a].compound >= 0 && src >= 0 && first_code(t[a].base) != first_code(t[src].codes))
              return true;
            // Searching back from the verb, TABARI passes over nothing but the source's own
            // code, so the last member of a compound source before the verb is the target, for
            // itself, of every member: "Denmark, Norway and Sweden have jointly proposed" is
            // DNK/SWE and NOR/SWE in TABARI's reuters-dev output (R4104-1).
            return (a != src || src_bare) && key(a) != scode && (src_single || back || !same_compound(t, a, src));
          };
          for (int j = kend + 1; j < hi && tgt < 0; ++j)
            if (eligible(j, false)) tgt = actor_of(c, j);
          // No actor after the verb: DEFAULT: TARGET [..] AFTER takes the default (DEFAULT-05);
          // otherwise the first actor before the verb, searching back from it, and by itself
          // when it is in a compound ("the Prince of Dol Amroth, associated with the IMF and
          // Red Cross, and Elrond the chief of military attack intelligence": DOL/ELF, DEBUG-17).
          const bool default_after = o.default_target_after && !o.default_target.empty();
          for (int j = k - 1; j >= (ci == 0 ? 0 : lo) && tgt < 0 && !default_after; --j)
            if (eligible(j, true)) {
              tgt = referent_of(c, j);
              tgt_single = true;
            }
          for (int j = (ci == 0 ? 0 : lo); j < k && tgt < 0 && !default_after; ++j) {
            // The tail of an actor phrase that began in an earlier clause stands for it
            // ("near Durthang and an Orc leader said": DURTHANG ORC, DEBUG-01).
            const Tok& x = t[all[j]];
            if (tgt < 0 && ci > 0 && x.owner >= 0 && x.owner < all[lo] && t[x.owner].type == tActor &&
                key(x.owner) != scode && (src_single || !same_compound(t, x.owner, src)))
              tgt = x.owner;
          }
          // A compound source with no other target is its own target, each pair once
          // ("Bree and Arnor are about to restore ties": BRE/ARN, DEFAULT-07b).
          if (tgt < 0 && !default_after && src >= 0 && !src_single && t[src].compound >= 0) {
            tgt = src;
            reflexive = true;
          }
        }
        // TABARI evaluates the pattern's actors before searching for the others, and the source
        // before the target.
        const int first = f.source >= 0 || f.target < 0 ? src : tgt;
        // Passive voice: WAS/WERE/BEEN one or two words before, BY right after.
        bool swapped = false;
        if (!designated) {
          const bool aux = (k - 1 >= lo && t[all[k - 1]].type == tAuxil) || (k - 2 >= lo && t[all[k - 2]].type == tAuxil);
          // BY right after the verb, or after one modifier ("was opposed earlier by": PASV-04).
          const bool by = (kend + 1 < hi && t[all[kend + 1]].type == tBy) ||
                          (kend + 2 < hi && t[all[kend + 1]].type == tNull && t[all[kend + 2]].type == tBy);
          if (aux && by) {
            std::swap(src, tgt);
            swapped = true;
          }
        }
        // A source found after the verb stands for its whole compound, and a target found in that
        // compound for itself: "761 head of dairy cattle are still available to Gulf countries
        // Kuwait, Bahrain, Oman, Qatar and the United Arab Emirates" is KWT, OMN, QAT and ARE each
        // with BHR in TABARI's reuters-dev output (R5400-5), and DEFAULT-06b GON/BRE.
        if (src_single && !swapped && src >= 0 && t[src].compound >= 0) {
          src_single = false;
          if (same_compound(t, tgt, src)) {
            tgt_single = true;
            // The other members are sources apart from it even with its code: "Economy Minister
            // Youssri Mustapha met President Hosni Mubarak and Egyptian ambassador to Moscow
            // Salah Bassiouni to discuss" is EGYGOV/EGYGOV/046 in TABARI's output (R5278-4).
            members_apart = true;
            for (int m : w.compounds[t[src].compound])
              if (m != tgt) srcc.insert(srcc.end(), t[m].codes.begin(), t[m].codes.end());
          }
        }
        if (!o.petrarch) {
          // TABARI: an actor stands for its compound when it is the compound's first member,
          // else for itself, source and target alike (a compound source that is its own target
          // gives every ordered pair); then events of an actor with itself are dropped (who_of).
          // "Experts called for a campaign ... in Bangladesh, Bhutan, India, Nepal and Pakistan,
          // [...] meeting here said" ("* + MEETING") is BTN with each of BGD, IND, NPL and PAK
          // in TABARI's reuters-dev output (R443-1), the + on the compound's head, the source
          // the next member. Agreement 1775 -> 1784 events.
          reflexive = false;
          members_apart = false;
          const bool src_whole = !src_bare && compound_head(t, w, src), tgt_whole = compound_head(t, w, tgt);
          srcc = src_bare ? t[src].base : src_whole ? expand(t, w, src) : codes_of(src);
          tgtc = tgt_whole ? expand(t, w, tgt) : codes_of(tgt);
          src_who = who_of(src, src_bare, src_whole);
          tgt_who = who_of(tgt, false, tgt_whole);
          if (src_who.size() != srcc.size() || tgt_who.size() != tgtc.size()) src_who.clear(), tgt_who.clear();
        } else {
          if (src_bare) srcc = t[src].base;
          else if (!members_apart) srcc = src_single ? codes_of(src) : expand(t, w, src);
          tgtc = tgt_single ? codes_of(tgt) : expand(t, w, tgt);
        }
        agent_once(t, src, tgt, first, srcc, tgtc);
      }
      if (srcc.empty() && !o.default_source.empty()) srcc = {o.default_source};
      if (tgtc.empty() && !o.default_target.empty()) tgtc = {o.default_target};
      if (o.petrarch && !o.require_dyad && (!srcc.empty() || !tgtc.empty())) {
        if (srcc.empty()) srcc = {"---"};
        if (tgtc.empty()) tgtc = {"---"};
      }
      // TABARI keeps the source its search found for a coded verb even when no target is found:
      // the later clauses' verbs take it. "Swiss banks are holding talks with Protestant and
      // Roman Catholic officials to hear church complaints about lending to South Africa" is
      // CHEBUS/AFR/114 in TABARI's reuters-dev output (R7852-1).
      if (!o.petrarch && tgtc.empty() && src >= 0 && f.source < 0 && source < 0) {
        source = src;
        source_bare = false;
        regular_source = true;
      }
      if (srcc.empty() || tgtc.empty()) continue;
      // A source the pattern's $ named is no source for later verbs until some verb of the
      // record has had its source found by the search (then it is).
      if (f.source < 0) regular_source = true;
      if (f.source >= 0 && !regular_source && !o.petrarch) source = -1;
      else {
        source_bare = src_bare && src == source;
        source = src;
      }
      const bool distinct = members_apart || (!reflexive && src >= 0 && tgt >= 0 && src != tgt && t[src].compound < 0 && t[tgt].compound < 0);
      if (srcc.size() != src_who.size() || tgtc.size() != tgt_who.size()) src_who.clear(), tgt_who.clear();
      evs.push_back({srcc, tgtc, ec, p, v.text, reflexive, distinct, src_who, tgt_who});
      if (ec.subordinate) { sub_pending = true; continue; }
      found_in_clause = true;
      if (o.code_by == CodeBy::kSentence) stop_all = true;
      if (o.code_by == CodeBy::kAll) found_in_clause = false;
    }
    (void)sub_pending;
    // PETRARCH: a first clause with a coded verb and no event carries its first actor as the
    // source (TABARI's own rule is above: the source found for a coded verb).
    bool has_verb = false;
    for (int j = lo; j < hi && !has_verb; ++j)
      has_verb = t[all[j]].type == tVerb && d.verbs[entries[t[all[j]].entry].id].code.special != Special::kNull;
    if (o.petrarch && ci == 0 && !found_in_clause && source < 0 && has_verb) {
      for (int j = lo; j < hi; ++j)
        if (is_actor_pos(c, j)) { source = actor_of(c, j); break; }
    }
  }
  // Subordinate events only when nothing else; dominant events silence the rest.
  const bool any_main = std::any_of(evs.begin(), evs.end(), [](const Ev& e) { return !e.code.subordinate; });
  const bool any_dom = std::any_of(evs.begin(), evs.end(), [](const Ev& e) { return e.code.dominant; });
  for (const auto& e : evs) {
    if (any_main && e.code.subordinate) continue;
    if (any_dom && !e.code.dominant) continue;
    const std::string pat = e.pat ? e.pat->text : e.root;
    for (size_t si = 0; si < e.src.size(); ++si)
      for (size_t gi = 0; gi < e.tgt.size(); ++gi) {
        const std::string& s = e.src[si];
        const std::string& g = e.tgt[gi];
        if (!e.src_who.empty()) {
          if (s == g && e.src_who[si] == e.tgt_who[gi]) continue;
        } else if (s == g && !e.distinct) {
          continue;
        }
        if (e.reflexive && gi < si) continue;
        push(res.events, {date, s, g, e.code.code, pat});
        if (!e.code.paired.empty()) push(res.events, {date, g, s, e.code.paired, pat});
      }
  }
  res.outcome = res.events.empty() ? Outcome::kNoEvents : Outcome::kCoded;
  return res;
}

Coder::Coder(const Dictionaries& d, bool index_patterns) : impl_(std::make_unique<Impl>(d, index_patterns)) {}
Coder::~Coder() = default;
Result Coder::code(const Record& r, const Options& o) const { return impl_->code(r, o, nullptr); }
Result Coder::code(const Record& r, const Options& o, Forward* state) const { return impl_->code(r, o, state); }
bool Coder::has_time_phrases() const { return !impl_->d.times.empty(); }

}  // namespace demarche::tabari
