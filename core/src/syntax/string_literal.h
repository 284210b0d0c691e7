// String literal bodies: prefixes, escapes and bytes, as CPython decodes them.
//
// Kept apart from the parser so the lexer-level rules (which escapes exist,
// what bytes allow) are testable on their own; f-string structure is parsed
// by the parser itself (parser_string.cpp), which calls decode_escapes for the
// literal pieces.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace scopeplay::syntax {

struct StringPrefix {
  bool raw = false;
  bool bytes = false;
  bool format = false;
  std::uint32_t prefix_len = 0;  // letters before the quote
  std::uint32_t quote_len = 1;   // 1 or 3
};

// Splits a whole string token ("rb'...'") into its prefix flags.
StringPrefix string_prefix(std::string_view token);

struct EscapeError {
  std::string type;  // "SyntaxError" or "NotImplementedError"
  std::string message;
};

// Decodes backslash escapes of a (non-raw) body into UTF-8, or raw bytes for
// bytes literals. Returns an error for malformed escapes.
std::optional<EscapeError> decode_escapes(std::string_view body, bool bytes, std::string& out);

}  // namespace scopeplay::syntax
