// Runs a snippet through the interpreter with the TF bridge installed,
// without the api layer (the bridge test binary links the bridge only).
#pragma once

#include <memory>
#include <string>

#include "bridge/install.h"
#include "runtime/interp.h"
#include "runtime/modules.h"
#include "runtime/native.h"
#include "runtime/ops.h"
#include "runtime/traceback.h"
#include "scopeplay/run.h"

namespace scopeplay::bridge::testing {

struct Outcome {
  std::string out;
  std::string err;
  std::string error;  // "Type: message", empty when none
  RunResult extras;
};

inline Outcome run_tf(const std::string& source, const std::string& version = "1.15") {
  RunOptions options;
  options.filename = "snippet.py";
  options.tf_version = version;
  auto in = std::make_unique<runtime::Interp>(options);
  char marker = 0;
  in->stack_base = reinterpret_cast<std::uintptr_t>(&marker);
  in->stack_budget = 4u << 20;
  Outcome o;
  if (auto e = install(*in)) {
    o.error = "ValueError: " + *e;
    return o;
  }
  runtime::Value main = runtime::new_module(*in, "__main__");
  runtime::dict_set_str(*in, main.as<runtime::Module>()->dict, "__builtins__", runtime::import_module(*in, "builtins"));
  runtime::dict_set_str(*in, in->modules, "__main__", main);
  runtime::ModuleBuilder mb(*in, main);
  try {
    mb.run_python(source, options.filename, false);
  } catch (runtime::PyError& e) {
    RunError err = runtime::describe_exception(*in, e.exc);
    o.error = err.type + ": " + err.message;
  }
  export_results(*in);
  o.out = in->out;
  o.err = in->err;
  o.extras = std::move(in->extras);
  return o;
}

}  // namespace scopeplay::bridge::testing
