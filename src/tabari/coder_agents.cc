// Agents (manual 5.4): the actor each agent joins, TABARI's way and PETRARCH's, and an agent
// with none standing alone; run once after classify, before compounds.
#include <algorithm>

#include "tabari/coder_state.h"

namespace demarche::tabari {

// The actor an agent belongs to (manual 5.4): the actor right before it ("Israeli police", or
// "Arnor former security officials" with FORMER between), else the one right after it, else one
// right after IN or OF (PETRARCH: also FROM, and across a determiner) ("president of Ithilen");
// -1 when none. `before` tells which side.
int Coder::Impl::agent_actor(const std::vector<Tok>& t, int i, bool& former, bool& before, bool petrarch) const {
  const int p = prev_word(t, i);
  const int q = next_word(t, i);
  former = p >= 0 && t[p].w == "FORMER";
  const int pp = former ? prev_word(t, p) : -1;
  before = true;
  if (p >= 0 && t[p].type == tActor) return p;
  if (pp >= 0 && t[pp].type == tActor) return pp;
  before = false;
  if (q >= 0 && t[q].type == tActor) return q;
  // TABARI does not reach across a determiner: "a gold investment company in the Isle of Man" is
  // GBRIMY, and "industry in the United States" USA, in its reuters-dev output (R4647-1, R5397-2).
  if (q >= 0 && (t[q].w == "OF" || t[q].w == "IN" || (petrarch && t[q].w == "FROM"))) {
    int r = next_word(t, q);
    if (petrarch && r >= 0 && t[r].type == tDeterm) r = next_word(t, r);
    if (r >= 0 && t[r].type == tActor) return r;
  }
  return -1;
}

// The agent i with FORMER before it or before `actor` made ELI.
Agent Coder::Impl::effective_agent(const std::vector<Tok>& t, int i, int actor, bool former) const {
  const int pa = prev_word(t, actor);
  Agent eff = d.agents[entries[t[i].entry].id];
  if (former || (pa >= 0 && t[pa].w == "FORMER")) eff.code = "ELI";
  return eff;
}

void Coder::Impl::add_agent(Tok& x, const Agent& eff) {
  x.agent = true;
  for (auto& c : x.codes) c = merge_agent(c, eff);
}

// Agent i joins `actor`'s codes and is consumed by it; returns the agent as it joined.
Agent Coder::Impl::join_agent(std::vector<Tok>& t, int i, int actor, bool former) const {
  const Agent eff = effective_agent(t, i, actor, former);
  add_agent(t[actor], eff);
  t[actor].agent_entry = eff.code == d.agents[entries[t[i].entry].id].code ? t[i].entry : -2;
  t[i].type = tLitr;
  t[i].ref = actor;
  return eff;
}

// An agent left without an actor stands alone, its missing actor written as `none`.
void Coder::Impl::agent_as_actor(Tok& x, bool former, const std::string& none) const {
  const Agent& a = d.agents[entries[x.entry].id];
  x.type = tActor;
  x.codes = {a.after_actor ? none + a.code : a.code + none};
  if (former) x.codes = {none + "ELI"};
}

// An actor takes one agent, and the agent that follows it comes first (one between two actors
// goes to both, below): "Bank of Japan governor Sumita" is JPNGOV, "state-owned Philippine
// National Bank" PHLGOVBUS, as TABARI codes them on reuters-dev. An agent left without an actor
// becomes one under SET: CONVERT AGENTS.
void Coder::Impl::attach_agents(Work& w, const Options& o) const {
  if (o.petrarch) return attach_agents_petrarch(w);
  auto& t = w.t;
  const int n = static_cast<int>(t.size());
  std::vector<uint8_t> has_agent(n, 0);
  for (const bool after_actor : {true, false})
    for (int i = 0; i < n; ++i) {
      if (t[i].type != tAgent) continue;
      bool former = false, before = false;
      const int actor = agent_actor(t, i, former, before, false);
      if (actor < 0 || before != after_actor || has_agent[actor]) continue;
      has_agent[actor] = 1;
      join_agent(t, i, actor, former);
    }
  // An agent between two actors goes to both, the second one taking it (across IN or OF too)
  // when no agent follows that one: "Turkish Prime Minister Turgut Ozal" is TURGOV and
  // TURELIGOV, and "Hongkong Bank of Canada" HKGBUS and CANBUS, in TABARI's reuters-dev output
  // (R9831-4, R4012-2).
  for (int i = 0; i < n; ++i) {
    if (t[i].type != tLitr || t[i].ref < 0 || t[i].ref >= i || t[i].entry < 0 || entries[t[i].entry].kind != kAgent) continue;
    const int actor = t[i].ref;
    int q = next_word(t, t[i].end);
    if (q >= 0 && (t[q].w == "OF" || t[q].w == "IN")) q = next_word(t, q);
    if (q < 0 || t[q].type != tActor || has_agent[q]) continue;
    bool former = false;
    const int pa = prev_word(t, actor);
    if (pa >= 0 && t[pa].w == "FORMER") former = true;
    has_agent[q] = 1;
    add_agent(t[q], effective_agent(t, i, actor, former));
    t[q].agent_entry = t[actor].agent_entry;
  }
  if (!o.convert_agents) return;
  for (int i = 0; i < n; ++i) {
    if (t[i].type != tAgent) continue;
    bool former = false, before = false;
    agent_actor(t, i, former, before, false);
    agent_as_actor(t[i], former, "~");
  }
}

// PETRARCH: every agent joins its actor, in text order, a possessive one first; an agent
// without one is an actor of its own, written "---" ("a senior official": ---GOV).
void Coder::Impl::attach_agents_petrarch(Work& w) const {
  auto& t = w.t;
  for (int i = 0; i < static_cast<int>(t.size()); ++i) {
    if (t[i].type != tAgent) continue;
    bool former = false, before = false;
    int actor = agent_actor(t, i, former, before, true);
    if (const int owner = possessor(t, i); owner >= 0) {
      actor = owner;
      // The words between are one noun phrase: "awful and evil" splits no clause.
      for (int j = owner + 1; j < i; ++j)
        if (t[j].type == tConj) t[j].absorbed = true;
    }
    if (actor >= 0) join_agent(t, i, actor, former);
    else agent_as_actor(t[i], former, "---");
  }
}

// PETRARCH: a possessive actor a few modifiers before the agent is its actor ("Dagolath's first
// Deputy Prime Minister": DAGGOV, DEMO-02; "Ithilen's awful and evil minister": COMPOUND-17).
int Coder::Impl::possessor(const std::vector<Tok>& t, int agent) const {
  int j = prev_word(t, agent);
  for (int hops = 0; j >= 0 && hops < 4; ++hops, j = prev_word(t, j)) {
    if (t[j].type == tActor) {
      const auto& last = t[t[j].end].w;
      return last.ends_with("'S") || last.ends_with("'") ? j : -1;
    }
    if (t[j].type != tNull && t[j].type != tAdj && t[j].type != tConj) return -1;
  }
  return -1;
}

// PETRARCH: agents joined by a conjunction share an actor ("Danish media and government":
// DNKMED and DNKGOV, COMPOUND-25; "lawmakers and officials in Fornost": COMPOUND-09).
void Coder::Impl::paired_agents(Work& w) const {
  auto& t = w.t;
  for (int i = 0; i < static_cast<int>(t.size()); ++i) {
    if (t[i].type != tConj) continue;
    const int p = prev_word(t, i), q = next_word(t, i);
    if (!is_agent(t, p) || !is_agent(t, q)) continue;
    int from = -1, to = -1;
    if (t[p].ref >= 0 && t[q].type == tActor) from = p, to = q;
    else if (t[q].ref >= 0 && t[p].type == tActor) from = q, to = p;
    else continue;
    auto& actor = t[t[from].ref];
    const Agent& a = d.agents[entries[t[to].entry].id];
    for (const auto& b : actor.base) {
      auto code = merge_agent(b, a);
      if (std::find(actor.codes.begin(), actor.codes.end(), code) == actor.codes.end()) actor.codes.push_back(code);
    }
    t[to].type = tLitr;
    t[to].ref = t[from].ref;
    t[to].codes.clear();
    t[i].absorbed = true;
  }
}

// PETRARCH: the agents before an actor that opens a compound are every member's agents ("the
// ambassadors of Arnor, Osgiliath and Gondor": DEMO-08).
void Coder::Impl::spread_agents(Work& w) const {
  auto& t = w.t;
  for (const auto& members : w.compounds) {
    const int first = members.front();
    std::vector<const Agent*> agents;
    for (int i = 0; i < first; ++i)
      if (is_agent(t, i) && t[i].ref == first) agents.push_back(&d.agents[entries[t[i].entry].id]);
    if (agents.empty()) continue;
    for (int m : members) {
      if (m == first || t[m].codes != t[m].base) continue;  // a member with its own agent keeps it
      std::vector<std::string> codes;
      for (const auto& b : t[m].base)
        for (const Agent* a : agents) codes.push_back(merge_agent(b, *a));
      t[m].codes = std::move(codes);
    }
  }
}

}  // namespace demarche::tabari
