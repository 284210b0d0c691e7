// DType, TensorShape, HostValue and the collection-filter regex.
#include "scope_test_util.h"
#include "scope/pattern.h"

namespace scopeplay::scope {
namespace {

using namespace testing;  // NOLINT

// dtypes.py DType.__str__/__repr__/name and _ref
TEST(DTypeTest, Printing) {
  EXPECT_EQ(DType::float32().str(), "<dtype: 'float32'>");
  EXPECT_EQ(DType::float32().repr(), "tf.float32");
  EXPECT_EQ(DType::float32().as_ref().name(), "float32_ref");
  EXPECT_EQ(DType::int32().as_ref().str(), "<dtype: 'int32_ref'>");
  EXPECT_EQ(DType(BaseType::UInt8).name(), "uint8");
  EXPECT_EQ(DType(BaseType::Float16).repr(), "tf.float16");
  EXPECT_EQ(DType::string().name(), "string");
  EXPECT_EQ(DType::boolean().name(), "bool");
  EXPECT_EQ(DType::float32().as_ref().base_dtype(), DType::float32());
}

// dtypes_test.py testIsCompatibleWith / as_dtype
TEST(DTypeTest, CompatibilityAndParsing) {
  EXPECT_TRUE(DType::float32().is_compatible_with(DType::float32().as_ref()));
  EXPECT_TRUE(DType::float32().is_compatible_with(DType::float32()));
  EXPECT_FALSE(DType::float32().as_ref().is_compatible_with(DType::float32()));
  EXPECT_FALSE(DType::int32().is_compatible_with(DType::float32().as_ref()));
  EXPECT_EQ(DType::from_name("float"), std::optional<DType>(DType::float32()));
  EXPECT_EQ(DType::from_name("int64_ref"), std::optional<DType>(DType::int64().as_ref()));
  EXPECT_EQ(DType::from_name("nope"), std::nullopt);
  EXPECT_TRUE(DType::float64().is_floating());
  EXPECT_TRUE(DType(BaseType::UInt16).is_unsigned());
  EXPECT_TRUE(DType::int64().is_integer());
  EXPECT_FALSE(DType(BaseType::Complex64).is_floating());
}

// tensor_shape.py __str__ (V1 '?') / __repr__
TEST(TensorShapeTest, Printing) {
  EXPECT_EQ(TensorShape({std::nullopt, 3}).str(), "(?, 3)");
  EXPECT_EQ(TensorShape::of({5}).str(), "(5,)");
  EXPECT_EQ(TensorShape::scalar().str(), "()");
  EXPECT_EQ(TensorShape::unknown().str(), "<unknown>");
  EXPECT_EQ(TensorShape({std::nullopt, 3}).repr(), "TensorShape([Dimension(None), Dimension(3)])");
  EXPECT_EQ(TensorShape::unknown().repr(), "TensorShape(None)");
  EXPECT_EQ(TensorShape({std::nullopt, 3}).debug_string(), "[?,3]");
}

// tensor_shape_test.py testIsCompatibleWith / testMergeWith / as_list
TEST(TensorShapeTest, CompatibilityMergeAsList) {
  TensorShape a({std::nullopt, 3});
  EXPECT_TRUE(a.is_compatible_with(TensorShape::of({2, 3})));
  EXPECT_FALSE(a.is_compatible_with(TensorShape::of({2, 4})));
  EXPECT_FALSE(a.is_compatible_with(TensorShape::of({3})));
  EXPECT_TRUE(TensorShape::unknown().is_compatible_with(TensorShape::of({1, 2, 3})));
  EXPECT_EQ(ok(a.merge_with(TensorShape::of({2, 3}))).str(), "(2, 3)");
  auto bad = TensorShape::of({2}).merge_with(TensorShape::of({3}));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message, "Shapes (2,) and (3,) are not compatible");
  auto unknown = TensorShape::unknown().as_list();
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().message, "as_list() is not defined on an unknown TensorShape.");
  EXPECT_EQ(TensorShape::of({2, 3}).num_elements(), std::optional<std::int64_t>(6));
  EXPECT_FALSE(a.is_fully_defined());
}

