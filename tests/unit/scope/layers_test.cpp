// tf.layers.Dense built from engine primitives the way layers/base.py does it,
// to check the engine supports layers without special cases (conformance
// layers/layers_dense_functional, layers_dense_named_reuse).
#include "scope_test_util.h"

namespace scopeplay::scope {
namespace {

using namespace testing;  // NOLINT

// A minimal tf.layers.Dense: _set_scope, __call__ with auxiliary_name_scope=False,
// name_scope(original_name_scope), build (get_variable), call (MatMul, BiasAdd, activation).
struct Dense {
  std::shared_ptr<Graph> g;
  int units;
  bool relu = false;
  std::optional<std::string> name;
  bool reuse = false;
  std::optional<VarScopeId> scope;
  std::optional<VariableId> kernel, bias;

  Dense(std::shared_ptr<Graph> graph, int u, std::optional<std::string> n = std::nullopt, bool r = false)
      : g(std::move(graph)), units(u), name(std::move(n)), reuse(r) {
    if (name) { VarScope s(g, vs_name(*name)); scope = s.id; }  // Layer.__init__(_scope=name)
  }

  TensorRef operator()(TensorRef x) {
    Graph& gr = *g;
    if (!scope) { VarScope s(g, vs_default("dense")); scope = s.id; }  // _set_scope(None)
    VariableScopeArgs a = vs_object(*scope, reuse || kernel ? ReuseArg::True : ReuseArg::None);
    a.auxiliary_name_scope = false;
    VarScope cur(g, a);
    NameScope ns(gr, gr.variable_scopes().scope(cur.id).original_name_scope);
    if (!kernel) {
      auto in = gr.tensor_shape(x).dims().back();
      kernel = get_var(gr, gv("kernel", TensorShape({in, units})));
      GetVariableArgs b = gv("bias", TensorShape::of({units}));
      b.initializer = Initializer::zeros();
      bias = get_var(gr, b);
    }
    TensorRef y = ok(ops::matmul(gr, x, gr.variable(*kernel).snapshot));
    y = ok(ops::bias_add(gr, y, gr.variable(*bias).snapshot));
    if (relu) y = ok(ops::relu(gr, y));
    return y;
  }
};

// core_test.py DenseTest.testFunctionalDenseTwice / layers_dense_functional
TEST(LayersTest, FunctionalDenseTwice) {
  Env e;
  Graph& g = *e.g;
  TensorRef x = ok(ops::placeholder(g, DType::float32(), TensorShape({std::nullopt, 3})));
  TensorRef y1 = Dense(e.g, 4)(x);
  Dense d2(e.g, 2);
  d2.relu = true;
  TensorRef y2 = d2(y1);
  EXPECT_EQ(g.tensor_name(y1), "dense/BiasAdd:0");
  EXPECT_EQ(g.tensor_name(y2), "dense_1/Relu:0");
  EXPECT_EQ(g.tensor_shape(y2).str(), "(?, 2)");
  EXPECT_EQ(collection(g, graph_keys::kTrainableVariables),
            (Names{"dense/kernel:0", "dense/bias:0", "dense_1/kernel:0", "dense_1/bias:0"}));
}

// core_test.py DenseTest.testFunctionalDenseTwiceReuse / layers_dense_named_reuse
TEST(LayersTest, NamedDenseReuse) {
  Env e;
  Graph& g = *e.g;
  TensorRef x = ok(ops::placeholder(g, DType::float32(), TensorShape({std::nullopt, 3})));
  TensorRef a = Dense(e.g, 2, std::string("my_dense"))(x);
  TensorRef b = Dense(e.g, 2, std::string("my_dense"), true)(x);
  EXPECT_EQ(g.tensor_name(a), "my_dense/BiasAdd:0");
  EXPECT_EQ(g.tensor_name(b), "my_dense_1/BiasAdd:0");
  EXPECT_EQ(collection(g, graph_keys::kTrainableVariables), (Names{"my_dense/kernel:0", "my_dense/bias:0"}));
}

// SEMANTICS §13.9: an earlier name_scope("dense") moves the ops, not the variables
TEST(LayersTest, EarlierNameScopeMovesOpsOnly) {
  Env e;
  Graph& g = *e.g;
  { NameScope s(g, "dense"); }
  TensorRef x = ok(ops::placeholder(g, DType::float32(), TensorShape({std::nullopt, 3})));
  Dense d(e.g, 2);
  TensorRef y = d(x);
  EXPECT_EQ(g.tensor_name(y), "dense_1/BiasAdd:0");
  EXPECT_EQ(g.variable(*d.kernel).tensor_name(), "dense/kernel:0");
  // A second call reuses the variables and reopens the same name scope verbatim.
  TensorRef y2 = d(x);
  EXPECT_EQ(g.tensor_name(y2), "dense_1/BiasAdd_1:0");
  EXPECT_EQ(collection(g, graph_keys::kTrainableVariables).size(), 2u);
}

// nn_ops.bias_add shape checks
TEST(LayersTest, BiasAddShapes) {
  Env e;
  Graph& g = *e.g;
  TensorRef v = ok(ops::placeholder(g, DType::float32(), TensorShape::of({2, 3})));
  TensorRef b = ok(ops::placeholder(g, DType::float32(), TensorShape::of({4})));
  auto r = ops::bias_add(g, v, b);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message,
            "Dimensions must be equal, but are 3 and 4 for 'BiasAdd' (op: 'BiasAdd') with input shapes: [2,3], [4].");
}

}  // namespace
}  // namespace scopeplay::scope
