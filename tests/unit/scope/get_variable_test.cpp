// tf.get_variable and the variable store (_VariableStore._get_single_variable).
#include <functional>
#include <map>

#include "scope_test_util.h"

namespace scopeplay::scope {
namespace {

using namespace testing;  // NOLINT

std::vector<std::string> op_names(const Graph& g, OpId from = 0) {
  std::vector<std::string> out;
  for (OpId i = from; i < g.num_ops(); ++i) out.push_back(g.op(i).name);
  return out;
}

// Custom getters and initializer functions written in C++.
class FakeCallbacks : public Callbacks {
 public:
  using Getter = std::function<Result<GetterResult>(const GetterArgs&, const GetterContinuation&)>;
  explicit FakeCallbacks(Graph* g) : g_(g) {}

  CallableHandle add_getter(Getter fn) {
    getters_[next_] = std::move(fn);
    return CallableHandle{next_++, "<function getter>", 1};
  }
  CallableHandle add_initializer(std::function<Result<TensorRef>(const std::optional<TensorShape>&, DType)> fn,
                                 int required_args) {
    inits_[next_] = std::move(fn);
    return CallableHandle{next_++, "<function init>", required_args};
  }

  Result<GetterResult> call_custom_getter(const CallableHandle& getter, const GetterArgs& args,
                                          const GetterContinuation& next) override {
    return getters_.at(getter.id)(args, next);
  }
  Result<TensorRef> call_initializer(const CallableHandle& fn, const std::optional<TensorShape>& shape,
                                     DType dtype) override {
    return inits_.at(fn.id)(shape, dtype);
  }
  Result<TensorRef> call_initial_value(const CallableHandle& fn) override {
    return inits_.at(fn.id)(std::nullopt, DType::float32());
  }
  Result<std::optional<TensorRef>> call_regularizer(const CallableHandle&, VariableId v) override {
    auto t = ops::reduce_sum(*g_, ok(ops::square(*g_, g_->variable(v).snapshot)));
    if (!t.ok()) return std::move(t).take_error();
    return std::optional<TensorRef>(*t);
  }

