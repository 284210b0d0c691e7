// TensorFlow's DType, as far as names, printing and compatibility go.
//
// Snippets print dtypes (`<dtype: 'float32_ref'>`, `tf.int32`) and TF's error
// messages embed their names, so this mirrors framework/dtypes.py: a base type
// plus a "reference" flag (reference variables report `float32_ref`). No
// numeric storage is modelled; the emulator never computes values.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace scopeplay::scope {

enum class BaseType : std::uint8_t {
  Float16, BFloat16, Float32, Float64,
  Int8, Int16, Int32, Int64,
  UInt8, UInt16, UInt32, UInt64,
  Bool, String, Complex64, Complex128,
  QInt8, QUInt8, QInt16, QUInt16, QInt32,
  Resource, Variant,
};

class DType {
 public:
  constexpr DType() = default;
  constexpr explicit DType(BaseType base, bool ref = false) : base_(base), ref_(ref) {}

  static constexpr DType float32() { return DType(BaseType::Float32); }
  static constexpr DType float64() { return DType(BaseType::Float64); }
  static constexpr DType int32() { return DType(BaseType::Int32); }
  static constexpr DType int64() { return DType(BaseType::Int64); }
  static constexpr DType boolean() { return DType(BaseType::Bool); }
  static constexpr DType string() { return DType(BaseType::String); }

  // "float32", "int32_ref": DType.name.
  std::string name() const;
  // "<dtype: 'float32'>": str(dtype).
  std::string str() const;
  // "tf.float32": repr(dtype).
  std::string repr() const;

  BaseType base() const { return base_; }
  bool is_ref() const { return ref_; }
  DType base_dtype() const { return DType(base_); }
  DType as_ref() const { return DType(base_, true); }

  bool is_floating() const;
  bool is_integer() const;
  bool is_unsigned() const;
  bool is_bool() const { return base_ == BaseType::Bool; }
  bool is_complex() const;
  // DType.is_compatible_with: same base type, `other` may be the ref form.
  bool is_compatible_with(DType other) const;

  // Parses "float32", "float", "half", "int32_ref", ... (dtypes.as_dtype on strings).
  static std::optional<DType> from_name(std::string_view name);

  friend bool operator==(DType a, DType b) { return a.base_ == b.base_ && a.ref_ == b.ref_; }
  friend bool operator!=(DType a, DType b) { return !(a == b); }

 private:
  BaseType base_ = BaseType::Float32;
  bool ref_ = false;
};

}  // namespace scopeplay::scope
