#include "runtime/native.h"

#include <map>
#include <mutex>
#include <tuple>


#include "runtime/eval.h"
#include "runtime/modules.h"
#include "runtime/resolver.h"
#include "syntax/ast_pack.h"
#include "syntax/parser.h"

namespace scopeplay::runtime {
namespace {

std::string quoted_list(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i) {
      if (names.size() > 2) out += ",";
      out += i + 1 == names.size() ? " and " : " ";
    }
    out += "'" + names[i] + "'";
  }
  return out;
}

}  // namespace

const Value& BoundArgs::operator[](std::string_view name) const {
  for (std::size_t i = 0; i < params->size(); ++i)
    if ((*params)[i].name == name) return values[i];
  static const Value kNull;  // immutable sentinel
  return kNull;
}

bool BoundArgs::given(std::string_view name) const {
  for (std::size_t i = 0; i < params->size(); ++i)
    if ((*params)[i].name == name) return passed[i];
  return false;
}

Signature::Signature(std::string function_name, std::initializer_list<Param> params)
    : name_(std::move(function_name)), params_(params) {}
Signature::Signature(std::string function_name, std::vector<Param> params)
    : name_(std::move(function_name)), params_(std::move(params)) {}

BoundArgs Signature::bind(Interp& in, Args& a) const {
  BoundArgs b;
  b.params = &params_;
  b.values.resize(params_.size());
  b.passed.assign(params_.size(), false);
  std::size_t npositional = 0, nrequired_pos = 0;
  int vararg = -1, kwarg = -1;
  for (std::size_t i = 0; i < params_.size(); ++i) {
    switch (params_[i].kind) {
      case ParamKind::Positional:
        ++npositional;
        if (params_[i].default_value.is_null()) ++nrequired_pos;
        break;
      case ParamKind::VarArgs: vararg = static_cast<int>(i); break;
      case ParamKind::VarKwargs: kwarg = static_cast<int>(i); break;
      default: break;
    }
  }
  std::size_t pi = 0;
  std::vector<Value> extra;
  for (std::size_t k = 0; k < a.npos; ++k) {
    while (pi < params_.size() && params_[pi].kind != ParamKind::Positional) ++pi;
    if (pi < params_.size() && k < npositional) {
      b.values[pi] = a.pos[k];
      b.passed[pi] = true;
      ++pi;
    } else {
      extra.push_back(a.pos[k]);
    }
  }
  if (!extra.empty() && vararg < 0) {
    std::size_t given = a.npos;
    std::string sig = nrequired_pos == npositional ? std::to_string(npositional)
                                                   : "from " + std::to_string(nrequired_pos) + " to " + std::to_string(npositional);
    bool plural = nrequired_pos == npositional ? npositional != 1 : true;
    raise(in, Exc::TypeError, name_ + "() takes " + sig + " positional argument" + (plural ? "s" : "") + " but " +
                                  std::to_string(given) + (given == 1 ? " was" : " were") + " given");
  }
  Value kwdict;
  if (kwarg >= 0) {
    kwdict = make_dict(in);
    b.values[static_cast<std::size_t>(kwarg)] = kwdict;
  }
  if (vararg >= 0) b.values[static_cast<std::size_t>(vararg)] = make_tuple(in, std::move(extra));
  for (std::size_t k = 0; k < a.nkw; ++k) {
    const std::string& n = str_of(a.kwnames[k]);
    bool found = false;
    for (std::size_t i = 0; i < params_.size(); ++i) {
      if (params_[i].name != n || params_[i].kind == ParamKind::VarArgs || params_[i].kind == ParamKind::VarKwargs) continue;
      if (b.passed[i]) raise(in, Exc::TypeError, name_ + "() got multiple values for argument '" + n + "'");
      b.values[i] = a.kwvalues[k];
      b.passed[i] = true;
      found = true;
      break;
    }
    if (found) continue;
    if (kwarg >= 0) {
      dict_set(in, kwdict, a.kwnames[k], a.kwvalues[k]);
      continue;
    }
    raise(in, Exc::TypeError, name_ + "() got an unexpected keyword argument '" + n + "'");
  }
  std::vector<std::string> missing_pos, missing_kw;
  for (std::size_t i = 0; i < params_.size(); ++i) {
    if (b.passed[i] || params_[i].kind == ParamKind::VarArgs || params_[i].kind == ParamKind::VarKwargs) continue;
    if (!params_[i].default_value.is_null()) {
      b.values[i] = params_[i].default_value;
      continue;
    }
    (params_[i].kind == ParamKind::Positional ? missing_pos : missing_kw).push_back(params_[i].name);
  }
  if (!missing_pos.empty()) {
    raise(in, Exc::TypeError, name_ + "() missing " + std::to_string(missing_pos.size()) + " required positional argument" +
                                  (missing_pos.size() == 1 ? "" : "s") + ": " + quoted_list(missing_pos));
  }
  if (!missing_kw.empty()) {
    raise(in, Exc::TypeError, name_ + "() missing " + std::to_string(missing_kw.size()) + " required keyword-only argument" +
                                  (missing_kw.size() == 1 ? "" : "s") + ": " + quoted_list(missing_kw));
  }
  return b;
}

