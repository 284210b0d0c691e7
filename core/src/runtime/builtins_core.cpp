// The builtin functions (print, len, sorted, min/max, getattr, ...).
#include <algorithm>
#include <cmath>

#include "runtime/builtins.h"
#include "runtime/eval.h"
#include "runtime/iterators.h"
#include "runtime/ops.h"
#include "text/arith.h"
#include "text/numbers.h"
#include "text/str_repr.h"

namespace scopeplay::runtime {

void def_builtin(Interp& in, const Value& dict, std::string_view name, NativeFn fn) {
  dict_set_str(in, dict, name, make_builtin(in, std::string(name), fn));
}

void def_method(Interp& in, TypeObject* t, std::string_view name, NativeFn fn) {
  Value b = make_builtin(in, std::string(name), fn);
  b.as<Builtin>()->owner = t->name;
  dict_set_str(in, t->dict, name, b);
}

void check_nargs(Interp& in, Args& a, std::string_view name, std::size_t min, std::size_t max) {
  std::string n(name);
  if (a.nkw) raise(in, Exc::TypeError, n + "() takes no keyword arguments");
  if (a.npos >= min && a.npos <= max) return;
  if (min == max) {
    if (min == 1) raise(in, Exc::TypeError, n + "() takes exactly one argument (" + std::to_string(a.npos) + " given)");
    if (min == 0) raise(in, Exc::TypeError, n + "() takes no arguments (" + std::to_string(a.npos) + " given)");
    raise(in, Exc::TypeError, n + " expected " + std::to_string(min) + " arguments, got " + std::to_string(a.npos));
  }
  if (a.npos < min) {
    raise(in, Exc::TypeError, n + " expected at least " + std::to_string(min) + " argument" + (min == 1 ? "" : "s") + ", got " +
                                  std::to_string(a.npos));
  }
  raise(in, Exc::TypeError, n + " expected at most " + std::to_string(max) + " argument" + (max == 1 ? "" : "s") + ", got " +
                                std::to_string(a.npos));
}

void check_no_kwargs(Interp& in, Args& a, std::string_view name) {
  if (a.nkw) raise(in, Exc::TypeError, std::string(name) + "() takes no keyword arguments");
}

Value kwarg(Args& a, std::string_view name) {
  for (std::size_t i = 0; i < a.nkw; ++i)
    if (str_of(a.kwnames[i]) == name) return a.kwvalues[i];
  return Value();
}

Value arg_or_kw(Args& a, std::size_t i, std::string_view name) {
  if (i < a.npos) return a.pos[i];
  return kwarg(a, name);
}

namespace {

void only_kwargs(Interp& in, Args& a, std::string_view fname, std::initializer_list<std::string_view> allowed) {
  for (std::size_t i = 0; i < a.nkw; ++i) {
    bool ok = false;
    for (auto n : allowed) if (str_of(a.kwnames[i]) == n) ok = true;
    if (!ok) raise(in, Exc::TypeError, "'" + str_of(a.kwnames[i]) + "' is an invalid keyword argument for " + std::string(fname) + "()");
  }
}

Value b_print(Interp& in, Args& a, Value&) {
  only_kwargs(in, a, "print", {"sep", "end", "file", "flush"});
  Value sep = kwarg(a, "sep"), end = kwarg(a, "end"), file = kwarg(a, "file");
  auto text_arg = [&](const Value& v, const char* def, const char* what) -> std::string {
    if (v.is_null() || v.is_none()) return def;
    if (!is_str(v)) raise(in, Exc::TypeError, std::string(what) + " must be None or a string, not " + type_name(in, v));
    return str_of(v);
  };
  std::string s = text_arg(sep, " ", "sep"), e = text_arg(end, "\n", "end");
  std::string out;
  for (std::size_t i = 0; i < a.npos; ++i) {
    if (i) out += s;
    out += to_str(in, a.pos[i]);
  }
  out += e;
  if (!file.is_null() && !file.is_none()) {
    Value w = get_attr_opt(in, file, in.intern("write"));
    if (w.is_null()) raise(in, Exc::AttributeError, "'" + type_name(in, file) + "' object has no attribute 'write'");
    call1(in, w, make_str(in, out));
    return Value::none();
  }
  in.write_out(out);
  return Value::none();
}

Value b_len(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "len", 1, 1);
  return Value::integer(length(in, a[0]));
}

Value b_repr(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "repr", 1, 1);
  return make_str(in, repr(in, a[0]));
}

