// Native iterator objects: list/tuple/str/range/dict/set iterators, the
// __getitem__ fallback, and the lazy builtins (enumerate, zip, map, filter,
// reversed). Each keeps only what it needs to produce the next item.
#pragma once

#include "runtime/ops.h"

namespace scopeplay::runtime {

class SeqIter final : public Iterator {  // list, tuple
 public:
  SeqIter(TypeObject* t, Value s) : Iterator(t), seq(std::move(s)) {}
  void clear_refs() override { seq.reset(); }
  Value next(Interp& in) override;
  Value seq;
  std::size_t index = 0;
  bool reversed = false;
};

class StrIter final : public Iterator {
 public:
  StrIter(TypeObject* t, Value s) : Iterator(t), str(std::move(s)) {}
  void clear_refs() override { str.reset(); }
  Value next(Interp& in) override;
  Value str;
  std::size_t offset = 0;
};

class RangeIter final : public Iterator {
 public:
  RangeIter(TypeObject* t, std::int64_t cur, std::int64_t step, std::int64_t remaining)
      : Iterator(t), cur(cur), step(step), remaining(remaining) {}
  Value next(Interp& in) override;
  std::int64_t cur, step, remaining;
};

class HashIter final : public Iterator {  // dict keys/values/items, sets
 public:
  HashIter(TypeObject* t, Value c, ViewKind v) : Iterator(t), container(std::move(c)), view(v) {}
  void clear_refs() override { container.reset(); }
  Value next(Interp& in) override;
  Value container;
  ViewKind view;
  std::size_t index = 0;
  std::size_t expected_size = 0;
  bool started = false;
};

class GetitemIter final : public Iterator {  // __getitem__ protocol
 public:
  GetitemIter(TypeObject* t, Value o) : Iterator(t), obj(std::move(o)) {}
  void clear_refs() override { obj.reset(); }
  Value next(Interp& in) override;
  Value obj;
  std::int64_t index = 0;
  bool done = false;
};

// A C++ callback iterator (itertools, the native-extension API).
class FnIter final : public Iterator {
 public:
  FnIter(TypeObject* t, std::function<Value(Interp&)> f) : Iterator(t), fn(std::move(f)) {}
  void clear_refs() override { fn = nullptr; held.clear(); }
  Value next(Interp& in) override { return fn ? fn(in) : Value(); }
  std::function<Value(Interp&)> fn;
  std::vector<Value> held;  // values the callback refers to (freed at teardown)
};

Value make_fn_iter(Interp& in, const char* type_name, std::vector<Value> held, std::function<Value(Interp&)> fn);

}  // namespace scopeplay::runtime
