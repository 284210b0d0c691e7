#include "scope/initializers.h"

#include <cmath>

#include "scope/callbacks.h"
#include "scope/graph.h"
#include "scope/ops.h"

namespace scopeplay::scope {

Initializer Initializer::constant(HostValue v) {
  Initializer i;
  i.kind = Kind::Constant;
  i.value = std::move(v);
  return i;
}
Initializer Initializer::random_normal(double mean, double stddev) {
  Initializer i;
  i.kind = Kind::RandomNormal;
  i.mean = mean;
  i.stddev = stddev;
  return i;
}
Initializer Initializer::truncated_normal(double mean, double stddev) {
  Initializer i = random_normal(mean, stddev);
  i.kind = Kind::TruncatedNormal;
  return i;
}
Initializer Initializer::random_uniform(HostValue minval, std::optional<HostValue> maxval) {
  Initializer i;
  i.kind = Kind::RandomUniform;
  i.minval = std::move(minval);
  i.maxval = std::move(maxval);
  return i;
}
Initializer Initializer::variance_scaling(double scale, std::string mode, std::string distribution) {
  Initializer i;
  i.kind = Kind::VarianceScaling;
  i.scale = scale;
  i.mode = std::move(mode);
  i.distribution = std::move(distribution);
  return i;
}
Initializer Initializer::glorot_uniform() { return variance_scaling(1.0, "fan_avg", "uniform"); }
Initializer Initializer::glorot_normal() { return variance_scaling(1.0, "fan_avg", "truncated_normal"); }
Initializer Initializer::from_tensor(TensorRef t) {
  Initializer i;
  i.kind = Kind::Tensor;
  i.tensor = t;
  return i;
}
Initializer Initializer::from_value(HostValue v) {
  Initializer i;
  i.kind = Kind::Value;
  i.value = std::move(v);
  return i;
}
Initializer Initializer::from_callable(CallableHandle c) {
  Initializer i;
  i.kind = Kind::Callable;
  i.callable = std::move(c);
  return i;
}

namespace {

HostValue shape_value(const TensorShape& s) {
  HostValue::List l;
  for (const auto& d : s.dims()) l.emplace_back(d ? HostValue(*d) : HostValue());
  return HostValue(std::move(l));
}

// init_ops._compute_fans.
std::pair<double, double> compute_fans(const TensorShape& s) {
  const auto& d = s.dims();
  auto v = [](const Dim& x) { return x ? static_cast<double>(*x) : 1.0; };
  if (d.empty()) return {1.0, 1.0};
  if (d.size() == 1) return {v(d[0]), v(d[0])};
  if (d.size() == 2) return {v(d[0]), v(d[1])};
  double receptive = 1.0;
  for (std::size_t i = 0; i + 2 < d.size(); ++i) receptive *= v(d[i]);
  return {v(d[d.size() - 2]) * receptive, v(d[d.size() - 1]) * receptive};
}

}  // namespace

Result<TensorRef> build_initializer(Graph& g, const Initializer& init, const std::optional<TensorShape>& shape,
                                    DType dtype) {
  using Kind = Initializer::Kind;
  if (init.kind == Kind::Callable) {
    Callbacks* cb = g.callbacks();
    if (!cb) return ScopeError{ErrorKind::RuntimeError, "no callback interface to call " + init.callable.repr};
    return cb->call_initializer(init.callable, shape, dtype);
  }
  if (!shape) return value_error("initializer requires a shape");
  HostValue sv = shape_value(*shape);
  switch (init.kind) {
    case Kind::Zeros: return ops::zeros(g, sv, dtype);
    case Kind::Ones: return ops::ones(g, sv, dtype);
    case Kind::Constant: return ops::constant(g, init.value, dtype, *shape);
    case Kind::RandomNormal: return ops::random_normal(g, sv, init.mean, init.stddev, dtype);
    case Kind::TruncatedNormal: return ops::truncated_normal(g, sv, init.mean, init.stddev, dtype);
    case Kind::RandomUniform: return ops::random_uniform(g, sv, init.minval, init.maxval, dtype);
    case Kind::VarianceScaling: {
      auto [fan_in, fan_out] = compute_fans(*shape);
      double scale = init.scale;
      if (init.mode == "fan_in") scale /= std::max(1.0, fan_in);
      else if (init.mode == "fan_out") scale /= std::max(1.0, fan_out);
      else scale /= std::max(1.0, (fan_in + fan_out) / 2.0);
      if (init.distribution == "normal" || init.distribution == "truncated_normal") {
        return ops::truncated_normal(g, sv, 0.0, std::sqrt(scale) / .87962566103423978, dtype);
      }
      if (init.distribution == "untruncated_normal") {
        return ops::random_normal(g, sv, 0.0, std::sqrt(scale), dtype);
      }
      double limit = std::sqrt(3.0 * scale);
      return ops::random_uniform(g, sv, HostValue(-limit), HostValue(limit), dtype);
    }
    case Kind::Tensor:
    case Kind::Value:
    case Kind::Callable:
      break;
  }
  return value_error("initializer is not callable");
}

}  // namespace scopeplay::scope
