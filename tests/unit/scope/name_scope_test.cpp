// Name scopes: Graph.name_scope and the v1 tf.name_scope class.
#include "scope_test_util.h"

namespace scopeplay::scope {
namespace {

using namespace testing;  // NOLINT

std::string const_name(Graph& g, const char* name) {
  return g.op(ok(ops::constant(g, 1.0, std::nullopt, std::nullopt, std::string(name))).op).name;
}

// ops_test.py OpScopeTest.testNames / conformance name_scope/ns_scope_strings
TEST(NameScopeTest, YieldedStrings) {
  Env e;
  Graph& g = *e.g;
  NameScope foo(g, "foo");
  EXPECT_EQ(foo.str(), "foo/");
  {
    NameScope foo2(g, "foo2");
    EXPECT_EQ(foo2.str(), "foo/foo2/");
  }
  {
    NameScope none(g, std::nullopt);
    EXPECT_EQ(none.str(), "");
    NameScope foo3(g, "foo3");
    EXPECT_EQ(foo3.str(), "foo3/");
  }
  NameScope empty(g, "");
  EXPECT_EQ(empty.str(), "");
}

// ops_test.py OpScopeTest.testNames (trailing slash re-entry) / ns_trailing_slash_reentry
TEST(NameScopeTest, TrailingSlashReentersVerbatim) {
  Env e;
  Graph& g = *e.g;
  { NameScope s(g, "foo"); EXPECT_EQ(s.str(), "foo/"); }
  {
    NameScope outer(g, "foo/");
    EXPECT_EQ(outer.str(), "foo/");
    { NameScope empty(g, ""); EXPECT_EQ(empty.str(), ""); }
    { NameScope foo4(g, "foo4"); EXPECT_EQ(foo4.str(), "foo/foo4/"); }
    { NameScope foo9(g, "a//b/c"); EXPECT_EQ(foo9.str(), "foo/a//b/c/"); }
  }
  { NameScope foo10(g, "a//b/c"); EXPECT_EQ(foo10.str(), "a//b/c/"); }
  { NameScope again(g, "foo"); EXPECT_EQ(again.str(), "foo_1/"); }
}

// A never-used "x/" does not reserve x (SEMANTICS §2).
TEST(NameScopeTest, TrailingSlashDoesNotReserve) {
  Env e;
  Graph& g = *e.g;
  { NameScope s(g, "x/"); EXPECT_EQ(s.str(), "x/"); }
  { NameScope s(g, "x"); EXPECT_EQ(s.str(), "x/"); }
}

// ops_test.py OpScopeTest.testDefaultScopeName / ns_default_name
TEST(NameScopeTest, DefaultName) {
  Env e;
  Graph& g = *e.g;
  {
    NameScope s(g, std::nullopt, "default");
    EXPECT_EQ(s.str(), "default/");
    NameScope s2(g, std::nullopt, "default2");
    EXPECT_EQ(s2.str(), "default/default2/");
  }
  NameScope s3(g, std::nullopt, "default");
  EXPECT_EQ(s3.str(), "default_1/");
}

// name_scope.__enter__: "At least one of name (None) and default_name (None) must be provided."
TEST(NameScopeTest, NoNameWithValuesFails) {
  Env e;
  auto r = e.g->enter_name_scope_v1(std::nullopt, std::nullopt, true);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "At least one of name (None) and default_name (None) must be provided.");
  EXPECT_TRUE(e.g->enter_name_scope_v1(std::nullopt, std::nullopt, false).ok());
}

// ops_test.py NameScopeTest.testGetNameScope / ns_get_name_scope
TEST(NameScopeTest, GetNameScope) {
  Env e;
  Graph& g = *e.g;
  EXPECT_EQ(g.get_name_scope(), std::optional<std::string>(""));
  {
    NameScope a(g, "scope1");
    NameScope b(g, "scope2");
    {
      NameScope c(g, "scope3");
      EXPECT_EQ(g.get_name_scope(), std::optional<std::string>("scope1/scope2/scope3"));
    }
    EXPECT_EQ(g.get_name_scope(), std::optional<std::string>("scope1/scope2"));
    NameScope none(g, std::nullopt);
    EXPECT_EQ(g.get_name_scope(), std::nullopt);  // None, not ""
  }
  EXPECT_EQ(g.get_name_scope(), std::optional<std::string>(""));
}

// ops_test.py NameStackTest.testBasics / ns_none_resets
TEST(NameScopeTest, NoneResetsForTheBlock) {
  Env e;
  Graph& g = *e.g;
  NameScope outer(g, "outer");
  EXPECT_EQ(const_name(g, "a"), "outer/a");
  {
    NameScope none(g, std::nullopt);
    EXPECT_EQ(const_name(g, "b"), "b");
    NameScope inner(g, "inner");
    EXPECT_EQ(const_name(g, "c"), "inner/c");
  }
  EXPECT_EQ(const_name(g, "d"), "outer/d");
}

// ops.py Graph.name_scope docstring / ns_graph_docstring
TEST(NameScopeTest, GraphDocstringExample) {
  Env e;
  Graph& g = *e.g;
  EXPECT_EQ(const_name(g, "c"), "c");
  EXPECT_EQ(const_name(g, "c"), "c_1");
  NameScope nested(g, "nested");
  EXPECT_EQ(const_name(g, "c"), "nested/c");
  { NameScope inner(g, "inner"); EXPECT_EQ(const_name(g, "c"), "nested/inner/c"); }
  NameScope inner1(g, "inner");
  EXPECT_EQ(const_name(g, "c"), "nested/inner_1/c");
  NameScope back(g, nested.str());
  EXPECT_EQ(const_name(g, "d"), "nested/d");
  NameScope root(g, "");
  EXPECT_EQ(const_name(g, "e"), "e");
}

// ops_test.py NameStackTest.testInvalidNameRaisesError / ns_invalid_root_underscore
TEST(NameScopeTest, Validation) {
  Env e;
  Graph& g = *e.g;
  {
    NameScope foo(g, "foo/");
    NameScope bar(g, "_bar");
    EXPECT_EQ(bar.str(), "foo/_bar/");
  }
  auto r = g.enter_name_scope(std::string_view("_bar"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::ValueError);
  EXPECT_EQ(r.error().message, "'_bar' is not a valid scope name");
  auto r2 = g.enter_name_scope(std::string_view("a:b"));
  ASSERT_FALSE(r2.ok());
  EXPECT_EQ(r2.error().message, "'a:b' is not a valid scope name");
  {
    NameScope foo(g, "foo");
    auto r3 = g.enter_name_scope(std::string_view("-x"));
    EXPECT_TRUE(r3.ok());
    g.exit_name_scope(*r3);
    auto r4 = g.enter_name_scope(std::string_view("x y"));
    EXPECT_FALSE(r4.ok());
  }
}

// Graph.unique_name: nested scopes of the same name / ns_nested_same_name
TEST(NameScopeTest, NestedSameName) {
  Env e;
  Graph& g = *e.g;
  {
    NameScope a(g, "a");
    { NameScope s(g, "a"); EXPECT_EQ(s.str(), "a/a/"); }
    { NameScope s(g, "a"); EXPECT_EQ(s.str(), "a/a_1/"); }
  }
  NameScope s(g, "a");
  EXPECT_EQ(s.str(), "a_1/");
}

// ops_test.py NameStackTest.testUniqueNameCaseInsensitivity / ns_case_insensitive
TEST(NameScopeTest, CaseInsensitiveScopesAndOps) {
  Env e;
  Graph& g = *e.g;
  EXPECT_EQ(const_name(g, "foo"), "foo");
  EXPECT_EQ(const_name(g, "Foo"), "Foo_1");
  { NameScope s(g, "bar"); EXPECT_EQ(s.str(), "bar/"); }
  NameScope s2(g, "Bar");
  EXPECT_EQ(s2.str(), "Bar_1/");
  EXPECT_EQ(const_name(g, "foo"), "Bar_1/foo");
}

// TF 1.3 profile: case-sensitive names.
TEST(NameScopeTest, CaseSensitiveIn13) {
  Env e("1.3");
  Graph& g = *e.g;
  EXPECT_EQ(const_name(g, "foo"), "foo");
  EXPECT_EQ(const_name(g, "Foo"), "Foo");
  NameScope s(g, "FOO");
  EXPECT_EQ(s.str(), "FOO/");
}

// Ops and scopes share one table (SEMANTICS §13.3).
TEST(NameScopeTest, OpsAndScopesShareNames) {
  Env e;
  Graph& g = *e.g;
  EXPECT_EQ(const_name(g, "block"), "block");
  NameScope s(g, "block");
  EXPECT_EQ(s.str(), "block_1/");
}

// ns_loop_scopes: scopes in a loop are uniquified; ops follow.
TEST(NameScopeTest, LoopScopes) {
  Env e;
  Graph& g = *e.g;
  std::vector<TensorRef> outs;
  for (int i = 0; i < 3; ++i) {
    NameScope s(g, "layer");
    TensorRef w = ok(ops::constant(g, static_cast<double>(i), std::nullopt, std::nullopt, std::string("w")));
    outs.push_back(ok(ops::multiply(g, w, 2.0)));
  }
  EXPECT_EQ(g.tensor_name(outs[0]), "layer/Mul:0");
  EXPECT_EQ(g.tensor_name(outs[1]), "layer_1/Mul:0");
  EXPECT_EQ(g.tensor_name(outs[2]), "layer_2/Mul:0");
  EXPECT_EQ(g.tensor_name(g.op(outs[2].op).inputs[0]), "layer_2/w:0");
  EXPECT_EQ(g.tensor_name(g.op(outs[2].op).inputs[1]), "layer_2/Mul/y:0");
}

}  // namespace
}  // namespace scopeplay::scope
