// Graphs, default graphs, reset_default_graph, independence, provenance export.
#include "scope_test_util.h"
#include "scope/provenance.h"

namespace scopeplay::scope {
namespace {

using namespace testing;  // NOLINT

// graph_new_graph_context: each Graph has its own names, store and collections
TEST(EngineTest, NewGraphContext) {
  Env e;
  TensorRef c1 = ok(ops::constant(*e.engine.default_graph(), 1.0));
  auto g = e.engine.new_graph();
  e.engine.push_default_graph(g);
  EXPECT_EQ(e.engine.default_graph(), g);
  TensorRef c2 = ok(ops::constant(*g, 1.0));
  VariableId v = get_var(*g, gv("v", TensorShape::of({1})));
  ASSERT_TRUE(e.engine.pop_default_graph(g).ok());
  auto d = e.engine.default_graph();
  TensorRef c3 = ok(ops::constant(*d, 1.0));
  VariableId v2 = get_var(*d, gv("v", TensorShape::of({1})));
  EXPECT_EQ(d->tensor_name(c1), "Const:0");
  EXPECT_EQ(g->tensor_name(c2), "Const:0");
  EXPECT_EQ(d->tensor_name(c3), "Const_1:0");
  EXPECT_EQ(g->variable(v).tensor_name(), "v:0");
  EXPECT_EQ(d->variable(v2).tensor_name(), "v:0");
  EXPECT_NE(d, g);
}

// graph_reset_default_graph: counters, collections and the store restart
TEST(EngineTest, ResetDefaultGraph) {
  Env e;
  auto g1 = e.engine.default_graph();
  ok(ops::constant(*g1, 1.0));
  get_var(*g1, gv("v", TensorShape::of({1})));
  ASSERT_TRUE(e.engine.reset_default_graph().ok());
  auto g2 = e.engine.default_graph();
  EXPECT_NE(g1, g2);
  EXPECT_EQ(g2->tensor_name(ok(ops::constant(*g2, 1.0))), "Const:0");
  EXPECT_EQ(g2->variable(get_var(*g2, gv("v", TensorShape::of({1})))).tensor_name(), "v:0");
  EXPECT_EQ(collection(*g2, graph_keys::kGlobalVariables), (Names{"v:0"}));
}

// ops.py reset_default_graph: AssertionError inside a graph context
TEST(EngineTest, ResetInsideGraphContextFails) {
  Env e;
  auto g = e.engine.new_graph();
  e.engine.push_default_graph(g);
  auto s = e.engine.reset_default_graph();
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().kind, ErrorKind::AssertionError);
  EXPECT_EQ(s.error().message,
            "Do not use tf.reset_default_graph() to clear nested graphs. If you need a cleared graph, exit the "
            "nesting and create a new graph.");
  EXPECT_TRUE(e.engine.pop_default_graph(g).ok());
  EXPECT_TRUE(e.engine.reset_default_graph().ok());
}

// No global state: two engines never see each other's names
TEST(EngineTest, EnginesAreIndependent) {
  Env a;
  Env b;
  ok(ops::constant(*a.g, 1.0));
  ok(ops::constant(*a.g, 1.0));
  EXPECT_EQ(b.g->tensor_name(ok(ops::constant(*b.g, 1.0))), "Const:0");
  EXPECT_EQ(a.g->tensor_name(ok(ops::constant(*a.g, 1.0))), "Const_2:0");
}

// Provenance: ops, variables and naming events export to the public structs
TEST(EngineTest, ProvenanceExport) {
  Env e;
  Graph& g = *e.g;
  e.frames.at(3, "with tf.variable_scope('V1'):");
  {
    VarScope s(e.g, vs_name("V1"));
    e.frames.at(4, "a1 = tf.get_variable('a1', [1])");
    get_var(g, gv("a1", TensorShape::of({1})));
    e.frames.at(5, "a2 = tf.Variable(1.0, name='a2')");
    make_var(g, value(1.0), std::string("a2"));
    make_var(g, value(1.0), std::string("a2"));
  }
  ProvenanceExport out;
  export_provenance(g, out);
  ASSERT_EQ(out.variables.size(), 3u);
  EXPECT_EQ(out.variables[0].name, "V1/a1:0");
  EXPECT_EQ(out.variables[0].created_by, "tf.get_variable");
  EXPECT_EQ(out.variables[0].shape, "(1,)");
  EXPECT_EQ(out.variables[0].dtype, "float32_ref");
  EXPECT_EQ(out.variables[0].line, 4);
  EXPECT_EQ(out.variables[0].variable_scope, "V1");
  EXPECT_EQ(out.variables[1].created_by, "tf.Variable");
  EXPECT_EQ(out.variables[1].name_scope, "V1/");
  EXPECT_EQ(out.variables[2].name, "V1/a2_1:0");
  EXPECT_EQ(out.ops.size(), g.num_ops());
  EXPECT_EQ(out.ops[0].type, "RandomUniform" == out.ops[0].type ? "RandomUniform" : "Const");
  bool saw_uniquify = false, saw_vs = false;
  for (const auto& ev : out.events) {
    if (ev.kind == "variable" && ev.result == "V1/a2_1:0") {
      saw_uniquify = ev.reason.find("'a2' was taken, so it became 'a2_1'") != std::string::npos;
      EXPECT_EQ(ev.line, 5);
    }
    if (ev.kind == "variable_scope" && ev.result == "V1") saw_vs = true;
  }
  EXPECT_TRUE(saw_uniquify);
  EXPECT_TRUE(saw_vs);
  EXPECT_FALSE(out.scopes.empty());
  EXPECT_EQ(out.scopes[0], "V1/");
}

// Op provenance records requested name, stacks and reuse
TEST(EngineTest, OpProvenanceFields) {
  Env e;
  Graph& g = *e.g;
  { NameScope s(g, "V1"); ok(ops::constant(g, 1.0, std::nullopt, std::nullopt, std::string("a2"))); }
  VarScope vs(e.g, vs_name("V1", ReuseArg::True));
  TensorRef t = ok(ops::constant(g, 1.0, std::nullopt, std::nullopt, std::string("a2")));
  const Operation& op = g.op(t.op);
  EXPECT_EQ(op.name, "V1_1/a2");
  EXPECT_EQ(op.requested_name, "a2");
  EXPECT_EQ(op.name_scope->str(), "V1_1");
  EXPECT_EQ(op.variable_scope, "V1");
  EXPECT_EQ(op.reuse, ReuseMode::True);
  bool reason = false;
  for (const auto& ev : g.events()) {
    reason = reason || (ev.kind == "name_scope" && ev.reason == "'V1' was taken at the root, so it became 'V1_1' (names are compared case-insensitively)");
  }
  EXPECT_TRUE(reason);
}

// Large graphs: building many ops in nested scopes stays fast (hash-map naming)
TEST(EngineTest, ManyOpsInNestedScopes) {
  Env e;
  Graph& g = *e.g;
  for (int i = 0; i < 2000; ++i) {
    NameScope outer(g, "block");
    VarScope vs(e.g, vs_default("layer"));
    ok(ops::constant(g, 1.0));
  }
  EXPECT_EQ(g.op(static_cast<OpId>(g.num_ops() - 1)).name, "block_1999/layer/Const");
  EXPECT_EQ(g.variable_scopes().scope(get_variable_scope(g)).name, "");
}

}  // namespace
}  // namespace scopeplay::scope