Value b_ascii(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "ascii", 1, 1);
  return make_str(in, text::ascii_escape(repr(in, a[0])));
}

Value b_abs(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "abs", 1, 1);
  const Value& v = a[0];
  if (v.is_intlike()) {
    if (v.as_int() == INT64_MIN) raise(in, Exc::OverflowError, "integer result too large (scopeplay ints are 64-bit)");
    return Value::integer(v.as_int() < 0 ? -v.as_int() : v.as_int());
  }
  if (v.is_float()) return Value::floating(std::fabs(v.as_float()));
  Value f = lookup_special(in, v, "__abs__");
  if (!f.is_null()) return call1(in, f, v);
  raise(in, Exc::TypeError, "bad operand type for abs(): '" + type_name(in, v) + "'");
}

bool class_or_tuple(Interp& in, const Value& cls, const std::function<bool(TypeObject*)>& test, const char* err) {
  if (is_kind(cls, Kind::Type)) return test(cls.as<TypeObject>());
  if (is_kind(cls, Kind::Tuple)) {
    for (auto& c : cls.as<Tuple>()->items)
      if (class_or_tuple(in, c, test, err)) return true;
    return false;
  }
  raise(in, Exc::TypeError, err);
}

Value b_isinstance(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "isinstance", 2, 2);
  Value v = a[0];
  return Value::boolean(class_or_tuple(
      in, a[1], [&](TypeObject* t) { return isinstance(in, v, t); },
      "isinstance() arg 2 must be a type, a tuple of types, or a union"));
}

Value b_issubclass(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "issubclass", 2, 2);
  if (!is_kind(a[0], Kind::Type)) raise(in, Exc::TypeError, "issubclass() arg 1 must be a class");
  TypeObject* sub = a[0].as<TypeObject>();
  return Value::boolean(class_or_tuple(
      in, a[1], [&](TypeObject* t) { return is_subtype(sub, t); },
      "issubclass() arg 2 must be a class, a tuple of classes, or a union"));
}

Value attr_name(Interp& in, const Value& v, const char* fn) {
  if (!is_str(v)) raise(in, Exc::TypeError, std::string(fn) + "(): attribute name must be string, not '" + type_name(in, v) + "'");
  return in.intern(str_of(v));
}

Value b_getattr(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "getattr", 2, 3);
  Value name = attr_name(in, a[1], "getattr");
  if (a.npos == 3) {
    try {
      Value v = get_attr_opt(in, a[0], name);
      return v.is_null() ? a[2] : v;
    } catch (PyError& e) {
      if (exc_matches(in, e.exc, Exc::AttributeError)) return a[2];
      throw;
    }
  }
  return get_attr(in, a[0], name);
}

Value b_setattr(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "setattr", 3, 3);
  set_attr(in, a[0], attr_name(in, a[1], "setattr"), a[2]);
  return Value::none();
}

Value b_delattr(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "delattr", 2, 2);
  del_attr(in, a[0], attr_name(in, a[1], "delattr"));
  return Value::none();
}

Value b_hasattr(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "hasattr", 2, 2);
  try {
    return Value::boolean(!get_attr_opt(in, a[0], attr_name(in, a[1], "hasattr")).is_null());
  } catch (PyError& e) {
    if (exc_matches(in, e.exc, Exc::AttributeError)) return Value::boolean(false);
    throw;
  }
}

Value b_callable(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "callable", 1, 1);
  return Value::boolean(is_callable(in, a[0]));
}

Value b_id(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "id", 1, 1);
  const Value& v = a[0];
  if (v.is_obj()) return Value::integer(static_cast<std::int64_t>(reinterpret_cast<std::uintptr_t>(v.obj())));
  return Value::integer(static_cast<std::int64_t>(hash_value(in, v) * 16 + 0x1000 + static_cast<int>(v.tag())));
}

Value b_hash(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "hash", 1, 1);
  return Value::integer(hash_value(in, a[0]));
}

