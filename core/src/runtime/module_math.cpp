// The math module.
#include <cmath>
#include <numbers>
#include <numeric>

#include "runtime/builtins.h"
#include "runtime/ops.h"
#include "runtime/modules.h"
#include "runtime/ops.h"
#include "text/arith.h"

namespace scopeplay::runtime {
namespace {

double num(Interp& in, Args& a, std::size_t i) { return to_double(in, a.pos[i]); }

[[noreturn]] void domain(Interp& in) { raise(in, Exc::ValueError, "math domain error"); }

Value checked(Interp& in, double r, double x) {
  if (std::isnan(r) && !std::isnan(x)) domain(in);
  if (std::isinf(r) && std::isfinite(x)) raise(in, Exc::OverflowError, "math range error");
  return Value::floating(r);
}

#define MATH1(cname, expr)                                   \
  Value cname(Interp& in, Args& a, Value&) {                 \
    check_nargs(in, a, #cname + 2, 1, 1);                    \
    double x = num(in, a, 0);                                \
    return checked(in, expr, x);                             \
  }
MATH1(m_exp, std::exp(x))
MATH1(m_sin, std::sin(x))
MATH1(m_cos, std::cos(x))
MATH1(m_tan, std::tan(x))
MATH1(m_atan, std::atan(x))
MATH1(m_sinh, std::sinh(x))
MATH1(m_cosh, std::cosh(x))
MATH1(m_tanh, std::tanh(x))
MATH1(m_fabs, std::fabs(x))
MATH1(m_degrees, x * 180.0 / std::numbers::pi)
MATH1(m_radians, x * std::numbers::pi / 180.0)
MATH1(m_erf, std::erf(x))
MATH1(m_expm1, std::expm1(x))

Value m_asin(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "asin", 1, 1);
  double x = num(in, a, 0);
  if (x < -1 || x > 1) domain(in);
  return Value::floating(std::asin(x));
}
Value m_acos(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "acos", 1, 1);
  double x = num(in, a, 0);
  if (x < -1 || x > 1) domain(in);
  return Value::floating(std::acos(x));
}
Value m_sqrt(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "sqrt", 1, 1);
  double x = num(in, a, 0);
  if (x < 0) domain(in);
  return Value::floating(std::sqrt(x));
}

double log_of(Interp& in, const Value& v) {
  if (v.is_intlike()) {
    if (v.as_int() <= 0) domain(in);
    return std::log(static_cast<double>(v.as_int()));
  }
  double x = to_double(in, v);
  if (x <= 0 || std::isnan(x)) {
    if (std::isnan(x)) return x;
    domain(in);
  }
  return std::log(x);
}

Value m_log(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "log", 1, 2);
  double r = log_of(in, a.pos[0]);
  if (a.npos == 2) {
    double b = log_of(in, a.pos[1]);
    if (b == 0) raise(in, Exc::ZeroDivisionError, "float division by zero");
    r /= b;
  }
  return Value::floating(r);
}
Value m_log2(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "log2", 1, 1);
  return Value::floating(log_of(in, a.pos[0]) / std::log(2.0));
}
Value m_log10(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "log10", 1, 1);
  double x = to_double(in, a.pos[0]);
  if (x <= 0) domain(in);
  return Value::floating(std::log10(x));
}
Value m_log1p(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "log1p", 1, 1);
  double x = num(in, a, 0);
  if (x <= -1) domain(in);
  return Value::floating(std::log1p(x));
}

Value m_pow(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "pow", 2, 2);
  double x = num(in, a, 0), y = num(in, a, 1);
  if (x == 0 && y < 0) domain(in);
  if (x < 0 && std::isfinite(y) && y != std::floor(y)) domain(in);
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) raise(in, Exc::OverflowError, "math range error");
  return Value::floating(r);
}

Value m_atan2(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "atan2", 2, 2);
  return Value::floating(std::atan2(num(in, a, 0), num(in, a, 1)));
}

Value m_hypot(Interp& in, Args& a, Value&) {
  double s = 0;
  for (std::size_t i = 0; i < a.npos; ++i) {
    double x = num(in, a, i);
    s += x * x;
  }
  return Value::floating(std::sqrt(s));
}

Value to_int_value(Interp& in, double r) {
  auto i = text::float_to_int(r);
  if (!i.ok()) {
    if (i.error().kind == text::ErrorKind::ValueError) raise(in, Exc::ValueError, i.error().message);
    if (i.error().message == "int too large to convert") raise(in, Exc::OverflowError, "integer result too large (scopeplay ints are 64-bit)");
    raise(in, Exc::OverflowError, i.error().message);
  }
  return Value::integer(i.value());
}

