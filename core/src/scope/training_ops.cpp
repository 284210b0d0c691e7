// Ops of the training library: the optimizers' update kernels (ApplyAdam,
// ApplyGradientDescent, ...), AssignAdd for the global step, and the kernels
// gradient functions emit (Tile, BroadcastGradientArgs, ReluGrad, AddN, ...).
// All are plain generated wrappers (gen_training_ops.py, gen_array_ops.py,
// gen_math_ops.py, gen_nn_ops.py): name_scope(name or type), Python operands
// converted under the op-def input names, one op named after the scope.
#include "scope/op_helpers.h"

namespace scopeplay::scope::ops {

namespace {

Result<std::vector<OutputSpec>> outputs_for(Graph& g, const std::vector<TensorRef>& in, const std::string& op_name,
                                            const std::string& op_type, OutputRule rule,
                                            const std::optional<std::vector<Dim>>& multiples) {
  auto first = [&](std::size_t i) { return g.tensor_dtype(in[i]).base_dtype(); };
  switch (rule) {
    case OutputRule::None:
      return std::vector<OutputSpec>{};
    case OutputRule::RefOfFirst:
      return std::vector<OutputSpec>{{first(0).as_ref(), g.tensor_shape(in[0])}};
    case OutputRule::SameAsFirst:
      return std::vector<OutputSpec>{{first(0), g.tensor_shape(in[0])}};
    case OutputRule::Broadcast: {
      SCOPEPLAY_TRY(TensorShape s,
                    detail::broadcast_shapes(g.tensor_shape(in[0]), g.tensor_shape(in[1]), op_name, op_type));
      return std::vector<OutputSpec>{{first(0), s}};
    }
    case OutputRule::Unknown:
      return std::vector<OutputSpec>{{first(0), TensorShape::unknown()}};
    case OutputRule::ShapeOf: {
      auto r = g.tensor_shape(in[0]).rank();
      Dim n = r ? Dim(static_cast<std::int64_t>(*r)) : Dim();
      return std::vector<OutputSpec>{{DType::int32(), TensorShape(std::vector<Dim>{n})}};
    }
    case OutputRule::ScalarOfFirst:
      return std::vector<OutputSpec>{{first(0), TensorShape::scalar()}};
    case OutputRule::Tile: {
      const TensorShape& s = g.tensor_shape(in[0]);
      if (!s.has_rank()) return std::vector<OutputSpec>{{first(0), TensorShape::unknown()}};
      std::vector<Dim> dims = s.dims();
      for (std::size_t i = 0; i < dims.size(); ++i) {
        if (!multiples || i >= multiples->size() || !(*multiples)[i] || !dims[i]) dims[i] = std::nullopt;
        else dims[i] = *dims[i] * *(*multiples)[i];
      }
      return std::vector<OutputSpec>{{first(0), TensorShape(dims)}};
    }
    case OutputRule::BroadcastGradientArgs: {
      DType d = first(0);
      TensorShape v = TensorShape::unknown_of_rank(1);
      return std::vector<OutputSpec>{{d, v}, {d, v}};
    }
    case OutputRule::BiasAddGrad: {
      const TensorShape& s = g.tensor_shape(in[0]);
      Dim last = s.has_rank() && !s.dims().empty() ? s.dims().back() : Dim();
      return std::vector<OutputSpec>{{first(0), TensorShape(std::vector<Dim>{last})}};
    }
  }
  return std::vector<OutputSpec>{};
}

}  // namespace

Result<OpId> generated_op(Graph& g, std::string type, OptName name, std::vector<GeneratedInput> inputs,
                          OutputRule rule) {
  std::vector<detail::InputArg> args;
  std::optional<std::vector<Dim>> multiples;
  for (auto& in : inputs) {
    if (rule == OutputRule::Tile && in.name == "multiples") multiples = detail::static_dims(g, in.value);
    args.emplace_back(std::move(in.name), std::move(in.value), in.typed, in.fixed);
  }
  return detail::apply_op(g, std::move(type), name, std::move(args),
                          [rule, &multiples](Graph& gr, const std::vector<TensorRef>& in, const std::string& op_name,
                                             const std::string& op_type) {
                            return outputs_for(gr, in, op_name, op_type, rule, multiples);
                          });
}

}  // namespace scopeplay::scope::ops
