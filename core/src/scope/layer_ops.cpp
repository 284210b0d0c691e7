// Layer ops: Conv2D, MaxPool/AvgPool, the shape slice and auto-packed reshape
// Flatten uses, set_shape (nn_ops.py, array_ops.py, common_shape_fns.cc).
#include "scope/layer_ops.h"

#include "scope/op_helpers.h"

namespace scopeplay::scope::ops {

using detail::apply_op;
using detail::InputArg;

namespace {

// GetWindowedOutputSize: VALID (in - effective + stride) / stride, SAME ceil(in / stride).
Result<Dim> windowed_output(const Dim& in, std::int64_t filter, std::int64_t dilation, std::int64_t stride,
                            const std::string& padding, const std::string& suffix) {
  if (!in) return Dim();
  std::int64_t effective = (filter - 1) * dilation + 1;
  if (padding == "VALID") {
    if (*in < effective) {
      return value_error("Negative dimension size caused by subtracting " + std::to_string(effective) + " from " +
                         std::to_string(*in) + suffix);
    }
    return Dim((*in - effective + stride) / stride);
  }
  return Dim((*in + stride - 1) / stride);
}

std::string rank_error(std::size_t want, std::size_t got, const std::string& suffix) {
  return "Shape must be rank " + std::to_string(want) + " but is rank " + std::to_string(got) + suffix;
}

Status check_format(const std::string& padding, const std::string& data_format) {
  if (padding != "SAME" && padding != "VALID") {
    return value_error("padding must be one of: 'SAME', 'VALID'; got " + padding);
  }
  if (data_format != "NHWC" && data_format != "NCHW") {
    return value_error("data_format must be one of: 'NHWC', 'NCHW'; got " + data_format);
  }
  return Ok{};
}

}  // namespace

Result<TensorRef> conv2d(Graph& g, const Operand& input, const Operand& filter, const std::vector<std::int64_t>& strides,
                         const std::string& padding, const std::string& data_format,
                         const std::vector<std::int64_t>& dilations, OptName name) {
  SCOPEPLAY_CHECK(check_format(padding, data_format));
  if (strides.size() != 4) return value_error("Conv2D requires 4 strides");
  if (dilations.size() != 4) return value_error("Conv2D requires 4 dilations");
  bool nchw = data_format == "NCHW";
  std::size_t h = nchw ? 2 : 1, w = nchw ? 3 : 2, c = nchw ? 1 : 3;
  auto fn = [&](Graph& gr, const std::vector<TensorRef>& in, const std::string& op_name,
                const std::string& op_type) -> Result<std::vector<OutputSpec>> {
    DType d = gr.tensor_dtype(in[0]).base_dtype();
    const TensorShape& xs = gr.tensor_shape(in[0]);
    const TensorShape& fs = gr.tensor_shape(in[1]);
    std::string suffix = detail::shape_error_suffix(gr, op_name, op_type, in);
    if (xs.has_rank() && xs.dims().size() != 4) return value_error(rank_error(4, xs.dims().size(), suffix));
    if (fs.has_rank() && fs.dims().size() != 4) return value_error(rank_error(4, fs.dims().size(), suffix));
    if (!xs.has_rank()) return std::vector<OutputSpec>{{d, TensorShape::unknown_of_rank(4)}};
    const auto& x = xs.dims();
    Dim fh, fw, out_depth;
    if (fs.has_rank()) {
      fh = fs.dims()[0];
      fw = fs.dims()[1];
      out_depth = fs.dims()[3];
      const Dim& fin = fs.dims()[2];
      if (x[c] && fin && *x[c] != *fin) {
        return value_error("Dimensions must be equal, but are " + std::to_string(*x[c]) + " and " +
                           std::to_string(*fin) + suffix);
      }
    }
    Dim oh, ow;
    if (fh) {
      SCOPEPLAY_TRY(oh, windowed_output(x[h], *fh, dilations[h], strides[h], padding, suffix));
    }
    if (fw) {
      SCOPEPLAY_TRY(ow, windowed_output(x[w], *fw, dilations[w], strides[w], padding, suffix));
    }
    std::vector<Dim> out(4);
    out[0] = x[0];
    out[h] = oh;
    out[w] = ow;
    out[c] = out_depth;
    return std::vector<OutputSpec>{{d, TensorShape(out)}};
  };
  SCOPEPLAY_TRY(OpId id, apply_op(g, "Conv2D", name, {InputArg{"input", input}, InputArg{"filter", filter}}, fn));
  return TensorRef{id, 0};
}

Result<TensorRef> pool2d(Graph& g, PoolKind kind, const Operand& value, const std::vector<std::int64_t>& ksize,
                         const std::vector<std::int64_t>& strides, const std::string& padding,
                         const std::string& data_format, OptName name) {
  std::string type = kind == PoolKind::Max ? "MaxPool" : "AvgPool";
  SCOPEPLAY_TRY(NameScopeToken tok, g.enter_name_scope_v1_internal(name, type, true));
  NameScopeGuard guard(g, tok);
  SCOPEPLAY_CHECK(check_format(padding, data_format));
  if (ksize.size() != 4 || strides.size() != 4) return value_error(type + " requires 4 ksize and strides entries");
  for (auto k : ksize)
    if (k == 0) return value_error("ksize cannot be zero.");
  SCOPEPLAY_TRY(TensorRef x, convert_to_tensor(g, value, "input"));
  bool nchw = data_format == "NCHW";
  std::size_t h = nchw ? 2 : 1, w = nchw ? 3 : 2;
  auto fn = [&](Graph& gr, const std::vector<TensorRef>& in, const std::string& op_name,
                const std::string& op_type) -> Result<std::vector<OutputSpec>> {
    DType d = gr.tensor_dtype(in[0]).base_dtype();
    const TensorShape& xs = gr.tensor_shape(in[0]);
    std::string suffix = detail::shape_error_suffix(gr, op_name, op_type, in);
    if (!xs.has_rank()) return std::vector<OutputSpec>{{d, TensorShape::unknown_of_rank(4)}};
    if (xs.dims().size() != 4) return value_error(rank_error(4, xs.dims().size(), suffix));
    std::vector<Dim> out = xs.dims();
    SCOPEPLAY_TRY(out[h], windowed_output(out[h], ksize[h], 1, strides[h], padding, suffix));
    SCOPEPLAY_TRY(out[w], windowed_output(out[w], ksize[w], 1, strides[w], padding, suffix));
    return std::vector<OutputSpec>{{d, TensorShape(out)}};
  };
  SCOPEPLAY_TRY(OpId id, apply_op(g, type, guard.scope(), {InputArg{"input", x}}, fn));
  return TensorRef{id, 0};
}

Result<TensorRef> strided_slice_index(Graph& g, const Operand& x, std::int64_t index) {
  SCOPEPLAY_TRY(NameScopeToken tok, g.enter_name_scope_v1_internal(std::nullopt, "strided_slice", true));
  NameScopeGuard guard(g, tok);
  SCOPEPLAY_TRY(TensorRef begin, constant(g, HostValue::list({HostValue(index)}), DType::int32(), std::nullopt,
                                          std::string("stack")));
  SCOPEPLAY_TRY(TensorRef end, constant(g, HostValue::list({HostValue(index + 1)}), DType::int32(), std::nullopt,
                                        std::string("stack")));
  SCOPEPLAY_TRY(TensorRef stride, constant(g, HostValue::list({HostValue(1)}), DType::int32(), std::nullopt,
                                           std::string("stack")));
  auto fn = [&](Graph& gr, const std::vector<TensorRef>& in, const std::string& op_name,
                const std::string& op_type) -> Result<std::vector<OutputSpec>> {
    DType d = gr.tensor_dtype(in[0]).base_dtype();
    const TensorShape& s = gr.tensor_shape(in[0]);
    if (!s.has_rank()) return std::vector<OutputSpec>{{d, TensorShape::unknown()}};
    const auto& dims = s.dims();
    if (dims.empty()) {
      return value_error("Index out of range using input dim 0; input has only 0 dims" +
                         detail::shape_error_suffix(gr, op_name, op_type, in));
    }
    if (dims[0]) {
      std::int64_t n = *dims[0];
      if (index >= n || index < -n) {
        return value_error("slice index " + std::to_string(index) + " of dimension 0 out of bounds." +
                           detail::shape_error_suffix(gr, op_name, op_type, in));
      }
    }
    return std::vector<OutputSpec>{{d, TensorShape(std::vector<Dim>(dims.begin() + 1, dims.end()))}};
  };
  SCOPEPLAY_TRY(OpId id, apply_op(g, "StridedSlice", guard.scope(),
                                  {InputArg{"input", x}, InputArg{"begin", begin, false, DType::int32()},
                                   InputArg{"end", end, false, DType::int32()},
                                   InputArg{"strides", stride, false, DType::int32()}},
                                  fn));
  return TensorRef{id, 0};
}

Result<TensorRef> reshape_packed(Graph& g, const Operand& x, const std::vector<PackedDim>& dims, OptName name) {
  bool any_tensor = false;
  for (const auto& d : dims) any_tensor = any_tensor || std::holds_alternative<TensorRef>(d);
  if (!any_tensor) {
    HostValue::List l;
    for (const auto& d : dims) l.emplace_back(std::get<std::int64_t>(d));
    return reshape(g, x, HostValue(std::move(l)), name);
  }
  // gen_array_ops.reshape: name_scope("Reshape"), then the "shape" input is
  // converted by _autopacking_helper under name_scope("shape").
  SCOPEPLAY_TRY(NameScopeToken tok, g.enter_name_scope_internal(name && !name->empty() ? *name : "Reshape"));
  NameScopeGuard guard(g, tok);
  TensorRef packed;
  std::vector<Dim> known;
  {
    SCOPEPLAY_TRY(NameScopeToken stok, g.enter_name_scope_internal("shape"));
    NameScopeGuard sguard(g, stok);
    std::vector<TensorRef> elems;
    for (std::size_t i = 0; i < dims.size(); ++i) {
      if (const auto* t = std::get_if<TensorRef>(&dims[i])) {
        elems.push_back(*t);
        known.emplace_back(std::nullopt);
      } else {
        std::int64_t v = std::get<std::int64_t>(dims[i]);
        SCOPEPLAY_TRY(TensorRef c, constant(g, HostValue(v), DType::int32(), std::nullopt, std::to_string(i)));
        elems.push_back(c);
        known.emplace_back(v);
      }
    }
    std::vector<InputArg> args;
    for (auto t : elems) args.emplace_back("values", t);
    std::size_t n = elems.size();
    SCOPEPLAY_TRY(OpId pack, apply_op(g, "Pack", sguard.scope(), std::move(args),
                                      [n](Graph& gr, const std::vector<TensorRef>& in, const auto&, const auto&)
                                          -> Result<std::vector<OutputSpec>> {
                                        return std::vector<OutputSpec>{
                                            {gr.tensor_dtype(in[0]).base_dtype(),
                                             TensorShape(std::vector<Dim>{Dim(static_cast<std::int64_t>(n))})}};
                                      }));
    packed = TensorRef{pack, 0};
  }
  // Reshape's shape function reads the packed elements it knows (-1 stays unknown).
  auto fn = [&](Graph& gr, const std::vector<TensorRef>& in, const std::string&,
                const std::string&) -> Result<std::vector<OutputSpec>> {
    std::vector<Dim> out;
    for (const auto& k : known) out.push_back(k && *k >= 0 ? k : Dim());
    return std::vector<OutputSpec>{{gr.tensor_dtype(in[0]).base_dtype(), TensorShape(out)}};
  };
  SCOPEPLAY_TRY(OpId id, apply_op(g, "Reshape", guard.scope(),
                                  {InputArg{"tensor", x}, InputArg{"shape", packed, false, std::nullopt}}, fn));
  return TensorRef{id, 0};
}

Result<std::vector<TensorRef>> fused_batch_norm(Graph& g, const Operand& x, const Operand& scale, const Operand& offset,
                                                const Operand& mean, const Operand& variance,
                                                const std::string& data_format, OptName name) {
  std::size_t c = data_format == "NCHW" ? 1 : 3;
  auto fn = [&](Graph& gr, const std::vector<TensorRef>& in, const std::string& op_name,
                const std::string& op_type) -> Result<std::vector<OutputSpec>> {
    DType d = gr.tensor_dtype(in[0]).base_dtype();
    DType u = gr.tensor_dtype(in[1]).base_dtype();
    const TensorShape& xs = gr.tensor_shape(in[0]);
    std::string suffix = detail::shape_error_suffix(gr, op_name, op_type, in);
    if (xs.has_rank() && xs.dims().size() != 4) return value_error(rank_error(4, xs.dims().size(), suffix));
    Dim channels = xs.has_rank() ? xs.dims()[c] : Dim();
    const TensorShape& ss = gr.tensor_shape(in[1]);
    if (!channels && ss.has_rank() && ss.dims().size() == 1) channels = ss.dims()[0];
    TensorShape vec(std::vector<Dim>{channels});
    return std::vector<OutputSpec>{{d, xs.has_rank() ? xs : TensorShape::unknown_of_rank(4)}, {u, vec}, {u, vec},
                                   {u, vec}, {u, vec}, {u, TensorShape::unknown()}};
  };
  SCOPEPLAY_TRY(OpId id, apply_op(g, "FusedBatchNormV3", name,
                                  {InputArg{"x", x}, InputArg{"scale", scale, false, std::nullopt},
                                   InputArg{"offset", offset, false, std::nullopt},
                                   InputArg{"mean", mean, false, std::nullopt},
                                   InputArg{"variance", variance, false, std::nullopt}},
                                  fn));
  std::vector<TensorRef> out;
  for (int i = 0; i < 6; ++i) out.push_back(TensorRef{id, i});
  return out;
}

Result<TensorRef> rsqrt(Graph& g, const Operand& x, OptName name) {
  SCOPEPLAY_TRY(OpId id, apply_op(g, "Rsqrt", name, {InputArg{"x", x}}, detail::same_as_first));
  return TensorRef{id, 0};
}

Result<TensorRef> stop_gradient(Graph& g, const Operand& x, OptName name) {
  SCOPEPLAY_TRY(OpId id, apply_op(g, "StopGradient", name, {InputArg{"input", x}}, detail::same_as_first));
  return TensorRef{id, 0};
}

Result<TensorRef> squared_difference(Graph& g, const Operand& x, const Operand& y, OptName name) {
  auto fn = [](Graph& gr, const std::vector<TensorRef>& in, const std::string& op_name,
               const std::string& op_type) -> Result<std::vector<OutputSpec>> {
    SCOPEPLAY_TRY(TensorShape s,
                  detail::broadcast_shapes(gr.tensor_shape(in[0]), gr.tensor_shape(in[1]), op_name, op_type));
    return std::vector<OutputSpec>{{gr.tensor_dtype(in[0]).base_dtype(), s}};
  };
  SCOPEPLAY_TRY(OpId id, apply_op(g, "SquaredDifference", name, {InputArg{"x", x}, InputArg{"y", y}}, fn));
  return TensorRef{id, 0};
}

Result<TensorRef> squeeze(Graph& g, const Operand& x, const std::vector<std::int64_t>& axis, OptName name) {
  auto fn = [&](Graph& gr, const std::vector<TensorRef>& in, const std::string& op_name,
                const std::string& op_type) -> Result<std::vector<OutputSpec>> {
    DType d = gr.tensor_dtype(in[0]).base_dtype();
    const TensorShape& s = gr.tensor_shape(in[0]);
    if (!s.has_rank()) return std::vector<OutputSpec>{{d, TensorShape::unknown()}};
    auto rank = static_cast<std::int64_t>(s.dims().size());
    std::vector<bool> drop(s.dims().size(), false);
    for (auto a : axis) {
      std::int64_t k = a < 0 ? a + rank : a;
      if (k < 0 || k >= rank) {
        return value_error("Tried to squeeze dim index " + std::to_string(a) + " for tensor with " +
                           std::to_string(rank) + " dimensions." + detail::shape_error_suffix(gr, op_name, op_type, in));
      }
      const Dim& dim = s.dims()[static_cast<std::size_t>(k)];
      if (dim && *dim != 1) {
        return value_error("Can not squeeze dim[" + std::to_string(k) + "], expected a dimension of 1, got " +
                           std::to_string(*dim) + detail::shape_error_suffix(gr, op_name, op_type, in));
      }
      drop[static_cast<std::size_t>(k)] = true;
    }
    std::vector<Dim> out;
    for (std::size_t i = 0; i < s.dims().size(); ++i)
      if (!drop[i]) out.push_back(s.dims()[i]);
    return std::vector<OutputSpec>{{d, TensorShape(out)}};
  };
  SCOPEPLAY_TRY(OpId id, apply_op(g, "Squeeze", name, {InputArg{"input", x}}, fn));
  return TensorRef{id, 0};
}

Result<TensorRef> assign_sub(Graph& g, TensorRef ref, const Operand& value, OptName name) {
  auto fn = [](Graph& gr, const std::vector<TensorRef>& in, const std::string&,
               const std::string&) -> Result<std::vector<OutputSpec>> {
    return std::vector<OutputSpec>{{gr.tensor_dtype(in[0]).base_dtype().as_ref(), gr.tensor_shape(in[0])}};
  };
  SCOPEPLAY_TRY(OpId id, apply_op(g, "AssignSub", name, {InputArg{"ref", ref, false, std::nullopt},
                                                         InputArg{"value", value, false, std::nullopt}},
                                  fn));
  return TensorRef{id, 0};
}

Result<TensorRef> transpose(Graph& g, const Operand& x, const Operand& perm, OptName name) {
  SCOPEPLAY_TRY(NameScopeToken tok, g.enter_name_scope_v1_internal(name, "transpose", true));
  NameScopeGuard guard(g, tok);
  auto fn = [&](Graph& gr, const std::vector<TensorRef>& in, const std::string& op_name,
                const std::string& op_type) -> Result<std::vector<OutputSpec>> {
    DType d = gr.tensor_dtype(in[0]).base_dtype();
    const TensorShape& s = gr.tensor_shape(in[0]);
    if (!s.has_rank()) return std::vector<OutputSpec>{{d, TensorShape::unknown()}};
    auto p = detail::static_dims(gr, in[1]);
    if (!p) return std::vector<OutputSpec>{{d, TensorShape::unknown_of_rank(s.dims().size())}};
    if (p->size() != s.dims().size()) {
      return value_error("Dimension must be " + std::to_string(s.dims().size()) + " but is " +
                         std::to_string(p->size()) + detail::shape_error_suffix(gr, op_name, op_type, in));
    }
    std::vector<Dim> out;
    for (const auto& k : *p) {
      if (!k || *k < 0 || *k >= static_cast<std::int64_t>(s.dims().size())) return value_error("invalid perm");
      out.push_back(s.dims()[static_cast<std::size_t>(*k)]);
    }
    return std::vector<OutputSpec>{{d, TensorShape(out)}};
  };
  SCOPEPLAY_TRY(OpId id, apply_op(g, "Transpose", guard.scope(),
                                  {InputArg{"x", x}, InputArg{"perm", perm, false, DType::int32()}}, fn));
  return TensorRef{id, 0};
}

Result<TensorRef> gather(Graph& g, const Operand& params, const Operand& indices, OptName name) {
  auto fn = [](Graph& gr, const std::vector<TensorRef>& in, const std::string&,
               const std::string&) -> Result<std::vector<OutputSpec>> {
    DType d = gr.tensor_dtype(in[0]).base_dtype();
    const TensorShape& ps = gr.tensor_shape(in[0]);
    const TensorShape& is = gr.tensor_shape(in[1]);
    if (!ps.has_rank() || !is.has_rank() || ps.dims().empty()) {
      return std::vector<OutputSpec>{{d, TensorShape::unknown()}};
    }
    std::vector<Dim> out = is.dims();
    out.insert(out.end(), ps.dims().begin() + 1, ps.dims().end());
    return std::vector<OutputSpec>{{d, TensorShape(out)}};
  };
  SCOPEPLAY_TRY(OpId id, apply_op(g, "GatherV2", name,
                                  {InputArg{"params", params}, InputArg{"indices", indices, false, std::nullopt},
                                   InputArg{"axis", HostValue(0), false, DType::int32()}},
                                  fn));
  return TensorRef{id, 0};
}

Result<TensorRef> reduce_prod(Graph& g, const Operand& x, OptName name) {
  SCOPEPLAY_TRY(TensorRef input, convert_to_tensor(g, x, "Const"));
  auto rank = g.tensor_shape(input).rank();
  if (!rank) return value_error("reduce_prod of a tensor of unknown rank is not supported in scopeplay");
  HostValue::List l;
  for (std::size_t i = 0; i < *rank; ++i) l.emplace_back(static_cast<std::int64_t>(i));
  SCOPEPLAY_TRY(TensorRef dims, constant(g, HostValue(std::move(l)), DType::int32()));
  SCOPEPLAY_TRY(OpId id, apply_op(g, "Prod", name,
                                  {InputArg{"input", input}, InputArg{"reduction_indices", dims, false, std::nullopt}},
                                  [](Graph& gr, const std::vector<TensorRef>& in, const auto&, const auto&)
                                      -> Result<std::vector<OutputSpec>> {
                                    return std::vector<OutputSpec>{
                                        {gr.tensor_dtype(in[0]).base_dtype(), TensorShape::scalar()}};
                                  }));
  return TensorRef{id, 0};
}

Result<TensorRef> stack(Graph& g, const std::vector<TensorRef>& values, std::string name) {
  std::vector<InputArg> args;
  for (auto t : values) args.emplace_back("values", t);
  std::size_t n = values.size();
  SCOPEPLAY_TRY(OpId id, apply_op(g, "Pack", name, std::move(args),
                                  [n](Graph& gr, const std::vector<TensorRef>& in, const auto&, const auto&)
                                      -> Result<std::vector<OutputSpec>> {
                                    const TensorShape& e = gr.tensor_shape(in[0]);
                                    std::vector<Dim> dims{Dim(static_cast<std::int64_t>(n))};
                                    if (!e.has_rank()) {
                                      return std::vector<OutputSpec>{
                                          {gr.tensor_dtype(in[0]).base_dtype(), TensorShape::unknown()}};
                                    }
                                    dims.insert(dims.end(), e.dims().begin(), e.dims().end());
                                    return std::vector<OutputSpec>{
                                        {gr.tensor_dtype(in[0]).base_dtype(), TensorShape(dims)}};
                                  }));
  return TensorRef{id, 0};
}

Result<TensorRef> placeholder_with_default(Graph& g, const Operand& input, const TensorShape& shape, OptName name) {
  auto fn = [&](Graph& gr, const std::vector<TensorRef>& in, const std::string& op_name,
                const std::string& op_type) -> Result<std::vector<OutputSpec>> {
    const TensorShape& s = gr.tensor_shape(in[0]);
    if (!shape.is_compatible_with(s)) {
      return value_error("Shapes " + shape.str() + " and " + s.str() + " are incompatible" +
                         detail::shape_error_suffix(gr, op_name, op_type, in));
    }
    return std::vector<OutputSpec>{{gr.tensor_dtype(in[0]).base_dtype(), shape}};
  };
  SCOPEPLAY_TRY(OpId id, apply_op(g, "PlaceholderWithDefault", name, {InputArg{"input", input}}, fn));
  return TensorRef{id, 0};
}

Status set_shape(Graph& g, TensorRef t, const TensorShape& shape) {
  SCOPEPLAY_TRY(TensorShape merged, g.tensor_shape(t).merge_with(shape));
  g.set_tensor_shape(t, std::move(merged));
  return Ok{};
}

}  // namespace scopeplay::scope::ops
