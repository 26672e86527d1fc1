// TABARI's 2012 dictionaries in ../shared (CountryInfo + Internatnl actors, PSU agents, the CAMEO
// master verbs and options): the set the agreement figures and the speed benchmark use. Shared by
// bench/tabari_bench.cc and the tests.
#pragma once

#include <string>

#include "tabari/tabari.h"

namespace demarche::tabari {

inline Project tabari_2012_project(const std::string& shared_dir) {
  const std::string dicts = shared_dir + "/bench/tabari/dictionaries/";
  Project p;
  p.actors = {dicts + "CountryInfo.120116.actors", dicts + "Internatnl.120521.actors"};
  p.agents = {dicts + "PSU.120522.agents"};
  p.verbs = {dicts + "CAMEO.091003.master.verbs"};
  p.options = dicts + "CAMEO.09b5.options";
  return p;
}

}  // namespace demarche::tabari
