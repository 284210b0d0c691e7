// Type queries, MRO lookup and the constructors of builtin objects.
#include "runtime/ops.h"
#include "text/utf8.h"

namespace scopeplay::runtime {

Str::Str(TypeObject* t, std::string str) : Object(Kind::Str, t), s(std::move(str)) {
  ascii = text::is_ascii(s);
  cplen = ascii ? static_cast<std::int64_t>(s.size()) : text::length(s);
}

std::int64_t Range::length() const {
  if (step > 0 && start < stop) {
    std::uint64_t span = static_cast<std::uint64_t>(stop) - static_cast<std::uint64_t>(start);
    return static_cast<std::int64_t>((span - 1) / static_cast<std::uint64_t>(step) + 1);
  }
  if (step < 0 && start > stop) {
    std::uint64_t span = static_cast<std::uint64_t>(start) - static_cast<std::uint64_t>(stop);
    std::uint64_t st = static_cast<std::uint64_t>(0) - static_cast<std::uint64_t>(step);
    return static_cast<std::int64_t>((span - 1) / st + 1);
  }
  return 0;
}

std::int64_t str_hash(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  auto r = static_cast<std::int64_t>(h >> 1);
  return r == -1 ? -2 : r;
}

Value make_str(Interp& in, std::string s) {
  std::size_t n = s.size();
  Str* o = in.heap.make<Str>(in.t.str, std::move(s));
  in.heap.charge(o, n);
  return Value(o);
}

Value make_tuple(Interp& in, std::vector<Value> items) {
  std::size_t n = items.size();
  Tuple* o = in.heap.make<Tuple>(in.t.tuple, std::move(items));
  in.heap.charge(o, n * sizeof(Value));
  return Value(o);
}

Value make_list(Interp& in, std::vector<Value> items) {
  List* o = in.heap.make<List>(in.t.list);
  in.heap.charge(o, items.size() * sizeof(Value));
  o->items = std::move(items);
  return Value(o);
}

Value make_dict(Interp& in) { return Value(in.heap.make<Dict>(in.t.dict)); }

Value make_set(Interp& in, bool frozen) {
  return Value(in.heap.make<Set>(frozen ? Kind::FrozenSet : Kind::Set, frozen ? in.t.frozenset : in.t.set));
}

Value make_builtin(Interp& in, std::string name, NativeFn fn, Value data) {
  Builtin* b = in.heap.make<Builtin>(in.t.builtin, std::move(name), fn);
  b->data = std::move(data);
  return Value(b);
}

void check_alloc(Interp& in, std::uint64_t bytes) {
  if (in.heap.would_exceed(bytes)) in.memory_limit();
}

TypeObject* type_of(Interp& in, const Value& v) {
  switch (v.tag()) {
    case Tag::None: return in.t.none;
    case Tag::Bool: return in.t.bool_;
    case Tag::Int: return in.t.int_;
    case Tag::Float: return in.t.float_;
    case Tag::Obj: return v.obj()->type;
    case Tag::Null: break;
  }
  return in.t.none;
}

std::string type_name(Interp& in, const Value& v) { return type_of(in, v)->name; }

bool is_subtype(const TypeObject* a, const TypeObject* b) {
  if (a == b) return true;
  for (const TypeObject* m : a->mro)
    if (m == b) return true;
  return false;
}

bool isinstance(Interp& in, const Value& v, const TypeObject* t) { return is_subtype(type_of(in, v), t); }

Value lookup_type(const TypeObject* t, std::string_view name) {
  std::int64_t h = str_hash(name);
  for (const TypeObject* m : t->mro) {
    if (!m->dict.is_obj()) continue;
    const HashTable& tab = m->dict.as<Dict>()->table;
    std::int64_t ix = tab.find_str(name, h);
    if (ix >= 0) return tab.entries()[static_cast<std::size_t>(ix)].value;
  }
  return Value();
}

Value lookup_special(Interp& in, const Value& v, std::string_view name) {
  if (!v.is_obj() || v.obj()->kind != Kind::Instance) return Value();
  (void)in;
  return lookup_type(v.obj()->type, name);
}

Value dict_get(Interp& in, const Value& dict, const Value& key) {
  Dict* d = dict.as<Dict>();
  std::int64_t ix = d->table.find(in, key, hash_value(in, key));
  if (ix < 0) return Value();
  return d->table.entries()[static_cast<std::size_t>(ix)].value;
}

Value dict_get_str(const Value& dict, std::string_view key) {
  Dict* d = dict.as<Dict>();
  std::int64_t ix = d->table.find_str(key, str_hash(key));
  if (ix < 0) return Value();
  return d->table.entries()[static_cast<std::size_t>(ix)].value;
}

void dict_set(Interp& in, const Value& dict, Value key, Value value) {
  Dict* d = dict.as<Dict>();
  std::int64_t h = hash_value(in, key);
  if (d->table.set(in, std::move(key), h, std::move(value))) {
    ++d->version;
    in.heap.charge(d, sizeof(HashEntry) + 4);
  }
}

void dict_set_str(Interp& in, const Value& dict, std::string_view key, Value value) {
  dict_set(in, dict, in.intern(key), std::move(value));
}

}  // namespace scopeplay::runtime
