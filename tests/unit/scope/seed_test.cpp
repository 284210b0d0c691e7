// The six snippets of the seed tutorial (scope-tutorial.zh.txt), as C++ calls.
// Expected output: conformance cases seed/seed_1..6.
#include "scope_test_util.h"

namespace scopeplay::scope {
namespace {

using namespace testing;  // NOLINT

// tf.Variable(tf.random_normal(shape=[2, 3], mean=0, stddev=1), name=...)
VariableId random_var(Graph& g, const char* name) {
  TensorRef r = ok(ops::random_normal(g, HostValue::list({2, 3}), 0, 1));
  return make_var(g, tensor(r), std::string(name));
}

// tf.get_variable(name=..., shape=[1], initializer=tf.constant_initializer(1))
Result<GetterResult> const_var(Graph& g, const char* name) {
  GetVariableArgs a = gv(name, TensorShape::of({1}));
  a.initializer = Initializer::constant(1);
  return get_variable(g, a);
}

// Snippet 1: tf.Variable twice with name 'a2' -> a2:0, a2_1:0
TEST(SeedTest, Snippet1) {
  Env e;
  Graph& g = *e.g;
  VariableId a1 = random_var(g, "a2");
  VariableId a2 = random_var(g, "a2");
  EXPECT_EQ(g.variable(a1).tensor_name(), "a2:0");
  EXPECT_EQ(g.variable(a2).tensor_name(), "a2_1:0");
  OpId init = ok(ops::global_variables_initializer(g));  // tf.initialize_all_variables()
  EXPECT_EQ(g.op(init).name, "init");
}

// Snippet 2: tf.get_variable twice with name 'a1' -> ValueError (1.15 wording)
TEST(SeedTest, Snippet2) {
  Env e;
  Graph& g = *e.g;
  e.frames.at(3, "a1 = tf.get_variable(name='a1', shape=[1], initializer=tf.constant_initializer(1))");
  ASSERT_TRUE(const_var(g, "a1").ok());
  e.frames.at(4, "a3 = tf.get_variable(name='a1', shape=[1], initializer=tf.constant_initializer(1))");
  auto r = const_var(g, "a1");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::ValueError);
  EXPECT_EQ(r.error().message,
            "Variable a1 already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in "
            "VarScope? Originally defined at:\n\n"
            "  File \"snippet.py\", line 3, in <module>\n"
            "    a1 = tf.get_variable(name='a1', shape=[1], initializer=tf.constant_initializer(1))\n");
}

// Snippet 3: tf.Variable in name scopes V1, V2 -> V1/a2:0, V2/a2:0
TEST(SeedTest, Snippet3) {
  Env e;
  Graph& g = *e.g;
  VariableId a1, a2;
  { NameScope s(g, "V1"); a1 = random_var(g, "a2"); }
  { NameScope s(g, "V2"); a2 = random_var(g, "a2"); }
  EXPECT_EQ(g.variable(a1).tensor_name(), "V1/a2:0");
  EXPECT_EQ(g.variable(a2).tensor_name(), "V2/a2:0");
}

// Snippet 4 (TF 1.3): get_variable ignores name scopes -> ValueError, 1.3 wording
TEST(SeedTest, Snippet4) {
  Env e("1.3");
  Graph& g = *e.g;
  { NameScope s(g, "V1"); ASSERT_TRUE(const_var(g, "a1").ok()); }
  NameScope s(g, "V2");
  auto r = const_var(g, "a1");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(first_line(r.error().message),
            "Variable a1 already exists, disallowed. Did you mean to set reuse=True in VarScope? Originally "
            "defined at:");
}

// Snippet 5: variable scopes V1, V2 with get_variable and tf.Variable
TEST(SeedTest, Snippet5) {
  Env e;
  Graph& g = *e.g;
  VariableId a1, a2, a3, a4;
  {
    VarScope s(e.g, vs_name("V1"));
    a1 = *ok(const_var(g, "a1")).variable;
    a2 = random_var(g, "a2");
  }
  {
    VarScope s(e.g, vs_name("V2"));
    a3 = *ok(const_var(g, "a1")).variable;
    a4 = random_var(g, "a2");
  }
  EXPECT_EQ(g.variable(a1).tensor_name(), "V1/a1:0");
  EXPECT_EQ(g.variable(a2).tensor_name(), "V1/a2:0");
  EXPECT_EQ(g.variable(a3).tensor_name(), "V2/a1:0");
  EXPECT_EQ(g.variable(a4).tensor_name(), "V2/a2:0");
  EXPECT_EQ(g.variable(a1).repr(), "<tf.Variable 'V1/a1:0' shape=(1,) dtype=float32_ref>");
  EXPECT_EQ(g.op(g.variable(a1).initial_value.op).name, "V1/a1/Initializer/Const");
}

// Snippet 6: reuse=True returns the same variable -> V1/a1:0 twice
TEST(SeedTest, Snippet6) {
  Env e;
  Graph& g = *e.g;
  VariableId a1, a2;
  { VarScope s(e.g, vs_name("V1", ReuseArg::None)); a1 = *ok(const_var(g, "a1")).variable; }
  { VarScope s(e.g, vs_name("V1", ReuseArg::True)); a2 = *ok(const_var(g, "a1")).variable; }
  EXPECT_EQ(g.variable(a1).tensor_name(), "V1/a1:0");
  EXPECT_EQ(g.variable(a2).tensor_name(), "V1/a1:0");
  EXPECT_EQ(a1, a2);
  bool explained = false;
  for (const auto& ev : g.events()) {
    explained = explained || ev.reason == "returned the existing variable 'V1/a1' because reuse=True";
  }
  EXPECT_TRUE(explained);
}

// vs_ops_in_reused_scope: a second string scope reuses variables but ops go to V1_1/
TEST(SeedTest, OpsInReusedScope) {
  Env e;
  Graph& g = *e.g;
  VariableId a, b;
  TensorRef x, y, z;
  {
    VarScope s(e.g, vs_name("V1"));
    a = get_var(g, gv("a", TensorShape::of({1})));
    x = ok(ops::constant(g, 1.0, std::nullopt, std::nullopt, std::string("x")));
  }
  {
    VarScope s(e.g, vs_name("V1", ReuseArg::True));
    b = get_var(g, gv("a", TensorShape::of({1})));
    y = ok(ops::constant(g, 1.0, std::nullopt, std::nullopt, std::string("x")));
    z = ok(ops::add(g, g.variable(b).snapshot, y));
  }
  EXPECT_EQ(g.variable(a).tensor_name(), "V1/a:0");
  EXPECT_EQ(g.tensor_name(x), "V1/x:0");
  EXPECT_EQ(g.variable(b).tensor_name(), "V1/a:0");
  EXPECT_EQ(g.tensor_name(y), "V1_1/x:0");
  EXPECT_EQ(g.tensor_name(z), "V1_1/Add:0");
}

}  // namespace
}  // namespace scopeplay::scope
