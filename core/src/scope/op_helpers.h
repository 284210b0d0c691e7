// Internals shared by the op library files: _apply_op_helper and shape rules.
//
// apply_op mirrors op_def_library._apply_op_helper: open name_scope(name or
// op type), convert Python operands under the op-def input names (so the
// `y` of Add becomes `Add/y`), check that inputs sharing a type attribute
// agree, run the static shape function with the op's final name (TF's shape
// errors quote it), then create the op named after the scope.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "scope/ops.h"

namespace scopeplay::scope::detail {

struct InputArg {
  InputArg(std::string n, Operand v, bool typed = true, std::optional<DType> fixed_type = std::nullopt)
      : name(std::move(n)), value(std::move(v)), typed_t(typed), fixed(fixed_type) {}
  std::string name;            // op-def input name ("x", "y", "shape", "axis")
  Operand value;
  bool typed_t = true;         // shares the op's "T" type attribute
  std::optional<DType> fixed;  // a fixed input type (int32 shapes/axes)
};

using ShapeFn = std::function<Result<std::vector<OutputSpec>>(
    Graph& g, const std::vector<TensorRef>& inputs, const std::string& op_name, const std::string& op_type)>;

Result<OpId> apply_op(Graph& g, std::string op_type, const OptName& name, std::vector<InputArg> args,
                      const ShapeFn& shape_fn);

// Shape functions.
Result<std::vector<OutputSpec>> same_as_first(Graph& g, const std::vector<TensorRef>& in, const std::string&,
                                              const std::string&);
Result<TensorShape> broadcast_shapes(const TensorShape& a, const TensorShape& b, const std::string& op_name,
                                     const std::string& op_type);
std::string shape_error_suffix(Graph& g, const std::string& op_name, const std::string& op_type,
                               const std::vector<TensorRef>& inputs);
// tensor_util.constant_value for Const ops (nullopt otherwise).
std::optional<HostValue> constant_value(const Graph& g, TensorRef t);
// A shape argument given as Python data or a Const tensor -> dims.
std::optional<std::vector<Dim>> static_dims(const Graph& g, const Operand& shape);

}  // namespace scopeplay::scope::detail
