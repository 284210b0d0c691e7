// The lazy iteration builtins: enumerate, zip, map, filter, reversed.
#include "runtime/builtins.h"
#include "runtime/ops.h"
#include "runtime/iterators.h"

namespace scopeplay::runtime {
namespace {

Value b_enumerate(Interp& in, Args& a, Value&) {
  Value iterable = arg_or_kw(a, 0, "iterable");
  Value start = arg_or_kw(a, 1, "start");
  if (iterable.is_null()) raise(in, Exc::TypeError, "enumerate() missing required argument 'iterable' (pos 1)");
  if (a.npos > 2) raise(in, Exc::TypeError, "enumerate() takes at most 2 arguments (" + std::to_string(a.npos) + " given)");
  std::int64_t n = start.is_null() ? 0 : to_index(in, start, "'%T' object cannot be interpreted as an integer");
  Value it = get_iter(in, iterable);
  return make_fn_iter(in, "enumerate", {}, [it, n](Interp& inn) mutable -> Value {
    Value x = iter_next(inn, it);
    if (x.is_null()) return Value();
    return make_tuple(inn, {Value::integer(n++), std::move(x)});
  });
}

Value b_zip(Interp& in, Args& a, Value&) {
  Value strict = kwarg(a, "strict");
  bool is_strict = !strict.is_null() && truthy(in, strict);
  std::vector<Value> its;
  for (std::size_t i = 0; i < a.npos; ++i) its.push_back(get_iter(in, a.pos[i]));
  return make_fn_iter(in, "zip", {}, [its, is_strict](Interp& inn) mutable -> Value {
    if (its.empty()) return Value();
    std::vector<Value> row;
    for (std::size_t i = 0; i < its.size(); ++i) {
      Value x = iter_next(inn, its[i]);
      if (x.is_null()) {
        if (is_strict && i > 0) {
          raise(inn, Exc::ValueError, "zip() argument " + std::to_string(i + 1) + " is shorter than argument" +
                                          (i == 1 ? " 1" : "s 1-" + std::to_string(i)));
        }
        if (is_strict && i == 0) {
          for (std::size_t j = 1; j < its.size(); ++j) {
            if (!iter_next(inn, its[j]).is_null()) {
              raise(inn, Exc::ValueError, "zip() argument " + std::to_string(j + 1) + " is longer than argument" +
                                              (j == 1 ? " 1" : "s 1-" + std::to_string(j)));
            }
          }
        }
        its.clear();
        return Value();
      }
      row.push_back(std::move(x));
    }
    return make_tuple(inn, std::move(row));
  });
}

Value b_map(Interp& in, Args& a, Value&) {
  if (a.npos < 2) raise(in, Exc::TypeError, "map() must have at least two arguments.");
  Value fn = a.pos[0];
  std::vector<Value> its;
  for (std::size_t i = 1; i < a.npos; ++i) its.push_back(get_iter(in, a.pos[i]));
  return make_fn_iter(in, "map", {}, [fn, its](Interp& inn) -> Value {
    ArgBuf b;
    for (auto& it : its) {
      Value x = iter_next(inn, it);
      if (x.is_null()) return Value();
      b.push(std::move(x));
    }
    Args args = b.args();
    return call(inn, fn, args);
  });
}

Value b_filter(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "filter", 2, 2);
  Value fn = a.pos[0];
  Value it = get_iter(in, a.pos[1]);
  return make_fn_iter(in, "filter", {}, [fn, it](Interp& inn) -> Value {
    for (;;) {
      Value x = iter_next(inn, it);
      if (x.is_null()) return Value();
      bool keep = fn.is_none() ? truthy(inn, x) : truthy(inn, call1(inn, fn, x));
      if (keep) return x;
    }
  });
}

Value b_reversed(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "reversed", 1, 1);
  const Value& v = a.pos[0];
  if (is_kind(v, Kind::List) || is_kind(v, Kind::Tuple)) {
    auto* it = in.heap.make<SeqIter>(in.named_type(is_kind(v, Kind::List) ? "list_reverseiterator" : "reversed"), v);
    it->reversed = true;
    it->index = static_cast<std::size_t>(length(in, v));
    return Value(it);
  }
  if (is_kind(v, Kind::Range)) {
    auto* r = v.as<Range>();
    std::int64_t n = r->length();
    return Value(in.heap.make<RangeIter>(in.named_type("range_iterator"), r->start + (n - 1) * r->step, -r->step, n));
  }
  if (is_kind(v, Kind::Dict) || is_kind(v, Kind::DictView) || is_kind(v, Kind::Str)) {
    std::vector<Value> items = to_vector(in, v);
    Value list = make_list(in, std::vector<Value>(items.rbegin(), items.rend()));
    return Value(in.heap.make<SeqIter>(in.named_type(is_kind(v, Kind::Str) ? "reversed" : "dict_reversekeyiterator"), list));
  }
  Value rf = lookup_special(in, v, "__reversed__");
  if (!rf.is_null()) return call1(in, rf, v);
  if (!lookup_special(in, v, "__len__").is_null() && !lookup_special(in, v, "__getitem__").is_null()) {
    std::int64_t n = length(in, v);
    Value obj = v;
    return make_fn_iter(in, "reversed", {}, [obj, n](Interp& inn) mutable -> Value {
      if (n <= 0) return Value();
      return get_item(inn, obj, Value::integer(--n));
    });
  }
  raise(in, Exc::TypeError, "'" + type_name(in, v) + "' object is not reversible");
}

}  // namespace

void install_iter_builtins(Interp& in) {
  const Value& b = in.builtins;
  def_builtin(in, b, "enumerate", b_enumerate);
  def_builtin(in, b, "zip", b_zip);
  def_builtin(in, b, "map", b_map);
  def_builtin(in, b, "filter", b_filter);
  def_builtin(in, b, "reversed", b_reversed);
}

}  // namespace scopeplay::runtime
