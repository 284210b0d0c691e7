// Subscripts (get/set/del item, slices), len(), and the iteration protocol.
#include "runtime/iterators.h"
#include "text/str_methods.h"
#include "text/utf8.h"

namespace scopeplay::runtime {
namespace {

constexpr const char* kSliceIndexMsg = "slice indices must be integers or None or have an __index__ method";

text::OptIndex opt_index(Interp& in, const Value& v) {
  if (v.is_null() || v.is_none()) return std::nullopt;
  return to_index(in, v, kSliceIndexMsg);
}

text::SliceIndices slice_of(Interp& in, const Slice* s, std::int64_t len) {
  auto r = text::slice_indices(len, opt_index(in, s->start), opt_index(in, s->stop), opt_index(in, s->step));
  if (!r.ok()) raise(in, Exc::ValueError, r.error().message);
  return r.value();
}

std::int64_t norm_index(Interp& in, std::int64_t i, std::size_t size, const char* what) {
  auto n = static_cast<std::int64_t>(size);
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(in, Exc::IndexError, std::string(what) + " index out of range");
  return i;
}

std::vector<Value> slice_items(const std::vector<Value>& items, const text::SliceIndices& s) {
  std::vector<Value> out;
  out.reserve(static_cast<std::size_t>(s.length));
  std::int64_t i = s.start;
  for (std::int64_t k = 0; k < s.length; ++k, i += s.step) out.push_back(items[static_cast<std::size_t>(i)]);
  return out;
}

[[noreturn]] void key_error(Interp& in, const Value& key) {
  throw_exception(in, make_exception(in, in.exc_type(Exc::KeyError), {key}));
}

std::string index_msg(const char* type) { return std::string(type) + " indices must be integers or slices, not %T"; }

}  // namespace

Value get_item(Interp& in, const Value& obj, const Value& key) {
  if (obj.is_obj()) {
    Object* o = obj.obj();
    switch (o->kind) {
      case Kind::List:
      case Kind::Tuple: {
        bool list = o->kind == Kind::List;
        const auto& items = list ? static_cast<List*>(o)->items : static_cast<Tuple*>(o)->items;
        if (key.is_intlike()) return items[static_cast<std::size_t>(norm_index(in, key.as_int(), items.size(), list ? "list" : "tuple"))];
        if (is_kind(key, Kind::Slice)) {
          auto s = slice_of(in, key.as<Slice>(), static_cast<std::int64_t>(items.size()));
          return list ? make_list(in, slice_items(items, s)) : make_tuple(in, slice_items(items, s));
        }
        std::int64_t i = to_index(in, key, index_msg(list ? "list" : "tuple"));
        return items[static_cast<std::size_t>(norm_index(in, i, items.size(), list ? "list" : "tuple"))];
      }
      case Kind::Str: {
        auto* s = static_cast<Str*>(o);
        if (is_kind(key, Kind::Slice)) {
          auto sl = slice_of(in, key.as<Slice>(), s->cplen);
          if (s->ascii) {
            if (sl.step == 1) return make_str(in, s->s.substr(static_cast<std::size_t>(sl.start), static_cast<std::size_t>(sl.length)));
          }
          return make_str(in, text::str_slice(s->s, sl));
        }
        std::int64_t i = to_index(in, key, "string indices must be integers, not '%T'");
        if (i < 0) i += s->cplen;
        if (i < 0 || i >= s->cplen) raise(in, Exc::IndexError, "string index out of range");
        if (s->ascii) return make_str(in, std::string(1, s->s[static_cast<std::size_t>(i)]));
        std::size_t b = text::byte_offset(s->s, i);
        return make_str(in, s->s.substr(b, text::decode_at(s->s, b).length));
      }
      case Kind::Dict: {
        auto* d = static_cast<Dict*>(o);
        std::int64_t ix = d->table.find(in, key, hash_value(in, key));
        if (ix >= 0) return d->table.entries()[static_cast<std::size_t>(ix)].value;
        if (!d->default_factory.is_null() && !d->default_factory.is_none()) {
          Value v = call0(in, d->default_factory);
          dict_set(in, obj, key, v);
          return v;
        }
        key_error(in, key);
      }
      case Kind::Range: {
        auto* r = static_cast<Range*>(o);
        std::int64_t len = r->length();
        if (is_kind(key, Kind::Slice)) {
          auto s = slice_of(in, key.as<Slice>(), len);
          std::int64_t start = r->start + s.start * r->step;
          std::int64_t step = r->step * s.step;
          std::int64_t stop = start + s.length * step;
          return Value(in.heap.make<Range>(in.t.range, start, stop, step));
        }
        std::int64_t i = to_index(in, key, "range indices must be integers or slices, not %T");
        if (i < 0) i += len;
        if (i < 0 || i >= len) raise(in, Exc::IndexError, "range object index out of range");
        return Value::integer(r->start + i * r->step);
      }
      case Kind::Instance: {
        Value f = lookup_type(o->type, "__getitem__");
        if (!f.is_null()) return call2(in, f, obj, key);
        break;
      }
      case Kind::Type: {
        auto* t = static_cast<TypeObject*>(o);
        Value f = lookup_type(t, "__class_getitem__");
        if (!f.is_null()) return call2(in, f, obj, key);
        if (t->has(TypeFlag::Builtin)) return obj;  // list[int] etc.: typing only
        raise(in, Exc::TypeError, "type '" + t->name + "' is not subscriptable");
      }
      default: break;
    }
  }
  raise(in, Exc::TypeError, "'" + type_name(in, obj) + "' object is not subscriptable");
}

void set_item(Interp& in, const Value& obj, const Value& key, Value value) {
  if (obj.is_obj()) {
    Object* o = obj.obj();
    switch (o->kind) {
      case Kind::List: {
        auto& items = static_cast<List*>(o)->items;
        if (is_kind(key, Kind::Slice)) {
          std::vector<Value> src = to_vector(in, value);
          auto s = slice_of(in, key.as<Slice>(), static_cast<std::int64_t>(items.size()));
          if (s.step == 1) {
            std::int64_t stop = std::max(s.start, s.start + s.length);
            items.erase(items.begin() + s.start, items.begin() + stop);
            in.heap.charge(o, src.size() * sizeof(Value));
            items.insert(items.begin() + s.start, src.begin(), src.end());
            return;
          }
          if (static_cast<std::int64_t>(src.size()) != s.length) {
            raise(in, Exc::ValueError, "attempt to assign sequence of size " + std::to_string(src.size()) +
                                           " to extended slice of size " + std::to_string(s.length));
          }
          std::int64_t i = s.start;
          for (std::int64_t k = 0; k < s.length; ++k, i += s.step) items[static_cast<std::size_t>(i)] = src[static_cast<std::size_t>(k)];
          return;
        }
        std::int64_t i = to_index(in, key, index_msg("list"));
        auto n = static_cast<std::int64_t>(items.size());
        if (i < 0) i += n;
        if (i < 0 || i >= n) raise(in, Exc::IndexError, "list assignment index out of range");
        items[static_cast<std::size_t>(i)] = std::move(value);
        return;
      }
      case Kind::Dict:
        dict_set(in, obj, key, std::move(value));
        return;
      case Kind::Instance: {
        Value f = lookup_type(o->type, "__setitem__");
        if (!f.is_null()) {
          ArgBuf b;
          b.push(obj);
          b.push(key);
          b.push(std::move(value));
          Args a = b.args();
          call(in, f, a);
          return;
        }
        break;
      }
      default: break;
    }
  }
  raise(in, Exc::TypeError, "'" + type_name(in, obj) + "' object does not support item assignment");
}

void del_item(Interp& in, const Value& obj, const Value& key) {
  if (obj.is_obj()) {
    Object* o = obj.obj();
    switch (o->kind) {
      case Kind::List: {
        auto& items = static_cast<List*>(o)->items;
        if (is_kind(key, Kind::Slice)) {
          auto s = slice_of(in, key.as<Slice>(), static_cast<std::int64_t>(items.size()));
          if (s.length <= 0) return;
          if (s.step < 0) {
            s.start = s.start + (s.length - 1) * s.step;
            s.step = -s.step;
          }
          std::vector<Value> kept;
          std::int64_t next = s.start, removed = 0;
          for (std::int64_t i = 0; i < static_cast<std::int64_t>(items.size()); ++i) {
            if (removed < s.length && i == next) {
              next += s.step;
              ++removed;
              continue;
            }
            kept.push_back(std::move(items[static_cast<std::size_t>(i)]));
          }
          items = std::move(kept);
          return;
        }
        std::int64_t i = to_index(in, key, index_msg("list"));
        auto n = static_cast<std::int64_t>(items.size());
        if (i < 0) i += n;
        if (i < 0 || i >= n) raise(in, Exc::IndexError, "list assignment index out of range");
        Value dropped = std::move(items[static_cast<std::size_t>(i)]);
        items.erase(items.begin() + i);
        return;
      }
      case Kind::Dict: {
        auto* d = static_cast<Dict*>(o);
        if (!d->table.erase(in, key, hash_value(in, key))) key_error(in, key);
        ++d->version;
        return;
      }
      case Kind::Instance: {
        Value f = lookup_type(o->type, "__delitem__");
        if (!f.is_null()) {
          call2(in, f, obj, key);
          return;
        }
        break;
      }
      default: break;
    }
  }
  raise(in, Exc::TypeError, "'" + type_name(in, obj) + "' object doesn't support item deletion");
}

std::int64_t length(Interp& in, const Value& v) {
  if (v.is_obj()) {
    Object* o = v.obj();
    switch (o->kind) {
      case Kind::Str: return static_cast<Str*>(o)->cplen;
      case Kind::List: return static_cast<std::int64_t>(static_cast<List*>(o)->items.size());
      case Kind::Tuple: return static_cast<std::int64_t>(static_cast<Tuple*>(o)->items.size());
      case Kind::Dict: return static_cast<std::int64_t>(static_cast<Dict*>(o)->table.size());
      case Kind::Set:
      case Kind::FrozenSet: return static_cast<std::int64_t>(static_cast<Set*>(o)->table.size());
      case Kind::Range: return static_cast<Range*>(o)->length();
      case Kind::DictView: return static_cast<std::int64_t>(static_cast<DictView*>(o)->dict.as<Dict>()->table.size());
      case Kind::Instance: {
        Value f = lookup_type(o->type, "__len__");
        if (f.is_null()) break;
        Value r = call1(in, f, v);
        if (!r.is_intlike()) raise(in, Exc::TypeError, "'" + type_name(in, r) + "' object cannot be interpreted as an integer");
        if (r.as_int() < 0) raise(in, Exc::ValueError, "__len__() should return >= 0");
        return r.as_int();
      }
      default: break;
    }
  }
  raise(in, Exc::TypeError, "object of type '" + type_name(in, v) + "' has no len()");
}

Value SeqIter::next(Interp&) {
  const auto& items = seq.as<Object>()->kind == Kind::List ? seq.as<List>()->items : seq.as<Tuple>()->items;
  if (reversed) {
    if (index == 0 || index > items.size()) {
      index = 0;
      return Value();
    }
    return items[--index];
  }
  if (index >= items.size()) return Value();
  return items[index++];
}

Value StrIter::next(Interp& in) {
  const Str* s = str.as<Str>();
  if (offset >= s->s.size()) return Value();
  std::size_t n = s->ascii ? 1 : text::decode_at(s->s, offset).length;
  Value r = make_str(in, s->s.substr(offset, n));
  offset += n;
  return r;
}

Value RangeIter::next(Interp&) {
  if (remaining <= 0) return Value();
  --remaining;
  std::int64_t v = cur;
  cur += step;
  return Value::integer(v);
}

Value HashIter::next(Interp& in) {
  const HashTable& t = container.obj()->kind == Kind::Dict ? container.as<Dict>()->table : container.as<Set>()->table;
  if (!started) {
    started = true;
    expected_size = t.size();
  } else if (t.size() != expected_size) {
    expected_size = t.size();
    raise(in, Exc::RuntimeError, container.obj()->kind == Kind::Dict ? "dictionary changed size during iteration" : "Set changed size during iteration");
  }
  const auto& e = t.entries();
  while (index < e.size() && e[index].key.is_null()) ++index;
  if (index >= e.size()) return Value();
  const HashEntry& h = e[index++];
  switch (view) {
    case ViewKind::Keys: return h.key;
    case ViewKind::Values: return h.value;
    case ViewKind::Items: return make_tuple(in, {h.key, h.value});
  }
  return Value();
}

Value GetitemIter::next(Interp& in) {
  if (done) return Value();
  try {
    return get_item(in, obj, Value::integer(index++));
  } catch (PyError& e) {
    if (exc_matches(in, e.exc, Exc::IndexError) || exc_matches(in, e.exc, Exc::StopIteration)) {
      done = true;
      return Value();
    }
    throw;
  }
}

Value make_fn_iter(Interp& in, const char* type_name, std::vector<Value> held, std::function<Value(Interp&)> fn) {
  auto* it = in.heap.make<FnIter>(in.named_type(type_name), std::move(fn));
  it->held = std::move(held);
  return Value(it);
}

Value get_iter(Interp& in, const Value& v) {
  if (v.is_obj()) {
    Object* o = v.obj();
    switch (o->kind) {
      case Kind::List: return Value(in.heap.make<SeqIter>(in.named_type("list_iterator"), v));
      case Kind::Tuple: return Value(in.heap.make<SeqIter>(in.named_type("tuple_iterator"), v));
      case Kind::Str: return Value(in.heap.make<StrIter>(in.named_type("str_ascii_iterator"), v));
      case Kind::Range: {
        auto* r = static_cast<Range*>(o);
        return Value(in.heap.make<RangeIter>(in.named_type("range_iterator"), r->start, r->step, r->length()));
      }
      case Kind::Dict: return Value(in.heap.make<HashIter>(in.named_type("dict_keyiterator"), v, ViewKind::Keys));
      case Kind::Set:
      case Kind::FrozenSet: return Value(in.heap.make<HashIter>(in.named_type("set_iterator"), v, ViewKind::Keys));
      case Kind::DictView: {
        auto* dv = static_cast<DictView*>(o);
        const char* n = dv->view == ViewKind::Keys ? "dict_keyiterator" : dv->view == ViewKind::Values ? "dict_valueiterator" : "dict_itemiterator";
        return Value(in.heap.make<HashIter>(in.named_type(n), dv->dict, dv->view));
      }
      case Kind::Iterator:
      case Kind::Generator: return v;
      case Kind::Instance: {
        Value f = lookup_type(o->type, "__iter__");
        if (!f.is_null()) {
          Value it = call1(in, f, v);
          bool ok = is_kind(it, Kind::Iterator) || is_kind(it, Kind::Generator) ||
                    (is_kind(it, Kind::Instance) && !lookup_type(it.obj()->type, "__next__").is_null());
          if (!ok) raise(in, Exc::TypeError, "iter() returned non-iterator of type '" + type_name(in, it) + "'");
          return it;
        }
        if (!lookup_type(o->type, "__getitem__").is_null()) return Value(in.heap.make<GetitemIter>(in.named_type("iterator"), v));
        break;
      }
      default: break;
    }
  }
  raise(in, Exc::TypeError, "'" + type_name(in, v) + "' object is not iterable");
}

Value generator_next(Interp& in, const Value& gen);  // generator.cpp

Value iter_next(Interp& in, const Value& it) {
  if (it.is_obj()) {
    Object* o = it.obj();
    if (o->kind == Kind::Iterator) return static_cast<Iterator*>(o)->next(in);
    if (o->kind == Kind::Generator) return generator_next(in, it);
    if (o->kind == Kind::Instance) {
      Value f = lookup_type(o->type, "__next__");
      if (!f.is_null()) {
        try {
          return call1(in, f, it);
        } catch (PyError& e) {
          if (exc_matches(in, e.exc, Exc::StopIteration)) return Value();
          throw;
        }
      }
    }
  }
  raise(in, Exc::TypeError, "'" + type_name(in, it) + "' object is not an iterator");
}

std::vector<Value> to_vector(Interp& in, const Value& v) {
  if (is_kind(v, Kind::List)) return v.as<List>()->items;
  if (is_kind(v, Kind::Tuple)) return v.as<Tuple>()->items;
  std::vector<Value> out;
  Value it = get_iter(in, v);
  for (;;) {
    Value x = iter_next(in, it);
    if (x.is_null()) break;
    if ((out.size() & 1023) == 1023) {
      in.step();
      check_alloc(in, out.size() * sizeof(Value));
    }
    out.push_back(std::move(x));
  }
  return out;
}

}  // namespace scopeplay::runtime
