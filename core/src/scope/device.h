// Device strings as tf.device() records them on ops (framework/device_spec.py).
//
// Snippets print `op.device`, and TF never shows the string the user typed:
// `tf.device("/cpu:0")` yields "/device:CPU:0", and nested device scopes
// merge field by field (the inner job/replica/task/device win, the rest is
// inherited; `tf.device(None)` clears). Placement itself is not modelled.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "scope/result.h"

namespace scopeplay::scope {

// The device of ops created inside `with tf.device(inner)` when the enclosing
// scopes give `outer` (already canonical). nullopt inner = tf.device(None).
// Invalid specs fail like DeviceSpec.from_string ("Unknown attribute: ...").
Result<std::string> merge_device(std::string_view outer, std::optional<std::string_view> inner);

}  // namespace scopeplay::scope
