// The itertools module: lazy iterators over native callbacks.
#include "runtime/builtins.h"
#include "runtime/iterators.h"
#include "runtime/modules.h"
#include "runtime/native.h"

namespace scopeplay::runtime {
namespace {

Value it_count(Interp& in, BoundArgs& a) {
  Value cur = a[0], step = a[1];
  return make_fn_iter(in, "itertools.count", {}, [cur, step](Interp& inn) mutable -> Value {
    Value v = cur;
    cur = binary_op(inn, ast::BinOpKind::Add, cur, step);
    return v;
  });
}

Value it_cycle(Interp& in, BoundArgs& a) {
  Value it = get_iter(in, a[0]);
  auto saved = std::make_shared<std::vector<Value>>();
  std::size_t pos = 0;
  bool exhausted = false;
  return make_fn_iter(in, "itertools.cycle", {}, [it, saved, pos, exhausted](Interp& inn) mutable -> Value {
    if (!exhausted) {
      Value x = iter_next(inn, it);
      if (!x.is_null()) {
        saved->push_back(x);
        return x;
      }
      exhausted = true;
    }
    if (saved->empty()) return Value();
    Value v = (*saved)[pos];
    pos = (pos + 1) % saved->size();
    return v;
  });
}

Value it_repeat(Interp& in, BoundArgs& a) {
  Value obj = a[0];
  std::int64_t times = a[1].is_none() ? -1 : to_index(in, a[1], "'%T' object cannot be interpreted as an integer");
  if (times < -1) times = 0;
  return make_fn_iter(in, "itertools.repeat", {}, [obj, times](Interp&) mutable -> Value {
    if (times == 0) return Value();
    if (times > 0) --times;
    return obj;
  });
}

Value chain_of(Interp& in, Value sources) {
  Value current;
  return make_fn_iter(in, "itertools.chain", {}, [sources, current](Interp& inn) mutable -> Value {
    for (;;) {
      if (current.is_null()) {
        Value next_src = iter_next(inn, sources);
        if (next_src.is_null()) return Value();
        current = get_iter(inn, next_src);
      }
      Value x = iter_next(inn, current);
      if (!x.is_null()) return x;
      current = Value();
    }
  });
}

Value it_islice(Interp& in, Args& a) {
  if (a.npos < 2 || a.npos > 4) raise(in, Exc::TypeError, "islice expected at most 4 arguments, got " + std::to_string(a.npos));
  Value it = get_iter(in, a.pos[0]);
  auto idx = [&](const Value& v, std::int64_t def) {
    if (v.is_none()) return def;
    std::int64_t x = to_index(in, v, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    if (x < 0) raise(in, Exc::ValueError, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    return x;
  };
  std::int64_t start = 0, stop = -1, step = 1;
  if (a.npos == 2) stop = idx(a.pos[1], -1);
  else {
    start = idx(a.pos[1], 0);
    stop = idx(a.pos[2], -1);
    if (a.npos == 4) step = idx(a.pos[3], 1);
    if (step == 0) raise(in, Exc::ValueError, "Step for islice() must be a positive integer or None.");
  }
  std::int64_t pos = 0, next_index = start;
  return make_fn_iter(in, "itertools.islice", {}, [it, stop, step, pos, next_index](Interp& inn) mutable -> Value {
    for (;;) {
      if (stop >= 0 && next_index >= stop) return Value();
      Value x = iter_next(inn, it);
      if (x.is_null()) return Value();
      if (pos++ == next_index) {
        next_index += step;
        return x;
      }
    }
  });
}

Value it_product(Interp& in, Args& a) {
  Value rep = kwarg(a, "repeat");
  std::int64_t r = rep.is_null() ? 1 : to_index(in, rep, "'%T' object cannot be interpreted as an integer");
  std::vector<std::vector<Value>> pools;
  for (std::int64_t k = 0; k < r; ++k)
    for (std::size_t i = 0; i < a.npos; ++i) pools.push_back(to_vector(in, a.pos[i]));
  std::vector<std::size_t> idx(pools.size(), 0);
  bool done = false, first = true;
  for (auto& p : pools) if (p.empty()) done = true;
  return make_fn_iter(in, "itertools.product", {}, [pools, idx, done, first](Interp& inn) mutable -> Value {
    if (done) return Value();
    if (!first) {
      std::size_t i = pools.size();
      for (;;) {
        if (i == 0) {
          done = true;
          return Value();
        }
        --i;
        if (++idx[i] < pools[i].size()) break;
        idx[i] = 0;
      }
    }
    first = false;
    std::vector<Value> row;
    for (std::size_t i = 0; i < pools.size(); ++i) row.push_back(pools[i][idx[i]]);
    return make_tuple(inn, std::move(row));
  });
}

Value combos(Interp& in, std::vector<Value> pool, std::int64_t r, bool perm) {
  auto n = static_cast<std::int64_t>(pool.size());
  std::vector<std::vector<Value>> all;
  std::vector<std::int64_t> cur;
  std::vector<bool> used(static_cast<std::size_t>(n), false);
  std::function<void(std::int64_t)> rec = [&](std::int64_t start) {
    if (static_cast<std::int64_t>(cur.size()) == r) {
      std::vector<Value> row;
      for (auto i : cur) row.push_back(pool[static_cast<std::size_t>(i)]);
      all.push_back(std::move(row));
      in.step();
      return;
    }
    for (std::int64_t i = perm ? 0 : start; i < n; ++i) {
      if (perm && used[static_cast<std::size_t>(i)]) continue;
      used[static_cast<std::size_t>(i)] = true;
      cur.push_back(i);
      rec(i + 1);
      cur.pop_back();
      used[static_cast<std::size_t>(i)] = false;
    }
  };
  if (r <= n) rec(0);
  std::size_t pos = 0;
  return make_fn_iter(in, perm ? "itertools.permutations" : "itertools.combinations", {}, [all, pos](Interp& inn) mutable -> Value {
    if (pos >= all.size()) return Value();
    return make_tuple(inn, all[pos++]);
  });
}

Value it_accumulate(Interp& in, Args& a) {
  if (a.npos < 1) raise(in, Exc::TypeError, "accumulate() missing required argument 'iterable' (pos 1)");
  Value it = get_iter(in, a.pos[0]);
  Value fn = a.npos > 1 ? a.pos[1] : kwarg(a, "func");
  Value initial = kwarg(a, "initial");
  Value total;
  bool emitted_initial = initial.is_null() || initial.is_none();
  if (!emitted_initial) total = initial;
  return make_fn_iter(in, "itertools.accumulate", {}, [it, fn, total, emitted_initial](Interp& inn) mutable -> Value {
    if (!emitted_initial) {
      emitted_initial = true;
      return total;
    }
    Value x = iter_next(inn, it);
    if (x.is_null()) return Value();
    if (total.is_null()) total = x;
    else total = (fn.is_null() || fn.is_none()) ? binary_op(inn, ast::BinOpKind::Add, total, x) : call2(inn, fn, total, x);
    return total;
  });
}

Value it_zip_longest(Interp& in, Args& a) {
  Value fill = kwarg(a, "fillvalue");
  if (fill.is_null()) fill = Value::none();
  std::vector<Value> its;
  for (std::size_t i = 0; i < a.npos; ++i) its.push_back(get_iter(in, a.pos[i]));
  std::vector<bool> done(its.size(), false);
  return make_fn_iter(in, "itertools.zip_longest", {}, [its, done, fill](Interp& inn) mutable -> Value {
    if (its.empty()) return Value();
    std::vector<Value> row;
    bool any = false;
    for (std::size_t i = 0; i < its.size(); ++i) {
      Value x;
      if (!done[i]) {
        x = iter_next(inn, its[i]);
        if (x.is_null()) done[i] = true;
        else any = true;
      }
      row.push_back(x.is_null() ? fill : x);
    }
    if (!any) return Value();
    return make_tuple(inn, std::move(row));
  });
}

Value it_while(Interp& in, BoundArgs& a, bool take) {
  Value pred = a[0];
  Value it = get_iter(in, a[1]);
  bool state = false;
  return make_fn_iter(in, take ? "itertools.takewhile" : "itertools.dropwhile", {}, [pred, it, state, take](Interp& inn) mutable -> Value {
    for (;;) {
      if (take && state) return Value();
      Value x = iter_next(inn, it);
      if (x.is_null()) return Value();
      if (take) {
        if (truthy(inn, call1(inn, pred, x))) return x;
        state = true;
        return Value();
      }
      if (state || !truthy(inn, call1(inn, pred, x))) {
        state = true;
        return x;
      }
    }
  });
}

Value it_starmap(Interp& in, BoundArgs& a) {
  Value fn = a[0];
  Value it = get_iter(in, a[1]);
  return make_fn_iter(in, "itertools.starmap", {}, [fn, it](Interp& inn) -> Value {
    Value x = iter_next(inn, it);
    if (x.is_null()) return Value();
    std::vector<Value> args = to_vector(inn, x);
    Args call_args{args.data(), args.size(), nullptr, nullptr, 0};
    return call(inn, fn, call_args);
  });
}

}  // namespace

Value make_itertools_module(Interp& in) {
  Value m = new_module(in, "itertools");
  ModuleBuilder b(in, m);
  b.def("count", Signature("count", {Param("start", Value::integer(0)), Param("step", Value::integer(1))}), it_count);
  b.def("cycle", Signature("cycle", {{"iterable"}}), it_cycle);
  b.def("repeat", Signature("repeat", {{"object"}, Param("times", Value::none())}), it_repeat);
  b.def_raw("chain", [](Interp& inn, Args& a) {
    std::vector<Value> srcs(a.pos, a.pos + a.npos);
    return chain_of(inn, get_iter(inn, make_tuple(inn, std::move(srcs))));
  });
  Value chain = b.get("chain");
  (void)chain;
  b.def("chain_from_iterable", Signature("from_iterable", {{"iterable"}}),
        [](Interp& inn, BoundArgs& a) { return chain_of(inn, get_iter(inn, a[0])); });
  b.def_raw("islice", it_islice);
  b.def_raw("product", it_product);
  b.def("permutations", Signature("permutations", {{"iterable"}, Param("r", Value::none())}), [](Interp& inn, BoundArgs& a) {
    std::vector<Value> pool = to_vector(inn, a[0]);
    std::int64_t r = a[1].is_none() ? static_cast<std::int64_t>(pool.size()) : to_index(inn, a[1], "Expected int as r");
    return combos(inn, std::move(pool), r, true);
  });
  b.def("combinations", Signature("combinations", {{"iterable"}, {"r"}}), [](Interp& inn, BoundArgs& a) {
    std::int64_t r = to_index(inn, a[1], "'%T' object cannot be interpreted as an integer");
    if (r < 0) raise(inn, Exc::ValueError, "r must be non-negative");
    return combos(inn, to_vector(inn, a[0]), r, false);
  });
  b.def_raw("accumulate", it_accumulate);
  b.def_raw("zip_longest", it_zip_longest);
  b.def("takewhile", Signature("takewhile", {{"predicate"}, {"iterable"}}), [](Interp& inn, BoundArgs& a) { return it_while(inn, a, true); });
  b.def("dropwhile", Signature("dropwhile", {{"predicate"}, {"iterable"}}), [](Interp& inn, BoundArgs& a) { return it_while(inn, a, false); });
  b.def("starmap", Signature("starmap", {{"function"}, {"iterable"}}), it_starmap);
  return m;
}

}  // namespace scopeplay::runtime
