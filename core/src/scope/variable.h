// A TF1 variable as the graph sees it: ops, names, collections, repr.
//
// Both creation paths end here. tf.Variable (RefVariable._init_from_args)
// names itself from the *name scope* only and never consults the variable
// store; tf.get_variable decides sharing in variable_store.h and then builds
// the very same ops with the full variable-scope name. Keeping the op-building
// in one function (create_ref_variable) is what makes `V1_1/a2` vs `V1/a1`
// differences fall out instead of being special-cased.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scope/graph_types.h"
#include "scope/initializers.h"
#include "scope/result.h"
#include "scope/scope_path.h"

namespace scopeplay::scope {

class Graph;

enum class VariableOrigin { Variable, GetVariable };

struct Variable {
  VariableId id = 0;
  std::string name;  // op name, "V1/a1" (v.op.name)
  OpId op = 0;                 // VariableV2
  TensorRef snapshot;          // <name>/read:0 (v.value())
  OpId initializer_op = 0;     // <name>/Assign (v.initializer)
  TensorRef initial_value;     // v.initial_value
  DType dtype;                 // float32_ref for ref variables
  TensorShape shape;
  bool trainable = true;
  bool resource = false;
  VariableOrigin origin = VariableOrigin::Variable;
  std::string store_key;       // get_variable's full name ("" for tf.Variable)
  std::vector<std::string> collections;
  // Provenance.
  std::string requested_name;
  NameStack name_scope;
  std::string variable_scope;
  ReuseMode reuse = ReuseMode::False;
  Traceback traceback;
  int times_reused = 0;  // returned by get_variable with reuse on

  std::string tensor_name() const { return name + ":0"; }  // v.name
  // <tf.Variable 'V1/a1:0' shape=(1,) dtype=float32_ref>
  std::string repr() const;
};

// What tf.Variable(initial_value, ...) receives.
struct InitialValue {
  enum class Kind { Tensor, Value, Callable, Initializer } kind = Kind::Value;
  TensorRef tensor;
  HostValue value;
  CallableHandle callable;
  // Kind::Initializer: get_variable's `lambda: initializer(shape, dtype)`.
  Initializer initializer;
  std::optional<TensorShape> init_shape;
  DType init_dtype;
};

struct VariableArgs {
  std::optional<InitialValue> initial_value;  // nullopt -> "initial_value must be specified."
  bool trainable = true;
  std::optional<std::vector<std::string>> collections;
  std::optional<std::string> name;
  std::optional<DType> dtype;
  bool validate_shape = true;
  std::optional<TensorShape> shape;  // tf.Variable(shape=...) (1.14+)
  VariableOrigin origin = VariableOrigin::Variable;
};

// RefVariable._init_from_args: opens name_scope(name, "Variable") and builds
// [initial_value], VariableV2, Assign, read; registers collections.
Result<VariableId> create_ref_variable(Graph& g, const VariableArgs& args);

// The collections a new variable joins: args.collections (by default
// GLOBAL_VARIABLES), plus TRAINABLE_VARIABLES when it is trainable (both
// variable kinds' _init_from_args).
std::vector<std::string> variable_collections(const VariableArgs& args);

}  // namespace scopeplay::scope
