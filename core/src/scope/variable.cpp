#include "scope/variable.h"

#include "scope/callbacks.h"
#include "scope/graph.h"
#include "scope/op_helpers.h"

namespace scopeplay::scope {

std::string Variable::repr() const {
  return "<tf.Variable '" + tensor_name() + "' shape=" + shape.str() + " dtype=" + dtype.name() + ">";
}

namespace {

Result<TensorRef> variable_op(Graph& g, const std::string& scope, const TensorShape& shape, DType dtype) {
  SCOPEPLAY_TRY(OpId id, detail::apply_op(g, "VariableV2", scope, {},
                                          [&](Graph&, const auto&, const auto&, const auto&)
                                              -> Result<std::vector<OutputSpec>> {
                                            return std::vector<OutputSpec>{{dtype.base_dtype().as_ref(), shape}};
                                          }));
  return TensorRef{id, 0};
}

}  // namespace

std::vector<std::string> variable_collections(const VariableArgs& args) {
  std::vector<std::string> collections =
      args.collections ? *args.collections : std::vector<std::string>{std::string(graph_keys::kGlobalVariables)};
  bool has_trainable = false;
  for (const auto& c : collections) has_trainable = has_trainable || c == graph_keys::kTrainableVariables;
  if (args.trainable && !has_trainable) collections.emplace_back(graph_keys::kTrainableVariables);
  return collections;
}

Result<VariableId> create_ref_variable(Graph& g, const VariableArgs& args) {
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
  if (init_from_fn) {
    SCOPEPLAY_TRY(NameScopeToken init_tok, g.enter_name_scope_internal("Initializer"));
    NameScopeGuard init_guard(g, init_tok);
    TensorRef produced;
    if (iv.kind == InitialValue::Kind::Callable) {
      Callbacks* cb = g.callbacks();
      if (!cb) return ScopeError{ErrorKind::RuntimeError, "no callback interface to call " + iv.callable.repr};
      SCOPEPLAY_TRY(produced, cb->call_initial_value(iv.callable));
    } else {
      SCOPEPLAY_TRY(produced, build_initializer(g, iv.initializer, iv.init_shape, iv.init_dtype));
    }
    SCOPEPLAY_TRY(initial, ops::convert_to_tensor(g, produced, "initial_value", args.dtype));
  } else if (iv.kind == InitialValue::Kind::Tensor) {
    SCOPEPLAY_TRY(initial, ops::convert_to_tensor(g, iv.tensor, "initial_value", args.dtype));
  } else {
    SCOPEPLAY_TRY(initial, ops::convert_to_tensor(g, iv.value, "initial_value", args.dtype));
  }
  TensorShape shape = args.shape ? *args.shape
                                 : (args.validate_shape ? g.tensor_shape(initial) : TensorShape::unknown());
  DType base = g.tensor_dtype(initial).base_dtype();
  SCOPEPLAY_TRY(TensorRef var_t, variable_op(g, scope, shape, base));
  if (args.validate_shape && !g.tensor_shape(initial).is_fully_defined()) {
    return value_error("initial_value must have a shape specified: " + g.tensor_str(initial));
  }
  SCOPEPLAY_TRY(TensorRef assign_t, ops::assign(g, var_t, initial, std::nullopt, args.validate_shape));
  SCOPEPLAY_TRY(TensorRef read_t, ops::identity(g, var_t, std::string("read")));

  Variable v;
  v.name = g.op(var_t.op).name;
  v.op = var_t.op;
  v.snapshot = read_t;
  v.initializer_op = assign_t.op;
  v.initial_value = initial;
  v.dtype = base.as_ref();
  v.shape = shape;
  v.trainable = args.trainable;
  v.origin = args.origin;
  v.collections = collections;
  v.requested_name = requested;
  v.name_scope = stack_before;
  const VariableScope& vs = g.variable_scopes().scope(g.variable_scopes().current());
  v.variable_scope = vs.name;
  v.reuse = vs.reuse;
  v.traceback = g.op(var_t.op).traceback;
  VariableId id = g.add_variable(std::move(v));
  g.add_to_collections(collections, g.variable_item(id));
  if (args.origin == VariableOrigin::Variable) {
    std::string where = stack_is_nested(stack_before) ? "the name scope '" + stack_before->as_prefix() + "'"
                                                      : "no name scope";
    std::string reason = "tf.Variable is named by " + where + " only (variable scopes, reuse and the "
                         "get_variable store are ignored)";
    if (g.variable(id).name != ScopePath(stack_is_nested(stack_before) ? stack_before->str() : "").child(requested).str()) {
      reason += "; '" + requested + "' was taken, so it became '" + std::string(ScopePath(g.variable(id).name).leaf()) + "'";
    }
    g.record("variable", requested, g.variable(id).tensor_name(), reason);
  }
  return id;
}

}  // namespace scopeplay::scope
