// A whole file as bytes: dictionaries, corpora and projects are read this way everywhere.
#pragma once

#include <optional>
#include <string>

namespace demarche {

// The file's bytes, or nullopt when it cannot be opened.
std::optional<std::string> read_whole_file(const std::string& path);

}  // namespace demarche
