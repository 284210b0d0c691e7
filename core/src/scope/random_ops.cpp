// Random ops (random_ops.py): each opens its own scope and builds
// shape/mean/stddev (or min/max) constants, the kernel op, then mul and an
// `add` named after the scope.
#include "scope/op_helpers.h"

namespace scopeplay::scope::ops {

using detail::apply_op;
using detail::InputArg;

namespace {

// tensor_util.shape_tensor: convert_to_tensor(shape, name="shape"); an empty
// list becomes int32.
Result<TensorRef> shape_tensor(Graph& g, const Operand& shape) {
  if (!shape.is_tensor() && shape.value().is_list() && shape.value().as_list().empty()) {
    return convert_to_tensor(g, shape, "shape", DType::int32());
  }
  return convert_to_tensor(g, shape, "shape");
}

Result<TensorRef> kernel(Graph& g, std::string type, TensorRef shape_t, const std::optional<std::vector<Dim>>& dims,
                         DType dtype) {
  TensorShape s = dims ? TensorShape(*dims) : TensorShape::unknown();
  SCOPEPLAY_TRY(OpId id, apply_op(g, std::move(type), std::nullopt, {InputArg{"shape", shape_t, false, std::nullopt}},
                                  [&](Graph&, const auto&, const auto&, const auto&) -> Result<std::vector<OutputSpec>> {
                                    return std::vector<OutputSpec>{{dtype.base_dtype(), s}};
                                  }));
  return TensorRef{id, 0};
}

Result<TensorRef> normal_like(Graph& g, std::string_view default_name, std::string kernel_type,
                              const Operand& shape, double mean, double stddev, DType dtype, const OptName& name) {
  SCOPEPLAY_TRY(NameScopeToken tok, g.enter_name_scope_v1_internal(name, default_name, true));
  NameScopeGuard guard(g, tok);
  auto dims = detail::static_dims(g, shape);
  SCOPEPLAY_TRY(TensorRef shape_t, shape_tensor(g, shape));
  SCOPEPLAY_TRY(TensorRef mean_t, convert_to_tensor(g, HostValue(mean), "mean", dtype));
  SCOPEPLAY_TRY(TensorRef stddev_t, convert_to_tensor(g, HostValue(stddev), "stddev", dtype));
  SCOPEPLAY_TRY(TensorRef rnd, kernel(g, std::move(kernel_type), shape_t, dims, dtype));
  SCOPEPLAY_TRY(TensorRef mul, binary_operator(g, BinaryOperator::Mul, rnd, stddev_t));
  return add(g, mul, mean_t, guard.scope());
}

}  // namespace

Result<TensorRef> random_normal(Graph& g, const Operand& shape, double mean, double stddev, DType dtype,
                                OptName name) {
  return normal_like(g, "random_normal", "RandomStandardNormal", shape, mean, stddev, dtype, name);
}

Result<TensorRef> truncated_normal(Graph& g, const Operand& shape, double mean, double stddev, DType dtype,
                                   OptName name) {
  return normal_like(g, "truncated_normal", "TruncatedNormal", shape, mean, stddev, dtype, name);
}

Result<TensorRef> random_uniform(Graph& g, const Operand& shape, HostValue minval, std::optional<HostValue> maxval,
                                 DType dtype, OptName name) {
  DType d = dtype.base_dtype();
  bool allowed = d == DType(BaseType::Float16) || d == DType(BaseType::BFloat16) || d == DType::float32() ||
                 d == DType::float64() || d == DType::int32() || d == DType::int64();
  if (!allowed) return value_error("Invalid dtype " + d.repr());
  if (!maxval) {
    if (d.is_integer()) return value_error("Must specify maxval for integer dtype " + d.repr());
    maxval = HostValue(1);
  }
  SCOPEPLAY_TRY(NameScopeToken tok, g.enter_name_scope_v1_internal(name, "random_uniform", true));
  NameScopeGuard guard(g, tok);
  auto dims = detail::static_dims(g, shape);
  SCOPEPLAY_TRY(TensorRef shape_t, shape_tensor(g, shape));
  SCOPEPLAY_TRY(TensorRef min_t, convert_to_tensor(g, minval, "min", d));
  SCOPEPLAY_TRY(TensorRef max_t, convert_to_tensor(g, *maxval, "max", d));
  if (d.is_integer()) {
    TensorShape s = dims ? TensorShape(*dims) : TensorShape::unknown();
    SCOPEPLAY_TRY(OpId id, apply_op(g, "RandomUniformInt", guard.scope(),
                                    {InputArg{"shape", shape_t, false, std::nullopt}, InputArg{"minval", min_t},
                                     InputArg{"maxval", max_t}},
                                    [&](Graph&, const auto&, const auto&, const auto&)
                                        -> Result<std::vector<OutputSpec>> {
                                      return std::vector<OutputSpec>{{d, s}};
                                    }));
    return TensorRef{id, 0};
  }
  SCOPEPLAY_TRY(TensorRef rnd, kernel(g, "RandomUniform", shape_t, dims, d));
  SCOPEPLAY_TRY(TensorRef range, binary_operator(g, BinaryOperator::Sub, max_t, min_t));
  SCOPEPLAY_TRY(TensorRef mul, binary_operator(g, BinaryOperator::Mul, rnd, range));
  return add(g, mul, min_t, guard.scope());
}

}  // namespace scopeplay::scope::ops
