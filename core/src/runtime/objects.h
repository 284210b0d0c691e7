// The concrete heap objects: strings, containers, functions, classes,
// instances, modules, iterators. Plain data plus the few invariants each type
// keeps; behaviour (repr, operators, methods) lives in ops/ and builtins/.
//
// Dicts and sets share HashTable: CPython's compact layout (an insertion
// ordered entry vector plus an open-addressing index), so iteration order is
// insertion order for both. Hashing and equality may run user code
// (__hash__/__eq__), hence the Interp& on every lookup.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/object.h"

namespace scopeplay::ast {
struct Expr;
struct Stmt;
struct FunctionDef;
struct Lambda;
}  // namespace scopeplay::ast

namespace scopeplay::runtime {

class Interp;
struct CodeInfo;
struct Frame;

class Str final : public Object {
 public:
  Str(TypeObject* t, std::string s);
  std::string s;
  std::int64_t cplen;  // code points
  std::int64_t hash = -1;
  bool ascii;
};

class Tuple final : public Object {
 public:
  Tuple(TypeObject* t, std::vector<Value> items) : Object(Kind::Tuple, t), items(std::move(items)) {}
  void clear_refs() override { items.clear(); }
  std::vector<Value> items;
};

class List final : public Object {
 public:
  explicit List(TypeObject* t) : Object(Kind::List, t) {}
  void clear_refs() override { items.clear(); }
  std::vector<Value> items;
};

struct HashEntry {
  Value key;
  Value value;
  std::int64_t hash = 0;
};

class HashTable {
 public:
  // Index of the entry for key, or -1.
  std::int64_t find(Interp& in, const Value& key, std::int64_t hash) const;
  // Lookup by a str key without building a Str.
  std::int64_t find_str(std::string_view key, std::int64_t hash) const;
  // Inserts or overwrites; returns true if inserted.
  bool set(Interp& in, Value key, std::int64_t hash, Value value);
  bool erase(Interp& in, const Value& key, std::int64_t hash);
  void erase_at(std::int64_t entry);
  void clear();
  std::size_t size() const { return used_; }
  // Entries, with holes (null key) for deleted ones.
  const std::vector<HashEntry>& entries() const { return entries_; }
  std::vector<HashEntry>& entries() { return entries_; }

