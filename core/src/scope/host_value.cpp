#include "scope/host_value.h"

#include <cstdio>

namespace scopeplay::scope {

std::string HostValue::repr() const {
  if (is_none()) return "None";
  if (is_bool()) return b_ ? "True" : "False";
  if (is_int()) return std::to_string(as_int());
  if (is_float()) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", as_float());
    std::string s(buf);
    // Shortest round-trip like Python's repr.
    for (int prec = 1; prec <= 17; ++prec) {
      std::snprintf(buf, sizeof buf, "%.*g", prec, as_float());
      if (std::stod(buf) == as_float()) { s = buf; break; }
    }
    if (s.find_first_of(".eni") == std::string::npos) s += ".0";
    return s;
  }
  if (is_string()) return "'" + s_ + "'";
  if (is_array()) return "array(shape=" + as_array().shape.str() + ", dtype=" + as_array().dtype.name() + ")";
  std::string out = "[";
  const auto& l = as_list();
  for (std::size_t i = 0; i < l.size(); ++i) {
    if (i) out += ", ";
    out += l[i].repr();
  }
  return out + "]";
}

std::string HostValue::type_name() const {
  if (is_none()) return "NoneType";
  if (is_bool()) return "bool";
  if (is_int()) return "int";
  if (is_float()) return "float";
  if (is_string()) return "str";
  if (is_array()) return "ndarray";
  return "list";
}

Result<TensorShape> HostValue::shape() const {
  if (is_array()) return as_array().shape;
  if (!is_list()) return TensorShape::scalar();
  const auto& l = as_list();
  std::vector<Dim> dims{static_cast<std::int64_t>(l.size())};
  if (l.empty()) return TensorShape(dims);
  SCOPEPLAY_TRY(TensorShape first, l[0].shape());
  for (std::size_t i = 1; i < l.size(); ++i) {
    SCOPEPLAY_TRY(TensorShape s, l[i].shape());
    if (!(s == first)) {
      return value_error("Can't convert non-rectangular Python sequence to Tensor.");
    }
  }
  for (const auto& d : first.dims()) dims.push_back(d);
  return TensorShape(std::move(dims));
}

Result<DType> HostValue::inferred_dtype() const {
  if (is_bool()) return DType::boolean();
  if (is_int()) {
    std::int64_t v = as_int();
    if (v > 2147483647LL || v < -2147483648LL) return DType::int64();
    return DType::int32();
  }
  if (is_float()) return DType::float32();
  if (is_string()) return DType::string();
  if (is_array()) return as_array().dtype;
  if (is_none()) {
    return value_error("None values not supported.");
  }
  const auto& l = as_list();
  if (l.empty()) return DType::float32();
  // numpy-like promotion restricted to what snippets write.
  bool any_float = false, any_int64 = false, any_int = false, any_bool = false, any_str = false;
  for (const auto& item : l) {
    SCOPEPLAY_TRY(DType d, item.inferred_dtype());
    if (d.is_floating()) any_float = true;
    else if (d == DType::int64()) any_int64 = true;
    else if (d.is_integer()) any_int = true;
    else if (d.is_bool()) any_bool = true;
    else if (d == DType::string()) any_str = true;
  }
  if (any_str) return DType::string();
  if (any_float) return DType::float32();
  if (any_int64) return DType::int64();
  if (any_int) return DType::int32();
  if (any_bool) return DType::boolean();
  return DType::float32();
}

Status HostValue::check_convertible(DType dtype) const {
  DType d = dtype.base_dtype();
  if (is_list()) {
    for (const auto& item : as_list()) SCOPEPLAY_CHECK(item.check_convertible(d));
    return Ok{};
  }
  if (is_array() || is_none()) return Ok{};
  auto bad = [&]() {
    return type_error("Expected " + d.name() + ", got " + repr() + " of type '" + type_name() +
                      "' instead.");
  };
  if (is_string()) return d == DType::string() ? Status(Ok{}) : Status(bad());
  if (d == DType::string()) return bad();
  if (is_float() && (d.is_integer() || d.is_bool())) return bad();
  if (is_int() && d.is_bool()) return bad();
  return Ok{};
}

std::optional<std::vector<Dim>> HostValue::as_shape_dims() const {
  if (is_int()) return std::vector<Dim>{as_int()};
  if (is_array()) return std::nullopt;
  if (!is_list()) return std::nullopt;
  std::vector<Dim> dims;
  for (const auto& item : as_list()) {
    if (item.is_int()) dims.emplace_back(item.as_int());
    else if (item.is_none()) dims.emplace_back(std::nullopt);
    else return std::nullopt;
  }
  return dims;
}

}  // namespace scopeplay::scope
