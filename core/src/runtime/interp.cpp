#include "runtime/interp.h"

#include <deque>
#include <mutex>
#include <stdexcept>

#include "runtime/builtins.h"
#include "runtime/native.h"
#include "runtime/ops.h"

namespace scopeplay::runtime {
namespace {

struct ExcSpec {
  Exc id;
  const char* name;
  Exc base;
};

constexpr ExcSpec kExceptions[] = {
    {Exc::BaseException, "BaseException", Exc::BaseException},
    {Exc::SystemExit, "SystemExit", Exc::BaseException},
    {Exc::KeyboardInterrupt, "KeyboardInterrupt", Exc::BaseException},
    {Exc::GeneratorExit, "GeneratorExit", Exc::BaseException},
    {Exc::Exception, "Exception", Exc::BaseException},
    {Exc::StopIteration, "StopIteration", Exc::Exception},
    {Exc::ArithmeticError, "ArithmeticError", Exc::Exception},
    {Exc::FloatingPointError, "FloatingPointError", Exc::ArithmeticError},
    {Exc::OverflowError, "OverflowError", Exc::ArithmeticError},
    {Exc::ZeroDivisionError, "ZeroDivisionError", Exc::ArithmeticError},
    {Exc::AssertionError, "AssertionError", Exc::Exception},
    {Exc::AttributeError, "AttributeError", Exc::Exception},
    {Exc::BufferError, "BufferError", Exc::Exception},
    {Exc::EOFError, "EOFError", Exc::Exception},
    {Exc::ImportError, "ImportError", Exc::Exception},
    {Exc::ModuleNotFoundError, "ModuleNotFoundError", Exc::ImportError},
    {Exc::LookupError, "LookupError", Exc::Exception},
    {Exc::IndexError, "IndexError", Exc::LookupError},
    {Exc::KeyError, "KeyError", Exc::LookupError},
    {Exc::MemoryError, "MemoryError", Exc::Exception},
    {Exc::NameError, "NameError", Exc::Exception},
    {Exc::UnboundLocalError, "UnboundLocalError", Exc::NameError},
    {Exc::OSError, "OSError", Exc::Exception},
    {Exc::TimeoutError, "TimeoutError", Exc::OSError},
    {Exc::ReferenceError, "ReferenceError", Exc::Exception},
    {Exc::RuntimeError, "RuntimeError", Exc::Exception},
    {Exc::NotImplementedError, "NotImplementedError", Exc::RuntimeError},
    {Exc::RecursionError, "RecursionError", Exc::RuntimeError},
    {Exc::SyntaxError, "SyntaxError", Exc::Exception},
    {Exc::IndentationError, "IndentationError", Exc::SyntaxError},
    {Exc::TabError, "TabError", Exc::IndentationError},
    {Exc::SystemError, "SystemError", Exc::Exception},
    {Exc::TypeError, "TypeError", Exc::Exception},
    {Exc::ValueError, "ValueError", Exc::Exception},
    {Exc::UnicodeError, "UnicodeError", Exc::ValueError},
    {Exc::UnicodeDecodeError, "UnicodeDecodeError", Exc::UnicodeError},
    {Exc::UnicodeEncodeError, "UnicodeEncodeError", Exc::UnicodeError},
    {Exc::Warning, "Warning", Exc::Exception},
    {Exc::UserWarning, "UserWarning", Exc::Warning},
    {Exc::DeprecationWarning, "DeprecationWarning", Exc::Warning},
    {Exc::PendingDeprecationWarning, "PendingDeprecationWarning", Exc::Warning},
    {Exc::SyntaxWarning, "SyntaxWarning", Exc::Warning},
    {Exc::RuntimeWarning, "RuntimeWarning", Exc::Warning},
    {Exc::FutureWarning, "FutureWarning", Exc::Warning},
    {Exc::ImportWarning, "ImportWarning", Exc::Warning},
    {Exc::UnicodeWarning, "UnicodeWarning", Exc::Warning},
    {Exc::ResourceWarning, "ResourceWarning", Exc::Warning},
};

}  // namespace

void ArgBuf::push(Value v) { pos_.push_back(std::move(v)); }
void ArgBuf::push_kw(Value name, Value v) {
  kwn_.push_back(std::move(name));
  kwv_.push_back(std::move(v));
}
Args ArgBuf::args() {
  return Args{pos_.data(), pos_.size(), kwn_.data(), kwv_.data(), kwn_.size()};
}

// Builds a type; `base` may be null (object).
static TypeObject* new_type(Interp& in, const char* name, TypeObject* base, std::uint32_t flags, Kind kind) {
  TypeObject* t = in.heap.make<TypeObject>(in.t.type, name);
  ++t->refs;  // builtin types live for the whole run
  t->flags = flags | static_cast<std::uint32_t>(TypeFlag::Builtin);
  t->instance_kind = kind;
  t->dict = make_dict(in);
  t->qualname = make_str(in, name);
  t->mro.push_back(t);
  if (base) {
    t->bases.push_back(Value(base));
    for (TypeObject* m : base->mro) t->mro.push_back(m);
  }
  return t;
}

Interp::Interp(const RunOptions& opts) : heap(opts.max_memory_bytes), options(opts) {
  // `type` and `object` first; their own type pointers are patched after.
  t.type = heap.make<TypeObject>(nullptr, "type");
  t.type->type = t.type;
  ++t.type->refs;
  t.str = nullptr;
  // Strings need the str type; create it with a placeholder dict first.
  t.str = heap.make<TypeObject>(t.type, "str");
  ++t.str->refs;
  t.dict = heap.make<TypeObject>(t.type, "dict");
  ++t.dict->refs;
  t.object = heap.make<TypeObject>(t.type, "object");
  ++t.object->refs;
  for (TypeObject* x : {t.type, t.str, t.dict, t.object}) {
    x->flags = static_cast<std::uint32_t>(TypeFlag::Builtin);
    x->mro.push_back(x);
    if (x != t.object) {
      x->bases.push_back(Value(t.object));
      x->mro.push_back(t.object);
    }
  }
  t.str->instance_kind = Kind::Str;
  t.dict->instance_kind = Kind::Dict;
  for (TypeObject* x : {t.type, t.str, t.dict, t.object}) {
    x->dict = make_dict(*this);
    x->qualname = make_str(*this, x->name);
  }
  t.type->instance_kind = Kind::Type;
  auto B = static_cast<std::uint32_t>(TypeFlag::NoSubclass);
  t.none = new_type(*this, "NoneType", t.object, B, Kind::Instance);
  t.notimpl = new_type(*this, "NotImplementedType", t.object, B, Kind::Instance);
  t.ellipsis = new_type(*this, "ellipsis", t.object, B, Kind::Instance);
  t.int_ = new_type(*this, "int", t.object, 0, Kind::Instance);
  t.bool_ = new_type(*this, "bool", t.int_, B, Kind::Instance);
  t.float_ = new_type(*this, "float", t.object, 0, Kind::Instance);
  t.list = new_type(*this, "list", t.object, 0, Kind::List);
  t.tuple = new_type(*this, "tuple", t.object, 0, Kind::Tuple);
  t.set = new_type(*this, "set", t.object, 0, Kind::Set);
  t.frozenset = new_type(*this, "frozenset", t.object, 0, Kind::FrozenSet);
  t.range = new_type(*this, "range", t.object, B, Kind::Range);
  t.slice = new_type(*this, "slice", t.object, B, Kind::Slice);
  t.cell = new_type(*this, "cell", t.object, B, Kind::Cell);
  t.function = new_type(*this, "function", t.object, B, Kind::Function);
  t.builtin = new_type(*this, "builtin_function_or_method", t.object, B, Kind::Builtin);
  t.method = new_type(*this, "method", t.object, B, Kind::BoundMethod);
  t.module = new_type(*this, "module", t.object, 0, Kind::Module);
  t.property = new_type(*this, "property", t.object, 0, Kind::Property);
  t.staticmethod = new_type(*this, "staticmethod", t.object, 0, Kind::StaticMethod);
  t.classmethod = new_type(*this, "classmethod", t.object, 0, Kind::ClassMethod);
  t.super = new_type(*this, "super", t.object, 0, Kind::Super);
  t.generator = new_type(*this, "generator", t.object, B, Kind::Generator);
  t.dict_keys = new_type(*this, "dict_keys", t.object, B, Kind::DictView);
  t.dict_values = new_type(*this, "dict_values", t.object, B, Kind::DictView);
  t.dict_items = new_type(*this, "dict_items", t.object, B, Kind::DictView);
  t.iterator = new_type(*this, "iterator", t.object, B, Kind::Iterator);
  for (const ExcSpec& e : kExceptions) {
    TypeObject* base = e.id == Exc::BaseException ? t.object : t.exc[static_cast<std::size_t>(e.base)];
    TypeObject* x = new_type(*this, e.name, base, static_cast<std::uint32_t>(TypeFlag::Exception), Kind::Instance);
    x->flags &= ~static_cast<std::uint32_t>(TypeFlag::Builtin);
    x->flags |= static_cast<std::uint32_t>(TypeFlag::Exception);
    t.exc[static_cast<std::size_t>(e.id)] = x;
  }
  empty_tuple = make_tuple(*this, {});
  ellipsis = Value(heap.make<Instance>(t.ellipsis));
  notimplemented = Value(heap.make<Instance>(t.notimpl));
  builtins = make_dict(*this);
  modules = make_dict(*this);
  natives = std::make_unique<NativeRegistry>();
  install_object_methods(*this);
  install_number_methods(*this);
  install_str_methods(*this);
  install_list_methods(*this);
  install_dict_methods(*this);
  install_core_builtins(*this);
  install_type_builtins(*this);
  install_iter_builtins(*this);
}

Interp::~Interp() {
  handling.clear();
  constants.clear();
  interned_.clear();
  local_names_.clear();
  shared_names_.clear();
  builtins.reset();
  modules.reset();
  ellipsis.reset();
  notimplemented.reset();
  empty_tuple.reset();
  extension_state.clear();
  heap.teardown();
}

void Interp::capture_limit_frames() {
  limit_frames.clear();
  for (const Frame* f = frame; f; f = f->back) limit_frames.push_back({f->code, f->stmt, f->line});
}

void Interp::step_limit() {
  capture_limit_frames();
  throw LimitError{"TimeoutError", "scopeplay stopped the snippet after " + std::to_string(options.max_steps) +
                                       " steps (infinite loop?)"};
}

void Interp::recursion_error(const char* context) {
  --depth;
  raise(*this, Exc::RecursionError, std::string("maximum recursion depth exceeded") + context);
}

void Interp::memory_limit() {
  // Once per crossing of the budget (Heap::allow_headroom): the code the
  // MemoryError unwinds through must be able to run.
  heap.allow_headroom();
  raise_no_args(*this, Exc::MemoryError);
}

void Interp::write(std::string& buf, std::string_view s) {
  std::uint64_t total = out.size() + err.size();
  if (total + s.size() > options.max_output_bytes) {
    std::uint64_t room = options.max_output_bytes > total ? options.max_output_bytes - total : 0;
    buf.append(s.substr(0, static_cast<std::size_t>(room)));
    output_truncated = true;
    capture_limit_frames();
    throw LimitError{"OutputLimitError", "output exceeded " + std::to_string(options.max_output_bytes) + " bytes"};
  }
  buf.append(s);
}

Value Interp::intern(std::string_view s) {
  auto it = interned_.find(s);
  if (it != interned_.end()) return it->second;
  Value v = make_str(*this, std::string(s));
  Str* str = v.as<Str>();
  str->hash = str_hash(s);
  interned_.emplace(std::string_view(str->s), v);
  return v;
}

TypeObject* Interp::named_type(const char* name) {
  auto it = named_types_.find(name);
  if (it != named_types_.end()) return it->second;
  TypeObject* x = new_type(*this, name, t.object, static_cast<std::uint32_t>(TypeFlag::NoSubclass), Kind::Iterator);
  named_types_.emplace(name, x);
  return x;
}

Value Interp::str(std::string s) { return make_str(*this, std::move(s)); }

int Interp::name_index(const std::string& s) {
  auto it = name_index_.find(s);
  if (it != name_index_.end()) return it->second;
  int ix = static_cast<int>(local_names_.size()) | kLocalName;
  local_names_.push_back(intern(s));
  name_index_.emplace(s, ix);
  return ix;
}

namespace {
// The process-wide name table of shared modules. It only grows while a
// shared module is resolved (once per module per process), never from user
// code, so it stays as small as the preludes' vocabulary.
struct SharedNames {
  std::mutex mu;
  std::unordered_map<std::string, int> index;
  std::deque<std::string> names;
};
SharedNames& shared_names() {
  static SharedNames table;
  return table;
}
}  // namespace

int Interp::shared_name_index(const std::string& s) {
  SharedNames& t = shared_names();
  std::lock_guard<std::mutex> lock(t.mu);
  auto it = t.index.find(s);
  if (it != t.index.end()) return it->second;
  int ix = static_cast<int>(t.names.size());
  if (ix >= kLocalName) throw std::length_error("too many shared names");
  t.names.push_back(s);
  t.index.emplace(s, ix);
  return ix;
}

const Value& Interp::load_shared_name(int slot) {
  const std::string* name;
  {
    SharedNames& t = shared_names();
    std::lock_guard<std::mutex> lock(t.mu);
    name = &t.names.at(static_cast<std::size_t>(slot));  // a deque's elements stay put as it grows
  }
  auto i = static_cast<std::size_t>(slot);
  if (i >= shared_names_.size()) shared_names_.resize(i + 1);
  shared_names_[i] = intern(*name);
  return shared_names_[i];
}

}  // namespace scopeplay::runtime