 private:
  Graph* g_;
  std::uint64_t next_ = 1;
  std::map<std::uint64_t, Getter> getters_;
  std::map<std::uint64_t, std::function<Result<TensorRef>(const std::optional<TensorShape>&, DType)>> inits_;
};

// err_already_exists / seed_2 (TF >= 1.4 wording) with the creation traceback
TEST(GetVariableTest, AlreadyExistsWithTraceback) {
  Env e;
  Graph& g = *e.g;
  e.frames.outer_line = 9;
  e.frames.outer_source = "v = make()";
  e.frames.at(4, "return tf.get_variable(\"v\", [1])", "make");
  {
    VarScope s(e.g, vs_name("foo"));
    VariableId v = get_var(g, gv("v", TensorShape::of({1})));
    EXPECT_EQ(g.variable(v).tensor_name(), "foo/v:0");
    e.frames.at(11, "v2 = tf.get_variable(\"v\", [1])");
    std::string msg = get_var_error(g, gv("v", TensorShape::of({1})));
    EXPECT_EQ(msg,
              "Variable foo/v already exists, disallowed. Did you mean to set reuse=True or "
              "reuse=tf.AUTO_REUSE in VarScope? Originally defined at:\n\n"
              "  File \"snippet.py\", line 4, in make\n"
              "    return tf.get_variable(\"v\", [1])\n"
              "  File \"snippet.py\", line 9, in <module>\n"
              "    v = make()\n");
  }
}

// traceback.format_list keeps at most 5 frames (3 in 1.3), innermost first, no TF frames
TEST(GetVariableTest, CreationTracebackFormatting) {
  auto frames = std::make_shared<std::vector<SourceFrame>>();
  for (int i = 1; i <= 7; ++i) frames->push_back(SourceFrame{"s.py", i, "f" + std::to_string(i), "x" + std::to_string(i)});
  frames->push_back(SourceFrame{"/lib/tensorflow/python/ops/variable_scope.py", 99, "get_variable", "..."});
  std::string five = format_creation_traceback(frames, 5);
  EXPECT_EQ(five.substr(0, 47), "  File \"s.py\", line 7, in f7\n    x7\n  File \"s.p");
  EXPECT_EQ(std::count(five.begin(), five.end(), '\n'), 10);
  std::string three = format_creation_traceback(frames, 3);
  EXPECT_EQ(std::count(three.begin(), three.end(), '\n'), 6);
  auto no_src = std::make_shared<std::vector<SourceFrame>>(std::vector<SourceFrame>{{"<stdin>", 2, "<module>", ""}});
  EXPECT_EQ(format_creation_traceback(no_src, 5), "  File \"<stdin>\", line 2, in <module>\n");
}

// err_does_not_exist (1.15) and err_does_not_exist_1_3
TEST(GetVariableTest, DoesNotExistPerVersion) {
  for (const char* version : {"1.15", "1.3"}) {
    Env e(version);
    VarScope s(e.g, vs_name("foo", ReuseArg::True));
    std::string msg = get_var_error(*e.g, gv("v", TensorShape::of({1})));
    if (std::string(version) == "1.15") {
      EXPECT_EQ(msg, "Variable foo/v does not exist, or was not created with tf.get_variable(). "
                     "Did you mean to set reuse=tf.AUTO_REUSE in VarScope?");
    } else {
      EXPECT_EQ(msg, "Variable foo/v does not exist, or was not created with tf.get_variable(). "
                     "Did you mean to set reuse=None in VarScope?");
    }
  }
}

// seed_4 (TF 1.3): get_variable ignores name scopes, so V2's a1 collides with V1's
TEST(GetVariableTest, Seed4AlreadyExistsIn13) {
  Env e("1.3");
  Graph& g = *e.g;
  { NameScope s(g, "V1"); get_var(g, gv("a1", TensorShape::of({1}))); }
  NameScope s(g, "V2");
  GetVariableArgs a = gv("a1", TensorShape::of({1}));
  a.initializer = Initializer::constant(1);
  EXPECT_EQ(first_line(get_var_error(g, a)),
            "Variable a1 already exists, disallowed. Did you mean to set reuse=True in VarScope? "
            "Originally defined at:");
}

// err_shape_mismatch / variable_scope_test.py testVarScopeGetVar
TEST(GetVariableTest, ShapeAndDtypeMismatch) {
  Env e;
  Graph& g = *e.g;
  { VarScope s(e.g, vs_name("foo")); get_var(g, gv("v", TensorShape::of({2, 3}))); }
  VarScope s(e.g, vs_name("foo", ReuseArg::True));
  EXPECT_EQ(get_var_error(g, gv("v", TensorShape::of({3, 2}))),
            "Trying to share variable foo/v, but specified shape (3, 2) and found shape (2, 3).");
  GetVariableArgs d = gv("v", TensorShape::of({2, 3}));
  d.dtype = DType::int32();
  EXPECT_EQ(get_var_error(g, d),
            "Trying to share variable foo/v, but specified dtype int32 and found dtype float32_ref.");
  // Unspecified shape matches anything.
  EXPECT_EQ(g.variable(get_var(g, gv("v"))).tensor_name(), "foo/v:0");
}

// SEMANTICS §13.12: reusing an int variable without dtype= fails
TEST(GetVariableTest, IntVariableReusedWithoutDtype) {
  Env e;
  Graph& g = *e.g;
  GetVariableArgs a = gv("step", TensorShape::scalar());
  a.dtype = DType::int32();
  a.trainable = false;
  VariableId s = get_var(g, a);
  EXPECT_EQ(g.variable(s).dtype.str(), "<dtype: 'int32_ref'>");
  reuse_variables(g, get_variable_scope(g));
  EXPECT_EQ(get_var_error(g, gv("step", TensorShape::scalar())),
            "Trying to share variable step, but specified dtype float32 and found dtype int32_ref.");
}

// gv_reuse_true / seed_6 / gv_scope_object_reenter
TEST(GetVariableTest, ReuseReturnsSameObject) {
  Env e;
  Graph& g = *e.g;
  VariableId va, va2, vb, va4, v, va3;
  {
    VarScope root(e.g, vs_name("root"));
    VarScopeId tower_a;
    { VarScope t(e.g, vs_name("towerA")); tower_a = t.id; va = get_var(g, gv("v", TensorShape::of({1}))); }
    { VarScope t(e.g, vs_object(tower_a, ReuseArg::True)); va2 = get_var(g, gv("v", TensorShape::of({1}))); }
    { VarScope t(e.g, vs_name("towerB")); vb = get_var(g, gv("v", TensorShape::of({1}))); }
    { VarScope t(e.g, vs_name("towerA", ReuseArg::True)); va4 = get_var(g, gv("v", TensorShape::of({1}))); }
    {
      VarScope foo(e.g, vs_name("foo"));
      VarScope bar(e.g, vs_name("bar"));
      v = get_var(g, gv("v", TensorShape::of({1})));
      VarScope t(e.g, vs_object(tower_a, ReuseArg::True));
      va3 = get_var(g, gv("v", TensorShape::of({1})));
    }
  }
  EXPECT_EQ(g.variable(va).tensor_name(), "root/towerA/v:0");
  EXPECT_EQ(va2, va);
  EXPECT_EQ(g.variable(vb).tensor_name(), "root/towerB/v:0");
  EXPECT_EQ(va4, va);
  EXPECT_EQ(g.variable(v).tensor_name(), "root/foo/bar/v:0");
  EXPECT_EQ(va3, va);
  EXPECT_EQ(g.variable(va).times_reused, 3);
}

// gv_auto_reuse: AUTO_REUSE creates once, then returns it
TEST(GetVariableTest, AutoReuse) {
  Env e;
  Graph& g = *e.g;
  auto foo = [&]() {
    VarScope s(e.g, vs_name("foo", ReuseArg::Auto));
    return get_var(g, gv("v", TensorShape::of({1})));
  };
  VariableId v1 = foo();
  VariableId v2 = foo();
  EXPECT_EQ(v1, v2);
  EXPECT_EQ(g.variable(v1).tensor_name(), "foo/v:0");
  EXPECT_EQ(collection(g, graph_keys::kGlobalVariables).size(), 1u);
}

// gv_ignores_name_scope: get_variable ignores the name scope, tf.Variable and ops do not
TEST(GetVariableTest, IgnoresNameScope) {
  Env e;
  Graph& g = *e.g;
  NameScope ns(g, "ns");
  VariableId v = get_var(g, gv("v", TensorShape::of({1})));
  VariableId w = make_var(g, value(1.0), std::string("w"));
  TensorRef c = ok(ops::constant(g, 1.0, std::nullopt, std::nullopt, std::string("c")));
  EXPECT_EQ(g.variable(v).tensor_name(), "v:0");
  EXPECT_EQ(g.variable(w).tensor_name(), "ns/w:0");
  EXPECT_EQ(g.tensor_name(c), "ns/c:0");
  bool explained = false;
  for (const auto& ev : g.events()) {
    explained = explained || ev.reason.find("get_variable ignores the name scope 'ns/'") != std::string::npos;
  }
  EXPECT_TRUE(explained);
}

// SEMANTICS §6: graph name uniquified while the store key stays (tf.Variable "v" then get_variable "v")
TEST(GetVariableTest, GraphNameUniquifiedStoreKeyKept) {
  Env e;
  Graph& g = *e.g;
  make_var(g, value(1.0), std::string("v"));
  VariableId v = get_var(g, gv("v", TensorShape::of({1})));
  EXPECT_EQ(g.variable(v).tensor_name(), "v_1:0");
  EXPECT_EQ(g.stored_variable("v"), std::optional<VariableId>(v));
  reuse_variables(g, get_variable_scope(g));
  EXPECT_EQ(get_var(g, gv("v", TensorShape::of({1}))), v);
}

// err_tf_variable_not_in_store
TEST(GetVariableTest, TfVariableNotInStore) {
  Env e;
  Graph& g = *e.g;
  { VarScope s(e.g, vs_name("foo")); make_var(g, value(1.0), std::string("v")); }
  VarScope s(e.g, vs_name("foo", ReuseArg::True));
  EXPECT_EQ(get_var_error(g, gv("v", TensorShape::scalar())),
            "Variable foo/v does not exist, or was not created with tf.get_variable(). "
            "Did you mean to set reuse=tf.AUTO_REUSE in VarScope?");
}

// Ops built for a new get_variable: default glorot_uniform initializer
TEST(GetVariableTest, DefaultInitializerOps) {
  Env e;
  Graph& g = *e.g;
  get_var(g, gv("w", TensorShape::of({3, 2})));
  EXPECT_EQ(op_names(g), (Names{"w/Initializer/random_uniform/shape", "w/Initializer/random_uniform/min",
                                "w/Initializer/random_uniform/max", "w/Initializer/random_uniform/RandomUniform",
                                "w/Initializer/random_uniform/sub", "w/Initializer/random_uniform/mul",
                                "w/Initializer/random_uniform", "w", "w/Assign", "w/read"}));
  OpId start = static_cast<OpId>(g.num_ops());
  GetVariableArgs i = gv("step", TensorShape::scalar());
  i.dtype = DType::int32();
  get_var(g, i);
  EXPECT_EQ(op_names(g, start), (Names{"step/Initializer/zeros", "step", "step/Assign", "step/read"}));
}

// seed_5: constant_initializer builds <var>/Initializer/Const
TEST(GetVariableTest, ConstantInitializerOps) {
  Env e;
  Graph& g = *e.g;
  VarScope s(e.g, vs_name("V1"));
  GetVariableArgs a = gv("a1", TensorShape::of({1}));
  a.initializer = Initializer::constant(1);
  VariableId v = get_var(g, a);
  EXPECT_EQ(op_names(g), (Names{"V1/a1/Initializer/Const", "V1/a1", "V1/a1/Assign", "V1/a1/read"}));
  EXPECT_EQ(g.variable(v).shape.str(), "(1,)");
  EXPECT_EQ(g.variable(v).dtype.name(), "float32_ref");
  GetVariableArgs b = gv("b", TensorShape::of({2}));
  b.initializer = Initializer::zeros();
  get_var(g, b);
  EXPECT_EQ(g.op(static_cast<OpId>(g.num_ops() - 4)).name, "V1/b/Initializer/zeros");
  GetVariableArgs t = gv("t", TensorShape::of({2}));
  t.initializer = Initializer::truncated_normal();
  get_var(g, t);
  EXPECT_TRUE(g.get_operation_by_name("V1/t/Initializer/truncated_normal/TruncatedNormal").ok());
}

// variable_scope_test.py testInitializeFromValue / gv_init_from_tensor
TEST(GetVariableTest, InitializeFromValue) {
  Env e;
  Graph& g = *e.g;
  TensorRef init = ok(ops::constant(g, 0.1));
  GetVariableArgs a = gv("v");
  a.initializer = Initializer::from_tensor(init);
  VariableId w = get_var(g, a);
  EXPECT_EQ(g.variable(w).tensor_name(), "v:0");
  EXPECT_EQ(g.variable(w).shape.str(), "()");
  {
    VariableScopeArgs s = vs_name("foo");
    s.initializer = Initializer::from_tensor(init);
    VarScope foo(e.g, s);
    EXPECT_EQ(g.variable(get_var(g, gv("v"))).tensor_name(), "foo/v:0");
  }
  GetVariableArgs t = gv("t");
  t.initializer = Initializer::from_tensor(ok(ops::constant(g, 1, DType::int32())));
  EXPECT_EQ(g.variable(get_var(g, t)).dtype.base_dtype().str(), "<dtype: 'int32'>");
  GetVariableArgs u = gv("u", TensorShape::of({1}));
  u.initializer = Initializer::from_tensor(init);
  EXPECT_EQ(get_var_error(g, u), "If initializer is a constant, do not specify shape.");
  GetVariableArgs m = gv("m");
  m.initializer = Initializer::from_tensor(init);
  m.dtype = DType::int32();
  EXPECT_EQ(get_var_error(g, m),
            "Initializer type '<dtype: 'float32'>' and explicit dtype '<dtype: 'int32'>' don't match.");
  // A Python value initializer becomes <v>/initial_value.
  GetVariableArgs p = gv("p");
  p.initializer = Initializer::from_value(HostValue::list({1.0, 2.0}));
  VariableId pv = get_var(g, p);
  EXPECT_EQ(g.tensor_name(g.variable(pv).initial_value), "p/initial_value:0");
  EXPECT_EQ(g.variable(pv).shape.str(), "(2,)");
}

// _get_single_variable: shape must be defined (message per version)
TEST(GetVariableTest, UndefinedShape) {
  Env e;
  EXPECT_EQ(get_var_error(*e.g, gv("x")),
            "The initializer passed is not valid. It should be a callable with no arguments and the shape "
            "should not be provided or an instance of `tf.keras.initializers.*' and `shape` should be fully "
            "defined.");
  Env old("1.3");
  EXPECT_EQ(get_var_error(*old.g, gv("x", TensorShape({std::nullopt, 2}))),
            "Shape of a new variable (x) must be fully defined, but instead was (?, 2).");
}

// _get_default_initializer: complex dtypes need an initializer
TEST(GetVariableTest, NoDefaultInitializerForComplex) {
  Env e;
  GetVariableArgs a = gv("c", TensorShape::of({1}));
  a.dtype = DType(BaseType::Complex64);
  EXPECT_EQ(get_var_error(*e.g, a), "An initializer for variable c of <dtype: 'complex64'> is required");
}

// variable_scope_test.py testGetLocalVar / gv_local_variable
TEST(GetVariableTest, LocalVariable) {
  Env e;
  Graph& g = *e.g;
  VarScopeId outer;
  VariableId local;
  {
    VarScope o(e.g, vs_name("outer"));
    outer = o.id;
    VariableScopeArgs a = vs_object(outer);
    a.default_name = "default";
    VarScope d(e.g, a);
    GetVariableArgs l = gv("w", TensorShape::scalar());
    l.collections = std::vector<std::string>{"foo"};
    local = *ok(get_local_variable(g, l)).variable;
  }
  EXPECT_EQ(g.variable(local).tensor_name(), "outer/w:0");
  EXPECT_EQ(collection(g, graph_keys::kLocalVariables), (Names{"outer/w:0"}));
  EXPECT_EQ(collection(g, "foo"), (Names{"outer/w:0"}));
  EXPECT_EQ(collection(g, graph_keys::kTrainableVariables), Names{});
  EXPECT_EQ(collection(g, graph_keys::kGlobalVariables), Names{});
  VariableScopeArgs a = vs_object(outer, ReuseArg::True);
  a.default_name = "default";
  VarScope again(e.g, a);
  EXPECT_EQ(*ok(get_local_variable(g, gv("w", TensorShape::scalar()))).variable, local);
}

// variable_scope_test.py testVarOpScopeUniqueNamesWithJump
TEST(GetVariableTest, UniqueNamesWithJump) {
  Env e;
  Graph& g = *e.g;
  VarScope dflt(e.g, vs_name("default"));
  { VarScope l(e.g, vs_default("layer")); EXPECT_EQ(g.variable(get_var(g, gv("w", TensorShape::scalar()))).tensor_name(), "default/layer/w:0"); }
  { VarScope l(e.g, vs_default("layer")); EXPECT_EQ(g.variable(get_var(g, gv("w", TensorShape::scalar()))).tensor_name(), "default/layer_1/w:0"); }
  { VarScope jump(e.g, vs_object(dflt.id)); }
  VarScope l(e.g, vs_default("layer"));
  EXPECT_EQ(g.variable(get_var(g, gv("w", TensorShape::scalar()))).tensor_name(), "default/layer_2/w:0");
}

// variable_scope_test.py testGetterThatCreatesTwoVariablesAndSumsThem
TEST(GetVariableTest, CustomGetterCreatesTwoVariables) {
  Env e;
  Graph& g = *e.g;
  FakeCallbacks cb(&g);
  e.engine.set_callbacks(&cb);
  CallableHandle getter = cb.add_getter([&](const GetterArgs& a, const GetterContinuation& next) -> Result<GetterResult> {
    GetterArgs a0 = a; a0.name = a.name + "/0";
    GetterArgs a1 = a; a1.name = a.name + "/1";
    SCOPEPLAY_TRY(GetterResult g0, continue_getter(g, next, a0));
    SCOPEPLAY_TRY(GetterResult g1, continue_getter(g, next, a1));
    SCOPEPLAY_TRY(NameScopeToken tok, g.enter_name_scope(std::string_view("custom_getter")));
    NameScopeGuard guard(g, tok);
    SCOPEPLAY_TRY(TensorRef sum, ops::binary_operator(g, ops::BinaryOperator::Add, g.variable(*g0.variable).snapshot,
                                                      g.variable(*g1.variable).snapshot));
    return GetterResult{std::nullopt, sum.op};
  });
  VariableScopeArgs s = vs_name("scope");
  s.custom_getter = getter;
  VarScope scope(e.g, s);
  GetterResult r = ok(get_variable(g, gv("v", TensorShape::of({1, 2, 3}))));
  EXPECT_EQ(collection(g, graph_keys::kTrainableVariables), (Names{"scope/v/0:0", "scope/v/1:0"}));
  EXPECT_EQ(g.tensor_name(TensorRef{static_cast<OpId>(r.opaque), 0}), "custom_getter/add:0");  // ran at the root
}

// variable_scope_test.py testNestedCustomGetters: the innermost getter runs first
TEST(GetVariableTest, NestedCustomGetters) {
  Env e;
  Graph& g = *e.g;
  FakeCallbacks cb(&g);
  e.engine.set_callbacks(&cb);
  auto make = [&](std::string tag) {
    return cb.add_getter([&g, tag](const GetterArgs& a, const GetterContinuation& next) -> Result<GetterResult> {
      GetterArgs a0 = a; a0.name = a.name + "/" + tag + "_0";
      GetterArgs a1 = a; a1.name = a.name + "/" + tag + "_1";
      SCOPEPLAY_TRY(GetterResult r0, continue_getter(g, next, a0));
      SCOPEPLAY_TRY(GetterResult r1, continue_getter(g, next, a1));
      (void)r1;
      return r0;
    });
  };
  CallableHandle sum = make("sum");
  CallableHandle prod = make("prod");
  VariableScopeArgs p = vs_name("prod_scope"); p.custom_getter = prod;
  VariableScopeArgs s = vs_name("sum_scope"); s.custom_getter = sum;
  VariableScopeArgs i = vs_name("inner_sum_scope"); i.custom_getter = sum;
  VarScope ps(e.g, p);
  VarScope ss(e.g, s);
  VarScope is(e.g, i);
  ok(get_variable(g, gv("v", TensorShape::of({1, 2, 3}))));
  Names vars = collection(g, graph_keys::kTrainableVariables);
  ASSERT_EQ(vars.size(), 8u);
  const std::string t = "prod_scope/sum_scope/inner_sum_scope/v/";
  EXPECT_EQ(vars[0], t + "sum_0/sum_0/prod_0:0");
  EXPECT_EQ(vars[1], t + "sum_0/sum_0/prod_1:0");
  EXPECT_EQ(vars[2], t + "sum_0/sum_1/prod_0:0");
  EXPECT_EQ(vars[7], t + "sum_1/sum_1/prod_1:0");
}

// variable_scope_test.py testCustomGetterWithReuse: getters see reuse
TEST(GetVariableTest, CustomGetterSeesReuse) {
  Env e;
  Graph& g = *e.g;
  FakeCallbacks cb(&g);
  e.engine.set_callbacks(&cb);
  CallableHandle getter = cb.add_getter([&](const GetterArgs& a, const GetterContinuation& next) -> Result<GetterResult> {
    SCOPEPLAY_TRY(GetterResult r, continue_getter(g, next, a));
    SCOPEPLAY_TRY(TensorRef t, ops::identity(g, g.variable(*r.variable).snapshot,
                                             std::string(a.reuse == ReuseMode::True ? "reused" : "not_reused")));
    return GetterResult{std::nullopt, t.op};
  });
  VarScopeId scope;
  GetterResult v, v2;
  {
    VariableScopeArgs s = vs_name("scope");
    s.custom_getter = getter;
    VarScope sc(e.g, s);
    scope = sc.id;
    v = ok(get_variable(g, gv("v", TensorShape::of({1}))));
  }
  {
    VarScope sc(e.g, vs_object(scope, ReuseArg::True));
    v2 = ok(get_variable(g, gv("v", TensorShape::of({1}))));
  }
  EXPECT_EQ(g.op(static_cast<OpId>(v.opaque)).name, "not_reused");
  EXPECT_EQ(g.op(static_cast<OpId>(v2.opaque)).name, "reused");
}

// Initializer callables run inside <var>/Initializer/; no-arg callables work without a shape
TEST(GetVariableTest, CallableInitializers) {
  Env e;
  Graph& g = *e.g;
  FakeCallbacks cb(&g);
  e.engine.set_callbacks(&cb);
  CallableHandle with_shape = cb.add_initializer(
      [&](const std::optional<TensorShape>& shape, DType dtype) {
        return ops::zeros(g, HostValue::list({shape->dims()[0] ? HostValue(*shape->dims()[0]) : HostValue()}), dtype);
      },
      1);
  GetVariableArgs a = gv("a", TensorShape::of({2}));
  a.initializer = Initializer::from_callable(with_shape);
  VariableId va = get_var(g, a);
  EXPECT_EQ(g.tensor_name(g.variable(va).initial_value), "a/Initializer/zeros:0");
  CallableHandle no_args = cb.add_initializer(
      [&](const std::optional<TensorShape>& shape, DType) {
        EXPECT_FALSE(shape.has_value());
        return ops::constant(g, HostValue::list({1.0, 2.0, 3.0}));
      },
      0);
  GetVariableArgs b = gv("b");
  b.initializer = Initializer::from_callable(no_args);
  VariableId vb = get_var(g, b);
  EXPECT_EQ(g.variable(vb).shape.str(), "(3,)");
  EXPECT_EQ(g.tensor_name(g.variable(vb).initial_value), "b/Initializer/Const:0");
  GetVariableArgs c = gv("c");
  c.initializer = Initializer::from_callable(with_shape);
  EXPECT_EQ(first_line(get_var_error(g, c)).substr(0, 35), "The initializer passed is not valid");
}

// _get_single_variable regularizer: runs under <name>/Regularizer/, result in REGULARIZATION_LOSSES
TEST(GetVariableTest, Regularizer) {
  Env e;
  Graph& g = *e.g;
  FakeCallbacks cb(&g);
  e.engine.set_callbacks(&cb);
  GetVariableArgs a = gv("w", TensorShape::of({2}));
  a.regularizer = CallableHandle{99, "<function l2>", 1};
  get_var(g, a);
  EXPECT_EQ(collection(g, graph_keys::kRegularizationLosses), (Names{"w/Regularizer/Sum:0"}));
}

// tf.get_variable in a tower function (gv_shared_towers)
TEST(GetVariableTest, SharedTowers) {
  Env e;
  Graph& g = *e.g;
  auto tower = [&](TensorRef x, ReuseArg reuse) {
    VarScope s(e.g, vs_name("tower", reuse));
    VariableId w = get_var(g, gv("w", TensorShape::of({3, 2})));
    GetVariableArgs b = gv("b", TensorShape::of({2}));
    b.initializer = Initializer::zeros();
    VariableId bv = get_var(g, b);
    TensorRef mm = ok(ops::matmul(g, x, g.variable(w).snapshot));
    return ok(ops::binary_operator(g, ops::BinaryOperator::Add, mm, g.variable(bv).snapshot));
  };
  TensorRef xtr = ok(ops::placeholder(g, DType::float32(), TensorShape({std::nullopt, 3}), std::string("x_train")));
  TensorRef xte = ok(ops::placeholder(g, DType::float32(), TensorShape({std::nullopt, 3}), std::string("x_test")));
  TensorRef ytr = tower(xtr, ReuseArg::False);
  TensorRef yte = tower(xte, ReuseArg::True);
  EXPECT_EQ(g.tensor_name(ytr), "tower/add:0");
  EXPECT_EQ(g.tensor_name(yte), "tower_1/add:0");
  EXPECT_EQ(g.tensor_name(g.op(yte.op).inputs[0]), "tower_1/MatMul:0");
  EXPECT_EQ(collection(g, graph_keys::kTrainableVariables), (Names{"tower/w:0", "tower/b:0"}));
  EXPECT_EQ(g.tensor_shape(yte).str(), "(?, 2)");
}

}  // namespace
}  // namespace scopeplay::scope
