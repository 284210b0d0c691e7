// The op library: default names, operators, hidden ops, shapes, lookups.
#include "scope_test_util.h"

namespace scopeplay::scope {
namespace {

using namespace testing;  // NOLINT

std::vector<std::string> op_names(const Graph& g, OpId from = 0) {
  std::vector<std::string> out;
  for (OpId i = from; i < g.num_ops(); ++i) out.push_back(g.op(i).name);
  return out;
}

// conformance ops/ops_default_names (op_def_library default names, math_ops
// operators, case-insensitive sharing)
TEST(OpsTest, DefaultNamesAndOperators) {
  Env e;
  Graph& g = *e.g;
  TensorRef a = ok(ops::constant(g, 1.0));
  TensorRef b = ok(ops::constant(g, 2.0));
  TensorRef p = ok(ops::placeholder(g, DType::float32(), TensorShape::of({2, 2})));
  TensorRef m = ok(ops::matmul(g, p, p));
  TensorRef s1 = ok(ops::add(g, a, b));
  TensorRef s2 = ok(ops::binary_operator(g, ops::BinaryOperator::Add, a, b));
  TensorRef m1 = ok(ops::multiply(g, a, b));
  TensorRef m2 = ok(ops::binary_operator(g, ops::BinaryOperator::Mul, a, b));
  TensorRef d1 = ok(ops::subtract(g, a, b));
  TensorRef d2 = ok(ops::binary_operator(g, ops::BinaryOperator::Sub, a, b));
  EXPECT_EQ(g.tensor_name(a), "Const:0");
  EXPECT_EQ(g.tensor_name(b), "Const_1:0");
  EXPECT_EQ(g.tensor_name(p), "Placeholder:0");
  EXPECT_EQ(g.tensor_name(m), "MatMul:0");
  EXPECT_EQ(g.tensor_name(s1), "Add:0");
  EXPECT_EQ(g.tensor_name(s2), "add_1:0");
  EXPECT_EQ(g.tensor_name(m1), "Mul:0");
  EXPECT_EQ(g.tensor_name(m2), "mul_1:0");
  EXPECT_EQ(g.tensor_name(d1), "Sub:0");
  EXPECT_EQ(g.tensor_name(d2), "sub_1:0");
  EXPECT_EQ(g.op(s1.op).type, "Add");
  EXPECT_EQ(g.op(s2.op).type, "AddV2");
}

// SEMANTICS §13.1: operator first, then tf.add -> add, Add_1
// Tensor.__lt__ = gen_math_ops.less, __neg__ = gen_math_ops.neg (math_ops.py)
TEST(OpsTest, ComparisonsAndNegation) {
  Env e;
  Graph& g = *e.g;
  TensorRef p = ok(ops::placeholder(g, DType::float32(), TensorShape(std::vector<Dim>{std::nullopt, 3})));
  TensorRef lt = ok(ops::compare(g, ops::Comparison::Less, p, 1.0));
  TensorRef ge = ok(ops::compare(g, ops::Comparison::GreaterEqual, p, p, std::string("ge")));
  TensorRef n = ok(ops::negative(g, p));
  EXPECT_EQ(op_names(g), (std::vector<std::string>{"Placeholder", "Less/y", "Less", "ge", "Neg"}));
  EXPECT_EQ(g.tensor_str(lt), "Tensor(\"Less:0\", shape=(?, 3), dtype=bool)");
  EXPECT_EQ(g.op(ge.op).type, "GreaterEqual");
  EXPECT_EQ(g.tensor_str(n), "Tensor(\"Neg:0\", shape=(?, 3), dtype=float32)");
}

TEST(OpsTest, OperatorThenGeneratedWrapper) {
  Env e;
  Graph& g = *e.g;
  TensorRef a = ok(ops::constant(g, 1.0));
  EXPECT_EQ(g.tensor_name(ok(ops::binary_operator(g, ops::BinaryOperator::Add, a, a))), "add:0");
  EXPECT_EQ(g.tensor_name(ok(ops::add(g, a, a))), "Add_1:0");
}

// math_ops binary_op_wrapper / r_binary_op_wrapper: Python operands become <op>/y, <op>/x
TEST(OpsTest, PythonOperandsAreConvertedInsideTheScope) {
  Env e;
  Graph& g = *e.g;
  TensorRef a = ok(ops::constant(g, 1.0));
  TensorRef r = ok(ops::binary_operator(g, ops::BinaryOperator::Add, a, 2));
  EXPECT_EQ(g.tensor_name(g.op(r.op).inputs[1]), "add/y:0");
  EXPECT_EQ(g.tensor_dtype(g.op(r.op).inputs[1]), DType::float32());  // dtype_hint from x
  TensorRef rr = ok(ops::binary_operator(g, ops::BinaryOperator::Sub, 3.0, a));
  EXPECT_EQ(g.tensor_name(rr), "sub:0");
  EXPECT_EQ(g.tensor_name(g.op(rr.op).inputs[0]), "sub/x:0");
  TensorRef t = ok(ops::add(g, a, 2.0));
  EXPECT_EQ(g.tensor_name(g.op(t.op).inputs[1]), "Add_1/y:0");  // shares the counter with "add"
}

// truediv: a / b -> truediv (RealDiv); int operands are cast to float64
TEST(OpsTest, TrueDiv) {
  Env e;
  Graph& g = *e.g;
  TensorRef a = ok(ops::constant(g, 1.0));
  TensorRef q = ok(ops::binary_operator(g, ops::BinaryOperator::TrueDiv, a, 2));
  EXPECT_EQ(g.tensor_name(q), "truediv:0");
  EXPECT_EQ(g.op(q.op).type, "RealDiv");
  TensorRef i = ok(ops::constant(g, 4));
  TensorRef qi = ok(ops::binary_operator(g, ops::BinaryOperator::TrueDiv, i, 2));
  EXPECT_EQ(g.tensor_name(qi), "truediv_1:0");
  EXPECT_EQ(g.tensor_dtype(qi), DType::float64());
  EXPECT_EQ(g.tensor_name(g.op(qi.op).inputs[0]), "truediv_1/Cast:0");
  EXPECT_EQ(g.tensor_name(g.op(qi.op).inputs[1]), "truediv_1/Cast_1:0");
  auto bad = ops::truediv(g, a, 2);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message, "x and y must have the same dtype, got tf.float32 != tf.int32");
}

// op_def_library._apply_op_helper type checks
TEST(OpsTest, DtypeMismatchErrors) {
  Env e;
  Graph& g = *e.g;
  TensorRef f = ok(ops::constant(g, 1.0));
  TensorRef i = ok(ops::constant(g, 1));
  auto r = ops::add(g, f, i);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::TypeError);
  EXPECT_EQ(r.error().message,
            "Input 'y' of 'Add' Op has type int32 that does not match type float32 of argument 'x'.");
  auto r2 = ops::add(g, i, 2.5);
  ASSERT_FALSE(r2.ok());
  EXPECT_EQ(r2.error().message,
            "Expected int32 passed to parameter 'y' of op 'Add', got 2.5 of type 'float' instead. "
            "Error: Expected int32, got 2.5 of type 'float' instead.");
  auto r3 = ops::binary_operator(g, ops::BinaryOperator::Add, i, 2.5);
  ASSERT_FALSE(r3.ok());
  EXPECT_EQ(r3.error().message,
            "Input 'y' of 'AddV2' Op has type float32 that does not match type int32 of argument 'x'.");
}

