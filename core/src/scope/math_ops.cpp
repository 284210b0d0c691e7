// Math and nn ops: generated binary wrappers (Add/Sub/Mul), Python operators
// (add/sub/mul/truediv), matmul, reductions and activations (math_ops.py,
// nn_ops.py).
#include "scope/op_helpers.h"

namespace scopeplay::scope::ops {

using detail::apply_op;
using detail::InputArg;

namespace {

Result<std::vector<OutputSpec>> broadcast_fn(Graph& g, const std::vector<TensorRef>& in, const std::string& op_name,
                                             const std::string& op_type) {
  SCOPEPLAY_TRY(TensorShape s,
                detail::broadcast_shapes(g.tensor_shape(in[0]), g.tensor_shape(in[1]), op_name, op_type));
  return std::vector<OutputSpec>{{g.tensor_dtype(in[0]).base_dtype(), s}};
}

Result<TensorRef> binary(Graph& g, std::string type, const Operand& x, const Operand& y, const OptName& name) {
  SCOPEPLAY_TRY(OpId id, apply_op(g, std::move(type), name, {InputArg{"x", x}, InputArg{"y", y}}, broadcast_fn));
  return TensorRef{id, 0};
}

Result<TensorRef> unary(Graph& g, std::string type, std::string input_name, const Operand& x, const OptName& name) {
  SCOPEPLAY_TRY(OpId id, apply_op(g, std::move(type), name, {InputArg{std::move(input_name), x}},
                                  detail::same_as_first));
  return TensorRef{id, 0};
}

// Wrappers written in Python that open name_scope(name, Default) and convert
// their argument as "x" before calling the generated op.
Result<TensorRef> scoped_unary(Graph& g, std::string type, const Operand& x, const OptName& name) {
  SCOPEPLAY_TRY(NameScopeToken tok, g.enter_name_scope_v1_internal(name, type, true));
  NameScopeGuard guard(g, tok);
  SCOPEPLAY_TRY(TensorRef t, convert_to_tensor(g, x, "x"));
  return unary(g, std::move(type), "x", t, guard.scope());
}

// _TRUEDIV_TABLE: small ints -> float32, int32/int64 -> float64.
std::optional<DType> truediv_cast(DType d) {
  switch (d.base()) {
    case BaseType::Int8: case BaseType::Int16: case BaseType::UInt8: case BaseType::UInt16:
      return DType::float32();
    case BaseType::Int32: case BaseType::Int64:
      return DType::float64();
    default:
      return std::nullopt;
  }
}

Result<TensorRef> reduction(Graph& g, std::string type, const Operand& x, const std::optional<HostValue>& axis,
                            bool keepdims, const OptName& name) {
  SCOPEPLAY_TRY(TensorRef input, convert_to_tensor(g, x, "Const"));
  const TensorShape& in_shape = g.tensor_shape(input);
  Operand dims = HostValue();
  std::optional<std::vector<std::int64_t>> axes;
  if (axis) {
    dims = *axis;
    if (axis->is_int()) axes = std::vector<std::int64_t>{axis->as_int()};
    else if (auto d = axis->as_shape_dims()) {
      axes.emplace();
      for (const auto& v : *d) if (v) axes->push_back(*v);
    }
  } else if (auto r = in_shape.rank()) {
    // _ReductionDims: constant(np.arange(rank)), created before the op's scope.
    HostValue::List l;
    axes.emplace();
    for (std::size_t i = 0; i < *r; ++i) {
      l.emplace_back(static_cast<std::int64_t>(i));
      axes->push_back(static_cast<std::int64_t>(i));
    }
    SCOPEPLAY_TRY(TensorRef c, constant(g, HostValue(std::move(l)), DType::int32()));
    dims = c;
  } else {
    SCOPEPLAY_TRY(OpId rank_op, apply_op(g, "Rank", std::nullopt, {InputArg{"input", input}},
                                         [](Graph&, const auto&, const auto&, const auto&)
                                             -> Result<std::vector<OutputSpec>> {
                                           return std::vector<OutputSpec>{{DType::int32(), TensorShape::scalar()}};
                                         }));
    SCOPEPLAY_TRY(NameScopeToken tok, g.enter_name_scope_internal("range"));
    NameScopeGuard guard(g, tok);
    SCOPEPLAY_TRY(TensorRef start, constant(g, HostValue(0), DType::int32(), std::nullopt, std::string("start")));
    SCOPEPLAY_TRY(TensorRef delta, constant(g, HostValue(1), DType::int32(), std::nullopt, std::string("delta")));
    SCOPEPLAY_TRY(OpId range_op,
                  apply_op(g, "Range", guard.scope(),
                           {InputArg{"start", start, false, std::nullopt},
                            InputArg{"limit", TensorRef{rank_op, 0}, false, std::nullopt},
                            InputArg{"delta", delta, false, std::nullopt}},
                           [](Graph&, const auto&, const auto&, const auto&) -> Result<std::vector<OutputSpec>> {
                             return std::vector<OutputSpec>{{DType::int32(), TensorShape::unknown_of_rank(1)}};
                           }));
    dims = TensorRef{range_op, 0};
  }
  auto fn = [&](Graph& gr, const std::vector<TensorRef>& in, const std::string& op_name,
                const std::string& op_type) -> Result<std::vector<OutputSpec>> {
    DType d = gr.tensor_dtype(in[0]).base_dtype();
    const TensorShape& s = gr.tensor_shape(in[0]);
    if (!s.has_rank()) return std::vector<OutputSpec>{{d, TensorShape::unknown()}};
    std::size_t rank = s.dims().size();
    if (!axes) {
      if (keepdims) return std::vector<OutputSpec>{{d, TensorShape::unknown_of_rank(rank)}};
      return std::vector<OutputSpec>{{d, TensorShape::unknown()}};
    }
    std::vector<bool> reduced(rank, false);
    for (auto a : *axes) {
      std::int64_t k = a < 0 ? a + static_cast<std::int64_t>(rank) : a;
      if (k < 0 || k >= static_cast<std::int64_t>(rank)) {
        std::string suffix = detail::shape_error_suffix(gr, op_name, op_type, in);
        suffix.pop_back();
        return value_error("Invalid reduction dimension " + std::to_string(a) + " for input with " +
                           std::to_string(rank) + " dimensions." + suffix);
      }
      reduced[static_cast<std::size_t>(k)] = true;
    }
    std::vector<Dim> out;
    for (std::size_t i = 0; i < rank; ++i) {
      if (!reduced[i]) out.push_back(s.dims()[i]);
      else if (keepdims) out.emplace_back(1);
    }
    return std::vector<OutputSpec>{{d, TensorShape(out)}};
  };
  SCOPEPLAY_TRY(OpId id, apply_op(g, std::move(type), name,
                                  {InputArg{"input", input}, InputArg{"reduction_indices", dims, false, std::nullopt}},
                                  fn));
  return TensorRef{id, 0};
}

}  // namespace

Result<TensorRef> add(Graph& g, const Operand& x, const Operand& y, OptName name) {
  return binary(g, "Add", x, y, name);
}
Result<TensorRef> subtract(Graph& g, const Operand& x, const Operand& y, OptName name) {
  return binary(g, "Sub", x, y, name);
}
Result<TensorRef> multiply(Graph& g, const Operand& x, const Operand& y, OptName name) {
  return binary(g, "Mul", x, y, name);
}

Result<TensorRef> truediv(Graph& g, const Operand& x, const Operand& y, OptName name) {
  SCOPEPLAY_TRY(NameScopeToken tok, g.enter_name_scope_v1_internal(name, "truediv", true));
  NameScopeGuard guard(g, tok);
  SCOPEPLAY_TRY(TensorRef tx, convert_to_tensor(g, x, "x"));
  SCOPEPLAY_TRY(TensorRef ty, convert_to_tensor(g, y, "y"));
  DType dx = g.tensor_dtype(tx).base_dtype();
  DType dy = g.tensor_dtype(ty).base_dtype();
  if (dx != dy) {
    return type_error("x and y must have the same dtype, got " + dx.repr() + " != " + dy.repr());
  }
  if (dx.is_bool() || dx == DType::string()) {
    return type_error("Invalid dtype " + dx.repr() + " in __truediv__");
  }
  if (auto c = truediv_cast(dx)) {
    SCOPEPLAY_TRY(tx, cast(g, tx, *c));
    SCOPEPLAY_TRY(ty, cast(g, ty, *c));
  }
  return binary(g, "RealDiv", tx, ty, guard.scope());
}

Result<TensorRef> compare(Graph& g, Comparison op, const Operand& x, const Operand& y, OptName name) {
  std::string type = op == Comparison::Less        ? "Less"
                     : op == Comparison::LessEqual ? "LessEqual"
                     : op == Comparison::Greater   ? "Greater"
                                                   : "GreaterEqual";
  auto bool_fn = [](Graph& gr, const std::vector<TensorRef>& in, const std::string& op_name,
                    const std::string& op_type) -> Result<std::vector<OutputSpec>> {
    SCOPEPLAY_TRY(auto out, broadcast_fn(gr, in, op_name, op_type));
    out[0].dtype = DType::boolean();
    return out;
  };
  SCOPEPLAY_TRY(OpId id, apply_op(g, std::move(type), name, {InputArg{"x", x}, InputArg{"y", y}}, bool_fn));
  return TensorRef{id, 0};
}

Result<TensorRef> negative(Graph& g, const Operand& x, OptName name) { return unary(g, "Neg", "x", x, name); }

Result<TensorRef> binary_operator(Graph& g, BinaryOperator op, const Operand& x, const Operand& y) {
  std::string_view op_name = op == BinaryOperator::Add ? "add"
                             : op == BinaryOperator::Sub ? "sub"
                             : op == BinaryOperator::Mul ? "mul" : "truediv";
  SCOPEPLAY_TRY(NameScopeToken tok, g.enter_name_scope_internal(op_name));
  NameScopeGuard guard(g, tok);
  TensorRef tx, ty;
  if (x.is_tensor()) {
    tx = x.tensor();
    // binary_op_wrapper: convert_to_tensor_v2(y, dtype_hint=x.dtype, name="y")
    SCOPEPLAY_TRY(ty, convert_to_tensor(g, y, "y", std::nullopt, g.tensor_dtype(tx).base_dtype()));
  } else {
    // r_binary_op_wrapper: convert_to_tensor(x, dtype=y.dtype, name="x")
    ty = y.tensor();
    SCOPEPLAY_TRY(tx, convert_to_tensor(g, x, "x", g.tensor_dtype(ty).base_dtype()));
  }
  switch (op) {
    case BinaryOperator::Add:
      return binary(g,
                    g.tensor_dtype(tx).base_dtype() == DType::string() ? std::string("Add")
                                                                       : std::string(g.profile().add_operator_op_type),
                    tx, ty, guard.scope());
    case BinaryOperator::Sub: return binary(g, "Sub", tx, ty, guard.scope());
    case BinaryOperator::Mul: return binary(g, "Mul", tx, ty, guard.scope());
    case BinaryOperator::TrueDiv: return truediv(g, tx, ty, guard.scope());
  }
  return value_error("unknown operator");
}

Result<TensorRef> matmul(Graph& g, const Operand& a, const Operand& b, bool transpose_a, bool transpose_b,
                         OptName name) {
  SCOPEPLAY_TRY(NameScopeToken tok, g.enter_name_scope_v1_internal(name, "MatMul", true));
  NameScopeGuard guard(g, tok);
  SCOPEPLAY_TRY(TensorRef ta, convert_to_tensor(g, a, "a"));
  SCOPEPLAY_TRY(TensorRef tb, convert_to_tensor(g, b, "b"));
  auto ra = g.tensor_shape(ta).rank();
  auto rb = g.tensor_shape(tb).rank();
  bool batch = g.profile().matmul_uses_batch_v2 && (!ra || !rb || *ra > 2 || *rb > 2);
  std::string type = batch ? "BatchMatMulV2" : "MatMul";
  auto fn = [&](Graph& gr, const std::vector<TensorRef>& in, const std::string& op_name,
                const std::string& op_type) -> Result<std::vector<OutputSpec>> {
    DType d = gr.tensor_dtype(in[0]).base_dtype();
    const TensorShape& sa = gr.tensor_shape(in[0]);
    const TensorShape& sb = gr.tensor_shape(in[1]);
    if (!sa.has_rank() || !sb.has_rank()) return std::vector<OutputSpec>{{d, TensorShape::unknown()}};
    std::size_t min_rank = 2;
    for (const TensorShape* s : {&sa, &sb}) {
      if (s->dims().size() < min_rank || (!batch && s->dims().size() != 2)) {
        return value_error("Shape must be rank 2 but is rank " + std::to_string(s->dims().size()) +
                           detail::shape_error_suffix(gr, op_name, op_type, in));
      }
    }
    const auto& da = sa.dims();
    const auto& db = sb.dims();
    Dim m = transpose_a ? da[da.size() - 1] : da[da.size() - 2];
    Dim ka = transpose_a ? da[da.size() - 2] : da[da.size() - 1];
    Dim kb = transpose_b ? db[db.size() - 1] : db[db.size() - 2];
    Dim n = transpose_b ? db[db.size() - 2] : db[db.size() - 1];
    if (ka && kb && *ka != *kb) {
      return value_error("Dimensions must be equal, but are " + std::to_string(*ka) + " and " +
                         std::to_string(*kb) + detail::shape_error_suffix(gr, op_name, op_type, in));
    }
    std::vector<Dim> out;
    if (batch) {
      TensorShape ba(std::vector<Dim>(da.begin(), da.end() - 2));
      TensorShape bb(std::vector<Dim>(db.begin(), db.end() - 2));
      SCOPEPLAY_TRY(TensorShape bs, detail::broadcast_shapes(ba, bb, op_name, op_type));
      out = bs.dims();
    }
    out.push_back(m);
    out.push_back(n);
    return std::vector<OutputSpec>{{d, TensorShape(out)}};
  };
  SCOPEPLAY_TRY(OpId id, apply_op(g, type, guard.scope(), {InputArg{"a", ta}, InputArg{"b", tb}}, fn));
  return TensorRef{id, 0};
}

Result<TensorRef> square(Graph& g, const Operand& x, OptName name) { return unary(g, "Square", "x", x, name); }

Result<TensorRef> reduce_sum(Graph& g, const Operand& x, std::optional<HostValue> axis, bool keepdims,
                             OptName name) {
  return reduction(g, "Sum", x, axis, keepdims, name);
}
Result<TensorRef> reduce_mean(Graph& g, const Operand& x, std::optional<HostValue> axis, bool keepdims,
                              OptName name) {
  return reduction(g, "Mean", x, axis, keepdims, name);
}

Result<TensorRef> relu(Graph& g, const Operand& x, OptName name) { return unary(g, "Relu", "features", x, name); }
Result<TensorRef> softmax(Graph& g, const Operand& x, OptName name) {
  return unary(g, "Softmax", "logits", x, name);
}
Result<TensorRef> bias_add(Graph& g, const Operand& value, const Operand& bias, OptName name) {
  SCOPEPLAY_TRY(NameScopeToken tok, g.enter_name_scope_v1_internal(name, "BiasAdd", true));
  NameScopeGuard guard(g, tok);
  SCOPEPLAY_TRY(TensorRef v, convert_to_tensor(g, value, "input"));
  SCOPEPLAY_TRY(TensorRef b, convert_to_tensor(g, bias, "bias", g.tensor_dtype(v).base_dtype()));
  auto fn = [](Graph& gr, const std::vector<TensorRef>& in, const std::string& op_name,
               const std::string& op_type) -> Result<std::vector<OutputSpec>> {
    const TensorShape& vs = gr.tensor_shape(in[0]);
    const TensorShape& bs = gr.tensor_shape(in[1]);
    if (bs.has_rank() && bs.dims().size() != 1) {
      return value_error("Shape must be rank 1 but is rank " + std::to_string(bs.dims().size()) +
                         detail::shape_error_suffix(gr, op_name, op_type, in));
    }
    if (vs.has_rank() && vs.dims().size() < 2) {
      return value_error("Shape must be at least rank 2 but is rank " + std::to_string(vs.dims().size()) +
                         detail::shape_error_suffix(gr, op_name, op_type, in));
    }
    TensorShape out = vs;
    if (vs.has_rank() && bs.has_rank()) {
      std::vector<Dim> dims = vs.dims();
      const Dim& last = dims.back();
      const Dim& b = bs.dims()[0];
      if (last && b && *last != *b) {
        return value_error("Dimensions must be equal, but are " + std::to_string(*last) + " and " +
                           std::to_string(*b) + detail::shape_error_suffix(gr, op_name, op_type, in));
      }
      if (!last) dims.back() = b;
      out = TensorShape(dims);
    }
    return std::vector<OutputSpec>{{gr.tensor_dtype(in[0]).base_dtype(), out}};
  };
  SCOPEPLAY_TRY(OpId id, apply_op(g, "BiasAdd", guard.scope(), {InputArg{"value", v}, InputArg{"bias", b}}, fn));
  return TensorRef{id, 0};
}

Result<TensorRef> sigmoid(Graph& g, const Operand& x, OptName name) { return scoped_unary(g, "Sigmoid", x, name); }
Result<TensorRef> tanh(Graph& g, const Operand& x, OptName name) { return scoped_unary(g, "Tanh", x, name); }

}  // namespace scopeplay::scope::ops
