// Heap objects and the per-run heap that owns them.
//
// Every non-inline value is an Object with an intrusive reference count, so
// most garbage is freed the moment it becomes unreachable. Cycles (a function
// and the globals dict holding it, a list containing itself) are not
// collected during a run; instead the Heap links every live object and, when
// the run ends, clears all references and frees everything. Nothing outlives
// its run and no state is shared between runs.
//
// Freeing is iterative (a pending list), so dropping a million-node linked
// list cannot overflow the native stack.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "runtime/value.h"

namespace scopeplay::runtime {

class Heap;
class TypeObject;

enum class Kind : std::uint8_t {
  Str, Tuple, List, Dict, Set, FrozenSet, Range, Slice, Cell,
  Function, Builtin, BoundMethod, Type, Instance, Module,
  Property, StaticMethod, ClassMethod, Super, Iterator, Generator, DictView,
};

class Object {
 public:
  Object(Kind k, TypeObject* t) : kind(k), type(t) {}
  virtual ~Object() = default;
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;
  // Drops every Value this object holds (run teardown breaks cycles so).
  virtual void clear_refs() {}

  std::uint32_t refs = 0;
  Kind kind;
  bool pinned = false;
  TypeObject* type;  // borrowed for builtin kinds; instances hold a reference
  Heap* heap = nullptr;
  Object* prev = nullptr;
  Object* next = nullptr;
  std::uint32_t charged = 0;  // bytes accounted for this object
};

inline Value::Value(Object* o) : tag_(Tag::Obj) {
  u_.i = 0;
  u_.o = o;
  ++o->refs;
}
inline void Value::retain() {
  if (tag_ == Tag::Obj) ++u_.o->refs;
}
inline void Value::release() {
  if (tag_ == Tag::Obj && --u_.o->refs == 0) release_object(u_.o);
}

class Heap {
 public:
  explicit Heap(std::uint64_t budget) : budget_(budget), trip_(budget) {
    head_.prev = head_.next = &head_;
  }
  ~Heap() { teardown(); }
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  template <class T, class... A>
  T* make(A&&... args) {
    T* o = new T(static_cast<A&&>(args)...);
    adopt(o, sizeof(T));
    return o;
  }
  void adopt(Object* o, std::size_t bytes);
  void free(Object* o);

  // Accounting for payloads (string bytes, container slots).
  void charge(Object* o, std::size_t bytes);
  void uncharge(Object* o, std::size_t bytes);
  std::uint64_t used() const { return used_; }
  std::uint64_t budget() const { return budget_; }
  bool over_budget() const { return used_ > trip_; }
  // Called as a MemoryError is raised: the handlers, `with` exits and
  // `finally` blocks it passes through get an eighth of the budget more
  // (over_budget and would_exceed) before the next one, so the error keeps
  // the line that crossed the budget. Usage falling to seven eighths of the
  // budget re-arms it (not just under it: unwinding frees temporaries).
  void allow_headroom() { trip_ = (used_ > budget_ ? used_ : budget_) + budget_ / 8; }
  // Would `bytes` more exceed the budget?
  bool would_exceed(std::uint64_t bytes) const { return bytes > budget_ || used_ + bytes > trip_; }
  std::size_t live_objects() const { return live_; }

  // Clears and frees every object still alive (end of run).
  void teardown();

 private:
  Object head_{Kind::Str, nullptr};
  std::vector<Object*> pending_;
  bool freeing_ = false;
  bool tearing_down_ = false;
  std::uint64_t used_ = 0;
  std::uint64_t budget_;
  std::uint64_t trip_;  // over_budget() beyond this: budget_, or above it after a MemoryError
  void rearm() {
    if (trip_ != budget_ && used_ <= budget_ - budget_ / 8) trip_ = budget_;
  }
  std::size_t live_ = 0;
};

}  // namespace scopeplay::runtime
