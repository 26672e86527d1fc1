// libFuzzer target: TABARI options reader (never crashes, never hangs, on any bytes).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tabari/tabari.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  demarche::tabari::Options o;
  demarche::tabari::Diagnostics diags;
  demarche::tabari::read_options(text, "fuzz.options", o, diags);
  return 0;
}
