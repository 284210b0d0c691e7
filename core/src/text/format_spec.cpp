#include "text/format_spec.h"

#include <cmath>
#include <vector>

#include "text/float_digits.h"
#include "text/numbers.h"
#include "text/str_case.h"
#include "text/utf8.h"

namespace scopeplay::text {

namespace {

// Output sizes beyond this are refused instead of exhausting memory.
constexpr std::int64_t kMaxOutput = std::int64_t{1} << 28;

Error memory_error() { return Error{ErrorKind::MemoryError, ""}; }

bool is_align(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

Align to_align(char32_t c) {
  switch (c) {
    case '<': return Align::Left;
    case '>': return Align::Right;
    case '=': return Align::AfterSign;
    default: return Align::Center;
  }
}

std::string char_for_message(char32_t c) {
  if (c > 32 && c < 128) return std::string(1, static_cast<char>(c));
  return "\\x" + int_digits(static_cast<std::int64_t>(c), 16);
}

Error unknown_code(char32_t type, std::string_view type_name) {
  return value_error("Unknown format code '" + char_for_message(type) +
                     "' for object of type '" + std::string(type_name) + "'");
}

// Returns digits consumed, or -1 on overflow of Py_ssize_t.
int get_integer(const std::vector<char32_t>& s, std::size_t& pos, std::int64_t& out) {
  std::int64_t acc = 0;
  int consumed = 0;
  while (pos < s.size()) {
    int v = decimal_value(s[pos]);
    if (v < 0) break;
    if (acc > (INT64_MAX - v) / 10) return -1;
    acc = acc * 10 + v;
    ++pos;
    ++consumed;
  }
  out = acc;
  return consumed;
}

void append_fill(std::string& out, char32_t fill, std::int64_t n) {
  if (n <= 0) return;
  if (fill < 0x80) {
    out.append(static_cast<std::size_t>(n), static_cast<char>(fill));
    return;
  }
  std::string f = encode_utf8(fill);
  for (std::int64_t i = 0; i < n; ++i) out += f;
}

// CPython's _PyUnicode_InsertThousandsGrouping: digits grouped from the
// right (group 0 = no grouping), left-padded with '0' up to min_width.
std::string group_digits(std::string_view digits, std::int64_t min_width,
                         int group, char sep) {
  std::vector<std::string> chunks;  // right to left
  std::int64_t remaining = static_cast<std::int64_t>(digits.size());
  if (min_width < 0) min_width = 0;
  const std::int64_t sep_len = group > 0 ? 1 : 0;
  bool broken = false;
  const auto take = [&](std::int64_t len) {
    std::int64_t n_zeros = std::max<std::int64_t>(0, len - remaining);
    std::int64_t n_chars = std::max<std::int64_t>(0, std::min(remaining, len));
    std::string chunk(static_cast<std::size_t>(n_zeros), '0');
    chunk.append(digits.substr(static_cast<std::size_t>(remaining - n_chars),
                               static_cast<std::size_t>(n_chars)));
    chunks.push_back(std::move(chunk));
    remaining -= n_chars;
  };
  if (group > 0) {
    while (true) {
      std::int64_t len = std::min<std::int64_t>(
          group, std::max<std::int64_t>(std::max(remaining, min_width), 1));
      take(len);
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) {
        broken = true;
        break;
      }
      min_width -= sep_len;
    }
  }
  if (!broken) take(std::max<std::int64_t>(std::max(remaining, min_width), 1));
  std::string out;
  for (auto it = chunks.rbegin(); it != chunks.rend(); ++it) {
    if (it != chunks.rbegin() && group > 0) out.push_back(sep);
    out += *it;
  }
  return out;
}

struct NumberParts {
  char sign_char = 0;          // '-' or 0
  std::string prefix;          // '0x' etc.
  std::string digits;          // to be grouped
  bool has_decimal = false;
  std::string remainder;       // after the point (or all of 'inf', 'c' char)
};

// calc_number_widths + fill_number.
Result<std::string> fill_number(const NumberParts& p, const FormatSpec& spec,
                                int group, char sep) {
  char sign = 0;
  switch (spec.sign) {
    case Sign::Plus: sign = p.sign_char == '-' ? '-' : '+'; break;
    case Sign::Space: sign = p.sign_char == '-' ? '-' : ' '; break;
    default: sign = p.sign_char == '-' ? '-' : 0; break;
  }
  const std::int64_t n_sign = sign ? 1 : 0;
  const std::int64_t remainder_len = length(p.remainder);
  const std::int64_t non_digit = n_sign + static_cast<std::int64_t>(p.prefix.size()) +
                                 (p.has_decimal ? 1 : 0) + remainder_len;
  const Align align = spec.align;
  std::int64_t min_width = 0;
  if (spec.fill == '0' && align == Align::AfterSign) min_width = spec.width - non_digit;
  if (min_width > kMaxOutput || spec.width > kMaxOutput) return memory_error();
  std::string grouped;
  if (!p.digits.empty()) grouped = group_digits(p.digits, min_width, group, sep);
  const std::int64_t padding =
      spec.width - (non_digit + static_cast<std::int64_t>(grouped.size()));
  std::int64_t lpad = 0, spad = 0, rpad = 0;
  if (padding > 0) {
    switch (align) {
      case Align::Left: rpad = padding; break;
      case Align::Center:
        lpad = padding / 2;
        rpad = padding - lpad;
        break;
      case Align::AfterSign: spad = padding; break;
      default: lpad = padding; break;
    }
  }
  std::string out;
  append_fill(out, spec.fill, lpad);
  if (sign) out.push_back(sign);
  out += p.prefix;
  append_fill(out, spec.fill, spad);
  out += grouped;
  if (p.has_decimal) out.push_back('.');
  out += p.remainder;
  append_fill(out, spec.fill, rpad);
  return out;
}

Result<std::string> format_char(std::int64_t v, const FormatSpec& spec) {
  if (spec.sign != Sign::Default)
    return value_error("Sign not allowed with integer format specifier 'c'");
  if (spec.alternate)
    return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
  if (v < 0 || v > 0x10FFFF) return overflow_error("%c arg not in range(0x110000)");
  NumberParts p;
  p.remainder = encode_utf8(static_cast<char32_t>(v));
  return fill_number(p, spec, 0, 0);
}

}  // namespace

Result<FormatSpec> parse_format_spec(std::string_view text, std::string_view type_name) {
  std::vector<char32_t> s = decode_all(text);
  FormatSpec f;
  std::size_t pos = 0;
  const std::size_t end = s.size();
  if (end - pos >= 2 && is_align(s[pos + 1])) {
    f.align = to_align(s[pos + 1]);
    f.fill = s[pos];
    f.fill_given = true;
    pos += 2;
  } else if (end - pos >= 1 && is_align(s[pos])) {
    f.align = to_align(s[pos]);
    ++pos;
  }
  if (pos < end && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) {
    f.sign = s[pos] == '+' ? Sign::Plus : s[pos] == '-' ? Sign::Minus : Sign::Space;
    ++pos;
  }
  if (pos < end && s[pos] == 'z') {
    f.no_neg_zero = true;
    ++pos;
  }
  if (pos < end && s[pos] == '#') {
    f.alternate = true;
    ++pos;
  }
  if (!f.fill_given && pos < end && s[pos] == '0') {
    f.fill = '0';
    f.zero_pad = true;
    ++pos;
  }
  const Error too_many = value_error("Too many decimal digits in format string");
  int consumed = get_integer(s, pos, f.width);
  if (consumed < 0) return too_many;
  if (consumed == 0) f.width = -1;
  if (pos < end && s[pos] == ',') {
    f.grouping = Grouping::Comma;
    ++pos;
  }
  const Error both = value_error("Cannot specify both ',' and '_'.");
  if (pos < end && s[pos] == '_') {
    if (f.grouping != Grouping::None) return both;
    f.grouping = Grouping::Underscore;
    ++pos;
  }
  if (pos < end && s[pos] == ',' && f.grouping == Grouping::Underscore) return both;
  if (pos < end && s[pos] == '.') {
    ++pos;
    consumed = get_integer(s, pos, f.precision);
    if (consumed < 0) return too_many;
    if (consumed == 0) return value_error("Format specifier missing precision");
  }
  if (end - pos > 1)
    return value_error("Invalid format specifier '" + std::string(text) +
                       "' for object of type '" + std::string(type_name) + "'");
  if (end - pos == 1) f.type = s[pos];
  if (f.grouping != Grouping::None) {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%':
      case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.grouping == Grouping::Underscore) break;
        [[fallthrough]];
      default:
        return value_error(std::string("Cannot specify '") +
                           (f.grouping == Grouping::Comma ? ',' : '_') + "' with '" +
                           char_for_message(f.type) + "'.");
    }
  }
  return f;
}

