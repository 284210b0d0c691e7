#include "text/arith.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <string>

namespace scopeplay::text {

namespace {

__extension__ typedef __int128 Int128;

constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
constexpr std::uint64_t kHashModulus = (std::uint64_t{1} << 61) - 1;
constexpr int kHashBits = 61;
constexpr std::int64_t kHashInf = 314159;

Error zero_division(std::string message) {
  return Error{ErrorKind::ZeroDivisionError, std::move(message)};
}

std::int64_t floor_div_unchecked(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

std::int64_t floor_mod_unchecked(std::int64_t a, std::int64_t b) {
  std::int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

// CPython's float_divmod.
std::pair<double, double> py_float_divmod(double vx, double wx) {
  double mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod != 0.0) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  double floordiv;
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
  return {floordiv, mod};
}

}  // namespace

std::optional<std::int64_t> checked_add(std::int64_t a, std::int64_t b) {
  std::int64_t r;
  if (__builtin_add_overflow(a, b, &r)) return std::nullopt;
  return r;
}

std::optional<std::int64_t> checked_sub(std::int64_t a, std::int64_t b) {
  std::int64_t r;
  if (__builtin_sub_overflow(a, b, &r)) return std::nullopt;
  return r;
}

std::optional<std::int64_t> checked_mul(std::int64_t a, std::int64_t b) {
  std::int64_t r;
  if (__builtin_mul_overflow(a, b, &r)) return std::nullopt;
  return r;
}

std::optional<std::int64_t> checked_neg(std::int64_t a) {
  if (a == kMin) return std::nullopt;
  return -a;
}

std::optional<std::int64_t> checked_pow(std::int64_t base, std::int64_t exp) {
  if (exp < 0) return std::nullopt;
  std::int64_t result = 1;
  while (exp > 0) {
    if (exp & 1) {
      auto r = checked_mul(result, base);
      if (!r) return std::nullopt;
      result = *r;
    }
    exp >>= 1;
    if (exp > 0) {
      auto sq = checked_mul(base, base);
      if (!sq) return std::nullopt;
      base = *sq;
    }
  }
  return result;
}

std::optional<std::int64_t> checked_lshift(std::int64_t a, std::int64_t n) {
  if (n < 0) return std::nullopt;
  if (a == 0) return 0;
  if (n >= 64) return std::nullopt;
  std::int64_t r = static_cast<std::int64_t>(static_cast<std::uint64_t>(a) << n);
  if ((r >> n) != a) return std::nullopt;
  return r;
}

Result<std::int64_t> int_floordiv(std::int64_t a, std::int64_t b) {
  if (b == 0) return zero_division("integer division or modulo by zero");
  if (a == kMin && b == -1) return overflow_error("integer overflow");
  return floor_div_unchecked(a, b);
}

Result<std::int64_t> int_mod(std::int64_t a, std::int64_t b) {
  if (b == 0) return zero_division("integer modulo by zero");
  if (b == -1) return std::int64_t{0};
  return floor_mod_unchecked(a, b);
}

Result<std::pair<std::int64_t, std::int64_t>> int_divmod(std::int64_t a,
                                                         std::int64_t b) {
  if (b == 0) return zero_division("integer division or modulo by zero");
  if (a == kMin && b == -1) return overflow_error("integer overflow");
  return std::pair{floor_div_unchecked(a, b), floor_mod_unchecked(a, b)};
}

Result<double> int_truediv(std::int64_t a, std::int64_t b) {
  if (b == 0) return zero_division("division by zero");
  constexpr std::int64_t kExact = std::int64_t{1} << 53;
  if (a >= -kExact && a <= kExact && b >= -kExact && b <= kExact)
    return static_cast<double>(a) / static_cast<double>(b);
  // Exact quotient to >= 62 bits plus a sticky bit, then one rounding in the
  // 128-bit -> double conversion (ties to even), as CPython's long_true_divide.
  __extension__ typedef unsigned __int128 UInt128;
  const bool negative = (a < 0) != (b < 0);
  const std::uint64_t ua = a < 0 ? 0 - static_cast<std::uint64_t>(a) : static_cast<std::uint64_t>(a);
  const std::uint64_t ub = b < 0 ? 0 - static_cast<std::uint64_t>(b) : static_cast<std::uint64_t>(b);
  if (ua == 0) return negative ? -0.0 : 0.0;
  const int shift = 127 - (64 - __builtin_clzll(ua));
  const UInt128 n = static_cast<UInt128>(ua) << shift;
  UInt128 q = n / ub;
  if (n % ub != 0) q |= 1;
  const double r = std::ldexp(static_cast<double>(q), -shift);
  return negative ? -r : r;
}

Result<std::int64_t> round_int(std::int64_t v, std::int64_t ndigits) {
  if (ndigits >= 0) return v;
  if (ndigits < -38) return std::int64_t{0};
  Int128 p = 1;
  for (std::int64_t i = 0; i < -ndigits; ++i) p *= 10;
  Int128 x = v;
  Int128 q = x / p;
  Int128 r = x % p;
  if (r < 0) {
    r += p;
    q -= 1;
  }
  if (2 * r > p || (2 * r == p && (q & 1) != 0)) q += 1;
  Int128 result = q * p;
  if (result < static_cast<Int128>(kMin) ||
      result > static_cast<Int128>(std::numeric_limits<std::int64_t>::max()))
    return overflow_error("int too large to convert");
  return static_cast<std::int64_t>(result);
}

Result<double> float_floordiv(double x, double y) {
  if (y == 0.0) return zero_division("float floor division by zero");
  return py_float_divmod(x, y).first;
}

Result<double> float_mod(double x, double y) {
  if (y == 0.0) return zero_division("float modulo");
  double mod = std::fmod(x, y);
  if (mod != 0.0) {
    if ((y < 0) != (mod < 0)) mod += y;
  } else {
    mod = std::copysign(0.0, y);
  }
  return mod;
}

Result<std::pair<double, double>> float_divmod(double x, double y) {
  if (y == 0.0) return zero_division("float divmod()");
  return py_float_divmod(x, y);
}

Result<double> float_truediv(double x, double y) {
  if (y == 0.0) return zero_division("float division by zero");
  return x / y;
}

Result<double> round_float(double x, std::int64_t ndigits) {
  constexpr std::int64_t kNdigitsMax = 323, kNdigitsMin = -308;
  if (!std::isfinite(x) || ndigits > kNdigitsMax) return x;
  if (ndigits < kNdigitsMin) return 0.0 * x;
  if (x == 0.0) return x;
  if (ndigits >= 0) {
    char buf[700];
    auto r = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::fixed,
                           static_cast<int>(ndigits));
    double out = 0.0;
    std::from_chars(buf, r.ptr, out);
    return out;
  }
  // Negative ndigits: round the exact integer part at a power of ten.
  std::string exact(1500, '\0');
  auto r = std::to_chars(exact.data(), exact.data() + exact.size(), std::fabs(x),
                         std::chars_format::fixed, 1074);
  exact.resize(static_cast<std::size_t>(r.ptr - exact.data()));
  std::size_t dot = exact.find('.');
  std::string int_part = exact.substr(0, dot);
  bool frac_nonzero = exact.find_first_not_of('0', dot + 1) != std::string::npos;
  const std::size_t drop = static_cast<std::size_t>(-ndigits);
  std::string kept;
  std::string rest;
  if (int_part.size() > drop) {
    kept = int_part.substr(0, int_part.size() - drop);
    rest = int_part.substr(int_part.size() - drop);
  } else {
    kept = "0";
    rest = std::string(drop - int_part.size(), '0') + int_part;
  }
  bool round_up = false;
  if (rest[0] > '5') {
    round_up = true;
  } else if (rest[0] == '5') {
    bool beyond = frac_nonzero ||
                  rest.find_first_not_of('0', 1) != std::string::npos;
    round_up = beyond || ((kept.back() - '0') & 1) != 0;
  }
  if (round_up) {
    std::size_t i = kept.size();
    while (i > 0 && kept[i - 1] == '9') kept[--i] = '0';
    if (i == 0)
      kept.insert(kept.begin(), '1');
    else
      ++kept[i - 1];
  }
  std::string text = kept + "e" + std::to_string(drop);
  double out = 0.0;
  auto pr = std::from_chars(text.data(), text.data() + text.size(), out);
  if (pr.ec == std::errc::result_out_of_range || std::isinf(out))
    return overflow_error("rounded value too large to represent");
  return std::copysign(out, x);
}

Result<double> round_half_even(double x) {
  if (std::isinf(x)) return overflow_error("cannot convert float infinity to integer");
  if (std::isnan(x)) return value_error("cannot convert float NaN to integer");
  double rounded = std::round(x);
  if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);
  return rounded + 0.0;  // an int has no -0
}

