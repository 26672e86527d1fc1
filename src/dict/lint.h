// `demarche dict check`: problems the loader cannot see one line at a time.
#pragma once
#include "dict/dictionary.h"

namespace demarche {

// Duplicate names, overlapping tenures, codes that name no known country, organisation or role,
// and verb patterns that can never fire (duplicates, or shadowed by an identical pattern).
void lint_dictionary(const Dictionary& d, const std::string& dir, Diagnostics& diags);

}  // namespace demarche
