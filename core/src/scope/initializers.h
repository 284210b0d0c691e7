// Variable initializers (ops/init_ops.py) and the ops each one builds.
//
// An initializer matters to naming because it creates ops under
// `<var>/Initializer/` when the variable is built (`w/Initializer/
// random_uniform/shape`, `V1/a1/Initializer/Const`), and because
// get_variable treats callables and values differently ("If initializer is a
// constant, do not specify shape."). Initializer is plain data; build_initializer
// emits the same op sequence TF's __call__ does in the current name scope.
#pragma once

#include <optional>
#include <string>

#include "scope/dtype.h"
#include "scope/graph_types.h"
#include "scope/host_value.h"
#include "scope/result.h"
#include "scope/tensor_shape.h"

namespace scopeplay::scope {

class Graph;

struct Initializer {
  enum class Kind {
    Zeros,            // tf.zeros_initializer()
    Ones,             // tf.ones_initializer()
    Constant,         // tf.constant_initializer(value)
    RandomNormal,     // tf.random_normal_initializer(mean, stddev)
    TruncatedNormal,  // tf.truncated_normal_initializer(mean, stddev)
    RandomUniform,    // tf.random_uniform_initializer(minval, maxval)
    VarianceScaling,  // glorot_uniform/normal, he_*, lecun_*, variance_scaling
    Tensor,           // a Tensor: initializing from value
    Value,            // a Python/numpy value: initializing from value
    Callable,         // a user function (shape, dtype, partition_info) -> Tensor
  };
  Kind kind = Kind::Zeros;
  std::optional<DType> dtype;  // the initializer's own dtype argument
  HostValue value;             // Constant / Value
  double mean = 0.0, stddev = 1.0;
  HostValue minval = 0.0;       // RandomUniform (HostValue keeps int vs float)
  std::optional<HostValue> maxval;
  double scale = 1.0;
  std::string mode = "fan_in";                  // fan_in, fan_out, fan_avg
  std::string distribution = "truncated_normal";  // normal, truncated_normal, untruncated_normal, uniform
  TensorRef tensor;        // Tensor
  CallableHandle callable;  // Callable

  static Initializer zeros() { return {}; }
  static Initializer ones() { Initializer i; i.kind = Kind::Ones; return i; }
  static Initializer constant(HostValue v);
  static Initializer random_normal(double mean = 0.0, double stddev = 1.0);
  static Initializer truncated_normal(double mean = 0.0, double stddev = 1.0);
  static Initializer random_uniform(HostValue minval = 0.0, std::optional<HostValue> maxval = std::nullopt);
  static Initializer glorot_uniform();
  static Initializer glorot_normal();
  static Initializer variance_scaling(double scale, std::string mode, std::string distribution);
  static Initializer from_tensor(TensorRef t);
  static Initializer from_value(HostValue v);
  static Initializer from_callable(CallableHandle c);

  // callable(initializer) in Python terms: everything but Tensor and Value.
  bool is_callable() const { return kind != Kind::Tensor && kind != Kind::Value; }
  // Whether it can be called without a shape (user callables with no
  // required arguments; built-in initializers always need the shape).
  bool callable_without_args() const { return kind == Kind::Callable && callable.required_args == 0; }
};

// Calls the initializer like `initializer(shape, dtype=dtype)` in the current
// name scope and returns the produced tensor. `shape` is nullopt only for
// no-argument user callables.
Result<TensorRef> build_initializer(Graph& g, const Initializer& init,
                                    const std::optional<TensorShape>& shape, DType dtype);

}  // namespace scopeplay::scope
