#include "text/float_digits.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace scopeplay::text::detail {

namespace {

// Parses to_chars scientific output "d[.ddd]e[+-]XX".
DigitString from_scientific(std::string_view s) {
  DigitString out;
  std::size_t e = s.find('e');
  for (std::size_t i = 0; i < e; ++i)
    if (s[i] != '.') out.digits.push_back(s[i]);
  int exp = std::atoi(std::string(s.substr(e + 1)).c_str());
  while (out.digits.size() > 1 && out.digits.back() == '0') out.digits.pop_back();
  if (out.digits == "0") {
    out.decpt = 1;
  } else {
    out.decpt = exp + 1;
  }
  return out;
}

}  // namespace

DigitString shortest_digits(double x) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, std::fabs(x),
                         std::chars_format::scientific);
  return from_scientific(std::string_view(buf, r.ptr - buf));
}

DigitString significant_digits(double x, int n) {
  // Beyond ~770 digits every double is exact; pad with zeros ourselves.
  int p = n - 1 > 800 ? 800 : n - 1;
  std::string buf(static_cast<std::size_t>(p) + 16, '\0');
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), std::fabs(x),
                         std::chars_format::scientific, p);
  return from_scientific(std::string_view(buf.data(), r.ptr - buf.data()));
}

DigitString fixed_digits(double x, int frac) {
  int p = frac > 1100 ? 1100 : frac;
  std::string buf(static_cast<std::size_t>(p) + 330, '\0');
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), std::fabs(x),
                         std::chars_format::fixed, p);
  std::string_view s(buf.data(), r.ptr - buf.data());
  DigitString out;
  std::size_t dot = s.find('.');
  int decpt = static_cast<int>(dot == std::string_view::npos ? s.size() : dot);
  std::string digits;
  for (char c : s)
    if (c != '.') digits.push_back(c);
  std::size_t lead = 0;
  while (lead < digits.size() && digits[lead] == '0') ++lead;
  if (lead == digits.size()) return DigitString{"0", 1};
  digits.erase(0, lead);
  decpt -= static_cast<int>(lead);
  while (digits.back() == '0') digits.pop_back();
  out.digits = std::move(digits);
  out.decpt = decpt;
  return out;
}

std::string format_abs(double x, const FloatLayout& layout) {
  if (std::isnan(x)) return layout.upper ? "NAN" : "nan";
  if (std::isinf(x)) return layout.upper ? "INF" : "inf";

  char code = layout.code;
  int precision = layout.precision;
  DigitString d;
  switch (code) {
    case 'e':
      ++precision;
      d = significant_digits(x, precision);
      break;
    case 'f':
      d = fixed_digits(x, precision);
      break;
    case 'g':
      if (precision == 0) precision = 1;
      d = significant_digits(x, precision);
      break;
    default:
      d = shortest_digits(x);
      break;
  }

  // Mirrors CPython's format_float_short (Python/pystrtod.c).
  const long digits_len = static_cast<long>(d.digits.size());
  long decpt = d.decpt;
  long vdigits_end = digits_len;
  bool use_exp = false;
  switch (code) {
    case 'e':
      use_exp = true;
      vdigits_end = precision;
      break;
    case 'f':
      vdigits_end = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 ||
          decpt > (layout.add_dot_0 ? precision - 1 : precision))
        use_exp = true;
      if (layout.alternate) vdigits_end = precision;
      break;
    default:
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  long exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  long vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && layout.add_dot_0)
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
  else
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;

  std::string out;
  if (decpt <= 0) {
    out.append(static_cast<std::size_t>(decpt - vdigits_start), '0');
    out.push_back('.');
    out.append(static_cast<std::size_t>(-decpt), '0');
  } else {
    out.append(static_cast<std::size_t>(-vdigits_start), '0');
  }
  if (0 < decpt && decpt <= digits_len) {
    out.append(d.digits, 0, static_cast<std::size_t>(decpt));
    out.push_back('.');
    out.append(d.digits, static_cast<std::size_t>(decpt), std::string::npos);
  } else {
    out.append(d.digits);
  }
  if (digits_len < decpt) {
    out.append(static_cast<std::size_t>(decpt - digits_len), '0');
    out.push_back('.');
    out.append(static_cast<std::size_t>(vdigits_end - decpt), '0');
  } else if (vdigits_end > digits_len) {
    out.append(static_cast<std::size_t>(vdigits_end - digits_len), '0');
  }
  if (out.back() == '.' && !layout.alternate) out.pop_back();
  if (use_exp) {
    out.push_back(layout.upper ? 'E' : 'e');
    out.push_back(exp < 0 ? '-' : '+');
    long a = exp < 0 ? -exp : exp;
    if (a < 10) out.push_back('0');
    out += std::to_string(a);
  }
  return out;
}

}  // namespace scopeplay::text::detail
