// dict, set and frozenset methods.
#include "runtime/builtins.h"
#include "runtime/ops.h"

namespace scopeplay::runtime {

void dict_update(Interp& in, const Value& d, const Value& src);  // builtins_types.cpp

namespace {

Dict* self_dict(Interp& in, Args& a, const char* name) {
  if (a.npos == 0 || !is_kind(a.pos[0], Kind::Dict)) {
    raise(in, Exc::TypeError, std::string("descriptor '") + name + "' for 'dict' objects doesn't apply to a '" +
                                  (a.npos ? type_name(in, a.pos[0]) : std::string("NoneType")) + "' object");
  }
  return a.pos[0].as<Dict>();
}

[[noreturn]] void key_error(Interp& in, const Value& key) {
  throw_exception(in, make_exception(in, in.exc_type(Exc::KeyError), {key}));
}

Value d_get(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "get", 2, 3);
  self_dict(in, a, "get");
  Value v = dict_get(in, a.pos[0], a.pos[1]);
  if (!v.is_null()) return v;
  return a.npos == 3 ? a.pos[2] : Value::none();
}

Value d_setdefault(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "setdefault", 2, 3);
  self_dict(in, a, "setdefault");
  Value v = dict_get(in, a.pos[0], a.pos[1]);
  if (!v.is_null()) return v;
  Value d = a.npos == 3 ? a.pos[2] : Value::none();
  dict_set(in, a.pos[0], a.pos[1], d);
  return d;
}

Value d_pop(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "pop", 2, 3);
  Dict* d = self_dict(in, a, "pop");
  std::int64_t h = hash_value(in, a.pos[1]);
  std::int64_t ix = d->table.find(in, a.pos[1], h);
  if (ix < 0) {
    if (a.npos == 3) return a.pos[2];
    key_error(in, a.pos[1]);
  }
  Value v = d->table.entries()[static_cast<std::size_t>(ix)].value;
  d->table.erase_at(ix);
  ++d->version;
  return v;
}

Value d_popitem(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "popitem", 1, 1);
  Dict* d = self_dict(in, a, "popitem");
  auto& e = d->table.entries();
  for (std::size_t i = e.size(); i-- > 0;) {
    if (e[i].key.is_null()) continue;
    Value r = make_tuple(in, {e[i].key, e[i].value});
    d->table.erase_at(static_cast<std::int64_t>(i));
    ++d->version;
    return r;
  }
  key_error(in, make_str(in, "popitem(): dictionary is empty"));
}

Value d_update(Interp& in, Args& a, Value&) {
  if (a.npos > 2) raise(in, Exc::TypeError, "update expected at most 1 argument, got " + std::to_string(a.npos - 1));
  self_dict(in, a, "update");
  if (a.npos == 2) dict_update(in, a.pos[0], a.pos[1]);
  for (std::size_t i = 0; i < a.nkw; ++i) dict_set(in, a.pos[0], a.kwnames[i], a.kwvalues[i]);
  return Value::none();
}

Value view(Interp& in, Args& a, const char* name, ViewKind k) {
  check_nargs(in, a, name, 1, 1);
  self_dict(in, a, name);
  TypeObject* t = k == ViewKind::Keys ? in.t.dict_keys : k == ViewKind::Values ? in.t.dict_values : in.t.dict_items;
  return Value(in.heap.make<DictView>(t, a.pos[0], k));
}
Value d_keys(Interp& in, Args& a, Value&) { return view(in, a, "keys", ViewKind::Keys); }
Value d_values(Interp& in, Args& a, Value&) { return view(in, a, "values", ViewKind::Values); }
Value d_items(Interp& in, Args& a, Value&) { return view(in, a, "items", ViewKind::Items); }

Value d_copy(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "copy", 1, 1);
  Dict* d = self_dict(in, a, "copy");
  Value out = make_dict(in);
  out.as<Dict>()->default_factory = d->default_factory;
  out.obj()->type = d->type;
  for (auto& e : std::vector<HashEntry>(d->table.entries())) if (!e.key.is_null()) dict_set(in, out, e.key, e.value);
  return out;
}