// conformance ops/ops_explicit_duplicate_names
TEST(OpsTest, ExplicitDuplicateNames) {
  Env e;
  Graph& g = *e.g;
  TensorRef x = ok(ops::placeholder(g, DType::float32(), std::nullopt, std::string("x")));
  TensorRef y = ok(ops::placeholder(g, DType::float32(), std::nullopt, std::string("x")));
  TensorRef z = ok(ops::identity(g, x, std::string("x")));
  EXPECT_EQ(g.tensor_name(x), "x:0");
  EXPECT_EQ(g.tensor_name(y), "x_1:0");
  EXPECT_EQ(g.tensor_name(z), "x_2:0");
}

// Operation.__init__ node-name check vs Graph.name_scope scope-name check (SEMANTICS §3)
TEST(OpsTest, InvalidNodeVsScopeName) {
  Env e;
  Graph& g = *e.g;
  auto c = ops::constant(g, 1.0, std::nullopt, std::nullopt, std::string("_x"));
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.error().message, "'_x' is not a valid node name");
  TensorRef a = ok(ops::constant(g, 1.0));
  auto i = ops::identity(g, a, std::string("_x"));
  ASSERT_FALSE(i.ok());
  EXPECT_EQ(i.error().message, "'_x' is not a valid scope name");
  NameScope s(g, "ok");
  EXPECT_EQ(g.tensor_name(ok(ops::constant(g, 1.0, std::nullopt, std::nullopt, std::string("_x")))), "ok/_x:0");
}

