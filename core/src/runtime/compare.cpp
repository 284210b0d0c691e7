// Equality and ordering, with the rich-comparison protocol for instances.
#include "runtime/ops.h"

namespace scopeplay::runtime {
namespace {

using ast::CmpOpKind;

const char* op_symbol(CmpOpKind op) {
  switch (op) {
    case CmpOpKind::Eq: return "==";
    case CmpOpKind::NotEq: return "!=";
    case CmpOpKind::Lt: return "<";
    case CmpOpKind::LtE: return "<=";
    case CmpOpKind::Gt: return ">";
    case CmpOpKind::GtE: return ">=";
    default: return "?";
  }
}

const char* dunder(CmpOpKind op) {
  switch (op) {
    case CmpOpKind::Eq: return "__eq__";
    case CmpOpKind::NotEq: return "__ne__";
    case CmpOpKind::Lt: return "__lt__";
    case CmpOpKind::LtE: return "__le__";
    case CmpOpKind::Gt: return "__gt__";
    case CmpOpKind::GtE: return "__ge__";
    default: return "";
  }
}

CmpOpKind swapped(CmpOpKind op) {
  switch (op) {
    case CmpOpKind::Lt: return CmpOpKind::Gt;
    case CmpOpKind::LtE: return CmpOpKind::GtE;
    case CmpOpKind::Gt: return CmpOpKind::Lt;
    case CmpOpKind::GtE: return CmpOpKind::LtE;
    default: return op;
  }
}

template <class T>
bool ordered(CmpOpKind op, const T& a, const T& b) {
  switch (op) {
    case CmpOpKind::Eq: return a == b;
    case CmpOpKind::NotEq: return a != b;
    case CmpOpKind::Lt: return a < b;
    case CmpOpKind::LtE: return a <= b;
    case CmpOpKind::Gt: return a > b;
    case CmpOpKind::GtE: return a >= b;
    default: return false;
  }
}

// Compares ints and floats exactly (no precision loss for big int64).
bool number_compare(CmpOpKind op, const Value& a, const Value& b) {
  if (!a.is_float() && !b.is_float()) return ordered(op, a.as_int(), b.as_int());
  if (a.is_float() && b.is_float()) return ordered(op, a.as_float(), b.as_float());
  double x = a.to_double(), y = b.to_double();
  if (x != y) return ordered(op, x, y);
  // Equal as doubles: decide exactly through long double / integer comparison.
  if (!a.is_float()) {
    double f = b.as_float();
    if (f >= 9.2233720368547758e18) return ordered(op, 0, 1);
    if (f < -9.2233720368547758e18) return ordered(op, 1, 0);
    auto fi = static_cast<std::int64_t>(f);
    return ordered(op, a.as_int(), fi);
  }
  double f = a.as_float();
  if (f >= 9.2233720368547758e18) return ordered(op, 1, 0);
  if (f < -9.2233720368547758e18) return ordered(op, 0, 1);
  return ordered(op, static_cast<std::int64_t>(f), b.as_int());
}

bool seq_compare(Interp& in, CmpOpKind op, const std::vector<Value>& x, const std::vector<Value>& y) {
  DepthGuard d(in, " in comparison");
  std::size_t n = std::min(x.size(), y.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (i >= x.size() || i >= y.size()) break;
    Value a = x[i], b = y[i];
    if (a.same(b)) continue;
    if (!equals(in, a, b)) {
      if (op == CmpOpKind::Eq) return false;
      if (op == CmpOpKind::NotEq) return true;
      return truthy(in, compare(in, op, a, b));
    }
  }
  return ordered(op, x.size(), y.size());
}

bool set_subset(Interp& in, Set* a, Set* b) {
  if (a->table.size() > b->table.size()) return false;
  for (auto& e : a->table.entries()) {
    if (e.key.is_null()) continue;
    if (b->table.find(in, e.key, e.hash) < 0) return false;
  }
  return true;
}

bool is_user_instance(const Value& v) { return v.is_obj() && v.obj()->kind == Kind::Instance; }

// The user's dunder, skipping object's defaults.
Value user_dunder(const Value& v, const char* name) {
  if (!is_user_instance(v)) return Value();
  Value f = lookup_type(v.obj()->type, name);
  if (is_kind(f, Kind::Builtin) && f.as<Builtin>()->owner == "object") return Value();
  return f;
}

// Builtin comparison, or null if the types do not support `op`.
Value builtin_compare(Interp& in, CmpOpKind op, const Value& a, const Value& b) {
  if (a.is_number() && b.is_number()) return Value::boolean(number_compare(op, a, b));
  if (a.is_obj() && b.is_obj()) {
    Kind ka = a.obj()->kind, kb = b.obj()->kind;
    if (ka == Kind::Str && kb == Kind::Str) return Value::boolean(ordered(op, str_of(a), str_of(b)));
    if (ka == kb && (ka == Kind::List || ka == Kind::Tuple)) {
      Value keep_a = a, keep_b = b;
      const auto& x = ka == Kind::List ? a.as<List>()->items : a.as<Tuple>()->items;
      const auto& y = ka == Kind::List ? b.as<List>()->items : b.as<Tuple>()->items;
      if (ka == Kind::List) {
        std::vector<Value> cx = x, cy = y;
        return Value::boolean(seq_compare(in, op, cx, cy));
      }
      return Value::boolean(seq_compare(in, op, x, y));
    }
    bool sa = ka == Kind::Set || ka == Kind::FrozenSet, sb = kb == Kind::Set || kb == Kind::FrozenSet;
    if (sa && sb) {
      Set* x = a.as<Set>();
      Set* y = b.as<Set>();
      switch (op) {
        case CmpOpKind::Eq: return Value::boolean(x->table.size() == y->table.size() && set_subset(in, x, y));
        case CmpOpKind::NotEq: return Value::boolean(!(x->table.size() == y->table.size() && set_subset(in, x, y)));
        case CmpOpKind::LtE: return Value::boolean(set_subset(in, x, y));
        case CmpOpKind::Lt: return Value::boolean(x->table.size() < y->table.size() && set_subset(in, x, y));
        case CmpOpKind::GtE: return Value::boolean(set_subset(in, y, x));
        case CmpOpKind::Gt: return Value::boolean(y->table.size() < x->table.size() && set_subset(in, y, x));
        default: break;
      }
    }
    if (op == CmpOpKind::Eq || op == CmpOpKind::NotEq) {
      bool eq = false;
      bool decided = true;
      if (ka == Kind::Dict && kb == Kind::Dict) {
        Dict* x = a.as<Dict>();
        Dict* y = b.as<Dict>();
        eq = x->table.size() == y->table.size();
        if (eq) {
          DepthGuard d(in, " in comparison");
          std::vector<HashEntry> entries = x->table.entries();
          for (auto& e : entries) {
            if (e.key.is_null()) continue;
            std::int64_t ix = y->table.find(in, e.key, e.hash);
            if (ix < 0) { eq = false; break; }
            Value other = y->table.entries()[static_cast<std::size_t>(ix)].value;
            if (!e.value.same(other) && !equals(in, e.value, other)) { eq = false; break; }
          }
        }
      } else if (ka == Kind::Range && kb == Kind::Range) {
        Range* x = a.as<Range>();
        Range* y = b.as<Range>();
        std::int64_t lx = x->length(), ly = y->length();
        eq = lx == ly && (lx == 0 || (x->start == y->start && (lx == 1 || x->step == y->step)));
      } else if (ka == Kind::DictView && kb == Kind::DictView) {
        Value sx = make_set(in), sy = make_set(in);
        (void)sx;
        (void)sy;
        std::vector<Value> vx = to_vector(in, a), vy = to_vector(in, b);
        eq = vx.size() == vy.size();
        for (std::size_t i = 0; eq && i < vx.size(); ++i) {
          bool found = false;
          for (auto& w : vy) if (equals(in, vx[i], w)) { found = true; break; }
          eq = found;
        }
      } else if (ka == Kind::BoundMethod && kb == Kind::BoundMethod) {
        eq = a.as<BoundMethod>()->self.same(b.as<BoundMethod>()->self) && a.as<BoundMethod>()->func.same(b.as<BoundMethod>()->func);
      } else {
        decided = false;
      }
      if (decided) return Value::boolean(op == CmpOpKind::Eq ? eq : !eq);
    }
  }
  return Value();
}

}  // namespace

Value compare(Interp& in, CmpOpKind op, const Value& a, const Value& b) {
  bool ua = is_user_instance(a), ub = is_user_instance(b);
  if (!ua && !ub) {
    Value r = builtin_compare(in, op, a, b);
    if (!r.is_null()) return r;
  } else {
    DepthGuard d(in, " in comparison");
    const char* name = dunder(op);
    const char* rname = dunder(swapped(op));
    bool reflect_first = ub && !ua ? false : (ub && type_of(in, b) != type_of(in, a) && is_subtype(type_of(in, b), type_of(in, a)));
    if (reflect_first) {
      Value f = user_dunder(b, rname);
      if (!f.is_null()) {
        Value r = call2(in, f, b, a);
        if (!r.same(in.notimplemented)) return r;
      }
    }
    Value f = user_dunder(a, name);
    if (!f.is_null()) {
      Value r = call2(in, f, a, b);
      if (!r.same(in.notimplemented)) return r;
    } else if (op == CmpOpKind::NotEq && ua) {
      Value eqf = user_dunder(a, "__eq__");
      if (!eqf.is_null()) {
        Value r = call2(in, eqf, a, b);
        if (!r.same(in.notimplemented)) return Value::boolean(!truthy(in, r));
      }
    }
    if (!reflect_first) {
      Value g = user_dunder(b, rname);
      if (!g.is_null()) {
        Value r = call2(in, g, b, a);
        if (!r.same(in.notimplemented)) return r;
      } else if (op == CmpOpKind::NotEq && ub) {
        Value eqf = user_dunder(b, "__eq__");
        if (!eqf.is_null()) {
          Value r = call2(in, eqf, b, a);
          if (!r.same(in.notimplemented)) return Value::boolean(!truthy(in, r));
        }
      }
    }
    // Native-typed instances may still compare builtin-wise (e.g. exceptions by identity).
  }
  if (op == CmpOpKind::Eq) return Value::boolean(a.same(b));
  if (op == CmpOpKind::NotEq) return Value::boolean(!a.same(b));
  raise(in, Exc::TypeError, std::string("'") + op_symbol(op) + "' not supported between instances of '" +
                                type_name(in, a) + "' and '" + type_name(in, b) + "'");
}

bool equals(Interp& in, const Value& a, const Value& b) {
  if (a.is_intlike() && b.is_intlike()) return a.as_int() == b.as_int();
  if (is_str(a) && is_str(b)) return a.same(b) || str_of(a) == str_of(b);
  return truthy(in, compare(in, CmpOpKind::Eq, a, b));
}

bool less_than(Interp& in, const Value& a, const Value& b) {
  if (a.is_intlike() && b.is_intlike()) return a.as_int() < b.as_int();
  if (is_str(a) && is_str(b)) return str_of(a) < str_of(b);
  return truthy(in, compare(in, CmpOpKind::Lt, a, b));
}

std::int64_t to_index(Interp& in, const Value& v, std::string_view what) {
  if (v.is_intlike()) return v.as_int();
  Value f = lookup_special(in, v, "__index__");
  if (!f.is_null()) {
    Value r = call1(in, f, v);
    if (r.is_intlike()) return r.as_int();
    raise(in, Exc::TypeError, "__index__ returned non-int (type " + type_name(in, r) + ")");
  }
  std::string msg(what);
  std::size_t pos = msg.find("%T");
  if (pos != std::string::npos) msg.replace(pos, 2, type_name(in, v));
  raise(in, Exc::TypeError, msg);
}

double to_double(Interp& in, const Value& v) {
  if (v.is_number()) return v.to_double();
  Value f = lookup_special(in, v, "__float__");
  if (!f.is_null()) {
    Value r = call1(in, f, v);
    if (r.is_float()) return r.as_float();
  }
  raise(in, Exc::TypeError, "must be real number, not " + type_name(in, v));
}

}  // namespace scopeplay::runtime
