#include "text/percent_format.h"

#include <cmath>
#include <limits>

#include "text/float_digits.h"
#include "text/numbers.h"
#include "text/utf8.h"

namespace scopeplay::text {

namespace {

// Literal widths/precisions beyond this are refused with MemoryError rather
// than allocating; '*' values are clamped to it.
constexpr std::int64_t kMaxOutput = std::int64_t{1} << 28;

bool is_int_conversion(char32_t c) {
  return c == 'd' || c == 'i' || c == 'u' || c == 'o' || c == 'x' || c == 'X';
}

bool is_float_conversion(char32_t c) {
  return c == 'e' || c == 'E' || c == 'f' || c == 'F' || c == 'g' || c == 'G';
}

// CPython's unicode_format_arg_output for numbers: `body` may start with '-'
// and, with '#', carry a 0x/0X/0o prefix right after the sign.
std::string output_number(const PercentSpec& spec, std::string body) {
  const char fill = spec.zero && !spec.left ? '0' : ' ';
  char sign = 0;
  std::size_t pos = 0;
  if (!body.empty() && (body[0] == '-' || body[0] == '+')) {
    sign = body[0];
    pos = 1;
  } else if (spec.plus) {
    sign = '+';
  } else if (spec.space) {
    sign = ' ';
  }
  std::string prefix;
  const char32_t ch = spec.conversion;
  if (spec.alternate && (ch == 'x' || ch == 'X' || ch == 'o')) {
    prefix = body.substr(pos, 2);
    pos += 2;
  }
  std::string digits = body.substr(pos);
  const std::int64_t used = (sign ? 1 : 0) + static_cast<std::int64_t>(prefix.size()) +
                            static_cast<std::int64_t>(digits.size());
  const std::int64_t pad = spec.width > used ? spec.width - used : 0;
  std::string out;
  if (fill == '0') {
    if (sign) out.push_back(sign);
    out += prefix;
    out.append(static_cast<std::size_t>(pad), '0');
    out += digits;
    return out;
  }
  if (!spec.left) out.append(static_cast<std::size_t>(pad), ' ');
  if (sign) out.push_back(sign);
  out += prefix;
  out += digits;
  if (spec.left) out.append(static_cast<std::size_t>(pad), ' ');
  return out;
}

std::string pad_text(const PercentSpec& spec, std::string_view text, std::int64_t len) {
  const std::int64_t pad = spec.width > len ? spec.width - len : 0;
  std::string out;
  if (!spec.left) out.append(static_cast<std::size_t>(pad), ' ');
  out += text;
  if (spec.left) out.append(static_cast<std::size_t>(pad), ' ');
  return out;
}

}  // namespace

PercentFormat parse_percent_format(std::string_view format) {
  PercentFormat result;
  std::vector<char32_t> s = decode_all(format);
  const std::size_t n = s.size();
  std::string literal;
  const auto flush = [&] {
    if (literal.empty()) return;
    PercentPiece piece;
    piece.literal = std::move(literal);
    literal.clear();
    result.pieces.push_back(std::move(piece));
  };
  std::size_t i = 0;
  while (i < n) {
    if (s[i] != '%') {
      append_utf8(literal, s[i++]);
      continue;
    }
    if (i + 1 < n && s[i + 1] == '%') {
      literal.push_back('%');
      i += 2;
      continue;
    }
    ++i;  // past '%'
    PercentSpec spec;
    const auto incomplete = [&] { result.error = value_error("incomplete format"); };
    if (i < n && s[i] == '(') {
      std::size_t key_start = ++i;
      int depth = 1;
      while (i < n) {
        if (s[i] == ')' && --depth == 0) break;
        if (s[i] == '(') ++depth;
        ++i;
      }
      if (depth > 0) {
        flush();
        result.error = value_error("incomplete format key");
        return result;
      }
      spec.key = encode_all(std::vector<char32_t>(s.begin() + static_cast<long>(key_start),
                                                  s.begin() + static_cast<long>(i)));
      result.uses_mapping_keys = true;
      ++i;  // past ')'
    }
    for (; i < n; ++i) {
      char32_t c = s[i];
      if (c == '-') spec.left = true;
      else if (c == '+') spec.plus = true;
      else if (c == ' ') spec.space = true;
      else if (c == '#') spec.alternate = true;
      else if (c == '0') spec.zero = true;
      else break;
    }
    if (i < n && s[i] == '*') {
      spec.width = kPercentStar;
      ++i;
    } else if (i < n && s[i] >= '0' && s[i] <= '9') {
      spec.width = 0;
      for (; i < n && s[i] >= '0' && s[i] <= '9'; ++i) {
        int d = static_cast<int>(s[i] - '0');
        if (spec.width > (std::numeric_limits<std::int64_t>::max() - d) / 10) {
          flush();
          result.error = value_error("width too big");
          return result;
        }
        spec.width = spec.width * 10 + d;
      }
    }
    if (i < n && s[i] == '.') {
      spec.precision = 0;
      ++i;
      if (i < n && s[i] == '*') {
        spec.precision = kPercentStar;
        ++i;
      } else {
        for (; i < n && s[i] >= '0' && s[i] <= '9'; ++i) {
          int d = static_cast<int>(s[i] - '0');
          if (spec.precision > (std::numeric_limits<int>::max() - d) / 10) {
            flush();
            result.error = value_error("precision too big");
            return result;
          }
          spec.precision = spec.precision * 10 + d;
        }
      }
    }
    if (spec.width > kMaxOutput || spec.precision > kMaxOutput) {
      flush();
      result.error = Error{ErrorKind::MemoryError, ""};
      return result;
    }
    if (i < n && (s[i] == 'h' || s[i] == 'l' || s[i] == 'L')) ++i;
    if (i >= n) {
      flush();
      incomplete();
      return result;
    }
    spec.conversion = s[i];
    spec.index = static_cast<std::int64_t>(i);
    ++i;
    flush();
    PercentPiece piece;
    piece.is_literal = false;
    piece.spec = std::move(spec);
    result.pieces.push_back(std::move(piece));
  }
  flush();
  return result;
}

void percent_set_star_width(PercentSpec& spec, std::int64_t width) {
  if (width < 0) {
    spec.left = true;
    width = width == std::numeric_limits<std::int64_t>::min()
                ? std::numeric_limits<std::int64_t>::max()
                : -width;
  }
  spec.width = width > kMaxOutput ? kMaxOutput : width;
}

void percent_set_star_precision(PercentSpec& spec, std::int64_t precision) {
  spec.precision = precision < 0 ? 0 : precision > kMaxOutput ? kMaxOutput : precision;
}

std::string percent_int(const PercentSpec& spec, std::int64_t v) {
  if (is_float_conversion(spec.conversion)) return percent_float(spec, static_cast<double>(v));
  int base = 10;
  const char* prefix = "";
  switch (spec.conversion) {
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
  }
  std::string digits = int_digits(v, base);
  bool negative = digits[0] == '-';
  if (negative) digits.erase(0, 1);
  if (spec.conversion == 'X')
    for (char& c : digits)
      if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 'a' + 'A');
  if (spec.precision > static_cast<std::int64_t>(digits.size()))
    digits.insert(0, static_cast<std::size_t>(spec.precision) - digits.size(), '0');
  std::string body = negative ? "-" : "";
  if (spec.alternate) body += prefix;
  body += digits;
  return output_number(spec, std::move(body));
}

