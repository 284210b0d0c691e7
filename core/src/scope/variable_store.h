// tf.get_variable: sharing, creation and TF's error messages.
//
// VariableScope.get_variable fills unspecified arguments from the current
// variable scope, resets the name scope (get_variable ignores it) and hands a
// full name to the per-graph store, which either returns the stored variable
// (reuse True / AUTO_REUSE, after shape and dtype checks) or creates one with
// the same ops tf.Variable would build. Every message is the profile's
// verbatim text; "already exists" carries the creation traceback formatted
// like Python's traceback.format_list, innermost frame first.
//
// Bridge usage: tf.get_variable(...) -> get_variable(graph, args); inside a
// custom getter, calling `getter(**kwargs)` -> continue_getter(graph, next, args).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scope/callbacks.h"
#include "scope/graph.h"

namespace scopeplay::scope {

struct GetVariableArgs {
  std::string name;
  std::optional<TensorShape> shape;
  std::optional<DType> dtype;
  std::optional<Initializer> initializer;
  std::optional<CallableHandle> regularizer;
  std::optional<ReuseMode> reuse;  // nullopt: the scope's reuse
  std::optional<bool> trainable;
  std::optional<std::vector<std::string>> collections;
  std::optional<CallableHandle> partitioner;
  bool validate_shape = true;
  std::optional<bool> use_resource;
  std::optional<CallableHandle> custom_getter;
};

// tf.get_variable(...) in the graph's current variable scope.
Result<GetterResult> get_variable(Graph& g, const GetVariableArgs& args);
// tf.get_local_variable(...): trainable=False, adds LOCAL_VARIABLES.
Result<GetterResult> get_local_variable(Graph& g, GetVariableArgs args);
// Continue a custom-getter chain (what a getter's `getter` argument does).
Result<GetterResult> continue_getter(Graph& g, const GetterContinuation& next, const GetterArgs& args);
// _VariableStore._true_getter / _get_single_variable.
Result<VariableId> true_getter(Graph& g, const GetterArgs& args);

// traceback.format_list over the frames TF keeps ("  File ..., line N, in f\n    src\n").
std::string format_creation_traceback(const Traceback& tb, int max_frames);

}  // namespace scopeplay::scope