Value d_clear(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "clear", 1, 1);
  Dict* d = self_dict(in, a, "clear");
  HashTable old;
  std::swap(old, d->table);
  ++d->version;
  return Value::none();
}

Value d_fromkeys(Interp& in, Args& a, Value&) {
  // Called as dict.fromkeys(iterable, value): a classmethod, cls first.
  check_nargs(in, a, "fromkeys", 2, 3);
  Value out = make_dict(in);
  Value v = a.npos == 3 ? a.pos[2] : Value::none();
  for (Value& k : to_vector(in, a.pos[1])) dict_set(in, out, k, v);
  return out;
}

// ---- sets

Set* self_set(Interp& in, Args& a, const char* name, bool mutating) {
  if (a.npos == 0 || !(is_kind(a.pos[0], Kind::Set) || (!mutating && is_kind(a.pos[0], Kind::FrozenSet)))) {
    raise(in, Exc::TypeError, std::string("descriptor '") + name + "' for 'set' objects doesn't apply to a '" +
                                  (a.npos ? type_name(in, a.pos[0]) : std::string("NoneType")) + "' object");
  }
  return a.pos[0].as<Set>();
}

Value set_add(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "add", 2, 2);
  Set* s = self_set(in, a, "add", true);
  std::int64_t h = hash_value(in, a.pos[1]);
  if (s->table.set(in, a.pos[1], h, Value())) in.heap.charge(s, sizeof(HashEntry));
  return Value::none();
}

Value set_discard_impl(Interp& in, Args& a, bool strict) {
  const char* name = strict ? "remove" : "discard";
  check_nargs(in, a, name, 2, 2);
  Set* s = self_set(in, a, name, true);
  Value key = a.pos[1];
  if (is_kind(key, Kind::Set)) {
    Value fs = make_set(in, true);
    for (auto& e : key.as<Set>()->table.entries()) if (!e.key.is_null()) fs.as<Set>()->table.set(in, e.key, e.hash, Value());
    key = fs;
  }
  if (!s->table.erase(in, key, hash_value(in, key)) && strict) key_error(in, a.pos[1]);
  return Value::none();
}
Value set_discard(Interp& in, Args& a, Value&) { return set_discard_impl(in, a, false); }
Value set_remove(Interp& in, Args& a, Value&) { return set_discard_impl(in, a, true); }

Value set_pop(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "pop", 1, 1);
  Set* s = self_set(in, a, "pop", true);
  auto& e = s->table.entries();
  for (std::size_t i = 0; i < e.size(); ++i) {
    if (e[i].key.is_null()) continue;
    Value k = e[i].key;
    s->table.erase_at(static_cast<std::int64_t>(i));
    return k;
  }
  key_error(in, make_str(in, "pop from an empty set"));
}

Value set_clear(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "clear", 1, 1);
  HashTable old;
  std::swap(old, self_set(in, a, "clear", true)->table);
  return Value::none();
}

Value set_copy(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "copy", 1, 1);
  Set* s = self_set(in, a, "copy", false);
  Value out = make_set(in, s->kind == Kind::FrozenSet);
  for (auto& e : s->table.entries()) if (!e.key.is_null()) out.as<Set>()->table.set(in, e.key, e.hash, Value());
  return out;
}

Value as_set(Interp& in, const Value& v) {
  if (is_kind(v, Kind::Set) || is_kind(v, Kind::FrozenSet)) return v;
  Value s = make_set(in);
  for (Value& x : to_vector(in, v)) {
    std::int64_t h = hash_value(in, x);
    s.as<Set>()->table.set(in, x, h, Value());
  }
  return s;
}