Value b_iter(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "iter", 1, 2);
  if (a.npos == 2) {
    Value fn = a[0], sentinel = a[1];
    if (!is_callable(in, fn)) raise(in, Exc::TypeError, "iter(v, w): v must be callable");
    auto done = std::make_shared<bool>(false);
    return make_fn_iter(in, "callable_iterator", {}, [fn, sentinel, done](Interp& inn) -> Value {
      if (*done) return Value();
      Value v = call0(inn, fn);
      if (equals(inn, v, sentinel)) {
        *done = true;
        return Value();
      }
      return v;
    });
  }
  return get_iter(in, a[0]);
}

Value b_next(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "next", 1, 2);
  const Value& it = a[0];
  bool is_iter = is_kind(it, Kind::Iterator) || is_kind(it, Kind::Generator) ||
                 (is_kind(it, Kind::Instance) && !lookup_type(it.obj()->type, "__next__").is_null());
  if (!is_iter) raise(in, Exc::TypeError, "'" + type_name(in, it) + "' object is not an iterator");
  if (is_kind(it, Kind::Instance) && a.npos == 1) return call1(in, lookup_type(it.obj()->type, "__next__"), it);
  Value v = iter_next(in, it);
  if (!v.is_null()) return v;
  if (a.npos == 2) return a[1];
  std::vector<Value> args;
  if (is_kind(it, Kind::Generator)) {
    Value r = generator_return_value(it);
    if (!r.is_none()) args.push_back(r);
  }
  throw_exception(in, make_exception(in, in.exc_type(Exc::StopIteration), std::move(args)));
}

Value min_max(Interp& in, Args& a, bool is_max) {
  const char* name = is_max ? "max" : "min";
  only_kwargs(in, a, name, {"key", "default"});
  Value key = kwarg(a, "key"), def = kwarg(a, "default");
  if (key.is_none()) key = Value();
  if (a.npos == 0) raise(in, Exc::TypeError, std::string(name) + " expected at least 1 argument, got 0");
  std::vector<Value> items;
  if (a.npos == 1) {
    items = to_vector(in, a[0]);
  } else {
    if (!def.is_null()) {
      raise(in, Exc::TypeError, std::string("Cannot specify a default for ") + name + "() with multiple positional arguments");
    }
    items.assign(a.pos, a.pos + a.npos);
  }
  if (items.empty()) {
    if (!def.is_null()) return def;
    raise(in, Exc::ValueError, std::string(name) + "() arg is an empty sequence");
  }
  Value best = items[0];
  Value best_key = key.is_null() ? best : call1(in, key, best);
  for (std::size_t i = 1; i < items.size(); ++i) {
    Value k = key.is_null() ? items[i] : call1(in, key, items[i]);
    bool better = is_max ? less_than(in, best_key, k) : less_than(in, k, best_key);
    if (better) {
      best = items[i];
      best_key = k;
    }
  }
  return best;
}

Value b_min(Interp& in, Args& a, Value&) { return min_max(in, a, false); }
Value b_max(Interp& in, Args& a, Value&) { return min_max(in, a, true); }

Value b_sum(Interp& in, Args& a, Value&) {
  only_kwargs(in, a, "sum", {"start"});
  if (a.npos == 0) raise(in, Exc::TypeError, "sum() takes at least 1 positional argument (0 given)");
  if (a.npos > 2) raise(in, Exc::TypeError, "sum() takes at most 2 arguments (" + std::to_string(a.npos) + " given)");
  Value acc = a.npos == 2 ? a[1] : kwarg(a, "start");
  if (acc.is_null()) acc = Value::integer(0);
  if (is_str(acc)) raise(in, Exc::TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  Value it = get_iter(in, a[0]);
  for (;;) {
    Value x = iter_next(in, it);
    if (x.is_null()) break;
    acc = binary_op(in, ast::BinOpKind::Add, acc, x);
  }
  return acc;
}

Value b_any(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "any", 1, 1);
  Value it = get_iter(in, a[0]);
  for (;;) {
    Value x = iter_next(in, it);
    if (x.is_null()) return Value::boolean(false);
    if (truthy(in, x)) return Value::boolean(true);
  }
}