// Trailing slash op names are verbatim (ops.py _create_op_internal); a
// verbatim name that already exists fails in TF_FinishOperation.
TEST(OpsTest, TrailingSlashOpNameIsVerbatim) {
  Env e;
  Graph& g = *e.g;
  TensorRef b = ok(ops::constant(g, 1.0, std::nullopt, std::nullopt, std::string("a/")));
  EXPECT_EQ(g.op(b.op).name, "a");
  // The verbatim name was not marked in the name table, so a plain "a" is
  // handed out again and collides.
  auto plain = ops::constant(g, 1.0, std::nullopt, std::nullopt, std::string("a"));
  ASSERT_FALSE(plain.ok());
  EXPECT_EQ(plain.error().message, "Duplicate node name in graph: 'a'");
  EXPECT_EQ(g.tensor_name(ok(ops::constant(g, 1.0, std::nullopt, std::nullopt, std::string("a")))), "a_1:0");
  auto dup = ops::constant(g, 1.0, std::nullopt, std::nullopt, std::string("a/"));
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().message, "Duplicate node name in graph: 'a'");
}

// conformance ops/ops_tensor_str_repr (Tensor.__str__/__repr__, Operation.__repr__)
TEST(OpsTest, TensorStrRepr) {
  Env e;
  Graph& g = *e.g;
  TensorRef x = ok(ops::placeholder(g, DType::float32(), TensorShape({std::nullopt, 3}), std::string("x")));
  TensorRef c = ok(ops::constant(g, HostValue::list({HostValue::list({1.0, 2.0}), HostValue::list({3.0, 4.0})})));
  TensorRef u = ok(ops::placeholder(g, DType::int32()));
  EXPECT_EQ(g.tensor_str(x), "Tensor(\"x:0\", shape=(?, 3), dtype=float32)");
  EXPECT_EQ(g.tensor_repr(x), "<tf.Tensor 'x:0' shape=(?, 3) dtype=float32>");
  EXPECT_EQ(g.tensor_str(c), "Tensor(\"Const:0\", shape=(2, 2), dtype=float32)");
  EXPECT_EQ(g.tensor_str(u), "Tensor(\"Placeholder:0\", dtype=int32)");
  EXPECT_EQ(g.tensor_repr(u), "<tf.Tensor 'Placeholder:0' shape=<unknown> dtype=int32>");
  EXPECT_EQ(g.op_repr(c.op), "<tf.Operation 'Const' type=Const>");
}

// conformance ops/ops_multi_output (split/unstack default names, hidden Const)
TEST(OpsTest, MultiOutputAndHiddenConst) {
  Env e;
  Graph& g = *e.g;
  TensorRef v = ok(ops::constant(g, HostValue::list({HostValue::list({1, 2}), HostValue::list({3, 4})})));
  auto parts = ok(ops::split(g, v, 2));
  auto rows = ok(ops::unstack(g, v));
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(g.tensor_name(parts[0]), "split:0");
  EXPECT_EQ(g.tensor_name(parts[1]), "split:1");
  EXPECT_EQ(parts[1].index, 1);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(g.tensor_name(rows[0]), "unstack:0");
  EXPECT_EQ(g.tensor_name(rows[1]), "unstack:1");
  EXPECT_EQ(g.tensor_shape(parts[0]).str(), "(1, 2)");
  EXPECT_EQ(g.tensor_shape(rows[0]).str(), "(2,)");
  // split(x, 2) converted 2 to an unnamed Const first; the axis became split/split_dim.
  EXPECT_EQ(op_names(g), (Names{"Const", "Const_1", "split/split_dim", "split", "unstack"}));
  EXPECT_EQ(g.tensor_name(ok(ops::constant(g, 0.0))), "Const_2:0");
}

