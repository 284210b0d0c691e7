#include "text/numbers.h"

#include <charconv>
#include <cmath>
#include <limits>

#include "text/float_digits.h"
#include "text/str_case.h"
#include "text/str_repr.h"
#include "text/utf8.h"

namespace scopeplay::text {

namespace {

// int()/float() see unicode whitespace as ' ' and unicode decimal digits as
// ASCII digits; anything else non-ASCII becomes a byte no grammar accepts.
std::string to_ascii_numeric(std::string_view s) {
  if (is_ascii(s)) return std::string(s);
  std::string out;
  for (char32_t cp : CodePoints(s)) {
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (is_space(cp)) {
      out.push_back(' ');
    } else if (int v = decimal_value(cp); v >= 0) {
      out.push_back(static_cast<char>('0' + v));
    } else {
      out.push_back('\x01');
    }
  }
  return out;
}

bool ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
         c == '\f' || c == '\x1c' || c == '\x1d' || c == '\x1e' || c == '\x1f';
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && ascii_space(s.back())) s.remove_suffix(1);
  return s;
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

char lower_ascii(char c) { return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower_ascii(a[i]) != b[i]) return false;
  return true;
}

}  // namespace

std::string float_repr(double x) {
  std::string body = detail::format_abs(x, {'r', 0, true, false, false});
  if (std::signbit(x) && !std::isnan(x)) return "-" + body;
  return body;
}

std::string int_digits(std::int64_t v, int base) {
  if (base < 2 || base > 36) base = 10;
  char buf[80];
  auto r = std::to_chars(buf, buf + sizeof buf, v, base);
  return std::string(buf, r.ptr);
}

std::string int_to_string(std::int64_t v, int base) {
  std::string digits = int_digits(v, base);
  const char* prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
  if (*prefix == '\0') return digits;
  if (digits[0] == '-') return "-" + std::string(prefix) + digits.substr(1);
  return prefix + digits;
}

Result<std::int64_t> parse_int(std::string_view original, int base) {
  if (base != 0 && (base < 2 || base > 36))
    return value_error("int() base must be >= 2 and <= 36, or 0");
  const auto invalid = [&] {
    std::string shown = str_repr(original);  // CPython's "%.200R"
    shown.resize(byte_offset(shown, 200));
    return value_error("invalid literal for int() with base " +
                       std::to_string(base) + ": " + shown);
  };
  std::string ascii = to_ascii_numeric(original);
  std::string_view s = trim(ascii);
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  int b = base;
  bool prefixed = false;
  if (s.size() >= 2 && s[0] == '0') {
    char p = lower_ascii(s[1]);
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb != 0 && (base == 0 || base == pb)) {
      b = pb;
      prefixed = true;
      s.remove_prefix(2);
    }
  }
  bool zero_only_literal = false;
  if (b == 0) {
    b = 10;
    zero_only_literal = !s.empty() && s[0] == '0';
  }
  if (s.empty()) return invalid();
  std::uint64_t mag = 0;
  const std::uint64_t limit =
      negative ? std::uint64_t{1} << 63 : (std::uint64_t{1} << 63) - 1;
  bool overflow = false;
  bool prev_digit = prefixed;  // '0x_1' is allowed
  bool any_digit = false;
  for (char c : s) {
    if (c == '_') {
      if (!prev_digit) return invalid();
      prev_digit = false;
      continue;
    }
    int dv = digit_value(c);
    if (dv >= b) return invalid();
    if (zero_only_literal && dv != 0) return invalid();
    prev_digit = true;
    any_digit = true;
    if (!overflow) {
      if (mag > (limit - static_cast<std::uint64_t>(dv)) /
                    static_cast<std::uint64_t>(b)) {
        overflow = true;
      } else {
        mag = mag * static_cast<std::uint64_t>(b) + static_cast<std::uint64_t>(dv);
      }
    }
  }
  if (!prev_digit || !any_digit) return invalid();
  if (overflow) return overflow_error("int too large to convert");
  if (negative) return static_cast<std::int64_t>(0 - mag);
  return static_cast<std::int64_t>(mag);
}

Result<double> parse_float(std::string_view original) {
  const auto invalid = [&] {
    return value_error("could not convert string to float: " +
                       str_repr(original));
  };
  std::string ascii = to_ascii_numeric(original);
  std::string_view s = trim(ascii);
  bool negative = false;
  std::string_view body = s;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
    negative = body[0] == '-';
    body.remove_prefix(1);
  }
  const double sign = negative ? -1.0 : 1.0;
  if (iequals(body, "inf") || iequals(body, "infinity"))
    return sign * std::numeric_limits<double>::infinity();
  if (iequals(body, "nan"))
    return std::copysign(std::numeric_limits<double>::quiet_NaN(), sign);

  // digits ['.' digits] [e [sign] digits], '_' only between two digits.
  std::string clean;
  std::size_t i = 0;
  const auto digits = [&](bool& any) {
    bool prev = false;
    while (i < body.size()) {
      char c = body[i];
      if (c >= '0' && c <= '9') {
        clean.push_back(c);
        prev = true;
        any = true;
      } else if (c == '_' && prev && i + 1 < body.size() && body[i + 1] >= '0' &&
                 body[i + 1] <= '9') {
        prev = false;
      } else {
        break;
      }
      ++i;
    }
  };
  bool int_digits_seen = false, frac_digits_seen = false;
  digits(int_digits_seen);
  if (i < body.size() && body[i] == '.') {
    clean.push_back('.');
    ++i;
    digits(frac_digits_seen);
  }
  if (!int_digits_seen && !frac_digits_seen) return invalid();
  if (i < body.size() && (body[i] == 'e' || body[i] == 'E')) {
    clean.push_back('e');
    ++i;
    if (i < body.size() && (body[i] == '+' || body[i] == '-')) clean.push_back(body[i++]);
    bool exp_digits = false;
    digits(exp_digits);
    if (!exp_digits) return invalid();
  }
  if (i != body.size()) return invalid();

  double value = 0.0;
  auto r = std::from_chars(clean.data(), clean.data() + clean.size(), value);
  if (r.ec == std::errc::result_out_of_range) {
    // Decide between overflow and underflow from the decimal exponent.
    long exp10 = 0;
    std::size_t epos = clean.find('e');
    if (epos != std::string::npos) {
      std::string_view ex(clean.data() + epos + 1, clean.size() - epos - 1);
      bool eneg = !ex.empty() && ex[0] == '-';
      if (!ex.empty() && (ex[0] == '+' || ex[0] == '-')) ex.remove_prefix(1);
      for (char c : ex) {
        exp10 = exp10 * 10 + (c - '0');
        if (exp10 > 100000000) break;
      }
      if (eneg) exp10 = -exp10;
    }
    std::string_view mant(clean.data(), epos == std::string::npos ? clean.size() : epos);
    std::size_t dot = mant.find('.');
    long int_len = static_cast<long>(dot == std::string_view::npos ? mant.size() : dot);
    long first_nonzero = -1, pos = 0;
    for (char c : mant) {
      if (c == '.') continue;
      if (c != '0') {
        first_nonzero = pos;
        break;
      }
      ++pos;
    }
    long magnitude = first_nonzero < 0 ? -1000000000 : int_len - first_nonzero + exp10;
    value = magnitude > 0 ? std::numeric_limits<double>::infinity() : 0.0;
  }
  return sign * value;
}

}  // namespace scopeplay::text