Value set_binop(Interp& in, Args& a, const char* name, ast::BinOpKind op, bool inplace) {
  Set* s = self_set(in, a, name, inplace);
  Value result = a.pos[0];
  if (!inplace) {
    Args one{a.pos, 1, nullptr, nullptr, 0};
    Value dummy;
    result = set_copy(in, one, dummy);
  }
  (void)s;
  for (std::size_t i = 1; i < a.npos; ++i) {
    Value other = as_set(in, a.pos[i]);
    Value r = binary_op(in, op, result, other, true);
    if (!inplace) result = r;
  }
  if (inplace) return Value::none();
  return result;
}
Value set_union(Interp& in, Args& a, Value&) { return set_binop(in, a, "union", ast::BinOpKind::BitOr, false); }
Value set_intersection(Interp& in, Args& a, Value&) { return set_binop(in, a, "intersection", ast::BinOpKind::BitAnd, false); }
Value set_difference(Interp& in, Args& a, Value&) { return set_binop(in, a, "difference", ast::BinOpKind::Sub, false); }
Value set_symdiff(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "symmetric_difference", 2, 2);
  return set_binop(in, a, "symmetric_difference", ast::BinOpKind::BitXor, false);
}
Value set_update(Interp& in, Args& a, Value&) { return set_binop(in, a, "update", ast::BinOpKind::BitOr, true); }
Value set_intersection_update(Interp& in, Args& a, Value&) {
  return set_binop(in, a, "intersection_update", ast::BinOpKind::BitAnd, true);
}
Value set_difference_update(Interp& in, Args& a, Value&) { return set_binop(in, a, "difference_update", ast::BinOpKind::Sub, true); }
Value set_symdiff_update(Interp& in, Args& a, Value&) {
  return set_binop(in, a, "symmetric_difference_update", ast::BinOpKind::BitXor, true);
}

Value set_rel(Interp& in, Args& a, const char* name, ast::CmpOpKind op) {
  check_nargs(in, a, name, 2, 2);
  self_set(in, a, name, false);
  return compare(in, op, a.pos[0], as_set(in, a.pos[1]));
}
Value set_issubset(Interp& in, Args& a, Value&) { return set_rel(in, a, "issubset", ast::CmpOpKind::LtE); }
Value set_issuperset(Interp& in, Args& a, Value&) { return set_rel(in, a, "issuperset", ast::CmpOpKind::GtE); }
Value set_isdisjoint(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "isdisjoint", 2, 2);
  Set* s = self_set(in, a, "isdisjoint", false);
  for (Value& x : to_vector(in, a.pos[1])) {
    if (s->table.find(in, x, hash_value(in, x)) >= 0) return Value::boolean(false);
  }
  return Value::boolean(true);
}

}  // namespace

void install_dict_methods(Interp& in) {
  TypeObject* d = in.t.dict;
  def_method(in, d, "get", d_get);
  def_method(in, d, "setdefault", d_setdefault);
  def_method(in, d, "pop", d_pop);
  def_method(in, d, "popitem", d_popitem);
  def_method(in, d, "update", d_update);
  def_method(in, d, "keys", d_keys);
  def_method(in, d, "values", d_values);
  def_method(in, d, "items", d_items);
  def_method(in, d, "copy", d_copy);
  def_method(in, d, "clear", d_clear);
  Value fk = make_builtin(in, "fromkeys", d_fromkeys);
  fk.as<Builtin>()->owner = "dict";
  dict_set_str(in, d->dict, "fromkeys", Value(in.heap.make<MethodWrapper>(Kind::ClassMethod, in.t.classmethod, fk)));
  for (TypeObject* t : {in.t.set, in.t.frozenset}) {
    def_method(in, t, "copy", set_copy);
    def_method(in, t, "union", set_union);
    def_method(in, t, "intersection", set_intersection);
    def_method(in, t, "difference", set_difference);
    def_method(in, t, "symmetric_difference", set_symdiff);
    def_method(in, t, "issubset", set_issubset);
    def_method(in, t, "issuperset", set_issuperset);
    def_method(in, t, "isdisjoint", set_isdisjoint);
  }
  TypeObject* s = in.t.set;
  def_method(in, s, "add", set_add);
  def_method(in, s, "discard", set_discard);
  def_method(in, s, "remove", set_remove);
  def_method(in, s, "pop", set_pop);
  def_method(in, s, "clear", set_clear);
  def_method(in, s, "update", set_update);
  def_method(in, s, "intersection_update", set_intersection_update);
  def_method(in, s, "difference_update", set_difference_update);
  def_method(in, s, "symmetric_difference_update", set_symdiff_update);
}

}  // namespace scopeplay::runtime
