// Variable scopes (variable_scope.py variable_scope / _pure_variable_scope).
#include "scope_test_util.h"

namespace scopeplay::scope {
namespace {

using namespace testing;  // NOLINT

std::string var_name(Graph& g, const char* name, std::optional<TensorShape> shape = TensorShape::scalar()) {
  return g.variable(get_var(g, gv(name, shape))).tensor_name();
}

std::string scope_str(Graph& g, const char* name) {
  NameScope s(g, name);
  return s.str();
}

// variable_scope_test.py testVarScope / vs_name_scope_inside
TEST(VariableScopeTest, ScopeNamesAndNameScopes) {
  Env e;
  Graph& g = *e.g;
  VarScopeId tower;
  {
    VarScope t(e.g, vs_name("tower4"));
    tower = t.id;
    EXPECT_EQ(g.variable_scopes().scope(t.id).name, "tower4");
    EXPECT_EQ(scope_str(g, "scope"), "tower4/scope/");
  }
  {
    VarScope t5(e.g, vs_name("tower5"));
    VarScope bar(e.g, vs_name("bar"));
    EXPECT_EQ(g.variable_scopes().scope(bar.id).name, "tower5/bar");
    EXPECT_EQ(scope_str(g, "scope"), "tower5/bar/scope/");
  }
  {
    VarScope t6(e.g, vs_name("tower6"));
    VarScope shared(e.g, vs_object(tower, ReuseArg::True));
    EXPECT_EQ(g.variable_scopes().scope(shared.id).name, "tower4");
    EXPECT_EQ(scope_str(g, "scope"), "tower6/tower4/scope/");
  }
}

// variable_scope_test.py testVarScopeNameScope / vs_reenter_name_scope
TEST(VariableScopeTest, ReenterNameScopes) {
  Env e;
  Graph& g = *e.g;
  VarScopeId tower;
  {
    NameScope n1(g, "testVarScopeNameScope1");
    { VarScope t(e.g, vs_name("tower")); tower = t.id; EXPECT_EQ(scope_str(g, "scope2"), "testVarScopeNameScope1/tower/scope2/"); }
    { VarScope t(e.g, vs_object(tower)); EXPECT_EQ(scope_str(g, "scope2"), "testVarScopeNameScope1/tower_1/scope2/"); }
    { VarScope t(e.g, vs_name("tower")); EXPECT_EQ(scope_str(g, "scope2"), "testVarScopeNameScope1/tower_2/scope2/"); }
  }
  {
    NameScope n2(g, "testVarScopeNameScope2");
    { VarScope t(e.g, vs_name("tower")); EXPECT_EQ(scope_str(g, "scope2"), "testVarScopeNameScope2/tower/scope2/"); }
    { VarScope t(e.g, vs_object(tower)); EXPECT_EQ(scope_str(g, "scope2"), "testVarScopeNameScope2/tower_1/scope2/"); }
  }
  VarScopeId root = get_variable_scope(g);
  NameScope n3(g, "testVarScopeNameScope3");
  VarScope r(e.g, vs_object(root));
  EXPECT_EQ(scope_str(g, "scope2"), "testVarScopeNameScope3/scope2/");
}

// variable_scope_test.py testVarOpScope / vs_default_name
TEST(VariableScopeTest, DefaultNameScopes) {
  Env e;
  Graph& g = *e.g;
  {
    NameScope n(g, "testVarOpScope1");
    {
      VariableScopeArgs a = vs_name("tower");
      a.default_name = "default";
      VarScope t(e.g, a);
      EXPECT_EQ(var_name(g, "w"), "tower/w:0");
      EXPECT_EQ(scope_str(g, "testVarOpScope2"), "testVarOpScope1/tower/testVarOpScope2/");
    }
    {
      VariableScopeArgs a = vs_name("tower");
      a.default_name = "default";
      VarScope t(e.g, a);
      EXPECT_EQ(first_line(get_var_error(g, gv("w", TensorShape::scalar()))),
                "Variable tower/w already exists, disallowed. Did you mean to set reuse=True or "
                "reuse=tf.AUTO_REUSE in VarScope? Originally defined at:");
      EXPECT_EQ(scope_str(g, "testVarOpScope2"), "testVarOpScope1/tower_1/testVarOpScope2/");
    }
  }
  NameScope n(g, "testVarOpScope2");
  {
    VarScope d(e.g, vs_default("default"));
    EXPECT_EQ(var_name(g, "w"), "default/w:0");
    EXPECT_EQ(scope_str(g, "testVarOpScope2"), "testVarOpScope2/default/testVarOpScope2/");
  }
  {
    VarScope d(e.g, vs_default("default"));
    EXPECT_EQ(var_name(g, "w"), "default_1/w:0");
    EXPECT_EQ(scope_str(g, "testVarOpScope2"), "testVarOpScope2/default_1/testVarOpScope2/");
  }
}

// variable_scope_test.py testVarScopeNestedOuterScope / vs_nested_outer_scope
TEST(VariableScopeTest, NestedOuterScope) {
  Env e;
  Graph& g = *e.g;
  VarScope outer(e.g, vs_name("outer"));
  {
    VarScope o(e.g, vs_object(outer.id));
    EXPECT_EQ(var_name(g, "w"), "outer/w:0");
    EXPECT_EQ(scope_str(g, "scope2"), "outer/outer/scope2/");
  }
  {
    VarScope d(e.g, vs_name("default"));
    EXPECT_EQ(var_name(g, "w"), "outer/default/w:0");
    EXPECT_EQ(scope_str(g, "scope2"), "outer/default/scope2/");
  }
  {
    VarScope o(e.g, vs_object(outer.id, ReuseArg::True));
    EXPECT_EQ(var_name(g, "w"), "outer/w:0");
    EXPECT_EQ(scope_str(g, "scope2"), "outer/outer_1/scope2/");
  }
  {
    VarScope d(e.g, vs_name("default", ReuseArg::True));
    EXPECT_EQ(var_name(g, "w"), "outer/default/w:0");
    EXPECT_EQ(scope_str(g, "scope2"), "outer/default_1/scope2/");
  }
}

// vs_reuse_values: reuse printing and inheritance
TEST(VariableScopeTest, ReuseValues) {
  Env e;
  Graph& g = *e.g;
  auto reuse = [&](VarScopeId id) { return reuse_repr(g.variable_scopes().scope(id).reuse); };
  EXPECT_EQ(reuse(get_variable_scope(g)), "False");
  { VarScope a(e.g, vs_name("a")); EXPECT_EQ(reuse(a.id), "False"); }
  {
    VarScope b(e.g, vs_name("b", ReuseArg::True));
    EXPECT_EQ(reuse(b.id), "True");
    { VarScope c(e.g, vs_name("c")); EXPECT_EQ(reuse(c.id), "True"); }
    { VarScope d(e.g, vs_default("d")); EXPECT_EQ(reuse(d.id), "True"); }
    { VarScope f(e.g, vs_name("f", ReuseArg::False)); EXPECT_EQ(reuse(f.id), "True"); }  // cannot switch off
  }
  VarScope d2(e.g, vs_default("d"));
  EXPECT_EQ(reuse(d2.id), "False");
  EXPECT_EQ(g.variable_scopes().scope(d2.id).name, "d");
}

// gv_auto_reuse_inherited: AUTO_REUSE prints as _ReuseMode.AUTO_REUSE and is inherited
TEST(VariableScopeTest, AutoReuseInherited) {
  Env e;
  Graph& g = *e.g;
  VariableId w1, w1b, w2;
  {
    VarScope m(e.g, vs_name("model", ReuseArg::Auto));
    {
      VarScope l1(e.g, vs_name("layer1"));
      w1 = get_var(g, gv("w", TensorShape::of({1})));
      EXPECT_EQ(reuse_repr(g.variable_scopes().scope(l1.id).reuse), "_ReuseMode.AUTO_REUSE");
    }
    EXPECT_EQ(reuse_repr(g.variable_scopes().scope(m.id).reuse), "_ReuseMode.AUTO_REUSE");
  }
  {
    VarScope m(e.g, vs_name("model", ReuseArg::Auto));
    { VarScope l1(e.g, vs_name("layer1")); w1b = get_var(g, gv("w", TensorShape::of({1}))); }
    { VarScope l2(e.g, vs_name("layer2")); w2 = get_var(g, gv("w", TensorShape::of({1}))); }
  }
  EXPECT_EQ(w1b, w1);
  EXPECT_EQ(g.variable(w2).tensor_name(), "model/layer2/w:0");
}

// gv_get_variable_scope_name: names and original_name_scope
TEST(VariableScopeTest, NamesAndOriginalNameScope) {
  Env e;
  Graph& g = *e.g;
  auto cur = [&]() -> const VariableScope& { return g.variable_scopes().scope(get_variable_scope(g)); };
  EXPECT_EQ(cur().name, "");
  {
    VarScope a(e.g, vs_name("a"));
    EXPECT_EQ(cur().name, "a");
    {
      VarScope b(e.g, vs_name("b"));
      EXPECT_EQ(cur().name, "a/b");
      EXPECT_EQ(g.variable_scopes().scope(b.id).original_name_scope, "a/b/");
    }
    EXPECT_EQ(cur().original_name_scope, "a/");
  }
  EXPECT_EQ(cur().original_name_scope, "");
}

// variable_scope_test.py testBasicWhenAuxiliaryNameScopeIsFalse / vs_aux_false_basic
TEST(VariableScopeTest, AuxiliaryNameScopeFalse) {
  Env e;
  Graph& g = *e.g;
  auto cname = [&](const char* n) {
    return g.tensor_name(ok(ops::constant(g, HostValue(HostValue::List{}), std::nullopt, std::nullopt, std::string(n))));
  };
  VarScopeId scope;
  {
    VariableScopeArgs a = vs_name("scope");
    a.auxiliary_name_scope = false;
    VarScope s(e.g, a);
    scope = s.id;
    EXPECT_EQ(g.variable_scopes().scope(s.id).original_name_scope, "");
    EXPECT_EQ(var_name(g, "w"), "scope/w:0");
    EXPECT_EQ(cname("c"), "c:0");
  }
  {
    VariableScopeArgs a = vs_object(scope);
    a.auxiliary_name_scope = false;
    VarScope s(e.g, a);
    EXPECT_EQ(g.variable_scopes().scope(s.id).original_name_scope, "");
    EXPECT_EQ(var_name(g, "w1"), "scope/w1:0");
    EXPECT_EQ(cname("c1"), "c1:0");
  }
  { NameScope n(g, "scope"); EXPECT_EQ(cname("c"), "scope/c:0"); }
  VarScope outer(e.g, vs_name("outer"));
  VarScopeId inner;
  {
    VariableScopeArgs a = vs_name("inner");
    a.auxiliary_name_scope = false;
    VarScope s(e.g, a);
    inner = s.id;
    EXPECT_EQ(g.variable_scopes().scope(s.id).original_name_scope, "outer/");
    EXPECT_EQ(var_name(g, "w"), "outer/inner/w:0");
    EXPECT_EQ(cname("c"), "outer/c:0");
  }
  {
    VariableScopeArgs a = vs_object(inner);
    a.auxiliary_name_scope = false;
    VarScope s(e.g, a);
    EXPECT_EQ(g.variable_scopes().scope(s.id).original_name_scope, "outer/");
    EXPECT_EQ(var_name(g, "w1"), "outer/inner/w1:0");
    EXPECT_EQ(cname("c1"), "outer/c1:0");
  }
  NameScope n(g, "inner");
  EXPECT_EQ(cname("c"), "outer/inner/c:0");
}

// vs_scope_object_in_name_scope: captured scope keeps its name and original_name_scope
TEST(VariableScopeTest, ScopeObjectInsideNameScope) {
  Env e;
  Graph& g = *e.g;
  VarScopeId enc;
  VariableId w;
  { VarScope s(e.g, vs_name("enc")); enc = s.id; w = get_var(g, gv("w", TensorShape::of({1}))); }
  NameScope train(g, "train");
  VarScope e2(e.g, vs_object(enc, ReuseArg::True));
  VariableId w2 = get_var(g, gv("w", TensorShape::of({1})));
  TensorRef out = ok(ops::identity(g, g.variable(w2).snapshot, std::string("out")));
  EXPECT_EQ(g.variable_scopes().scope(e2.id).name, "enc");
  EXPECT_EQ(g.variable_scopes().scope(e2.id).original_name_scope, "enc/");
  EXPECT_EQ(w2, w);
  EXPECT_EQ(g.tensor_name(out), "train/enc/out:0");
}

// SEMANTICS §5: variable_scope("") gives outer//w
TEST(VariableScopeTest, EmptyStringScope) {
  Env e;
  Graph& g = *e.g;
  VarScope outer(e.g, vs_name("outer"));
  VarScope empty(e.g, vs_name(""));
  EXPECT_EQ(g.variable_scopes().scope(empty.id).name, "outer/");
  EXPECT_EQ(var_name(g, "w"), "outer//w:0");
  EXPECT_EQ(scope_str(g, "x"), "outer/x/");  // no name scope was opened
}

// _get_unique_variable_scope: default names count per parent; counters reset on exit
TEST(VariableScopeTest, DefaultNameCounters) {
  Env e;
  Graph& g = *e.g;
  auto name_of = [&](VarScopeId id) { return g.variable_scopes().scope(id).name; };
  {
    VarScope a(e.g, vs_name("a"));
    { VarScope d(e.g, vs_default("layer")); EXPECT_EQ(name_of(d.id), "a/layer"); }
    { VarScope d(e.g, vs_default("layer")); EXPECT_EQ(name_of(d.id), "a/layer_1"); }
  }
  {
    // Leaving "a" reset its sub-scope counters.
    VarScope a(e.g, vs_name("a"));
    VarScope d(e.g, vs_default("layer"));
    EXPECT_EQ(name_of(d.id), "a/layer");
  }
}

// SEMANTICS §5: scope-object exit restores counters, so numbering continues across jumps
TEST(VariableScopeTest, ScopeObjectRestoresCounters) {
  Env e;
  Graph& g = *e.g;
  auto name_of = [&](VarScopeId id) { return g.variable_scopes().scope(id).name; };
  VarScopeId dflt;
  {
    VarScope d(e.g, vs_name("default"));
    dflt = d.id;
    { VarScope l(e.g, vs_default("layer")); EXPECT_EQ(name_of(l.id), "default/layer"); }
    { VarScope l(e.g, vs_default("layer")); EXPECT_EQ(name_of(l.id), "default/layer_1"); }
  }
  // Re-entering the captured object: counters for default/ were reset by the
  // string scope's exit, so numbering restarts here...
  {
    VarScope d(e.g, vs_object(dflt));
    { VarScope l(e.g, vs_default("layer")); EXPECT_EQ(name_of(l.id), "default/layer"); }
    { VarScope l(e.g, vs_default("layer")); EXPECT_EQ(name_of(l.id), "default/layer_1"); }
  }
  // ...and leaving the object restored them to their value on entry.
  EXPECT_EQ(g.variable_scopes().count("default/layer"), 0);
  {
    VarScope d(e.g, vs_name("default"));
    VarScope inner(e.g, vs_object(dflt));
    { VarScope l(e.g, vs_default("layer")); EXPECT_EQ(name_of(l.id), "default/layer"); }
  }
}

// variable_scope.__init__ argument errors
TEST(VariableScopeTest, ConstructionErrors) {
  Env e;
  VariableScopeArgs none;
  auto r1 = VariableScopeContext::create(e.g, none);
  ASSERT_FALSE(r1.ok());
  EXPECT_EQ(r1.error().kind, ErrorKind::TypeError);
  EXPECT_EQ(r1.error().message, "If default_name is None then name_or_scope is required");
  auto r2 = VariableScopeContext::create(e.g, vs_name("x", ReuseArg::Invalid));
  ASSERT_FALSE(r2.ok());
  EXPECT_EQ(r2.error().message, "The reuse parameter must be True or False or None.");
  VariableScopeArgs aux = vs_name("x");
  aux.auxiliary_name_scope_invalid = "1";
  auto r3 = VariableScopeContext::create(e.g, aux);
  ASSERT_FALSE(r3.ok());
  EXPECT_EQ(r3.error().message, "The auxiliary_name_scope must be `True` or `False`, while get 1");
  VariableScopeArgs bad;
  bad.name_or_scope_invalid = true;
  auto c = VariableScopeContext::create(e.g, bad);
  ASSERT_TRUE(c.ok());
  auto r4 = c->enter();
  ASSERT_FALSE(r4.ok());
  EXPECT_EQ(r4.error().message, "VariableScope: name_or_scope must be a string or VariableScope.");
}

// variable_scope_test.py testVarOpScopeReuseError / err_vs_default_name_reuse
TEST(VariableScopeTest, DefaultNameWithReuseFails) {
  Env e;
  for (ReuseArg r : {ReuseArg::True, ReuseArg::Auto}) {
    auto c = VariableScopeContext::create(e.g, vs_default("default", r));
    ASSERT_TRUE(c.ok());
    auto entered = c->enter();
    ASSERT_FALSE(entered.ok());
    EXPECT_EQ(entered.error().message, "reuse=True cannot be used without a name_or_scope");
  }
  EXPECT_EQ(e.g->get_name_scope(), std::optional<std::string>(""));
}

// 1.3 profile has no AUTO_REUSE.
TEST(VariableScopeTest, NoAutoReuseIn13) {
  Env e("1.3");
  auto c = VariableScopeContext::create(e.g, vs_name("x", ReuseArg::Auto));
  ASSERT_FALSE(c.ok());
}

// _pure_variable_scope.__exit__: "Improper nesting of variable_scope." (TF >= 1.14)
TEST(VariableScopeTest, ImproperNesting) {
  Env e;
  auto a = VariableScopeContext::create(e.g, vs_name("a"));
  auto b = VariableScopeContext::create(e.g, vs_name("b"));
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_TRUE(a->enter().ok());
  ASSERT_TRUE(b->enter().ok());
  auto s = a->exit();
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().kind, ErrorKind::RuntimeError);
  EXPECT_EQ(s.error().message, "Improper nesting of variable_scope.");
  EXPECT_TRUE(b->exit().ok());
  // The refused exit left the store alone; exiting again now restores the root.
  EXPECT_TRUE(a->exit().ok());
  EXPECT_EQ(get_variable_scope(*e.g), e.g->variable_scopes().root());
  Env old("1.3");
  auto c = VariableScopeContext::create(old.g, vs_name("a"));
  auto d = VariableScopeContext::create(old.g, vs_name("b"));
  ASSERT_TRUE(c->enter().ok());
  ASSERT_TRUE(d->enter().ok());
  EXPECT_TRUE(c->exit().ok());  // 1.3 did not check
}

// scope.reuse_variables() (gv_reuse_variables), including on the root scope
TEST(VariableScopeTest, ReuseVariables) {
  Env e;
  Graph& g = *e.g;
  VariableId v, v1;
  {
    VarScope s(e.g, vs_name("foo"));
    v = get_var(g, gv("v", TensorShape::of({1})));
    EXPECT_EQ(g.variable_scopes().scope(s.id).reuse, ReuseMode::False);
    reuse_variables(g, s.id);
    v1 = get_var(g, gv("v", TensorShape::of({1})));
    EXPECT_EQ(g.variable_scopes().scope(s.id).reuse, ReuseMode::True);
  }
  EXPECT_EQ(v1, v);
  reuse_variables(g, get_variable_scope(g));
  EXPECT_EQ(first_line(get_var_error(g, gv("nope", TensorShape::of({1})))),
            "Variable nope does not exist, or was not created with tf.get_variable(). Did you mean to set "
            "reuse=tf.AUTO_REUSE in VarScope?");
}

// variable_scope_test.py testGetCollection / coll_varscope_methods
TEST(VariableScopeTest, ScopeCollections) {
  Env e;
  Graph& g = *e.g;
  auto nontrainable = [](const char* n) { GetVariableArgs a = gv(n, TensorShape::scalar()); a.trainable = false; return a; };
  get_var(g, gv("a", TensorShape::scalar()));
  get_var(g, nontrainable("b"));
  {
    VarScope s1(e.g, vs_name("foo_"));
    get_var(g, gv("a", TensorShape::scalar()));
    get_var(g, nontrainable("b"));
    EXPECT_EQ(names(g, ok(scope_get_collection(g, s1.id, graph_keys::kTrainableVariables))), (Names{"foo_/a:0"}));
    EXPECT_EQ(names(g, ok(scope_get_collection(g, s1.id, graph_keys::kGlobalVariables))), (Names{"foo_/a:0", "foo_/b:0"}));
  }
  {
    VarScope s2(e.g, vs_name("foo"));
    get_var(g, gv("a", TensorShape::scalar()));
    get_var(g, nontrainable("b"));
    EXPECT_EQ(names(g, ok(scope_get_collection(g, s2.id, graph_keys::kTrainableVariables))), (Names{"foo/a:0"}));
    EXPECT_EQ(names(g, ok(scope_get_collection(g, s2.id, graph_keys::kGlobalVariables))), (Names{"foo/a:0", "foo/b:0"}));
  }
  VarScopeId root = get_variable_scope(g);
  EXPECT_EQ(names(g, ok(scope_get_collection(g, root, graph_keys::kGlobalVariables))),
            (Names{"a:0", "b:0", "foo_/a:0", "foo_/b:0", "foo/a:0", "foo/b:0"}));
  EXPECT_EQ(names(g, ok(scope_get_collection(g, root, graph_keys::kTrainableVariables))),
            (Names{"a:0", "foo_/a:0", "foo/a:0"}));
}

// Scope initializer and dtype are inherited by get_variable (testVarScopeInitializer/testVarScopeDType)
TEST(VariableScopeTest, InitializerAndDtypeInherited) {
  Env e;
  Graph& g = *e.g;
  VariableScopeArgs a = vs_name("tower");
  a.initializer = Initializer::constant(0.3);
  a.dtype = DType::float64();
  VarScope t(e.g, a);
  VariableId w = get_var(g, gv("w", TensorShape::scalar()));
  EXPECT_EQ(g.variable(w).dtype.name(), "float64_ref");
  EXPECT_EQ(g.op(g.variable(w).initial_value.op).name, "tower/w/Initializer/Const");
  VarScope inner(e.g, vs_name("inner"));
  EXPECT_EQ(g.variable_scopes().scope(inner.id).effective_dtype(), DType::float64());
  ASSERT_TRUE(g.variable_scopes().scope(inner.id).initializer.has_value());
}

}  // namespace
}  // namespace scopeplay::scope
