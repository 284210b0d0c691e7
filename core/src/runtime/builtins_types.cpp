// Constructors of the builtin types (int(), str(), dict(), range(), type(),
// property(), ...) and the methods every object, type and exception has.
#include "runtime/builtins.h"
#include "runtime/eval.h"
#include "runtime/generator.h"
#include "runtime/ops.h"
#include "text/arith.h"
#include "text/numbers.h"

namespace scopeplay::runtime {
namespace {

// Args of a __new__ builtin: pos[0] is the class.
struct Ctor {
  Interp& in;
  Args& a;
  std::size_t n() const { return a.npos - 1; }
  const Value& operator[](std::size_t i) const { return a.pos[i + 1]; }
};

[[noreturn]] void text_error(Interp& in, const text::Error& e) {
  Exc k = Exc::ValueError;
  if (e.kind == text::ErrorKind::OverflowError) k = Exc::OverflowError;
  if (e.kind == text::ErrorKind::TypeError) k = Exc::TypeError;
  raise(in, k, e.message);
}

void at_most(Interp& in, Args& a, const char* name, std::size_t max) {
  if (a.npos - 1 > max) {
    raise(in, Exc::TypeError, std::string(name) + " expected at most " + std::to_string(max) + " argument" + (max == 1 ? "" : "s") +
                                  ", got " + std::to_string(a.npos - 1));
  }
}

Value int_from(Interp& in, const Value& x) {
  if (x.is_intlike()) return Value::integer(x.as_int());
  if (x.is_float()) {
    auto r = text::float_to_int(x.as_float());
    if (!r.ok()) {
      if (r.error().message == "int too large to convert") raise(in, Exc::OverflowError, "integer result too large (scopeplay ints are 64-bit)");
      text_error(in, r.error());
    }
    return Value::integer(r.value());
  }
  if (is_str(x)) {
    auto r = text::parse_int(str_of(x), 10);
    if (!r.ok()) {
      if (r.error().kind == text::ErrorKind::OverflowError) raise(in, Exc::OverflowError, "integer result too large (scopeplay ints are 64-bit)");
      text_error(in, r.error());
    }
    return Value::integer(r.value());
  }
  for (const char* m : {"__int__", "__index__", "__trunc__"}) {
    Value f = lookup_special(in, x, m);
    if (!f.is_null()) {
      Value r = call1(in, f, x);
      if (!r.is_intlike()) raise(in, Exc::TypeError, std::string(m) + " returned non-int (type " + type_name(in, r) + ")");
      return Value::integer(r.as_int());
    }
  }
  raise(in, Exc::TypeError, "int() argument must be a string, a bytes-like object or a real number, not '" + type_name(in, x) + "'");
}

Value new_int(Interp& in, Args& a, Value&) {
  Value x = a.npos > 1 ? a.pos[1] : kwarg(a, "x");
  Value base = a.npos > 2 ? a.pos[2] : kwarg(a, "base");
  if (a.npos > 3) raise(in, Exc::TypeError, "int() takes at most 2 arguments (" + std::to_string(a.npos - 1) + " given)");
  if (x.is_null()) {
    if (!base.is_null()) raise(in, Exc::TypeError, "int() missing string argument");
    return Value::integer(0);
  }
  if (!base.is_null()) {
    if (!is_str(x)) raise(in, Exc::TypeError, "int() can't convert non-string with explicit base");
    std::int64_t b = to_index(in, base, "'%T' object cannot be interpreted as an integer");
    auto r = text::parse_int(str_of(x), static_cast<int>(b < -1 || b > 99 ? 99 : b));
    if (!r.ok()) text_error(in, r.error());
    return Value::integer(r.value());
  }
  return int_from(in, x);
}

Value new_float(Interp& in, Args& a, Value&) {
  at_most(in, a, "float", 1);
  if (a.npos == 1) return Value::floating(0.0);
  const Value& x = a.pos[1];
  if (x.is_number()) return Value::floating(x.is_float() ? x.as_float() : text::int_to_float(x.as_int()));
  if (is_str(x)) {
    auto r = text::parse_float(str_of(x));
    if (!r.ok()) text_error(in, r.error());
    return Value::floating(r.value());
  }
  Value f = lookup_special(in, x, "__float__");
  if (!f.is_null()) return Value::floating(to_double(in, call1(in, f, x)));
  f = lookup_special(in, x, "__index__");
  if (!f.is_null()) return Value::floating(static_cast<double>(to_index(in, x, "")));
  raise(in, Exc::TypeError, "float() argument must be a string or a real number, not '" + type_name(in, x) + "'");
}

Value new_bool(Interp& in, Args& a, Value&) {
  at_most(in, a, "bool", 1);
  return Value::boolean(a.npos == 2 && truthy(in, a.pos[1]));
}

Value new_str(Interp& in, Args& a, Value&) {
  if (a.npos > 4) raise(in, Exc::TypeError, "str() takes at most 3 arguments (" + std::to_string(a.npos - 1) + " given)");
  Value x = a.npos > 1 ? a.pos[1] : kwarg(a, "object");
  if (x.is_null()) return make_str(in, "");
  if (a.npos > 2) raise(in, Exc::TypeError, "decoding str is not supported");
  if (is_str(x)) return x;
  return make_str(in, to_str(in, x));
}

Value new_list(Interp& in, Args& a, Value&) {
  at_most(in, a, "list", 1);
  if (a.nkw) raise(in, Exc::TypeError, "list() takes no keyword arguments");
  if (a.npos == 1) return make_list(in, {});
  return make_list(in, to_vector(in, a.pos[1]));
}

Value new_tuple(Interp& in, Args& a, Value&) {
  at_most(in, a, "tuple", 1);
  if (a.nkw) raise(in, Exc::TypeError, "tuple() takes no keyword arguments");
  if (a.npos == 1) return in.empty_tuple;
  if (is_kind(a.pos[1], Kind::Tuple)) return a.pos[1];
  return make_tuple(in, to_vector(in, a.pos[1]));
}

}  // namespace

void dict_update(Interp& in, const Value& d, const Value& src) {
  if (is_kind(src, Kind::Dict)) {
    std::vector<HashEntry> entries = src.as<Dict>()->table.entries();
    for (auto& e : entries) if (!e.key.is_null()) dict_set(in, d, e.key, e.value);
    return;
  }
  Value keys_fn = lookup_special(in, src, "keys");
  if (!keys_fn.is_null()) {
    for (Value& k : to_vector(in, call1(in, keys_fn, src))) dict_set(in, d, k, get_item(in, src, k));
    return;
  }
  Value it = get_iter(in, src);
  for (std::size_t i = 0;; ++i) {
    Value item = iter_next(in, it);
    if (item.is_null()) break;
    bool seq = is_kind(item, Kind::List) || is_kind(item, Kind::Tuple) || is_kind(item, Kind::Str) ||
               (is_kind(item, Kind::Instance) && !lookup_special(in, item, "__iter__").is_null()) || is_kind(item, Kind::Iterator) ||
               is_kind(item, Kind::Generator) || is_kind(item, Kind::Set) || is_kind(item, Kind::Dict);
    if (!seq) raise(in, Exc::TypeError, "cannot convert dictionary update sequence element #" + std::to_string(i) + " to a sequence");
    std::vector<Value> kv = to_vector(in, item);
    if (kv.size() != 2) {
      raise(in, Exc::ValueError, "dictionary update sequence element #" + std::to_string(i) + " has length " +
                                     std::to_string(kv.size()) + "; 2 is required");
    }
    dict_set(in, d, kv[0], kv[1]);
  }
}

namespace {

Value new_dict(Interp& in, Args& a, Value&) {
  at_most(in, a, "dict", 1);
  Value d = make_dict(in);
  if (a.npos == 2) dict_update(in, d, a.pos[1]);
  for (std::size_t i = 0; i < a.nkw; ++i) dict_set(in, d, a.kwnames[i], a.kwvalues[i]);
  return d;
}

Value new_set_impl(Interp& in, Args& a, bool frozen) {
  at_most(in, a, frozen ? "frozenset" : "set", 1);
  if (a.nkw) raise(in, Exc::TypeError, std::string(frozen ? "frozenset" : "set") + "() takes no keyword arguments");
  Value s = make_set(in, frozen);
  if (a.npos == 2) {
    if (frozen && is_kind(a.pos[1], Kind::FrozenSet)) return a.pos[1];
    for (Value& v : to_vector(in, a.pos[1])) {
      std::int64_t h = hash_value(in, v);
      s.as<Set>()->table.set(in, v, h, Value());
    }
    in.heap.charge(s.obj(), s.as<Set>()->table.size() * sizeof(HashEntry));
  }
  return s;
}
Value new_set(Interp& in, Args& a, Value&) { return new_set_impl(in, a, false); }
Value new_frozenset(Interp& in, Args& a, Value&) { return new_set_impl(in, a, true); }

Value new_range(Interp& in, Args& a, Value&) {
  if (a.nkw) raise(in, Exc::TypeError, "range() takes no keyword arguments");
  std::size_t n = a.npos - 1;
  if (n == 0) raise(in, Exc::TypeError, "range expected at least 1 argument, got 0");
  if (n > 3) raise(in, Exc::TypeError, "range expected at most 3 arguments, got " + std::to_string(n));
  const char* msg = "'%T' object cannot be interpreted as an integer";
  std::int64_t start = 0, stop, step = 1;
  if (n == 1) {
    stop = to_index(in, a.pos[1], msg);
  } else {
    start = to_index(in, a.pos[1], msg);
    stop = to_index(in, a.pos[2], msg);
    if (n == 3) step = to_index(in, a.pos[3], msg);
  }
  if (step == 0) raise(in, Exc::ValueError, "range() arg 3 must not be zero");
  return Value(in.heap.make<Range>(in.t.range, start, stop, step));
}

Value new_slice(Interp& in, Args& a, Value&) {
  std::size_t n = a.npos - 1;
  if (n == 0) raise(in, Exc::TypeError, "slice expected at least 1 argument, got 0");
  if (n > 3) raise(in, Exc::TypeError, "slice expected at most 3 arguments, got " + std::to_string(n));
  if (n == 1) return Value(in.heap.make<Slice>(in.t.slice, Value::none(), a.pos[1], Value::none()));
  return Value(in.heap.make<Slice>(in.t.slice, a.pos[1], a.pos[2], n == 3 ? a.pos[3] : Value::none()));
}

Value new_object(Interp& in, Args& a, Value&) {
  TypeObject* cls = a.pos[0].as<TypeObject>();
  if (cls == in.t.object && (a.npos > 1 || a.nkw)) raise(in, Exc::TypeError, "object() takes no arguments");
  if (cls->has(TypeFlag::Builtin) && cls != in.t.object) {
    raise(in, Exc::TypeError, "object.__new__(" + cls->name + ") is not safe, use " + cls->name + ".__new__()");
  }
  auto* inst = in.heap.make<Instance>(cls);
  Value v(inst);
  if (inst->exc) inst->exc->args = make_tuple(in, std::vector<Value>(a.pos + 1, a.pos + a.npos));
  if (cls->make_payload) inst->payload = cls->make_payload();
  return v;
}

Value new_type(Interp& in, Args& a, Value&) {
  std::size_t n = a.npos - 1;
  if (n == 1 && a.nkw == 0) return Value(type_of(in, a.pos[1]));
  if (n != 3) raise(in, Exc::TypeError, "type() takes 1 or 3 arguments");
  if (!is_str(a.pos[1])) raise(in, Exc::TypeError, "type.__new__() argument 1 must be str, not " + type_name(in, a.pos[1]));
  if (!is_kind(a.pos[2], Kind::Tuple)) raise(in, Exc::TypeError, "type.__new__() argument 2 must be tuple, not " + type_name(in, a.pos[2]));
  if (!is_kind(a.pos[3], Kind::Dict)) raise(in, Exc::TypeError, "type.__new__() argument 3 must be dict, not " + type_name(in, a.pos[3]));
  std::string module = "__main__";
  if (in.frame) {
    Value m = dict_get_str(Value(static_cast<Object*>(in.frame->globals)), "__name__");
    if (is_str(m)) module = str_of(m);
  }
  return make_class(in, str_of(a.pos[1]), a.pos[2].as<Tuple>()->items, a.pos[3], module);
}

Value new_property(Interp& in, Args& a, Value&) {
  auto* p = in.heap.make<Property>(in.t.property);
  Value v(p);
  p->fget = arg_or_kw(a, 1, "fget");
  p->fset = arg_or_kw(a, 2, "fset");
  p->fdel = arg_or_kw(a, 3, "fdel");
  p->doc = arg_or_kw(a, 4, "doc");
  if (p->doc.is_null() && is_kind(p->fget, Kind::Function)) p->doc = p->fget.as<Function>()->doc;
  return v;
}

Value property_copy(Interp& in, Args& a, int which) {
  check_nargs(in, a, which == 0 ? "getter" : which == 1 ? "setter" : "deleter", 2, 2);
  auto* old = a.pos[0].as<Property>();
  auto* p = in.heap.make<Property>(in.t.property);
  Value v(p);
  p->fget = old->fget;
  p->fset = old->fset;
  p->fdel = old->fdel;
  p->doc = old->doc;
  (which == 0 ? p->fget : which == 1 ? p->fset : p->fdel) = a.pos[1];
  return v;
}
Value prop_getter(Interp& in, Args& a, Value&) { return property_copy(in, a, 0); }
Value prop_setter(Interp& in, Args& a, Value&) { return property_copy(in, a, 1); }
Value prop_deleter(Interp& in, Args& a, Value&) { return property_copy(in, a, 2); }

Value new_staticmethod(Interp& in, Args& a, Value&) {
  if (a.npos != 2) raise(in, Exc::TypeError, "staticmethod expected 1 argument, got " + std::to_string(a.npos - 1));
  return Value(in.heap.make<MethodWrapper>(Kind::StaticMethod, in.t.staticmethod, a.pos[1]));
}

Value new_classmethod(Interp& in, Args& a, Value&) {
  if (a.npos != 2) raise(in, Exc::TypeError, "classmethod expected 1 argument, got " + std::to_string(a.npos - 1));
  return Value(in.heap.make<MethodWrapper>(Kind::ClassMethod, in.t.classmethod, a.pos[1]));
}

// object's methods.
Value obj_init(Interp& in, Args& a, Value&) {
  if (a.npos > 1 || a.nkw) {
    TypeObject* t = type_of(in, a.pos[0]);
    Value init = lookup_type(t, "__init__");
    if (is_kind(init, Kind::Builtin) && init.as<Builtin>()->owner == "object") {
      raise(in, Exc::TypeError, t->name + "() takes no arguments");
    }
    raise(in, Exc::TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
  }
  return Value::none();
}
Value obj_repr(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "__repr__", 1, 1);
  return make_str(in, object_repr(in, a.pos[0]));
}
Value obj_str(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "__str__", 1, 1);
  return make_str(in, object_str(in, a.pos[0]));
}
Value obj_eq(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "__eq__", 2, 2);
  return a.pos[0].same(a.pos[1]) ? Value::boolean(true) : in.notimplemented;
}
Value obj_ne(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "__ne__", 2, 2);
  return a.pos[0].same(a.pos[1]) ? Value::boolean(false) : in.notimplemented;
}
Value obj_hash(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "__hash__", 1, 1);
  return Value::integer(static_cast<std::int64_t>(reinterpret_cast<std::uintptr_t>(a.pos[0].obj()) >> 4));
}
Value obj_setattr(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "__setattr__", 3, 3);
  const Value& obj = a.pos[0];
  if (!is_str(a.pos[1])) raise(in, Exc::TypeError, "attribute name must be string, not '" + type_name(in, a.pos[1]) + "'");
  if (is_kind(obj, Kind::Instance)) {
    auto* inst = obj.as<Instance>();
    Value cls_attr = lookup_type(inst->type, str_of(a.pos[1]));
    if (is_kind(cls_attr, Kind::Property)) {
      auto* p = cls_attr.as<Property>();
      if (p->fset.is_null() || p->fset.is_none()) {
        raise(in, Exc::AttributeError, "property '" + str_of(a.pos[1]) + "' of '" + inst->type->name + "' object has no setter");
      }
      call2(in, p->fset, obj, a.pos[2]);
      return Value::none();
    }
    if (inst->dict.is_null()) inst->dict = make_dict(in);
    dict_set(in, inst->dict, in.intern(str_of(a.pos[1])), a.pos[2]);
    return Value::none();
  }
  set_attr(in, obj, in.intern(str_of(a.pos[1])), a.pos[2]);
  return Value::none();
}
Value obj_getattribute(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "__getattribute__", 2, 2);
  if (!is_str(a.pos[1])) raise(in, Exc::TypeError, "attribute name must be string, not '" + type_name(in, a.pos[1]) + "'");
  return get_attr(in, a.pos[0], in.intern(str_of(a.pos[1])));
}
Value obj_delattr(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "__delattr__", 2, 2);
  const Value& obj = a.pos[0];
  if (is_kind(obj, Kind::Instance) && obj.as<Instance>()->dict.is_obj()) {
    Value name = in.intern(str_of(a.pos[1]));
    if (obj.as<Instance>()->dict.as<Dict>()->table.erase(in, name, hash_value(in, name))) return Value::none();
  }
  raise_attribute_error(in, obj, a.pos[1]);
}
Value obj_format(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "__format__", 2, 2);
  if (is_str(a.pos[1]) && !str_of(a.pos[1]).empty()) {
    raise(in, Exc::TypeError, "unsupported format string passed to " + type_name(in, a.pos[0]) + ".__format__");
  }
  return make_str(in, to_str(in, a.pos[0]));
}
Value obj_dir(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "__dir__", 1, 1);
  std::vector<Value> out;
  for (auto& n : dir_names(in, a.pos[0])) out.push_back(make_str(in, n));
  return make_list(in, std::move(out));
}
Value obj_init_subclass(Interp&, Args&, Value&) { return Value::none(); }