Result<std::string> format_int(std::int64_t v, std::string_view spec,
                               std::string_view type_name) {
  if (spec.empty()) return int_to_string(v);
  auto f = parse_format_spec(spec, type_name);
  if (!f) return f.error();
  return format_int_spec(v, *f, type_name);
}

Result<std::string> format_bool(bool b, std::string_view spec) {
  if (spec.empty()) return std::string(b ? "True" : "False");
  return format_int(b ? 1 : 0, spec, "bool");
}

Result<std::string> format_float(double x, std::string_view spec,
                                 std::string_view type_name) {
  if (spec.empty()) return float_repr(x);
  auto f = parse_format_spec(spec, type_name);
  if (!f) return f.error();
  return format_float_spec(x, *f, type_name);
}

Result<std::string> format_str(std::string_view s, std::string_view spec,
                               std::string_view type_name) {
  if (spec.empty()) return std::string(s);
  auto f = parse_format_spec(spec, type_name);
  if (!f) return f.error();
  return format_str_spec(s, *f, type_name);
}

Result<std::string> format_int_spec(std::int64_t v, const FormatSpec& spec_in,
                                    std::string_view type_name) {
  FormatSpec spec = spec_in;
  if (spec.align == Align::Default)
    spec.align = spec.zero_pad ? Align::AfterSign : Align::Right;
  switch (spec.type) {
    case 0: case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return format_float_spec(static_cast<double>(v), spec_in, "float");
    default:
      return unknown_code(spec.type, type_name);
  }
  if (spec.precision != -1)
    return value_error("Precision not allowed in integer format specifier");
  if (spec.no_neg_zero)
    return value_error("Negative zero coercion (z) not allowed in integer format specifier");
  if (spec.type == 'c') return format_char(v, spec);
  int base = 10;
  const char* prefix = "";
  switch (spec.type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
  }
  NumberParts p;
  p.digits = int_digits(v, base);
  if (p.digits[0] == '-') {
    p.sign_char = '-';
    p.digits.erase(0, 1);
  }
  if (spec.type == 'X')
    for (char& c : p.digits)
      if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 'a' + 'A');
  if (spec.alternate) p.prefix = prefix;
  int group = 0;
  char sep = 0;
  if (spec.type != 'n') {
    if (spec.grouping == Grouping::Comma) {
      group = 3;
      sep = ',';
    } else if (spec.grouping == Grouping::Underscore) {
      group = base == 10 ? 3 : 4;
      sep = '_';
    }
  }
  return fill_number(p, spec, group, sep);
}