Value b_all(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "all", 1, 1);
  Value it = get_iter(in, a[0]);
  for (;;) {
    Value x = iter_next(in, it);
    if (x.is_null()) return Value::boolean(true);
    if (!truthy(in, x)) return Value::boolean(false);
  }
}

}  // namespace

namespace {

using KeyPair = std::pair<Value, Value>;

// CPython's first phase of list.sort: a natural run at the start, then
// binary insertion, so comparisons happen in CPython's order (which decides
// the operand order of a TypeError) with every C++ standard library.
void binary_insertion(Interp& in, std::vector<KeyPair>& a, std::size_t lo, std::size_t hi) {
  if (hi - lo < 2) return;
  std::size_t start = lo + 1;
  if (less_than(in, a[lo + 1].first, a[lo].first)) {
    start = lo + 2;
    while (start < hi && less_than(in, a[start].first, a[start - 1].first)) ++start;
    std::reverse(a.begin() + static_cast<std::ptrdiff_t>(lo), a.begin() + static_cast<std::ptrdiff_t>(start));
  } else {
    start = lo + 2;
    while (start < hi && !less_than(in, a[start].first, a[start - 1].first)) ++start;
  }
  for (; start < hi; ++start) {
    KeyPair pivot = std::move(a[start]);
    std::size_t l = lo, r = start;
    while (l < r) {
      std::size_t p = l + (r - l) / 2;
      if (less_than(in, pivot.first, a[p].first)) r = p;
      else l = p + 1;
    }
    for (std::size_t k = start; k > l; --k) a[k] = std::move(a[k - 1]);
    a[l] = std::move(pivot);
  }
}

}  // namespace

void stable_sort_pairs(Interp& in, std::vector<KeyPair>& a) {
  constexpr std::size_t kRun = 32;
  std::size_t n = a.size();
  for (std::size_t lo = 0; lo < n; lo += kRun) binary_insertion(in, a, lo, std::min(n, lo + kRun));
  std::vector<KeyPair> tmp(n);
  for (std::size_t width = kRun; width < n; width *= 2) {
    for (std::size_t lo = 0; lo < n; lo += 2 * width) {
      std::size_t mid = std::min(n, lo + width), hi = std::min(n, lo + 2 * width);
      std::size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        if (less_than(in, a[j].first, a[i].first)) tmp[k++] = std::move(a[j++]);
        else tmp[k++] = std::move(a[i++]);
      }
      while (i < mid) tmp[k++] = std::move(a[i++]);
      while (j < hi) tmp[k++] = std::move(a[j++]);
      for (std::size_t x = lo; x < hi; ++x) a[x] = std::move(tmp[x]);
    }
  }
}

void sort_values(Interp& in, std::vector<Value>& items, const Value& key, bool reverse) {
  std::vector<std::pair<Value, Value>> pairs;
  pairs.reserve(items.size());
  for (auto& v : items) pairs.emplace_back(key.is_null() || key.is_none() ? v : call1(in, key, v), v);
  if (reverse) std::reverse(pairs.begin(), pairs.end());
  stable_sort_pairs(in, pairs);
  if (reverse) std::reverse(pairs.begin(), pairs.end());
  for (std::size_t i = 0; i < items.size(); ++i) items[i] = std::move(pairs[i].second);
}

