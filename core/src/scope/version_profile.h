// What differs between the TensorFlow releases scopeplay imitates.
//
// Behaviour changes between releases are data, not `if (version == ...)`
// scattered through the engine: each profile is one table row, and the code
// asks the row ("are names case-insensitive?", "which message?"). Adding a
// release (or the TF2 eager mode, whose switches are already listed) means
// adding a row. Message templates keep TF's own wording with `%s` holes.
#pragma once

#include <string_view>

namespace scopeplay::scope {

struct VersionProfile {
  std::string_view version;  // "1.15", "1.3"

  // Graph.unique_name lower-cases its keys since TF 1.9.
  bool case_insensitive_names;
  // tf.AUTO_REUSE exists since TF 1.4.
  bool has_auto_reuse;
  // variable_scope(auxiliary_name_scope=...) exists since TF 1.5.
  bool has_auxiliary_name_scope;
  // _pure_variable_scope.__exit__ checks nesting since TF 1.14.
  bool checks_variable_scope_nesting;
  // name_scope(default_name=<non-str>) raises TypeError since TF 1.14.
  bool checks_default_name_type;
  // TF <= 1.11 rejects new variables without a fully defined shape.
  bool new_variable_needs_full_shape;
  // Frames kept after "Originally defined at:" (3 in 1.3, 5 later).
  int originally_defined_frames;
  // Op type of the `+` operator on non-strings ("AddV2" since 1.14, "Add" before).
  std::string_view add_operator_op_type;
  // tf.zeros/ones build a Const below this many elements, else Fill; -1: always Const (<= 1.12).
  long zeros_const_limit;
  // tf.matmul on inputs of unknown or >2 rank emits BatchMatMulV2 (1.14+).
  bool matmul_uses_batch_v2;
  // TF2 eager mode (reserved: no profile sets it yet). Name scopes would not be
  // uniquified and tensors would have no names (SEMANTICS §11).
  bool eager;

  // _VariableStore._get_single_variable messages.
  std::string_view msg_already_exists;    // %s = full name
  std::string_view msg_does_not_exist;    // %s = full name
  std::string_view msg_share_shape;       // name, specified, found
  std::string_view msg_share_dtype;       // name, specified, found
  std::string_view msg_new_shape_undefined;  // name, shape (old releases)
  std::string_view msg_invalid_initializer;  // newer releases
};

// The profile for "1.15" (default) or "1.3"; nullptr for an unknown version.
const VersionProfile* find_profile(std::string_view version);
const VersionProfile& default_profile();

}  // namespace scopeplay::scope
