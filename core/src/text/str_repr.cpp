#include "text/str_repr.h"

#include "text/str_case.h"
#include "text/utf8.h"

namespace scopeplay::text {

namespace {

constexpr char kHex[] = "0123456789abcdef";

void append_hex_escape(std::string& out, char32_t c) {
  int digits;
  if (c <= 0xFF) {
    out += "\\x";
    digits = 2;
  } else if (c <= 0xFFFF) {
    out += "\\u";
    digits = 4;
  } else {
    out += "\\U";
    digits = 8;
  }
  for (int i = digits - 1; i >= 0; --i) out.push_back(kHex[(c >> (4 * i)) & 0xF]);
}

std::string repr_impl(std::string_view s, bool ascii_only) {
  bool has_single = false, has_double = false;
  for (char c : s) {
    if (c == '\'') has_single = true;
    if (c == '"') has_double = true;
  }
  const char quote = has_single && !has_double ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out.push_back(quote);
  for (char32_t c : CodePoints(s)) {
    if (c == static_cast<char32_t>(quote) || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < ' ' || c == 0x7F) {
      append_hex_escape(out, c);
    } else if (c < 0x7F) {
      out.push_back(static_cast<char>(c));
    } else if (!ascii_only && is_printable(c)) {
      append_utf8(out, c);
    } else {
      append_hex_escape(out, c);
    }
  }
  out.push_back(quote);
  return out;
}

}  // namespace

std::string str_repr(std::string_view s) { return repr_impl(s, false); }

std::string str_ascii(std::string_view s) { return repr_impl(s, true); }

std::string ascii_escape(std::string_view text) {
  if (is_ascii(text)) return std::string(text);
  std::string out;
  for (char32_t c : CodePoints(text)) {
    if (c < 0x80)
      out.push_back(static_cast<char>(c));
    else
      append_hex_escape(out, c);
  }
  return out;
}

Result<std::string> chr(std::int64_t i) {
  if (i < 0 || i > 0x10FFFF) return value_error("chr() arg not in range(0x110000)");
  return encode_utf8(static_cast<char32_t>(i));
}

Result<std::int64_t> ord(std::string_view s) {
  std::int64_t n = length(s);
  if (n != 1)
    return type_error("ord() expected a character, but string of length " +
                      std::to_string(n) + " found");
  return static_cast<std::int64_t>(decode_at(s, 0).cp);
}

}  // namespace scopeplay::text