// SEMANTICS §13.10: reduce_mean(x) without axis creates a hidden Const
TEST(OpsTest, ReduceMeanHiddenConst) {
  Env e;
  Graph& g = *e.g;
  TensorRef x = ok(ops::constant(g, HostValue::list({1.0, 2.0})));
  TensorRef m = ok(ops::reduce_mean(g, x));
  EXPECT_EQ(g.tensor_name(m), "Mean:0");
  EXPECT_EQ(g.tensor_shape(m).str(), "()");
  EXPECT_EQ(g.tensor_name(ok(ops::constant(g, 0.0))), "Const_2:0");
  TensorRef s = ok(ops::reduce_sum(g, x, HostValue::list({0}), true));
  EXPECT_EQ(g.tensor_name(s), "Sum:0");
  EXPECT_EQ(g.tensor_shape(s).str(), "(1,)");
  EXPECT_EQ(g.tensor_name(g.op(s.op).inputs[1]), "Sum/reduction_indices:0");
}

// random_ops.random_normal op sequence
TEST(OpsTest, RandomNormalSubOps) {
  Env e;
  Graph& g = *e.g;
  TensorRef r = ok(ops::random_normal(g, HostValue::list({2, 3})));
  EXPECT_EQ(op_names(g), (Names{"random_normal/shape", "random_normal/mean", "random_normal/stddev",
                                "random_normal/RandomStandardNormal", "random_normal/mul", "random_normal"}));
  EXPECT_EQ(g.tensor_shape(r).str(), "(2, 3)");
  EXPECT_EQ(g.op(r.op).type, "Add");
  OpId start = static_cast<OpId>(g.num_ops());
  ok(ops::random_uniform(g, HostValue::list({2})));
  EXPECT_EQ(op_names(g, start), (Names{"random_uniform/shape", "random_uniform/min", "random_uniform/max",
                                       "random_uniform/RandomUniform", "random_uniform/sub", "random_uniform/mul",
                                       "random_uniform"}));
  start = static_cast<OpId>(g.num_ops());
  ok(ops::truncated_normal(g, HostValue::list({2})));
  EXPECT_EQ(g.op(start + 3).type, "TruncatedNormal");
  EXPECT_EQ(g.op(start + 5).name, "truncated_normal");
}

// array_ops.zeros: Const named like the scope when small, Fill otherwise
TEST(OpsTest, ZerosOnesFill) {
  Env e;
  Graph& g = *e.g;
  TensorRef z = ok(ops::zeros(g, HostValue::list({4, 3})));
  EXPECT_EQ(g.tensor_name(z), "zeros:0");
  EXPECT_EQ(g.op(z.op).type, "Const");
  TensorRef o = ok(ops::ones(g, HostValue::list({3})));
  EXPECT_EQ(g.tensor_name(o), "ones:0");
  OpId start = static_cast<OpId>(g.num_ops());
  TensorRef big = ok(ops::zeros(g, HostValue::list({100, 100})));
  EXPECT_EQ(op_names(g, start), (Names{"zeros_1/shape_as_tensor", "zeros_1/Const", "zeros_1"}));
  EXPECT_EQ(g.op(big.op).type, "Fill");
  EXPECT_EQ(g.tensor_shape(big).str(), "(100, 100)");
  TensorRef zl = ok(ops::zeros_like(g, o));
  EXPECT_EQ(g.tensor_name(zl), "zeros_like:0");
  TensorRef ol = ok(ops::ones_like(g, o));
  EXPECT_EQ(g.tensor_name(ol), "ones_like:0");
  EXPECT_EQ(g.tensor_name(g.op(ol.op).inputs[0]), "ones_like/Shape:0");
}

// conformance ops/ops_mlp_names
TEST(OpsTest, MlpNames) {
  Env e;
  Graph& g = *e.g;
  TensorRef x = ok(ops::placeholder(g, DType::float32(), TensorShape({std::nullopt, 4}), std::string("input")));
  VariableId W = make_var(g, tensor(ok(ops::zeros(g, HostValue::list({4, 3})))), std::string("W"));
  VariableId b = make_var(g, tensor(ok(ops::zeros(g, HostValue::list({3})))), std::string("b"));
  TensorRef mm = ok(ops::matmul(g, x, g.variable(W).snapshot));
  TensorRef h = ok(ops::relu(g, ok(ops::binary_operator(g, ops::BinaryOperator::Add, mm, g.variable(b).snapshot))));
  TensorRef out = ok(ops::softmax(g, h));
  EXPECT_EQ(g.variable(W).tensor_name(), "W:0");
  EXPECT_EQ(g.variable(b).tensor_name(), "b:0");
  EXPECT_EQ(g.tensor_name(g.variable(W).initial_value), "zeros:0");
  EXPECT_EQ(g.tensor_name(g.variable(b).initial_value), "zeros_1:0");
  EXPECT_EQ(g.tensor_name(h), "Relu:0");
  EXPECT_EQ(g.tensor_name(out), "Softmax:0");
  EXPECT_EQ(g.tensor_name(mm), "MatMul:0");
  EXPECT_EQ(g.tensor_shape(out).str(), "(?, 3)");
}

