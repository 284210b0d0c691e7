// Generated training kernels (scope/ops.h generated_op): names, the conversion
// of Python operands under op-def input names, and the output rules.
#include "scope_test_util.h"

namespace scopeplay::scope {
namespace {

using namespace testing;  // NOLINT

ops::GeneratedInput arg(std::string name, Operand value, bool typed = true,
                        std::optional<DType> fixed = std::nullopt) {
  return ops::GeneratedInput{std::move(name), std::move(value), typed, fixed};
}

// gen_training_ops.apply_gradient_descent inside name_scope("GradientDescent/update_w"):
// one op named after its type; the output is the ref of `var`.
TEST(TrainingOpsTest, ApplyOpNamedAfterType) {
  Env e;
  Graph& g = *e.g;
  TensorRef var = ok(ops::placeholder(g, DType::float32().as_ref(), TensorShape::of({2, 3}), std::string("w")));
  TensorRef lr = ok(ops::constant(g, 0.5, DType::float32(), std::nullopt, std::string("lr")));
  TensorRef grad = ok(ops::placeholder(g, DType::float32(), TensorShape::of({2, 3}), std::string("g")));
  OpId id = ok(ops::generated_op(g, "ApplyGradientDescent", std::string("GradientDescent/update_w/ApplyGradientDescent"),
                                 {arg("var", var), arg("alpha", lr), arg("delta", grad)}, ops::OutputRule::RefOfFirst));
  EXPECT_EQ(g.op(id).name, "GradientDescent/update_w/ApplyGradientDescent");
  EXPECT_EQ(g.op(id).type, "ApplyGradientDescent");
  EXPECT_EQ(g.tensor_dtype(TensorRef{id, 0}).name(), "float32_ref");
  EXPECT_EQ(g.tensor_shape(TensorRef{id, 0}).str(), "(2, 3)");
}

// state_ops.assign_add(global_step, 1, name="Adam/"): the Python 1 becomes
// "Adam/value" with the ref's dtype, and the op takes the scope's name.
TEST(TrainingOpsTest, AssignAddConvertsValueUnderItsInputName) {
  Env e;
  Graph& g = *e.g;
  TensorRef step = ok(ops::placeholder(g, DType::int64().as_ref(), TensorShape::scalar(), std::string("global_step")));
  OpId id = ok(ops::generated_op(g, "AssignAdd", std::string("Adam/"), {arg("ref", step), arg("value", HostValue(1))},
                                 ops::OutputRule::RefOfFirst));
  EXPECT_EQ(g.op(id).name, "Adam");
  ASSERT_EQ(g.op(id).inputs.size(), 2u);
  EXPECT_EQ(g.op(g.op(id).inputs[1].op).name, "Adam/value");
  EXPECT_EQ(g.tensor_dtype(g.op(id).inputs[1]).name(), "int64");
}

// Tile multiplies the constant multiples into the input dims; BroadcastGradientArgs
// has two int32 vector outputs; the second call of a type is uniquified.
TEST(TrainingOpsTest, ShapeRulesAndUniquifying) {
  Env e;
  Graph& g = *e.g;
  TensorRef x = ok(ops::placeholder(g, DType::float32(), TensorShape::of({1, 3}), std::string("x")));
  OpId tile = ok(ops::generated_op(g, "Tile", std::nullopt,
                                   {arg("input", x), arg("multiples", HostValue::list({2, 1}), false, DType::int32())},
                                   ops::OutputRule::Tile));
  EXPECT_EQ(g.op(tile).name, "Tile");
  EXPECT_EQ(g.tensor_shape(TensorRef{tile, 0}).str(), "(2, 3)");
  OpId b1 = ok(ops::generated_op(g, "BroadcastGradientArgs", std::nullopt,
                                 {arg("s0", HostValue::list({2, 3}), true, DType::int32()),
                                  arg("s1", HostValue::list({3}), true, DType::int32())},
                                 ops::OutputRule::BroadcastGradientArgs));
  OpId b2 = ok(ops::generated_op(g, "BroadcastGradientArgs", std::nullopt,
                                 {arg("s0", HostValue::list({2}), true, DType::int32()),
                                  arg("s1", HostValue::list({2}), true, DType::int32())},
                                 ops::OutputRule::BroadcastGradientArgs));
  EXPECT_EQ(g.op(b1).name, "BroadcastGradientArgs");
  EXPECT_EQ(g.op(g.op(b1).inputs[0].op).name, "BroadcastGradientArgs/s0");
  EXPECT_EQ(g.op(b2).name, "BroadcastGradientArgs_1");
  ASSERT_EQ(g.op(b1).outputs.size(), 2u);
  EXPECT_EQ(g.tensor_shape(TensorRef{b1, 1}).str(), "(?,)");
  EXPECT_EQ(g.tensor_dtype(TensorRef{b1, 1}).name(), "int32");
}

// Inputs sharing "T" must agree, with TF's op_def_library message.
TEST(TrainingOpsTest, MismatchedTypesAreRejected) {
  Env e;
  Graph& g = *e.g;
  TensorRef a = ok(ops::placeholder(g, DType::float32(), TensorShape::of({2}), std::string("a")));
  TensorRef b = ok(ops::placeholder(g, DType::int32(), TensorShape::of({2}), std::string("b")));
  auto r = ops::generated_op(g, "ReluGrad", std::nullopt, {arg("gradients", a), arg("features", b)},
                             ops::OutputRule::SameAsFirst);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message,
            "Input 'features' of 'ReluGrad' Op has type int32 that does not match type float32 of argument "
            "'gradients'.");
}

}  // namespace
}  // namespace scopeplay::scope