Value make_native_function(Interp& in, Signature sig, NativeBody body) {
  Builtin* b = in.heap.make<Builtin>(in.t.builtin, sig.name(), nullptr);
  Value v(b);
  auto shared = std::make_shared<Signature>(std::move(sig));
  b->closure = [shared, body = std::move(body)](Interp& inn, Args& a) -> Value {
    BoundArgs bound = shared->bind(inn, a);
    return body(inn, bound);
  };
  return v;
}

Value make_raw_native_function(Interp& in, std::string name, RawNativeBody body) {
  Builtin* b = in.heap.make<Builtin>(in.t.builtin, std::move(name), nullptr);
  Value v(b);
  b->closure = std::move(body);
  return v;
}

ClassBuilder& ClassBuilder::method(const std::string& name, Signature sig, NativeBody body) {
  Value f = make_native_function(in_, std::move(sig), std::move(body));
  f.as<Builtin>()->owner = type_.as<TypeObject>()->name;
  dict_set_str(in_, type_.as<TypeObject>()->dict, name, f);
  if (name == "__getattr__") type_.as<TypeObject>()->flags |= static_cast<std::uint32_t>(TypeFlag::HasGetattr);
  return *this;
}

ClassBuilder& ClassBuilder::staticmethod(const std::string& name, Signature sig, NativeBody body) {
  Value f = make_native_function(in_, std::move(sig), std::move(body));
  dict_set_str(in_, type_.as<TypeObject>()->dict, name, Value(in_.heap.make<MethodWrapper>(Kind::StaticMethod, in_.t.staticmethod, f)));
  return *this;
}

ClassBuilder& ClassBuilder::classmethod(const std::string& name, Signature sig, NativeBody body) {
  Value f = make_native_function(in_, std::move(sig), std::move(body));
  f.as<Builtin>()->owner = type_.as<TypeObject>()->name;
  dict_set_str(in_, type_.as<TypeObject>()->dict, name, Value(in_.heap.make<MethodWrapper>(Kind::ClassMethod, in_.t.classmethod, f)));
  return *this;
}

ClassBuilder& ClassBuilder::property(const std::string& name, std::function<Value(Interp&, const Value&)> getter,
                                     std::function<void(Interp&, const Value&, const Value&)> setter) {
  auto* p = in_.heap.make<Property>(in_.t.property);
  Value pv(p);
  p->fget = make_raw_native_function(in_, name, [getter](Interp& in, Args& a) -> Value {
    if (a.npos != 1) raise(in, Exc::TypeError, "property getter takes one argument");
    return getter(in, a.pos[0]);
  });
  if (setter) {
    p->fset = make_raw_native_function(in_, name, [setter](Interp& in, Args& a) -> Value {
      if (a.npos != 2) raise(in, Exc::TypeError, "property setter takes two arguments");
      setter(in, a.pos[0], a.pos[1]);
      return Value::none();
    });
  }
  dict_set_str(in_, type_.as<TypeObject>()->dict, name, pv);
  return *this;
}

ClassBuilder& ClassBuilder::attr(const std::string& name, Value v) {
  dict_set_str(in_, type_.as<TypeObject>()->dict, name, std::move(v));
  return *this;
}

void ModuleBuilder::set(const std::string& name, Value v) { dict_set_str(in_, module_.as<Module>()->dict, name, std::move(v)); }

Value ModuleBuilder::get(const std::string& name) const { return dict_get_str(module_.as<Module>()->dict, name); }

void ModuleBuilder::def(const std::string& name, Signature sig, NativeBody body) {
  set(name, make_native_function(in_, std::move(sig), std::move(body)));
}

void ModuleBuilder::def_raw(const std::string& name, RawNativeBody body) {
  set(name, make_raw_native_function(in_, name, std::move(body)));
}

ClassBuilder ModuleBuilder::add_class(const std::string& name, std::vector<Value> bases) {
  Value ns = make_dict(in_);
  Value cls = make_class(in_, name, std::move(bases), ns, this->name());
  cls.as<TypeObject>()->flags |= static_cast<std::uint32_t>(TypeFlag::Native);
  set(name, cls);
  return ClassBuilder(in_, cls);
}

Value ModuleBuilder::add_exception(const std::string& name, TypeObject* base) {
  Value ns = make_dict(in_);
  Value cls = make_class(in_, name, {Value(base)}, ns, this->name());
  set(name, cls);
  return cls;
}

ModuleBuilder ModuleBuilder::submodule(const std::string& name) {
  std::string full = this->name() + "." + name;
  Value existing = dict_get_str(in_.modules, full);
  if (!existing.is_null()) return ModuleBuilder(in_, existing);
  Value m = new_module(in_, full);
  dict_set_str(in_, in_.modules, full, m);
  set(name, m);
  return ModuleBuilder(in_, m);
}