Result<std::string> format_float_spec(double x, const FormatSpec& spec_in,
                                      std::string_view type_name) {
  FormatSpec spec = spec_in;
  if (spec.align == Align::Default)
    spec.align = spec.zero_pad ? Align::AfterSign : Align::Right;
  char32_t type = spec.type;
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
    case '%':
      break;
    default:
      return unknown_code(type, type_name);
  }
  if (spec.precision > 2147483647) return value_error("precision too big");
  if (spec.precision > kMaxOutput) return memory_error();
  detail::FloatLayout layout;
  layout.alternate = spec.alternate;
  int default_precision = 6;
  char code = 0;
  bool add_pct = false;
  switch (type) {
    case 0:
      layout.add_dot_0 = true;
      code = 'r';
      default_precision = 0;
      break;
    case 'n': code = 'g'; break;
    case '%':
      code = 'f';
      x *= 100;
      add_pct = true;
      break;
    default:
      code = static_cast<char>(type);
      break;
  }
  if (code == 'E' || code == 'F' || code == 'G') {
    layout.upper = true;
    code = static_cast<char>(code - 'A' + 'a');
  }
  int precision = static_cast<int>(spec.precision);
  if (spec.precision < 0)
    precision = default_precision;
  else if (code == 'r')
    code = 'g';
  layout.code = code;
  layout.precision = precision;
  std::string body = detail::format_abs(x, layout);
  bool negative = std::signbit(x) && !std::isnan(x);
  if (negative && spec.no_neg_zero &&
      body.find_first_of("123456789") == std::string::npos && !std::isinf(x))
    negative = false;
  if (add_pct) body.push_back('%');

  NumberParts p;
  p.sign_char = negative ? '-' : 0;
  std::size_t i = 0;
  while (i < body.size() && body[i] >= '0' && body[i] <= '9') ++i;
  p.digits = body.substr(0, i);
  if (i < body.size() && body[i] == '.') {
    p.has_decimal = true;
    ++i;
  }
  p.remainder = body.substr(i);
  int group = 0;
  char sep = 0;
  if (type != 'n' && spec.grouping != Grouping::None) {
    group = 3;
    sep = spec.grouping == Grouping::Comma ? ',' : '_';
  }
  return fill_number(p, spec, group, sep);
}

