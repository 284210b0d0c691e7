// Case mapping and character classes for str methods. The data comes from
// CPython 3.11's own unicode database (Unicode 14.0), generated into
// unicode_tables.inc by gen_unicode_tables.py, so results agree with CPython
// for every code point: classes are range tables (binary search), simple case
// mappings are runs sharing one delta, and the ~100 code points with multi
// code point mappings ('ß'.upper() == 'SS', 'İ'.lower() == 'i̇') are listed
// one by one. Together about 40 KB of constant data: a deliberate trade for
// byte-identical repr(), upper() and isidentifier() in the WASM build. ASCII
// never touches the tables.
//
// Not covered: locale-sensitive mappings (Turkish/Lithuanian rules, which
// CPython does not apply either) and normalisation (NFKC) in isidentifier.
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
bool is_upper_cp(char32_t cp);   // Unicode Uppercase property
bool is_lower_cp(char32_t cp);   // Unicode Lowercase property
bool is_titlecase_cp(char32_t cp);  // general category Lt
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
