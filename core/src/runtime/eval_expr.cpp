// Expression evaluation.
#include "runtime/eval.h"
#include "text/str_repr.h"

namespace scopeplay::runtime {
namespace {

using namespace ast;

[[noreturn]] void unbound_local(Interp& in, const std::string& name) {
  Value e = make_exception(in, in.exc_type(Exc::UnboundLocalError),
                           {make_str(in, "cannot access local variable '" + name + "' where it is not associated with a value")});
  throw_exception(in, std::move(e));
}

[[noreturn]] void unbound_free(Interp& in, const std::string& name) {
  Value e = make_exception(in, in.exc_type(Exc::NameError),
                           {make_str(in, "cannot access free variable '" + name +
                                             "' where it is not associated with a value in enclosing scope")});
  exc_data(e).name = make_str(in, name);
  throw_exception(in, std::move(e));
}

[[gnu::noinline]] Value global_lookup(Interp& in, Frame& f, const Name* n) {
  const Value& key = in.name_at(n->slot);
  const Str* k = key.as<Str>();
  std::int64_t ix = f.globals->table.find_str(k->s, k->hash);
  if (ix >= 0) return f.globals->table.entries()[static_cast<std::size_t>(ix)].value;
  const HashTable& b = in.builtins.as<Dict>()->table;
  ix = b.find_str(k->s, k->hash);
  if (ix >= 0) return b.entries()[static_cast<std::size_t>(ix)].value;
  f.expr = n;
  raise_name_error(in, n->id);
}

[[gnu::noinline]] Value constant(Interp& in, const Constant* c) {
  switch (c->value_kind) {
    case ConstantKind::None: return Value::none();
    case ConstantKind::True: return Value::boolean(true);
    case ConstantKind::False: return Value::boolean(false);
    case ConstantKind::Ellipsis: return in.ellipsis;
    case ConstantKind::Int: return Value::integer(c->int_value);
    case ConstantKind::Float: return Value::floating(c->float_value);
    case ConstantKind::Str: {
      auto it = in.constants.find(c);
      if (it != in.constants.end()) return it->second;
      Value v = make_str(in, c->text);
      in.constants.emplace(c, v);
      return v;
    }
    case ConstantKind::BigInt:
      raise(in, Exc::OverflowError, "integer literal too large (scopeplay ints are 64-bit)");
    case ConstantKind::Imaginary:
      raise(in, Exc::NotImplementedError, "complex numbers are not supported in scopeplay");
    case ConstantKind::Bytes:
      raise(in, Exc::NotImplementedError, "bytes are not supported in scopeplay");
  }
  return Value::none();
}

[[gnu::noinline]] std::string formatted(Interp& in, Frame& f, const FormattedValue* fv) {
  Value v = eval(in, f, fv->value.get());
  std::string spec;
  if (fv->format_spec) {
    auto* js = static_cast<const JoinedStr*>(fv->format_spec.get());
    for (auto& part : js->values) {
      if (part->kind == ExprKind::Constant) spec += static_cast<const Constant*>(part.get())->text;
      else spec += formatted(in, f, static_cast<const FormattedValue*>(part.get()));
    }
  }
  char conv = fv->conversion;
  if (conv == 0 && !fv->debug_text.empty() && spec.empty()) conv = 'r';
  std::string out = fv->debug_text;
  f.expr = fv->value.get();
  if (conv == 'r' || conv == 'a' || conv == 's') {
    std::string text = conv == 's' ? to_str(in, v) : repr(in, v);
    if (conv == 'a') text = text::ascii_escape(text);
    out += format_value(in, make_str(in, std::move(text)), spec);
  } else {
    out += format_value(in, v, spec);
  }
  return out;
}

[[gnu::noinline]] Value eval_joined(Interp& in, Frame& f, const JoinedStr* js) {
  std::string out;
  for (auto& part : js->values) {
    if (part->kind == ExprKind::Constant) out += static_cast<const Constant*>(part.get())->text;
    else out += formatted(in, f, static_cast<const FormattedValue*>(part.get()));
  }
  return make_str(in, std::move(out));
}

[[gnu::noinline]] Value eval_compare(Interp& in, Frame& f, const Compare* c) {
  Value left = eval(in, f, c->left.get());
  for (std::size_t i = 0; i < c->ops.size(); ++i) {
    Value right = eval(in, f, c->comparators[i].get());
    f.expr = c;
    bool r;
    switch (c->ops[i]) {
      case CmpOpKind::Is: r = left.same(right); break;
      case CmpOpKind::IsNot: r = !left.same(right); break;
      case CmpOpKind::In: r = contains(in, right, left); break;
      case CmpOpKind::NotIn: r = !contains(in, right, left); break;
      case CmpOpKind::Eq:
      case CmpOpKind::NotEq:
      case CmpOpKind::Lt:
      case CmpOpKind::LtE:
      case CmpOpKind::Gt:
      case CmpOpKind::GtE: {
        if (left.is_int() && right.is_int()) {
          std::int64_t a = left.as_int(), b = right.as_int();
          switch (c->ops[i]) {
            case CmpOpKind::Eq: r = a == b; break;
            case CmpOpKind::NotEq: r = a != b; break;
            case CmpOpKind::Lt: r = a < b; break;
            case CmpOpKind::LtE: r = a <= b; break;
            case CmpOpKind::Gt: r = a > b; break;
            default: r = a >= b; break;
          }
          break;
        }
        Value res = compare(in, c->ops[i], left, right);
        if (c->ops.size() == 1) return res;
        r = truthy(in, res);
        break;
      }
    }
    if (!r) return Value::boolean(false);
    left = std::move(right);
  }
  return Value::boolean(true);
}

[[gnu::noinline]] void unpack_into(Interp& in, const Value& v, std::vector<Value>& out, const char* ctx) {
  (void)ctx;
  if (is_kind(v, Kind::List) || is_kind(v, Kind::Tuple)) {
    const auto& items = is_kind(v, Kind::List) ? v.as<List>()->items : v.as<Tuple>()->items;
    out.insert(out.end(), items.begin(), items.end());
    return;
  }
  Value it = get_iter(in, v);
  for (;;) {
    Value x = iter_next(in, it);
    if (x.is_null()) break;
    out.push_back(std::move(x));
  }
}

[[gnu::noinline]] std::vector<Value> eval_elts(Interp& in, Frame& f, const std::vector<ExprPtr>& elts) {
  std::vector<Value> items;
  items.reserve(elts.size());
  for (auto& e : elts) {
    if (e->kind == ExprKind::Starred) {
      Value v = eval(in, f, static_cast<const Starred*>(e.get())->value.get());
      f.expr = e.get();
      if (!is_kind(v, Kind::List) && !is_kind(v, Kind::Tuple)) {
        bool iterable = v.is_obj() && v.obj()->kind != Kind::Instance ? true : false;
        if (!iterable && !lookup_special(in, v, "__iter__").is_obj() && !lookup_special(in, v, "__getitem__").is_obj()) {
          raise(in, Exc::TypeError, "Value after * must be an iterable, not " + type_name(in, v));
        }
      }
      unpack_into(in, v, items, "");
    } else {
      items.push_back(eval(in, f, e.get()));
    }
  }
  return items;
}

[[gnu::noinline]] Value eval_dict(Interp& in, Frame& f, const ast::Dict* d) {
  Value out = make_dict(in);
  for (std::size_t i = 0; i < d->keys.size(); ++i) {
    if (!d->keys[i]) {
      Value m = eval(in, f, d->values[i].get());
      f.expr = d->values[i].get();
      if (is_kind(m, Kind::Dict)) {
        std::vector<HashEntry> entries = m.as<runtime::Dict>()->table.entries();
        for (auto& e : entries) if (!e.key.is_null()) dict_set(in, out, e.key, e.value);
      } else {
        Value keys_fn = get_attr_opt(in, m, in.intern("keys"));
        if (keys_fn.is_null()) raise(in, Exc::TypeError, "'" + type_name(in, m) + "' object is not a mapping");
        for (Value& k : to_vector(in, call0(in, keys_fn))) dict_set(in, out, k, get_item(in, m, k));
      }
      continue;
    }
    Value k = eval(in, f, d->keys[i].get());
    Value v = eval(in, f, d->values[i].get());
    f.expr = d;
    dict_set(in, out, std::move(k), std::move(v));
  }
  return out;
}

[[gnu::noinline]] void push_starred(Interp& in, Frame& f, const Call* c, const Value& callee, const Expr* arg, ArgBuf& buf) {
  Value v = eval(in, f, static_cast<const Starred*>(arg)->value.get());
  if (!is_kind(v, Kind::List) && !is_kind(v, Kind::Tuple)) {
    bool ok = v.is_obj() && (v.obj()->kind == Kind::Str || v.obj()->kind == Kind::Dict || v.obj()->kind == Kind::Set ||
                             v.obj()->kind == Kind::FrozenSet || v.obj()->kind == Kind::Range || v.obj()->kind == Kind::Iterator ||
                             v.obj()->kind == Kind::Generator || v.obj()->kind == Kind::DictView ||
                             !lookup_special(in, v, "__iter__").is_null() || !lookup_special(in, v, "__getitem__").is_null());
    if (!ok) {
      f.expr = c;
      raise(in, Exc::TypeError, callable_name(in, callee) + "() argument after * must be an iterable, not " + type_name(in, v));
    }
  }
  unpack_into(in, v, buf.positional(), "");
}

[[gnu::noinline]] void push_double_starred(Interp& in, Frame& f, const Call* c, const Value& callee, const Expr* arg, ArgBuf& buf) {
  Value m = eval(in, f, arg);
  f.expr = c;
  std::vector<std::pair<Value, Value>> pairs;
  if (is_kind(m, Kind::Dict)) {
    for (auto& e : m.as<runtime::Dict>()->table.entries()) if (!e.key.is_null()) pairs.emplace_back(e.key, e.value);
  } else {
    Value keys_fn = get_attr_opt(in, m, in.intern("keys"));
    if (keys_fn.is_null()) {
      raise(in, Exc::TypeError, callable_name(in, callee) + "() argument after ** must be a mapping, not " + type_name(in, m));
    }
    for (Value& k : to_vector(in, call0(in, keys_fn))) pairs.emplace_back(k, get_item(in, m, k));
  }
  for (auto& [k, v] : pairs) {
    if (!is_str(k)) raise(in, Exc::TypeError, "keywords must be strings");
    for (auto& existing : buf.kwnames()) {
      if (str_of(existing) == str_of(k)) {
        raise(in, Exc::TypeError, callable_name(in, callee) + "() got multiple values for keyword argument '" + str_of(k) + "'");
      }
    }
    buf.push_kw(k, v);
  }
}

[[gnu::noinline]] Value eval_method_target(Interp& in, Frame& f, const Attribute* a, ArgBuf& buf) {
  Value obj = eval(in, f, a->value.get());
  f.expr = a;
  bool self_needed = false;
  Value callee = get_method(in, obj, attr_name(in, a), self_needed);
  if (self_needed) buf.push(std::move(obj));
  return callee;
}

[[gnu::noinline]] Value eval_call(Interp& in, Frame& f, const Call* c) {
  ArgBuf buf;
  Value callee = c->func->kind == ExprKind::Attribute
                     ? eval_method_target(in, f, static_cast<const Attribute*>(c->func.get()), buf)
                     : eval(in, f, c->func.get());
  for (auto& arg : c->args) {
    if (arg->kind == ExprKind::Starred) push_starred(in, f, c, callee, arg.get(), buf);
    else buf.push(eval(in, f, arg.get()));
  }
  for (auto& kw : c->keywords) {
    if (kw.arg) buf.push_kw(kw.slot >= 0 ? in.name_at(kw.slot) : in.intern(*kw.arg), eval(in, f, kw.value.get()));
    else push_double_starred(in, f, c, callee, kw.value.get(), buf);
  }
  f.expr = c;
  Args args = buf.args();
  return call(in, callee, args);
}

}  // namespace

Value load_name(Interp& in, Frame& f, const Name* n) {
  switch (n->scope) {
    case NameScope::Local: {
      const Value& v = f.slots[n->slot];
      if (v.is_null()) {
        f.expr = n;
        unbound_local(in, n->id);
      }
      return v;
    }
    case NameScope::Cell:
    case NameScope::Free: {
      const Value& c = f.slots[n->slot].as<Cell>()->value;
      if (c.is_null()) {
        f.expr = n;
        if (n->scope == NameScope::Cell) unbound_local(in, n->id);
        unbound_free(in, n->id);
      }
      return c;
    }
    case NameScope::ClassBody: {
      const Value& key = in.name_at(n->slot);
      std::int64_t ix = f.ns->table.find_str(str_of(key), key.as<Str>()->hash);
      if (ix >= 0) return f.ns->table.entries()[static_cast<std::size_t>(ix)].value;
      return global_lookup(in, f, n);
    }
    case NameScope::Global:
    case NameScope::GlobalImplicit:
    case NameScope::Unresolved:
      if (f.ns && f.ns != f.globals && n->scope == NameScope::GlobalImplicit) {
        const Value& key = in.name_at(n->slot);
        std::int64_t ix = f.ns->table.find_str(str_of(key), key.as<Str>()->hash);
        if (ix >= 0) return f.ns->table.entries()[static_cast<std::size_t>(ix)].value;
      }
      return global_lookup(in, f, n);
  }
  return Value();
}

void store_name(Interp& in, Frame& f, const Name* n, Value v) {
  switch (n->scope) {
    case NameScope::Local: f.slots[n->slot] = std::move(v); return;
    case NameScope::Cell:
    case NameScope::Free: f.slots[n->slot].as<Cell>()->value = std::move(v); return;
    case NameScope::ClassBody:
      dict_set(in, Value(static_cast<Object*>(f.ns)), in.name_at(n->slot), std::move(v));
      return;
    case NameScope::Global:
    case NameScope::GlobalImplicit:
    case NameScope::Unresolved: {
      Dict* target = (n->scope == NameScope::GlobalImplicit && f.ns) ? f.ns : f.globals;
      dict_set(in, Value(static_cast<Object*>(target)), in.name_at(n->slot), std::move(v));
      return;
    }
  }
}

namespace {

Value apply_binop(Interp& in, Frame& f, const BinOp* b, Value l, Value r);

// A left-nested chain longer than this (a + b + c + ...) is evaluated in one
// frame: recursion takes two frames per term, and a few thousand terms are
// more than a browser worker's stack holds.
constexpr int kChainInFrame = 16;

[[gnu::noinline]] Value eval_binop_chain(Interp& in, Frame& f, const BinOp* b) {
  std::vector<const BinOp*> spine{b};
  while (spine.back()->left->kind == ExprKind::BinOp) spine.push_back(static_cast<const BinOp*>(spine.back()->left.get()));
  Value acc = eval(in, f, spine.back()->left.get());
  for (auto it = spine.rbegin(); it != spine.rend(); ++it) {
    Value r = eval(in, f, (*it)->right.get());
    acc = apply_binop(in, f, *it, std::move(acc), std::move(r));
  }
  return acc;
}

[[gnu::noinline]] Value eval_binop(Interp& in, Frame& f, const BinOp* b) {
  const Expr* left = b->left.get();
  for (int n = 0; left->kind == ExprKind::BinOp; ++n) {
    if (n == kChainInFrame) return eval_binop_chain(in, f, b);
    left = static_cast<const BinOp*>(left)->left.get();
  }
  Value l = eval(in, f, b->left.get());
  Value r = eval(in, f, b->right.get());
  return apply_binop(in, f, b, std::move(l), std::move(r));
}

Value apply_binop(Interp& in, Frame& f, const BinOp* b, Value l, Value r) {
  if (l.is_int() && r.is_int()) {
    std::int64_t x = l.as_int(), y = r.as_int(), z;
    switch (b->op) {
      case BinOpKind::Add:
        if (!__builtin_add_overflow(x, y, &z)) return Value::integer(z);
        break;
      case BinOpKind::Sub:
        if (!__builtin_sub_overflow(x, y, &z)) return Value::integer(z);
        break;
      case BinOpKind::Mult:
        if (!__builtin_mul_overflow(x, y, &z)) return Value::integer(z);
        break;
      default: break;
    }
  }
  f.expr = b;
  return binary_op(in, b->op, l, r);
}

[[gnu::noinline]] Value eval_unary(Interp& in, Frame& f, const UnaryOp* u) {
  Value v = eval(in, f, u->operand.get());
  f.expr = u;
  return unary_op(in, u->op, v);
}

[[gnu::noinline]] Value eval_boolop(Interp& in, Frame& f, const BoolOp* b) {
  Value v;
  for (std::size_t i = 0; i < b->values.size(); ++i) {
    v = eval(in, f, b->values[i].get());
    if (i + 1 == b->values.size()) break;
    bool t = truthy(in, v);
    if (b->op == BoolOpKind::And ? !t : t) break;
  }
  return v;
}

[[gnu::noinline]] bool eval_test(Interp& in, Frame& f, const Expr* e) { return truthy(in, eval(in, f, e)); }

[[gnu::noinline]] Value eval_named(Interp& in, Frame& f, const NamedExpr* n) {
  Value v = eval(in, f, n->value.get());
  assign(in, f, n->target.get(), v);
  return v;
}

[[gnu::noinline]] Value eval_attribute(Interp& in, Frame& f, const Attribute* a) {
  Value obj = eval(in, f, a->value.get());
  f.expr = a;
  return get_attr(in, obj, attr_name(in, a));
}

[[gnu::noinline]] Value eval_subscript(Interp& in, Frame& f, const Subscript* s) {
  Value obj = eval(in, f, s->value.get());
  Value key = eval(in, f, s->slice.get());
  f.expr = s;
  if (is_kind(obj, Kind::List) && key.is_int()) {
    auto& items = obj.as<runtime::List>()->items;
    std::int64_t i = key.as_int();
    if (i < 0) i += static_cast<std::int64_t>(items.size());
    if (i >= 0 && i < static_cast<std::int64_t>(items.size())) return items[static_cast<std::size_t>(i)];
  }
  return get_item(in, obj, key);
}

[[gnu::noinline]] Value eval_slice(Interp& in, Frame& f, const ast::Slice* s) {
  Value lo = s->lower ? eval(in, f, s->lower.get()) : Value::none();
  Value hi = s->upper ? eval(in, f, s->upper.get()) : Value::none();
  Value st = s->step ? eval(in, f, s->step.get()) : Value::none();
  return Value(in.heap.make<runtime::Slice>(in.t.slice, std::move(lo), std::move(hi), std::move(st)));
}

[[gnu::noinline]] Value eval_set(Interp& in, Frame& f, const ast::Set* e) {
  Value s = make_set(in);
  for (Value& v : eval_elts(in, f, e->elts)) {
    f.expr = e;
    std::int64_t h = hash_value(in, v);
    s.as<runtime::Set>()->table.set(in, v, h, Value());
  }
  return s;
}

[[gnu::noinline]] Value eval_list(Interp& in, Frame& f, const ast::List* e) { return make_list(in, eval_elts(in, f, e->elts)); }

[[gnu::noinline]] Value eval_tuple(Interp& in, Frame& f, const ast::Tuple* t) {
  if (t->elts.empty()) return in.empty_tuple;
  return make_tuple(in, eval_elts(in, f, t->elts));
}

[[gnu::noinline]] Value eval_lambda(Interp& in, Frame& f, const Lambda* l) { return make_function(in, f, in.code_of.at(l), l->args); }

[[gnu::noinline]] Value eval_unsupported(Interp& in, Frame& f, const Expr* e) {
  f.expr = e;
  if (e->kind == ExprKind::Starred) raise(in, Exc::SyntaxError, "can't use starred expression here");
  raise(in, Exc::NotImplementedError, "scopeplay supports yield only as a statement or as the value of an assignment");
}

}  // namespace

Value eval(Interp& in, Frame& f, const Expr* e) {
  switch (e->kind) {
    case ExprKind::Name: return load_name(in, f, static_cast<const Name*>(e));
    case ExprKind::Constant: return constant(in, static_cast<const Constant*>(e));
    case ExprKind::JoinedStr: return eval_joined(in, f, static_cast<const JoinedStr*>(e));
    case ExprKind::FormattedValue: return make_str(in, formatted(in, f, static_cast<const FormattedValue*>(e)));
    case ExprKind::BinOp: return eval_binop(in, f, static_cast<const BinOp*>(e));
    case ExprKind::UnaryOp: return eval_unary(in, f, static_cast<const UnaryOp*>(e));
    case ExprKind::BoolOp: return eval_boolop(in, f, static_cast<const BoolOp*>(e));
    case ExprKind::Compare: return eval_compare(in, f, static_cast<const Compare*>(e));
    case ExprKind::IfExp: {
      auto* i = static_cast<const IfExp*>(e);
      return eval(in, f, eval_test(in, f, i->test.get()) ? i->body.get() : i->orelse.get());
    }
    case ExprKind::NamedExpr: return eval_named(in, f, static_cast<const NamedExpr*>(e));
    case ExprKind::Lambda: return eval_lambda(in, f, static_cast<const Lambda*>(e));
    case ExprKind::Call: return eval_call(in, f, static_cast<const Call*>(e));
    case ExprKind::Attribute: return eval_attribute(in, f, static_cast<const Attribute*>(e));
    case ExprKind::Subscript: return eval_subscript(in, f, static_cast<const Subscript*>(e));
    case ExprKind::Slice: return eval_slice(in, f, static_cast<const ast::Slice*>(e));
    case ExprKind::List: return eval_list(in, f, static_cast<const ast::List*>(e));
    case ExprKind::Tuple: return eval_tuple(in, f, static_cast<const ast::Tuple*>(e));
    case ExprKind::Set: return eval_set(in, f, static_cast<const ast::Set*>(e));
    case ExprKind::Dict: return eval_dict(in, f, static_cast<const ast::Dict*>(e));
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp:
    case ExprKind::GeneratorExp: return eval_comprehension(in, f, e);
    case ExprKind::Starred:
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return eval_unsupported(in, f, e);
  }
  return Value::none();
}

}  // namespace scopeplay::runtime
