// Calls: dispatch on the callee, argument binding for Python functions with
// CPython's TypeError messages, function objects, and class instantiation.
#include "runtime/eval.h"

namespace scopeplay::runtime {
namespace {

std::string fn_name(const Function* fn) { return function_qualname_text(fn); }

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

[[noreturn]] void missing(Interp& in, const Function* fn, const std::vector<std::string>& names, const char* kind) {
  raise(in, Exc::TypeError, fn_name(fn) + "() missing " + std::to_string(names.size()) + " required " + kind + " argument" +
                                (names.size() == 1 ? "" : "s") + ": " + quoted_list(names));
}

[[noreturn]] void too_many(Interp& in, const Function* fn, std::size_t given, std::size_t kwonly_given) {
  const CodeInfo* c = fn->code;
  std::size_t ndef = fn->defaults.size();
  auto argc = static_cast<std::size_t>(c->npositional);
  std::string sig;
  bool plural;
  if (ndef) {
    sig = "from " + std::to_string(argc - ndef) + " to " + std::to_string(argc);
    plural = true;
  } else {
    sig = std::to_string(argc);
    plural = argc != 1;
  }
  std::string kw;
  if (kwonly_given) {
    kw = std::string(" positional argument") + (given != 1 ? "s" : "") + " (and " + std::to_string(kwonly_given) +
         " keyword-only argument" + (kwonly_given != 1 ? "s" : "") + ")";
  }
  raise(in, Exc::TypeError, fn_name(fn) + "() takes " + sig + " positional argument" + (plural ? "s" : "") + " but " +
                                std::to_string(given) + kw + " " + (given == 1 && !kwonly_given ? "was" : "were") + " given");
}

[[gnu::noinline]] void bind_args(Interp& in, Function* fn, const Value* self, Args& a, Value* slots) {
  const CodeInfo* c = fn->code;
  std::size_t npos_params = static_cast<std::size_t>(c->npositional);
  std::size_t given = a.npos + (self ? 1 : 0);
  auto positional = [&](std::size_t i) -> const Value& { return self ? (i == 0 ? *self : a.pos[i - 1]) : a.pos[i]; };
  if (a.nkw == 0 && given == npos_params && c->vararg_slot < 0 && c->nkwonly == 0 && c->kwarg_slot < 0) {
    for (std::size_t i = 0; i < given; ++i) slots[i] = positional(i);
    return;
  }
  std::size_t n = std::min(given, npos_params);
  for (std::size_t i = 0; i < n; ++i) slots[i] = positional(i);
  std::size_t kwonly_base = npos_params;
  std::size_t nkwonly = static_cast<std::size_t>(c->nkwonly);
  Value kwdict;
  if (c->kwarg_slot >= 0) {
    kwdict = make_dict(in);
    slots[c->kwarg_slot] = kwdict;
  }
  std::vector<std::string> posonly_as_kw;
  for (std::size_t k = 0; k < a.nkw; ++k) {
    const std::string& name = str_of(a.kwnames[k]);
    std::size_t found = SIZE_MAX;
    for (std::size_t i = static_cast<std::size_t>(c->nposonly); i < npos_params + nkwonly; ++i) {
      if (c->slot_names[i] == name) {
        found = i;
        break;
      }
    }
    if (found == SIZE_MAX) {
      if (!kwdict.is_null()) {
        dict_set(in, kwdict, a.kwnames[k], a.kwvalues[k]);
        continue;
      }
      bool is_posonly = false;
      for (std::size_t i = 0; i < static_cast<std::size_t>(c->nposonly); ++i)
        if (c->slot_names[i] == name) is_posonly = true;
      if (is_posonly) {
        posonly_as_kw.push_back(name);
        continue;
      }
      raise(in, Exc::TypeError, fn_name(fn) + "() got an unexpected keyword argument '" + name + "'");
    }
    if (!slots[found].is_null()) {
      raise(in, Exc::TypeError, fn_name(fn) + "() got multiple values for argument '" + name + "'");
    }
    slots[found] = a.kwvalues[k];
  }
  if (!posonly_as_kw.empty()) {
    std::string list;
    for (std::size_t i = 0; i < posonly_as_kw.size(); ++i) list += (i ? ", '" : "'") + posonly_as_kw[i] + "'";
    raise(in, Exc::TypeError, fn_name(fn) + "() got some positional-only arguments passed as keyword arguments: " + list);
  }
  if (given > npos_params) {
    if (c->vararg_slot < 0) {
      std::size_t kwonly_given = 0;
      for (std::size_t i = 0; i < nkwonly; ++i)
        if (!slots[kwonly_base + i].is_null()) ++kwonly_given;
      too_many(in, fn, given, kwonly_given);
    }
    std::vector<Value> rest;
    for (std::size_t i = npos_params; i < given; ++i) rest.push_back(positional(i));
    slots[c->vararg_slot] = make_tuple(in, std::move(rest));
  } else if (c->vararg_slot >= 0) {
    slots[c->vararg_slot] = in.empty_tuple;
  }
  std::size_t ndef = fn->defaults.size();
  std::vector<std::string> miss;
  for (std::size_t i = given < npos_params ? given : npos_params; i < npos_params; ++i) {
    if (!slots[i].is_null()) continue;
    if (i >= npos_params - ndef) slots[i] = fn->defaults[i - (npos_params - ndef)];
    else miss.push_back(c->slot_names[i]);
  }
  if (!miss.empty()) missing(in, fn, miss, "positional");
  for (std::size_t i = 0; i < nkwonly; ++i) {
    Value& s = slots[kwonly_base + i];
    if (!s.is_null()) continue;
    if (i < fn->kwdefaults.size() && !fn->kwdefaults[i].is_null()) s = fn->kwdefaults[i];
    else miss.push_back(c->slot_names[kwonly_base + i]);
  }
  if (!miss.empty()) missing(in, fn, miss, "keyword-only");
}

[[gnu::noinline]] Value call_bound_slow(Interp& in, const Value& func, const Value& self, Args& a) {
  ArgBuf b;
  b.push(self);
  for (std::size_t i = 0; i < a.npos; ++i) b.push(a.pos[i]);
  for (std::size_t i = 0; i < a.nkw; ++i) b.push_kw(a.kwnames[i], a.kwvalues[i]);
  Args full = b.args();
  return call(in, func, full);
}

[[gnu::noinline]] Value call_builtin_with_self(Interp& in, Builtin* b, Args& a) {
  ArgBuf buf;
  buf.push(b->self);
  for (std::size_t i = 0; i < a.npos; ++i) buf.push(a.pos[i]);
  for (std::size_t i = 0; i < a.nkw; ++i) buf.push_kw(a.kwnames[i], a.kwvalues[i]);
  Args full = buf.args();
  return b->fn ? b->fn(in, full, b->data) : b->closure(in, full);
}

Value call_bound(Interp& in, const Value& func, const Value& self, Args& a) {
  if (is_kind(func, Kind::Function)) return call_function(in, func.as<Function>(), &self, a);
  return call_bound_slow(in, func, self, a);
}

}  // namespace

Value call_function(Interp& in, Function* fn, const Value* self, Args& a) {
  const CodeInfo* c = fn->code;
  in.step();
  DepthGuard guard(in);
  std::size_t nslots = c->slot_names.size();
  Value inline_slots[6];
  std::unique_ptr<Value[]> heap_slots;
  Value* slots = inline_slots;
  if (nslots > 6 || c->is_generator) {
    heap_slots = std::make_unique<Value[]>(nslots ? nslots : 1);
    slots = heap_slots.get();
  }
  Frame frame;
  frame.code = c;
  frame.func = fn;
  frame.slots = slots;
  frame.globals = fn->globals.as<Dict>();
  frame.serial = in.next_serial++;
  frame.line = 0;
  {
    // Argument errors are reported in the caller's frame, as CPython does.
    bind_args(in, fn, self, a, slots);
  }
  for (std::size_t i = 0; i < static_cast<std::size_t>(c->nlocals); ++i) {
    if (c->is_cell[i]) slots[i] = Value(in.heap.make<Cell>(in.t.cell, std::move(slots[i])));
  }
  for (std::size_t k = 0; k < fn->closure.size(); ++k) slots[static_cast<std::size_t>(c->nlocals) + k] = fn->closure[k];
  if (c->is_generator) return make_generator(in, fn, std::move(heap_slots), nslots);
  FrameScope scope(in, frame);
  try {
    if (c->type == CodeType::Lambda) {
      auto* l = static_cast<const ast::Lambda*>(c->node);
      frame.line = l->body->span.line;
      return eval(in, frame, l->body.get());
    }
    auto* d = static_cast<const ast::FunctionDef*>(c->node);
    Status st = exec_block(in, frame, d->body);
    if (st == Status::Return) return std::move(frame.retval);
    return Value::none();
  } catch (PyError& e) {
    note_frame(in, e.exc, frame);
    throw;
  }
}

Value make_function(Interp& in, Frame& f, const CodeInfo* code, const ast::Arguments& args, const Value& qualname_override) {
  std::vector<Value> defaults;
  for (auto& d : args.defaults) defaults.push_back(eval(in, f, d.get()));
  std::vector<Value> kwdefaults;
  bool any_kw = false;
  for (auto& d : args.kw_defaults) {
    if (d) {
      kwdefaults.push_back(eval(in, f, d.get()));
      any_kw = true;
    } else {
      kwdefaults.emplace_back();
    }
  }
  Function* fn = in.heap.make<Function>(in.t.function, code);
  Value v(fn);
  fn->globals = Value(static_cast<Object*>(f.globals));
  fn->defaults = std::move(defaults);
  if (any_kw) fn->kwdefaults = std::move(kwdefaults);
  fn->name = code->name_slot >= 0 ? in.name_at(code->name_slot) : in.intern(code->name);
  fn->qualname = qualname_override;  // null: the code's, made when first asked for
  for (int src : code->free_source) {
    if (src >= 0) fn->closure.push_back(f.slots[src]);
    else fn->closure.push_back(Value(in.heap.make<Cell>(in.t.cell, Value())));
  }
  Value modname = dict_get_str(Value(static_cast<Object*>(f.globals)), "__name__");
  if (!modname.is_null()) fn->module_name = modname;
  return v;
}

const Value& function_qualname(Interp& in, Function* f) {
  if (f->qualname.is_null()) {
    const CodeInfo* c = f->code;
    f->qualname = c->qualname_slot >= 0 ? in.name_at(c->qualname_slot) : in.intern(c->qualname);
  }
  return f->qualname;
}

const std::string& function_qualname_text(const Function* f) {
  return f->qualname.is_null() ? f->code->qualname : str_of(f->qualname);
}

Value call(Interp& in, const Value& f, Args& a) {
  if (f.is_obj()) {
    Object* o = f.obj();
    switch (o->kind) {
      case Kind::Function: return call_function(in, static_cast<Function*>(o), nullptr, a);
      case Kind::Builtin: {
        auto* b = static_cast<Builtin*>(o);
        Value keep = f;
        if (!b->self.is_null()) return call_builtin_with_self(in, b, a);
        if (b->fn) return b->fn(in, a, b->data);
        return b->closure(in, a);
      }
      case Kind::BoundMethod: {
        auto* m = static_cast<BoundMethod*>(o);
        Value func = m->func, self = m->self;
        return call_bound(in, func, self, a);
      }
      case Kind::Type: return instantiate(in, static_cast<TypeObject*>(o), a);
      case Kind::Instance: {
        Value c = lookup_type(o->type, "__call__");
        if (!c.is_null()) return call_bound(in, c, f, a);
        break;
      }
      case Kind::StaticMethod: return call(in, static_cast<MethodWrapper*>(o)->func, a);
      default: break;
    }
  }
  raise(in, Exc::TypeError, "'" + type_name(in, f) + "' object is not callable");
}

Value call0(Interp& in, const Value& f) {
  Args a;
  return call(in, f, a);
}

Value call1(Interp& in, const Value& f, Value x) {
  Args a{&x, 1, nullptr, nullptr, 0};
  return call(in, f, a);
}

Value call2(Interp& in, const Value& f, Value x, Value y) {
  Value v[2] = {std::move(x), std::move(y)};
  Args a{v, 2, nullptr, nullptr, 0};
  return call(in, f, a);
}

Value call_method_opt(Interp& in, const Value& obj, std::string_view name, std::vector<Value> args) {
  Value m = get_attr_opt(in, obj, in.intern(name));
  if (m.is_null()) return Value();
  Args a{args.data(), args.size(), nullptr, nullptr, 0};
  return call(in, m, a);
}

std::string callable_name(Interp& in, const Value& f) {
  if (f.is_obj()) {
    Object* o = f.obj();
    switch (o->kind) {
      case Kind::Function: return function_qualname_text(static_cast<Function*>(o));
      case Kind::Builtin: {
        auto* b = static_cast<Builtin*>(o);
        return b->owner.empty() ? b->name : b->owner + "." + b->name;
      }
      case Kind::BoundMethod: return callable_name(in, static_cast<BoundMethod*>(o)->func);
      case Kind::Type: return static_cast<TypeObject*>(o)->name;
      default: break;
    }
  }
  return type_name(in, f) + " object";
}

bool is_callable(Interp& in, const Value& v) {
  (void)in;
  if (!v.is_obj()) return false;
  switch (v.obj()->kind) {
    case Kind::Function:
    case Kind::Builtin:
    case Kind::BoundMethod:
    case Kind::Type: return true;
    case Kind::Instance: return !lookup_type(v.obj()->type, "__call__").is_null();
    default: return false;
  }
}

}  // namespace scopeplay::runtime
