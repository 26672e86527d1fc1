// Minimal JSON writing for the listing commands: strings escaped, nothing else clever.
#pragma once
#include <string>
#include <string_view>

namespace demarche {

void append_json_string(std::string& out, std::string_view s);
std::string json_string(std::string_view s);

}  // namespace demarche
