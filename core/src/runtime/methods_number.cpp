// int and float methods.
#include <cmath>

#include "runtime/builtins.h"
#include "runtime/ops.h"
#include "text/arith.h"

namespace scopeplay::runtime {
namespace {

std::int64_t self_int(Interp& in, Args& a, const char* name) {
  if (a.npos == 0 || !a.pos[0].is_intlike()) raise(in, Exc::TypeError, std::string("descriptor '") + name + "' requires an 'int' object");
  return a.pos[0].as_int();
}

double self_float(Interp& in, Args& a, const char* name) {
  if (a.npos == 0 || !a.pos[0].is_float()) raise(in, Exc::TypeError, std::string("descriptor '") + name + "' requires a 'float' object");
  return a.pos[0].as_float();
}

Value i_bit_length(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "bit_length", 1, 1);
  std::int64_t v = self_int(in, a, "bit_length");
  std::uint64_t u = v < 0 ? static_cast<std::uint64_t>(0) - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
  int n = 0;
  while (u) {
    ++n;
    u >>= 1;
  }
  return Value::integer(n);
}

Value i_bit_count(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "bit_count", 1, 1);
  std::int64_t v = self_int(in, a, "bit_count");
  std::uint64_t u = v < 0 ? static_cast<std::uint64_t>(0) - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
  return Value::integer(__builtin_popcountll(u));
}

Value i_conjugate(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "conjugate", 1, 1);
  return Value::integer(self_int(in, a, "conjugate"));
}

Value i_as_integer_ratio(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "as_integer_ratio", 1, 1);
  return make_tuple(in, {Value::integer(self_int(in, a, "as_integer_ratio")), Value::integer(1)});
}

Value i_index(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "__index__", 1, 1);
  return Value::integer(self_int(in, a, "__index__"));
}

Value f_is_integer(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "is_integer", 1, 1);
  return Value::boolean(text::float_is_integer(self_float(in, a, "is_integer")));
}

Value f_as_integer_ratio(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "as_integer_ratio", 1, 1);
  auto r = text::float_as_integer_ratio(self_float(in, a, "as_integer_ratio"));
  if (!r.ok()) raise(in, r.error().kind == text::ErrorKind::ValueError ? Exc::ValueError : Exc::OverflowError, r.error().message);
  return make_tuple(in, {Value::integer(r.value().first), Value::integer(r.value().second)});
}

Value f_conjugate(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "conjugate", 1, 1);
  return Value::floating(self_float(in, a, "conjugate"));
}

}  // namespace

void install_number_methods(Interp& in) {
  def_method(in, in.t.int_, "bit_length", i_bit_length);
  def_method(in, in.t.int_, "bit_count", i_bit_count);
  def_method(in, in.t.int_, "conjugate", i_conjugate);
  def_method(in, in.t.int_, "as_integer_ratio", i_as_integer_ratio);
  def_method(in, in.t.int_, "__index__", i_index);
  def_method(in, in.t.float_, "is_integer", f_is_integer);
  def_method(in, in.t.float_, "as_integer_ratio", f_as_integer_ratio);
  def_method(in, in.t.float_, "conjugate", f_conjugate);
}

}  // namespace scopeplay::runtime
