#include "scope/op_helpers.h"

#include "scope/resource_variable.h"

namespace scopeplay::scope::detail {

std::string shape_error_suffix(Graph& g, const std::string& op_name, const std::string& op_type,
                               const std::vector<TensorRef>& inputs) {
  std::string out = " for '" + op_name + "' (op: '" + op_type + "') with input shapes: ";
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (i) out += ", ";
    out += g.tensor_shape(inputs[i]).debug_string();
  }
  return out + ".";
}

Result<TensorShape> broadcast_shapes(const TensorShape& a, const TensorShape& b, const std::string& op_name,
                                     const std::string& op_type) {
  if (!a.has_rank() || !b.has_rank()) return TensorShape::unknown();
  const auto& da = a.dims();
  const auto& db = b.dims();
  std::size_t rank = std::max(da.size(), db.size());
  std::vector<Dim> out(rank);
  for (std::size_t i = 0; i < rank; ++i) {
    Dim x = i < rank - da.size() ? Dim(1) : da[i - (rank - da.size())];
    Dim y = i < rank - db.size() ? Dim(1) : db[i - (rank - db.size())];
    if (x && y) {
      if (*x == *y || *y == 1) out[i] = x;
      else if (*x == 1) out[i] = y;
      else {
        return value_error("Dimensions must be equal, but are " + std::to_string(*x) + " and " +
                           std::to_string(*y) + " for '" + op_name + "' (op: '" + op_type +
                           "') with input shapes: " + a.debug_string() + ", " + b.debug_string() + ".");
      }
    } else if (x && *x > 1) {
      out[i] = x;
    } else if (y && *y > 1) {
      out[i] = y;
    } else {
      out[i] = std::nullopt;
    }
  }
  return TensorShape(std::move(out));
}

Result<std::vector<OutputSpec>> same_as_first(Graph& g, const std::vector<TensorRef>& in, const std::string&,
                                              const std::string&) {
  return std::vector<OutputSpec>{{g.tensor_dtype(in[0]).base_dtype(), g.tensor_shape(in[0])}};
}

std::optional<HostValue> constant_value(const Graph& g, TensorRef t) {
  const Operation& op = g.op(t.op);
  if (op.type == "Const" && op.const_value) return op.const_value;
  return std::nullopt;
}

std::optional<std::vector<Dim>> static_dims(const Graph& g, const Operand& shape) {
  if (shape.is_tensor()) {
    auto v = constant_value(g, shape.tensor());
    if (!v) return std::nullopt;
    return v->as_shape_dims();
  }
  return shape.value().as_shape_dims();
}

Result<OpId> apply_op(Graph& g, std::string op_type, const OptName& name, std::vector<InputArg> args,
                      const ShapeFn& shape_fn) {
  std::string scope_name = name && !name->empty() ? *name : op_type;
  SCOPEPLAY_TRY(NameScopeToken token, g.enter_name_scope_internal(scope_name));
  NameScopeGuard guard(g, token);
  std::vector<TensorRef> inputs;
  std::optional<DType> t_type;
  std::string t_owner;
  for (auto& arg : args) {
    TensorRef t;
    if (arg.value.is_tensor()) {
      t = arg.value.tensor();
      if (!arg.fixed || arg.fixed->base() != BaseType::Resource) {
        SCOPEPLAY_TRY(t, read_if_resource(g, t));
      }
      DType d = g.tensor_dtype(t).base_dtype();
      if (arg.fixed && d != arg.fixed->base_dtype()) {
        return type_error("Input '" + arg.name + "' of '" + op_type + "' Op has type " + d.name() +
                          " that does not match expected type of " + arg.fixed->name() + ".");
      }
      if (arg.typed_t && !arg.fixed) {
        if (t_type && *t_type != d) {
          return type_error("Input '" + arg.name + "' of '" + op_type + "' Op has type " + d.name() +
                            " that does not match type " + t_type->name() + " of argument '" + t_owner + "'.");
        }
        if (!t_type) { t_type = d; t_owner = arg.name; }
      }
    } else {
      std::optional<DType> want = arg.fixed ? arg.fixed : (arg.typed_t ? t_type : std::nullopt);
      if (want) {
        Status ok = arg.value.value().check_convertible(*want);
        if (!ok.ok()) {
          const HostValue& v = arg.value.value();
          return type_error("Expected " + want->name() + " passed to parameter '" + arg.name + "' of op '" +
                            op_type + "', got " + v.repr() + " of type '" + v.type_name() +
                            "' instead. Error: " + ok.error().message);
        }
      }
      SCOPEPLAY_TRY(t, ops::convert_to_tensor(g, arg.value, arg.name, want));
      if (arg.typed_t && !arg.fixed && !t_type) {
        t_type = g.tensor_dtype(t).base_dtype();
        t_owner = arg.name;
      }
    }
    inputs.push_back(t);
  }
  std::string op_name = guard.scope().empty() ? op_type : guard.scope().substr(0, guard.scope().size() - 1);
  SCOPEPLAY_TRY(std::vector<OutputSpec> outputs, shape_fn(g, inputs, op_name, op_type));
  OpSpec spec;
  spec.type = std::move(op_type);
  spec.name = guard.scope();
  spec.inputs = std::move(inputs);
  spec.outputs = std::move(outputs);
  return g.create_op(std::move(spec));
}

}  // namespace scopeplay::scope::detail
