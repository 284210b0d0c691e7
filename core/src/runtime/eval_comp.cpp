// List, set and dict comprehensions (eager, in their own scope) and
// generator expressions (lazy, see generator.cpp).
#include "runtime/generator.h"

namespace scopeplay::runtime {
namespace {

using namespace ast;

struct CompTarget {
  const Expr* node;
  const std::vector<Comprehension>* gens;
  Value result;
};

void comp_level(Interp& in, Frame& f, CompTarget& t, std::size_t level, Value it) {
  const Comprehension& comp = (*t.gens)[level];
  for (;;) {
    f.expr = comp.iter.get();
    Value x = iter_next(in, it);
    if (x.is_null()) return;
    in.step();
    assign(in, f, comp.target.get(), std::move(x));
    bool ok = true;
    for (auto& cond : comp.ifs) {
      if (!truthy(in, eval(in, f, cond.get()))) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    if (level + 1 < t.gens->size()) {
      Value src = eval(in, f, (*t.gens)[level + 1].iter.get());
      f.expr = (*t.gens)[level + 1].iter.get();
      comp_level(in, f, t, level + 1, get_iter(in, src));
      continue;
    }
    switch (t.node->kind) {
      case ExprKind::ListComp: {
        Value v = eval(in, f, static_cast<const ListComp*>(t.node)->elt.get());
        auto* l = t.result.as<runtime::List>();
        if ((l->items.size() & 255) == 255) {
          in.heap.charge(l, 256 * sizeof(Value));
          if (in.heap.over_budget()) in.memory_limit();
        }
        l->items.push_back(std::move(v));
        break;
      }
      case ExprKind::SetComp: {
        Value v = eval(in, f, static_cast<const SetComp*>(t.node)->elt.get());
        f.expr = static_cast<const SetComp*>(t.node)->elt.get();
        std::int64_t h = hash_value(in, v);
        t.result.as<runtime::Set>()->table.set(in, v, h, Value());
        break;
      }
      case ExprKind::DictComp: {
        auto* d = static_cast<const DictComp*>(t.node);
        Value k = eval(in, f, d->key.get());
        Value v = eval(in, f, d->value.get());
        f.expr = d->key.get();
        dict_set(in, t.result, std::move(k), std::move(v));
        break;
      }
      default: break;
    }
  }
}

}  // namespace

Value eval_comprehension(Interp& in, Frame& f, const Expr* e) {
  const std::vector<Comprehension>* gens = nullptr;
  switch (e->kind) {
    case ExprKind::ListComp: gens = &static_cast<const ListComp*>(e)->generators; break;
    case ExprKind::SetComp: gens = &static_cast<const SetComp*>(e)->generators; break;
    case ExprKind::DictComp: gens = &static_cast<const DictComp*>(e)->generators; break;
    case ExprKind::GeneratorExp: gens = &static_cast<const GeneratorExp*>(e)->generators; break;
    default: return Value::none();
  }
  Value src = eval(in, f, (*gens)[0].iter.get());
  f.expr = e;
  Value it = get_iter(in, src);
  if (e->kind == ExprKind::GeneratorExp) return make_genexp(in, f, static_cast<const GeneratorExp*>(e), std::move(it));
  const CodeInfo* code = in.code_of.at(e);
  std::size_t nslots = code->slot_names.size();
  std::vector<Value> slots(nslots ? nslots : 1);
  for (std::size_t i = 0; i < static_cast<std::size_t>(code->nlocals); ++i) {
    if (code->is_cell[i]) slots[i] = Value(in.heap.make<Cell>(in.t.cell, Value()));
  }
  for (std::size_t k = 0; k < code->free_source.size(); ++k) {
    int src_slot = code->free_source[k];
    slots[static_cast<std::size_t>(code->nlocals) + k] = src_slot >= 0 ? f.slots[src_slot] : Value(in.heap.make<Cell>(in.t.cell, Value()));
  }
  CompTarget t{e, gens, Value()};
  if (e->kind == ExprKind::ListComp) t.result = make_list(in, {});
  else if (e->kind == ExprKind::SetComp) t.result = make_set(in);
  else t.result = make_dict(in);
  Frame cf;
  cf.code = code;
  cf.slots = slots.data();
  cf.globals = f.globals;
  cf.serial = in.next_serial++;
  cf.line = f.line;
  cf.func = f.func;
  DepthGuard guard(in);
  FrameScope scope(in, cf);
  try {
    comp_level(in, cf, t, 0, std::move(it));
  } catch (PyError& ex) {
    note_frame(in, ex.exc, cf);
    throw;
  }
  return std::move(t.result);
}

}  // namespace scopeplay::runtime
