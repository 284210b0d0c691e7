// The native-extension API: how C++ code (the TensorFlow bridge) exposes
// modules, functions and classes to Python snippets.
//
// A module is registered by name with a factory; the factory runs on the
// first `import` (also for `from m import x` and dotted submodules such as
// `tensorflow.compat.v1`) and fills the module through a ModuleBuilder.
// Functions declare a Python-like Signature so that argument errors read
// exactly like CPython's ("get_variable() got an unexpected keyword argument
// 'foo'"). Classes are ordinary Python classes whose methods are native:
// user code can call them, subclass them, isinstance-check them and use them
// in `with`; each instance can carry a typed C++ payload.
//
// Everything hangs off the Interp of the current run; nothing is global.
//
//   void install_demo(Interp& in) {
//     register_module(in, "demo", [](Interp& in, ModuleBuilder& m) {
//       m.def("twice", Signature("twice", {{"x"}}),
//             [](Interp& in, BoundArgs& a) { return binary_op(in, ast::BinOpKind::Mult, a[0], Value::integer(2)); });
//       ClassBuilder c = m.add_class("Scope");
//       c.payload<ScopeData>()
//        .init(Signature("Scope", {{"self"}, {"name"}}), [](Interp& in, BoundArgs& a) {
//          payload_of<ScopeData>(a[0])->name = str_of(a[1]); return Value::none(); })
//        .method("__enter__", Signature("__enter__", {{"self"}}), [](Interp&, BoundArgs& a) { return a[0]; })
//        .method("__exit__", Signature("__exit__", {{"self"}, {"t"}, {"v"}, {"tb"}}),
//                [](Interp&, BoundArgs&) { return Value::boolean(false); });
//     });
//   }
#pragma once

#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/ops.h"

namespace scopeplay::runtime {

// ---------------------------------------------------------------- signatures

enum class ParamKind : std::uint8_t { Positional, KeywordOnly, VarArgs, VarKwargs };

struct Param {
  std::string name;
  Value default_value;  // null Value: required
  ParamKind kind = ParamKind::Positional;
  Param(const char* n) : name(n) {}  // NOLINT: {"x"} is a required positional
  Param(std::string n, Value d = Value(), ParamKind k = ParamKind::Positional)
      : name(std::move(n)), default_value(std::move(d)), kind(k) {}
};
inline Param kwonly(std::string n, Value d = Value()) { return Param(std::move(n), std::move(d), ParamKind::KeywordOnly); }
inline Param varargs(std::string n) { return Param(std::move(n), Value(), ParamKind::VarArgs); }
inline Param varkwargs(std::string n) { return Param(std::move(n), Value(), ParamKind::VarKwargs); }

// Arguments bound to a Signature, in parameter order. *args is a tuple and
// **kwargs a dict (empty when not passed); missing optional ones hold their
// default.
class BoundArgs {
 public:
  const Value& operator[](std::size_t i) const { return values[i]; }
  const Value& operator[](std::string_view name) const;
  bool given(std::string_view name) const;  // passed by the caller (not defaulted)
  std::vector<Value> values;
  std::vector<bool> passed;
  const std::vector<Param>* params = nullptr;
};

class Signature {
 public:
  Signature(std::string function_name, std::initializer_list<Param> params);
  Signature(std::string function_name, std::vector<Param> params);
  // Binds or raises TypeError with CPython's wording for `function_name`.
  BoundArgs bind(Interp& in, Args& args) const;
  const std::string& name() const { return name_; }
  const std::vector<Param>& params() const { return params_; }

 private:
  std::string name_;
  std::vector<Param> params_;
};

using NativeBody = std::function<Value(Interp& in, BoundArgs& args)>;
using RawNativeBody = std::function<Value(Interp& in, Args& args)>;

// A Python-callable native function object.
Value make_native_function(Interp& in, Signature sig, NativeBody body);
Value make_raw_native_function(Interp& in, std::string name, RawNativeBody body);

// ------------------------------------------------------------------ payloads

template <class T>
T* payload_of(const Value& self) {
  if (!is_kind(self, Kind::Instance)) return nullptr;
  return dynamic_cast<T*>(self.as<Instance>()->payload.get());
}

// ------------------------------------------------------------------- classes

class ClassBuilder {
 public:
  ClassBuilder(Interp& in, Value type) : in_(in), type_(std::move(type)) {}
  // Every instance (also of Python subclasses) gets a default-constructed T.
  template <class T>
  ClassBuilder& payload() {
    type_.as<TypeObject>()->make_payload = [] { return std::unique_ptr<NativePayload>(new T()); };
    return *this;
  }
  ClassBuilder& init(Signature sig, NativeBody body) { return method("__init__", std::move(sig), std::move(body)); }
  // Instance method; the first parameter of `sig` is `self` (args[0]).
  ClassBuilder& method(const std::string& name, Signature sig, NativeBody body);
  ClassBuilder& staticmethod(const std::string& name, Signature sig, NativeBody body);
  ClassBuilder& classmethod(const std::string& name, Signature sig, NativeBody body);
  // Read-only (setter null) or read-write property.
  ClassBuilder& property(const std::string& name, std::function<Value(Interp&, const Value& self)> getter,
                         std::function<void(Interp&, const Value& self, const Value& v)> setter = nullptr);
  ClassBuilder& attr(const std::string& name, Value v);
  const Value& type() const { return type_; }

