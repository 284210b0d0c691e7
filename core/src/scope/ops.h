// The op library: TF 1.15's Python wrappers, as clients of Graph.
//
// Each function reproduces what its TF wrapper does to the graph: which name
// scope it opens (`Add`, `random_normal`, operators use lower-case `add`),
// which hidden ops it creates and in what order (`random_normal/shape`,
// `/mean`, `/stddev`, `/RandomStandardNormal`, `/mul`, then the `add` named
// after the scope), how Python operands are converted (`Add/y`), and the
// resulting dtypes and static shapes (broadcasting, MatMul, reductions) with
// TF's shape-inference error texts. Nothing here touches Graph internals, so
// layers, RNN cells or optimizers can later be written the same way.
//
// Bridge usage: map each tf.* call to one function; Python tensors become
// Operand{TensorRef}, Python data Operand{HostValue}; variables are passed as
// their snapshot tensor (Variable::snapshot), like TF's _AsTensor.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "scope/graph.h"

namespace scopeplay::scope {

struct Operand {
  std::variant<TensorRef, HostValue> v;
  Operand(TensorRef t) : v(t) {}        // NOLINT
  Operand(HostValue h) : v(std::move(h)) {}  // NOLINT
  Operand(double d) : v(HostValue(d)) {}     // NOLINT
  Operand(int i) : v(HostValue(i)) {}        // NOLINT
  bool is_tensor() const { return std::holds_alternative<TensorRef>(v); }
  TensorRef tensor() const { return std::get<TensorRef>(v); }
  const HostValue& value() const { return std::get<HostValue>(v); }
};

using OptName = std::optional<std::string>;

namespace ops {

// ---- conversion and constants --------------------------------------------
// ops.convert_to_tensor(value, dtype, name, preferred_dtype).
Result<TensorRef> convert_to_tensor(Graph& g, const Operand& value, std::string_view name,
                                    std::optional<DType> dtype = std::nullopt,
                                    std::optional<DType> dtype_hint = std::nullopt);
// tf.constant(value, dtype=None, shape=None, name="Const").
Result<TensorRef> constant(Graph& g, const HostValue& value, std::optional<DType> dtype = std::nullopt,
                           std::optional<TensorShape> shape = std::nullopt, OptName name = std::nullopt);
// tf.placeholder(dtype, shape=None, name=None).
Result<TensorRef> placeholder(Graph& g, DType dtype, std::optional<TensorShape> shape = std::nullopt,
                              OptName name = std::nullopt);

// ---- array ops ---------------------------------------------------------------
Result<TensorRef> zeros(Graph& g, const Operand& shape, DType dtype = DType::float32(), OptName name = std::nullopt);
Result<TensorRef> ones(Graph& g, const Operand& shape, DType dtype = DType::float32(), OptName name = std::nullopt);
Result<TensorRef> fill(Graph& g, const Operand& dims, const Operand& value, OptName name = std::nullopt);
Result<TensorRef> zeros_like(Graph& g, const Operand& x, std::optional<DType> dtype = std::nullopt, OptName name = std::nullopt);
Result<TensorRef> ones_like(Graph& g, const Operand& x, std::optional<DType> dtype = std::nullopt, OptName name = std::nullopt);
Result<TensorRef> identity(Graph& g, const Operand& x, OptName name = std::nullopt);
Result<TensorRef> reshape(Graph& g, const Operand& x, const Operand& shape, OptName name = std::nullopt);
Result<TensorRef> concat(Graph& g, const std::vector<Operand>& values, int axis, std::string name = "concat");
Result<std::vector<TensorRef>> split(Graph& g, const Operand& x, const HostValue& num_or_size_splits,
                                     int axis = 0, std::string name = "split");
Result<std::vector<TensorRef>> unstack(Graph& g, const Operand& x, std::optional<int> num = std::nullopt,
                                       int axis = 0, std::string name = "unstack");
Result<TensorRef> shape(Graph& g, const Operand& x, DType out_type = DType::int32(), OptName name = std::nullopt);
Result<TensorRef> cast(Graph& g, const Operand& x, DType dtype, OptName name = std::nullopt);

// ---- math ops ----------------------------------------------------------------
// Generated wrappers: tf.add -> "Add", tf.subtract -> "Sub", tf.multiply -> "Mul".
Result<TensorRef> add(Graph& g, const Operand& x, const Operand& y, OptName name = std::nullopt);
Result<TensorRef> subtract(Graph& g, const Operand& x, const Operand& y, OptName name = std::nullopt);
Result<TensorRef> multiply(Graph& g, const Operand& x, const Operand& y, OptName name = std::nullopt);
// tf.divide / tf.truediv -> "truediv" (RealDiv, ints cast to float).
Result<TensorRef> truediv(Graph& g, const Operand& x, const Operand& y, OptName name = std::nullopt);
// Python operators: a + b -> "add" (AddV2), a - b -> "sub", a * b -> "mul",
// a / b -> "truediv". `reflected` is __radd__ & co.: `2 + t` names the
// Python operand `add/x`.
enum class BinaryOperator { Add, Sub, Mul, TrueDiv };
Result<TensorRef> binary_operator(Graph& g, BinaryOperator op, const Operand& x, const Operand& y);
// Generated comparison wrappers (also Tensor.__lt__ & co.): "Less",
// "LessEqual", "Greater", "GreaterEqual"; bool output, broadcast shape.
enum class Comparison { Less, LessEqual, Greater, GreaterEqual };
Result<TensorRef> compare(Graph& g, Comparison op, const Operand& x, const Operand& y, OptName name = std::nullopt);
// tf.negative and Tensor.__neg__ (gen_math_ops.neg) -> "Neg".
Result<TensorRef> negative(Graph& g, const Operand& x, OptName name = std::nullopt);
Result<TensorRef> matmul(Graph& g, const Operand& a, const Operand& b, bool transpose_a = false,
                         bool transpose_b = false, OptName name = std::nullopt);
Result<TensorRef> square(Graph& g, const Operand& x, OptName name = std::nullopt);
Result<TensorRef> reduce_sum(Graph& g, const Operand& x, std::optional<HostValue> axis = std::nullopt,
                             bool keepdims = false, OptName name = std::nullopt);
Result<TensorRef> reduce_mean(Graph& g, const Operand& x, std::optional<HostValue> axis = std::nullopt,
                              bool keepdims = false, OptName name = std::nullopt);

// ---- nn ------------------------------------------------------------------------
Result<TensorRef> relu(Graph& g, const Operand& x, OptName name = std::nullopt);
Result<TensorRef> sigmoid(Graph& g, const Operand& x, OptName name = std::nullopt);
Result<TensorRef> tanh(Graph& g, const Operand& x, OptName name = std::nullopt);
Result<TensorRef> softmax(Graph& g, const Operand& x, OptName name = std::nullopt);
// nn.bias_add(value, bias) -> "BiasAdd" (what tf.layers.Dense emits).
Result<TensorRef> bias_add(Graph& g, const Operand& value, const Operand& bias, OptName name = std::nullopt);

// ---- random ------------------------------------------------------------------
Result<TensorRef> random_normal(Graph& g, const Operand& shape, double mean = 0.0, double stddev = 1.0,
                                DType dtype = DType::float32(), OptName name = std::nullopt);
Result<TensorRef> truncated_normal(Graph& g, const Operand& shape, double mean = 0.0, double stddev = 1.0,
                                   DType dtype = DType::float32(), OptName name = std::nullopt);
Result<TensorRef> random_uniform(Graph& g, const Operand& shape, HostValue minval = 0,
                                 std::optional<HostValue> maxval = std::nullopt,
                                 DType dtype = DType::float32(), OptName name = std::nullopt);

// ---- state and control -------------------------------------------------------
Result<OpId> no_op(Graph& g, OptName name = std::nullopt);
// control_flow_ops.group(*deps, name): a NoOp named `name` (default "group_deps").
Result<OpId> group(Graph& g, const std::vector<OpId>& deps, OptName name = std::nullopt);
// tf.variables_initializer(vars, name="init"); global_variables_initializer().
Result<OpId> variables_initializer(Graph& g, const std::vector<VariableId>& vars, std::string name = "init");
Result<OpId> global_variables_initializer(Graph& g);
// state_ops.assign(ref, value, name) -> "Assign".
Result<TensorRef> assign(Graph& g, TensorRef ref, const Operand& value, OptName name = std::nullopt,
                         bool validate_shape = true);

// ---- RNN loop internals (rnn_ops.cpp) ---------------------------------------
// An op of `op_type` named like any other (name_scope(name or op_type)) whose
// outputs' dtypes and static shapes the caller computed: rnn.py's Transpose,
// TensorArray reads and loop Exits, a Split by a tensor axis.
Result<std::vector<TensorRef>> opaque_op(Graph& g, std::string op_type, OptName name,
                                         const std::vector<TensorRef>& inputs, std::vector<OutputSpec> outputs);

// ---- training and gradient kernels (training_ops.cpp) -------------------------
// A generated op wrapper (gen_training_ops.apply_adam & co., Tile, AddN,
// BroadcastGradientArgs, ReluGrad, ...): name_scope(name or type), operands
// converted under their op-def input names, outputs from `rule`.
enum class OutputRule {
  None,                   // NoOp-like
  RefOfFirst,             // Apply*, AssignAdd: the ref of input 0
  SameAsFirst,            // ReluGrad, SigmoidGrad, TanhGrad, AddN
  Broadcast,              // Maximum, FloorDiv
  ScalarOfFirst,          // a full reduction (Prod)
  Tile,                   // input dims times the constant `multiples`
  BroadcastGradientArgs,  // two int32 vectors
  BiasAddGrad,            // the last dimension of input 0
  Unknown,                // dtype of input 0, unknown shape (a Sum over tensor axes)
  ShapeOf,                // Shape without the constant folding: int32 [rank of input 0]
};
struct GeneratedInput {
  std::string name;            // op-def input name ("var", "lr", "grad", "multiples")
  Operand value;
  bool typed = true;           // shares the "T" attribute
  std::optional<DType> fixed;  // a fixed input type
};
Result<OpId> generated_op(Graph& g, std::string type, OptName name, std::vector<GeneratedInput> inputs,
                          OutputRule rule);

}  // namespace ops
}  // namespace scopeplay::scope
