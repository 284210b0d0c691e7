// The bridge through the public API: profile selection, provenance in the
// RunResult and its JSON form, and independent runs.
#include <gtest/gtest.h>

#include "scopeplay/run.h"

namespace scopeplay {
namespace {

RunResult run_tf(const std::string& source, const std::string& version = "1.15") {
  RunOptions options;
  options.filename = "snippet.py";
  options.tf_version = version;
  return run(source, options);
}

TEST(BridgeRun, ProfileSelectsMessages) {
  const std::string src =
      "import tensorflow as tf\n"
      "a = tf.get_variable('a1', [1])\n"
      "b = tf.get_variable('a1', [1])\n";
  auto r15 = run_tf(src);
  auto r13 = run_tf(src, "1.3");
  ASSERT_TRUE(r15.error && r13.error);
  EXPECT_EQ(r15.error->message.substr(0, r15.error->message.find('\n')),
            "Variable a1 already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in "
            "VarScope? Originally defined at:");
  EXPECT_EQ(r13.error->message.substr(0, r13.error->message.find('\n')),
            "Variable a1 already exists, disallowed. Did you mean to set reuse=True in VarScope? Originally defined at:");
  EXPECT_EQ(r15.error->line, 3);
}

// Found by the fuzz harness (a mutation of saver_test.py's testSomeErrors):
// a Saver over variables of two graphs fed one graph's tensor to the other's
// op, and the op read past the end of that graph's ops. Now a ValueError.
TEST(BridgeRun, ATensorOfAnotherGraphIsAValueErrorNotARead) {
  const std::string src =
      "import tensorflow as tf\n"
      "v1 = tf.Variable([20.0], name='v0o1')\n"
      "with tf.Graph().as_default():\n"
      "    other = tf.Variable([20.0], name='v1')\n"
      "tf.train.Saver([v1, other])\n";
  RunResult r = run_tf(src);
  ASSERT_TRUE(r.error.has_value());
  EXPECT_EQ(r.error->type, "ValueError");
  EXPECT_NE(r.error->message.find("must be from the same graph"), std::string::npos) << r.error->message;
  EXPECT_EQ(r.error->line, 5);
}

TEST(BridgeRun, UnknownVersionIsAClearError) {
  auto r = run_tf("import tensorflow as tf\n", "0.12");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->type, "ValueError");
  EXPECT_EQ(r.error->message, "unsupported TensorFlow version '0.12' (supported: 1.15, 1.3)");
}

TEST(BridgeRun, ProvenanceAndJson) {
  auto r = run_tf(
      "import tensorflow as tf\n"
      "with tf.variable_scope('V1'):\n"
      "    a = tf.get_variable('a1', [1])\n"
      "with tf.variable_scope('V1', reuse=True):\n"
      "    b = tf.get_variable('a1', [1])\n"
      "c = a + 1\n");
  ASSERT_FALSE(r.error);
  ASSERT_EQ(r.variables.size(), 1u);
  EXPECT_EQ(r.variables[0].name, "V1/a1:0");
  EXPECT_TRUE(r.variables[0].reused);
  EXPECT_EQ(r.variables[0].variable_scope, "V1");
  ASSERT_FALSE(r.ops.empty());
  EXPECT_EQ(r.ops.back().name, "add");
  EXPECT_EQ(r.ops.back().type, "AddV2");
  EXPECT_EQ(r.ops.back().line, 6);
  EXPECT_EQ(r.scopes, (std::vector<std::string>{"V1/", "V1_1/"}));
  bool saw_variable = false;
  for (const auto& e : r.events) saw_variable = saw_variable || (e.kind == "variable" && e.result == "V1/a1:0");
  EXPECT_TRUE(saw_variable);
  std::string json = to_json(r);
  EXPECT_NE(json.find("\"name\":\"V1/a1:0\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"createdBy\":\"tf.get_variable\""), std::string::npos);
  EXPECT_NE(json.find("{\"name\":\"add\",\"type\":\"AddV2\",\"line\":6}"), std::string::npos);
}

TEST(BridgeRun, PlainPythonHasNoProvenanceAndRunsAreIndependent) {
  auto p = run_tf("print(1)\n");
  EXPECT_TRUE(p.variables.empty() && p.ops.empty() && p.events.empty());
  auto a = run_tf("import tensorflow as tf\nprint(tf.constant(1).name)\n");
  auto b = run_tf("import tensorflow as tf\nprint(tf.constant(1).name)\n");
  EXPECT_EQ(a.stdout_text, "Const:0\n");
  EXPECT_EQ(b.stdout_text, "Const:0\n");
}

}  // namespace
}  // namespace scopeplay
