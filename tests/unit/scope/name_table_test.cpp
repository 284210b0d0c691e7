// Graph.unique_name cases (framework/ops_test.py NameStackTest).
#include <gtest/gtest.h>

#include "scope/graph.h"
#include "scope/name_table.h"

namespace scopeplay::scope {
namespace {

// ops_test.py NameStackTest.testBasics (unique_name part)
TEST(NameTableTest, RepeatedNamesGetSuffixes) {
  NameTable t(true);
  EXPECT_EQ(t.unique("foo").name, "foo");
  EXPECT_EQ(t.unique("foo").name, "foo_1");
  EXPECT_EQ(t.unique("foo").name, "foo_2");
  EXPECT_EQ(t.unique("foo_1").name, "foo_1_1");
  EXPECT_EQ(t.unique("foo_1").name, "foo_1_2");
  EXPECT_EQ(t.unique("foo_1_1").name, "foo_1_1_1");
}

// ops_test.py NameStackTest.testOutOfOrderUniqueName
TEST(NameTableTest, OutOfOrderSkipsTakenSuffix) {
  NameTable t(true);
  EXPECT_EQ(t.unique("foo_2").name, "foo_2");
  EXPECT_EQ(t.unique("foo").name, "foo");
  EXPECT_EQ(t.unique("foo").name, "foo_1");
  EXPECT_EQ(t.unique("foo").name, "foo_3");
}

// ops_test.py NameStackTest.testUniqueNameCaseInsensitivity
TEST(NameTableTest, CaseInsensitiveKeepsCase) {
  NameTable t(true);
  EXPECT_EQ(t.unique("foo").name, "foo");
  EXPECT_EQ(t.unique("Foo").name, "Foo_1");
  NameTable u(true);
  EXPECT_EQ(u.unique("a").name, "a");
  EXPECT_EQ(u.unique("a_1").name, "a_1");
  EXPECT_EQ(u.unique("a").name, "a_2");
  EXPECT_EQ(u.unique("A").name, "A_3");
}

// TF <= 1.8 compared names case-sensitively (ops.py v1.3.0 Graph.unique_name)
TEST(NameTableTest, CaseSensitiveInOldProfile) {
  NameTable t(false);
  EXPECT_EQ(t.unique("foo").name, "foo");
  EXPECT_EQ(t.unique("Foo").name, "Foo");
  EXPECT_EQ(t.unique("foo").name, "foo_1");
}

// ops_test.py NameStackTest.testBasics (mark_as_used=False)
TEST(NameTableTest, MarkAsUsedFalseOnlyPreviews) {
  NameTable t(true);
  EXPECT_EQ(t.unique("foo", false).name, "foo");
  EXPECT_EQ(t.unique("foo", false).name, "foo");
  EXPECT_EQ(t.unique("foo").name, "foo");
  EXPECT_EQ(t.unique("foo", false).name, "foo_1");
  EXPECT_EQ(t.unique("foo", false).name, "foo_1");
  EXPECT_EQ(t.unique("foo").name, "foo_1");
  EXPECT_EQ(t.unique("foo").name, "foo_2");
}

// ops_test.py NameStackTest.testBasics: names are relative to the name stack
TEST(NameTableTest, GraphUniqueNameUsesStack) {
  Graph g;
  EXPECT_EQ(g.unique_name("foo"), "foo");
  auto tok = g.enter_name_scope(std::string_view("bar"));
  ASSERT_TRUE(tok.ok());
  EXPECT_EQ(g.unique_name("foo", false), "bar/foo");
  EXPECT_EQ(g.unique_name("foo"), "bar/foo");
  EXPECT_EQ(g.unique_name("foo"), "bar/foo_1");
  g.exit_name_scope(*tok);
  EXPECT_EQ(g.unique_name("bar", false), "bar_1");
  EXPECT_EQ(g.unique_name("foo"), "foo_1");
}

}  // namespace
}  // namespace scopeplay::scope
