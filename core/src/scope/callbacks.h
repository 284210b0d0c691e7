// How the engine calls back into Python, without knowing Python.
//
// Custom getters, initializer functions, `tf.Variable(lambda: ...)` and
// regularizers are user code. The engine only holds CallableHandles for them
// and asks the bridge, through this interface, to run one at the right moment
// (inside the right name scope). The bridge implements it with the
// interpreter; unit tests implement it with C++ lambdas.
//
// Custom getters chain: when a getter calls its `getter` argument, the bridge
// calls variable_store.h's continue_getter(graph, next, args), which runs the
// next getter or, at the end of the chain, the real _true_getter.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "scope/graph_types.h"
#include "scope/initializers.h"
#include "scope/result.h"

namespace scopeplay::scope {

// What a get_variable call produced: normally a variable; a custom getter may
// return any Python object, which the bridge identifies by `opaque`.
struct GetterResult {
  std::optional<VariableId> variable;
  std::uint64_t opaque = 0;
};

// The keyword arguments _true_getter (and custom getters) receive.
struct GetterArgs {
  std::string name;                      // full name, "V1/a1"
  std::optional<TensorShape> shape;      // None when not given
  DType dtype = DType::float32();
  std::optional<Initializer> initializer;
  std::optional<CallableHandle> regularizer;
  ReuseMode reuse = ReuseMode::False;
  std::optional<bool> trainable;
  std::optional<std::vector<std::string>> collections;
  std::optional<bool> use_resource;
  std::optional<CallableHandle> partitioner;
  bool validate_shape = true;
  std::string requested_name;  // provenance: what the user passed ("a1")
};

struct GetterContinuation {
  std::vector<CallableHandle> chain;  // remaining getters, next first
  std::size_t next = 0;
};

class Callbacks {
 public:
  virtual ~Callbacks() = default;
  // Call `getter(getter=<next>, **args)`.
  virtual Result<GetterResult> call_custom_getter(const CallableHandle& getter, const GetterArgs& args,
                                                  const GetterContinuation& next) = 0;
  // Call an initializer function: fn(shape, dtype=dtype, partition_info=None),
  // or fn() when `shape` is nullopt.
  virtual Result<TensorRef> call_initializer(const CallableHandle& fn, const std::optional<TensorShape>& shape,
                                             DType dtype) = 0;
  // tf.Variable(initial_value=fn): call fn().
  virtual Result<TensorRef> call_initial_value(const CallableHandle& fn) = 0;
  // regularizer(variable) -> Tensor or None.
  virtual Result<std::optional<TensorRef>> call_regularizer(const CallableHandle& fn, VariableId variable) = 0;
};

}  // namespace scopeplay::scope
