// Arithmetic, bitwise, sequence and set operators; unary operators; `in`.
#include <cmath>
#include <limits>

#include "runtime/ops.h"
#include "runtime/strfmt.h"
#include "text/arith.h"
#include "text/str_methods.h"

namespace scopeplay::runtime {
namespace {

using ast::BinOpKind;

const char* dunder_name(BinOpKind op) {
  switch (op) {
    case BinOpKind::Add: return "add";
    case BinOpKind::Sub: return "sub";
    case BinOpKind::Mult: return "mul";
    case BinOpKind::MatMult: return "matmul";
    case BinOpKind::Div: return "truediv";
    case BinOpKind::FloorDiv: return "floordiv";
    case BinOpKind::Mod: return "mod";
    case BinOpKind::Pow: return "pow";
    case BinOpKind::LShift: return "lshift";
    case BinOpKind::RShift: return "rshift";
    case BinOpKind::BitOr: return "or";
    case BinOpKind::BitXor: return "xor";
    case BinOpKind::BitAnd: return "and";
  }
  return "";
}

[[noreturn]] void overflow(Interp& in) {
  raise(in, Exc::OverflowError, "integer result too large (scopeplay ints are 64-bit)");
}

template <class T>
T check(Interp& in, const text::Result<T>& r) {
  if (!r.ok()) {
    Exc e = Exc::ValueError;
    switch (r.error().kind) {
      case text::ErrorKind::ZeroDivisionError: e = Exc::ZeroDivisionError; break;
      case text::ErrorKind::OverflowError: e = Exc::OverflowError; break;
      case text::ErrorKind::TypeError: e = Exc::TypeError; break;
      case text::ErrorKind::MemoryError: e = Exc::MemoryError; break;
      case text::ErrorKind::IndexError: e = Exc::IndexError; break;
      default: break;
    }
    raise(in, e, r.error().message);
  }
  return r.value();
}

Value int_op(Interp& in, BinOpKind op, std::int64_t a, std::int64_t b, bool both_bool) {
  std::optional<std::int64_t> r;
  switch (op) {
    case BinOpKind::Add: r = text::checked_add(a, b); break;
    case BinOpKind::Sub: r = text::checked_sub(a, b); break;
    case BinOpKind::Mult: r = text::checked_mul(a, b); break;
    case BinOpKind::Div: return Value::floating(check(in, text::int_truediv(a, b)));
    case BinOpKind::FloorDiv: return Value::integer(check(in, text::int_floordiv(a, b)));
    case BinOpKind::Mod: return Value::integer(check(in, text::int_mod(a, b)));
    case BinOpKind::Pow:
      if (b < 0) {
        if (a == 0) raise(in, Exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return Value::floating(std::pow(static_cast<double>(a), static_cast<double>(b)));
      }
      r = text::checked_pow(a, b);
      break;
    case BinOpKind::LShift:
      if (b < 0) raise(in, Exc::ValueError, "negative shift count");
      r = text::checked_lshift(a, b);
      break;
    case BinOpKind::RShift:
      if (b < 0) raise(in, Exc::ValueError, "negative shift count");
      return Value::integer(b >= 64 ? (a < 0 ? -1 : 0) : (a >> b));
    case BinOpKind::BitOr: return both_bool ? Value::boolean((a | b) != 0) : Value::integer(a | b);
    case BinOpKind::BitXor: return both_bool ? Value::boolean((a ^ b) != 0) : Value::integer(a ^ b);
    case BinOpKind::BitAnd: return both_bool ? Value::boolean((a & b) != 0) : Value::integer(a & b);
    case BinOpKind::MatMult: return Value();
  }
  if (!r) overflow(in);
  return Value::integer(*r);
}

Value float_op(Interp& in, BinOpKind op, double a, double b) {
  switch (op) {
    case BinOpKind::Add: return Value::floating(a + b);
    case BinOpKind::Sub: return Value::floating(a - b);
    case BinOpKind::Mult: return Value::floating(a * b);
    case BinOpKind::Div: return Value::floating(check(in, text::float_truediv(a, b)));
    case BinOpKind::FloorDiv: return Value::floating(check(in, text::float_floordiv(a, b)));
    case BinOpKind::Mod: return Value::floating(check(in, text::float_mod(a, b)));
    case BinOpKind::Pow: {
      if (a == 0.0 && b < 0) raise(in, Exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
      if (a < 0 && b != std::floor(b) && std::isfinite(b)) {
        raise(in, Exc::ValueError, "negative number cannot be raised to a fractional power (complex numbers are not supported in scopeplay)");
      }
      double r = std::pow(a, b);
      if (std::isinf(r) && std::isfinite(a) && std::isfinite(b)) raise(in, Exc::OverflowError, "(34, 'Numerical result out of range')");
      return Value::floating(r);
    }
    default: return Value();
  }
}

std::vector<Value> repeat(Interp& in, const std::vector<Value>& items, std::int64_t n) {
  if (n <= 0 || items.empty()) return {};
  std::uint64_t total;
  if (__builtin_mul_overflow(static_cast<std::uint64_t>(items.size()), static_cast<std::uint64_t>(n), &total) ||
      total > (std::uint64_t{1} << 40)) {
    raise_no_args(in, Exc::MemoryError);
  }
  check_alloc(in, total * sizeof(Value));
  std::vector<Value> out;
  out.reserve(static_cast<std::size_t>(total));
  for (std::int64_t i = 0; i < n; ++i) out.insert(out.end(), items.begin(), items.end());
  return out;
}

bool is_set(const Value& v) { return is_kind(v, Kind::Set) || is_kind(v, Kind::FrozenSet); }

Value set_op(Interp& in, BinOpKind op, const Value& a, const Value& b, bool inplace) {
  Set* x = a.as<Set>();
  Set* y = b.as<Set>();
  Value result = inplace ? a : make_set(in, a.obj()->kind == Kind::FrozenSet);
  Set* r = result.as<Set>();
  auto add = [&](const HashEntry& e) { r->table.set(in, e.key, e.hash, Value()); };
  std::vector<HashEntry> xs = x->table.entries(), ys = y->table.entries();
  switch (op) {
    case BinOpKind::BitOr:
      if (!inplace) for (auto& e : xs) if (!e.key.is_null()) add(e);
      for (auto& e : ys) if (!e.key.is_null()) add(e);
      break;
    case BinOpKind::BitAnd:
      if (inplace) {
        for (auto& e : xs) if (!e.key.is_null() && y->table.find(in, e.key, e.hash) < 0) r->table.erase(in, e.key, e.hash);
      } else {
        for (auto& e : xs) if (!e.key.is_null() && y->table.find(in, e.key, e.hash) >= 0) add(e);
      }
      break;
    case BinOpKind::Sub:
      if (inplace) {
        for (auto& e : ys) if (!e.key.is_null()) r->table.erase(in, e.key, e.hash);
      } else {
        for (auto& e : xs) if (!e.key.is_null() && y->table.find(in, e.key, e.hash) < 0) add(e);
      }
      break;
    case BinOpKind::BitXor:
      if (inplace) {
        for (auto& e : ys) {
          if (e.key.is_null()) continue;
          if (r->table.find(in, e.key, e.hash) >= 0) r->table.erase(in, e.key, e.hash);
          else add(e);
        }
      } else {
        for (auto& e : xs) if (!e.key.is_null() && y->table.find(in, e.key, e.hash) < 0) add(e);
        for (auto& e : ys) if (!e.key.is_null() && x->table.find(in, e.key, e.hash) < 0) add(e);
      }
      break;
    default: return Value();
  }
  return result;
}

// Builtin types; null when unsupported.
Value builtin_binary(Interp& in, BinOpKind op, const Value& a, const Value& b, bool inplace) {
  if (a.is_number() && b.is_number()) {
    if (a.is_float() || b.is_float()) return float_op(in, op, a.to_double(), b.to_double());
    return int_op(in, op, a.as_int(), b.as_int(), a.is_bool() && b.is_bool());
  }
  if (!a.is_obj() && !b.is_obj()) return Value();
  Kind ka = a.is_obj() ? a.obj()->kind : Kind::Instance;
  Kind kb = b.is_obj() ? b.obj()->kind : Kind::Instance;
  bool a_builtin = a.is_obj() && a.obj()->type->has(TypeFlag::Builtin);
  switch (op) {
    case BinOpKind::Add:
      if (ka == Kind::Str && kb == Kind::Str) {
        check_alloc(in, str_of(a).size() + str_of(b).size());
        return make_str(in, str_of(a) + str_of(b));
      }
      if (ka == Kind::List && kb == Kind::List) {
        std::vector<Value> items = a.as<List>()->items;
        if (inplace) {
          std::vector<Value> extra = b.as<List>()->items;
          auto& dst = a.as<List>()->items;
          in.heap.charge(a.obj(), extra.size() * sizeof(Value));
          dst.insert(dst.end(), extra.begin(), extra.end());
          return a;
        }
        const auto& y = b.as<List>()->items;
        items.insert(items.end(), y.begin(), y.end());
        return make_list(in, std::move(items));
      }
      if (ka == Kind::List && inplace) {
        std::vector<Value> extra = to_vector(in, b);
        auto& dst = a.as<List>()->items;
        in.heap.charge(a.obj(), extra.size() * sizeof(Value));
        dst.insert(dst.end(), extra.begin(), extra.end());
        return a;
      }
      if (ka == Kind::Tuple && kb == Kind::Tuple) {
        std::vector<Value> items = a.as<Tuple>()->items;
        const auto& y = b.as<Tuple>()->items;
        items.insert(items.end(), y.begin(), y.end());
        return make_tuple(in, std::move(items));
      }
      if (a_builtin && (ka == Kind::Str || ka == Kind::List || ka == Kind::Tuple) && !lookup_special(in, b, "__radd__").is_obj()) {
        std::string n = a.obj()->type->name;
        raise(in, Exc::TypeError, "can only concatenate " + n + " (not \"" + type_name(in, b) + "\") to " + n);
      }
      break;
    case BinOpKind::Mult: {
      const Value* seq = nullptr;
      const Value* count = nullptr;
      if (b.is_intlike() && a.is_obj()) { seq = &a; count = &b; }
      else if (a.is_intlike() && b.is_obj()) { seq = &b; count = &a; }
      if (seq) {
        std::int64_t n = count->as_int();
        Kind k = seq->obj()->kind;
        if (k == Kind::Str) {
          const std::string& s = str_of(*seq);
          if (n > 0 && !s.empty()) {
            std::uint64_t total;
            if (__builtin_mul_overflow(static_cast<std::uint64_t>(s.size()), static_cast<std::uint64_t>(n), &total) ||
                total > (std::uint64_t{1} << 40)) {
              raise_no_args(in, Exc::MemoryError);
            }
            check_alloc(in, total);
          }
          // The size was checked above; on wasm32 a size_t cannot hold 1 << 40.
          return make_str(in, check(in, text::str_repeat(s, n, std::numeric_limits<std::size_t>::max())));
        }
        if (k == Kind::List) {
          if (inplace && seq == &a) {
            auto items = repeat(in, a.as<List>()->items, n);
            in.heap.charge(a.obj(), items.size() * sizeof(Value));
            a.as<List>()->items = std::move(items);
            return a;
          }
          return make_list(in, repeat(in, seq->as<List>()->items, n));
        }
        if (k == Kind::Tuple) return make_tuple(in, repeat(in, seq->as<Tuple>()->items, n));
      }
      bool seq_a = ka == Kind::Str || ka == Kind::List || ka == Kind::Tuple;
      bool seq_b = kb == Kind::Str || kb == Kind::List || kb == Kind::Tuple;
      if ((seq_a && a_builtin && !b.is_obj()) || (seq_a && b.is_obj() && b.obj()->type->has(TypeFlag::Builtin)) ||
          (seq_b && !a.is_obj() && !a.is_intlike())) {
        if (seq_a && !lookup_special(in, b, "__rmul__").is_obj())
          raise(in, Exc::TypeError, "can't multiply sequence by non-int of type '" + type_name(in, b) + "'");
        if (seq_b && !seq_a) raise(in, Exc::TypeError, "can't multiply sequence by non-int of type '" + type_name(in, a) + "'");
      }
      break;
    }
    case BinOpKind::Mod:
      if (ka == Kind::Str) return percent_format(in, str_of(a), b);
      break;
    case BinOpKind::BitOr:
    case BinOpKind::BitAnd:
    case BinOpKind::Sub:
    case BinOpKind::BitXor:
      if (is_set(a) && is_set(b)) return set_op(in, op, a, b, inplace && ka == Kind::Set);
      if ((ka == Kind::DictView && (kb == Kind::DictView || is_set(b))) || (kb == Kind::DictView && is_set(a))) {
        auto as_set = [&](const Value& v) {
          if (is_set(v)) return v;
          Value s = make_set(in);
          for (Value& x : to_vector(in, v)) {
            std::int64_t h = hash_value(in, x);
            s.as<Set>()->table.set(in, x, h, Value());
          }
          return s;
        };
        return set_op(in, op, as_set(a), as_set(b), false);
      }
      if (op == BinOpKind::BitOr && ka == Kind::Dict && kb == Kind::Dict) {
        Value result = inplace ? a : make_dict(in);
        if (!inplace) for (auto& e : std::vector<HashEntry>(a.as<Dict>()->table.entries())) if (!e.key.is_null()) dict_set(in, result, e.key, e.value);
        for (auto& e : std::vector<HashEntry>(b.as<Dict>()->table.entries())) if (!e.key.is_null()) dict_set(in, result, e.key, e.value);
        return result;
      }
      break;
    default: break;
  }
  return Value();
}

}  // namespace

const char* binop_symbol(BinOpKind op) {
  switch (op) {
    case BinOpKind::Add: return "+";
    case BinOpKind::Sub: return "-";
    case BinOpKind::Mult: return "*";
    case BinOpKind::MatMult: return "@";
    case BinOpKind::Div: return "/";
    case BinOpKind::FloorDiv: return "//";
    case BinOpKind::Mod: return "%";
    case BinOpKind::Pow: return "**";
    case BinOpKind::LShift: return "<<";
    case BinOpKind::RShift: return ">>";
    case BinOpKind::BitOr: return "|";
    case BinOpKind::BitXor: return "^";
    case BinOpKind::BitAnd: return "&";
  }
  return "?";
}

Value binary_op(Interp& in, BinOpKind op, const Value& a, const Value& b, bool inplace) {
  if (a.is_int() && b.is_int()) {
    std::int64_t x = a.as_int(), y = b.as_int(), r;
    switch (op) {
      case BinOpKind::Add:
        if (!__builtin_add_overflow(x, y, &r)) return Value::integer(r);
        break;
      case BinOpKind::Sub:
        if (!__builtin_sub_overflow(x, y, &r)) return Value::integer(r);
        break;
      case BinOpKind::Mult:
        if (!__builtin_mul_overflow(x, y, &r)) return Value::integer(r);
        break;
      default: break;
    }
  }
  bool ua = a.is_obj() && a.obj()->kind == Kind::Instance && !a.obj()->type->has(TypeFlag::Builtin);
  bool ub = b.is_obj() && b.obj()->kind == Kind::Instance && !b.obj()->type->has(TypeFlag::Builtin);
  if (ua || ub) {
    std::string base = dunder_name(op);
    if (inplace && ua) {
      Value f = lookup_type(a.obj()->type, "__i" + base + "__");
      if (!f.is_null()) {
        Value r = call2(in, f, a, b);
        if (!r.same(in.notimplemented)) return r;
      }
    }
    bool reflect_first = ub && ua && type_of(in, a) != type_of(in, b) && is_subtype(type_of(in, b), type_of(in, a));
    Value rf = ub ? lookup_type(b.obj()->type, "__r" + base + "__") : Value();
    if (reflect_first && !rf.is_null()) {
      Value r = call2(in, rf, b, a);
      if (!r.same(in.notimplemented)) return r;
    }
    if (ua) {
      Value f = lookup_type(a.obj()->type, "__" + base + "__");
      if (!f.is_null()) {
        Value r = call2(in, f, a, b);
        if (!r.same(in.notimplemented)) return r;
      }
    } else {
      Value r = builtin_binary(in, op, a, b, inplace);
      if (!r.is_null()) return r;
    }
    if (!reflect_first && !rf.is_null() && !(ua && ub && type_of(in, a) == type_of(in, b))) {
      Value r = call2(in, rf, b, a);
      if (!r.same(in.notimplemented)) return r;
    }
  } else {
    Value r = builtin_binary(in, op, a, b, inplace);
    if (!r.is_null()) return r;
  }
  std::string sym = binop_symbol(op);
  if (op == BinOpKind::Pow && !inplace) sym = "** or pow()";
  if (inplace) sym += "=";
  raise(in, Exc::TypeError, "unsupported operand type(s) for " + sym + ": '" + type_name(in, a) + "' and '" + type_name(in, b) + "'");
}

Value unary_op(Interp& in, ast::UnaryOpKind op, const Value& v) {
  using ast::UnaryOpKind;
  if (op == UnaryOpKind::Not) return Value::boolean(!truthy(in, v));
  if (v.is_intlike()) {
    std::int64_t x = v.as_int();
    switch (op) {
      case UnaryOpKind::USub: {
        auto r = text::checked_neg(x);
        if (!r) overflow(in);
        return Value::integer(*r);
      }
      case UnaryOpKind::UAdd: return Value::integer(x);
      case UnaryOpKind::Invert: return Value::integer(~x);
      default: break;
    }
  }
  if (v.is_float()) {
    if (op == UnaryOpKind::USub) return Value::floating(-v.as_float());
    if (op == UnaryOpKind::UAdd) return v;
  }
  const char* name = op == UnaryOpKind::USub ? "__neg__" : op == UnaryOpKind::UAdd ? "__pos__" : "__invert__";
  Value f = lookup_special(in, v, name);
  if (!f.is_null()) return call1(in, f, v);
  const char* sym = op == UnaryOpKind::USub ? "-" : op == UnaryOpKind::UAdd ? "+" : "~";
  raise(in, Exc::TypeError, std::string("bad operand type for unary ") + sym + ": '" + type_name(in, v) + "'");
}

bool contains(Interp& in, const Value& c, const Value& item) {
  if (c.is_obj()) {
    Object* o = c.obj();
    switch (o->kind) {
      case Kind::Str:
        if (!is_str(item)) raise(in, Exc::TypeError, "'in <string>' requires string as left operand, not " + type_name(in, item));
        return text::str_contains(str_of(c), str_of(item));
      case Kind::List:
      case Kind::Tuple: {
        const auto& items = o->kind == Kind::List ? static_cast<List*>(o)->items : static_cast<Tuple*>(o)->items;
        for (std::size_t i = 0; i < items.size(); ++i) {
          Value x = items[i];
          if (x.same(item) || equals(in, x, item)) return true;
        }
        return false;
      }
      case Kind::Dict: return static_cast<Dict*>(o)->table.find(in, item, hash_value(in, item)) >= 0;
      case Kind::Set:
      case Kind::FrozenSet: {
        if (is_kind(item, Kind::Set)) {
          Value fs = make_set(in, true);
          for (auto& e : item.as<Set>()->table.entries()) if (!e.key.is_null()) fs.as<Set>()->table.set(in, e.key, e.hash, Value());
          return static_cast<Set*>(o)->table.find(in, fs, hash_value(in, fs)) >= 0;
        }
        return static_cast<Set*>(o)->table.find(in, item, hash_value(in, item)) >= 0;
      }
      case Kind::Range: {
        auto* r = static_cast<Range*>(o);
        if (!item.is_intlike()) {
          if (item.is_float()) {
            double d = item.as_float();
            if (d != std::floor(d)) return false;
            return contains(in, c, Value::integer(static_cast<std::int64_t>(d)));
          }
          break;
        }
        std::int64_t x = item.as_int();
        if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return false;
        return (x - r->start) % r->step == 0;
      }
      case Kind::DictView: {
        auto* dv = static_cast<DictView*>(o);
        if (dv->view == ViewKind::Keys) return contains(in, dv->dict, item);
        if (dv->view == ViewKind::Items) {
          if (!is_kind(item, Kind::Tuple) || item.as<Tuple>()->items.size() != 2) return false;
          Value v = dict_get(in, dv->dict, item.as<Tuple>()->items[0]);
          return !v.is_null() && equals(in, v, item.as<Tuple>()->items[1]);
        }
        break;
      }
      case Kind::Instance: {
        Value f = lookup_type(o->type, "__contains__");
        if (!f.is_null()) return truthy(in, call2(in, f, c, item));
        if (lookup_type(o->type, "__iter__").is_null() && lookup_type(o->type, "__getitem__").is_null()) {
          raise(in, Exc::TypeError, "argument of type '" + o->type->name + "' is not iterable");
        }
        break;
      }
      default: break;
    }
  } else {
    raise(in, Exc::TypeError, "argument of type '" + type_name(in, c) + "' is not iterable");
  }
  Value it = get_iter(in, c);
  for (;;) {
    Value x = iter_next(in, it);
    if (x.is_null()) return false;
    if (x.same(item) || equals(in, x, item)) return true;
  }
}

}  // namespace scopeplay::runtime