Value round_fn(Interp& in, Args& a, const char* name, double (*f)(double)) {
  check_nargs(in, a, name, 1, 1);
  if (a.pos[0].is_intlike()) return Value::integer(a.pos[0].as_int());
  std::string dunder = std::string("__") + name + "__";
  Value m = lookup_special(in, a.pos[0], dunder);
  if (!m.is_null()) return call1(in, m, a.pos[0]);
  return to_int_value(in, f(num(in, a, 0)));
}
Value m_floor(Interp& in, Args& a, Value&) { return round_fn(in, a, "floor", [](double x) { return std::floor(x); }); }
Value m_ceil(Interp& in, Args& a, Value&) { return round_fn(in, a, "ceil", [](double x) { return std::ceil(x); }); }
Value m_trunc(Interp& in, Args& a, Value&) { return round_fn(in, a, "trunc", [](double x) { return std::trunc(x); }); }

Value m_isclose(Interp& in, Args& a, Value&) {
  if (a.npos != 2) raise(in, Exc::TypeError, "isclose() takes exactly 2 positional arguments (" + std::to_string(a.npos) + " given)");
  double x = num(in, a, 0), y = num(in, a, 1);
  Value rt = kwarg(a, "rel_tol"), at = kwarg(a, "abs_tol");
  double rel = rt.is_null() ? 1e-9 : to_double(in, rt), abs_tol = at.is_null() ? 0.0 : to_double(in, at);
  if (rel < 0 || abs_tol < 0) raise(in, Exc::ValueError, "tolerances must be non-negative");
  if (x == y) return Value::boolean(true);
  if (std::isinf(x) || std::isinf(y)) return Value::boolean(false);
  double diff = std::fabs(y - x);
  return Value::boolean((diff <= std::fabs(rel * y)) || (diff <= std::fabs(rel * x)) || (diff <= abs_tol));
}

Value m_isnan(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "isnan", 1, 1);
  return Value::boolean(std::isnan(num(in, a, 0)));
}
Value m_isinf(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "isinf", 1, 1);
  return Value::boolean(std::isinf(num(in, a, 0)));
}
Value m_isfinite(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "isfinite", 1, 1);
  return Value::boolean(std::isfinite(num(in, a, 0)));
}
Value m_copysign(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "copysign", 2, 2);
  return Value::floating(std::copysign(num(in, a, 0), num(in, a, 1)));
}
Value m_fmod(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "fmod", 2, 2);
  double x = num(in, a, 0), y = num(in, a, 1);
  if (y == 0 || std::isinf(x)) domain(in);
  return Value::floating(std::fmod(x, y));
}

std::int64_t int_arg(Interp& in, const Value& v) { return to_index(in, v, "'%T' object cannot be interpreted as an integer"); }

Value m_factorial(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "factorial", 1, 1);
  if (a.pos[0].is_float()) raise(in, Exc::TypeError, "'float' object cannot be interpreted as an integer");
  std::int64_t n = int_arg(in, a.pos[0]);
  if (n < 0) raise(in, Exc::ValueError, "factorial() not defined for negative values");
  std::int64_t r = 1;
  for (std::int64_t i = 2; i <= n; ++i) {
    if (__builtin_mul_overflow(r, i, &r)) raise(in, Exc::OverflowError, "integer result too large (scopeplay ints are 64-bit)");
  }
  return Value::integer(r);
}

Value m_gcd(Interp& in, Args& a, Value&) {
  std::int64_t g = 0;
  for (std::size_t i = 0; i < a.npos; ++i) g = std::gcd(g, int_arg(in, a.pos[i]));
  return Value::integer(g < 0 ? -g : g);
}

Value m_lcm(Interp& in, Args& a, Value&) {
  std::int64_t l = 1;
  for (std::size_t i = 0; i < a.npos; ++i) {
    std::int64_t x = int_arg(in, a.pos[i]);
    if (x == 0) return Value::integer(0);
    l = std::lcm(l, x);
  }
  return Value::integer(l < 0 ? -l : l);
}