std::string percent_float(const PercentSpec& spec, double x) {
  detail::FloatLayout layout;
  char32_t c = spec.conversion;
  if (!is_float_conversion(c)) c = 'g';
  layout.upper = c == 'E' || c == 'F' || c == 'G';
  layout.code = static_cast<char>(layout.upper ? c - 'A' + 'a' : c);
  layout.precision = static_cast<int>(spec.precision < 0 ? 6 : spec.precision);
  layout.alternate = spec.alternate;
  std::string body = detail::format_abs(x, layout);
  if (std::signbit(x) && !std::isnan(x)) body.insert(0, 1, '-');
  return output_number(spec, std::move(body));
}

std::string percent_text(const PercentSpec& spec, std::string_view text) {
  std::int64_t len = length(text);
  if (spec.precision >= 0 && len > spec.precision) {
    text = text.substr(0, byte_offset(text, spec.precision));
    len = spec.precision;
  }
  return pad_text(spec, text, len);
}

Result<std::string> percent_char(const PercentSpec& spec, std::int64_t cp) {
  if (cp < 0 || cp > 0x10FFFF) return overflow_error("%c arg not in range(0x110000)");
  return pad_text(spec, encode_utf8(static_cast<char32_t>(cp)), 1);
}

Result<std::string> percent_char_str(const PercentSpec& spec, std::string_view s) {
  if (length(s) != 1) return type_error("%c requires int or char");
  return pad_text(spec, s, 1);
}

bool percent_conversion_known(char32_t c) {
  return is_int_conversion(c) || is_float_conversion(c) || c == 'c' || c == 'r' ||
         c == 's' || c == 'a';
}

Error percent_unsupported_character(const PercentSpec& spec) {
  const char32_t c = spec.conversion;
  const char shown = (c >= 31 && c <= 126) ? static_cast<char>(c) : '?';
  return value_error(std::string("unsupported format character '") + shown + "' (0x" +
                     int_digits(static_cast<std::int64_t>(c), 16) + ") at index " +
                     std::to_string(spec.index));
}

Error percent_type_error(char32_t conversion, std::string_view type_name) {
  std::string tn(type_name);
  if (conversion == 'c') return type_error("%c requires int or char");
  if (is_float_conversion(conversion)) return type_error("must be real number, not " + tn);
  std::string conv;
  append_utf8(conv, conversion);
  if (conversion == 'o' || conversion == 'x' || conversion == 'X')
    return type_error("%" + conv + " format: an integer is required, not " + tn);
  return type_error("%" + conv + " format: a real number is required, not " + tn);
}

Error percent_not_enough_arguments() {
  return type_error("not enough arguments for format string");
}
Error percent_not_all_converted() {
  return type_error("not all arguments converted during string formatting");
}
Error percent_requires_mapping() { return type_error("format requires a mapping"); }
Error percent_star_wants_int() { return type_error("* wants int"); }

}  // namespace scopeplay::text