 private:
  void rebuild(std::size_t min_index);
  std::size_t probe_insert_slot(std::int64_t hash) const;
  std::vector<HashEntry> entries_;
  std::vector<std::int32_t> index_;  // -1 empty, -2 deleted
  std::size_t used_ = 0;
};

class Dict final : public Object {
 public:
  explicit Dict(TypeObject* t) : Object(Kind::Dict, t) {}
  void clear_refs() override { table.clear(); default_factory.reset(); }
  HashTable table;
  Value default_factory;  // collections.defaultdict
  std::uint64_t version = 0;  // bumped on structural change (iteration guard)
};

class Set final : public Object {
 public:
  Set(Kind k, TypeObject* t) : Object(k, t) {}
  void clear_refs() override { table.clear(); }
  HashTable table;
};

class Range final : public Object {
 public:
  Range(TypeObject* t, std::int64_t a, std::int64_t b, std::int64_t c)
      : Object(Kind::Range, t), start(a), stop(b), step(c) {}
  std::int64_t length() const;
  std::int64_t start, stop, step;
};

class Slice final : public Object {
 public:
  Slice(TypeObject* t, Value a, Value b, Value c)
      : Object(Kind::Slice, t), start(std::move(a)), stop(std::move(b)), step(std::move(c)) {}
  void clear_refs() override { start.reset(); stop.reset(); step.reset(); }
  Value start, stop, step;
};

class Cell final : public Object {
 public:
  Cell(TypeObject* t, Value v) : Object(Kind::Cell, t), value(std::move(v)) {}
  void clear_refs() override { value.reset(); }
  Value value;
};

// A Python function: code (AST + resolver info) plus its runtime context.
class Function final : public Object {
 public:
  Function(TypeObject* t, const CodeInfo* c) : Object(Kind::Function, t), code(c) {}
  void clear_refs() override;
  const CodeInfo* code;
  Value globals;                 // Dict
  std::vector<Value> defaults;   // positional defaults (last N params)
  std::vector<Value> kwdefaults; // one per kw-only param, null if none
  std::vector<Value> closure;    // Cells, one per freevar
  Value name;                    // Str
  Value qualname;                // Str; null until asked for (function_qualname)
  Value dict;                    // Dict of function attributes, lazily
  Value owner_class;             // class whose body defined it (zero-arg super)
  Value module_name;             // Str
  Value doc;
};

struct Args;
using NativeFn = Value (*)(Interp& in, Args& args, Value& data);

// A function implemented in C++. `data` is a per-function Value (e.g. the
// partial's stored arguments); `closure` holds an optional std::function for
// the native-extension API.
class Builtin final : public Object {
 public:
  Builtin(TypeObject* t, std::string n, NativeFn f) : Object(Kind::Builtin, t), name(std::move(n)), fn(f) {}
  void clear_refs() override { data.reset(); self.reset(); closure = nullptr; }
  std::string name;
  NativeFn fn;
  Value data;
  Value self;  // bound receiver for builtin methods ([].append)
  std::function<Value(Interp&, Args&)> closure;
  std::string owner;  // type name for methods: "list" in "descriptor 'append' of 'list'"
};

class BoundMethod final : public Object {
 public:
  BoundMethod(TypeObject* t, Value f, Value s) : Object(Kind::BoundMethod, t), func(std::move(f)), self(std::move(s)) {}
  void clear_refs() override { func.reset(); self.reset(); }
  Value func, self;
};

// Base of an instance's C++ payload for native classes.
class NativePayload {
 public:
  virtual ~NativePayload() = default;
};

// The exception part of an instance whose class derives from BaseException.
struct TraceEntry {
  int line = 0;
  const ast::Expr* expr = nullptr;  // failing expression, may be null
  const ast::Stmt* stmt = nullptr;  // statement, when there is no expression
  const CodeInfo* code = nullptr;   // function name, file, local names
  Value globals;                    // Dict, for NameError suggestions
};
struct ExcData {
  Value args;  // Tuple
  std::vector<TraceEntry> tb;  // innermost first (appended while unwinding)
  Value cause, context;
  bool suppress_context = false;
  std::uint64_t last_frame = 0;  // serial of the frame that last recorded
  Value name;  // NameError/AttributeError: the missing name (for suggestions)
  Value obj;   // AttributeError: the object
  Value value; // StopIteration.value
};

class Instance final : public Object {
 public:
  explicit Instance(TypeObject* t);
  ~Instance() override;
  void clear_refs() override;
  bool holds_type = true;
  Value dict;  // Dict
  std::unique_ptr<ExcData> exc;
  std::unique_ptr<NativePayload> payload;
};

enum class TypeFlag : std::uint32_t {
  None = 0,
  Builtin = 1,        // int, list, ... (not subclassable ones are still Builtin)
  Exception = 2,      // derives from BaseException
  NoSubclass = 4,     // bool, NoneType, range, ...
  Native = 8,         // defined through the native-extension API
  HasGetattr = 16,    // __getattr__ somewhere in the MRO
};

class TypeObject final : public Object {
 public:
  TypeObject(TypeObject* meta, std::string n) : Object(Kind::Type, meta), name(std::move(n)) {}
  void clear_refs() override;
  bool has(TypeFlag f) const { return (flags & static_cast<std::uint32_t>(f)) != 0; }
  std::string name;
  std::string module = "builtins";
  Value qualname;
  std::vector<Value> bases;  // TypeObjects
  std::vector<TypeObject*> mro;  // including itself; borrowed (bases keep them alive)
  Value dict;                // Dict
  std::uint32_t flags = 0;
  Kind instance_kind = Kind::Instance;  // for builtin types: what their instances are
  // Native classes: builds the payload when an instance is created.
  std::function<std::unique_ptr<NativePayload>()> make_payload;
};

class Module final : public Object {
 public:
  Module(TypeObject* t, std::string n) : Object(Kind::Module, t), name(std::move(n)) {}
  void clear_refs() override { dict.reset(); }
  std::string name;
  Value dict;  // Dict
};

class Property final : public Object {
 public:
  explicit Property(TypeObject* t) : Object(Kind::Property, t) {}
  void clear_refs() override { fget.reset(); fset.reset(); fdel.reset(); doc.reset(); }
  Value fget, fset, fdel, doc;
};

// staticmethod / classmethod wrappers.
class MethodWrapper final : public Object {
 public:
  MethodWrapper(Kind k, TypeObject* t, Value f) : Object(k, t), func(std::move(f)) {}
  void clear_refs() override { func.reset(); }
  Value func;
};

class Super final : public Object {
 public:
  Super(TypeObject* t, Value c, Value o) : Object(Kind::Super, t), cls(std::move(c)), obj(std::move(o)) {}
  void clear_refs() override { cls.reset(); obj.reset(); }
  Value cls, obj;  // obj may be an instance or a type
};

// Native iterators (list_iterator, enumerate, zip, map, ...): next() returns
// a null Value when exhausted.
class Iterator : public Object {
 public:
  explicit Iterator(TypeObject* t) : Object(Kind::Iterator, t) {}
  virtual Value next(Interp& in) = 0;
};

enum class ViewKind : std::uint8_t { Keys, Values, Items };
class DictView final : public Object {
 public:
  DictView(TypeObject* t, Value d, ViewKind v) : Object(Kind::DictView, t), dict(std::move(d)), view(v) {}
  void clear_refs() override { dict.reset(); }
  Value dict;
  ViewKind view;
};

}  // namespace scopeplay::runtime
