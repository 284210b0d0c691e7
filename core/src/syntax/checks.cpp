#include "syntax/checks.h"

#include <cstdio>

namespace scopeplay::syntax {

std::size_t check_utf8(std::string_view text) {
  std::size_t i = 0, n = text.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
    if (len == 0 || i + len > n) return i;
    unsigned char c1 = static_cast<unsigned char>(text[i + 1]);
    if ((c1 & 0xC0) != 0x80) return i;
    if (c == 0xE0 && c1 < 0xA0) return i;
    if (c == 0xED && c1 > 0x9F) return i;
    if (c == 0xF0 && c1 < 0x90) return i;
    if (c == 0xF4 && c1 > 0x8F) return i;
    for (std::size_t k = 2; k < len; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

SyntaxDiagnostic utf8_error(const source::SourceFile& file, std::size_t offset) {
  char byte[8];
  std::snprintf(byte, sizeof byte, "\\x%02x", static_cast<unsigned>(static_cast<unsigned char>(file.text()[offset])));
  SyntaxDiagnostic d;
  d.type = "SyntaxError";
  d.message = std::string("Non-UTF-8 code starting with '") + byte + "' in file " + file.name() + " on line " +
              std::to_string(file.line_of(static_cast<std::uint32_t>(offset))) +
              ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
  d.show_caret = false;  // span.line stays 0: CPython prints no location
  return d;
}

std::optional<SyntaxDiagnostic> check_module(const source::SourceFile&, const ast::Module&) { return std::nullopt; }

}  // namespace scopeplay::syntax
