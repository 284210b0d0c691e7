// Truth, repr/str/format and hashing.
#include <cstdio>

#include "runtime/ops.h"
#include "text/arith.h"
#include "text/format_spec.h"
#include "text/numbers.h"
#include "text/str_repr.h"

namespace scopeplay::runtime {
namespace {

std::string address(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%012llx", static_cast<unsigned long long>(reinterpret_cast<std::uintptr_t>(p)));
  return buf;
}

std::string class_path(const TypeObject* t) {
  std::string q = t->qualname.is_obj() ? str_of(t->qualname) : t->name;
  if (t->module == "builtins") return q;
  return t->module + "." + q;
}

class ReprGuard {
 public:
  ReprGuard(Interp& in, const Object* o) : in_(in) {
    for (const Object* x : in.repr_stack)
      if (x == o) { recursive = true; return; }
    in.repr_stack.push_back(o);
    pushed_ = true;
  }
  ~ReprGuard() {
    if (pushed_) in_.repr_stack.pop_back();
  }
  ReprGuard(const ReprGuard&) = delete;
  ReprGuard& operator=(const ReprGuard&) = delete;
  bool recursive = false;

 private:
  Interp& in_;
  bool pushed_ = false;
};

std::string seq_repr(Interp& in, const std::vector<Value>& items, const char* open, const char* close) {
  std::string out = open;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    Value item = items[i];
    out += repr(in, item);
  }
  out += close;
  return out;
}

std::string text_result(Interp& in, const text::Result<std::string>& r) {
  if (!r.ok()) {
    Exc e = Exc::ValueError;
    switch (r.error().kind) {
      case text::ErrorKind::TypeError: e = Exc::TypeError; break;
      case text::ErrorKind::OverflowError: e = Exc::OverflowError; break;
      case text::ErrorKind::MemoryError: e = Exc::MemoryError; break;
      default: break;
    }
    raise(in, e, r.error().message);
  }
  return r.value();
}

std::string call_str_dunder(Interp& in, const Value& v, const Value& fn, const char* which) {
  Value r = call1(in, fn, v);
  if (!is_str(r)) raise(in, Exc::TypeError, std::string(which) + " returned non-string (type " + type_name(in, r) + ")");
  return str_of(r);
}

bool is_default_dunder(const Value& f) {
  if (!is_kind(f, Kind::Builtin)) return false;
  const std::string& owner = f.as<Builtin>()->owner;
  return owner == "object" || owner == "BaseException";
}

}  // namespace

bool truthy(Interp& in, const Value& v) {
  switch (v.tag()) {
    case Tag::Null:
    case Tag::None: return false;
    case Tag::Bool:
    case Tag::Int: return v.as_int() != 0;
    case Tag::Float: return v.as_float() != 0.0;
    case Tag::Obj: break;
  }
  Object* o = v.obj();
  switch (o->kind) {
    case Kind::Str: return !static_cast<Str*>(o)->s.empty();
    case Kind::List: return !static_cast<List*>(o)->items.empty();
    case Kind::Tuple: return !static_cast<Tuple*>(o)->items.empty();
    case Kind::Dict: return static_cast<Dict*>(o)->table.size() != 0;
    case Kind::Set:
    case Kind::FrozenSet: return static_cast<Set*>(o)->table.size() != 0;
    case Kind::Range: return static_cast<Range*>(o)->length() != 0;
    case Kind::DictView: return static_cast<Dict*>(static_cast<DictView*>(o)->dict.obj())->table.size() != 0;
    case Kind::Instance: {
      Value b = lookup_type(o->type, "__bool__");
      if (!b.is_null()) {
        Value r = call1(in, b, v);
        if (!r.is_bool()) raise(in, Exc::TypeError, "__bool__ should return bool, returned " + type_name(in, r));
        return r.as_bool();
      }
      Value l = lookup_type(o->type, "__len__");
      if (!l.is_null()) return length(in, v) != 0;
      return true;
    }
    default: return true;
  }
}

