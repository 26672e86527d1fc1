// Shared body of the dictionary-reader fuzz targets: read any bytes as a dictionary, then code a
// record with whatever came out, so that the coder also meets odd dictionaries.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "tabari/tabari.h"

template <class Reader>
int fuzz_dictionary_reader(const uint8_t* data, size_t size, Reader read) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  demarche::tabari::Dictionaries d;
  read(text, d);
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
