// libFuzzer target: TABARI actors reader (never crashes, never hangs, on any bytes).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tabari/tabari.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  demarche::tabari::Dictionaries d;
  demarche::tabari::read_actors(text, "fuzz.actors", d);
  if (!d.actors.empty() || !d.verbs.empty() || !d.agents.empty()) {
    demarche::tabari::Coder coder(d);
    demarche::tabari::Record r;
    r.date = "950101";
    r.text = std::string(text.substr(0, 300));
    demarche::tabari::Options o;
    o.minimum_words = 1;
    (void)coder.code(r, o);
  }
  return 0;
}
