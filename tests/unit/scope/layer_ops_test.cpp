// Layer ops (scope/layer_ops.h) and resource variables (scope/resource_variable.h):
// names, hidden ops and static shapes with None dimensions, as keras/tf.layers build them.
#include "scope/layer_ops.h"
#include "scope/resource_variable.h"
#include "scope_test_util.h"

namespace scopeplay::scope {
namespace {

using namespace testing;  // NOLINT

std::vector<std::string> op_names(const Graph& g, OpId from = 0) {
  std::vector<std::string> out;
  for (OpId i = from; i < g.num_ops(); ++i) out.push_back(g.op(i).name);
  return out;
}

TensorRef image(Graph& g, std::vector<Dim> dims) {
  return ok(ops::placeholder(g, DType::float32(), TensorShape(std::move(dims)), std::string("x")));
}

// keras Conv.call -> conv2d "Conv2D": VALID and SAME output sizes, unknown batch kept.
TEST(LayerOpsTest, Conv2DShapes) {
  Env e;
  Graph& g = *e.g;
  TensorRef x = image(g, {std::nullopt, 28, 28, 1});
  TensorRef f = ok(ops::constant(g, 0.0, DType::float32(), TensorShape::of({3, 3, 1, 32})));
  TensorRef valid = ok(ops::conv2d(g, x, f, {1, 1, 1, 1}, "VALID"));
  TensorRef same = ok(ops::conv2d(g, x, f, {1, 2, 2, 1}, "SAME"));
  EXPECT_EQ(g.tensor_name(valid), "Conv2D:0");
  EXPECT_EQ(g.tensor_name(same), "Conv2D_1:0");
  EXPECT_EQ(g.tensor_shape(valid).str(), "(?, 26, 26, 32)");
  EXPECT_EQ(g.tensor_shape(same).str(), "(?, 14, 14, 32)");
}

// common_shape_fns GetWindowedOutputSize: a VALID window larger than the input.
TEST(LayerOpsTest, Conv2DNegativeDimension) {
  Env e;
  Graph& g = *e.g;
  TensorRef x = image(g, {std::nullopt, 2, 2, 1});
  TensorRef f = ok(ops::constant(g, 0.0, DType::float32(), TensorShape::of({3, 3, 1, 4})));
  auto r = ops::conv2d(g, x, f, {1, 1, 1, 1}, "VALID");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message,
            "Negative dimension size caused by subtracting 3 from 2 for 'Conv2D' (op: 'Conv2D') with input shapes: "
            "[?,2,2,1], [3,3,1,4].");
}

// nn_ops.max_pool: name_scope(None, "MaxPool") then the op; rank is checked.
TEST(LayerOpsTest, PoolNamesAndShapes) {
  Env e;
  Graph& g = *e.g;
  TensorRef x = image(g, {std::nullopt, 13, 13, 8});
  TensorRef m = ok(ops::pool2d(g, ops::PoolKind::Max, x, {1, 2, 2, 1}, {1, 2, 2, 1}, "VALID"));
  TensorRef a = ok(ops::pool2d(g, ops::PoolKind::Avg, x, {1, 3, 3, 1}, {1, 1, 1, 1}, "SAME", "NHWC",
                               std::string("pool")));
  EXPECT_EQ(g.tensor_name(m), "MaxPool:0");
  EXPECT_EQ(g.tensor_shape(m).str(), "(?, 6, 6, 8)");
  EXPECT_EQ(g.tensor_name(a), "pool:0");
  EXPECT_EQ(g.op(a.op).type, "AvgPool");
  EXPECT_EQ(g.tensor_shape(a).str(), "(?, 13, 13, 8)");
  TensorRef flat = ok(ops::placeholder(g, DType::float32(), TensorShape::of({2, 3})));
  auto bad = ops::pool2d(g, ops::PoolKind::Max, flat, {1, 2, 2, 1}, {1, 2, 2, 1}, "VALID");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message,
            "Shape must be rank 4 but is rank 2 for 'MaxPool_1' (op: 'MaxPool') with input shapes: [2,3].");
}

