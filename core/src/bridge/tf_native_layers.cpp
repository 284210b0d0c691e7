// _scopeplay_tf: the layer ops (scope/layer_ops.h) the layers prelude calls.
#include "bridge/tf_native.h"
#include "runtime/ops.h"
#include "scope/layer_ops.h"
#include "scope/resource_variable.h"

namespace scopeplay::bridge {

using namespace runtime;  // NOLINT
namespace ops = scope::ops;

namespace {

scope::Graph& G(Interp& in, const Value& gid) { return tf_state(in).graph(gid.as_int()); }
scope::OptName N(Interp& in, const Value& v) { return opt_str(in, v); }
Value T(Interp& in, scope::Result<scope::TensorRef> r) { return tensor_value(in, unwrap(in, std::move(r))); }

std::vector<std::int64_t> ints(Interp& in, const Value& v) {
  std::vector<std::int64_t> out;
  for (const auto& x : to_vector(in, v)) out.push_back(to_index(in, x, "value"));
  return out;
}

}  // namespace

void add_layer_op_natives(ModuleBuilder& m) {
  // (gid, input, filter, strides, padding, data_format, dilations, name)
  defn(m, "conv2d", 8, [](Interp& in, const Value* a) {
    return T(in, ops::conv2d(G(in, a[0]), operand(in, a[1]), operand(in, a[2]), ints(in, a[3]), str_of(a[4]),
                             str_of(a[5]), ints(in, a[6]), N(in, a[7])));
  });
  // (gid, "max"|"avg", value, ksize, strides, padding, data_format, name)
  defn(m, "pool2d", 8, [](Interp& in, const Value* a) {
    ops::PoolKind k = str_of(a[1]) == "max" ? ops::PoolKind::Max : ops::PoolKind::Avg;
    return T(in, ops::pool2d(G(in, a[0]), k, operand(in, a[2]), ints(in, a[3]), ints(in, a[4]), str_of(a[5]),
                             str_of(a[6]), N(in, a[7])));
  });
  defn(m, "strided_slice_index", 3, [](Interp& in, const Value* a) {  // (gid, x, index)
    return T(in, ops::strided_slice_index(G(in, a[0]), operand(in, a[1]), to_index(in, a[2], "index")));
  });
  defn(m, "reshape_packed", 4, [](Interp& in, const Value* a) {  // (gid, x, [Tensor|int], name)
    std::vector<ops::PackedDim> dims;
    for (const auto& d : to_vector(in, a[2])) {
      if (auto t = tensor_of(in, d)) dims.emplace_back(t->ref);
      else dims.emplace_back(to_index(in, d, "shape"));
    }
    return T(in, ops::reshape_packed(G(in, a[0]), operand(in, a[1]), dims, N(in, a[3])));
  });
  // (gid, init_fn, trainable, collections, name, dtype, shape) -> (vid, graph element)
  defn(m, "resource_var_create", 7, [](Interp& in, const Value* a) {
    TfState& st = tf_state(in);
    int saved = st.callback_gid;
    st.callback_gid = static_cast<int>(a[0].as_int());
    scope::VariableArgs va;
    scope::InitialValue iv;
    iv.kind = scope::InitialValue::Kind::Callable;
    iv.callable = st.callable(a[1]);
    va.initial_value = std::move(iv);
    va.trainable = a[2].is_none() ? true : truthy(in, a[2]);
    va.collections = str_list_arg(in, a[3]);
    va.name = opt_str(in, a[4]);
    va.dtype = dtype_arg(in, a[5]);
    va.shape = shape_arg(in, a[6]);
    scope::Graph& g = G(in, a[0]);
    auto r = scope::create_resource_variable(g, va);
    st.callback_gid = saved;
    scope::VariableId id = unwrap(in, std::move(r));
    // The graph element is the variable's own Read/ReadVariableOp.
    scope::OpId read = unwrap(in, g.get_operation_by_name(g.variable(id).name + "/Read/ReadVariableOp"));
    return make_tuple(in, {Value::integer(id), tensor_value(in, scope::TensorRef{read, 0})});
  });
  defn(m, "resource_var_read", 2, [](Interp& in, const Value* a) {  // (gid, vid)
    return T(in, scope::read_variable(G(in, a[0]), static_cast<scope::VariableId>(a[1].as_int())));
  });
  // (gid, x, scale, offset, mean, variance, data_format, name) -> [6 tensors]
  defn(m, "fused_batch_norm", 8, [](Interp& in, const Value* a) {
    auto r = ops::fused_batch_norm(G(in, a[0]), operand(in, a[1]), operand(in, a[2]), operand(in, a[3]),
                                   operand(in, a[4]), operand(in, a[5]), str_of(a[6]), N(in, a[7]));
    std::vector<Value> out;
    for (auto t : unwrap(in, std::move(r))) out.push_back(tensor_value(in, t));
    return make_list(in, std::move(out));
  });
  defn(m, "rsqrt", 3, [](Interp& in, const Value* a) {
    return T(in, ops::rsqrt(G(in, a[0]), operand(in, a[1]), N(in, a[2])));
  });
  defn(m, "stop_gradient", 3, [](Interp& in, const Value* a) {
    return T(in, ops::stop_gradient(G(in, a[0]), operand(in, a[1]), N(in, a[2])));
  });
  defn(m, "squared_difference", 4, [](Interp& in, const Value* a) {
    return T(in, ops::squared_difference(G(in, a[0]), operand(in, a[1]), operand(in, a[2]), N(in, a[3])));
  });
  defn(m, "squeeze", 4, [](Interp& in, const Value* a) {  // (gid, x, [axis], name)
    return T(in, ops::squeeze(G(in, a[0]), operand(in, a[1]), ints(in, a[2]), N(in, a[3])));
  });
  defn(m, "assign_sub", 4, [](Interp& in, const Value* a) {  // (gid, variable, value, name)
    auto var = variable_of(in, a[1]);
    if (!var) raise(in, Exc::TypeError, "assign_sub() requires a Variable");
    scope::Graph& g = G(in, a[0]);
    if (g.variable(var->second).resource) raise(in, Exc::NotImplementedError,
                                                "assign_sub on a resource variable is not supported in scopeplay");
    return T(in, ops::assign_sub(g, scope::TensorRef{g.variable(var->second).op, 0}, operand(in, a[2]), N(in, a[3])));
  });
  defn(m, "transpose", 4, [](Interp& in, const Value* a) {  // (gid, x, perm, name)
    return T(in, ops::transpose(G(in, a[0]), operand(in, a[1]), operand(in, a[2]), N(in, a[3])));
  });
  defn(m, "gather", 4, [](Interp& in, const Value* a) {  // (gid, params, indices, name)
    return T(in, ops::gather(G(in, a[0]), operand(in, a[1]), operand(in, a[2]), N(in, a[3])));
  });
  defn(m, "reduce_prod", 3, [](Interp& in, const Value* a) {  // (gid, x, name)
    return T(in, ops::reduce_prod(G(in, a[0]), operand(in, a[1]), N(in, a[2])));
  });
  defn(m, "stack", 3, [](Interp& in, const Value* a) {  // (gid, [tensors], name)
    std::vector<scope::TensorRef> values;
    for (const auto& v : to_vector(in, a[1])) {
      auto t = tensor_of(in, v);
      if (!t) raise(in, Exc::TypeError, "stack() of Python values is not supported in scopeplay");
      values.push_back(t->ref);
    }
    return T(in, ops::stack(G(in, a[0]), values, N(in, a[2]).value_or("stack")));
  });
  defn(m, "placeholder_with_default", 4, [](Interp& in, const Value* a) {  // (gid, input, shape, name)
    return T(in, ops::placeholder_with_default(G(in, a[0]), operand(in, a[1]),
                                               shape_arg(in, a[2]).value_or(scope::TensorShape()), N(in, a[3])));
  });
  defn(m, "set_shape", 3, [](Interp& in, const Value* a) {  // (gid, tensor, shape)
    auto t = tensor_of(in, a[1]);
    if (!t) raise(in, Exc::TypeError, "set_shape() requires a Tensor");
    auto shape = shape_arg(in, a[2]);
    if (shape) unwrap(in, ops::set_shape(G(in, a[0]), t->ref, *shape));
    return Value::none();
  });
}

}  // namespace scopeplay::bridge
