// ResourceVariable (resource_variable_ops.py) in graph mode: what Keras layers
// create (base_layer_utils.make_variable passes use_resource=True).
//
// Unlike a RefVariable it never snapshots: its graph element is a
// `<name>/Read/ReadVariableOp`, and every use as a tensor reads it again with a
// `ReadVariableOp` in the name scope of the op that consumes it (so a Keras
// Dense shows `dense/MatMul/ReadVariableOp`). The engine marks such variables
// `resource`; Variable::snapshot holds the VarHandleOp's handle, and
// convert_to_tensor / apply_op turn a handle into a read where a value is
// wanted (read_if_resource).
#pragma once

#include "scope/variable.h"

namespace scopeplay::scope {

// ResourceVariable._init_from_args: name_scope(name, "Variable"), then
// Initializer/..., the VarHandleOp named after the scope, IsInitialized/
// VarIsInitializedOp, Assign (AssignVariableOp) and Read/ReadVariableOp.
Result<VariableId> create_resource_variable(Graph& g, const VariableArgs& args);

// The resource variable whose handle `t` is, if any.
std::optional<VariableId> resource_variable_of(const Graph& g, TensorRef t);

// ResourceVariable.value() / _dense_var_to_tensor: a ReadVariableOp in the current name scope.
Result<TensorRef> read_variable(Graph& g, VariableId id);

// A handle becomes a read of its variable; any other tensor is returned as is.
Result<TensorRef> read_if_resource(Graph& g, TensorRef t);

}  // namespace scopeplay::scope