namespace {

// An embedded module source, parsed and resolved once per process and then
// run by every interpreter read-only: the AST, its CodeInfos and its source
// file are immutable after resolving, and its names live in the process-wide
// name table, so nothing in it belongs to one interpreter.
struct SharedModule {
  std::unique_ptr<source::SourceFile> file;
  std::unique_ptr<ast::Module> tree;
  ResolvedModule resolved;
  std::string error;  // a SyntaxError message, if the source does not compile
};

// Resolves a parsed (or unpacked) tree of `m->file` into `m`.
void resolve_shared(SharedModule& m, std::unique_ptr<ast::Module> tree, const std::string& filename, bool internal) {
  m.tree = std::move(tree);
  auto err = resolve_module(*m.tree, *m.file, internal, Interp::shared_name_index, m.resolved);
  if (err) m.error = "in " + filename + ": " + err->message;
}

const SharedModule& shared_module(std::string_view source, const std::string& filename, bool internal) {
  static std::mutex mu;
  // Keyed by the text itself (a view of the module's own copy), so a lookup
  // allocates nothing and a different text can never hit.
  static std::map<std::tuple<std::string_view, std::string, bool>, std::unique_ptr<SharedModule>, std::less<>> cache;
  std::lock_guard<std::mutex> lock(mu);
  auto it = cache.find(std::make_tuple(source, filename, internal));
  if (it != cache.end()) return *it->second;
  auto m = std::make_unique<SharedModule>();
  m->file = std::make_unique<source::SourceFile>(filename, std::string(source));
  syntax::ParseResult parsed = syntax::parse(*m->file);
  if (parsed.error) {
    m->error = "in " + filename + ": " + parsed.error->message + " (line " + std::to_string(parsed.error->span.line) + ")";
  } else {
    resolve_shared(*m, std::move(parsed.module), filename, internal);
  }
  auto key = std::make_tuple(std::string_view(m->file->text()), filename, internal);
  return *cache.emplace(std::move(key), std::move(m)).first->second;
}

// A packed module's tree, unpacked and resolved once per process, keyed by
// where its bytes are (they are the engine's own).
const SharedModule& shared_packed_module(std::string_view packed, const std::string& filename) {
  static std::mutex mu;
  static std::map<const char*, std::unique_ptr<SharedModule>> cache;
  std::lock_guard<std::mutex> lock(mu);
  auto it = cache.find(packed.data());
  if (it != cache.end()) return *it->second;
  auto m = std::make_unique<SharedModule>();
  syntax::Unpacked u = syntax::unpack_standalone(packed, filename);
  if (!u.module) {
    m->error = "in " + filename + ": the packed module does not read";
  } else {
    m->file = std::move(u.file);
    resolve_shared(*m, std::move(u.module), filename, true);
  }
  return *cache.emplace(packed.data(), std::move(m)).first->second;
}

void run_shared(Interp& in, const SharedModule& m, const Value& module) {
  if (!m.error.empty()) raise(in, Exc::SyntaxError, m.error);
  adopt_shared(in, m.resolved);
  run_module(in, m.resolved.module_code, *m.tree, module.as<Module>()->dict);
}

}  // namespace

void prepare_python(std::string_view source, const std::string& filename, bool internal) {
  (void)shared_module(source, filename, internal);
}

void ModuleBuilder::run_python(std::string_view source, const std::string& filename, bool internal) {
  run_shared(in_, shared_module(source, filename, internal), module_);
}

void ModuleBuilder::run_packed(std::string_view packed, const std::string& filename) {
  run_shared(in_, shared_packed_module(packed, filename), module_);
}

void register_module(Interp& in, std::string name, ModuleFactory factory) { in.natives->add(std::move(name), std::move(factory)); }

std::vector<StackFrame> call_stack(Interp& in, bool user_only) {
  std::vector<StackFrame> out;
  for (Frame* f = in.frame; f; f = f->back) {
    if (user_only && f->code && f->code->internal) {
      if (f->back == f) break;
      continue;
    }
    StackFrame s;
    const source::SourceFile* file = f->code ? f->code->file : nullptr;
    s.filename = file ? file->name() : "<unknown>";
    s.line = f->expr ? f->expr->span.line : f->line;
    s.column = f->expr ? f->expr->span.column : 0;
    s.end_column = f->expr && f->expr->span.end_line == f->expr->span.line ? f->expr->span.end_column : 0;
    s.function = f->code ? f->code->name : "<module>";
    s.internal = f->code && f->code->internal;
    if (file) {
      std::string_view line = file->line_text(s.line);
      std::size_t b = line.find_first_not_of(" \t\f");
      std::size_t e = line.find_last_not_of(" \t\f\r\n");
      s.source_line = b == std::string_view::npos ? "" : std::string(line.substr(b, e - b + 1));
    }
    out.push_back(std::move(s));
    if (f->back == f) break;
  }
  return out;
}

StackFrame user_frame(Interp& in) {
  std::vector<StackFrame> frames = call_stack(in, true);
  return frames.empty() ? StackFrame{} : std::move(frames.front());
}

void write_stderr(Interp& in, std::string_view text) { in.write_err(text); }
void write_stdout(Interp& in, std::string_view text) { in.write_out(text); }
RunResult& run_results(Interp& in) { return in.extras; }
const std::string& tf_version(Interp& in) { return in.options.tf_version; }

}  // namespace scopeplay::runtime
