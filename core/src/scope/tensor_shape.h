// TensorShape with TF1's printing and compatibility rules.
//
// Shapes are how users see tensors (`shape=(?, 3)`), and variable sharing
// compares them (`Trying to share variable ... specified shape (3, 2) and
// found shape (2, 3).`). This follows framework/tensor_shape.py in V1
// behaviour: a dimension is a known size or unknown (`?`), a shape is a list of
// dimensions or of unknown rank (`<unknown>`). Errors come back as values.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "scope/result.h"

namespace scopeplay::scope {

using Dim = std::optional<std::int64_t>;  // nullopt = Dimension(None)

class TensorShape {
 public:
  TensorShape() = default;  // unknown rank
  explicit TensorShape(std::vector<Dim> dims) : dims_(std::move(dims)) {}

  static TensorShape unknown() { return TensorShape(); }
  static TensorShape scalar() { return TensorShape(std::vector<Dim>{}); }
  static TensorShape of(std::initializer_list<std::int64_t> sizes);
  static TensorShape unknown_of_rank(std::size_t rank);

  bool has_rank() const { return dims_.has_value(); }
  std::optional<std::size_t> rank() const;
  const std::vector<Dim>& dims() const;  // requires has_rank()
  bool is_fully_defined() const;
  std::optional<std::int64_t> num_elements() const;

  // str(shape): "(?, 3)", "(5,)", "()", "<unknown>".
  std::string str() const;
  // repr(shape): "TensorShape([Dimension(None), Dimension(3)])".
  std::string repr() const;
  // The C++ shape-inference form used in op errors: "[?,3]", "?".
  std::string debug_string() const;

  bool is_compatible_with(const TensorShape& other) const;
  // "Shapes (2,) and (3,) are not compatible"
  Result<TensorShape> merge_with(const TensorShape& other) const;
  // "as_list() is not defined on an unknown TensorShape."
  Result<std::vector<Dim>> as_list() const;

  friend bool operator==(const TensorShape& a, const TensorShape& b) { return a.dims_ == b.dims_; }

 private:
  std::optional<std::vector<Dim>> dims_;
};

std::string dim_str(const Dim& d);  // "?" or the number

}  // namespace scopeplay::scope
