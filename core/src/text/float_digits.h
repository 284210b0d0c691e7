// Internal to text/: decimal digits of a double and CPython's layout of them.
// CPython formats floats in two steps, dtoa (digits + decimal point position)
// then format_float_short (zeros, point, exponent); std::to_chars gives the
// same correctly rounded, ties-to-even digits, so repr, format() and
// %-formatting all share this one layout and cannot drift apart.
#pragma once

#include <string>

namespace scopeplay::text::detail {

// digits has no leading or trailing zeros ("0" for zero); the value is
// 0.<digits> * 10**decpt.
struct DigitString {
  std::string digits;
  int decpt = 1;
};

// For finite |x|. shortest: repr digits; significant: n >= 1 digits;
// fixed: rounded to `frac` >= 0 places after the point.
DigitString shortest_digits(double x);
DigitString significant_digits(double x, int n);
DigitString fixed_digits(double x, int frac);

struct FloatLayout {
  char code = 'r';          // 'e', 'f', 'g' or 'r' (repr)
  int precision = 0;        // as the format spec gives it ('g': 0 means 1)
  bool add_dot_0 = false;   // integral fixed output gets '.0'
  bool alternate = false;   // '#': keep the point and trailing zeros
  bool upper = false;       // 'E', 'F', 'G': upper-case exponent / INF / NAN
};

// The unsigned text of |x| (no sign); inf/nan as 'inf'/'nan' (or upper).
std::string format_abs(double x, const FloatLayout& layout);

}  // namespace scopeplay::text::detail
