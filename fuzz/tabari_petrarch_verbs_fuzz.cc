// libFuzzer target: PETRARCH verbs reader (never crashes, never hangs, on any bytes).
#include "reader_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return fuzz_dictionary_reader(data, size, [](std::string_view text, demarche::tabari::Dictionaries& d) {
    demarche::tabari::read_petrarch_verbs(text, "fuzz.verbs.txt", d);
  });
}