std::string repr(Interp& in, const Value& v) {
  switch (v.tag()) {
    case Tag::Null: return "<NULL>";
    case Tag::None: return "None";
    case Tag::Bool: return v.as_bool() ? "True" : "False";
    case Tag::Int: return std::to_string(v.as_int());
    case Tag::Float: return text::float_repr(v.as_float());
    case Tag::Obj: break;
  }
  Object* o = v.obj();
  switch (o->kind) {
    case Kind::Str: return text::str_repr(static_cast<Str*>(o)->s);
    case Kind::List: {
      ReprGuard g(in, o);
      if (g.recursive) return "[...]";
      DepthGuard d(in, " while getting the repr of an object");
      return seq_repr(in, static_cast<List*>(o)->items, "[", "]");
    }
    case Kind::Tuple: {
      auto& items = static_cast<Tuple*>(o)->items;
      if (items.size() == 1) {
        DepthGuard d(in, " while getting the repr of an object");
        return "(" + repr(in, items[0]) + ",)";
      }
      ReprGuard g(in, o);
      if (g.recursive) return "(...)";
      DepthGuard d(in, " while getting the repr of an object");
      return seq_repr(in, items, "(", ")");
    }
    case Kind::Dict: {
      ReprGuard g(in, o);
      if (g.recursive) return "{...}";
      DepthGuard d(in, " while getting the repr of an object");
      auto* dict = static_cast<Dict*>(o);
      if (o->type->name == "OrderedDict" && o->type != in.t.dict) {
        if (dict->table.size() == 0) return "OrderedDict()";
        std::string out = "OrderedDict([";
        bool first = true;
        for (std::size_t i = 0; i < dict->table.entries().size(); ++i) {
          const HashEntry& e = dict->table.entries()[i];
          if (e.key.is_null()) continue;
          Value k = e.key, val = e.value;
          if (!first) out += ", ";
          first = false;
          out += "(" + repr(in, k) + ", " + repr(in, val) + ")";
        }
        return out + "])";
      }
      std::string out = "{";
      bool first = true;
      for (std::size_t i = 0; i < dict->table.entries().size(); ++i) {
        const HashEntry& e = dict->table.entries()[i];
        if (e.key.is_null()) continue;
        Value k = e.key, val = e.value;
        if (!first) out += ", ";
        first = false;
        out += repr(in, k);
        out += ": ";
        out += repr(in, val);
      }
      out += "}";
      if (dict->default_factory.is_obj() || !dict->default_factory.is_null()) {
        return "defaultdict(" + repr(in, dict->default_factory) + ", " + out + ")";
      }
      return out;
    }
    case Kind::Set:
    case Kind::FrozenSet: {
      auto* s = static_cast<Set*>(o);
      bool frozen = o->kind == Kind::FrozenSet;
      std::string name = o->type->name;
      if (s->table.size() == 0) return name + "()";
      ReprGuard g(in, o);
      if (g.recursive) return name + "(...)";
      DepthGuard d(in, " while getting the repr of an object");
      std::string out = frozen || o->type != in.t.set ? name + "({" : "{";
      bool first = true;
      for (auto& e : s->table.entries()) {
        if (e.key.is_null()) continue;
        if (!first) out += ", ";
        first = false;
        out += repr(in, e.key);
      }
      out += frozen || o->type != in.t.set ? "})" : "}";
      return out;
    }
    case Kind::Range: {
      auto* r = static_cast<Range*>(o);
      std::string out = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
      if (r->step != 1) out += ", " + std::to_string(r->step);
      return out + ")";
    }
    case Kind::Slice: {
      auto* s = static_cast<Slice*>(o);
      return "slice(" + repr(in, s->start) + ", " + repr(in, s->stop) + ", " + repr(in, s->step) + ")";
    }
    case Kind::Cell: return "<cell at " + address(o) + ">";
    case Kind::Function: {
      auto* f = static_cast<Function*>(o);
      return "<function " + function_qualname_text(f) + " at " + address(o) + ">";
    }
    case Kind::Builtin: {
      auto* b = static_cast<Builtin*>(o);
      if (b->self.is_obj() || !b->self.is_null()) {
        return "<built-in method " + b->name + " of " + type_name(in, b->self) + " object at " + address(b->self.is_obj() ? b->self.obj() : o) + ">";
      }
      return "<built-in function " + b->name + ">";
    }
    case Kind::BoundMethod: {
      auto* m = static_cast<BoundMethod*>(o);
      std::string fname = is_kind(m->func, Kind::Function) ? function_qualname_text(m->func.as<Function>()) : callable_name(in, m->func);
      DepthGuard d(in, " while getting the repr of an object");
      return "<bound method " + fname + " of " + repr(in, m->self) + ">";
    }
    case Kind::Type: return "<class '" + class_path(static_cast<TypeObject*>(o)) + "'>";
    case Kind::Module: return "<module '" + static_cast<Module*>(o)->name + "' (built-in)>";
    case Kind::Property: return "<property object at " + address(o) + ">";
    case Kind::StaticMethod: return "<staticmethod(" + repr(in, static_cast<MethodWrapper*>(o)->func) + ")>";
    case Kind::ClassMethod: return "<classmethod(" + repr(in, static_cast<MethodWrapper*>(o)->func) + ")>";
    case Kind::Super: return "<super: <class '" + static_cast<TypeObject*>(static_cast<Super*>(o)->cls.obj())->name + "'>, <" + type_name(in, static_cast<Super*>(o)->obj) + " object>>";
    case Kind::DictView: {
      std::vector<Value> items = to_vector(in, v);
      ReprGuard g(in, o);
      if (g.recursive) return "...";
      DepthGuard d(in, " while getting the repr of an object");
      return o->type->name + seq_repr(in, items, "([", "])");
    }
    case Kind::Generator: {
      return "<generator object " + generator_qualname(v) + " at " + address(o) + ">";
    }
    case Kind::Iterator: return "<" + o->type->name + " object at " + address(o) + ">";
    case Kind::Instance: break;
  }
  if (v.same(in.ellipsis)) return "Ellipsis";
  if (v.same(in.notimplemented)) return "NotImplemented";
  Value r = lookup_type(o->type, "__repr__");
  if (!r.is_null() && !is_default_dunder(r)) {
    DepthGuard d(in, " while getting the repr of an object");
    return call_str_dunder(in, v, r, "__repr__");
  }
  return object_repr(in, v);
}