// keras Flatten: reshape(x, (shape(x)[0], -1)) with the shape auto-packed inside Reshape.
TEST(LayerOpsTest, FlattenPackedReshape) {
  Env e;
  Graph& g = *e.g;
  TensorRef x = image(g, {std::nullopt, 4, 4, 8});
  OpId first = static_cast<OpId>(g.num_ops());
  TensorRef s = ok(ops::shape(g, x));
  TensorRef batch = ok(ops::strided_slice_index(g, s, 0));
  EXPECT_EQ(g.tensor_shape(batch).str(), "()");
  TensorRef y = ok(ops::reshape_packed(g, x, {batch, std::int64_t{-1}}));
  EXPECT_EQ(op_names(g, first),
            (std::vector<std::string>{"Shape", "strided_slice/stack", "strided_slice/stack_1",
                                      "strided_slice/stack_2", "strided_slice", "Reshape/shape/1", "Reshape/shape",
                                      "Reshape"}));
  EXPECT_EQ(g.op(g.get_operation_by_name("Reshape/shape").value()).type, "Pack");
  EXPECT_EQ(g.tensor_shape(y).str(), "(?, ?)");
  ASSERT_TRUE(ops::set_shape(g, y, TensorShape(std::vector<Dim>{std::nullopt, 128})).ok());
  EXPECT_EQ(g.tensor_shape(y).str(), "(?, 128)");
  auto clash = ops::set_shape(g, y, TensorShape::of({3}));
  ASSERT_FALSE(clash.ok());
  EXPECT_EQ(clash.error().message, "Shapes (?, 128) and (3,) are not compatible");
  // All dimensions known: a plain Const shape.
  TensorRef z = ok(ops::reshape_packed(g, x, {std::int64_t{-1}, std::int64_t{128}}, std::string("flat")));
  EXPECT_EQ(g.tensor_name(z), "flat:0");
  EXPECT_TRUE(g.get_operation_by_name("flat/shape").ok());
}

// Moments pieces and the fused kernel used by BatchNormalization.
TEST(LayerOpsTest, BatchNormOps) {
  Env e;
  Graph& g = *e.g;
  TensorRef x = image(g, {std::nullopt, 8, 8, 4});
  TensorRef c = ok(ops::constant(g, 1.0, DType::float32(), TensorShape::of({4})));
  auto outs = ok(ops::fused_batch_norm(g, x, c, c, c, c, "NHWC"));
  ASSERT_EQ(outs.size(), 6u);
  EXPECT_EQ(g.tensor_name(outs[0]), "FusedBatchNormV3:0");
  EXPECT_EQ(g.tensor_shape(outs[0]).str(), "(?, 8, 8, 4)");
  EXPECT_EQ(g.tensor_shape(outs[1]).str(), "(4,)");
  TensorRef m = ok(ops::placeholder(g, DType::float32(), TensorShape(std::vector<Dim>{1, 3})));
  EXPECT_EQ(g.tensor_shape(ok(ops::squeeze(g, m, {0}))).str(), "(3,)");
  auto bad = ops::squeeze(g, m, {1});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message.substr(0, 59), "Can not squeeze dim[1], expected a dimension of 1, got 3 fo");
  EXPECT_EQ(g.op(ok(ops::rsqrt(g, m)).op).type, "Rsqrt");
  EXPECT_EQ(g.op(ok(ops::stop_gradient(g, m)).op).type, "StopGradient");
  EXPECT_EQ(g.tensor_shape(ok(ops::squared_difference(g, x, c))).str(), "(?, 8, 8, 4)");
}

