#include "syntax/string_literal.h"

#include "syntax/lexer.h"

namespace scopeplay::syntax {

StringPrefix string_prefix(std::string_view token) {
  StringPrefix p;
  std::uint32_t i = 0;
  while (i < token.size() && token[i] != '\'' && token[i] != '"') {
    char c = static_cast<char>(token[i] | 0x20);
    if (c == 'r') p.raw = true;
    if (c == 'b') p.bytes = true;
    if (c == 'f') p.format = true;
    ++i;
  }
  p.prefix_len = i;
  if (i + 2 < token.size() && token[i + 1] == token[i] && token[i + 2] == token[i] && token.size() - i >= 6) {
    p.quote_len = 3;
  }
  return p;
}

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(c | 0x20);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

EscapeError unicode_error(std::size_t from, std::size_t to, const char* what) {
  return {"SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                             std::to_string(from) + "-" + std::to_string(to) + ": " + what};
}

}  // namespace

std::optional<EscapeError> decode_escapes(std::string_view body, bool bytes, std::string& out) {
  out.reserve(out.size() + body.size());
  std::size_t i = 0;
  while (i < body.size()) {
    char c = body[i];
    if (c == '\r') {  // newlines inside literals are normalised to \n
      out += '\n';
      i += (i + 1 < body.size() && body[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (c != '\\') {
      out += c;
      ++i;
      continue;
    }
    if (i + 1 >= body.size()) {
      out += '\\';
      ++i;
      continue;
    }
    std::size_t start = i;
    char e = body[i + 1];
    i += 2;
    switch (e) {
      case '\n': break;
      case '\r':
        if (i < body.size() && body[i] == '\n') ++i;
        break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        unsigned v = static_cast<unsigned>(e - '0');
        for (int k = 0; k < 2 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++k, ++i) {
          v = v * 8 + static_cast<unsigned>(body[i] - '0');
        }
        if (bytes) {
          out += static_cast<char>(v & 0xFF);
        } else {
          append_utf8(out, v);
        }
        break;
      }
      case 'x': {
        int h1 = i < body.size() ? hex_value(body[i]) : -1;
        int h2 = i + 1 < body.size() ? hex_value(body[i + 1]) : -1;
        if (h1 < 0 || h2 < 0) {
          if (bytes) return EscapeError{"SyntaxError", "(value error) invalid \\x escape at position " + std::to_string(start)};
          return unicode_error(start, start + 1 + (h1 < 0 ? 0 : 1), "truncated \\xXX escape");
        }
        unsigned v = static_cast<unsigned>(h1 * 16 + h2);
        i += 2;
        if (bytes) {
          out += static_cast<char>(v);
        } else {
          append_utf8(out, v);
        }
        break;
      }
      case 'u': case 'U': {
        if (bytes) {
          out += '\\';
          out += e;
          break;
        }
        int n = e == 'u' ? 4 : 8;
        char32_t v = 0;
        int k = 0;
        for (; k < n && i < body.size() && hex_value(body[i]) >= 0; ++k, ++i) {
          v = v * 16 + static_cast<char32_t>(hex_value(body[i]));
        }
        if (k < n) {
          return unicode_error(start, i - 1, e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
        }
        if (v > 0x10FFFF) return unicode_error(start, i - 1, "illegal Unicode character");
        append_utf8(out, v);
        break;
      }
      case 'N':
        if (bytes) {
          out += "\\N";
          break;
        }
        return EscapeError{"NotImplementedError", "\\N{...} escapes are not supported in scopeplay"};
      default:
        out += '\\';
        out += e;
        break;
    }
  }
  return std::nullopt;
}

}  // namespace scopeplay::syntax