Result<std::int64_t> float_to_int(double x) {
  if (std::isinf(x)) return overflow_error("cannot convert float infinity to integer");
  if (std::isnan(x)) return value_error("cannot convert float NaN to integer");
  double t = std::trunc(x);
  if (t < -9223372036854775808.0 || t >= 9223372036854775808.0)
    return overflow_error("int too large to convert");
  return static_cast<std::int64_t>(t);
}

double int_to_float(std::int64_t v) { return static_cast<double>(v); }

std::int64_t hash_int(std::int64_t v) {
  std::uint64_t mag = v < 0 ? 0 - static_cast<std::uint64_t>(v)
                            : static_cast<std::uint64_t>(v);
  std::int64_t h = static_cast<std::int64_t>(mag % kHashModulus);
  if (v < 0) h = -h;
  return h == -1 ? -2 : h;
}

std::int64_t hash_float(double v) {
  if (std::isinf(v)) return v > 0 ? kHashInf : -kHashInf;
  if (std::isnan(v)) return 0;
  int e = 0;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  std::uint64_t x = 0;
  while (m != 0.0) {
    x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
    m *= 268435456.0;
    e -= 28;
    std::uint64_t y = static_cast<std::uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kHashModulus) x -= kHashModulus;
  }
  e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
  x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
  std::int64_t h = static_cast<std::int64_t>(x) * sign;
  return h == -1 ? -2 : h;
}

bool float_is_integer(double x) { return std::isfinite(x) && std::floor(x) == x; }

Result<std::pair<std::int64_t, std::int64_t>> float_as_integer_ratio(double x) {
  if (std::isinf(x)) return overflow_error("cannot convert Infinity to integer ratio");
  if (std::isnan(x)) return value_error("cannot convert NaN to integer ratio");
  int exponent = 0;
  double float_part = std::frexp(x, &exponent);
  for (int i = 0; i < 300 && float_part != std::floor(float_part); ++i) {
    float_part *= 2.0;
    --exponent;
  }
  std::int64_t numerator = static_cast<std::int64_t>(float_part);
  std::int64_t denominator = 1;
  if (exponent > 0) {
    auto n = checked_lshift(numerator, exponent);
    if (!n) return overflow_error("int too large to convert");
    numerator = *n;
  } else if (exponent < 0) {
    if (-exponent >= 63) return overflow_error("int too large to convert");
    denominator = std::int64_t{1} << -exponent;
  }
  return std::pair{numerator, denominator};
}

}  // namespace scopeplay::text