Result<std::string> format_str_spec(std::string_view s, const FormatSpec& spec,
                                    std::string_view type_name) {
  if (spec.type != 0 && spec.type != 's') return unknown_code(spec.type, type_name);
  if (spec.grouping != Grouping::None)  // CPython checks this with the default 's'
    return value_error(std::string("Cannot specify '") +
                       (spec.grouping == Grouping::Comma ? ',' : '_') + "' with 's'.");
  if (spec.sign != Sign::Default) {
    if (spec.sign == Sign::Space)
      return value_error("Space not allowed in string format specifier");
    return value_error("Sign not allowed in string format specifier");
  }
  if (spec.no_neg_zero)
    return value_error("Negative zero coercion (z) not allowed in string format specifier");
  if (spec.alternate)
    return value_error("Alternate form (#) not allowed in string format specifier");
  if (spec.align == Align::AfterSign)
    return value_error("'=' alignment not allowed in string format specifier");
  const std::int64_t len = length(s);
  if ((spec.width < 0 || spec.width <= len) &&
      (spec.precision < 0 || spec.precision >= len))
    return std::string(s);
  if (spec.width > kMaxOutput) return memory_error();
  std::string_view body = s;
  std::int64_t n = len;
  if (spec.precision >= 0 && len >= spec.precision) {
    n = spec.precision;
    body = s.substr(0, byte_offset(s, n));
  }
  const std::int64_t total = spec.width > n ? spec.width : n;
  std::int64_t lpad = 0;
  if (spec.align == Align::Right)
    lpad = total - n;
  else if (spec.align == Align::Center)
    lpad = (total - n) / 2;
  std::string out;
  append_fill(out, spec.fill, lpad);
  out += body;
  append_fill(out, spec.fill, total - n - lpad);
  return out;
}

}  // namespace scopeplay::text
