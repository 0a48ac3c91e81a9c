#pragma once
// Interned strings: one copy of each distinct text for the whole run. Claim topics repeat a
// small vocabulary across hundreds of thousands of claims; as symbols they cost a pointer each
// and compare by address.
#include <string>
#include <string_view>

namespace ungap::util {

using Symbol = const std::string*;

// The one copy of `text`; the same pointer for equal texts, valid until the program ends.
// Safe to call from several threads.
Symbol intern(std::string_view text);

}  // namespace ungap::util
