// Exception objects: creation, raising with traceback bookkeeping, matching.
#include <algorithm>

#include "runtime/ops.h"

namespace scopeplay::runtime {

Instance::Instance(TypeObject* t) : Object(Kind::Instance, t) {
  ++t->refs;
  if (t->has(TypeFlag::Exception)) exc = std::make_unique<ExcData>();
}

Instance::~Instance() {
  if (holds_type && --type->refs == 0) release_object(type);
}

void Instance::clear_refs() {
  dict.reset();
  payload.reset();
  if (exc) {
    exc->args.reset();
    exc->tb.clear();
    exc->cause.reset();
    exc->context.reset();
    exc->name.reset();
    exc->obj.reset();
    exc->value.reset();
  }
  if (holds_type) {
    holds_type = false;
    --type->refs;
  }
}

void Function::clear_refs() {
  globals.reset();
  defaults.clear();
  kwdefaults.clear();
  closure.clear();
  name.reset();
  qualname.reset();
  dict.reset();
  owner_class.reset();
  module_name.reset();
  doc.reset();
}

void TypeObject::clear_refs() {
  qualname.reset();
  bases.clear();
  mro.clear();
  dict.reset();
  make_payload = nullptr;
}

ExcData& exc_data(const Value& exc) { return *exc.as<Instance>()->exc; }

Value make_exception(Interp& in, TypeObject* type, std::vector<Value> args) {
  Instance* e = in.heap.make<Instance>(type);
  Value v(e);
  if (!e->exc) e->exc = std::make_unique<ExcData>();
  e->exc->args = make_tuple(in, std::move(args));
  return v;
}

static void record(Interp& in, ExcData& d, Frame& f) {
  TraceEntry entry;
  entry.expr = f.expr;
  entry.stmt = f.stmt;
  entry.line = f.expr ? f.expr->span.line : f.line;
  entry.code = f.code;
  if (f.globals) entry.globals = Value(static_cast<Object*>(f.globals));
  d.tb.push_back(std::move(entry));
  d.last_frame = f.serial;
  (void)in;
}

void note_frame(Interp& in, const Value& exc, Frame& f) {
  ExcData& d = exc_data(exc);
  if (d.last_frame != f.serial) record(in, d, f);
}

// Raising costs as much as hundreds of plain steps (building the exception,
// its traceback, unwinding the native stack: measured, a raise and its catch
// take as long as 600 to 1,000 steps of `while True: pass`, natively and in
// WebAssembly), so it counts that much against the step budget: a loop that
// raises and catches forever then stops within the time one that only spins
// does, instead of running a hundred times longer.
constexpr std::uint64_t kRaiseSteps = 500;

void throw_exception(Interp& in, Value exc) {
  in.steps += kRaiseSteps;
  ExcData& d = exc_data(exc);
  if (!in.handling.empty()) {
    const Value& ctx = in.handling.back();
    if (!ctx.same(exc)) {
      // Break cycles as CPython does: drop exc from ctx's context chain.
      Value o = ctx;
      while (o.is_obj()) {
        ExcData& od = exc_data(o);
        if (od.context.same(exc)) {
          od.context.reset();
          break;
        }
        o = od.context;
      }
      d.context = ctx;
    }
  }
  if (in.frame) {
    d.last_frame = 0;
    record(in, d, *in.frame);
  }
  throw PyError{std::move(exc)};
}

void raise(Interp& in, Exc type, std::string message) {
  throw_exception(in, make_exception(in, in.exc_type(type), {make_str(in, std::move(message))}));
}

void raise_no_args(Interp& in, Exc type) { throw_exception(in, make_exception(in, in.exc_type(type), {})); }

void raise_name_error(Interp& in, std::string_view name) {
  Value e = make_exception(in, in.exc_type(Exc::NameError), {make_str(in, "name '" + std::string(name) + "' is not defined")});
  exc_data(e).name = make_str(in, std::string(name));
  throw_exception(in, std::move(e));
}

void raise_attribute_error(Interp& in, const Value& obj, const Value& name) {
  std::string msg;
  const std::string& n = str_of(name);
  if (is_kind(obj, Kind::Module)) {
    msg = "module '" + obj.as<Module>()->name + "' has no attribute '" + n + "'";
  } else if (is_kind(obj, Kind::Type)) {
    msg = "type object '" + obj.as<TypeObject>()->name + "' has no attribute '" + n + "'";
  } else {
    msg = "'" + type_name(in, obj) + "' object has no attribute '" + n + "'";
  }
  Value e = make_exception(in, in.exc_type(Exc::AttributeError), {make_str(in, msg)});
  exc_data(e).name = name;
  exc_data(e).obj = obj;
  throw_exception(in, std::move(e));
}

bool exc_matches(Interp& in, const Value& exc, Exc type) { return isinstance(in, exc, in.exc_type(type)); }

}  // namespace scopeplay::runtime
