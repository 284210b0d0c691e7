// printf-style formatting (str % values). The format string is parsed once
// into literal pieces and conversion specs; the runtime walks the pieces,
// pulls values from its tuple or mapping (including '*' widths), converts
// them to the argument kinds below and calls the matching percent_* function.
// CPython reports problems only when it reaches them, after earlier
// conversions have consumed their arguments, so errors are not returned at
// once: a malformed tail is stored as the error to raise after the parsed
// pieces, and an unknown conversion character stays in its spec (the runtime
// fetches the value first, then raises percent_unsupported_character).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/result.h"

namespace scopeplay::text {

inline constexpr std::int64_t kPercentStar = -2;  // width/precision given as '*'

struct PercentSpec {
  std::optional<std::string> key;  // %(key)s
  bool left = false;               // '-'
  bool plus = false;               // '+'
  bool space = false;              // ' '
  bool alternate = false;          // '#'
  bool zero = false;               // '0'
  std::int64_t width = -1;         // -1 none, kPercentStar for '*'
  std::int64_t precision = -1;     // -1 none, kPercentStar for '*'
  char32_t conversion = 0;         // d i u o x X e E f F g G c r s a, or unknown
  std::int64_t index = 0;          // code-point index of `conversion` in the format
};

struct PercentPiece {
  bool is_literal = true;
  std::string literal;  // when is_literal
  PercentSpec spec;     // otherwise ('%%' is folded into a literal)
};

struct PercentFormat {
  std::vector<PercentPiece> pieces;
  // Raised after the runtime has processed `pieces` (arguments for those are
  // consumed first, so "not enough arguments" can win, as in CPython):
  //   ValueError "incomplete format", "incomplete format key",
  //   "unsupported format character 'z' (0x7a) at index 3",
  //   "width too big", "precision too big"; MemoryError (empty message) for
//   widths or precisions above 2**28, which would only exhaust the page.
  std::optional<Error> error;
  bool uses_mapping_keys = false;  // some spec has a %(key)
};

PercentFormat parse_percent_format(std::string_view format);

// Applies a '*' value to a spec the way CPython does: a negative width sets
// '-' and uses its absolute value; a negative precision becomes 0. Values
// above 2**28 are clamped there.
void percent_set_star_width(PercentSpec& spec, std::int64_t width);
void percent_set_star_precision(PercentSpec& spec, std::int64_t precision);

// %d %i %u %o %x %X with an int (bool as 0/1, float already truncated by the
// runtime via float_to_int). Also %e %f %g ... with an int (converted).
std::string percent_int(const PercentSpec& spec, std::int64_t v);
// %e %E %f %F %g %G with a float (for %d/%i/%u the runtime truncates first).
std::string percent_float(const PercentSpec& spec, double x);
// %s %r %a with the already converted text (str(v), repr(v), ascii(v)):
// applies precision (code points) and width.
std::string percent_text(const PercentSpec& spec, std::string_view text);
// %c with an int code point: OverflowError "%c arg not in range(0x110000)".
Result<std::string> percent_char(const PercentSpec& spec, std::int64_t cp);
// %c with a str: TypeError "%c requires int or char" unless one code point.
Result<std::string> percent_char_str(const PercentSpec& spec,
                                     std::string_view s);

// True for d i u o x X e E f F g G c r s a.
bool percent_conversion_known(char32_t conversion);
// ValueError "unsupported format character 'z' (0x7a) at index 3".
Error percent_unsupported_character(const PercentSpec& spec);

// TypeError for a value of the wrong type, by conversion:
//   d i u:   "%d format: a real number is required, not str"
//   o x X:   "%x format: an integer is required, not float"
//   e f g..: "must be real number, not str"
//   c:       "%c requires int or char"
Error percent_type_error(char32_t conversion, std::string_view type_name);

// The argument-count errors, for the runtime to raise:
//   "not enough arguments for format string"
//   "not all arguments converted during string formatting"
//   "format requires a mapping", "* wants int"
Error percent_not_enough_arguments();
Error percent_not_all_converted();
Error percent_requires_mapping();
Error percent_star_wants_int();

}  // namespace scopeplay::text
