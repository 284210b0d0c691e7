// Numeric semantics that differ between C++ and Python: floor division and
// modulo signs, overflow of int64 arithmetic, correctly rounded round(),
// and the numeric hash that makes hash(1) == hash(1.0). The runtime owns the
// int/float/bool dispatch; these are the leaf operations with CPython's error
// messages. Overflow is reported, never UB: checked_* return std::nullopt and
// the runtime promotes or raises OverflowError.
#pragma once

#include <cstdint>
#include <optional>
#include <utility>

#include "text/result.h"

namespace scopeplay::text {

// --- int64 ---------------------------------------------------------------

std::optional<std::int64_t> checked_add(std::int64_t a, std::int64_t b);
std::optional<std::int64_t> checked_sub(std::int64_t a, std::int64_t b);
std::optional<std::int64_t> checked_mul(std::int64_t a, std::int64_t b);
std::optional<std::int64_t> checked_neg(std::int64_t a);
// base ** exp for exp >= 0 (a negative exp is a float power: runtime's job).
std::optional<std::int64_t> checked_pow(std::int64_t base, std::int64_t exp);
// a << n for n >= 0 (n < 0 is "negative shift count": runtime's job).
std::optional<std::int64_t> checked_lshift(std::int64_t a, std::int64_t n);

// Python a // b, a % b, divmod(a, b). Errors:
//   ZeroDivisionError "integer division or modulo by zero" (// and divmod)
//   ZeroDivisionError "integer modulo by zero" (%)
//   OverflowError "integer overflow" for INT64_MIN // -1 (promote).
Result<std::int64_t> int_floordiv(std::int64_t a, std::int64_t b);
Result<std::int64_t> int_mod(std::int64_t a, std::int64_t b);
Result<std::pair<std::int64_t, std::int64_t>> int_divmod(std::int64_t a,
                                                         std::int64_t b);
// a / b for ints (true division, correctly rounded for |a|,|b| < 2**53).
// ZeroDivisionError "division by zero".
Result<double> int_truediv(std::int64_t a, std::int64_t b);

// round(v, ndigits) for an int: ndigits >= 0 returns v; otherwise rounds to a
// multiple of 10**-ndigits, halves to even. OverflowError on int64 overflow.
Result<std::int64_t> round_int(std::int64_t v, std::int64_t ndigits);

// --- float ---------------------------------------------------------------

// Python x // y, x % y, divmod(x, y) (fmod based, result of % has y's sign).
// ZeroDivisionError "float floor division by zero" / "float modulo" /
// "float divmod()".
Result<double> float_floordiv(double x, double y);
Result<double> float_mod(double x, double y);
Result<std::pair<double, double>> float_divmod(double x, double y);
// x / y: ZeroDivisionError "float division by zero".
Result<double> float_truediv(double x, double y);

// round(x, ndigits): correctly rounded through the exact decimal expansion
// (round(2.675, 2) == 2.67, round(0.125, 2) == 0.12). Huge ndigits return x,
// very negative ones return +-0.0; OverflowError "rounded value too large to
// represent" when the result overflows. inf/nan are returned unchanged.
Result<double> round_float(double x, std::int64_t ndigits);

// round(x) with no ndigits: nearest integer, halves to even, as a double
// (still integral). Errors for the int conversion CPython does next:
//   OverflowError "cannot convert float infinity to integer"
//   ValueError "cannot convert float NaN to integer"
// The runtime converts the double to int64 (or a big int) afterwards.
Result<double> round_half_even(double x);

// int(x) for a float: truncation toward zero, with the same inf/nan errors as
// round_half_even, plus OverflowError "int too large to convert" when the
// value does not fit in int64 (promote).
Result<std::int64_t> float_to_int(double x);

// float(v) for an int64 (exactly CPython's rounding: nearest, ties to even).
double int_to_float(std::int64_t v);

// Python's numeric hash (modulus 2**61 - 1), so equal numbers hash equal:
// hash_int(1) == hash_float(1.0). hash(-1) is -2 in Python, and so here.
// hash_float(nan) returns 0: CPython hashes nan by object identity, which only
// the runtime can supply.
std::int64_t hash_int(std::int64_t v);
std::int64_t hash_float(double x);

// float.is_integer(): false for inf and nan.
bool float_is_integer(double x);

// float.as_integer_ratio() as int64 numerator/denominator when both fit
// (denominator > 0, lowest terms). Errors: OverflowError "cannot convert
// Infinity to integer ratio", ValueError "cannot convert NaN to integer
// ratio", OverflowError "int too large to convert" when a part overflows
// int64 (e.g. 1e300 or 1e-300).
Result<std::pair<std::int64_t, std::int64_t>> float_as_integer_ratio(double x);

}  // namespace scopeplay::text