namespace {

Value b_sorted(Interp& in, Args& a, Value&) {
  if (a.npos != 1) {
    if (a.npos == 0) raise(in, Exc::TypeError, "sorted expected 1 argument, got 0");
    raise(in, Exc::TypeError, "sorted expected 1 argument, got " + std::to_string(a.npos));
  }
  only_kwargs(in, a, "sort", {"key", "reverse"});
  std::vector<Value> items = to_vector(in, a[0]);
  Value rev = kwarg(a, "reverse");
  sort_values(in, items, kwarg(a, "key"), !rev.is_null() && truthy(in, rev));
  return make_list(in, std::move(items));
}

Value b_round(Interp& in, Args& a, Value&) {
  if (a.npos < 1 || a.npos > 2) {
    Args pos_only{a.pos, a.npos, nullptr, nullptr, 0};
    check_nargs(in, pos_only, "round", 1, 2);
  }
  Value x = a[0];
  Value nd = a.npos == 2 ? a[1] : kwarg(a, "ndigits");
  bool has_nd = !nd.is_null() && !nd.is_none();
  if (x.is_intlike()) {
    if (!has_nd) return Value::integer(x.as_int());
    auto r = text::round_int(x.as_int(), to_index(in, nd, "'%T' object cannot be interpreted as an integer"));
    if (!r.ok()) raise(in, Exc::OverflowError, r.error().message);
    return Value::integer(r.value());
  }
  if (x.is_float()) {
    if (!has_nd) {
      auto r = text::round_half_even(x.as_float());
      if (!r.ok()) raise(in, r.error().kind == text::ErrorKind::OverflowError ? Exc::OverflowError : Exc::ValueError, r.error().message);
      auto i = text::float_to_int(r.value());
      if (!i.ok()) raise(in, Exc::OverflowError, "integer result too large (scopeplay ints are 64-bit)");
      return Value::integer(i.value());
    }
    auto r = text::round_float(x.as_float(), to_index(in, nd, "'%T' object cannot be interpreted as an integer"));
    if (!r.ok()) raise(in, Exc::OverflowError, r.error().message);
    return Value::floating(r.value());
  }
  Value f = lookup_special(in, x, "__round__");
  if (!f.is_null()) return has_nd ? call2(in, f, x, nd) : call1(in, f, x);
  raise(in, Exc::TypeError, "type " + type_name(in, x) + " doesn't define __round__ method");
}

Value b_divmod(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "divmod", 2, 2);
  if (a[0].is_number() && a[1].is_number() && (a[0].is_float() || a[1].is_float())) {
    auto r = text::float_divmod(a[0].to_double(), a[1].to_double());
    if (!r.ok()) raise(in, Exc::ZeroDivisionError, r.error().message);
    return make_tuple(in, {Value::floating(r.value().first), Value::floating(r.value().second)});
  }
  Value q = binary_op(in, ast::BinOpKind::FloorDiv, a[0], a[1]);
  Value r = binary_op(in, ast::BinOpKind::Mod, a[0], a[1]);
  return make_tuple(in, {q, r});
}

Value b_pow(Interp& in, Args& a, Value&) {
  Args pos_only{a.pos, a.npos, nullptr, nullptr, 0};
  check_nargs(in, pos_only, "pow", 2, 3);
  if (a.npos == 3 && !a[2].is_none()) {
    if (!a[0].is_intlike() || !a[1].is_intlike() || !a[2].is_intlike()) {
      raise(in, Exc::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    }
    std::int64_t base = a[0].as_int(), e = a[1].as_int(), m = a[2].as_int();
    if (m == 0) raise(in, Exc::ValueError, "pow() 3rd argument cannot be 0");
    if (e < 0) raise(in, Exc::ValueError, "base is not invertible for the given modulus");
    std::uint64_t um = static_cast<std::uint64_t>(m < 0 ? -m : m);
    auto mulmod = [um](std::uint64_t x, std::uint64_t y) {
      std::uint64_t r = 0;
      x %= um;
      while (y) {
        if (y & 1) r = (r + x) % um;
        x = (x * 2) % um;
        y >>= 1;
      }
      return r;
    };
    std::int64_t bm = base % static_cast<std::int64_t>(um);
    if (bm < 0) bm += static_cast<std::int64_t>(um);
    std::uint64_t result = 1 % um, b = static_cast<std::uint64_t>(bm);
    while (e > 0) {
      if (e & 1) result = mulmod(result, b);
      b = mulmod(b, b);
      e >>= 1;
    }
    auto r = static_cast<std::int64_t>(result);
    if (m < 0 && r > 0) r += m;
    return Value::integer(r);
  }
  return binary_op(in, ast::BinOpKind::Pow, a[0], a[1]);
}

Value int_base(Interp& in, Args& a, const char* name, int base) {
  check_nargs(in, a, name, 1, 1);
  std::int64_t v = to_index(in, a[0], "'%T' object cannot be interpreted as an integer");
  return make_str(in, text::int_to_string(v, base));
}
Value b_hex(Interp& in, Args& a, Value&) { return int_base(in, a, "hex", 16); }
Value b_oct(Interp& in, Args& a, Value&) { return int_base(in, a, "oct", 8); }
Value b_bin(Interp& in, Args& a, Value&) { return int_base(in, a, "bin", 2); }

Value b_ord(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "ord", 1, 1);
  if (!is_str(a[0])) raise(in, Exc::TypeError, "ord() expected string of length 1, but " + type_name(in, a[0]) + " found");
  auto r = text::ord(str_of(a[0]));
  if (!r.ok()) raise(in, Exc::TypeError, r.error().message);
  return Value::integer(r.value());
}

