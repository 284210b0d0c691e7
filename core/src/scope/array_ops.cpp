// Array ops: constants, placeholders, zeros/ones/fill, identity, reshape,
// concat, split, unstack, shape, cast (array_ops.py, constant_op.py).
#include "scope/op_helpers.h"
#include "scope/resource_variable.h"

namespace scopeplay::scope::ops {

using detail::apply_op;
using detail::InputArg;

namespace {

OutputSpec out(DType d, TensorShape s) { return OutputSpec{d, std::move(s)}; }

HostValue dims_to_value(const std::vector<Dim>& dims) {
  HostValue::List l;
  for (const auto& d : dims) l.emplace_back(d ? HostValue(*d) : HostValue());
  return HostValue(std::move(l));
}

// The zero/one a filler uses for `dtype` (zeros: 0 / False / "").
HostValue filler(DType dtype, int v) {
  if (dtype.is_bool()) return HostValue(v != 0);
  if (dtype == DType::string()) return HostValue(std::string(v ? "1" : ""));
  return HostValue(v);
}

std::int64_t normalize_axis(std::int64_t axis, std::size_t rank) {
  return axis < 0 ? axis + static_cast<std::int64_t>(rank) : axis;
}

// zeros()/ones(): array_ops.zeros with _constant_if_small.
Result<TensorRef> filled(Graph& g, const Operand& shape, DType dtype, const OptName& name,
                         std::string_view default_name, int v) {
  dtype = dtype.base_dtype();
  SCOPEPLAY_TRY(NameScopeToken tok, g.enter_name_scope_v1_internal(name, default_name, false));
  NameScopeGuard guard(g, tok);
  Operand shape_t = shape;
  if (!shape.is_tensor()) {
    auto dims = shape.value().as_shape_dims();
    if (dims) {
      TensorShape ts(*dims);
      long limit = g.profile().zeros_const_limit;
      if (auto n = ts.num_elements(); n && (limit < 0 || *n < limit)) {
        return constant(g, filler(dtype, v), dtype, ts, guard.scope());
      }
      if (ts.is_fully_defined()) {
        SCOPEPLAY_TRY(TensorRef st, constant(g, shape.value(), DType::int32(), std::nullopt,
                                              std::string("shape_as_tensor")));
        shape_t = st;
      }
    }
    if (!shape_t.is_tensor()) {
      SCOPEPLAY_TRY(TensorRef st, convert_to_tensor(g, shape, "Const", DType::int32()));
      shape_t = st;
    }
  }
  SCOPEPLAY_TRY(TensorRef value, constant(g, filler(dtype, v), dtype));
  return fill(g, shape_t, value, guard.scope());
}

}  // namespace

Result<TensorRef> convert_to_tensor(Graph& g, const Operand& value, std::string_view name,
                                    std::optional<DType> dtype, std::optional<DType> dtype_hint) {
  if (value.is_tensor()) {
    SCOPEPLAY_TRY(TensorRef t, read_if_resource(g, value.tensor()));
    if (dtype && g.tensor_dtype(t).base_dtype() != dtype->base_dtype()) {
      return value_error("Tensor conversion requested dtype " + dtype->base_dtype().name() +
                         " for Tensor with dtype " + g.tensor_dtype(t).name() + ": '" + g.tensor_str(t) + "'");
    }
    return t;
  }
  const HostValue& v = value.value();
  std::optional<DType> d = dtype;
  if (!d && dtype_hint && v.check_convertible(*dtype_hint).ok()) d = dtype_hint;
  return constant(g, v, d, std::nullopt, std::string(name));
}

Result<TensorRef> constant(Graph& g, const HostValue& value, std::optional<DType> dtype,
                           std::optional<TensorShape> shape, OptName name) {
  DType d;
  if (dtype) {
    d = dtype->base_dtype();
    SCOPEPLAY_CHECK(value.check_convertible(d));
  } else {
    SCOPEPLAY_TRY(d, value.inferred_dtype());
  }
  SCOPEPLAY_TRY(TensorShape vshape, value.shape());
  TensorShape final_shape = vshape;
  if (shape) {
    auto have = vshape.num_elements();
    auto want = shape->num_elements();
    if (have && want && *have != 1 && *have != *want) {
      if (*have > *want) {
        return type_error("Too many elements provided. Needed at most " + std::to_string(*want) +
                          ", but received " + std::to_string(*have));
      }
      return value_error("Expected Tensor's shape: " + shape->str() + ", got " + vshape.str() + ".");
    }
    final_shape = *shape;
  }
  OpSpec spec;
  spec.type = "Const";
  spec.name = name ? *name : std::string("Const");
  spec.outputs = {out(d, final_shape)};
  spec.const_value = value;
  SCOPEPLAY_TRY(OpId id, g.create_op(std::move(spec)));
  return TensorRef{id, 0};
}

Result<TensorRef> placeholder(Graph& g, DType dtype, std::optional<TensorShape> shape, OptName name) {
  TensorShape s = shape ? *shape : TensorShape::unknown();
  SCOPEPLAY_TRY(OpId id, apply_op(g, "Placeholder", name, {},
                                  [&](Graph&, const auto&, const auto&, const auto&)
                                      -> Result<std::vector<OutputSpec>> {
                                    return std::vector<OutputSpec>{out(dtype.base_dtype(), s)};
                                  }));
  return TensorRef{id, 0};
}

Result<TensorRef> zeros(Graph& g, const Operand& shape, DType dtype, OptName name) {
  return filled(g, shape, dtype, name, "zeros", 0);
}

Result<TensorRef> ones(Graph& g, const Operand& shape, DType dtype, OptName name) {
  return filled(g, shape, dtype, name, "ones", 1);
}

Result<TensorRef> fill(Graph& g, const Operand& dims, const Operand& value, OptName name) {
  auto static_shape = detail::static_dims(g, dims);
  SCOPEPLAY_TRY(OpId id, apply_op(g, "Fill", name,
                                  {InputArg{"dims", dims, false, std::nullopt}, InputArg{"value", value}},
                                  [&](Graph& gr, const std::vector<TensorRef>& in, const auto&, const auto&)
                                      -> Result<std::vector<OutputSpec>> {
                                    TensorShape s;
                                    if (static_shape) {
                                      s = TensorShape(*static_shape);
                                    } else {
                                      const TensorShape& ds = gr.tensor_shape(in[0]);
                                      if (ds.has_rank() && ds.dims().size() == 1 && ds.dims()[0]) {
                                        s = TensorShape::unknown_of_rank(static_cast<std::size_t>(*ds.dims()[0]));
                                      }
                                    }
                                    return std::vector<OutputSpec>{out(gr.tensor_dtype(in[1]).base_dtype(), s)};
                                  }));
  return TensorRef{id, 0};
}

Result<TensorRef> zeros_like(Graph& g, const Operand& x, std::optional<DType> dtype, OptName name) {
  SCOPEPLAY_TRY(NameScopeToken tok, g.enter_name_scope_v1_internal(name, "zeros_like", true));
  NameScopeGuard guard(g, tok);
  SCOPEPLAY_TRY(TensorRef t, convert_to_tensor(g, x, "tensor"));
  const TensorShape& s = g.tensor_shape(t);
  DType d = dtype ? *dtype : g.tensor_dtype(t).base_dtype();
  if (s.is_fully_defined()) {
    return zeros(g, dims_to_value(s.dims()), d, guard.scope());
  }
  SCOPEPLAY_TRY(OpId id, apply_op(g, "ZerosLike", guard.scope(), {InputArg{"x", t}}, detail::same_as_first));
  return TensorRef{id, 0};
}

Result<TensorRef> ones_like(Graph& g, const Operand& x, std::optional<DType> dtype, OptName name) {
  SCOPEPLAY_TRY(NameScopeToken tok, g.enter_name_scope_v1_internal(name, "ones_like", true));
  NameScopeGuard guard(g, tok);
  SCOPEPLAY_TRY(TensorRef t, convert_to_tensor(g, x, "tensor"));
  SCOPEPLAY_TRY(TensorRef ones_shape, shape(g, t));
  DType d = dtype ? *dtype : g.tensor_dtype(t).base_dtype();
  return ones(g, ones_shape, d, guard.scope());
}

Result<TensorRef> identity(Graph& g, const Operand& x, OptName name) {
  SCOPEPLAY_TRY(OpId id, apply_op(g, "Identity", name, {InputArg{"input", x}}, detail::same_as_first));
  return TensorRef{id, 0};
}

Result<TensorRef> reshape(Graph& g, const Operand& x, const Operand& shape_arg, OptName name) {
  auto target = detail::static_dims(g, shape_arg);
  auto fn = [&](Graph& gr, const std::vector<TensorRef>& in, const std::string& op_name,
                const std::string& op_type) -> Result<std::vector<OutputSpec>> {
    DType d = gr.tensor_dtype(in[0]).base_dtype();
    if (!target) {
      const TensorShape& ss = gr.tensor_shape(in[1]);
      if (ss.has_rank() && ss.dims().size() == 1 && ss.dims()[0]) {
        return std::vector<OutputSpec>{out(d, TensorShape::unknown_of_rank(static_cast<std::size_t>(*ss.dims()[0])))};
      }
      return std::vector<OutputSpec>{out(d, TensorShape::unknown())};
    }
    std::vector<Dim> dims = *target;
    const TensorShape& in_shape = gr.tensor_shape(in[0]);
    int unknown_index = -1;
    std::int64_t known = 1;
    for (std::size_t i = 0; i < dims.size(); ++i) {
      if (dims[i] && *dims[i] == -1) {
        if (unknown_index >= 0) {
          return value_error("Cannot infer multiple unknown dimensions in shape for '" + op_name +
                             "' (op: '" + op_type + "')");
        }
        unknown_index = static_cast<int>(i);
        dims[i] = std::nullopt;
      } else if (dims[i]) {
        known *= *dims[i];
      }
    }
    auto n = in_shape.num_elements();
    if (n) {
      std::string wanted = "[";
      for (std::size_t i = 0; i < target->size(); ++i) wanted += (i ? "," : "") + dim_str((*target)[i]);
      wanted += "]";
      std::string suffix = detail::shape_error_suffix(gr, op_name, op_type, in);
      suffix.pop_back();
      suffix += " and with input tensors computed as partial shapes: input[1] = " + wanted + ".";
      if (unknown_index >= 0) {
        if (known == 0 || *n % known != 0) {
          return value_error("Cannot reshape a tensor with " + std::to_string(*n) +
                             " elements to shape " + wanted + " (" + std::to_string(known) + " elements)" + suffix);
        }
        dims[unknown_index] = *n / known;
      } else if (known != *n) {
        return value_error("Cannot reshape a tensor with " + std::to_string(*n) + " elements to shape " +
                           wanted + " (" + std::to_string(known) + " elements)" + suffix);
      }
    }
    return std::vector<OutputSpec>{out(d, TensorShape(dims))};
  };
  SCOPEPLAY_TRY(OpId id, apply_op(g, "Reshape", name,
                                  {InputArg{"tensor", x}, InputArg{"shape", shape_arg, false, std::nullopt}}, fn));
  return TensorRef{id, 0};
}

Result<TensorRef> concat(Graph& g, const std::vector<Operand>& values, int axis, std::string name) {
  if (values.size() == 1) {
    SCOPEPLAY_TRY(NameScopeToken tok, g.enter_name_scope_internal(name));
    NameScopeGuard guard(g, tok);
    SCOPEPLAY_TRY(TensorRef dim, convert_to_tensor(g, HostValue(axis), "concat_dim", DType::int32()));
    (void)dim;
    return identity(g, values[0], guard.scope());
  }
  std::vector<InputArg> args;
  for (std::size_t i = 0; i < values.size(); ++i) {
    args.push_back(InputArg{"values_" + std::to_string(i), values[i]});
  }
  args.push_back(InputArg{"axis", HostValue(axis), false, DType::int32()});
  std::size_t n = values.size();
  auto fn = [&](Graph& gr, const std::vector<TensorRef>& in, const std::string& op_name,
                const std::string& op_type) -> Result<std::vector<OutputSpec>> {
    DType d = gr.tensor_dtype(in[0]).base_dtype();
    std::optional<std::size_t> rank;
    for (std::size_t i = 0; i < n; ++i) {
      auto r = gr.tensor_shape(in[i]).rank();
      if (r) {
        if (rank && *rank != *r) {
          return value_error("Shape must be rank " + std::to_string(*rank) + " but is rank " +
                             std::to_string(*r) + detail::shape_error_suffix(gr, op_name, op_type, in));
        }
        rank = r;
      }
    }
    if (!rank) return std::vector<OutputSpec>{out(d, TensorShape::unknown())};
    std::int64_t ax = normalize_axis(axis, *rank);
    if (ax < 0 || ax >= static_cast<std::int64_t>(*rank)) {
      return value_error("Shape must be at least rank " + std::to_string(axis < 0 ? -axis : axis + 1) +
                         " but is rank " + std::to_string(*rank) + detail::shape_error_suffix(gr, op_name, op_type, in));
    }
    std::vector<Dim> dims(*rank, std::nullopt);
    Dim sum = 0;
    bool first = true;
    for (std::size_t i = 0; i < n; ++i) {
      const TensorShape& s = gr.tensor_shape(in[i]);
      if (!s.has_rank()) { sum = std::nullopt; continue; }
      for (std::size_t k = 0; k < *rank; ++k) {
        if (static_cast<std::int64_t>(k) == ax) continue;
        const Dim& dk = s.dims()[k];
        if (first || !dims[k]) { if (dk) dims[k] = dk; }
        else if (dk && *dims[k] != *dk) {
          return value_error("Dimension " + std::to_string(k) + " in both shapes must be equal, but are " +
                             std::to_string(*dims[k]) + " and " + std::to_string(*dk) + ". Shapes are " +
                             gr.tensor_shape(in[0]).debug_string() + " and " + s.debug_string() + "." +
                             detail::shape_error_suffix(gr, op_name, op_type, in));
        }
      }
      first = false;
      const Dim& da = s.dims()[static_cast<std::size_t>(ax)];
      if (sum && da) *sum += *da; else sum = std::nullopt;
    }
    dims[static_cast<std::size_t>(ax)] = sum;
    return std::vector<OutputSpec>{out(d, TensorShape(dims))};
  };
  SCOPEPLAY_TRY(OpId id, apply_op(g, "ConcatV2", name, std::move(args), fn));
  return TensorRef{id, 0};
}

Result<std::vector<TensorRef>> split(Graph& g, const Operand& x, const HostValue& num_or_size_splits, int axis,
                                     std::string name) {
  // array_ops.split converts num_or_size_splits first: an unnamed Const.
  SCOPEPLAY_TRY(TensorRef sizes, convert_to_tensor(g, num_or_size_splits, "Const"));
  std::vector<TensorRef> outs;
  if (num_or_size_splits.is_int()) {
    std::int64_t num = num_or_size_splits.as_int();
    auto fn = [&](Graph& gr, const std::vector<TensorRef>& in, const std::string& op_name,
                  const std::string& op_type) -> Result<std::vector<OutputSpec>> {
      DType d = gr.tensor_dtype(in[1]).base_dtype();
      TensorShape s = gr.tensor_shape(in[1]);
      if (s.has_rank()) {
        std::vector<Dim> dims = s.dims();
        std::int64_t ax = normalize_axis(axis, dims.size());
        if (ax < 0 || ax >= static_cast<std::int64_t>(dims.size())) {
          return value_error("Shape must be at least rank " + std::to_string(axis + 1) + " but is rank " +
                             std::to_string(dims.size()) + detail::shape_error_suffix(gr, op_name, op_type, in));
        }
        Dim& da = dims[static_cast<std::size_t>(ax)];
        if (da) {
          if (num <= 0 || *da % num != 0) {
            std::string suffix = detail::shape_error_suffix(gr, op_name, op_type, in);
            suffix.pop_back();
            return value_error("Dimension size must be evenly divisible by " + std::to_string(num) + " but is " +
                               std::to_string(*da) + suffix + " and with computed input tensors: input[0] = <" +
                               std::to_string(axis) + ">.");
          }
          da = *da / num;
        }
        s = TensorShape(dims);
      }
      return std::vector<OutputSpec>(static_cast<std::size_t>(num), out(d, s));
    };
    SCOPEPLAY_TRY(OpId id, apply_op(g, "Split", name,
                                    {InputArg{"split_dim", HostValue(axis), false, DType::int32()},
                                     InputArg{"value", x}},
                                    fn));
    for (std::size_t i = 0; i < g.op(id).outputs.size(); ++i) outs.push_back(TensorRef{id, static_cast<int>(i)});
    return outs;
  }
  auto size_dims = num_or_size_splits.as_shape_dims();
  if (!size_dims) return value_error("Cannot infer num from shape " + num_or_size_splits.repr());
  auto fn = [&](Graph& gr, const std::vector<TensorRef>& in, const std::string&,
                const std::string&) -> Result<std::vector<OutputSpec>> {
    DType d = gr.tensor_dtype(in[0]).base_dtype();
    std::vector<OutputSpec> outputs;
    const TensorShape& s = gr.tensor_shape(in[0]);
    for (const auto& sz : *size_dims) {
      if (!s.has_rank()) { outputs.push_back(out(d, TensorShape::unknown())); continue; }
      std::vector<Dim> dims = s.dims();
      std::int64_t ax = normalize_axis(axis, dims.size());
      if (ax >= 0 && ax < static_cast<std::int64_t>(dims.size())) dims[static_cast<std::size_t>(ax)] = sz;
      outputs.push_back(out(d, TensorShape(dims)));
    }
    return outputs;
  };
  SCOPEPLAY_TRY(OpId id, apply_op(g, "SplitV", name,
                                  {InputArg{"value", x}, InputArg{"size_splits", sizes, false, std::nullopt},
                                   InputArg{"split_dim", HostValue(axis), false, DType::int32()}},
                                  fn));
  for (std::size_t i = 0; i < g.op(id).outputs.size(); ++i) outs.push_back(TensorRef{id, static_cast<int>(i)});
  return outs;
}

Result<std::vector<TensorRef>> unstack(Graph& g, const Operand& x, std::optional<int> num, int axis,
                                       std::string name) {
  SCOPEPLAY_TRY(TensorRef value, convert_to_tensor(g, x, "Const"));
  const TensorShape& s = g.tensor_shape(value);
  std::int64_t n = num.value_or(-1);
  if (!num) {
    if (s.has_rank()) {
      auto rank = static_cast<std::int64_t>(s.dims().size());
      if (axis < -rank || axis >= rank) {
        return value_error("axis = " + std::to_string(axis) + " not in [" + std::to_string(-rank) + ", " +
                           std::to_string(rank) + ")");
      }
      const Dim& d = s.dims()[static_cast<std::size_t>(normalize_axis(axis, s.dims().size()))];
      if (d) n = *d;
    }
    if (n < 0) return value_error("Cannot infer num from shape " + s.str());
  }
  auto fn = [&](Graph& gr, const std::vector<TensorRef>& in, const std::string&,
                const std::string&) -> Result<std::vector<OutputSpec>> {
    DType d = gr.tensor_dtype(in[0]).base_dtype();
    TensorShape os;
    const TensorShape& is = gr.tensor_shape(in[0]);
    if (is.has_rank()) {
      std::vector<Dim> dims = is.dims();
      dims.erase(dims.begin() + normalize_axis(axis, dims.size()));
      os = TensorShape(dims);
    }
    return std::vector<OutputSpec>(static_cast<std::size_t>(n), out(d, os));
  };
  SCOPEPLAY_TRY(OpId id, apply_op(g, "Unpack", name, {InputArg{"value", value}}, fn));
  std::vector<TensorRef> outs;
  for (std::size_t i = 0; i < g.op(id).outputs.size(); ++i) outs.push_back(TensorRef{id, static_cast<int>(i)});
  return outs;
}

Result<TensorRef> shape(Graph& g, const Operand& x, DType out_type, OptName name) {
  SCOPEPLAY_TRY(NameScopeToken tok, g.enter_name_scope_v1_internal(name, "Shape", true));
  NameScopeGuard guard(g, tok);
  SCOPEPLAY_TRY(TensorRef t, convert_to_tensor(g, x, "Const"));
  const TensorShape& s = g.tensor_shape(t);
  if (s.is_fully_defined()) {
    return constant(g, dims_to_value(s.dims()), out_type, std::nullopt, guard.scope());
  }
  std::optional<std::int64_t> rank;
  if (auto r = s.rank()) rank = static_cast<std::int64_t>(*r);
  SCOPEPLAY_TRY(OpId id, apply_op(g, "Shape", guard.scope(), {InputArg{"input", t}},
                                  [&](Graph&, const auto&, const auto&, const auto&)
                                      -> Result<std::vector<OutputSpec>> {
                                    return std::vector<OutputSpec>{out(out_type, TensorShape(std::vector<Dim>{rank}))};
                                  }));
  return TensorRef{id, 0};
}

Result<TensorRef> cast(Graph& g, const Operand& x, DType dtype, OptName name) {
  DType base = dtype.base_dtype();
  if (x.is_tensor() && g.tensor_dtype(x.tensor()).base_dtype() == base) return x.tensor();
  SCOPEPLAY_TRY(NameScopeToken tok, g.enter_name_scope_v1_internal(name, "Cast", true));
  NameScopeGuard guard(g, tok);
  SCOPEPLAY_TRY(TensorRef t, convert_to_tensor(g, x, "x"));
  if (g.tensor_dtype(t).base_dtype() == base) return t;
  SCOPEPLAY_TRY(OpId id, apply_op(g, "Cast", guard.scope(), {InputArg{"x", t, false, std::nullopt}},
                                  [&](Graph& gr, const std::vector<TensorRef>& in, const auto&, const auto&)
                                      -> Result<std::vector<OutputSpec>> {
                                    return std::vector<OutputSpec>{out(base, gr.tensor_shape(in[0]))};
                                  }));
  return TensorRef{id, 0};
}

}  // namespace scopeplay::scope::ops
