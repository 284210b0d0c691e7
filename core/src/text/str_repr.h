// repr() and ascii() of str, plus chr()/ord(). repr must match CPython byte
// for byte since it shows up in every printed list and error message: quote
// choice (single unless the text has ' and no "), escapes \\ \n \r \t, \xNN
// for other C0/DEL/C1 controls, \uNNNN / \UNNNNNNNN for non-printable code
// points (see is_printable in str_case.h), printable non-ASCII kept as is.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "text/result.h"

namespace scopeplay::text {

std::string str_repr(std::string_view s);
// ascii(s): like repr but every non-ASCII code point is escaped
// (\xNN, \uNNNN, \UNNNNNNNN).
std::string str_ascii(std::string_view s);
// Escapes non-ASCII code points of already produced text (ascii() of any
// object is ascii-escaping of its repr).
std::string ascii_escape(std::string_view repr_text);

// chr(i): ValueError "chr() arg not in range(0x110000)". Surrogates are
// encoded as 3 bytes (CPython allows lone surrogates in str).
Result<std::string> chr(std::int64_t i);
// ord(c): TypeError "ord() expected a character, but string of length N
// found" unless `s` is one code point.
Result<std::int64_t> ord(std::string_view s);

}  // namespace scopeplay::text
