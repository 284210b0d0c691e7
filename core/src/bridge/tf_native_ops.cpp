// _scopeplay_tf: the op library (scope/ops.h), one native per TF wrapper.
#include "bridge/tf_native.h"
#include "runtime/ops.h"

namespace scopeplay::bridge {

using namespace runtime;  // NOLINT
namespace ops = scope::ops;

namespace {

scope::Graph& G(Interp& in, const Value& gid) { return tf_state(in).graph(gid.as_int()); }
scope::Operand X(Interp& in, const Value& v) { return operand(in, v); }
scope::OptName N(Interp& in, const Value& v) { return opt_str(in, v); }
scope::DType D(Interp& in, const Value& v, scope::DType def = scope::DType::float32()) {
  return dtype_arg(in, v).value_or(def);
}
Value T(Interp& in, scope::Result<scope::TensorRef> r) { return tensor_value(in, unwrap(in, std::move(r))); }
Value TL(Interp& in, scope::Result<std::vector<scope::TensorRef>> r) {
  std::vector<Value> out;
  for (auto t : unwrap(in, std::move(r))) out.push_back(tensor_value(in, t));
  return make_list(in, std::move(out));
}
Value O(Interp& in, scope::Result<scope::OpId> r) { return Value::integer(unwrap(in, std::move(r))); }
std::optional<scope::HostValue> H(Interp& in, const Value& v) {
  if (v.is_none()) return std::nullopt;
  auto h = host_value(in, v);
  if (!h) raise(in, Exc::TypeError, "Expected a Python value, got " + repr(in, v));
  return h;
}
int I(Interp& in, const Value& v) { return static_cast<int>(to_index(in, v, "axis")); }

using Unary = scope::Result<scope::TensorRef> (*)(scope::Graph&, const scope::Operand&, scope::OptName);
using Binary = scope::Result<scope::TensorRef> (*)(scope::Graph&, const scope::Operand&, const scope::Operand&, scope::OptName);

void unary(ModuleBuilder& m, const char* name, Unary f) {
  defn(m, name, 3, [f](Interp& in, const Value* a) { return T(in, f(G(in, a[0]), X(in, a[1]), N(in, a[2]))); });
}
void binary(ModuleBuilder& m, const char* name, Binary f) {
  defn(m, name, 4, [f](Interp& in, const Value* a) {
    return T(in, f(G(in, a[0]), X(in, a[1]), X(in, a[2]), N(in, a[3])));
  });
}

}  // namespace

void add_op_natives(ModuleBuilder& m) {
  add_train_natives(m);
  add_layer_op_natives(m);
  // (gid, op_type, name, [tensors], [(dtype, shape)]): scope/rnn_ops.cpp.
  defn(m, "opaque_op", 5, [](Interp& in, const Value* a) {
    std::vector<scope::TensorRef> inputs;
    for (const Value& v : to_vector(in, a[3])) {
      auto t = tensor_of(in, v);
      if (!t) raise(in, Exc::TypeError, "scopeplay: opaque_op input is not a tensor");
      inputs.push_back(t->ref);
    }
    std::vector<scope::OutputSpec> outputs;
    for (const Value& o : to_vector(in, a[4])) {
      std::vector<Value> pair = to_vector(in, o);
      outputs.push_back(scope::OutputSpec{D(in, pair.at(0)), shape_arg(in, pair.at(1)).value_or(scope::TensorShape())});
    }
    return TL(in, ops::opaque_op(G(in, a[0]), str_of(a[1]), N(in, a[2]), inputs, std::move(outputs)));
  });
  defn(m, "convert_to_tensor", 4, [](Interp& in, const Value* a) {  // (gid, value, dtype, name)
    auto name = N(in, a[3]);
    return T(in, ops::convert_to_tensor(G(in, a[0]), X(in, a[1]), name ? *name : "Const", dtype_arg(in, a[2])));
  });
  defn(m, "constant", 5, [](Interp& in, const Value* a) {  // (gid, value, dtype, shape, name)
    auto h = host_value(in, a[1]);
    if (!h) raise(in, Exc::TypeError, "Failed to convert object of type <class '" + type_name(in, a[1]) +
                                          "'> to Tensor. Contents: " + repr(in, a[1]) +
                                          ". Consider casting elements to a supported type.");
    return T(in, ops::constant(G(in, a[0]), *h, dtype_arg(in, a[2]), shape_arg(in, a[3]), N(in, a[4])));
  });
  defn(m, "placeholder", 4, [](Interp& in, const Value* a) {
    return T(in, ops::placeholder(G(in, a[0]), D(in, a[1]), shape_arg(in, a[2]), N(in, a[3])));
  });
  defn(m, "zeros", 4, [](Interp& in, const Value* a) {
    return T(in, ops::zeros(G(in, a[0]), X(in, a[1]), D(in, a[2]), N(in, a[3])));
  });
  defn(m, "ones", 4, [](Interp& in, const Value* a) {
    return T(in, ops::ones(G(in, a[0]), X(in, a[1]), D(in, a[2]), N(in, a[3])));
  });
  defn(m, "fill", 4, [](Interp& in, const Value* a) {
    return T(in, ops::fill(G(in, a[0]), X(in, a[1]), X(in, a[2]), N(in, a[3])));
  });
  defn(m, "zeros_like", 4, [](Interp& in, const Value* a) {
    return T(in, ops::zeros_like(G(in, a[0]), X(in, a[1]), dtype_arg(in, a[2]), N(in, a[3])));
  });
  defn(m, "ones_like", 4, [](Interp& in, const Value* a) {
    return T(in, ops::ones_like(G(in, a[0]), X(in, a[1]), dtype_arg(in, a[2]), N(in, a[3])));
  });
  unary(m, "identity", ops::identity);
  defn(m, "reshape", 4, [](Interp& in, const Value* a) {
    return T(in, ops::reshape(G(in, a[0]), X(in, a[1]), X(in, a[2]), N(in, a[3])));
  });
  defn(m, "concat", 4, [](Interp& in, const Value* a) {  // (gid, values, axis, name)
    std::vector<scope::Operand> vals;
    for (const auto& v : to_vector(in, a[1])) vals.push_back(X(in, v));
    return T(in, ops::concat(G(in, a[0]), vals, I(in, a[2]), N(in, a[3]).value_or("concat")));
  });
  defn(m, "split", 5, [](Interp& in, const Value* a) {  // (gid, x, num_or_size_splits, axis, name)
    return TL(in, ops::split(G(in, a[0]), X(in, a[1]), *H(in, a[2]), I(in, a[3]), N(in, a[4]).value_or("split")));
  });
  defn(m, "unstack", 5, [](Interp& in, const Value* a) {  // (gid, x, num, axis, name)
    std::optional<int> num;
    if (!a[2].is_none()) num = I(in, a[2]);
    return TL(in, ops::unstack(G(in, a[0]), X(in, a[1]), num, I(in, a[3]), N(in, a[4]).value_or("unstack")));
  });
  defn(m, "shape", 4, [](Interp& in, const Value* a) {
    return T(in, ops::shape(G(in, a[0]), X(in, a[1]), D(in, a[2], scope::DType::int32()), N(in, a[3])));
  });
  defn(m, "cast", 4, [](Interp& in, const Value* a) {
    return T(in, ops::cast(G(in, a[0]), X(in, a[1]), D(in, a[2]), N(in, a[3])));
  });
  binary(m, "add", ops::add);
  binary(m, "subtract", ops::subtract);
  binary(m, "multiply", ops::multiply);
  binary(m, "truediv", ops::truediv);
  defn(m, "binary_operator", 4, [](Interp& in, const Value* a) {  // (gid, op, x, y)
    const std::string& op = str_of(a[1]);
    scope::ops::BinaryOperator k = op == "add"   ? ops::BinaryOperator::Add
                                   : op == "sub" ? ops::BinaryOperator::Sub
                                   : op == "mul" ? ops::BinaryOperator::Mul
                                                 : ops::BinaryOperator::TrueDiv;
    return T(in, ops::binary_operator(G(in, a[0]), k, X(in, a[2]), X(in, a[3])));
  });
  defn(m, "compare", 5, [](Interp& in, const Value* a) {  // (gid, op, x, y, name)
    const std::string& op = str_of(a[1]);
    ops::Comparison k = op == "Less"        ? ops::Comparison::Less
                        : op == "LessEqual" ? ops::Comparison::LessEqual
                        : op == "Greater"   ? ops::Comparison::Greater
                                            : ops::Comparison::GreaterEqual;
    return T(in, ops::compare(G(in, a[0]), k, X(in, a[2]), X(in, a[3]), N(in, a[4])));
  });
  unary(m, "negative", ops::negative);
  defn(m, "matmul", 6, [](Interp& in, const Value* a) {
    return T(in, ops::matmul(G(in, a[0]), X(in, a[1]), X(in, a[2]), truthy(in, a[3]), truthy(in, a[4]), N(in, a[5])));
  });
  unary(m, "square", ops::square);
  defn(m, "reduce_sum", 5, [](Interp& in, const Value* a) {
    return T(in, ops::reduce_sum(G(in, a[0]), X(in, a[1]), H(in, a[2]), truthy(in, a[3]), N(in, a[4])));
  });
  defn(m, "reduce_mean", 5, [](Interp& in, const Value* a) {
    return T(in, ops::reduce_mean(G(in, a[0]), X(in, a[1]), H(in, a[2]), truthy(in, a[3]), N(in, a[4])));
  });
  unary(m, "relu", ops::relu);
  unary(m, "sigmoid", ops::sigmoid);
  unary(m, "tanh", ops::tanh);
  unary(m, "softmax", ops::softmax);
  binary(m, "bias_add", ops::bias_add);
  // (gid, shape, mean, stddev, dtype, name)
  defn(m, "random_normal", 6, [](Interp& in, const Value* a) {
    return T(in, ops::random_normal(G(in, a[0]), X(in, a[1]), to_double(in, a[2]), to_double(in, a[3]), D(in, a[4]), N(in, a[5])));
  });
  defn(m, "truncated_normal", 6, [](Interp& in, const Value* a) {
    return T(in, ops::truncated_normal(G(in, a[0]), X(in, a[1]), to_double(in, a[2]), to_double(in, a[3]), D(in, a[4]), N(in, a[5])));
  });
  defn(m, "random_uniform", 6, [](Interp& in, const Value* a) {  // (gid, shape, minval, maxval, dtype, name)
    return T(in, ops::random_uniform(G(in, a[0]), X(in, a[1]), H(in, a[2]).value_or(scope::HostValue(0)), H(in, a[3]),
                                     D(in, a[4]), N(in, a[5])));
  });
  defn(m, "no_op", 2, [](Interp& in, const Value* a) { return O(in, ops::no_op(G(in, a[0]), N(in, a[1]))); });
  defn(m, "group", 3, [](Interp& in, const Value* a) {  // (gid, op ids, name)
    std::vector<scope::OpId> deps;
    for (const auto& v : to_vector(in, a[1])) deps.push_back(static_cast<scope::OpId>(v.as_int()));
    return O(in, ops::group(G(in, a[0]), deps, N(in, a[2])));
  });
  defn(m, "variables_initializer", 3, [](Interp& in, const Value* a) {  // (gid, vids, name)
    std::vector<scope::VariableId> vars;
    for (const auto& v : to_vector(in, a[1])) vars.push_back(static_cast<scope::VariableId>(v.as_int()));
    return O(in, ops::variables_initializer(G(in, a[0]), vars, N(in, a[2]).value_or("init")));
  });
  defn(m, "global_variables_initializer", 1, [](Interp& in, const Value* a) {
    return O(in, ops::global_variables_initializer(G(in, a[0])));
  });
  defn(m, "assign", 5, [](Interp& in, const Value* a) {  // (gid, variable, value, name, validate_shape)
    auto var = variable_of(in, a[1]);
    if (!var) raise(in, Exc::TypeError, "assign() requires a Variable");
    scope::Graph& g = G(in, a[0]);
    scope::TensorRef ref{g.variable(var->second).op, 0};
    return T(in, ops::assign(g, ref, X(in, a[2]), N(in, a[3]), truthy(in, a[4])));
  });
}

}  // namespace scopeplay::bridge
