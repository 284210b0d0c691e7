// The TensorFlow bridge's entry points for the api layer.
//
// install() registers `tensorflow` (and its submodules) as a native module of
// one run, for the TF release RunOptions::tf_version names; export_results()
// copies what the TF engine recorded (variables, ops, naming events, scopes)
// into the run's RunResult after the snippet ends. The api layer calls both
// and knows nothing else about TensorFlow.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "runtime/interp.h"

namespace scopeplay::bridge {

// nullopt on success; otherwise the message for an unknown tf_version
// ("unsupported TensorFlow version '2.1' (supported: 1.15, 1.3)").
std::optional<std::string> install(runtime::Interp& in);

void export_results(runtime::Interp& in);

// scopeplay::provide() for the bridge's resources ("tf-builders").
bool provide(std::string_view resource, std::string_view content);

}  // namespace scopeplay::bridge
