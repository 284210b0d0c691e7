// _scopeplay_tf: what the training prelude (tf_prelude_train.cpp) needs from
// the engine: the generated kernels of the training library (scope/ops.h
// generated_op) and the name scopes that gradient and optimizer code opens
// for itself, which are not logged as user scopes.
#include "bridge/tf_native.h"
#include "runtime/ops.h"
#include "scope/op_helpers.h"

namespace scopeplay::bridge {

using namespace runtime;  // NOLINT
namespace ops = scope::ops;

namespace {

ops::OutputRule output_rule(Interp& in, const std::string& s) {
  if (s == "none") return ops::OutputRule::None;
  if (s == "ref") return ops::OutputRule::RefOfFirst;
  if (s == "same") return ops::OutputRule::SameAsFirst;
  if (s == "broadcast") return ops::OutputRule::Broadcast;
  if (s == "scalar") return ops::OutputRule::ScalarOfFirst;
  if (s == "tile") return ops::OutputRule::Tile;
  if (s == "bcast_args") return ops::OutputRule::BroadcastGradientArgs;
  if (s == "bias_add_grad") return ops::OutputRule::BiasAddGrad;
  if (s == "unknown") return ops::OutputRule::Unknown;
  if (s == "shape_of") return ops::OutputRule::ShapeOf;
  raise(in, Exc::ValueError, "scopeplay: unknown output rule " + s);
}

// Integers and (nested) lists of integers of a Const (what gradient fast paths test).
Value small_value(Interp& in, const scope::HostValue& h) {
  if (h.is_int()) return Value::integer(h.as_int());
  if (h.is_list()) {
    std::vector<Value> out;
    for (const auto& x : h.as_list()) out.push_back(small_value(in, x));
    return make_list(in, std::move(out));
  }
  return Value::none();
}

}  // namespace

void add_train_natives(ModuleBuilder& m) {
  // (gid, op_type, name, [(input_name, value, typed, fixed_dtype)], rule) -> (op id, [tensors])
  defn(m, "generated_op", 5, [](Interp& in, const Value* a) {
    std::vector<ops::GeneratedInput> inputs;
    for (const Value& v : to_vector(in, a[3])) {
      std::vector<Value> f = to_vector(in, v);
      if (f.size() != 4) raise(in, Exc::TypeError, "scopeplay: generated_op input must be a 4-tuple");
      inputs.push_back(ops::GeneratedInput{to_str(in, f[0]), operand(in, f[1]), truthy(in, f[2]), dtype_arg(in, f[3])});
    }
    scope::Graph& g = tf_state(in).graph(a[0].as_int());
    scope::OpId id = unwrap(in, ops::generated_op(g, str_of(a[1]), opt_str(in, a[2]), std::move(inputs),
                                                  output_rule(in, str_of(a[4]))));
    std::vector<Value> outs;
    for (std::size_t i = 0; i < g.op(id).outputs.size(); ++i)
      outs.push_back(tensor_value(in, scope::TensorRef{id, static_cast<int>(i)}));
    return make_tuple(in, {Value::integer(id), make_list(in, std::move(outs))});
  });
  // (gid, op id) -> the value of a Const op holding integers, else None.
  defn(m, "const_value", 2, [](Interp& in, const Value* a) {
    scope::Graph& g = tf_state(in).graph(a[0].as_int());
    auto v = scope::detail::constant_value(g, scope::TensorRef{static_cast<scope::OpId>(a[1].as_int()), 0});
    return v ? small_value(in, *v) : Value::none();
  });
  // (gid, name, default_name) -> (token, scope): name_scope(name, default_name) for library code.
  defn(m, "internal_scope_enter", 3, [](Interp& in, const Value* a) {
    TfState& st = tf_state(in);
    scope::Graph& g = st.graph(a[0].as_int());
    auto name = opt_str(in, a[1]);
    auto def = opt_str(in, a[2]);
    std::optional<std::string_view> nv, dv;
    if (name) nv = *name;
    if (def) dv = *def;
    scope::NameScopeToken tok = unwrap(in, g.enter_name_scope_v1_internal(nv, dv, true));
    std::int64_t id = st.next_id++;
    std::string yielded = tok.yielded;
    st.name_scopes.emplace(id, std::move(tok));
    return make_tuple(in, {Value::integer(id), make_str(in, yielded)});
  });
}

}  // namespace scopeplay::bridge