Value m_comb(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "comb", 2, 2);
  std::int64_t n = int_arg(in, a.pos[0]), k = int_arg(in, a.pos[1]);
  if (n < 0) raise(in, Exc::ValueError, "n must be a non-negative integer");
  if (k < 0) raise(in, Exc::ValueError, "k must be a non-negative integer");
  if (k > n) return Value::integer(0);
  k = std::min(k, n - k);
  std::int64_t r = 1;
  for (std::int64_t i = 1; i <= k; ++i) {
    std::int64_t num = n - k + i, den = i;
    std::int64_t g = std::gcd(r, den);
    r /= g;
    den /= g;
    num /= den;
    if (__builtin_mul_overflow(r, num, &r)) raise(in, Exc::OverflowError, "integer result too large (scopeplay ints are 64-bit)");
  }
  return Value::integer(r);
}

Value m_perm(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "perm", 1, 2);
  std::int64_t n = int_arg(in, a.pos[0]);
  std::int64_t k = a.npos == 2 && !a.pos[1].is_none() ? int_arg(in, a.pos[1]) : n;
  if (n < 0) raise(in, Exc::ValueError, "n must be a non-negative integer");
  if (k < 0) raise(in, Exc::ValueError, "k must be a non-negative integer");
  if (k > n) return Value::integer(0);
  std::int64_t r = 1;
  for (std::int64_t i = 0; i < k; ++i) {
    if (__builtin_mul_overflow(r, n - i, &r)) raise(in, Exc::OverflowError, "integer result too large (scopeplay ints are 64-bit)");
  }
  return Value::integer(r);
}

Value m_prod(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "prod", 1, 1);
  Value start = kwarg(a, "start");
  Value acc = start.is_null() ? Value::integer(1) : start;
  for (Value& v : to_vector(in, a.pos[0])) acc = binary_op(in, ast::BinOpKind::Mult, acc, v);
  return acc;
}

Value m_fsum(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "fsum", 1, 1);
  // Neumaier summation: exact enough for typical inputs.
  double s = 0, c = 0;
  for (Value& v : to_vector(in, a.pos[0])) {
    double x = to_double(in, v);
    double t = s + x;
    if (std::fabs(s) >= std::fabs(x)) c += (s - t) + x;
    else c += (x - t) + s;
    s = t;
  }
  return Value::floating(s + c);
}

Value m_isqrt(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "isqrt", 1, 1);
  std::int64_t n = int_arg(in, a.pos[0]);
  if (n < 0) raise(in, Exc::ValueError, "isqrt() argument must be nonnegative");
  auto r = static_cast<std::int64_t>(std::sqrt(static_cast<double>(n)));
  while (r * r > n) --r;
  while ((r + 1) * (r + 1) <= n) ++r;
  return Value::integer(r);
}

}  // namespace

Value make_math_module(Interp& in) {
  Value m = new_module(in, "math");
  const Value& d = m.as<Module>()->dict;
  struct F {
    const char* name;
    NativeFn fn;
  };
  const F fns[] = {{"sqrt", m_sqrt}, {"exp", m_exp}, {"log", m_log}, {"log2", m_log2}, {"log10", m_log10}, {"log1p", m_log1p},
                   {"pow", m_pow}, {"fabs", m_fabs}, {"floor", m_floor}, {"ceil", m_ceil}, {"trunc", m_trunc},
                   {"isclose", m_isclose}, {"isnan", m_isnan}, {"isinf", m_isinf}, {"isfinite", m_isfinite},
                   {"sin", m_sin}, {"cos", m_cos}, {"tan", m_tan}, {"asin", m_asin}, {"acos", m_acos}, {"atan", m_atan},
                   {"atan2", m_atan2}, {"sinh", m_sinh}, {"cosh", m_cosh}, {"tanh", m_tanh}, {"degrees", m_degrees},
                   {"radians", m_radians}, {"hypot", m_hypot}, {"factorial", m_factorial}, {"gcd", m_gcd}, {"lcm", m_lcm},
                   {"comb", m_comb}, {"perm", m_perm}, {"prod", m_prod}, {"fsum", m_fsum}, {"copysign", m_copysign},
                   {"fmod", m_fmod}, {"erf", m_erf}, {"expm1", m_expm1}, {"isqrt", m_isqrt}};
  for (const F& f : fns) def_builtin(in, d, f.name, f.fn);
  dict_set_str(in, d, "pi", Value::floating(std::numbers::pi));
  dict_set_str(in, d, "e", Value::floating(std::numbers::e));
  dict_set_str(in, d, "tau", Value::floating(2 * std::numbers::pi));
  dict_set_str(in, d, "inf", Value::floating(HUGE_VAL));
  dict_set_str(in, d, "nan", Value::floating(std::nan("")));
  return m;
}

}  // namespace scopeplay::runtime