Value b_chr(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "chr", 1, 1);
  auto r = text::chr(to_index(in, a[0], "'%T' object cannot be interpreted as an integer"));
  if (!r.ok()) raise(in, Exc::ValueError, r.error().message);
  return make_str(in, r.value());
}

Value b_format(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "format", 1, 2);
  std::string spec;
  if (a.npos == 2) {
    if (!is_str(a[1])) raise(in, Exc::TypeError, "format() argument 2 must be str, not " + type_name(in, a[1]));
    spec = str_of(a[1]);
  }
  return make_str(in, format_value(in, a[0], spec));
}

Value b_super(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "super", 0, 2);
  if (a.npos == 0) {
    if (!in.frame) raise(in, Exc::RuntimeError, "super(): no arguments");
    return zero_arg_super(in, *in.frame);
  }
  if (!is_kind(a[0], Kind::Type)) raise(in, Exc::TypeError, "super() argument 1 must be a type, not " + type_name(in, a[0]));
  if (a.npos == 1) return Value(in.heap.make<Super>(in.t.super, a[0], Value::none()));
  TypeObject* t = a[0].as<TypeObject>();
  bool ok = isinstance(in, a[1], t) || (is_kind(a[1], Kind::Type) && is_subtype(a[1].as<TypeObject>(), t));
  if (!ok) raise(in, Exc::TypeError, "super(type, obj): obj must be an instance or subtype of type");
  return Value(in.heap.make<Super>(in.t.super, a[0], a[1]));
}

Value b_unsupported(Interp& in, Args&, Value& data) {
  raise(in, Exc::NotImplementedError, str_of(data) + "() is not supported in scopeplay");
}

Value b_input(Interp& in, Args&, Value&) {
  raise(in, Exc::NotImplementedError, "input() is not supported in scopeplay: snippets cannot read from the keyboard");
}

Value b_vars(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "vars", 0, 1);
  if (a.npos == 0) {
    if (in.frame && in.frame->ns) return Value(static_cast<Object*>(in.frame->ns));
    raise(in, Exc::NotImplementedError, "vars() without arguments inside a function is not supported in scopeplay");
  }
  Value d = get_attr_opt(in, a[0], in.intern("__dict__"));
  if (d.is_null()) raise(in, Exc::TypeError, "vars() argument must have __dict__ attribute");
  return d;
}

Value b_globals(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "globals", 0, 0);
  return Value(static_cast<Object*>(in.frame->globals));
}

Value b_locals(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "locals", 0, 0);
  Frame* f = in.frame;
  if (f->ns) return Value(static_cast<Object*>(f->ns));
  Value d = make_dict(in);
  for (std::size_t i = 0; i < f->code->slot_names.size(); ++i) {
    Value v = f->slots[i];
    if (f->code->is_cell[i] && v.is_obj()) v = v.as<Cell>()->value;
    if (!v.is_null()) dict_set_str(in, d, f->code->slot_names[i], v);
  }
  return d;
}

Value b_dir(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "dir", 0, 1);
  std::vector<Value> out;
  if (a.npos == 0) {
    Value dummy;
    Value l = b_locals(in, a, dummy);
    std::vector<std::string> names;
    for (auto& e : l.as<Dict>()->table.entries()) if (!e.key.is_null()) names.push_back(str_of(e.key));
    std::sort(names.begin(), names.end());
    for (auto& n : names) out.push_back(make_str(in, n));
    return make_list(in, std::move(out));
  }
  Value custom = lookup_special(in, a[0], "__dir__");
  if (!custom.is_null() && !is_kind(custom, Kind::Builtin)) {
    std::vector<Value> items = to_vector(in, call1(in, custom, a[0]));
    Value none;
    sort_values(in, items, none, false);
    return make_list(in, std::move(items));
  }
  for (auto& n : dir_names(in, a[0])) out.push_back(make_str(in, n));
  return make_list(in, std::move(out));
}

}  // namespace

