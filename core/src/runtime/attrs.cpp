// Attribute access: descriptors (functions, properties, static/class
// methods), instance dicts, __getattr__/__setattr__, special attributes.
#include <algorithm>

#include "runtime/ops.h"

namespace scopeplay::runtime {
namespace {

Value bind(Interp& in, const Value& attr, const Value& obj, const Value& owner) {
  if (!attr.is_obj()) return attr;
  switch (attr.obj()->kind) {
    case Kind::Builtin:
      if (attr.as<Builtin>()->owner.empty()) return attr;
      return Value(in.heap.make<BoundMethod>(in.t.method, attr, obj));
    case Kind::Function:
      return Value(in.heap.make<BoundMethod>(in.t.method, attr, obj));
    case Kind::StaticMethod: return attr.as<MethodWrapper>()->func;
    case Kind::ClassMethod: return Value(in.heap.make<BoundMethod>(in.t.method, attr.as<MethodWrapper>()->func, owner));
    case Kind::Property: {
      auto* p = attr.as<Property>();
      if (p->fget.is_null() || p->fget.is_none()) return Value();
      return call1(in, p->fget, obj);
    }
    default: return attr;
  }
}

[[noreturn]] void no_getter(Interp& in, const Value& obj, const std::string& n) {
  raise(in, Exc::AttributeError, "property '" + n + "' of '" + type_name(in, obj) + "' object has no getter");
}

Value exception_attr(Interp& in, Instance* inst, const std::string& n) {
  ExcData& d = *inst->exc;
  if (n == "args") return d.args;
  if (n == "__cause__") return d.cause.is_null() ? Value::none() : d.cause;
  if (n == "__context__") return d.context.is_null() ? Value::none() : d.context;
  if (n == "__suppress_context__") return Value::boolean(d.suppress_context);
  if (n == "__traceback__") return Value::none();
  if (n == "value" && is_subtype(inst->type, in.exc_type(Exc::StopIteration))) {
    if (!d.value.is_null()) return d.value;
    auto& items = d.args.as<Tuple>()->items;
    return items.empty() ? Value::none() : items[0];
  }
  if (n == "name" && (is_subtype(inst->type, in.exc_type(Exc::NameError)) || is_subtype(inst->type, in.exc_type(Exc::AttributeError)) ||
                      is_subtype(inst->type, in.exc_type(Exc::ImportError)))) {
    return d.name.is_null() ? Value::none() : d.name;
  }
  if (n == "obj" && is_subtype(inst->type, in.exc_type(Exc::AttributeError))) return d.obj.is_null() ? Value::none() : d.obj;
  return Value();
}

Value type_special(Interp& in, TypeObject* t, const std::string& n) {
  if (n == "__name__") return make_str(in, t->name);
  if (n == "__qualname__") return t->qualname;
  if (n == "__module__") return make_str(in, t->module);
  if (n == "__bases__") {
    std::vector<Value> b = t->bases;
    return make_tuple(in, std::move(b));
  }
  if (n == "__base__") return t->bases.empty() ? Value::none() : t->bases[0];
  if (n == "__mro__") {
    std::vector<Value> m;
    for (TypeObject* x : t->mro) m.push_back(Value(x));
    return make_tuple(in, std::move(m));
  }
  if (n == "__dict__") {
    Value d = make_dict(in);
    for (auto& e : t->dict.as<Dict>()->table.entries()) if (!e.key.is_null()) dict_set(in, d, e.key, e.value);
    return d;
  }
  if (n == "__class__") return Value(t->type);
  if (n == "__doc__") {
    Value d = dict_get_str(t->dict, "__doc__");
    return d.is_null() ? Value::none() : d;
  }
  return Value();
}

Value function_attr(Interp& in, Function* f, const std::string& n) {
  if (n == "__name__") return f->name;
  if (n == "__qualname__") return function_qualname(in, f);
  if (n == "__module__") return f->module_name.is_null() ? make_str(in, "__main__") : f->module_name;
  if (n == "__doc__") return f->doc.is_null() ? Value::none() : f->doc;
  if (n == "__defaults__") {
    if (f->defaults.empty()) return Value::none();
    std::vector<Value> d = f->defaults;
    return make_tuple(in, std::move(d));
  }
  if (n == "__dict__") {
    if (f->dict.is_null()) f->dict = make_dict(in);
    return f->dict;
  }
  if (n == "__globals__") return f->globals;
  if (n == "__closure__") {
    if (f->closure.empty()) return Value::none();
    std::vector<Value> c = f->closure;
    return make_tuple(in, std::move(c));
  }
  if (f->dict.is_obj()) {
    Value v = dict_get_str(f->dict, n);
    if (!v.is_null()) return v;
  }
  return Value();
}

Value instance_getattr(Interp& in, const Value& obj, const Value& name) {
  auto* inst = obj.as<Instance>();
  TypeObject* t = inst->type;
  const std::string& n = str_of(name);
  Value cls_attr = lookup_type(t, n);
  if (is_kind(cls_attr, Kind::Property)) {
    auto* p = cls_attr.as<Property>();
    if (p->fget.is_null() || p->fget.is_none()) no_getter(in, obj, n);
    return call1(in, p->fget, obj);
  }
  if (inst->dict.is_obj()) {
    Dict* d = inst->dict.as<Dict>();
    std::int64_t ix = d->table.find_str(n, hash_value(in, name));
    if (ix >= 0) return d->table.entries()[static_cast<std::size_t>(ix)].value;
  }
  if (inst->exc) {
    Value v = exception_attr(in, inst, n);
    if (!v.is_null()) return v;
  }
  if (!cls_attr.is_null()) return bind(in, cls_attr, obj, Value(t));
  if (n == "__class__") return Value(t);
  if (n == "__dict__") {
    if (inst->dict.is_null()) inst->dict = make_dict(in);
    return inst->dict;
  }
  return Value();
}

Value builtin_value_attr(Interp& in, const Value& obj, const std::string& n) {
  if (obj.is_number()) {
    if (n == "real") return obj.is_bool() ? Value::integer(obj.as_int()) : obj;
    if (n == "imag") return obj.is_float() ? Value::floating(0.0) : Value::integer(0);
    if (!obj.is_float()) {
      if (n == "numerator") return Value::integer(obj.as_int());
      if (n == "denominator") return Value::integer(1);
    }
    return Value();
  }
  if (!obj.is_obj()) return Value();
  Object* o = obj.obj();
  switch (o->kind) {
    case Kind::Slice: {
      auto* s = static_cast<Slice*>(o);
      if (n == "start") return s->start;
      if (n == "stop") return s->stop;
      if (n == "step") return s->step;
      break;
    }
    case Kind::Range: {
      auto* r = static_cast<Range*>(o);
      if (n == "start") return Value::integer(r->start);
      if (n == "stop") return Value::integer(r->stop);
      if (n == "step") return Value::integer(r->step);
      break;
    }
    case Kind::Function: return function_attr(in, static_cast<Function*>(o), n);
    case Kind::Builtin: {
      auto* b = static_cast<Builtin*>(o);
      if (n == "__name__" || n == "__qualname__") return make_str(in, b->name);
      if (n == "__self__") return b->self.is_null() ? Value::none() : b->self;
      if (n == "__doc__") return Value::none();
      break;
    }
    case Kind::BoundMethod: {
      auto* m = static_cast<BoundMethod*>(o);
      if (n == "__self__") return m->self;
      if (n == "__func__") return m->func;
      return get_attr_opt(in, m->func, make_str(in, n));
    }
    case Kind::Module: {
      auto* m = static_cast<Module*>(o);
      Value v = dict_get_str(m->dict, n);
      if (!v.is_null()) return v;
      if (n == "__dict__") return m->dict;
      if (n == "__name__") return make_str(in, m->name);
      // PEP 562: a module-level __getattr__ answers missing names.
      Value ga = dict_get_str(m->dict, "__getattr__");
      if (!ga.is_null() && n.rfind("__", 0) != 0) {
        try {
          return call1(in, ga, make_str(in, n));
        } catch (PyError& e) {
          if (exc_matches(in, e.exc, Exc::AttributeError)) return Value();
          throw;
        }
      }
      break;
    }
    case Kind::Property: {
      auto* p = static_cast<Property*>(o);
      if (n == "fget") return p->fget.is_null() ? Value::none() : p->fget;
      if (n == "fset") return p->fset.is_null() ? Value::none() : p->fset;
      if (n == "fdel") return p->fdel.is_null() ? Value::none() : p->fdel;
      if (n == "__doc__") return p->doc.is_null() ? Value::none() : p->doc;
      break;
    }
    case Kind::StaticMethod:
    case Kind::ClassMethod:
      if (n == "__func__") return static_cast<MethodWrapper*>(o)->func;
      break;
    case Kind::Dict:
      if (n == "default_factory" && o->type != in.t.dict) {
        Value f = static_cast<Dict*>(o)->default_factory;
        return f.is_null() ? Value::none() : f;
      }
      break;
    default: break;
  }
  if (n == "__class__") return Value(type_of(in, obj));
  return Value();
}

Value super_getattr(Interp& in, Super* s, const Value& name) {
  const std::string& n = str_of(name);
  TypeObject* start = s->cls.as<TypeObject>();
  const Value& obj = s->obj;
  TypeObject* t = is_kind(obj, Kind::Type) && is_subtype(obj.as<TypeObject>(), start) ? obj.as<TypeObject>() : type_of(in, obj);
  bool after = false;
  for (TypeObject* m : t->mro) {
    if (!after) {
      after = m == start;
      continue;
    }
    Value v = dict_get_str(m->dict, n);
    if (v.is_null()) continue;
    if (is_kind(obj, Kind::Type) && (is_kind(v, Kind::Function) || is_kind(v, Kind::Builtin))) return v;
    if (is_kind(obj, Kind::Type) && is_kind(v, Kind::ClassMethod)) return bind(in, v, obj, obj);
    return bind(in, v, obj, Value(t));
  }
  if (n == "__class__") return Value(in.t.super);
  return Value();
}

}  // namespace

Value get_attr_opt(Interp& in, const Value& obj, const Value& name) {
  if (obj.is_obj()) {
    Object* o = obj.obj();
    if (o->kind == Kind::Instance) {
      Value v = instance_getattr(in, obj, name);
      if (!v.is_null()) return v;
      if (o->type->has(TypeFlag::HasGetattr)) {
        Value ga = lookup_type(o->type, "__getattr__");
        if (!ga.is_null()) {
          try {
            return call2(in, ga, obj, name);
          } catch (PyError& e) {
            if (exc_matches(in, e.exc, Exc::AttributeError)) return Value();
            throw;
          }
        }
      }
      return Value();
    }
    if (o->kind == Kind::Type) {
      auto* t = static_cast<TypeObject*>(o);
      const std::string& n = str_of(name);
      Value v = lookup_type(t, n);
      if (!v.is_null()) {
        if (is_kind(v, Kind::ClassMethod)) return bind(in, v, obj, obj);
        if (is_kind(v, Kind::StaticMethod)) return v.as<MethodWrapper>()->func;
        return v;
      }
      v = type_special(in, t, n);
      if (!v.is_null()) return v;
      // Metaclass (type) methods such as mro().
      Value m = lookup_type(in.t.type, n);
      if (!m.is_null()) return bind(in, m, obj, obj);
      return Value();
    }
    if (o->kind == Kind::Super) return super_getattr(in, static_cast<Super*>(o), name);
  }
  Value special = builtin_value_attr(in, obj, str_of(name));
  if (!special.is_null()) return special;
  TypeObject* t = type_of(in, obj);
  Value v = lookup_type(t, str_of(name));
  if (!v.is_null()) return bind(in, v, obj, Value(t));
  return Value();
}

Value get_attr(Interp& in, const Value& obj, const Value& name) {
  Value v = get_attr_opt(in, obj, name);
  if (v.is_null()) raise_attribute_error(in, obj, name);
  return v;
}

Value get_method(Interp& in, const Value& obj, const Value& name, bool& self_needed) {
  self_needed = false;
  if (obj.is_obj() && obj.obj()->kind == Kind::Instance) {
    auto* inst = obj.as<Instance>();
    Value cls_attr = lookup_type(inst->type, str_of(name));
    if (is_kind(cls_attr, Kind::Function) || (is_kind(cls_attr, Kind::Builtin) && !cls_attr.as<Builtin>()->owner.empty())) {
      if (!inst->dict.is_obj() || inst->dict.as<Dict>()->table.find_str(str_of(name), hash_value(in, name)) < 0) {
        self_needed = true;
        return cls_attr;
      }
    }
    return get_attr(in, obj, name);
  }
  if (obj.is_obj()) {
    Kind k = obj.obj()->kind;
    if (k != Kind::Type && k != Kind::Module && k != Kind::Super && k != Kind::Function && k != Kind::BoundMethod) {
      Value v = lookup_type(obj.obj()->type, str_of(name));
      if (is_kind(v, Kind::Builtin) || is_kind(v, Kind::Function)) {
        self_needed = true;
        return v;
      }
    }
  } else if (!obj.is_null()) {
    Value v = lookup_type(type_of(in, obj), str_of(name));
    if (is_kind(v, Kind::Builtin)) {
      self_needed = true;
      return v;
    }
  }
  return get_attr(in, obj, name);
}

void set_attr(Interp& in, const Value& obj, const Value& name, Value value) {
  const std::string& n = str_of(name);
  if (obj.is_obj()) {
    Object* o = obj.obj();
    switch (o->kind) {
      case Kind::Instance: {
        auto* inst = static_cast<Instance*>(o);
        Value cls_attr = lookup_type(o->type, n);
        if (is_kind(cls_attr, Kind::Property)) {
          auto* p = cls_attr.as<Property>();
          if (p->fset.is_null() || p->fset.is_none()) {
            raise(in, Exc::AttributeError, "property '" + n + "' of '" + o->type->name + "' object has no setter");
          }
          call2(in, p->fset, obj, std::move(value));
          return;
        }
        Value sa = lookup_type(o->type, "__setattr__");
        if (!sa.is_null() && !is_kind(sa, Kind::Builtin)) {
          ArgBuf b;
          b.push(obj);
          b.push(name);
          b.push(std::move(value));
          Args a = b.args();
          call(in, sa, a);
          return;
        }
        if (inst->exc) {
          ExcData& d = *inst->exc;
          if (n == "__cause__") {
            d.cause = value.is_none() ? Value() : value;
            d.suppress_context = true;
            return;
          }
          if (n == "__context__") { d.context = value.is_none() ? Value() : value; return; }
          if (n == "__suppress_context__") { d.suppress_context = truthy(in, value); return; }
          if (n == "args") { d.args = make_tuple(in, to_vector(in, value)); return; }
        }
        if (inst->dict.is_null()) inst->dict = make_dict(in);
        dict_set(in, inst->dict, name, std::move(value));
        return;
      }
      case Kind::Type: {
        auto* t = static_cast<TypeObject*>(o);
        if (t->has(TypeFlag::Builtin)) {
          raise(in, Exc::TypeError, "cannot set '" + n + "' attribute of immutable type '" + t->name + "'");
        }
        if (n == "__getattr__") t->flags |= static_cast<std::uint32_t>(TypeFlag::HasGetattr);
        dict_set(in, t->dict, name, std::move(value));
        return;
      }
      case Kind::Function: {
        auto* f = static_cast<Function*>(o);
        if (n == "__name__") { f->name = value; return; }
        if (n == "__qualname__") { f->qualname = value; return; }
        if (n == "__doc__") { f->doc = value; return; }
        if (f->dict.is_null()) f->dict = make_dict(in);
        dict_set(in, f->dict, name, std::move(value));
        return;
      }
      case Kind::Module:
        dict_set(in, static_cast<Module*>(o)->dict, name, std::move(value));
        return;
      default: break;
    }
  }
  Value existing = get_attr_opt(in, obj, name);
  if (!existing.is_null()) {
    raise(in, Exc::AttributeError, "attribute '" + n + "' of '" + type_name(in, obj) + "' objects is not writable");
  }
  raise(in, Exc::AttributeError, "'" + type_name(in, obj) + "' object has no attribute '" + n + "'");
}

void del_attr(Interp& in, const Value& obj, const Value& name) {
  const std::string& n = str_of(name);
  if (is_kind(obj, Kind::Instance)) {
    auto* inst = obj.as<Instance>();
    Value cls_attr = lookup_type(inst->type, n);
    if (is_kind(cls_attr, Kind::Property)) {
      auto* p = cls_attr.as<Property>();
      if (p->fdel.is_null() || p->fdel.is_none()) {
        raise(in, Exc::AttributeError, "property '" + n + "' of '" + inst->type->name + "' object has no deleter");
      }
      call1(in, p->fdel, obj);
      return;
    }
    Value da = lookup_type(inst->type, "__delattr__");
    if (!da.is_null() && !is_kind(da, Kind::Builtin)) {
      call2(in, da, obj, name);
      return;
    }
    if (inst->dict.is_obj() && inst->dict.as<Dict>()->table.erase(in, name, hash_value(in, name))) return;
    raise_attribute_error(in, obj, name);
  }
  if (is_kind(obj, Kind::Type) && !obj.as<TypeObject>()->has(TypeFlag::Builtin)) {
    if (obj.as<TypeObject>()->dict.as<Dict>()->table.erase(in, name, hash_value(in, name))) return;
    raise_attribute_error(in, obj, name);
  }
  if (is_kind(obj, Kind::Module)) {
    if (obj.as<Module>()->dict.as<Dict>()->table.erase(in, name, hash_value(in, name))) return;
    raise_attribute_error(in, obj, name);
  }
  if (is_kind(obj, Kind::Function)) {
    auto* f = obj.as<Function>();
    if (f->dict.is_obj() && f->dict.as<Dict>()->table.erase(in, name, hash_value(in, name))) return;
  }
  raise_attribute_error(in, obj, name);
}

std::vector<std::string> dir_names(Interp& in, const Value& obj) {
  std::vector<std::string> names;
  auto add_dict = [&](const Value& d) {
    if (!d.is_obj()) return;
    for (auto& e : d.as<Dict>()->table.entries())
      if (!e.key.is_null() && is_str(e.key)) names.push_back(str_of(e.key));
  };
  if (is_kind(obj, Kind::Module)) {
    add_dict(obj.as<Module>()->dict);
  } else if (is_kind(obj, Kind::Type)) {
    for (TypeObject* m : obj.as<TypeObject>()->mro) add_dict(m->dict);
    for (const char* s : {"__dict__", "__doc__", "__module__"}) names.emplace_back(s);
  } else {
    if (is_kind(obj, Kind::Instance)) {
      add_dict(obj.as<Instance>()->dict);
      if (obj.as<Instance>()->exc) {
        for (const char* s : {"args", "__cause__", "__context__", "__suppress_context__", "__traceback__", "with_traceback", "add_note"})
          names.emplace_back(s);
      }
      if (!obj.as<Instance>()->type->has(TypeFlag::Builtin)) {
        for (const char* s : {"__dict__", "__module__", "__weakref__"}) names.emplace_back(s);
      }
    }
    if (is_kind(obj, Kind::Function)) {
      add_dict(obj.as<Function>()->dict);
      for (const char* s : {"__annotations__", "__builtins__", "__call__", "__closure__", "__code__", "__defaults__", "__dict__",
                            "__get__", "__globals__", "__kwdefaults__", "__module__", "__name__", "__qualname__"})
        names.emplace_back(s);
    }
    TypeObject* t = type_of(in, obj);
    for (TypeObject* m : t->mro) add_dict(m->dict);
    names.emplace_back("__class__");
    if (obj.is_number()) {
      for (const char* s : {"real", "imag"}) names.emplace_back(s);
      if (!obj.is_float()) for (const char* s : {"numerator", "denominator"}) names.emplace_back(s);
    }
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

}  // namespace scopeplay::runtime
