// libFuzzer target: PETRARCH validation XML reader (never crashes, never hangs, on any bytes).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tabari/tabari.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  // The XML reader, then the coder over each record with a tiny fixed PETRARCH dictionary.
  static const demarche::tabari::Coder* coder = [] {
    demarche::tabari::Dictionaries d;
    demarche::tabari::read_petrarch_actors("NORTHLAND_ [NTH] # a comment\n<!-- x -->\nEAST [EST]\n", "a", d);
    demarche::tabari::read_petrarch_agents("MINISTER_ [~GOV]\n", "g", d);
    demarche::tabari::read_petrarch_verbs(
        "&KIND\n+WARM\n+COLD\n\n--- PRAISE [051] ---\nPRAISE {PRAISED}\n- * &KIND [052]\n- + WAS_* BY_ $ [053:054]\n",
        "v", d);
    demarche::tabari::read_petrarch_discards("+TYPHOON\nBASEBALL\n", "x", d);
    return new demarche::tabari::Coder(d);
  }();
  demarche::tabari::Options o;
  o.minimum_words = 1;
  o.yyyy = true;
  demarche::tabari::PetrarchEnvironment env;
  demarche::tabari::Diagnostics diags;
  demarche::tabari::read_petrarch_records(text, "fuzz.xml", env, [&](demarche::tabari::PetrarchRecord&& r) {
    (void)coder->code(r.record, o);
  }, diags);
  return 0;
}
