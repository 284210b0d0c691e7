// The bridge end to end on small snippets: naming, errors, objects,
// provenance export and profile selection.
#include <gtest/gtest.h>

#include "bridge_test_util.h"

namespace scopeplay::bridge {
namespace {

using testing::run_tf;

TEST(TfModule, VariableNamesFollowNameScopes) {
  auto o = run_tf(
      "import tensorflow as tf\n"
      "with tf.name_scope('V1'):\n"
      "    a = tf.Variable(tf.random_normal([2, 3]), name='a2')\n"
      "with tf.name_scope('V1'):\n"
      "    b = tf.Variable(1.0, name='a2')\n"
      "print(a.name, b.name, a.op.name, b.value().name)\n");
  EXPECT_EQ(o.error, "");
  EXPECT_EQ(o.out, "V1/a2:0 V1_1/a2:0 V1/a2 V1_1/a2/read:0\n");
}

TEST(TfModule, GetVariableReuseAndIdentity) {
  auto o = run_tf(
      "import tensorflow as tf\n"
      "with tf.variable_scope('V1'):\n"
      "    a = tf.get_variable('a1', [1], initializer=tf.constant_initializer(1))\n"
      "with tf.variable_scope('V1', reuse=True) as vs:\n"
      "    b = tf.get_variable('a1', [1])\n"
      "print(a is b, a.name, vs.name, vs.reuse, vs.original_name_scope)\n");
  EXPECT_EQ(o.error, "");
  EXPECT_EQ(o.out, "True V1/a1:0 V1 True V1_1/\n");
}

TEST(TfModule, DuplicateVariableRaisesValueErrorWithTraceback) {
  auto o = run_tf(
      "import tensorflow as tf\n"
      "a = tf.get_variable('a1', [1])\n"
      "b = tf.get_variable('a1', [1])\n");
  EXPECT_EQ(o.error.rfind("ValueError: Variable a1 already exists, disallowed. Did you mean to set reuse=True or "
                          "reuse=tf.AUTO_REUSE in VarScope? Originally defined at:\n",
                          0),
            0u)
      << o.error;
  EXPECT_NE(o.error.find("File \"snippet.py\", line 2, in <module>"), std::string::npos) << o.error;
  EXPECT_NE(o.error.find("a = tf.get_variable('a1', [1])"), std::string::npos);
}

TEST(TfModule, OldProfileMessagesAndNoAutoReuse) {
  auto o = run_tf("import tensorflow as tf\nprint(tf.AUTO_REUSE)\n", "1.3");
  EXPECT_EQ(o.error, "AttributeError: module 'tensorflow' has no attribute 'AUTO_REUSE'");
  o = run_tf("import tensorflow as tf\nprint(tf.AUTO_REUSE)\n");
  EXPECT_EQ(o.out, "_ReuseMode.AUTO_REUSE\n");
}

TEST(TfModule, OldProfileSignatures) {
  EXPECT_EQ(run_tf("import tensorflow as tf\nwith tf.variable_scope('a', auxiliary_name_scope=False):\n    pass\n", "1.3").error,
            "TypeError: variable_scope() got an unexpected keyword argument 'auxiliary_name_scope'");
  EXPECT_EQ(run_tf("import tensorflow as tf\ntf.get_variable('v', [1], constraint=None)\n", "1.3").error,
            "TypeError: get_variable() got an unexpected keyword argument 'constraint'");
  EXPECT_EQ(run_tf("import tensorflow as tf\nwith tf.variable_scope('a', auxiliary_name_scope=False):\n    pass\n").error, "");
}

TEST(TfModule, UnknownVersionListsSupportedOnes) {
  auto o = run_tf("print(1)\n", "2.7");
  EXPECT_EQ(o.error, "ValueError: unsupported TensorFlow version '2.7' (supported: 1.15, 1.3)");
}

TEST(TfModule, UnknownAndUnmodeledNames) {
  EXPECT_EQ(run_tf("import tensorflow as tf\ntf.foo\n").error, "AttributeError: module 'tensorflow' has no attribute 'foo'");
  EXPECT_EQ(run_tf("import tensorflow as tf\ntf.while_loop\n").error,
            "NotImplementedError: tf.while_loop is not supported in scopeplay");
  EXPECT_EQ(run_tf("import tensorflow as tf\ntf.get_variable('a', foo=1)\n").error,
            "TypeError: get_variable() got an unexpected keyword argument 'foo'");
}

TEST(TfModule, TensorsOperatorsAndReprs) {
  auto o = run_tf(
      "import tensorflow as tf\n"
      "x = tf.placeholder(tf.float32, [None, 3], name='x')\n"
      "y = x + 1\n"
      "z = 2 * x\n"
      "print(x)\n"
      "print(repr(y), y.op.type, [t.name for t in y.op.inputs])\n"
      "print(z.name, x.shape, x.get_shape().as_list(), x.dtype, repr(x.dtype))\n"
      "print(x.consumers() == [y.op, z.op], tf.get_default_graph().get_tensor_by_name('add:0') is y)\n");
  EXPECT_EQ(o.error, "");
  EXPECT_EQ(o.out,
            "Tensor(\"x:0\", shape=(?, 3), dtype=float32)\n"
            "<tf.Tensor 'add:0' shape=(?, 3) dtype=float32> AddV2 ['x:0', 'add/y:0']\n"
            "mul:0 (?, 3) [None, 3] <dtype: 'float32'> tf.float32\n"
            "True True\n");
}

TEST(TfModule, ComparisonsNegationAndNumpyArrays) {
  auto o = run_tf(
      "import numpy as np\n"
      "import tensorflow as tf\n"
      "x = tf.placeholder(tf.float32, [None, 3], name='x')\n"
      "print((x < 1).name, (1 < x).name, (-x).name, (x >= x).dtype)\n"
      "v = tf.Variable(np.zeros((5, 5), np.float32), name='noop')\n"
      "print(v, tf.constant(np.ones([2])).dtype)\n");
  EXPECT_EQ(o.error, "");
  EXPECT_EQ(o.out,
            "Less:0 Greater:0 Neg:0 <dtype: 'bool'>\n"
            "<tf.Variable 'noop:0' shape=(5, 5) dtype=float32_ref> <dtype: 'float64'>\n");
}

TEST(TfModule, CustomGetterIsCalledWithGetterAndKeywords) {
  auto o = run_tf(
      "import tensorflow as tf\n"
      "seen = []\n"
      "def g(getter, name, *args, **kwargs):\n"
      "    seen.append((name, kwargs['shape'], kwargs['reuse']))\n"
      "    return getter(name, *args, **kwargs)\n"
      "with tf.variable_scope('s', custom_getter=g):\n"
      "    v = tf.get_variable('v', [2])\n"
      "print(seen, v.name)\n");
  EXPECT_EQ(o.error, "");
  EXPECT_EQ(o.out, "[('s/v', [2], False)] s/v:0\n");
}

TEST(TfModule, SessionRunsInitializersOnly) {
  auto o = run_tf(
      "import tensorflow as tf\n"
      "v = tf.Variable(1.0)\n"
      "with tf.Session() as sess:\n"
      "    print(sess.run(tf.global_variables_initializer()))\n"
      "    sess.run(v)\n");
  EXPECT_EQ(o.out, "None\n");
  EXPECT_EQ(o.error, "NotImplementedError: evaluating tensors is not supported in scopeplay");
}

TEST(TfModule, DeprecationWarningGoesToStderr) {
  auto o = run_tf("import tensorflow as tf\ntf.initialize_all_variables()\n");
  EXPECT_EQ(o.err,
            "WARNING:tensorflow:From snippet.py:2: initialize_all_variables (from tensorflow.python.ops.variables) is "
            "deprecated and will be removed after 2017-03-02.\nInstructions for updating:\nUse "
            "`tf.global_variables_initializer` instead.\n");
}

TEST(TfModule, ProvenanceIsExported) {
  auto o = run_tf(
      "import tensorflow as tf\n"
      "with tf.variable_scope('V1'):\n"
      "    a = tf.get_variable('a1', [1])\n");
  ASSERT_EQ(o.error, "");
  ASSERT_EQ(o.extras.variables.size(), 1u);
  EXPECT_EQ(o.extras.variables[0].name, "V1/a1:0");
  EXPECT_EQ(o.extras.variables[0].created_by, "tf.get_variable");
  EXPECT_EQ(o.extras.variables[0].line, 3);
  EXPECT_FALSE(o.extras.ops.empty());
  EXPECT_FALSE(o.extras.events.empty());
}

TEST(TfModule, GraphsAndResetInsideNestedGraph) {
  auto o = run_tf(
      "import tensorflow as tf\n"
      "g = tf.Graph()\n"
      "with g.as_default():\n"
      "    c = tf.constant(1)\n"
      "    print(c.graph is g, tf.get_default_graph() is g)\n"
      "    tf.reset_default_graph()\n");
  EXPECT_EQ(o.out, "True True\n");
  EXPECT_EQ(o.error.rfind("AssertionError: Do not use tf.reset_default_graph() to clear nested graphs.", 0), 0u)
      << o.error;
}

TEST(TfModule, CompatV1AndFromImports) {
  auto o = run_tf(
      "import tensorflow.compat.v1 as tf\n"
      "from tensorflow import name_scope, constant\n"
      "with name_scope('a'):\n"
      "    print(constant(1).name, tf.nn.relu(constant(1.0)).name)\n");
  EXPECT_EQ(o.error, "");
  EXPECT_EQ(o.out, "a/Const:0 a/Relu:0\n");
}

}  // namespace
}  // namespace scopeplay::bridge
