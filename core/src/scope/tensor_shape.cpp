#include "scope/tensor_shape.h"

namespace scopeplay::scope {

TensorShape TensorShape::of(std::initializer_list<std::int64_t> sizes) {
  std::vector<Dim> dims;
  for (auto s : sizes) dims.emplace_back(s);
  return TensorShape(std::move(dims));
}

TensorShape TensorShape::unknown_of_rank(std::size_t rank) {
  return TensorShape(std::vector<Dim>(rank, std::nullopt));
}

std::optional<std::size_t> TensorShape::rank() const {
  if (!dims_) return std::nullopt;
  return dims_->size();
}

const std::vector<Dim>& TensorShape::dims() const {
  static const std::vector<Dim> kNone;  // immutable; only for misuse
  return dims_ ? *dims_ : kNone;
}

bool TensorShape::is_fully_defined() const {
  if (!dims_) return false;
  for (const auto& d : *dims_) {
    if (!d) return false;
  }
  return true;
}

std::optional<std::int64_t> TensorShape::num_elements() const {
  if (!is_fully_defined()) return std::nullopt;
  std::int64_t n = 1;
  for (const auto& d : *dims_) n *= *d;
  return n;
}

std::string dim_str(const Dim& d) { return d ? std::to_string(*d) : "?"; }

std::string TensorShape::str() const {
  if (!dims_) return "<unknown>";
  if (dims_->size() == 1) return "(" + dim_str((*dims_)[0]) + ",)";
  std::string out = "(";
  for (std::size_t i = 0; i < dims_->size(); ++i) {
    if (i) out += ", ";
    out += dim_str((*dims_)[i]);
  }
  return out + ")";
}

std::string TensorShape::repr() const {
  if (!dims_) return "TensorShape(None)";
  std::string out = "TensorShape([";
  for (std::size_t i = 0; i < dims_->size(); ++i) {
    if (i) out += ", ";
    out += "Dimension(" + ((*dims_)[i] ? std::to_string(*(*dims_)[i]) : std::string("None")) + ")";
  }
  return out + "])";
}

std::string TensorShape::debug_string() const {
  if (!dims_) return "?";
  std::string out = "[";
  for (std::size_t i = 0; i < dims_->size(); ++i) {
    if (i) out += ",";
    out += dim_str((*dims_)[i]);
  }
  return out + "]";
}

bool TensorShape::is_compatible_with(const TensorShape& other) const {
  if (!dims_ || !other.dims_) return true;
  if (dims_->size() != other.dims_->size()) return false;
  for (std::size_t i = 0; i < dims_->size(); ++i) {
    const auto& a = (*dims_)[i];
    const auto& b = (*other.dims_)[i];
    if (a && b && *a != *b) return false;
  }
  return true;
}

Result<TensorShape> TensorShape::merge_with(const TensorShape& other) const {
  if (!dims_) return other;
  if (!other.dims_) return *this;
  if (!is_compatible_with(other)) {
    return value_error("Shapes " + str() + " and " + other.str() + " are not compatible");
  }
  std::vector<Dim> merged = *dims_;
  for (std::size_t i = 0; i < merged.size(); ++i) {
    if (!merged[i]) merged[i] = (*other.dims_)[i];
  }
  return TensorShape(std::move(merged));
}

Result<std::vector<Dim>> TensorShape::as_list() const {
  if (!dims_) return value_error("as_list() is not defined on an unknown TensorShape.");
  return *dims_;
}

}  // namespace scopeplay::scope