std::string object_repr(Interp& in, const Value& v) {
  if (!is_kind(v, Kind::Instance)) return repr(in, v);
  Object* o = v.obj();
  auto* inst = static_cast<Instance*>(o);
  if (inst->exc) {
    Value args = inst->exc->args;
    auto& items = args.as<Tuple>()->items;
    if (items.size() == 1) return o->type->name + "(" + repr(in, items[0]) + ")";
    return o->type->name + seq_repr(in, items, "(", ")");
  }
  return "<" + class_path(o->type) + " object at " + address(o) + ">";
}

std::string to_str(Interp& in, const Value& v) {
  if (is_str(v)) return str_of(v);
  if (v.is_obj() && v.obj()->kind == Kind::Instance) {
    Value s = lookup_type(v.obj()->type, "__str__");
    if (!s.is_null() && !is_default_dunder(s)) {
      DepthGuard d(in, " while getting the repr of an object");
      return call_str_dunder(in, v, s, "__str__");
    }
    return object_str(in, v);
  }
  return repr(in, v);
}

std::string object_str(Interp& in, const Value& v) {
  if (v.is_obj() && v.obj()->kind == Kind::Instance) {
    auto* inst = v.as<Instance>();
    if (inst->exc) {
      Value args = inst->exc->args;
      auto& items = args.as<Tuple>()->items;
      if (items.empty()) return "";
      if (items.size() == 1) {
        if (isinstance(in, v, in.exc_type(Exc::KeyError))) return repr(in, items[0]);
        return to_str(in, items[0]);
      }
      return repr(in, args);
    }
  }
  return repr(in, v);
}

