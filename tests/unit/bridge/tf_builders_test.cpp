// The TF builders' bundle (bridge/tf_builders_bundle.h): the file an engine
// built without the lazy prelude parts' texts is provided with. Its form,
// what an engine refuses, and the file the build wrote.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "bridge/tf_builders_bundle.h"
#include "bridge/tf_prelude.h"
#include "scopeplay/run.h"

namespace scopeplay::bridge {
namespace {

const std::vector<std::string_view> kParts = {"a = 1\n", "", "def f():\n    return '\\u00e9'\n"};

TEST(TfBuildersBundle, ReadsBackWhatWasMade) {
  const std::string bundle = make_builders_bundle(kParts);
  EXPECT_EQ(bundle.rfind(kBuildersMagic, 0), 0u);
  auto parts = read_builders_bundle(bundle, builders_digest(kParts));
  ASSERT_TRUE(parts);
  EXPECT_EQ(*parts, kParts);
}

TEST(TfBuildersBundle, TheDigestDependsOnEveryByteAndBoundary) {
  const std::string d = builders_digest(kParts);
  EXPECT_EQ(d.size(), 16u);
  EXPECT_NE(builders_digest({"a = 1\n", "", "def f():\n    return '\\u00e9'\n "}), d);
  EXPECT_NE(builders_digest({"a = 1\n", "def f():\n    return '\\u00e9'\n"}), d);  // a part fewer
  EXPECT_NE(builders_digest({"ab"}), builders_digest({"a", "b"}));
}

TEST(TfBuildersBundle, RefusesEveryTruncationAndAlteration) {
  const std::string bundle = make_builders_bundle(kParts);
  const std::string digest = builders_digest(kParts);
  for (std::size_t n = 0; n < bundle.size(); ++n) {
    EXPECT_FALSE(read_builders_bundle(bundle.substr(0, n), digest)) << "truncated to " << n;
  }
  EXPECT_FALSE(read_builders_bundle(bundle + "x", digest)) << "trailing bytes";
  for (std::size_t i = 0; i < bundle.size(); ++i) {
    std::string altered = bundle;
    altered[i] = static_cast<char>(altered[i] ^ 0x01);
    EXPECT_FALSE(read_builders_bundle(altered, digest)) << "byte " << i << " altered";
  }
  EXPECT_FALSE(read_builders_bundle(bundle, builders_digest({"other"}))) << "another engine's digest";
  EXPECT_FALSE(read_builders_bundle(bundle, "")) << "no digest";
}

TEST(TfBuildersBundle, RefusesHugeCountsAndSizesWithoutReadingPastTheEnd) {
  const std::string head = std::string(kBuildersMagic) + builders_digest({}) + "\n";
  EXPECT_FALSE(read_builders_bundle(head + "99999999999999999999\n", builders_digest({})));
  EXPECT_FALSE(read_builders_bundle(head + "1\n999999999\nabc", builders_digest({})));
  EXPECT_FALSE(read_builders_bundle(head + "65\n", builders_digest({})));
  EXPECT_FALSE(read_builders_bundle(head + "-1\n", builders_digest({})));
  EXPECT_TRUE(read_builders_bundle(head + "0\n", builders_digest({})));
}

std::string read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

TEST(TfBuildersBundle, TheBuildWroteTheBundleOfTheEnginesTexts) {
  const std::string file = read_file(SCOPEPLAY_TF_BUILDERS_BUNDLE);
  const std::vector<std::string_view> texts = lazy_prelude_texts();
  EXPECT_EQ(file, make_builders_bundle(texts));
  EXPECT_EQ(builders_digest(texts), builders_digest_built());
  auto parts = read_builders_bundle(file, builders_digest_built());
  ASSERT_TRUE(parts);
  EXPECT_EQ(*parts, texts);
}

TEST(TfBuildersBundle, ProvideTakesOnlyThisEnginesBundle) {
  EXPECT_FALSE(scopeplay::provide("tf-builders", "")) << "empty";
  EXPECT_FALSE(scopeplay::provide("tf-builders", make_builders_bundle(kParts))) << "another engine's bundle";
  const std::string file = read_file(SCOPEPLAY_TF_BUILDERS_BUNDLE);
  EXPECT_FALSE(scopeplay::provide("tf-layers", file)) << "unknown resource";
  EXPECT_TRUE(scopeplay::provide("tf-builders", file));
  EXPECT_TRUE(scopeplay::provide("tf-builders", file)) << "the same again";
  EXPECT_FALSE(scopeplay::provide("tf-builders", file.substr(0, file.size() - 1)));
  auto texts = builder_texts();
  ASSERT_TRUE(texts);
  EXPECT_EQ(*texts, lazy_prelude_texts());
}

TEST(TfBuildersBundle, ARunWithTheBuildersNeedsNothing) {
  ASSERT_TRUE(scopeplay::provide("tf-builders", read_file(SCOPEPLAY_TF_BUILDERS_BUNDLE)));
  RunResult r = run("import tensorflow as tf\nx = tf.placeholder(tf.float32, [2, 3])\n"
                    "print(tf.layers.dense(x, 4).name)\n");
  EXPECT_FALSE(r.error) << r.error->formatted;
  EXPECT_EQ(r.stdout_text, "dense/BiasAdd:0\n");
  EXPECT_EQ(r.needs, "");
  EXPECT_EQ(to_json(r).find("\"needs\""), std::string::npos);
}

}  // namespace
}  // namespace scopeplay::bridge
