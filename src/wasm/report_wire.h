// The Report as bytes, for passing it between two WebAssembly modules (the analysis worker
// and the widget) without losing anything: every field of claimlight::Report, doubles bit for
// bit, strings as raw bytes. Not a contract for anyone else (the contract is the JSON report);
// both ends are built from this file at the same time, and the first bytes name the version.
//
// Layout: "CLW1", then fields in declaration order; a string is a u32 length (little-endian)
// and its bytes, a size a u64, a double its 8 IEEE-754 bytes, a list a u32 count and its items.
#pragma once

#include <string>
#include <string_view>

#include "claimlight/claimlight.h"

namespace claimlight::wasm {

std::string EncodeReport(const Report& report);
// False (and *out untouched) when the bytes are not a whole, well-formed encoding.
bool DecodeReport(std::string_view bytes, Report* out);

}  // namespace claimlight::wasm