void install_core_builtins(Interp& in) {
  const Value& b = in.builtins;
  dict_set_str(in, b, "__name__", make_str(in, "builtins"));
  dict_set_str(in, b, "__doc__", Value::none());
  dict_set_str(in, b, "__package__", make_str(in, ""));
  dict_set_str(in, b, "__loader__", Value::none());
  dict_set_str(in, b, "__spec__", Value::none());
  dict_set_str(in, b, "__build_class__", make_builtin(in, "__build_class__", b_unsupported, make_str(in, "__build_class__")));
  dict_set_str(in, b, "__import__", make_builtin(in, "__import__", b_unsupported, make_str(in, "__import__")));
  def_builtin(in, b, "abs", b_abs);
  def_builtin(in, b, "all", b_all);
  def_builtin(in, b, "any", b_any);
  def_builtin(in, b, "ascii", b_ascii);
  def_builtin(in, b, "bin", b_bin);
  dict_set_str(in, b, "breakpoint", make_builtin(in, "breakpoint", b_unsupported, make_str(in, "breakpoint")));
  def_builtin(in, b, "callable", b_callable);
  def_builtin(in, b, "chr", b_chr);
  dict_set_str(in, b, "compile", make_builtin(in, "compile", b_unsupported, make_str(in, "compile")));
  def_builtin(in, b, "delattr", b_delattr);
  def_builtin(in, b, "dir", b_dir);
  def_builtin(in, b, "divmod", b_divmod);
  dict_set_str(in, b, "eval", make_builtin(in, "eval", b_unsupported, make_str(in, "eval")));
  dict_set_str(in, b, "exec", make_builtin(in, "exec", b_unsupported, make_str(in, "exec")));
  def_builtin(in, b, "format", b_format);
  def_builtin(in, b, "getattr", b_getattr);
  def_builtin(in, b, "globals", b_globals);
  def_builtin(in, b, "hasattr", b_hasattr);
  def_builtin(in, b, "hash", b_hash);
  def_builtin(in, b, "hex", b_hex);
  def_builtin(in, b, "id", b_id);
  def_builtin(in, b, "input", b_input);
  def_builtin(in, b, "isinstance", b_isinstance);
  def_builtin(in, b, "issubclass", b_issubclass);
  def_builtin(in, b, "iter", b_iter);
  def_builtin(in, b, "len", b_len);
  def_builtin(in, b, "locals", b_locals);
  def_builtin(in, b, "max", b_max);
  def_builtin(in, b, "min", b_min);
  def_builtin(in, b, "next", b_next);
  def_builtin(in, b, "oct", b_oct);
  def_builtin(in, b, "ord", b_ord);
  def_builtin(in, b, "pow", b_pow);
  def_builtin(in, b, "print", b_print);
  def_builtin(in, b, "repr", b_repr);
  def_builtin(in, b, "round", b_round);
  def_builtin(in, b, "setattr", b_setattr);
  def_builtin(in, b, "sorted", b_sorted);
  def_builtin(in, b, "sum", b_sum);
  def_builtin(in, b, "vars", b_vars);
  dict_set_str(in, b, "None", Value::none());
  dict_set_str(in, b, "Ellipsis", in.ellipsis);
  dict_set_str(in, b, "NotImplemented", in.notimplemented);
  dict_set_str(in, b, "False", Value::boolean(false));
  dict_set_str(in, b, "True", Value::boolean(true));
  def_builtin(in, b, "super", b_super);
  dict_set_str(in, b, "open", make_builtin(in, "open", b_unsupported, make_str(in, "open")));
  dict_set_str(in, b, "quit", make_builtin(in, "quit", b_unsupported, make_str(in, "quit")));
  dict_set_str(in, b, "exit", make_builtin(in, "exit", b_unsupported, make_str(in, "exit")));
  dict_set_str(in, b, "help", make_builtin(in, "help", b_unsupported, make_str(in, "help")));
}

}  // namespace scopeplay::runtime
