#include "runtime/generator.h"

namespace scopeplay::runtime {

void Generator::release_frame() {
  for (std::size_t i = 0; i < nslots; ++i) slots[i].reset();
  states.clear();
  iters.clear();
  frame.retval.reset();
}

void Generator::clear_refs() {
  release_frame();
  func.reset();
  yielded.reset();
  sent.reset();
  retval.reset();
  qualname.reset();
  globals_keep.reset();
}

ResumeState pop_resume(Frame& f) {
  ResumeState s = std::move(f.gen->states.back());
  f.gen->states.pop_back();
  return s;
}

void push_resume(Frame& f, ResumeState s) { f.gen->states.push_back(std::move(s)); }
void set_yielded(Frame& f, Value v) { f.gen->yielded = std::move(v); }
Value take_sent(Frame& f) {
  Value v = std::move(f.gen->sent);
  f.gen->sent.reset();
  return v.is_null() ? Value::none() : v;
}

Value generator_return_value(const Value& gen) {
  Value r = gen.as<Generator>()->retval;
  return r.is_null() ? Value::none() : r;
}

std::string generator_qualname(const Value& gen) {
  auto* g = gen.as<Generator>();
  return g->qualname.is_obj() ? str_of(g->qualname) : "<genexpr>";
}

Value make_generator(Interp& in, Function* fn, std::unique_ptr<Value[]> slots, std::size_t nslots) {
  auto* g = in.heap.make<Generator>(in.t.generator);
  Value v(g);
  g->func = Value(static_cast<Object*>(fn));
  g->slots = std::move(slots);
  g->nslots = nslots;
  g->qualname = function_qualname(in, fn);
  g->frame.code = fn->code;
  g->frame.func = fn;
  g->frame.slots = g->slots.get();
  g->frame.globals = fn->globals.as<Dict>();
  g->frame.gen = g;
  g->frame.serial = in.next_serial++;
  return v;
}

namespace {

Value genexp_next(Interp& in, Generator* g) {
  const ast::GeneratorExp* node = g->genexp;
  Frame& f = g->frame;
  for (;;) {
    if (g->level < 0) g->level = 0;
    auto lvl = static_cast<std::size_t>(g->level);
    const ast::Comprehension& comp = node->generators[lvl];
    f.expr = comp.iter.get();
    Value x = iter_next(in, g->iters[lvl]);
    if (x.is_null()) {
      if (lvl == 0) return Value();
      g->iters.pop_back();
      --g->level;
      continue;
    }
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
    if (lvl + 1 < node->generators.size()) {
      Value src = eval(in, f, node->generators[lvl + 1].iter.get());
      f.expr = node->generators[lvl + 1].iter.get();
      g->iters.push_back(get_iter(in, src));
      ++g->level;
      continue;
    }
    return eval(in, f, node->elt.get());
  }
}

}  // namespace

Value make_genexp(Interp& in, Frame& outer, const ast::GeneratorExp* node, Value first_iter) {
  const CodeInfo* code = in.code_of.at(node);
  auto* g = in.heap.make<Generator>(in.t.generator);
  Value v(g);
  g->genexp = node;
  g->nslots = code->slot_names.size();
  g->slots = std::make_unique<Value[]>(g->nslots ? g->nslots : 1);
  for (std::size_t i = 0; i < static_cast<std::size_t>(code->nlocals); ++i) {
    if (code->is_cell[i]) g->slots[i] = Value(in.heap.make<Cell>(in.t.cell, Value()));
  }
  for (std::size_t k = 0; k < code->free_source.size(); ++k) {
    int src = code->free_source[k];
    g->slots[static_cast<std::size_t>(code->nlocals) + k] = src >= 0 ? outer.slots[src] : Value(in.heap.make<Cell>(in.t.cell, Value()));
  }
  g->iters.push_back(std::move(first_iter));
  g->frame.code = code;
  g->frame.slots = g->slots.get();
  g->frame.globals = outer.globals;
  g->globals_keep = Value(static_cast<Object*>(outer.globals));
  g->frame.ns = outer.ns != outer.globals ? nullptr : outer.ns;
  g->frame.gen = g;
  g->frame.serial = in.next_serial++;
  g->qualname = make_str(in, code->qualname);
  return v;
}

Value generator_next(Interp& in, const Value& gen) {
  auto* g = gen.as<Generator>();
  if (g->state == GenState::Done) return Value();
  if (g->state == GenState::Running) raise(in, Exc::ValueError, "generator already executing");
  Value keep = gen;
  bool resuming = g->state == GenState::Suspended;
  g->state = GenState::Running;
  DepthGuard guard(in);
  FrameScope scope(in, g->frame);
  try {
    if (g->genexp) {
      Value v = genexp_next(in, g);
      if (v.is_null()) {
        g->state = GenState::Done;
        g->release_frame();
      } else {
        g->state = GenState::Suspended;
      }
      return v;
    }
    g->frame.resuming = resuming;
    auto* def = static_cast<const ast::FunctionDef*>(g->frame.code->node);
    Status st = exec_block(in, g->frame, def->body);
    if (st == Status::Yield) {
      g->state = GenState::Suspended;
      Value y = std::move(g->yielded);
      g->yielded.reset();
      return y;
    }
    g->state = GenState::Done;
    g->retval = st == Status::Return ? g->frame.retval : Value::none();
    g->release_frame();
    return Value();
  } catch (PyError& e) {
    g->state = GenState::Done;
    g->release_frame();
    note_frame(in, e.exc, g->frame);
    if (exc_matches(in, e.exc, Exc::StopIteration)) {
      Value err = make_exception(in, in.exc_type(Exc::RuntimeError), {make_str(in, "generator raised StopIteration")});
      exc_data(err).cause = e.exc;
      exc_data(err).suppress_context = true;
      exc_data(err).context = e.exc;
      ExcData& d = exc_data(err);
      d.last_frame = 0;
      TraceEntry entry;
      entry.line = g->frame.line;
      entry.expr = g->frame.expr;
      entry.code = g->frame.code;
      d.tb.push_back(std::move(entry));
      d.last_frame = g->frame.serial;
      throw PyError{err};
    }
    throw;
  } catch (LimitError&) {
    g->state = GenState::Done;
    throw;
  }
}

}  // namespace scopeplay::runtime
