#include "scope/variable_store.h"

#include "scope/ops.h"

namespace scopeplay::scope {

std::string format_creation_traceback(const Traceback& tb, int max_frames) {
  if (!tb) return "";
  std::string out;
  int kept = 0;
  for (auto it = tb->rbegin(); it != tb->rend() && kept < max_frames; ++it) {
    if (it->filename.find("tensorflow/python") != std::string::npos) continue;
    out += "  File \"" + it->filename + "\", line " + std::to_string(it->line) + ", in " + it->function + "\n";
    if (!it->source_line.empty()) out += "    " + it->source_line + "\n";
    ++kept;
  }
  return out;
}

namespace {

std::string reuse_words(ReuseMode r) {
  return r == ReuseMode::Auto ? "reuse=tf.AUTO_REUSE" : "reuse=True";
}

std::string display_prefix(const NameStack& s) { return stack_is_nested(s) ? s->as_prefix() : ""; }

Result<GetterResult> run_chain(Graph& g, const GetterContinuation& next, const GetterArgs& args) {
  if (next.next >= next.chain.size()) {
    SCOPEPLAY_TRY(VariableId v, true_getter(g, args));
    return GetterResult{v, 0};
  }
  Callbacks* cb = g.callbacks();
  if (!cb) return ScopeError{ErrorKind::RuntimeError, "no callback interface for custom getters"};
  GetterContinuation rest{next.chain, next.next + 1};
  return cb->call_custom_getter(next.chain[next.next], args, rest);
}

}  // namespace

Result<GetterResult> continue_getter(Graph& g, const GetterContinuation& next, const GetterArgs& args) {
  return run_chain(g, next, args);
}

Result<GetterResult> get_variable(Graph& g, const GetVariableArgs& args) {
  VariableScopeStore& store = g.variable_scopes();
  const VariableScope scope = store.scope(store.current());  // copy: callbacks may open scopes
  NameStack caller_stack = g.name_stack();

  GetterArgs ga;
  ga.requested_name = args.name;
  ga.name = ScopePath(scope.name).child(args.name).str();
  ga.shape = args.shape;
  ga.regularizer = args.regularizer ? args.regularizer : scope.regularizer;
  ga.partitioner = args.partitioner ? args.partitioner : scope.partitioner;
  ga.reuse = args.reuse ? *args.reuse : scope.reuse;
  ga.trainable = args.trainable;
  ga.collections = args.collections;
  ga.validate_shape = args.validate_shape;
  ga.use_resource = args.use_resource ? args.use_resource : scope.use_resource;
  std::vector<CallableHandle> getters =
      args.custom_getter ? std::vector<CallableHandle>{*args.custom_getter} : scope.custom_getters;

  // with ops.name_scope(None): creation happens at the root.
  SCOPEPLAY_TRY(NameScopeToken tok, g.enter_name_scope_internal(std::nullopt));
  NameScopeGuard guard(g, tok);
  if (args.dtype && args.initializer && !args.initializer->is_callable()) {
    DType init_dtype;
    if (args.initializer->kind == Initializer::Kind::Tensor) {
      init_dtype = g.tensor_dtype(args.initializer->tensor).base_dtype();
    } else {
      SCOPEPLAY_TRY(TensorRef t, ops::convert_to_tensor(g, args.initializer->value, "Const"));
      init_dtype = g.tensor_dtype(t).base_dtype();
    }
    if (init_dtype != *args.dtype) {
      return value_error("Initializer type '" + init_dtype.str() + "' and explicit dtype '" + args.dtype->str() +
                         "' don't match.");
    }
  }
  ga.initializer = args.initializer ? args.initializer : scope.initializer;
  ga.dtype = (args.dtype ? *args.dtype : scope.effective_dtype()).base_dtype();

  std::size_t vars_before = g.num_variables();
  SCOPEPLAY_TRY(GetterResult result, run_chain(g, GetterContinuation{getters, 0}, ga));
  // Provenance: variables made by this call were created under the reset
  // stack; remember the name scope the caller was in (and get_variable ignored).
  for (std::size_t id = vars_before; id < g.num_variables(); ++id) {
    g.variable(static_cast<VariableId>(id)).name_scope = caller_stack;
  }
  if (result.variable) {
    const Variable& v = g.variable(*result.variable);
    std::string ns = display_prefix(caller_stack);
    std::string vs_prefix = ScopePath(scope.name).as_prefix();
    if (!ns.empty() && ns != vs_prefix) {
      g.record("variable", args.name, v.tensor_name(),
               "get_variable ignores the name scope '" + ns + "'; it only uses the variable scope '" +
                   (scope.name.empty() ? std::string("") : scope.name) + "'");
    }
  }
  return result;
}

Result<GetterResult> get_local_variable(Graph& g, GetVariableArgs args) {
  std::vector<std::string> c = args.collections ? *args.collections : std::vector<std::string>{};
  c.emplace_back(graph_keys::kLocalVariables);
  args.collections = std::move(c);
  args.trainable = false;
  return get_variable(g, args);
}

Result<VariableId> true_getter(Graph& g, const GetterArgs& a) {
  const VersionProfile& p = g.profile();
  const std::string& name = a.name;
  bool scalar = a.shape && a.shape->has_rank() && a.shape->dims().empty();
  if (a.partitioner && !scalar) {
    return ScopeError{ErrorKind::RuntimeError, "scopeplay does not emulate partitioned variables yet"};
  }
  if (g.stored_variable(name + "/part_0")) {
    return value_error("No partitioner was provided, but a partitioned version of the variable was found: " +
                       name + "/part_0. Perhaps a variable of the same name was already created with partitioning?");
  }
  // _get_single_variable
  bool from_value = a.initializer && !a.initializer->is_callable();
  if (a.shape && from_value) return value_error("If initializer is a constant, do not specify shape.");
  DType dtype = a.dtype;
  TensorShape shape = a.shape ? *a.shape : TensorShape::unknown();

  if (auto found = g.stored_variable(name)) {
    Variable& v = g.variable(*found);
    if (a.reuse == ReuseMode::False) {
      std::string msg = format_message(p.msg_already_exists, {name});
      if (v.resource) return value_error(msg);
      return value_error(msg + " Originally defined at:\n\n" +
                         format_creation_traceback(g.op(v.op).traceback, p.originally_defined_frames));
    }
    if (!shape.is_compatible_with(v.shape)) {
      return value_error(format_message(p.msg_share_shape, {name, shape.str(), v.shape.str()}));
    }
    if (!dtype.is_compatible_with(v.dtype)) {
      return value_error(format_message(p.msg_share_dtype, {name, dtype.name(), v.dtype.name()}));
    }
    ++v.times_reused;
    g.record("variable", a.requested_name, v.tensor_name(),
             "returned the existing variable '" + name + "' because " + reuse_words(a.reuse));
    return *found;
  }
  if (a.reuse == ReuseMode::True) return value_error(format_message(p.msg_does_not_exist, {name}));
  if (p.new_variable_needs_full_shape && !shape.is_fully_defined() && !from_value) {
    return value_error(format_message(p.msg_new_shape_undefined, {name, shape.str()}));
  }

  Initializer init;
  if (a.initializer) {
    init = *a.initializer;
  } else if (dtype.is_floating()) {
    init = Initializer::glorot_uniform();
  } else if (dtype.is_integer() || dtype.is_unsigned() || dtype.is_bool() || dtype == DType::string()) {
    init = Initializer::zeros();
  } else {
    return value_error("An initializer for variable " + name + " of " + dtype.base_dtype().str() + " is required");
  }

  VariableArgs va;
  InitialValue iv;
  if (from_value) {
    if (init.kind == Initializer::Kind::Tensor) {
      iv.kind = InitialValue::Kind::Tensor;
      iv.tensor = init.tensor;
    } else {
      iv.kind = InitialValue::Kind::Value;
      iv.value = init.value;
    }
  } else if (shape.is_fully_defined()) {
    iv.kind = InitialValue::Kind::Initializer;
    iv.initializer = init;
    iv.init_shape = shape;
    iv.init_dtype = dtype.base_dtype();
    va.dtype = dtype.base_dtype();
  } else if (init.callable_without_args()) {
    iv.kind = InitialValue::Kind::Initializer;
    iv.initializer = init;
    iv.init_dtype = dtype.base_dtype();
  } else {
    return value_error(std::string(p.msg_invalid_initializer));
  }
  va.initial_value = iv;
  va.name = name;
  va.trainable = a.trainable.value_or(true);
  va.collections = a.collections;
  va.validate_shape = a.validate_shape;
  va.origin = VariableOrigin::GetVariable;
  SCOPEPLAY_TRY(VariableId id, create_ref_variable(g, va));
  Variable& v = g.variable(id);
  v.store_key = name;
  v.requested_name = a.requested_name;
  v.reuse = a.reuse;
  g.store_variable(name, id);
  std::string reason = "created '" + name + "' in the get_variable store";
  if (v.name != name) {
    reason += "; the graph name '" + name + "' was already used by another op, so the variable op became '" +
              v.name + "'";
  }
  g.record("variable", a.requested_name, v.tensor_name(), reason);

  if (a.regularizer) {
    Callbacks* cb = g.callbacks();
    if (cb) {
      SCOPEPLAY_TRY(NameScopeToken tok, g.enter_name_scope_internal(name + "/Regularizer/"));
      NameScopeGuard guard(g, tok);
      SCOPEPLAY_TRY(std::optional<TensorRef> loss, cb->call_regularizer(*a.regularizer, id));
      if (loss) {
        g.add_to_collection(graph_keys::kRegularizationLosses,
                            CollectionItem{CollectionItemKind::Tensor, loss->op, loss->index, g.tensor_name(*loss)});
      }
    }
  }
  return id;
}

}  // namespace scopeplay::scope