// type's methods.
Value type_mro(Interp& in, Args& a, Value&) {
  std::vector<Value> m;
  for (TypeObject* x : a.pos[0].as<TypeObject>()->mro) m.push_back(Value(x));
  return make_list(in, std::move(m));
}
Value type_subclasses(Interp& in, Args&, Value&) { return make_list(in, {}); }

// BaseException's methods.
Value exc_init(Interp& in, Args& a, Value&) {
  if (a.nkw) raise(in, Exc::TypeError, type_name(in, a.pos[0]) + "() takes no keyword arguments");
  exc_data(a.pos[0]).args = make_tuple(in, std::vector<Value>(a.pos + 1, a.pos + a.npos));
  return Value::none();
}
Value exc_with_traceback(Interp&, Args& a, Value&) { return a.pos[0]; }
Value exc_add_note(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "add_note", 2, 2);
  Value notes = get_attr_opt(in, a.pos[0], in.intern("__notes__"));
  if (notes.is_null()) {
    notes = make_list(in, {});
    set_attr(in, a.pos[0], in.intern("__notes__"), notes);
  }
  if (is_kind(notes, Kind::List)) notes.as<List>()->items.push_back(a.pos[1]);
  return Value::none();
}

// generator methods.
Value gen_send(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "send", 2, 2);
  auto* g = a.pos[0].as<Generator>();
  if (g->state == GenState::Created && !a.pos[1].is_none()) {
    raise(in, Exc::TypeError, "can't send non-None value to a just-started generator");
  }
  g->sent = a.pos[1];
  Value v = generator_next(in, a.pos[0]);
  if (v.is_null()) {
    std::vector<Value> args;
    Value r = generator_return_value(a.pos[0]);
    if (!r.is_none()) args.push_back(r);
    throw_exception(in, make_exception(in, in.exc_type(Exc::StopIteration), std::move(args)));
  }
  return v;
}
Value gen_close(Interp&, Args& a, Value&) {
  auto* g = a.pos[0].as<Generator>();
  g->state = GenState::Done;
  g->release_frame();
  return Value::none();
}
Value gen_iter(Interp&, Args& a, Value&) { return a.pos[0]; }
Value gen_next(Interp& in, Args& a, Value&) {
  Value v = generator_next(in, a.pos[0]);
  if (v.is_null()) {
    std::vector<Value> args;
    Value r = generator_return_value(a.pos[0]);
    if (!r.is_none()) args.push_back(r);
    throw_exception(in, make_exception(in, in.exc_type(Exc::StopIteration), std::move(args)));
  }
  return v;
}

