// State and control ops: Assign, NoOp, group, variables_initializer.
#include "scope/op_helpers.h"

namespace scopeplay::scope::ops {

using detail::apply_op;
using detail::InputArg;

Result<OpId> no_op(Graph& g, OptName name) {
  return apply_op(g, "NoOp", name, {}, [](Graph&, const auto&, const auto&, const auto&)
                                           -> Result<std::vector<OutputSpec>> { return std::vector<OutputSpec>{}; });
}

Result<OpId> group(Graph& g, const std::vector<OpId>& deps, OptName name) {
  if (deps.empty()) return no_op(g, name);
  SCOPEPLAY_TRY(NameScopeToken tok, g.enter_name_scope_v1_internal(name, "group_deps", true));
  NameScopeGuard guard(g, tok);
  return no_op(g, guard.scope());
}

Result<OpId> variables_initializer(Graph& g, const std::vector<VariableId>& vars, std::string name) {
  std::vector<OpId> deps;
  for (VariableId v : vars) deps.push_back(g.variable(v).initializer_op);
  if (deps.empty()) return no_op(g, name);
  return group(g, deps, name);
}

Result<OpId> global_variables_initializer(Graph& g) {
  SCOPEPLAY_TRY(auto items, g.get_collection(graph_keys::kGlobalVariables));
  std::vector<VariableId> vars;
  for (const auto& item : items) {
    if (item.kind == CollectionItemKind::Variable) vars.push_back(static_cast<VariableId>(item.id));
  }
  return variables_initializer(g, vars, "init");
}

Result<TensorRef> assign(Graph& g, TensorRef ref, const Operand& value, OptName name, bool validate_shape) {
  auto fn = [&](Graph& gr, const std::vector<TensorRef>& in, const std::string& op_name,
                const std::string& op_type) -> Result<std::vector<OutputSpec>> {
    const TensorShape& rs = gr.tensor_shape(in[0]);
    const TensorShape& vs = gr.tensor_shape(in[1]);
    TensorShape s = rs;
    if (validate_shape) {
      if (!rs.is_compatible_with(vs)) {
        if (rs.has_rank() && vs.has_rank() && rs.dims().size() != vs.dims().size()) {
          return value_error("Shapes must be equal rank, but are " + std::to_string(rs.dims().size()) + " and " +
                             std::to_string(vs.dims().size()) + detail::shape_error_suffix(gr, op_name, op_type, in));
        }
        std::size_t k = 0;
        while (k < rs.dims().size() && (!rs.dims()[k] || !vs.dims()[k] || *rs.dims()[k] == *vs.dims()[k])) ++k;
        return value_error("Dimension " + std::to_string(k) + " in both shapes must be equal, but are " +
                           dim_str(rs.dims()[k]) + " and " + dim_str(vs.dims()[k]) + ". Shapes are " +
                           rs.debug_string() + " and " + vs.debug_string() + "." +
                           detail::shape_error_suffix(gr, op_name, op_type, in));
      }
      auto merged = rs.merge_with(vs);
      if (merged.ok()) s = *merged;
    } else {
      s = vs;
    }
    return std::vector<OutputSpec>{{gr.tensor_dtype(in[0]).base_dtype().as_ref(), s}};
  };
  SCOPEPLAY_TRY(OpId id, apply_op(g, "Assign", name, {InputArg{"ref", ref}, InputArg{"value", value}}, fn));
  return TensorRef{id, 0};
}

}  // namespace scopeplay::scope::ops
