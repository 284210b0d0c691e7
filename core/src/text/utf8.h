// UTF-8 plumbing. Python strings are sequences of code points while the
// engine stores std::string (UTF-8) everywhere, so every str method that
// talks about indices or lengths goes through these helpers. Strings coming
// from the lexer are valid UTF-8; for robustness a byte that does not start a
// valid sequence decodes as U+FFFD and consumes one byte, so no function in
// text/ ever reads out of bounds on bad input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace scopeplay::text {

inline constexpr char32_t kMaxCodePoint = 0x10FFFF;
inline constexpr char32_t kReplacementChar = 0xFFFD;

// True if `s` is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
bool is_valid_utf8(std::string_view s);

// True if every byte is < 0x80.
bool is_ascii(std::string_view s);

struct Decoded {
  char32_t cp = 0;
  std::size_t length = 0;  // bytes consumed, >= 1 unless at end of input
};

// Decodes the code point starting at byte `pos` (pos < s.size()).
Decoded decode_at(std::string_view s, std::size_t pos);

// Appends the UTF-8 encoding of `cp` (surrogates are encoded as 3 bytes, the
// way CPython's "surrogatepass" would; values above U+10FFFF become U+FFFD).
void append_utf8(std::string& out, char32_t cp);
std::string encode_utf8(char32_t cp);

// Number of code points (Python len()).
std::int64_t length(std::string_view s);

// All code points of `s`.
std::vector<char32_t> decode_all(std::string_view s);
// Inverse of decode_all.
std::string encode_all(const std::vector<char32_t>& cps);

// Byte offset of code point `index` (0 <= index <= length(s)); index ==
// length(s) maps to s.size().
std::size_t byte_offset(std::string_view s, std::int64_t index);

// Forward iteration: for (char32_t cp : CodePoints(s)).
class CodePoints {
 public:
  explicit CodePoints(std::string_view s) : s_(s) {}
  class iterator {
   public:
    iterator(std::string_view s, std::size_t pos) : s_(s), pos_(pos) {}
    char32_t operator*() const { return decode_at(s_, pos_).cp; }
    iterator& operator++() {
      pos_ += decode_at(s_, pos_).length;
      return *this;
    }
    std::size_t offset() const { return pos_; }
    bool operator==(const iterator& o) const { return pos_ == o.pos_; }
    bool operator!=(const iterator& o) const { return pos_ != o.pos_; }

   private:
    std::string_view s_;
    std::size_t pos_;
  };
  iterator begin() const { return iterator(s_, 0); }
  iterator end() const { return iterator(s_, s_.size()); }

 private:
  std::string_view s_;
};

}  // namespace scopeplay::text