void set_ctor(Interp& in, TypeObject* t, NativeFn fn) {
  Value b = make_builtin(in, "__new__", fn);
  b.as<Builtin>()->owner = t->name;
  dict_set_str(in, t->dict, "__new__", b);
}

}  // namespace

void install_type_builtins(Interp& in) {
  const Value& b = in.builtins;
  set_ctor(in, in.t.int_, new_int);
  set_ctor(in, in.t.float_, new_float);
  set_ctor(in, in.t.bool_, new_bool);
  set_ctor(in, in.t.str, new_str);
  set_ctor(in, in.t.list, new_list);
  set_ctor(in, in.t.tuple, new_tuple);
  set_ctor(in, in.t.dict, new_dict);
  set_ctor(in, in.t.set, new_set);
  set_ctor(in, in.t.frozenset, new_frozenset);
  set_ctor(in, in.t.range, new_range);
  set_ctor(in, in.t.slice, new_slice);
  set_ctor(in, in.t.object, new_object);
  set_ctor(in, in.t.type, new_type);
  set_ctor(in, in.t.property, new_property);
  set_ctor(in, in.t.staticmethod, new_staticmethod);
  set_ctor(in, in.t.classmethod, new_classmethod);
  for (TypeObject* t : {in.t.bool_, in.t.dict, in.t.classmethod, in.t.float_, in.t.frozenset, in.t.property, in.t.int_, in.t.list,
                        in.t.object, in.t.range, in.t.set, in.t.slice, in.t.staticmethod, in.t.str, in.t.tuple, in.t.type}) {
    dict_set_str(in, b, t->name, Value(t));
  }
  for (TypeObject* t : in.t.exc) dict_set_str(in, b, t->name, Value(t));
  dict_set_str(in, b, "EnvironmentError", Value(in.exc_type(Exc::OSError)));
  dict_set_str(in, b, "IOError", Value(in.exc_type(Exc::OSError)));
  dict_set_str(in, b, "__debug__", Value::boolean(true));
}