// common_shapes broadcasting and MatMul shape inference errors
TEST(OpsTest, ShapeInference) {
  Env e;
  Graph& g = *e.g;
  TensorRef a = ok(ops::placeholder(g, DType::float32(), TensorShape({std::nullopt, 3})));
  TensorRef b = ok(ops::placeholder(g, DType::float32(), TensorShape::of({3})));
  EXPECT_EQ(g.tensor_shape(ok(ops::add(g, a, b))).str(), "(?, 3)");
  TensorRef c = ok(ops::constant(g, HostValue::list({1.0, 2.0})));
  auto bad = ops::binary_operator(g, ops::BinaryOperator::Add, b, c);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message,
            "Dimensions must be equal, but are 3 and 2 for 'add_1' (op: 'AddV2') with input shapes: [3], [2].");
  TensorRef m1 = ok(ops::placeholder(g, DType::float32(), TensorShape::of({2, 3})));
  TensorRef m2 = ok(ops::placeholder(g, DType::float32(), TensorShape::of({4, 5})));
  auto mm = ops::matmul(g, m1, m2);
  ASSERT_FALSE(mm.ok());
  EXPECT_EQ(mm.error().message,
            "Dimensions must be equal, but are 3 and 4 for 'MatMul' (op: 'MatMul') with input shapes: [2,3], [4,5].");
  EXPECT_EQ(g.tensor_shape(ok(ops::matmul(g, m1, m1, true, false))).str(), "(3, 3)");
  TensorRef r = ok(ops::reshape(g, m1, HostValue::list({-1})));
  EXPECT_EQ(g.tensor_shape(r).str(), "(6,)");
  auto rbad = ops::reshape(g, m1, HostValue::list({4}));
  ASSERT_FALSE(rbad.ok());
  EXPECT_EQ(first_line(rbad.error().message).substr(0, 57), "Cannot reshape a tensor with 6 elements to shape [4] (4 e");
  TensorRef cat = ok(ops::concat(g, {m1, m1}, 0));
  EXPECT_EQ(g.tensor_name(cat), "concat:0");
  EXPECT_EQ(g.tensor_shape(cat).str(), "(4, 3)");
  EXPECT_EQ(g.tensor_shape(ok(ops::shape(g, a))).str(), "(2,)");
  TensorRef casted = ok(ops::cast(g, a, DType::int32()));
  EXPECT_EQ(g.tensor_name(casted), "Cast:0");
  EXPECT_EQ(ok(ops::cast(g, a, DType::float32())), a);  // no op when dtype matches
  EXPECT_EQ(g.tensor_name(ok(ops::sigmoid(g, a))), "Sigmoid:0");
  EXPECT_EQ(g.tensor_name(ok(ops::tanh(g, a))), "Tanh:0");
  EXPECT_EQ(g.tensor_name(ok(ops::square(g, a))), "Square:0");
}

// tf.shape of a fully defined tensor is a Const named Shape (array_ops.shape_internal)
TEST(OpsTest, ShapeOfDefinedTensorIsConst) {
  Env e;
  Graph& g = *e.g;
  TensorRef c = ok(ops::constant(g, HostValue::list({1, 2, 3})));
  TensorRef s = ok(ops::shape(g, c));
  EXPECT_EQ(g.tensor_name(s), "Shape:0");
  EXPECT_EQ(g.op(s.op).type, "Const");
}

