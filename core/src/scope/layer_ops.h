// The ops that tf.layers and keras layers emit beyond the core library:
// convolution, pooling, the `shape(x)[0]` slice and the auto-packed shapes
// Flatten builds, and Tensor.set_shape for the outputs layers pin down.
//
// Same contract as ops.h: each function reproduces its TF wrapper's name
// scopes, hidden ops and static shape inference (with the C++ shape
// functions' error texts), so a placeholder with None dimensions flows
// through conv -> pool -> flatten -> dense with TF's shapes.
#pragma once

#include <string>
#include <vector>

#include "scope/ops.h"

namespace scopeplay::scope::ops {

// nn_ops.conv2d (v1) / gen_nn_ops.conv2d: an op named "Conv2D" (or `name`).
// `strides`/`dilations` have 4 entries in `data_format` order ("NHWC"/"NCHW");
// `padding` is "SAME" or "VALID".
Result<TensorRef> conv2d(Graph& g, const Operand& input, const Operand& filter, const std::vector<std::int64_t>& strides,
                         const std::string& padding, const std::string& data_format = "NHWC",
                         const std::vector<std::int64_t>& dilations = {1, 1, 1, 1}, OptName name = std::nullopt);

// nn_ops.max_pool / avg_pool (v1): name_scope(name, "MaxPool"/"AvgPool"), then the op.
enum class PoolKind { Max, Avg };
Result<TensorRef> pool2d(Graph& g, PoolKind kind, const Operand& value, const std::vector<std::int64_t>& ksize,
                         const std::vector<std::int64_t>& strides, const std::string& padding,
                         const std::string& data_format = "NHWC", OptName name = std::nullopt);

// x[index] on a tensor of rank >= 1 (array_ops._slice_helper with one integer):
// name_scope("strided_slice") holding the Const `stack`, `stack_1`, `stack_2`.
Result<TensorRef> strided_slice_index(Graph& g, const Operand& x, std::int64_t index);

// One reshape dimension: a scalar tensor or a Python int.
using PackedDim = std::variant<TensorRef, std::int64_t>;
// reshape(x, (d0, d1, ...)) where some d are tensors: the shape is auto-packed
// inside the Reshape scope (`Reshape/shape/<i>` Consts and the `Reshape/shape` Pack).
Result<TensorRef> reshape_packed(Graph& g, const Operand& x, const std::vector<PackedDim>& dims,
                                 OptName name = std::nullopt);

// ---- batch normalization (nn_impl.py, normalization.py) ----------------------
// gen_nn_ops.fused_batch_norm_v3: "FusedBatchNormV3" with its six outputs
// (y, batch_mean, batch_variance, reserve_space_1..3).
Result<std::vector<TensorRef>> fused_batch_norm(Graph& g, const Operand& x, const Operand& scale, const Operand& offset,
                                                const Operand& mean, const Operand& variance,
                                                const std::string& data_format, OptName name = std::nullopt);
// math_ops.rsqrt -> "Rsqrt"; array_ops.stop_gradient -> "StopGradient".
Result<TensorRef> rsqrt(Graph& g, const Operand& x, OptName name = std::nullopt);
Result<TensorRef> stop_gradient(Graph& g, const Operand& x, OptName name = std::nullopt);
// math_ops.squared_difference -> "SquaredDifference" (broadcasting).
Result<TensorRef> squared_difference(Graph& g, const Operand& x, const Operand& y, OptName name = std::nullopt);
// array_ops.squeeze(x, axis) -> "Squeeze".
Result<TensorRef> squeeze(Graph& g, const Operand& x, const std::vector<std::int64_t>& axis,
                          OptName name = std::nullopt);
// state_ops.assign_sub(ref, value, name) -> "AssignSub" on a RefVariable.
Result<TensorRef> assign_sub(Graph& g, TensorRef ref, const Operand& value, OptName name = std::nullopt);

// ---- tensordot pieces (math_ops.tensordot) -----------------------------------
// array_ops.transpose: name_scope(name, "transpose") holding the "Transpose" op (perm converted as `perm`).
Result<TensorRef> transpose(Graph& g, const Operand& x, const Operand& perm, OptName name = std::nullopt);
// array_ops.gather (axis 0): "GatherV2" with its `axis` Const.
Result<TensorRef> gather(Graph& g, const Operand& params, const Operand& indices, OptName name = std::nullopt);
// math_ops.reduce_prod over all axes of a tensor of known rank: the `Const` axes, then "Prod".
Result<TensorRef> reduce_prod(Graph& g, const Operand& x, OptName name = std::nullopt);
// array_ops.stack of tensors (axis 0): "Pack", named `stack` by default.
Result<TensorRef> stack(Graph& g, const std::vector<TensorRef>& values, std::string name = "stack");

// array_ops.placeholder_with_default(input, shape, name): "PlaceholderWithDefault" (input converted as `input`).
Result<TensorRef> placeholder_with_default(Graph& g, const Operand& input, const TensorShape& shape,
                                           OptName name = std::nullopt);

// Tensor.set_shape: merges `shape` into the tensor's static shape
// ("Shapes (2, 3) and (4,) are not compatible").
Status set_shape(Graph& g, TensorRef t, const TensorShape& shape);

}  // namespace scopeplay::scope::ops
