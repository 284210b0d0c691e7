// Class statements, type(name, bases, ns), C3 linearisation, instance
// creation (__new__/__init__) and zero-argument super().
#include "runtime/eval.h"

namespace scopeplay::runtime {
namespace {

std::vector<TypeObject*> c3(Interp& in, TypeObject* t, const std::vector<Value>& bases) {
  std::vector<std::vector<TypeObject*>> seqs;
  for (auto& b : bases) seqs.push_back(b.as<TypeObject>()->mro);
  std::vector<TypeObject*> direct;
  for (auto& b : bases) direct.push_back(b.as<TypeObject>());
  seqs.push_back(direct);
  std::vector<TypeObject*> out{t};
  for (;;) {
    bool any = false;
    for (auto& s : seqs) if (!s.empty()) any = true;
    if (!any) return out;
    TypeObject* pick = nullptr;
    for (auto& s : seqs) {
      if (s.empty()) continue;
      TypeObject* cand = s.front();
      bool in_tail = false;
      for (auto& other : seqs) {
        for (std::size_t i = 1; i < other.size(); ++i)
          if (other[i] == cand) in_tail = true;
      }
      if (!in_tail) {
        pick = cand;
        break;
      }
    }
    if (!pick) {
      std::string names;
      for (std::size_t i = 0; i < bases.size(); ++i) names += (i ? ", " : "") + bases[i].as<TypeObject>()->name;
      raise(in, Exc::TypeError, "Cannot create a consistent method resolution order (MRO) for bases " + names);
    }
    out.push_back(pick);
    for (auto& s : seqs)
      if (!s.empty() && s.front() == pick) s.erase(s.begin());
  }
}

void set_owner(Interp& in, const Value& v, const Value& cls) {
  if (is_kind(v, Kind::Function)) {
    auto* fn = v.as<Function>();
    if (fn->owner_class.is_null()) fn->owner_class = cls;
  } else if (is_kind(v, Kind::StaticMethod) || is_kind(v, Kind::ClassMethod)) {
    set_owner(in, v.as<MethodWrapper>()->func, cls);
  } else if (is_kind(v, Kind::Property)) {
    auto* p = v.as<Property>();
    set_owner(in, p->fget, cls);
    set_owner(in, p->fset, cls);
    set_owner(in, p->fdel, cls);
  }
}

bool is_object_default(const Value& f) { return is_kind(f, Kind::Builtin) && f.as<Builtin>()->owner == "object"; }

}  // namespace

Value make_class(Interp& in, const std::string& name, std::vector<Value> bases, const Value& ns, const std::string& module) {
  if (bases.empty()) bases.push_back(Value(in.t.object));
  for (auto& b : bases) {
    if (!is_kind(b, Kind::Type)) raise(in, Exc::TypeError, "bases must be types");
    auto* bt = b.as<TypeObject>();
    if (bt->has(TypeFlag::NoSubclass)) raise(in, Exc::TypeError, "type '" + bt->name + "' is not an acceptable base type");
    if (bt->has(TypeFlag::Builtin) && bt != in.t.object) {
      raise(in, Exc::NotImplementedError, "subclassing the builtin type '" + bt->name + "' is not supported in scopeplay");
    }
  }
  TypeObject* t = in.heap.make<TypeObject>(in.t.type, name);
  Value cls(t);
  t->module = module;
  t->bases = bases;
  t->mro = c3(in, t, bases);
  for (auto& b : bases) {
    auto* bt = b.as<TypeObject>();
    t->flags |= bt->flags & (static_cast<std::uint32_t>(TypeFlag::Exception) | static_cast<std::uint32_t>(TypeFlag::Native) |
                             static_cast<std::uint32_t>(TypeFlag::HasGetattr));
  }
  for (TypeObject* m : t->mro) {
    if (m->make_payload) {
      t->make_payload = m->make_payload;
      break;
    }
  }
  t->dict = make_dict(in);
  for (auto& e : std::vector<HashEntry>(ns.as<Dict>()->table.entries())) {
    if (e.key.is_null()) continue;
    dict_set(in, t->dict, e.key, e.value);
  }
  Value qual = dict_get_str(t->dict, "__qualname__");
  t->qualname = is_str(qual) ? qual : make_str(in, name);
  if (!qual.is_null()) t->dict.as<Dict>()->table.erase(in, in.intern("__qualname__"), str_hash("__qualname__"));
  if (!dict_get_str(t->dict, "__eq__").is_null() && dict_get_str(t->dict, "__hash__").is_null()) {
    dict_set_str(in, t->dict, "__hash__", Value::none());
  }
  if (!lookup_type(t, "__getattr__").is_null()) t->flags |= static_cast<std::uint32_t>(TypeFlag::HasGetattr);
  for (auto& e : t->dict.as<Dict>()->table.entries()) {
    if (!e.key.is_null()) set_owner(in, e.value, cls);
  }
  // __init_subclass__ hooks of the bases.
  Value hook = Value();
  for (std::size_t i = 1; i < t->mro.size(); ++i) {
    Value h = dict_get_str(t->mro[i]->dict, "__init_subclass__");
    if (!h.is_null()) {
      hook = h;
      break;
    }
  }
  if (!hook.is_null() && !is_kind(hook, Kind::Builtin)) {
    Value fn = is_kind(hook, Kind::ClassMethod) ? hook.as<MethodWrapper>()->func : hook;
    call1(in, fn, cls);
  }
  return cls;
}

Value build_class(Interp& in, Frame& f, const ast::ClassDef* c) {
  std::vector<Value> bases;
  for (auto& b : c->bases) {
    bases.push_back(eval(in, f, b.get()));
  }
  for (auto& k : c->keywords) {
    if (k.arg && *k.arg == "metaclass") {
      Value meta = eval(in, f, k.value.get());
      if (!meta.same(Value(in.t.type))) {
        f.expr = k.value.get();
        raise(in, Exc::NotImplementedError, "custom metaclasses are not supported in scopeplay");
      }
    }
  }
  f.expr = nullptr;
  const CodeInfo* code = in.code_of.at(c);
  Value ns = make_dict(in);
  Value modname = dict_get_str(Value(static_cast<Object*>(f.globals)), "__name__");
  dict_set_str(in, ns, "__module__", modname.is_null() ? make_str(in, "__main__") : modname);
  dict_set_str(in, ns, "__qualname__", make_str(in, code->qualname));
  if (!c->body.empty() && c->body[0]->kind == ast::StmtKind::Expr) {
    auto* e = static_cast<const ast::ExprStmt*>(c->body[0].get());
    if (e->value->kind == ast::ExprKind::Constant && static_cast<const ast::Constant*>(e->value.get())->value_kind == ast::ConstantKind::Str) {
      dict_set_str(in, ns, "__doc__", make_str(in, static_cast<const ast::Constant*>(e->value.get())->text));
    }
  }
  std::size_t nslots = code->slot_names.size();
  std::vector<Value> slots(nslots ? nslots : 1);
  for (std::size_t k = 0; k < code->free_source.size(); ++k) {
    int src = code->free_source[k];
    slots[static_cast<std::size_t>(code->nlocals) + k] = src >= 0 ? f.slots[src] : Value(in.heap.make<Cell>(in.t.cell, Value()));
  }
  {
    Frame cf;
    cf.code = code;
    cf.slots = slots.data();
    cf.globals = f.globals;
    cf.ns = ns.as<Dict>();
    cf.serial = in.next_serial++;
    cf.line = c->span.line;
    in.step();
    DepthGuard guard(in);
    FrameScope scope(in, cf);
    try {
      exec_block(in, cf, c->body);
    } catch (PyError& e) {
      note_frame(in, e.exc, cf);
      throw;
    }
  }
  f.expr = nullptr;
  std::string module = modname.is_obj() ? str_of(modname) : "__main__";
  return make_class(in, c->name, std::move(bases), ns, module);
}

Value instantiate(Interp& in, TypeObject* t, Args& a) {
  if (t->has(TypeFlag::Builtin)) {
    Value ctor = dict_get_str(t->dict, "__new__");
    if (ctor.is_null()) raise(in, Exc::TypeError, "cannot create '" + t->name + "' instances");
    ArgBuf b;
    b.push(Value(t));
    for (std::size_t i = 0; i < a.npos; ++i) b.push(a.pos[i]);
    for (std::size_t i = 0; i < a.nkw; ++i) b.push_kw(a.kwnames[i], a.kwvalues[i]);
    Args full = b.args();
    return call(in, ctor, full);
  }
  Value cls(t);
  Value new_fn = lookup_type(t, "__new__");
  bool custom_new = !new_fn.is_null() && !is_kind(new_fn, Kind::Builtin);
  Value obj;
  if (custom_new) {
    ArgBuf b;
    b.push(cls);
    for (std::size_t i = 0; i < a.npos; ++i) b.push(a.pos[i]);
    for (std::size_t i = 0; i < a.nkw; ++i) b.push_kw(a.kwnames[i], a.kwvalues[i]);
    Args full = b.args();
    Value fn = is_kind(new_fn, Kind::StaticMethod) ? new_fn.as<MethodWrapper>()->func : new_fn;
    obj = call(in, fn, full);
    if (!isinstance(in, obj, t)) return obj;
  } else {
    auto* inst = in.heap.make<Instance>(t);
    obj = Value(inst);
    if (inst->exc) {
      std::vector<Value> args(a.pos, a.pos + a.npos);
      inst->exc->args = make_tuple(in, std::move(args));
    }
    if (t->make_payload) inst->payload = t->make_payload();
  }
  Value init = lookup_type(t, "__init__");
  if (init.is_null() || is_object_default(init)) {
    if ((a.npos || a.nkw) && !custom_new && !t->has(TypeFlag::Exception)) {
      raise(in, Exc::TypeError, t->name + "() takes no arguments");
    }
    return obj;
  }
  Value r;
  if (is_kind(init, Kind::Function)) {
    r = call_function(in, init.as<Function>(), &obj, a);
  } else {
    ArgBuf b;
    b.push(obj);
    for (std::size_t i = 0; i < a.npos; ++i) b.push(a.pos[i]);
    for (std::size_t i = 0; i < a.nkw; ++i) b.push_kw(a.kwnames[i], a.kwvalues[i]);
    Args full = b.args();
    r = call(in, init, full);
  }
  if (!r.is_none()) raise(in, Exc::TypeError, "__init__() should return None, not '" + type_name(in, r) + "'");
  return obj;
}

Value zero_arg_super(Interp& in, Frame& f) {
  if (!f.func) raise(in, Exc::RuntimeError, "super(): no arguments");
  if (f.func->owner_class.is_null()) raise(in, Exc::RuntimeError, "super(): __class__ cell not found");
  if (f.code->npositional == 0 && f.code->vararg_slot < 0) raise(in, Exc::RuntimeError, "super(): no arguments");
  Value self = f.slots[0];
  if (f.code->is_cell[0]) self = self.as<Cell>()->value;
  if (self.is_null()) raise(in, Exc::RuntimeError, "super(): arg[0] deleted");
  return Value(in.heap.make<Super>(in.t.super, f.func->owner_class, self));
}

}  // namespace scopeplay::runtime
