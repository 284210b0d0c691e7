// tf.Variable (RefVariable._init_from_args): ops, names, repr, collections.
#include "scope_test_util.h"

namespace scopeplay::scope {
namespace {

using namespace testing;  // NOLINT

std::vector<std::string> op_names(const Graph& g, OpId from = 0) {
  std::vector<std::string> out;
  for (OpId i = from; i < g.num_ops(); ++i) out.push_back(g.op(i).name);
  return out;
}

// variables_test.py VariablesTestCase.testInitialization / var_default_names
TEST(VariableTest, DefaultNames) {
  Env e;
  Graph& g = *e.g;
  VariableId v0 = make_var(g, value(0.0));
  VariableId v1 = make_var(g, value(1.1));
  EXPECT_EQ(g.variable(v0).tensor_name(), "Variable:0");
  EXPECT_EQ(g.variable(v1).tensor_name(), "Variable_1:0");
  EXPECT_EQ(g.variable(v0).name, "Variable");
  EXPECT_EQ(g.variable(v1).name, "Variable_1");
}

// RefVariable._init_from_args op order: initial_value, VariableV2, Assign, read
TEST(VariableTest, OpsCreated) {
  Env e;
  Graph& g = *e.g;
  VariableId v = make_var(g, value(HostValue::list({1.0})), std::string("a1"));
  EXPECT_EQ(op_names(g), (Names{"a1/initial_value", "a1", "a1/Assign", "a1/read"}));
  EXPECT_EQ(g.op(g.variable(v).op).type, "VariableV2");
  EXPECT_EQ(g.op(g.variable(v).initializer_op).type, "Assign");
  EXPECT_EQ(g.tensor_name(g.variable(v).snapshot), "a1/read:0");
  EXPECT_EQ(g.tensor_dtype(TensorRef{g.variable(v).op, 0}).name(), "float32_ref");
  EXPECT_EQ(g.tensor_dtype(g.variable(v).snapshot).name(), "float32");
}

// A tensor initial value keeps its own name (no <v>/initial_value)
TEST(VariableTest, TensorInitialValue) {
  Env e;
  Graph& g = *e.g;
  TensorRef r = ok(ops::random_normal(g, HostValue::list({2, 3})));
  OpId start = static_cast<OpId>(g.num_ops());
  VariableId v = make_var(g, tensor(r), std::string("a2"));
  EXPECT_EQ(op_names(g, start), (Names{"a2", "a2/Assign", "a2/read"}));
  EXPECT_EQ(g.variable(v).shape.str(), "(2, 3)");
  EXPECT_EQ(g.tensor_name(g.variable(v).initial_value), "random_normal:0");
}

// variables_test.py VariablesTestCase.testRepr / var_repr
TEST(VariableTest, Repr) {
  Env e;
  Graph& g = *e.g;
  VariableId v = make_var(g, value(HostArray{DType::float32(), TensorShape::of({5, 5})}), std::string("noop"));
  EXPECT_EQ(g.variable(v).repr(), "<tf.Variable 'noop:0' shape=(5, 5) dtype=float32_ref>");
  VariableId i = make_var(g, value(3), std::string("i"));
  EXPECT_EQ(g.variable(i).repr(), "<tf.Variable 'i:0' shape=() dtype=int32_ref>");
  EXPECT_EQ(g.variable(i).dtype.str(), "<dtype: 'int32_ref'>");
}

// variables_test.py testVariableNamesPreserveNameScopesWithDefun / var_name_scope
TEST(VariableTest, UsesNameScope) {
  Env e;
  Graph& g = *e.g;
  NameScope foo(g, "foo");
  VariableId v = make_var(g, value(0.0), std::string("bar"));
  NameScope inner(g, "inner");
  VariableId w = make_var(g, value(0.0));
  EXPECT_EQ(g.variable(v).tensor_name(), "foo/bar:0");
  EXPECT_EQ(g.variable(w).tensor_name(), "foo/inner/Variable:0");
}

// SEMANTICS §4 / var_in_variable_scope: variable scopes affect tf.Variable only through their name scopes
TEST(VariableTest, IgnoresVariableScopeAndReuse) {
  Env e;
  VariableId a, b, c;
  { VarScope vs(e.g, vs_name("vs")); a = make_var(*e.g, value(1.0), std::string("x")); }
  { VarScope vs(e.g, vs_name("vs")); b = make_var(*e.g, value(1.0), std::string("x")); }
  { VarScope vs(e.g, vs_name("vs", ReuseArg::True)); c = make_var(*e.g, value(1.0), std::string("x")); }
  EXPECT_EQ(e.g->variable(a).tensor_name(), "vs/x:0");
  EXPECT_EQ(e.g->variable(b).tensor_name(), "vs_1/x:0");
  EXPECT_EQ(e.g->variable(c).tensor_name(), "vs_2/x:0");
  EXPECT_FALSE(e.g->stored_variable("vs/x"));
}

// var_trainable_flag / variables_test.py testCollectionsWithScope (coll_scope_filter)
TEST(VariableTest, CollectionsAndScopeFilter) {
  Env e;
  Graph& g = *e.g;
  { NameScope s(g, "scope_1"); make_var(g, value(2.0)); }
  { NameScope s(g, "scope_2"); make_var(g, value(2.0)); }
  make_var(g, value(3.0), std::string("z"), false);
  EXPECT_EQ(collection(g, graph_keys::kGlobalVariables),
            (Names{"scope_1/Variable:0", "scope_2/Variable:0", "z:0"}));
  EXPECT_EQ(collection(g, graph_keys::kGlobalVariables, "scope_1"), (Names{"scope_1/Variable:0"}));
  EXPECT_EQ(collection(g, graph_keys::kTrainableVariables), (Names{"scope_1/Variable:0", "scope_2/Variable:0"}));
  EXPECT_EQ(collection(g, graph_keys::kTrainableVariables, "scope_2"), (Names{"scope_2/Variable:0"}));
  EXPECT_EQ(collection(g, graph_keys::kGlobalVariables, ".*_2"), (Names{"scope_2/Variable:0"}));
  EXPECT_EQ(collection(g, graph_keys::kGlobalVariables, "scope"), (Names{"scope_1/Variable:0", "scope_2/Variable:0"}));
}

// SEMANTICS §13.13: collections=[LOCAL] still trainable
TEST(VariableTest, ExplicitCollectionsStillTrainable) {
  Env e;
  Graph& g = *e.g;
  VariableArgs a;
  a.initial_value = value(1.0);
  a.name = "loc";
  a.collections = std::vector<std::string>{std::string(graph_keys::kLocalVariables)};
  ok(create_ref_variable(g, a));
  EXPECT_EQ(collection(g, graph_keys::kLocalVariables), (Names{"loc:0"}));
  EXPECT_EQ(collection(g, graph_keys::kTrainableVariables), (Names{"loc:0"}));
  EXPECT_EQ(collection(g, graph_keys::kGlobalVariables), Names{});
}

// RefVariable._init_from_args: "initial_value must be specified."
TEST(VariableTest, MissingInitialValue) {
  Env e;
  VariableArgs a;
  auto r = create_ref_variable(*e.g, a);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "initial_value must be specified.");
}

// validate_shape: an initial value of unknown shape is rejected
TEST(VariableTest, InitialValueNeedsShape) {
  Env e;
  Graph& g = *e.g;
  TensorRef p = ok(ops::placeholder(g, DType::float32()));
  VariableArgs a;
  a.initial_value = tensor(p);
  auto r = create_ref_variable(g, a);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message,
            "initial_value must have a shape specified: Tensor(\"Placeholder:0\", dtype=float32)");
}

// seed snippet 1: tf.Variable uniquifies silently (a2, a2_1)
TEST(VariableTest, SameNameTwiceIsUniquified) {
  Env e;
  Graph& g = *e.g;
  VariableId a1 = make_var(g, tensor(ok(ops::random_normal(g, HostValue::list({2, 3})))), std::string("a2"));
  VariableId a2 = make_var(g, tensor(ok(ops::random_normal(g, HostValue::list({2, 3})))), std::string("a2"));
  EXPECT_EQ(g.variable(a1).tensor_name(), "a2:0");
  EXPECT_EQ(g.variable(a2).tensor_name(), "a2_1:0");
}

}  // namespace
}  // namespace scopeplay::scope
