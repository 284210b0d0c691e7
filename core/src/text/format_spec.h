// The format-spec mini-language shared by format(), str.format and f-strings:
//   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
// Parsing is separate from applying so the runtime can parse once and so the
// nested-field case ("{:{w}}") only needs the runtime to substitute the inner
// fields before calling in. Output and error messages follow CPython 3.11
// byte for byte; `type_name` is the Python type shown in messages ('int',
// 'bool', 'float', 'str', or a subclass name).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "text/result.h"

namespace scopeplay::text {

enum class Align { Default, Left, Right, Center, AfterSign };  // '' < > ^ =
enum class Sign { Default, Plus, Minus, Space };               // '' + - ' '
enum class Grouping { None, Comma, Underscore };               // '' , _

struct FormatSpec {
  char32_t fill = ' ';
  bool fill_given = false;
  Align align = Align::Default;
  Sign sign = Sign::Default;
  bool no_neg_zero = false;  // 'z'
  bool alternate = false;    // '#'
  bool zero_pad = false;     // '0' before the width
  std::int64_t width = -1;   // -1: none
  Grouping grouping = Grouping::None;
  std::int64_t precision = -1;  // -1: none
  char32_t type = 0;            // 0: none; otherwise the type letter
};

// Parses `spec`. Errors are those CPython raises before looking at the value:
//   "Invalid format specifier '<spec>' for object of type '<type_name>'"
//   "Format specifier missing precision"
//   "Cannot specify both ',' and '_'."
//   "Too many decimal digits in format string"
Result<FormatSpec> parse_format_spec(std::string_view spec,
                                     std::string_view type_name);

// format(v, spec) for int (types b c d o x X n, none, and e E f F g G %
// through float conversion). Errors include "Unknown format code 'q' for
// object of type 'int'", "Precision not allowed in integer format
// specifier", "Sign not allowed with integer format specifier 'c'",
// OverflowError "%c arg not in range(0x110000)".
Result<std::string> format_int(std::int64_t v, std::string_view spec,
                               std::string_view type_name = "int");

// format(b, spec) for bool: empty spec gives 'True'/'False', otherwise as int.
Result<std::string> format_bool(bool b, std::string_view spec);

// format(x, spec) for float (types e E f F g G n % and none: repr-like).
Result<std::string> format_float(double x, std::string_view spec,
                                 std::string_view type_name = "float");

// format(s, spec) for str (type s or none).
Result<std::string> format_str(std::string_view s, std::string_view spec,
                               std::string_view type_name = "str");

// Same, for an already parsed spec (the *_spec variants skip re-parsing).
Result<std::string> format_int_spec(std::int64_t v, const FormatSpec& spec,
                                    std::string_view type_name = "int");
Result<std::string> format_float_spec(double x, const FormatSpec& spec,
                                      std::string_view type_name = "float");
Result<std::string> format_str_spec(std::string_view s, const FormatSpec& spec,
                                    std::string_view type_name = "str");

}  // namespace scopeplay::text
