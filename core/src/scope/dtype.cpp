#include "scope/dtype.h"

#include <array>
#include <utility>

namespace scopeplay::scope {
namespace {

constexpr std::array<std::pair<BaseType, std::string_view>, 23> kNames{{
    {BaseType::Float16, "float16"}, {BaseType::BFloat16, "bfloat16"},
    {BaseType::Float32, "float32"}, {BaseType::Float64, "float64"},
    {BaseType::Int8, "int8"}, {BaseType::Int16, "int16"},
    {BaseType::Int32, "int32"}, {BaseType::Int64, "int64"},
    {BaseType::UInt8, "uint8"}, {BaseType::UInt16, "uint16"},
    {BaseType::UInt32, "uint32"}, {BaseType::UInt64, "uint64"},
    {BaseType::Bool, "bool"}, {BaseType::String, "string"},
    {BaseType::Complex64, "complex64"}, {BaseType::Complex128, "complex128"},
    {BaseType::QInt8, "qint8"}, {BaseType::QUInt8, "quint8"},
    {BaseType::QInt16, "qint16"}, {BaseType::QUInt16, "quint16"},
    {BaseType::QInt32, "qint32"}, {BaseType::Resource, "resource"},
    {BaseType::Variant, "variant"},
}};

std::string_view base_name(BaseType base) {
  for (const auto& [b, n] : kNames) {
    if (b == base) return n;
  }
  return "invalid";
}

}  // namespace

std::string DType::name() const {
  std::string out(base_name(base_));
  if (ref_) out += "_ref";
  return out;
}

std::string DType::str() const { return "<dtype: '" + name() + "'>"; }
std::string DType::repr() const { return "tf." + name(); }

bool DType::is_floating() const {
  switch (base_) {
    case BaseType::Float16: case BaseType::BFloat16:
    case BaseType::Float32: case BaseType::Float64: return true;
    default: return false;
  }
}

bool DType::is_integer() const {
  switch (base_) {
    case BaseType::Int8: case BaseType::Int16: case BaseType::Int32: case BaseType::Int64:
    case BaseType::UInt8: case BaseType::UInt16: case BaseType::UInt32: case BaseType::UInt64:
      return true;
    default: return false;
  }
}

bool DType::is_unsigned() const {
  switch (base_) {
    case BaseType::UInt8: case BaseType::UInt16: case BaseType::UInt32: case BaseType::UInt64:
      return true;
    default: return false;
  }
}

bool DType::is_complex() const {
  return base_ == BaseType::Complex64 || base_ == BaseType::Complex128;
}

bool DType::is_compatible_with(DType other) const {
  // self._type_enum in (other.as_datatype_enum, other.base_dtype.as_datatype_enum)
  return *this == other || *this == other.base_dtype();
}

std::optional<DType> DType::from_name(std::string_view name) {
  bool ref = false;
  constexpr std::string_view kRef = "_ref";
  if (name.size() > kRef.size() && name.substr(name.size() - kRef.size()) == kRef) {
    ref = true;
    name.remove_suffix(kRef.size());
  }
  if (name == "float" ) return DType(BaseType::Float32, ref);
  if (name == "half") return DType(BaseType::Float16, ref);
  if (name == "double") return DType(BaseType::Float64, ref);
  for (const auto& [b, n] : kNames) {
    if (n == name) return DType(b, ref);
  }
  return std::nullopt;
}

}  // namespace scopeplay::scope
