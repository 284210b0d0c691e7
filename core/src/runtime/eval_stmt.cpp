// Statement execution, including resumable generator frames.
#include "runtime/eval.h"
#include "runtime/modules.h"

namespace scopeplay::runtime {
namespace {

using namespace ast;

[[gnu::noinline]] void unpack(Interp& in, Frame& f, const std::vector<ExprPtr>& targets, const Value& v) {
  std::vector<Value> items;
  if (is_kind(v, Kind::Tuple)) items = v.as<runtime::Tuple>()->items;
  else if (is_kind(v, Kind::List)) items = v.as<runtime::List>()->items;
  else {
    bool iterable = v.is_obj() && (v.obj()->kind != Kind::Instance || !lookup_special(in, v, "__iter__").is_null() ||
                                   !lookup_special(in, v, "__getitem__").is_null());
    if (!iterable) raise(in, Exc::TypeError, "cannot unpack non-iterable " + type_name(in, v) + " object");
    items = to_vector(in, v);
  }
  std::size_t star = targets.size();
  for (std::size_t i = 0; i < targets.size(); ++i)
    if (targets[i]->kind == ExprKind::Starred) star = i;
  if (star == targets.size()) {
    if (items.size() < targets.size()) {
      raise(in, Exc::ValueError, "not enough values to unpack (expected " + std::to_string(targets.size()) + ", got " +
                                     std::to_string(items.size()) + ")");
    }
    if (items.size() > targets.size()) {
      raise(in, Exc::ValueError, "too many values to unpack (expected " + std::to_string(targets.size()) + ")");
    }
    for (std::size_t i = 0; i < targets.size(); ++i) assign(in, f, targets[i].get(), items[i]);
    return;
  }
  std::size_t after = targets.size() - star - 1;
  if (items.size() < targets.size() - 1) {
    raise(in, Exc::ValueError, "not enough values to unpack (expected at least " + std::to_string(targets.size() - 1) +
                                   ", got " + std::to_string(items.size()) + ")");
  }
  for (std::size_t i = 0; i < star; ++i) assign(in, f, targets[i].get(), items[i]);
  std::vector<Value> middle(items.begin() + static_cast<std::ptrdiff_t>(star),
                            items.end() - static_cast<std::ptrdiff_t>(after));
  assign(in, f, static_cast<const Starred*>(targets[star].get())->value.get(), make_list(in, std::move(middle)));
  for (std::size_t i = 0; i < after; ++i) assign(in, f, targets[star + 1 + i].get(), items[items.size() - after + i]);
}

[[gnu::noinline]] Value make_exc_value(Interp& in, Frame& f, const Expr* e, bool cause) {
  Value v = eval(in, f, e);
  if (is_kind(v, Kind::Type) && v.as<TypeObject>()->has(TypeFlag::Exception)) {
    ArgBuf b;
    Args a = b.args();
    f.expr = nullptr;
    v = instantiate(in, v.as<TypeObject>(), a);
  }
  if (!(is_kind(v, Kind::Instance) && v.as<Instance>()->exc)) {
    if (cause && v.is_none()) return v;
    raise(in, Exc::TypeError, cause ? "exception causes must derive from BaseException" : "exceptions must derive from BaseException");
  }
  return v;
}

[[gnu::noinline]] Status exec_raise(Interp& in, Frame& f, const Raise* r) {
  if (!r->exc) {
    if (in.handling.empty()) raise(in, Exc::RuntimeError, "No active exception to reraise");
    Value e = in.handling.back();
    exc_data(e).last_frame = f.serial;
    throw PyError{e};
  }
  Value exc = make_exc_value(in, f, r->exc.get(), false);
  if (r->cause) {
    Value cause = make_exc_value(in, f, r->cause.get(), true);
    ExcData& d = exc_data(exc);
    d.cause = cause.is_none() ? Value() : cause;
    d.suppress_context = true;
  }
  f.expr = nullptr;
  throw_exception(in, std::move(exc));
}

[[gnu::noinline]] Status exec_import(Interp& in, Frame& f, const Import* imp) {
  for (auto& alias : imp->names) {
    f.expr = nullptr;
    Value m = import_module(in, alias.name);
    std::string bound;
    if (alias.asname) {
      bound = *alias.asname;
    } else {
      bound = alias.name.substr(0, alias.name.find('.'));
      m = import_module(in, bound);
    }
    Name tmp(alias.span, bound);
    tmp.scope = f.code->type == CodeType::Module ? NameScope::GlobalImplicit : NameScope::Unresolved;
    // Resolve the binding like an ordinary assignment in this scope.
    bool stored = false;
    for (std::size_t i = 0; i < static_cast<std::size_t>(f.code->nlocals); ++i) {
      if (f.code->slot_names[i] == bound && f.code->type != CodeType::Module && f.code->type != CodeType::Class) {
        if (f.code->is_cell[i]) f.slots[i].as<Cell>()->value = m;
        else f.slots[i] = m;
        stored = true;
        break;
      }
    }
    if (!stored) {
      Dict* target = f.ns ? f.ns : f.globals;
      dict_set(in, Value(static_cast<Object*>(target)), in.intern(bound), m);
    }
  }
  return Status::Normal;
}

// `slot`, if known, is `name`'s entry in the name table (Interp::name_at).
void bind_plain(Interp& in, Frame& f, const std::string& name, Value v, int slot = -1) {
  for (std::size_t i = 0; i < f.code->slot_names.size(); ++i) {
    if (f.code->slot_names[i] == name && f.code->type != CodeType::Module && f.code->type != CodeType::Class) {
      if (f.code->is_cell[i]) f.slots[i].as<Cell>()->value = std::move(v);
      else f.slots[i] = std::move(v);
      return;
    }
  }
  Dict* target = f.ns ? f.ns : f.globals;
  dict_set(in, Value(static_cast<Object*>(target)), slot >= 0 ? in.name_at(slot) : in.intern(name), std::move(v));
}

void unbind_plain(Interp& in, Frame& f, const std::string& name) {
  for (std::size_t i = 0; i < static_cast<std::size_t>(f.code->nlocals); ++i) {
    if (f.code->slot_names[i] == name && f.code->type != CodeType::Module && f.code->type != CodeType::Class) {
      if (f.code->is_cell[i]) f.slots[i].as<Cell>()->value.reset();
      else f.slots[i].reset();
      return;
    }
  }
  Dict* target = f.ns ? f.ns : f.globals;
  Value key = in.intern(name);
  target->table.erase(in, key, hash_value(in, key));
}

[[gnu::noinline]] Status exec_import_from(Interp& in, Frame& f, const ImportFrom* imp) {
  f.expr = nullptr;
  if (imp->level > 0) raise(in, Exc::ImportError, "attempted relative import with no known parent package");
  Value m = import_module(in, imp->module);
  for (auto& alias : imp->names) {
    if (alias.name == "*") {
      for (auto& e : std::vector<HashEntry>(m.as<Module>()->dict.as<runtime::Dict>()->table.entries())) {
        if (e.key.is_null() || str_of(e.key).empty() || str_of(e.key)[0] == '_') continue;
        bind_plain(in, f, str_of(e.key), e.value);
      }
      continue;
    }
    Value v = get_attr_opt(in, m, in.intern(alias.name));
    if (v.is_null()) {
      try {
        v = import_module(in, imp->module + "." + alias.name);
      } catch (PyError&) {
        Value e = make_exception(in, in.exc_type(Exc::ImportError),
                                 {make_str(in, "cannot import name '" + alias.name + "' from '" + imp->module + "' (unknown location)")});
        exc_data(e).name = make_str(in, imp->module);
        throw_exception(in, std::move(e));
      }
    }
    bind_plain(in, f, alias.asname ? *alias.asname : alias.name, std::move(v));
  }
  return Status::Normal;
}

[[gnu::noinline]] Value call_exit(Interp& in, const Value& exit_fn, const Value& exc) {
  ArgBuf b;
  if (exc.is_null()) {
    b.push(Value::none());
    b.push(Value::none());
    b.push(Value::none());
  } else {
    b.push(Value(type_of(in, exc)));
    b.push(exc);
    b.push(Value::none());
  }
  Args a = b.args();
  return call(in, exit_fn, a);
}

[[gnu::noinline]] Status exec_with(Interp& in, Frame& f, const With* w, std::size_t item) {
  Value exit_fn;
  if (f.resuming) {
    ResumeState s = pop_resume(f);
    exit_fn = std::move(s.a);
  } else {
    const WithItem& it = w->items[item];
    Value mgr = eval(in, f, it.context_expr.get());
    f.expr = nullptr;
    Value enter = lookup_special(in, mgr, "__enter__");
    Value exit = lookup_special(in, mgr, "__exit__");
    if (enter.is_null()) {
      raise(in, Exc::TypeError, "'" + type_name(in, mgr) + "' object does not support the context manager protocol");
    }
    if (exit.is_null()) {
      raise(in, Exc::TypeError, "'" + type_name(in, mgr) + "' object does not support the context manager protocol (missed __exit__ method)");
    }
    exit_fn = Value(in.heap.make<BoundMethod>(in.t.method, exit, mgr));
    Value entered = call1(in, enter, mgr);
    if (it.optional_vars) assign(in, f, it.optional_vars.get(), std::move(entered));
  }
  Status st = Status::Normal;
  Value caught;
  try {
    st = item + 1 < w->items.size() ? exec_with(in, f, w, item + 1) : exec_block(in, f, w->body);
  } catch (PyError& e) {
    caught = e.exc;
  }
  if (!caught.is_null()) {
    note_frame(in, caught, f);
    in.handling.push_back(caught);
    Value r;
    try {
      f.expr = w->items[item].context_expr.get();
      r = call_exit(in, exit_fn, caught);
    } catch (...) {
      in.handling.pop_back();
      throw;
    }
    in.handling.pop_back();
    if (truthy(in, r)) return Status::Normal;
    throw PyError{caught};
  }
  if (st == Status::Yield) {
    push_resume(f, ResumeState{0, 0, Status::Normal, exit_fn, Value()});
    return st;
  }
  f.expr = w->items[item].context_expr.get();
  call_exit(in, exit_fn, Value());
  return st;
}

enum TryPhase { kBody = 0, kElse = 1, kFinally = 2, kHandler = 3 };

[[gnu::noinline]] Status exec_try(Interp& in, Frame& f, const Try* t) {
  int phase = kBody;
  Value exc;          // exception being handled / pending
  Status pending = Status::Normal;
  Value retval;
  if (f.resuming) {
    ResumeState s = pop_resume(f);
    phase = s.phase;
    exc = std::move(s.a);
    retval = std::move(s.b);
    pending = s.pending;
  }
  Status st = Status::Normal;
  if (phase == kBody) {
    Value caught;
    try {
      st = exec_block(in, f, t->body);
    } catch (PyError& e) {
      caught = e.exc;
    }
    if (st == Status::Yield && caught.is_null()) {
      push_resume(f, ResumeState{0, kBody, Status::Normal, Value(), Value()});
      return st;
    }
    if (!caught.is_null()) {
      note_frame(in, caught, f);
      exc = caught;
      phase = kFinally;
      for (std::size_t k = 0; k < t->handlers.size(); ++k) {
        const ExceptHandler& h = t->handlers[k];
        bool match = true;
        if (h.type) {
          in.handling.push_back(caught);
          Value ty;
          try {
            ty = eval(in, f, h.type.get());
          } catch (...) {
            in.handling.pop_back();
            throw;
          }
          in.handling.pop_back();
          auto check_one = [&](const Value& c) {
            if (!is_kind(c, Kind::Type) || !c.as<TypeObject>()->has(TypeFlag::Exception)) {
              f.expr = h.type.get();
              in.handling.push_back(caught);
              try {
                raise(in, Exc::TypeError, "catching classes that do not inherit from BaseException is not allowed");
              } catch (...) {
                in.handling.pop_back();
                throw;
              }
            }
            return isinstance(in, caught, c.as<TypeObject>());
          };
          if (is_kind(ty, Kind::Tuple)) {
            match = false;
            for (auto& c : ty.as<runtime::Tuple>()->items) if (check_one(c)) { match = true; break; }
          } else {
            match = check_one(ty);
          }
        }
        if (match) {
          phase = kHandler + static_cast<int>(k);
          if (h.name) bind_plain(in, f, *h.name, caught);
          break;
        }
      }
      if (phase == kFinally) pending = Status::Normal;  // unhandled: re-raise after finally
    } else if (st == Status::Normal) {
      phase = kElse;
      exc.reset();
    } else {
      phase = kFinally;
      pending = st;
      if (st == Status::Return) retval = f.retval;
      exc.reset();
    }
  }
  if (phase >= kHandler) {
    const ExceptHandler& h = t->handlers[static_cast<std::size_t>(phase - kHandler)];
    in.handling.push_back(exc);
    Value raised;
    try {
      st = exec_block(in, f, h.body);
    } catch (PyError& e) {
      raised = e.exc;
    }
    in.handling.pop_back();
    if (st == Status::Yield && raised.is_null()) {
      push_resume(f, ResumeState{0, phase, Status::Normal, exc, Value()});
      return st;
    }
    if (h.name) unbind_plain(in, f, *h.name);
    exc.reset();
    if (!raised.is_null()) {
      exc = raised;
    } else if (st != Status::Normal) {
      pending = st;
      if (st == Status::Return) retval = f.retval;
    }
    phase = kFinally;
  } else if (phase == kElse) {
    Value raised;
    try {
      st = exec_block(in, f, t->orelse);
    } catch (PyError& e) {
      raised = e.exc;
    }
    if (st == Status::Yield && raised.is_null()) {
      push_resume(f, ResumeState{0, kElse, Status::Normal, Value(), Value()});
      return st;
    }
    if (!raised.is_null()) exc = raised;
    else if (st != Status::Normal) {
      pending = st;
      if (st == Status::Return) retval = f.retval;
    }
    phase = kFinally;
  }
  // Finally.
  if (!t->finalbody.empty()) {
    if (!exc.is_null()) {
      note_frame(in, exc, f);
      in.handling.push_back(exc);
    }
    Status fs = Status::Normal;
    try {
      fs = exec_block(in, f, t->finalbody);
    } catch (...) {
      if (!exc.is_null()) in.handling.pop_back();
      throw;
    }
    if (!exc.is_null()) in.handling.pop_back();
    if (fs == Status::Yield) {
      push_resume(f, ResumeState{0, kFinally, pending, exc, retval});
      return fs;
    }
    if (fs != Status::Normal) return fs;
  }
  if (!exc.is_null()) throw PyError{exc};
  if (pending == Status::Return) f.retval = retval;
  return pending;
}

[[gnu::noinline]] Status exec_for(Interp& in, Frame& f, const For* s) {
  Value it;
  int phase = 0;
  if (f.resuming) {
    ResumeState r = pop_resume(f);
    it = std::move(r.a);
    phase = r.phase;
  } else {
    Value seq = eval(in, f, s->iter.get());
    f.expr = nullptr;
    it = get_iter(in, seq);
  }
  if (phase == 0) {
    // Fast paths for lists and ranges (no iterator dispatch per item).
    for (;;) {
      if (!f.resuming) {
        Value x;
        Object* o = it.obj();
        if (o->kind == Kind::Iterator) x = static_cast<Iterator*>(o)->next(in);
        else {
          f.expr = nullptr;
          x = iter_next(in, it);
        }
        if (x.is_null()) break;
        in.step();
        if (s->target->kind == ExprKind::Name) store_name(in, f, static_cast<const Name*>(s->target.get()), std::move(x));
        else assign(in, f, s->target.get(), std::move(x));
      }
      Status st = exec_block(in, f, s->body);
      if (st == Status::Normal || st == Status::Continue) continue;
      if (st == Status::Break) return Status::Normal;
      if (st == Status::Yield) push_resume(f, ResumeState{0, 0, Status::Normal, it, Value()});
      return st;
    }
  }
  Status st = exec_block(in, f, s->orelse);
  if (st == Status::Yield) push_resume(f, ResumeState{0, 1, Status::Normal, Value(), Value()});
  return st;
}

[[gnu::noinline]] Status exec_while(Interp& in, Frame& f, const While* w) {
  int phase = 0;
  if (f.resuming) phase = pop_resume(f).phase;
  if (phase == 0) {
    for (;;) {
      if (!f.resuming) {
        if (!truthy(in, eval(in, f, w->test.get()))) break;
        in.step();
      }
      Status st = exec_block(in, f, w->body);
      if (st == Status::Normal || st == Status::Continue) continue;
      if (st == Status::Break) return Status::Normal;
      if (st == Status::Yield) push_resume(f, ResumeState{0, 0, Status::Normal, Value(), Value()});
      return st;
    }
  }
  Status st = exec_block(in, f, w->orelse);
  if (st == Status::Yield) push_resume(f, ResumeState{0, 1, Status::Normal, Value(), Value()});
  return st;
}

[[gnu::noinline]] Status exec_if(Interp& in, Frame& f, const If* s) {
  bool branch;
  if (f.resuming) branch = pop_resume(f).phase == 0;
  else branch = truthy(in, eval(in, f, s->test.get()));
  Status st = exec_block(in, f, branch ? s->body : s->orelse);
  if (st == Status::Yield) push_resume(f, ResumeState{0, branch ? 0 : 1, Status::Normal, Value(), Value()});
  return st;
}

// `yield v` / `x = yield v` / `yield from it` at statement level.
[[gnu::noinline]] Status exec_yield(Interp& in, Frame& f, const Expr* y, const std::vector<ExprPtr>* targets) {
  if (y->kind == ExprKind::Yield) {
    if (f.resuming) {
      f.resuming = false;
      Value sent = take_sent(f);
      if (targets) for (auto& t : *targets) assign(in, f, t.get(), sent);
      return Status::Normal;
    }
    auto* yy = static_cast<const Yield*>(y);
    set_yielded(f, yy->value ? eval(in, f, yy->value.get()) : Value::none());
    return Status::Yield;
  }
  Value sub;
  if (f.resuming) {
    f.resuming = false;
    sub = pop_resume(f).a;
  } else {
    Value src = eval(in, f, static_cast<const YieldFrom*>(y)->value.get());
    f.expr = y;
    sub = get_iter(in, src);
  }
  f.expr = y;
  Value v = iter_next(in, sub);
  if (v.is_null()) {
    if (targets) {
      Value r = is_kind(sub, Kind::Generator) ? generator_return_value(sub) : Value::none();
      for (auto& t : *targets) assign(in, f, t.get(), r);
    }
    return Status::Normal;
  }
  set_yielded(f, std::move(v));
  push_resume(f, ResumeState{0, 0, Status::Normal, sub, Value()});
  return Status::Yield;
}

bool is_yield(const Expr* e) { return e && (e->kind == ExprKind::Yield || e->kind == ExprKind::YieldFrom); }

}  // namespace

Status exec_block(Interp& in, Frame& f, const Body& body) {
  std::size_t i = 0;
  if (f.resuming) i = pop_resume(f).index;
  for (; i < body.size(); ++i) {
    Status st = exec_stmt(in, f, body[i].get());
    if (st != Status::Normal) {
      if (st == Status::Yield) push_resume(f, ResumeState{i, 0, Status::Normal, Value(), Value()});
      return st;
    }
  }
  return Status::Normal;
}

namespace {

[[gnu::noinline]] Status exec_expr_stmt(Interp& in, Frame& f, const ExprStmt* e) {
  if (is_yield(e->value.get())) return exec_yield(in, f, e->value.get(), nullptr);
  eval(in, f, e->value.get());
  return Status::Normal;
}

[[gnu::noinline]] Status exec_assign(Interp& in, Frame& f, const Assign* a) {
  if (is_yield(a->value.get())) return exec_yield(in, f, a->value.get(), &a->targets);
  Value v = eval(in, f, a->value.get());
  if (a->targets.size() == 1 && a->targets[0]->kind == ExprKind::Name) {
    store_name(in, f, static_cast<const Name*>(a->targets[0].get()), std::move(v));
    return Status::Normal;
  }
  for (auto& t : a->targets) assign(in, f, t.get(), v);
  return Status::Normal;
}

[[gnu::noinline]] Status exec_augassign(Interp& in, Frame& f, const AugAssign* a) {
  const Expr* t = a->target.get();
  if (t->kind == ExprKind::Name) {
    auto* n = static_cast<const Name*>(t);
    Value cur = load_name(in, f, n);
    Value rhs = eval(in, f, a->value.get());
    f.expr = nullptr;
    store_name(in, f, n, binary_op(in, a->op, cur, rhs, true));
  } else if (t->kind == ExprKind::Attribute) {
    auto* at = static_cast<const Attribute*>(t);
    Value obj = eval(in, f, at->value.get());
    Value name = attr_name(in, at);
    f.expr = t;
    Value cur = get_attr(in, obj, name);
    Value rhs = eval(in, f, a->value.get());
    f.expr = nullptr;
    Value r = binary_op(in, a->op, cur, rhs, true);
    f.expr = t;
    set_attr(in, obj, name, std::move(r));
  } else if (t->kind == ExprKind::Subscript) {
    auto* sub = static_cast<const Subscript*>(t);
    Value obj = eval(in, f, sub->value.get());
    Value key = eval(in, f, sub->slice.get());
    f.expr = t;
    Value cur = get_item(in, obj, key);
    Value rhs = eval(in, f, a->value.get());
    f.expr = nullptr;
    Value r = binary_op(in, a->op, cur, rhs, true);
    f.expr = t;
    set_item(in, obj, key, std::move(r));
  }
  return Status::Normal;
}

[[gnu::noinline]] Status exec_def(Interp& in, Frame& f, const FunctionDef* d) {
  std::vector<Value> decorators;
  for (auto& dec : d->decorator_list) decorators.push_back(eval(in, f, dec.get()));
  const CodeInfo* code = in.code_of.at(d);
  Value fn = make_function(in, f, code, d->args);
  if (!d->docstring.empty()) fn.as<Function>()->doc = make_str(in, d->docstring);
  for (std::size_t i = decorators.size(); i-- > 0;) {
    f.expr = d->decorator_list[i].get();
    fn = call1(in, decorators[i], fn);
  }
  bind_plain(in, f, d->name, std::move(fn), code->name_slot);
  return Status::Normal;
}

[[gnu::noinline]] Status exec_class(Interp& in, Frame& f, const ClassDef* c) {
  std::vector<Value> decorators;
  for (auto& dec : c->decorator_list) decorators.push_back(eval(in, f, dec.get()));
  Value cls = build_class(in, f, c);
  for (std::size_t i = decorators.size(); i-- > 0;) {
    f.expr = c->decorator_list[i].get();
    cls = call1(in, decorators[i], cls);
  }
  bind_plain(in, f, c->name, std::move(cls));
  return Status::Normal;
}

[[gnu::noinline]] Status exec_return(Interp& in, Frame& f, const Return* r) {
  f.retval = r->value ? eval(in, f, r->value.get()) : Value::none();
  return Status::Return;
}

[[gnu::noinline]] Status exec_assert(Interp& in, Frame& f, const Assert* a) {
  if (truthy(in, eval(in, f, a->test.get()))) return Status::Normal;
  std::vector<Value> args;
  if (a->msg) args.push_back(eval(in, f, a->msg.get()));
  f.expr = a->test.get();
  throw_exception(in, make_exception(in, in.exc_type(Exc::AssertionError), std::move(args)));
}

[[gnu::noinline]] Status exec_misc(Interp& in, Frame& f, const Stmt* s) {
  switch (s->kind) {
    case StmtKind::AnnAssign: {
      auto* a = static_cast<const AnnAssign*>(s);
      if (a->value) assign(in, f, a->target.get(), eval(in, f, a->value.get()));
      return Status::Normal;
    }
    case StmtKind::Delete:
      for (auto& t : static_cast<const Delete*>(s)->targets) delete_target(in, f, t.get());
      return Status::Normal;
    case StmtKind::Raise: return exec_raise(in, f, static_cast<const Raise*>(s));
    case StmtKind::Assert: return exec_assert(in, f, static_cast<const Assert*>(s));
    case StmtKind::Import: return exec_import(in, f, static_cast<const Import*>(s));
    case StmtKind::ImportFrom: return exec_import_from(in, f, static_cast<const ImportFrom*>(s));
    case StmtKind::FunctionDef: return exec_def(in, f, static_cast<const FunctionDef*>(s));
    case StmtKind::ClassDef: return exec_class(in, f, static_cast<const ClassDef*>(s));
    default: return Status::Normal;
  }
}

}  // namespace

Status exec_stmt(Interp& in, Frame& f, const Stmt* s) {
  if (!f.resuming) {
    in.step();
    f.line = s->span.line;
    f.stmt = s;
    f.expr = nullptr;
  }
  switch (s->kind) {
    case StmtKind::Expr: return exec_expr_stmt(in, f, static_cast<const ExprStmt*>(s));
    case StmtKind::Assign: return exec_assign(in, f, static_cast<const Assign*>(s));
    case StmtKind::AugAssign: return exec_augassign(in, f, static_cast<const AugAssign*>(s));
    case StmtKind::Return: return exec_return(in, f, static_cast<const Return*>(s));
    case StmtKind::If: return exec_if(in, f, static_cast<const If*>(s));
    case StmtKind::For: return exec_for(in, f, static_cast<const For*>(s));
    case StmtKind::While: return exec_while(in, f, static_cast<const While*>(s));
    case StmtKind::Break: return Status::Break;
    case StmtKind::Continue: return Status::Continue;
    case StmtKind::Pass:
    case StmtKind::Global:
    case StmtKind::Nonlocal: return Status::Normal;
    case StmtKind::With: return exec_with(in, f, static_cast<const With*>(s), 0);
    case StmtKind::Try: return exec_try(in, f, static_cast<const Try*>(s));
    default: return exec_misc(in, f, s);
  }
}

void assign(Interp& in, Frame& f, const Expr* t, Value v) {
  switch (t->kind) {
    case ExprKind::Name: store_name(in, f, static_cast<const Name*>(t), std::move(v)); return;
    case ExprKind::Attribute: {
      auto* a = static_cast<const Attribute*>(t);
      Value obj = eval(in, f, a->value.get());
      f.expr = t;
      set_attr(in, obj, attr_name(in, a), std::move(v));
      return;
    }
    case ExprKind::Subscript: {
      auto* s = static_cast<const Subscript*>(t);
      Value obj = eval(in, f, s->value.get());
      Value key = eval(in, f, s->slice.get());
      f.expr = t;
      set_item(in, obj, key, std::move(v));
      return;
    }
    case ExprKind::Tuple:
      f.expr = t;
      unpack(in, f, static_cast<const ast::Tuple*>(t)->elts, v);
      return;
    case ExprKind::List:
      f.expr = t;
      unpack(in, f, static_cast<const ast::List*>(t)->elts, v);
      return;
    case ExprKind::Starred: assign(in, f, static_cast<const Starred*>(t)->value.get(), std::move(v)); return;
    default: raise(in, Exc::SyntaxError, "cannot assign to expression");
  }
}

void delete_target(Interp& in, Frame& f, const Expr* t) {
  switch (t->kind) {
    case ExprKind::Name: {
      auto* n = static_cast<const Name*>(t);
      f.expr = t;
      switch (n->scope) {
        case NameScope::Local:
          if (f.slots[n->slot].is_null()) load_name(in, f, n);
          f.slots[n->slot].reset();
          return;
        case NameScope::Cell:
        case NameScope::Free:
          if (f.slots[n->slot].as<Cell>()->value.is_null()) load_name(in, f, n);
          f.slots[n->slot].as<Cell>()->value.reset();
          return;
        default: {
          Dict* d = (n->scope == NameScope::ClassBody || (n->scope == NameScope::GlobalImplicit && f.ns)) ? f.ns : f.globals;
          const Value& key = in.name_at(n->slot);
          if (!d->table.erase(in, key, hash_value(in, key))) raise_name_error(in, n->id);
          return;
        }
      }
    }
    case ExprKind::Attribute: {
      auto* a = static_cast<const Attribute*>(t);
      Value obj = eval(in, f, a->value.get());
      f.expr = t;
      del_attr(in, obj, attr_name(in, a));
      return;
    }
    case ExprKind::Subscript: {
      auto* s = static_cast<const Subscript*>(t);
      Value obj = eval(in, f, s->value.get());
      Value key = eval(in, f, s->slice.get());
      f.expr = t;
      del_item(in, obj, key);
      return;
    }
    case ExprKind::Tuple:
      for (auto& e : static_cast<const ast::Tuple*>(t)->elts) delete_target(in, f, e.get());
      return;
    case ExprKind::List:
      for (auto& e : static_cast<const ast::List*>(t)->elts) delete_target(in, f, e.get());
      return;
    default: raise(in, Exc::SyntaxError, "cannot delete expression");
  }
}

void run_module(Interp& in, const CodeInfo* code, const ast::Module& m, const Value& globals) {
  Frame f;
  f.code = code;
  f.globals = globals.as<runtime::Dict>();
  f.ns = f.globals;
  f.serial = in.next_serial++;
  FrameScope scope(in, f);
  try {
    exec_block(in, f, m.body);
  } catch (PyError& e) {
    note_frame(in, e.exc, f);
    throw;
  }
}

}  // namespace scopeplay::runtime
