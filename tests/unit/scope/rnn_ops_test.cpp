// What make_template and the RNN builders add to the engine: the pure
// variable scope of create_scope_now_ (template.py) and opaque ops (rnn.py).
#include "scope_test_util.h"

namespace scopeplay::scope {
namespace {

using namespace testing;  // NOLINT

// template.py Template.__init__: _pure_variable_scope(name) opens no name
// scope and keeps the bare name as original_name_scope.
TEST(RnnOpsTest, PureVariableScopeOpensNoNameScope) {
  Env e;
  Graph& g = *e.g;
  VarScope outer(e.g, vs_name("outer"));
  VariableScopeArgs a = vs_name("tpl");
  a.pure = true;
  {
    VarScope pure(e.g, a);
    const VariableScope& s = g.variable_scopes().scope(pure.id);
    EXPECT_EQ(s.name, "outer/tpl");
    EXPECT_EQ(s.original_name_scope, "tpl");
    NameScope inner(g, "x");
    EXPECT_EQ(inner.str(), "outer/x/");
  }
  // The name scope "tpl" was never taken, the variable scope was.
  NameScope again(g, "tpl");
  EXPECT_EQ(again.str(), "outer/tpl/");
  EXPECT_EQ(g.variable_scopes().unique_scope_name("outer", "tpl"), "tpl_1");
}

// rnn.py: Transpose / Exit ops are named like any op and carry the given shapes.
TEST(RnnOpsTest, OpaqueOpNamesAndShapes) {
  Env e;
  Graph& g = *e.g;
  TensorRef x = ok(ops::placeholder(g, DType::float32(), TensorShape(std::vector<Dim>{std::nullopt, 10, 8})));
  NameScope rnn(g, "rnn");
  auto t0 = ok(ops::opaque_op(g, "Transpose", std::string("transpose"), {x},
                              {OutputSpec{DType::float32(), TensorShape(std::vector<Dim>{10, std::nullopt, 8})}}));
  auto t1 = ok(ops::opaque_op(g, "Transpose", std::string("transpose"), {t0[0]},
                              {OutputSpec{DType::float32(), TensorShape(std::vector<Dim>{std::nullopt, 10, 8})}}));
  EXPECT_EQ(g.tensor_name(t0[0]), "rnn/transpose:0");
  EXPECT_EQ(g.tensor_name(t1[0]), "rnn/transpose_1:0");
  EXPECT_EQ(g.tensor_shape(t0[0]).str(), "(10, ?, 8)");
  EXPECT_EQ(g.op(t1[0].op).type, "Transpose");
  auto split = ok(ops::opaque_op(g, "Split", std::nullopt, {x},
                                 {OutputSpec{DType::float32(), TensorShape::of({2})},
                                  OutputSpec{DType::float32(), TensorShape::of({2})}}));
  ASSERT_EQ(split.size(), 2u);
  EXPECT_EQ(g.tensor_name(split[1]), "rnn/Split:1");
}

}  // namespace
}  // namespace scopeplay::scope