// ops.py _as_graph_element_locked messages
TEST(OpsTest, LookupsByName) {
  Env e;
  Graph& g = *e.g;
  TensorRef a = ok(ops::constant(g, 1.0, std::nullopt, std::nullopt, std::string("a")));
  EXPECT_EQ(ok(g.get_tensor_by_name("a:0")), a);
  EXPECT_EQ(ok(g.get_operation_by_name("a")), a.op);
  auto missing = g.get_tensor_by_name("x:0");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().kind, ErrorKind::KeyError);
  EXPECT_EQ(missing.error().message,
            "The name 'x:0' refers to a Tensor which does not exist. The operation, 'x', does not exist in the graph.");
  auto out_of_range = g.get_tensor_by_name("a:1");
  ASSERT_FALSE(out_of_range.ok());
  EXPECT_EQ(out_of_range.error().message,
            "The name 'a:1' refers to a Tensor which does not exist. The operation, 'a', exists but only has 1 outputs.");
  auto op_as_tensor = g.get_tensor_by_name("a");
  ASSERT_FALSE(op_as_tensor.ok());
  EXPECT_EQ(op_as_tensor.error().message,
            "The name 'a' refers to an Operation, not a Tensor. Tensor names must be of the form "
            "\"<op_name>:<output_index>\".");
  auto no_op = g.get_operation_by_name("b");
  ASSERT_FALSE(no_op.ok());
  EXPECT_EQ(no_op.error().message, "The name 'b' refers to an Operation not in the graph.");
  auto tensor_as_op = g.get_operation_by_name("a:0");
  ASSERT_FALSE(tensor_as_op.ok());
  EXPECT_EQ(tensor_as_op.error().message, "Name 'a:0' appears to refer to a Tensor, not a Operation.");
  auto bad = g.get_tensor_by_name("a:b");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().kind, ErrorKind::ValueError);
  EXPECT_EQ(g.get_operations().size(), 1u);
}

// conformance ops/ops_initializer_op_name (variables_initializer name='init')
TEST(OpsTest, GlobalVariablesInitializerNames) {
  Env e;
  Graph& g = *e.g;
  make_var(g, value(1.0), std::string("v"));
  OpId init = ok(ops::global_variables_initializer(g));
  OpId init2 = ok(ops::global_variables_initializer(g));
  EXPECT_EQ(g.op(init).name, "init");
  EXPECT_EQ(g.op(init2).name, "init_1");
  EXPECT_EQ(g.op(init).type, "NoOp");
}

// Constant conversion: dtype inference and conversion errors (constant_op.py)
TEST(OpsTest, ConstantDtypes) {
  Env e;
  Graph& g = *e.g;
  EXPECT_EQ(g.tensor_dtype(ok(ops::constant(g, 1))), DType::int32());
  EXPECT_EQ(g.tensor_dtype(ok(ops::constant(g, 1.5))), DType::float32());
  EXPECT_EQ(g.tensor_dtype(ok(ops::constant(g, true))), DType::boolean());
  EXPECT_EQ(g.tensor_dtype(ok(ops::constant(g, "s"))), DType::string());
  EXPECT_EQ(g.tensor_dtype(ok(ops::constant(g, HostValue::list({1, 2.5})))), DType::float32());
  EXPECT_EQ(g.tensor_shape(ok(ops::constant(g, 0, DType::float32(), TensorShape::of({2, 3})))).str(), "(2, 3)");
  auto bad = ops::constant(g, 2.5, DType::int32());
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message, "Expected int32, got 2.5 of type 'float' instead.");
  auto ragged = ops::constant(g, HostValue::list({HostValue::list({1, 2}), HostValue::list({3})}));
  EXPECT_FALSE(ragged.ok());
}

}  // namespace
}  // namespace scopeplay::scope

namespace scopeplay::scope {
namespace {

using namespace testing;  // NOLINT

// Profile differences: math_ops.py v1.3.0 overrides `+` with gen_math_ops.add,
// array_ops.py v1.3.0 zeros() always builds a Const.
TEST(OpsTest, ProfileDifferencesIn13) {
  Env e("1.3");
  Graph& g = *e.g;
  TensorRef a = ok(ops::constant(g, 1.0));
  EXPECT_EQ(g.op(ok(ops::binary_operator(g, ops::BinaryOperator::Add, a, a)).op).type, "Add");
  TensorRef z = ok(ops::zeros(g, HostValue::list({100, 100})));
  EXPECT_EQ(g.op(z.op).type, "Const");
  EXPECT_EQ(g.tensor_name(z), "zeros:0");
  TensorRef p = ok(ops::placeholder(g, DType::float32()));
  EXPECT_EQ(g.op(ok(ops::matmul(g, p, p)).op).type, "MatMul");
  Env n;
  TensorRef q = ok(ops::placeholder(*n.g, DType::float32()));
  EXPECT_EQ(n.g->op(ok(ops::matmul(*n.g, q, q)).op).type, "BatchMatMulV2");
}

}  // namespace
}  // namespace scopeplay::scope
