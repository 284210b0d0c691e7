// runtime::Value, the one type every Python value travels as.
//
// Small values (None, bool, int, float) live inline in a 16-byte tagged
// union so arithmetic and loop counters never allocate; everything else is a
// heap Object reached through an intrusive reference count. Copying a Value
// adjusts the count, moving it does not. A default-constructed Value is
// "null": not a Python value at all, used for unbound locals and "absent".
#pragma once

#include <cstdint>
#include <utility>

namespace scopeplay::runtime {

class Object;
void release_object(Object* o);  // object.cpp: frees at refcount zero

enum class Tag : std::uint8_t { Null, None, Bool, Int, Float, Obj };

class Value {
 public:
  Value() { u_.i = 0; }
  static Value none() { Value v; v.tag_ = Tag::None; return v; }
  static Value boolean(bool b) { Value v; v.tag_ = Tag::Bool; v.u_.i = b ? 1 : 0; return v; }
  static Value integer(std::int64_t i) { Value v; v.tag_ = Tag::Int; v.u_.i = i; return v; }
  static Value floating(double d) { Value v; v.tag_ = Tag::Float; v.u_.d = d; return v; }
  // Takes a new reference to `o` (o may be freshly created with count 0).
  explicit Value(Object* o);

  Value(const Value& o) : tag_(o.tag_), u_(o.u_) { retain(); }
  Value(Value&& o) noexcept : tag_(o.tag_), u_(o.u_) { o.tag_ = Tag::Null; }
  Value& operator=(const Value& o) {
    if (this != &o) { Value tmp(o); swap(tmp); }
    return *this;
  }
  Value& operator=(Value&& o) noexcept {
    if (this != &o) { Value tmp(std::move(o)); swap(tmp); }
    return *this;
  }
  ~Value() { release(); }

  void swap(Value& o) noexcept { std::swap(tag_, o.tag_); std::swap(u_, o.u_); }
  void reset() { Value tmp; swap(tmp); }

  Tag tag() const { return tag_; }
  bool is_null() const { return tag_ == Tag::Null; }
  bool is_none() const { return tag_ == Tag::None; }
  bool is_bool() const { return tag_ == Tag::Bool; }
  bool is_int() const { return tag_ == Tag::Int; }
  bool is_float() const { return tag_ == Tag::Float; }
  bool is_obj() const { return tag_ == Tag::Obj; }
  // int or bool (bool is a subclass of int)
  bool is_intlike() const { return tag_ == Tag::Int || tag_ == Tag::Bool; }
  bool is_number() const { return tag_ == Tag::Int || tag_ == Tag::Bool || tag_ == Tag::Float; }

  bool as_bool() const { return u_.i != 0; }
  std::int64_t as_int() const { return u_.i; }  // also valid for Bool
  double as_float() const { return u_.d; }
  double to_double() const { return tag_ == Tag::Float ? u_.d : static_cast<double>(u_.i); }
  Object* obj() const { return u_.o; }
  template <class T> T* as() const { return static_cast<T*>(u_.o); }

  // Identity (Python `is`). Objects compare by pointer (the union's integer
  // member is wider than a pointer on wasm32).
  bool same(const Value& o) const {
    if (tag_ != o.tag_) return false;
    if (tag_ == Tag::Obj) return u_.o == o.u_.o;
    return u_.i == o.u_.i || tag_ == Tag::None || tag_ == Tag::Null;
  }

 private:
  inline void retain();
  inline void release();

  Tag tag_ = Tag::Null;
  union {
    std::int64_t i;
    double d;
    Object* o;
  } u_;
};

}  // namespace scopeplay::runtime
