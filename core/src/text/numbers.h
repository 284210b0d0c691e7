// Number <-> text conversions with CPython's exact spelling: repr/str of
// float, int in bases 2/8/10/16 (bin/oct/hex), and the parsers behind int(str,
// base) and float(str). Floats use shortest round-trip digits from
// std::to_chars and are then laid out by CPython's repr rules (scientific when
// the decimal exponent is < -4 or >= 16), so no locale or printf is involved.
// Ints are int64 only: values that do not fit are reported as OverflowError so
// the runtime can raise or promote to a big integer.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "text/result.h"

namespace scopeplay::text {

// repr(x) == str(x) for a float: '1.0', '0.1', '1e+16', '1e-05', 'inf',
// '-inf', 'nan', '-0.0', '1.2345678901234567e+19'.
std::string float_repr(double x);

// Digits of |v| in `base` (2..36, lowercase), '-' for negatives, no prefix:
// int_digits(-31, 16) == "-1f".
std::string int_digits(std::int64_t v, int base);

// str(v) / bin(v) / oct(v) / hex(v): base 10 has no prefix; 2, 8, 16 get
// '0b', '0o', '0x' after the sign ('-0x1f'). Other bases: as int_digits.
std::string int_to_string(std::int64_t v, int base = 10);

// int(s, base): base 0 or 2..36. Accepts surrounding whitespace, one sign,
// single underscores between digits (and after a base prefix), the prefix
// 0b/0o/0x when it matches `base` (or any of them with base 0; base 0 rejects
// leading zeros as in '010'). Errors:
//   ValueError "invalid literal for int() with base 10: 'x'" (repr of `s`)
//   ValueError "int() base must be >= 2 and <= 36, or 0"
//   OverflowError "int too large to convert" when the value does not fit in
//     int64; a runtime with big ints re-parses instead of raising.
Result<std::int64_t> parse_int(std::string_view s, int base = 10);

// float(s): surrounding whitespace, sign, decimal/scientific forms with single
// underscores between digits, 'inf', 'infinity', 'nan' in any case. Out of
// range magnitudes give +-inf / 0 as in CPython. Error:
//   ValueError "could not convert string to float: 'x'" (repr of `s`).
Result<double> parse_float(std::string_view s);

}  // namespace scopeplay::text
