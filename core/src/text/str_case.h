// Case mapping and character classes for str methods. Full Unicode tables
// would dwarf the rest of the WASM build, so coverage is deliberate:
//   case pairs: ASCII, Latin-1 Supplement, Latin Extended-A (U+0100-017F),
//     basic Greek (U+0391-03A9 / U+03B1-03C9, final sigma lowercases to
//     plain sigma unless at a word end as CPython does), Cyrillic
//     (U+0400-045F); special full mappings: 'ß'.upper() == 'SS',
//     'ŉ'.upper() == 'ʼN', İ lower == 'i̇'; casefold adds 'ß' -> 'ss' and
//     'ſ' -> 's', final sigma -> σ;
//   classes: ASCII plus the Latin-1, Latin Extended-A, Greek and Cyrillic
//     letters above as alpha; decimal digits in ASCII, Arabic-Indic,
//     Devanagari and fullwidth; superscripts/fractions in Latin-1 as
//     digit/numeric; whitespace as str.isspace (incl. \x1c-\x1f, \x85,
//     \xa0, U+2000-200A, U+2028/9, U+3000...); printable = not Cc/Cf/Zs(but
//     space)/Zl/Zp/Co/Cn in the ranges above. CJK ideographs count as alpha.
// Code points outside these ranges map to themselves and are classified as
// non-letters (printable when >= U+00A0 and not a known control/format).
#pragma once

#include <string>
#include <string_view>

namespace scopeplay::text {

// Per code point.
bool is_space(char32_t cp);      // str.isspace
bool is_alpha(char32_t cp);      // str.isalpha
bool is_decimal(char32_t cp);    // str.isdecimal
bool is_digit(char32_t cp);      // str.isdigit
bool is_numeric(char32_t cp);    // str.isnumeric
// Value 0-9 of a decimal digit (any script covered above), else -1; int()
// and float() accept these digits.
int decimal_value(char32_t cp);
bool is_upper_cp(char32_t cp);   // has a lowercase mapping (cased upper)
bool is_lower_cp(char32_t cp);   // cased lower
bool is_titlecase_cp(char32_t cp);
bool is_cased(char32_t cp);
bool is_printable(char32_t cp);  // repr() keeps it as is
bool is_linebreak(char32_t cp);  // str.splitlines boundary
bool is_xid_start(char32_t cp);  // identifier start ('_' included)
bool is_xid_continue(char32_t cp);

// Whole-string methods.
std::string str_upper(std::string_view s);
std::string str_lower(std::string_view s);
std::string str_casefold(std::string_view s);
std::string str_capitalize(std::string_view s);
std::string str_title(std::string_view s);
std::string str_swapcase(std::string_view s);

bool str_isdigit(std::string_view s);
bool str_isdecimal(std::string_view s);
bool str_isnumeric(std::string_view s);
bool str_isalpha(std::string_view s);
bool str_isalnum(std::string_view s);
bool str_isspace(std::string_view s);
bool str_isupper(std::string_view s);
bool str_islower(std::string_view s);
bool str_istitle(std::string_view s);
bool str_isidentifier(std::string_view s);
bool str_isprintable(std::string_view s);
bool str_isascii(std::string_view s);

}  // namespace scopeplay::text