// math_ops.tensordot pieces for a partially known shape: Shape -> GatherV2 -> Prod -> stack -> transpose.
TEST(LayerOpsTest, TensordotPieces) {
  Env e;
  Graph& g = *e.g;
  TensorRef x = ok(ops::placeholder(g, DType::float32(), TensorShape(std::vector<Dim>{std::nullopt, std::nullopt, 3})));
  TensorRef s = ok(ops::shape(g, x));
  TensorRef free = ok(ops::constant(g, HostValue::list({HostValue(0), HostValue(1)}), DType::int32()));
  TensorRef dims = ok(ops::gather(g, s, free));
  EXPECT_EQ(g.tensor_name(dims), "GatherV2:0");
  EXPECT_EQ(g.tensor_shape(dims).str(), "(2,)");
  EXPECT_TRUE(g.get_operation_by_name("GatherV2/axis").ok());
  TensorRef prod = ok(ops::reduce_prod(g, dims));
  EXPECT_EQ(g.tensor_name(prod), "Prod:0");
  EXPECT_EQ(g.tensor_shape(prod).str(), "()");
  TensorRef packed = ok(ops::stack(g, {prod, prod}));
  EXPECT_EQ(g.tensor_name(packed), "stack:0");
  EXPECT_EQ(g.tensor_shape(packed).str(), "(2,)");
  TensorRef t = ok(ops::transpose(g, x, HostValue::list({HostValue(2), HostValue(0), HostValue(1)})));
  EXPECT_EQ(g.tensor_name(t), "transpose:0");
  EXPECT_EQ(g.tensor_shape(t).str(), "(3, ?, ?)");
  EXPECT_TRUE(g.get_operation_by_name("transpose/perm").ok());
  TensorRef u = ok(ops::transpose(g, x, packed));
  EXPECT_EQ(g.tensor_name(u), "transpose_1:0");
  EXPECT_EQ(g.tensor_shape(u).str(), "(?, ?, ?)");
}

// ResourceVariable._init_from_args: the ops and their order, then reads in the consumer's scope.
TEST(LayerOpsTest, ResourceVariableOps) {
  Env e;
  Graph& g = *e.g;
  VariableArgs a;
  InitialValue iv;
  iv.kind = InitialValue::Kind::Initializer;
  iv.initializer = Initializer::zeros();
  iv.init_shape = TensorShape::of({3, 2});
  iv.init_dtype = DType::float32();
  a.initial_value = iv;
  a.name = "kernel";
  VariableId id;
  {
    NameScope ns(g, std::string("dense"));
    id = ok(create_resource_variable(g, a));
  }
  const Variable& v = g.variable(id);
  EXPECT_TRUE(v.resource);
  EXPECT_EQ(v.repr(), "<tf.Variable 'dense/kernel:0' shape=(3, 2) dtype=float32>");
  EXPECT_EQ(op_names(g), (std::vector<std::string>{"dense/kernel/Initializer/zeros", "dense/kernel",
                                                   "dense/kernel/IsInitialized/VarIsInitializedOp",
                                                   "dense/kernel/Assign", "dense/kernel/Read/ReadVariableOp"}));
  EXPECT_EQ(g.op(v.op).type, "VarHandleOp");
  EXPECT_EQ(resource_variable_of(g, v.snapshot), std::optional<VariableId>(id));
  OpId before = static_cast<OpId>(g.num_ops());
  TensorRef x = ok(ops::placeholder(g, DType::float32(), TensorShape(std::vector<Dim>{std::nullopt, 3})));
  TensorRef y = ok(ops::matmul(g, x, v.snapshot));
  EXPECT_EQ(op_names(g, before), (std::vector<std::string>{"Placeholder", "MatMul/ReadVariableOp", "MatMul"}));
  EXPECT_EQ(g.tensor_shape(y).str(), "(?, 2)");
  TensorRef r = ok(read_variable(g, id));
  EXPECT_EQ(g.tensor_name(r), "ReadVariableOp:0");
  EXPECT_EQ(g.tensor_dtype(r), DType::float32());
  // Two variables asked for the same name: the name scope uniquifies, nothing is shared.
  VariableId again = ok(create_resource_variable(g, a));
  EXPECT_EQ(g.variable(again).name, "kernel");
  {
    NameScope ns(g, std::string("dense"));
    EXPECT_EQ(g.variable(ok(create_resource_variable(g, a))).name, "dense_1/kernel");
  }
}

}  // namespace
}  // namespace scopeplay::scope
