// Python values that become constants (`tf.constant([[1, 2], [3, 4]])`).
//
// Many TF calls accept plain Python data where a tensor is expected and
// convert it with `convert_to_tensor`, which creates a `Const` op whose name
// and shape the user then sees (`Add/y`, `shape=(2, 2)`). The bridge passes
// such data as a HostValue: scalars, nested lists, or an already-shaped array
// (numpy) described only by dtype and shape. Shape and dtype inference follow
// numpy/TF conversion (ints -> int32, floats -> float32, mixed -> float32).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "scope/dtype.h"
#include "scope/result.h"
#include "scope/tensor_shape.h"

namespace scopeplay::scope {

struct HostArray {  // a numpy array: only dtype and shape matter here
  DType dtype;
  TensorShape shape;
};

class HostValue {
 public:
  using List = std::vector<HostValue>;
  enum class Kind { None, Bool, Int, Float, String, List, Array };

  HostValue() = default;  // None
  HostValue(bool b) : kind_(Kind::Bool), b_(b) {}                          // NOLINT
  HostValue(int i) : kind_(Kind::Int), i_(i) {}                            // NOLINT
  HostValue(std::int64_t i) : kind_(Kind::Int), i_(i) {}                   // NOLINT
  HostValue(double d) : kind_(Kind::Float), d_(d) {}                       // NOLINT
  HostValue(std::string s) : kind_(Kind::String), s_(std::move(s)) {}     // NOLINT
  HostValue(const char* s) : kind_(Kind::String), s_(s) {}                // NOLINT
  HostValue(List l) : kind_(Kind::List), list_(std::make_shared<const List>(std::move(l))) {}  // NOLINT
  HostValue(HostArray a) : kind_(Kind::Array), array_(std::make_shared<const HostArray>(std::move(a))) {}  // NOLINT

  static HostValue list(std::initializer_list<HostValue> items) { return HostValue(List(items)); }

  Kind kind() const { return kind_; }
  bool is_none() const { return kind_ == Kind::None; }
  bool is_bool() const { return kind_ == Kind::Bool; }
  bool is_int() const { return kind_ == Kind::Int; }
  bool is_float() const { return kind_ == Kind::Float; }
  bool is_string() const { return kind_ == Kind::String; }
  bool is_list() const { return kind_ == Kind::List; }
  bool is_array() const { return kind_ == Kind::Array; }

  bool as_bool() const { return b_; }
  std::int64_t as_int() const { return i_; }
  double as_float() const { return d_; }
  const std::string& as_string() const { return s_; }
  const List& as_list() const { return *list_; }
  const HostArray& as_array() const { return *array_; }

  // Python repr, used in error messages ("2.5", "[1, 2]", "'a'").
  std::string repr() const;
  // Python type name ("float", "list", ...).
  std::string type_name() const;

  // np.array(value).shape; ragged lists fail like TF ("Can't convert...").
  Result<TensorShape> shape() const;
  // The dtype convert_to_tensor picks without a dtype argument.
  Result<DType> inferred_dtype() const;
  // Whether the value can be converted to `dtype` (TF rejects 2.5 -> int32
  // with "Expected int32, got 2.5 of type 'float' instead.").
  Status check_convertible(DType dtype) const;

  // For shape arguments: [2, 3] / (2, None) / 5 -> dims. nullopt if not a shape.
  std::optional<std::vector<Dim>> as_shape_dims() const;

 private:
  Kind kind_ = Kind::None;
  bool b_ = false;
  std::int64_t i_ = 0;
  double d_ = 0.0;
  std::string s_;
  std::shared_ptr<const List> list_;
  std::shared_ptr<const HostArray> array_;
};

}  // namespace scopeplay::scope
