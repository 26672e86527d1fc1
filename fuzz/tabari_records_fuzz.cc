// libFuzzer target: TABARI records reader (never crashes, never hangs, on any bytes).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tabari/tabari.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  // The record reader, then the coder over each record with a tiny fixed dictionary.
  static const demarche::tabari::Coder* coder = [] {
    demarche::tabari::Dictionaries d;
    demarche::tabari::read_actors("NORTHLAND_ [NTH]\nEAST [EST <950101] [ESTGOV]\n", "a", d);
    demarche::tabari::read_agents("MINISTER_ [~GOV]\n", "g", d);
    demarche::tabari::read_verbs("PRAISE_ [051]\n- * { A | B_C } [052]\n- + WAS_* BY_ $ [053:054]\n", "v", d);
    return new demarche::tabari::Coder(d);
  }();
  demarche::tabari::Options o;
  o.minimum_words = 1;
  demarche::tabari::read_records(text, [&](demarche::tabari::Record&& r) {
    std::string err;
    for (const auto& line : r.options) demarche::tabari::apply_option(line, o, err);
    (void)coder->code(r, o);
  });
  return 0;
}
