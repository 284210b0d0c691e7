#include "scope/version_profile.h"

#include <array>

namespace scopeplay::scope {
namespace {

constexpr std::string_view kShareShape =
    "Trying to share variable %s, but specified shape %s and found shape %s.";
constexpr std::string_view kShareDtype =
    "Trying to share variable %s, but specified dtype %s and found dtype %s.";
constexpr std::string_view kNewShape =
    "Shape of a new variable (%s) must be fully defined, but instead was %s.";
constexpr std::string_view kInvalidInit =
    "The initializer passed is not valid. It should be a callable with no "
    "arguments and the shape should not be provided or an instance of "
    "`tf.keras.initializers.*' and `shape` should be fully defined.";

constexpr std::array<VersionProfile, 2> kProfiles{{
    {
        .version = "1.15",
        .case_insensitive_names = true,
        .has_auto_reuse = true,
        .has_auxiliary_name_scope = true,
        .checks_variable_scope_nesting = true,
        .checks_default_name_type = true,
        .new_variable_needs_full_shape = false,
        .originally_defined_frames = 5,
        .add_operator_op_type = "AddV2",
        .zeros_const_limit = 1000,
        .matmul_uses_batch_v2 = true,
        .eager = false,
        .msg_already_exists =
            "Variable %s already exists, disallowed. Did you mean to set "
            "reuse=True or reuse=tf.AUTO_REUSE in VarScope?",
        .msg_does_not_exist =
            "Variable %s does not exist, or was not created with "
            "tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?",
        .msg_share_shape = kShareShape,
        .msg_share_dtype = kShareDtype,
        .msg_new_shape_undefined = kNewShape,
        .msg_invalid_initializer = kInvalidInit,
    },
    {
        .version = "1.3",
        .case_insensitive_names = false,
        .has_auto_reuse = false,
        .has_auxiliary_name_scope = false,
        .checks_variable_scope_nesting = false,
        .checks_default_name_type = false,
        .new_variable_needs_full_shape = true,
        .originally_defined_frames = 3,
        .add_operator_op_type = "Add",
        .zeros_const_limit = -1,
        .matmul_uses_batch_v2 = false,
        .eager = false,
        .msg_already_exists =
            "Variable %s already exists, disallowed. Did you mean to set "
            "reuse=True in VarScope?",
        .msg_does_not_exist =
            "Variable %s does not exist, or was not created with "
            "tf.get_variable(). Did you mean to set reuse=None in VarScope?",
        .msg_share_shape = kShareShape,
        .msg_share_dtype = kShareDtype,
        .msg_new_shape_undefined = kNewShape,
        .msg_invalid_initializer = kInvalidInit,
    },
}};

}  // namespace

const VersionProfile* find_profile(std::string_view version) {
  for (const auto& p : kProfiles) {
    if (p.version == version) return &p;
  }
  return nullptr;
}

const VersionProfile& default_profile() { return kProfiles[0]; }

}  // namespace scopeplay::scope
