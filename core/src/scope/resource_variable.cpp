#include "scope/resource_variable.h"

#include "scope/callbacks.h"
#include "scope/graph.h"
#include "scope/op_helpers.h"

namespace scopeplay::scope {

namespace {

Result<TensorRef> simple_op(Graph& g, const std::string& type, const OptName& name, std::vector<detail::InputArg> args,
                            std::vector<OutputSpec> outputs) {
  SCOPEPLAY_TRY(OpId id, detail::apply_op(g, type, name, std::move(args),
                                          [&](Graph&, const auto&, const auto&, const auto&)
                                              -> Result<std::vector<OutputSpec>> { return outputs; }));
  return TensorRef{id, 0};
}

}  // namespace

std::optional<VariableId> resource_variable_of(const Graph& g, TensorRef t) {
  if (t.index != 0 || g.tensor_dtype(t).base() != BaseType::Resource) return std::nullopt;
  for (VariableId id = 0; id < g.num_variables(); ++id) {
    const Variable& v = g.variable(id);
    if (v.resource && v.op == t.op) return id;
  }
  return std::nullopt;
}

Result<TensorRef> read_variable(Graph& g, VariableId id) {
  const Variable& v = g.variable(id);
  TensorRef handle{v.op, 0};
  DType dtype = v.dtype;
  TensorShape shape = v.shape;
  return simple_op(g, "ReadVariableOp", std::nullopt,
                   {detail::InputArg{"resource", handle, false, DType(BaseType::Resource)}}, {{dtype, shape}});
}

Result<TensorRef> read_if_resource(Graph& g, TensorRef t) {
  if (auto id = resource_variable_of(g, t)) return read_variable(g, *id);
  return t;
}

Result<VariableId> create_resource_variable(Graph& g, const VariableArgs& args) {
  if (!args.initial_value) return value_error("initial_value must be specified.");
  const InitialValue& iv = *args.initial_value;
  std::vector<std::string> collections = variable_collections(args);

  bool init_from_fn = iv.kind == InitialValue::Kind::Callable || iv.kind == InitialValue::Kind::Initializer;
  NameStack stack_before = g.name_stack();
  std::string requested = args.name ? *args.name : std::string("Variable");
  SCOPEPLAY_TRY(NameScopeToken tok, g.enter_name_scope_v1_internal(args.name, "Variable", !init_from_fn));
  NameScopeGuard guard(g, tok);
  const std::string& scope = guard.scope();

  TensorRef initial;
  {
    SCOPEPLAY_TRY(NameScopeToken init_tok, g.enter_name_scope_internal("Initializer"));
    NameScopeGuard init_guard(g, init_tok);
    if (iv.kind == InitialValue::Kind::Callable) {
      Callbacks* cb = g.callbacks();
      if (!cb) return ScopeError{ErrorKind::RuntimeError, "no callback interface to call " + iv.callable.repr};
      SCOPEPLAY_TRY(TensorRef produced, cb->call_initial_value(iv.callable));
      SCOPEPLAY_TRY(initial, ops::convert_to_tensor(g, produced, "initial_value", args.dtype));
    } else if (iv.kind == InitialValue::Kind::Initializer) {
      SCOPEPLAY_TRY(TensorRef produced, build_initializer(g, iv.initializer, iv.init_shape, iv.init_dtype));
      SCOPEPLAY_TRY(initial, ops::convert_to_tensor(g, produced, "initial_value", args.dtype));
    } else if (iv.kind == InitialValue::Kind::Tensor) {
      SCOPEPLAY_TRY(initial, ops::convert_to_tensor(g, iv.tensor, "initial_value", args.dtype));
    } else {
      SCOPEPLAY_TRY(initial, ops::convert_to_tensor(g, iv.value, "initial_value", args.dtype));
    }
  }
  TensorShape shape = args.shape ? *args.shape : g.tensor_shape(initial);
  DType base = g.tensor_dtype(initial).base_dtype();
  SCOPEPLAY_TRY(TensorRef handle, simple_op(g, "VarHandleOp", scope, {}, {{DType(BaseType::Resource), TensorShape::scalar()}}));
  {
    SCOPEPLAY_TRY(NameScopeToken t2, g.enter_name_scope_internal("IsInitialized"));
    NameScopeGuard gi(g, t2);
    SCOPEPLAY_TRY(TensorRef is_init, simple_op(g, "VarIsInitializedOp", std::nullopt,
                                               {detail::InputArg{"resource", handle, false, DType(BaseType::Resource)}},
                                               {{DType::boolean(), TensorShape::scalar()}}));
    (void)is_init;
  }
  OpId assign_op = 0;
  {
    SCOPEPLAY_TRY(NameScopeToken t3, g.enter_name_scope_internal("Assign"));
    NameScopeGuard ga(g, t3);
    SCOPEPLAY_TRY(OpId id, detail::apply_op(g, "AssignVariableOp", ga.scope(),
                                            {detail::InputArg{"resource", handle, false, DType(BaseType::Resource)},
                                             detail::InputArg{"value", initial, false, std::nullopt}},
                                            [](Graph&, const auto&, const auto&, const auto&)
                                                -> Result<std::vector<OutputSpec>> {
                                              return std::vector<OutputSpec>{};
                                            }));
    assign_op = id;
  }
  TensorRef read_t;
  {
    SCOPEPLAY_TRY(NameScopeToken t4, g.enter_name_scope_internal("Read"));
    NameScopeGuard gr(g, t4);
    SCOPEPLAY_TRY(read_t, simple_op(g, "ReadVariableOp", std::nullopt,
                                    {detail::InputArg{"resource", handle, false, DType(BaseType::Resource)}},
                                    {{base, shape}}));
  }
  (void)read_t;

  Variable v;
  v.name = g.op(handle.op).name;
  v.op = handle.op;
  v.snapshot = handle;
  v.initializer_op = assign_op;
  v.initial_value = initial;
  v.dtype = base;
  v.shape = shape;
  v.trainable = args.trainable;
  v.resource = true;
  v.origin = args.origin;
  v.collections = collections;
  v.requested_name = requested;
  v.name_scope = stack_before;
  const VariableScope& vs = g.variable_scopes().scope(g.variable_scopes().current());
  v.variable_scope = vs.name;
  v.reuse = vs.reuse;
  v.traceback = g.op(handle.op).traceback;
  VariableId id = g.add_variable(std::move(v));
  g.add_to_collections(collections, g.variable_item(id));
  g.record("variable", requested, g.variable(id).tensor_name(),
           "a Keras weight is a ResourceVariable named by the name scope only (variable scopes and reuse are "
           "ignored)");
  return id;
}

}  // namespace scopeplay::scope