 private:
  Interp& in_;
  Value type_;
};

// ------------------------------------------------------------------- modules

class ModuleBuilder {
 public:
  ModuleBuilder(Interp& in, Value module) : in_(in), module_(std::move(module)) {}
  Interp& interp() { return in_; }
  const Value& module() const { return module_; }
  const std::string& name() const { return module_.as<Module>()->name; }
  void set(const std::string& name, Value v);
  Value get(const std::string& name) const;  // null if absent
  void def(const std::string& name, Signature sig, NativeBody body);
  void def_raw(const std::string& name, RawNativeBody body);
  // A class `name` in this module (module path shown in reprs); bases default to object.
  ClassBuilder add_class(const std::string& name, std::vector<Value> bases = {});
  // A new exception class deriving from `base`.
  Value add_exception(const std::string& name, TypeObject* base);
  // A submodule "<this>.<name>", importable and set as an attribute.
  ModuleBuilder submodule(const std::string& name);
  // Runs Python source inside this module (frames hidden from user
  // tracebacks when `internal`). Errors in the prelude propagate as PyError.
  void run_python(std::string_view source, const std::string& filename, bool internal = true);
  // The same for a module packed when the engine was built (syntax/ast_pack.h,
  // pack_standalone): its tree without its text. Always internal.
  void run_packed(std::string_view packed, const std::string& filename);

 private:
  Interp& in_;
  Value module_;
};

// Parses and resolves an embedded module's source for ModuleBuilder::run_python
// (same filename and `internal`) ahead of its first run: a host that hands
// the engine a module's text while it is idle spares the run that needs it.
// Thread-safe, at most once per text per process.
void prepare_python(std::string_view source, const std::string& filename, bool internal = true);

using ModuleFactory = std::function<void(Interp& in, ModuleBuilder& module)>;

// Per-run registry of native modules (lives in Interp::natives).
class NativeRegistry {
 public:
  void add(std::string name, ModuleFactory factory) { factories_[std::move(name)] = std::move(factory); }
  const ModuleFactory* find(const std::string& name) const {
    auto it = factories_.find(name);
    return it == factories_.end() ? nullptr : &it->second;
  }
  // A package that builds some submodules on demand: when `import pkg.x`
  // finds no `pkg.x`, the hook may build more of the package (returning true
  // if it did) and the import looks again.
  void add_missing_submodule_hook(std::string package, std::function<bool(Interp&)> hook) {
    hooks_[std::move(package)] = std::move(hook);
  }
  const std::function<bool(Interp&)>* missing_submodule_hook(const std::string& package) const {
    auto it = hooks_.find(package);
    return it == hooks_.end() ? nullptr : &it->second;
  }

 private:
  std::map<std::string, ModuleFactory> factories_;
  std::map<std::string, std::function<bool(Interp&)>> hooks_;
};

void register_module(Interp& in, std::string name, ModuleFactory factory);

// ------------------------------------------------------------ host services

// One frame of the current Python call stack (innermost first).
struct StackFrame {
  std::string filename;
  int line = 0;
  int column = 0;      // 1-based byte column of the expression being evaluated, 0 if unknown
  int end_column = 0;
  std::string function;
  std::string source_line;  // stripped
  bool internal = false;    // prelude frame, hidden from user tracebacks
};
// The frames innermost first; with user_only, the prelude's frames are left
// out before their text is looked up (TF asks for this at every op it creates).
std::vector<StackFrame> call_stack(Interp& in, bool user_only = false);
// The innermost frame that belongs to the user's snippet (not internal).
StackFrame user_frame(Interp& in);

void write_stderr(Interp& in, std::string_view text);
void write_stdout(Interp& in, std::string_view text);
// Structured results (variables, ops, scopes, events) reported to the host.
RunResult& run_results(Interp& in);
const std::string& tf_version(Interp& in);

// Per-run state for an extension, created on first use.
template <class T>
T& extension_state(Interp& in, const std::string& key) {
  auto it = in.extension_state.find(key);
  if (it == in.extension_state.end()) it = in.extension_state.emplace(key, std::make_shared<T>()).first;
  return *static_cast<T*>(it->second.get());
}

}  // namespace scopeplay::runtime
