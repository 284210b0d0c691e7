// Number literals: int64 where they fit, decimal digits (BigInt) beyond.
#include <charconv>
#include <cstdlib>

#include "syntax/parser_internal.h"

namespace scopeplay::syntax::detail {

using ast::ExprPtr;

namespace {

// Decimal digits of an unsigned integer written in `radix`, base 10^9 limbs.
std::string to_decimal(std::string_view digits, int radix) {
  std::vector<std::uint32_t> limbs;  // little-endian, base 1e9
  for (char ch : digits) {
    int d = ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10;
    std::uint64_t carry = static_cast<std::uint64_t>(d);
    for (auto& l : limbs) {
      std::uint64_t v = static_cast<std::uint64_t>(l) * static_cast<std::uint64_t>(radix) + carry;
      l = static_cast<std::uint32_t>(v % 1000000000u);
      carry = v / 1000000000u;
    }
    while (carry) {
      limbs.push_back(static_cast<std::uint32_t>(carry % 1000000000u));
      carry /= 1000000000u;
    }
  }
  if (limbs.empty()) return "0";
  std::string out = std::to_string(limbs.back());
  for (std::size_t i = limbs.size() - 1; i-- > 0;) {
    std::string part = std::to_string(limbs[i]);
    out += std::string(9 - part.size(), '0') + part;
  }
  return out;
}

}  // namespace

ExprPtr Parser::number(const Token& t) {
  std::string s;
  for (char ch : text(t)) {
    if (ch != '_') s += ch;
  }
  auto c = std::make_unique<ast::Constant>(span_of(t));
  // strtod, not from_chars: older libc++ (Emscripten's) lacks the floating
  // point overload. The core never changes the C locale, so '.' is the point.
  auto parse_float = [&](const std::string& f) { return std::strtod(f.c_str(), nullptr); };
  char last = s.back();
  bool radix = s.size() > 1 && s[0] == '0' && ((s[1] | 0x20) == 'x' || (s[1] | 0x20) == 'o' || (s[1] | 0x20) == 'b');
  if (!radix && (last == 'j' || last == 'J')) {
    c->value_kind = ast::ConstantKind::Imaginary;
    c->float_value = parse_float(s.substr(0, s.size() - 1));
    return c;
  }
  if (!radix && s.find_first_of(".eE") != std::string::npos) {
    c->value_kind = ast::ConstantKind::Float;
    c->float_value = parse_float(s);
    return c;
  }
  int base = 10;
  std::string_view digits = s;
  if (radix) {
    char r = static_cast<char>(s[1] | 0x20);
    base = r == 'x' ? 16 : r == 'o' ? 8 : 2;
    digits.remove_prefix(2);
  }
  while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
  std::int64_t v = 0;
  auto r = std::from_chars(digits.data(), digits.data() + digits.size(), v, base);
  if (r.ec == std::errc() && r.ptr == digits.data() + digits.size()) {
    c->value_kind = ast::ConstantKind::Int;
    c->int_value = v;
    return c;
  }
  // Past int64: keep decimal digits. CPython limits decimal conversions to
  // 4300 digits; scopeplay applies the same bound to every radix.
  if (digits.size() > 4300) {
    if (base == 10) {
      return syntax_error("Exceeds the limit (4300 digits) for integer string conversion: value has " +
                              std::to_string(digits.size()) +
                              " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal "
                              "for huge integer literals to avoid decimal conversion limits.",
                          span_of(t));
    }
    return not_supported("integer literals this large", span_of(t));
  }
  c->value_kind = ast::ConstantKind::BigInt;
  c->text = base == 10 ? std::string(digits) : to_decimal(digits, base);
  return c;
}

}  // namespace scopeplay::syntax::detail
