#include "text/utf8.h"

namespace scopeplay::text {

namespace {

bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

// Strict decode; length 0 on malformed input.
Decoded decode_strict(std::string_view s, std::size_t pos) {
  const auto b = [&](std::size_t i) {
    return static_cast<unsigned char>(s[pos + i]);
  };
  const std::size_t left = s.size() - pos;
  const unsigned char c0 = b(0);
  if (c0 < 0x80) return {c0, 1};
  if (c0 < 0xC2) return {0, 0};
  if (c0 < 0xE0) {
    if (left < 2 || !is_cont(b(1))) return {0, 0};
    return {static_cast<char32_t>(((c0 & 0x1F) << 6) | (b(1) & 0x3F)), 2};
  }
  if (c0 < 0xF0) {
    if (left < 3 || !is_cont(b(1)) || !is_cont(b(2))) return {0, 0};
    char32_t cp = ((c0 & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    if (cp < 0x800) return {0, 0};
    return {cp, 3};  // surrogates allowed: CPython str may hold them
  }
  if (c0 < 0xF5) {
    if (left < 4 || !is_cont(b(1)) || !is_cont(b(2)) || !is_cont(b(3)))
      return {0, 0};
    char32_t cp = ((c0 & 0x07) << 18) | ((b(1) & 0x3F) << 12) |
                  ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
    if (cp < 0x10000 || cp > kMaxCodePoint) return {0, 0};
    return {cp, 4};
  }
  return {0, 0};
}

}  // namespace

bool is_valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    Decoded d = decode_strict(s, i);
    if (d.length == 0 || (d.cp >= 0xD800 && d.cp <= 0xDFFF)) return false;
    i += d.length;
  }
  return true;
}

bool is_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

Decoded decode_at(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return {0, 0};
  Decoded d = decode_strict(s, pos);
  if (d.length == 0) return {kReplacementChar, 1};
  return d;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp > kMaxCodePoint) cp = kReplacementChar;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string encode_utf8(char32_t cp) {
  std::string out;
  append_utf8(out, cp);
  return out;
}

std::int64_t length(std::string_view s) {
  std::int64_t n = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    i += decode_at(s, i).length;
    ++n;
  }
  return n;
}

std::vector<char32_t> decode_all(std::string_view s) {
  std::vector<char32_t> out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    Decoded d = decode_at(s, i);
    out.push_back(d.cp);
    i += d.length;
  }
  return out;
}

std::string encode_all(const std::vector<char32_t>& cps) {
  std::string out;
  out.reserve(cps.size());
  for (char32_t cp : cps) append_utf8(out, cp);
  return out;
}

std::size_t byte_offset(std::string_view s, std::int64_t index) {
  std::size_t i = 0;
  for (std::int64_t n = 0; n < index && i < s.size(); ++n)
    i += decode_at(s, i).length;
  return i;
}

}  // namespace scopeplay::text