// numpy-style shape and dtype inference of Python values
TEST(HostValueTest, ShapesAndDtypes) {
  HostValue m = HostValue::list({HostValue::list({1, 2}), HostValue::list({3, 4})});
  EXPECT_EQ(ok(m.shape()).str(), "(2, 2)");
  EXPECT_EQ(ok(m.inferred_dtype()), DType::int32());
  EXPECT_EQ(ok(HostValue(2.0).inferred_dtype()), DType::float32());
  EXPECT_EQ(ok(HostValue(std::int64_t{1} << 40).inferred_dtype()), DType::int64());
  EXPECT_EQ(HostValue(2.5).repr(), "2.5");
  EXPECT_EQ(HostValue(1.0).repr(), "1.0");
  EXPECT_EQ(HostValue::list({1, HostValue("a")}).repr(), "[1, 'a']");
  EXPECT_FALSE(HostValue::list({HostValue::list({1}), 2}).shape().ok());
  EXPECT_TRUE(HostValue(2).check_convertible(DType::float32()).ok());
  EXPECT_FALSE(HostValue(2.5).check_convertible(DType::int32()).ok());
  auto dims = HostValue::list({HostValue(), 3}).as_shape_dims();
  ASSERT_TRUE(dims.has_value());
  EXPECT_EQ(TensorShape(*dims).str(), "(?, 3)");
}

bool matches(const char* re, const char* text) { return ok(Pattern::compile(re)).match_prefix(text); }

// Graph.get_collection uses re.match: anchored at the start only
TEST(PatternTest, ReMatchSemantics) {
  EXPECT_TRUE(matches("scope", "scope_long/b:0"));
  EXPECT_TRUE(matches("scope_1", "scope_1/Variable:0"));
  EXPECT_FALSE(matches("scope_1", "x/scope_1/Variable:0"));
  EXPECT_TRUE(matches(".*scope", "x/scope_1/Variable:0"));
  EXPECT_TRUE(matches("foo/", "foo/a:0"));
  EXPECT_FALSE(matches("foo/", "foo_/a:0"));
  EXPECT_TRUE(matches("", "anything"));
  EXPECT_TRUE(matches("a.c", "abc"));
  EXPECT_TRUE(matches("ab*c", "ac"));
  EXPECT_TRUE(matches("ab+c", "abbbc"));
  EXPECT_FALSE(matches("ab+c", "ac"));
  EXPECT_TRUE(matches("ab?c", "ac"));
  EXPECT_TRUE(matches("[a-c]+x", "abcx"));
  EXPECT_FALSE(matches("[^a-c]x", "ax"));
  EXPECT_TRUE(matches("^tower_[0-9]/", "tower_3/w:0"));
  EXPECT_TRUE(matches("(foo|bar)/w", "bar/w:0"));
  EXPECT_TRUE(matches("a{2}b", "aab"));
  EXPECT_FALSE(matches("a{3}b", "aab"));
  EXPECT_TRUE(matches("w:0$", "w:0"));
  EXPECT_FALSE(matches("w$", "w:0"));
  EXPECT_TRUE(matches("\\w+/\\d", "layer/1"));
  EXPECT_TRUE(matches("a\\.b", "a.b"));
  EXPECT_FALSE(matches("a\\.b", "axb"));
  EXPECT_FALSE(Pattern::compile("[abc").ok());
  EXPECT_FALSE(Pattern::compile("*a").ok());
  EXPECT_FALSE(Pattern::compile("(a").ok());
}

// Graph.get_collection: unknown keys are empty, items without a name are skipped by filters
TEST(CollectionTest, Basics) {
  Env e;
  Graph& g = *e.g;
  EXPECT_TRUE(ok(g.get_collection("nothing")).empty());
  g.add_to_collection("stuff", CollectionItem{CollectionItemKind::Opaque, 7, 0, std::nullopt});
  g.add_to_collection("stuff", CollectionItem{CollectionItemKind::Opaque, 8, 0, std::string("a/b")});
  EXPECT_EQ(ok(g.get_collection("stuff")).size(), 2u);
  EXPECT_EQ(ok(g.get_collection("stuff", "a")).size(), 1u);
  EXPECT_EQ(g.get_all_collection_keys(), (Names{"stuff"}));
  g.add_to_collections({"x", "x", "y"}, CollectionItem{CollectionItemKind::Opaque, 9, 0, std::nullopt});
  EXPECT_EQ(ok(g.get_collection("x")).size(), 1u);
  auto bad = g.get_collection("stuff", "[");
  EXPECT_FALSE(bad.ok());
}

}  // namespace
}  // namespace scopeplay::scope