void install_object_methods(Interp& in) {
  TypeObject* o = in.t.object;
  def_method(in, o, "__init__", obj_init);
  def_method(in, o, "__repr__", obj_repr);
  def_method(in, o, "__str__", obj_str);
  def_method(in, o, "__eq__", obj_eq);
  def_method(in, o, "__ne__", obj_ne);
  def_method(in, o, "__hash__", obj_hash);
  def_method(in, o, "__setattr__", obj_setattr);
  def_method(in, o, "__getattribute__", obj_getattribute);
  def_method(in, o, "__delattr__", obj_delattr);
  def_method(in, o, "__format__", obj_format);
  def_method(in, o, "__dir__", obj_dir);
  Value is = make_builtin(in, "__init_subclass__", obj_init_subclass);
  is.as<Builtin>()->owner = "object";
  dict_set_str(in, o->dict, "__init_subclass__", Value(in.heap.make<MethodWrapper>(Kind::ClassMethod, in.t.classmethod, is)));
  dict_set_str(in, o->dict, "__doc__", make_str(in, "The base class of the class hierarchy."));
  def_method(in, in.t.type, "mro", type_mro);
  def_method(in, in.t.type, "__subclasses__", type_subclasses);
  TypeObject* be = in.exc_type(Exc::BaseException);
  def_method(in, be, "__init__", exc_init);
  def_method(in, be, "__str__", obj_str);
  def_method(in, be, "__repr__", obj_repr);
  def_method(in, be, "with_traceback", exc_with_traceback);
  def_method(in, be, "add_note", exc_add_note);
  def_method(in, in.t.property, "getter", prop_getter);
  def_method(in, in.t.property, "setter", prop_setter);
  def_method(in, in.t.property, "deleter", prop_deleter);
  def_method(in, in.t.generator, "send", gen_send);
  def_method(in, in.t.generator, "close", gen_close);
  def_method(in, in.t.generator, "__iter__", gen_iter);
  def_method(in, in.t.generator, "__next__", gen_next);
}

}  // namespace scopeplay::runtime