std::string format_value(Interp& in, const Value& v, std::string_view spec) {
  switch (v.tag()) {
    case Tag::Bool: return text_result(in, text::format_bool(v.as_bool(), spec));
    case Tag::Int: return text_result(in, text::format_int(v.as_int(), spec));
    case Tag::Float: return text_result(in, text::format_float(v.as_float(), spec));
    default: break;
  }
  if (is_str(v)) return text_result(in, text::format_str(str_of(v), spec));
  if (v.is_obj() && v.obj()->kind == Kind::Instance) {
    Value f = lookup_type(v.obj()->type, "__format__");
    if (!f.is_null() && !is_kind(f, Kind::Builtin)) {
      Value r = call2(in, f, v, make_str(in, std::string(spec)));
      if (!is_str(r)) raise(in, Exc::TypeError, "__format__ must return a str, not " + type_name(in, r));
      return str_of(r);
    }
  }
  if (!spec.empty()) {
    raise(in, Exc::TypeError, "unsupported format string passed to " + type_name(in, v) + ".__format__");
  }
  return to_str(in, v);
}

std::int64_t hash_value(Interp& in, const Value& v) {
  switch (v.tag()) {
    case Tag::Null:
    case Tag::None: return 0x5f3a9b1;
    case Tag::Bool:
    case Tag::Int: return text::hash_int(v.as_int());
    case Tag::Float: return text::hash_float(v.as_float());
    case Tag::Obj: break;
  }
  Object* o = v.obj();
  switch (o->kind) {
    case Kind::Str: {
      auto* s = static_cast<Str*>(o);
      if (s->hash == -1) s->hash = str_hash(s->s);
      return s->hash;
    }
    case Kind::Tuple: {
      DepthGuard d(in, " while getting the repr of an object");
      const std::uint64_t p1 = 11400714785074694791ULL, p2 = 14029467366897019727ULL, p5 = 2870177450012600261ULL;
      std::uint64_t acc = p5;
      auto& items = static_cast<Tuple*>(o)->items;
      for (auto& item : items) {
        auto lane = static_cast<std::uint64_t>(hash_value(in, item));
        acc += lane * p2;
        acc = (acc << 31) | (acc >> 33);
        acc *= p1;
      }
      acc += items.size() ^ (p5 ^ 3527539UL);
      if (acc == static_cast<std::uint64_t>(-1)) return 1546275796;
      return static_cast<std::int64_t>(acc);
    }
    case Kind::FrozenSet: {
      std::uint64_t h = 0;
      for (auto& e : static_cast<Set*>(o)->table.entries()) {
        if (e.key.is_null()) continue;
        auto x = static_cast<std::uint64_t>(e.hash);
        h ^= ((x ^ 89869747UL) ^ (x << 16)) * 3644798167UL;
      }
      h = h * 69069U + 907133923UL;
      auto r = static_cast<std::int64_t>(h);
      return r == -1 ? 590923713 : r;
    }
    case Kind::List:
    case Kind::Dict:
    case Kind::Set:
    case Kind::DictView:
      raise(in, Exc::TypeError, "unhashable type: '" + o->type->name + "'");
    case Kind::Slice:
      raise(in, Exc::TypeError, "unhashable type: 'slice'");
    case Kind::Instance: {
      Value h = lookup_type(o->type, "__hash__");
      if (h.is_none()) raise(in, Exc::TypeError, "unhashable type: '" + o->type->name + "'");
      if (!h.is_null() && !(is_kind(h, Kind::Builtin) && h.as<Builtin>()->owner == "object")) {
        Value r = call1(in, h, v);
        if (!r.is_intlike()) raise(in, Exc::TypeError, "__hash__ method should return an integer");
        std::int64_t x = r.as_int();
        return x == -1 ? -2 : x;
      }
      break;
    }
    default: break;
  }
  return static_cast<std::int64_t>(reinterpret_cast<std::uintptr_t>(o) >> 4);
}

}  // namespace scopeplay::runtime
