// Test helper: runs a snippet through parse -> resolve -> evaluate on a
// fresh Interp, without the api layer, and returns stdout plus the error.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "runtime/eval.h"
#include "runtime/interp.h"
#include "runtime/modules.h"
#include "runtime/resolver.h"
#include "runtime/traceback.h"
#include "syntax/parser.h"

namespace scopeplay::runtime::testing {

struct Outcome {
  std::string out;
  std::string err;        // stderr text
  std::string error;      // "Type: message" of an uncaught exception / limit, or ""
  std::string formatted;  // full traceback text
  bool limit = false;
  std::uint64_t steps = 0;
};

inline Outcome run_py(const std::string& source, RunOptions options = {},
                      const std::function<void(Interp&)>& setup = nullptr) {
  Outcome o;
  options.filename = "test.py";
  auto in = std::make_unique<Interp>(options);
  char marker = 0;
  in->stack_base = reinterpret_cast<std::uintptr_t>(&marker);
  in->stack_budget = 6u << 20;
  auto file = std::make_unique<source::SourceFile>("test.py", source);
  syntax::ParseResult parsed = syntax::parse(*file);
  if (parsed.error) {
    o.error = parsed.error->type + ": " + parsed.error->message;
    return o;
  }
  CodeInfo* code = nullptr;
  if (auto err = resolve_module(*in, *parsed.module, *file, false, code)) {
    o.error = "SyntaxError: " + err->message;
    return o;
  }
  in->files.push_back(std::move(file));
  if (setup) setup(*in);
  try {
    Value main = new_module(*in, "__main__");
    in->depth = 1;
    run_module(*in, code, *parsed.module, main.as<Module>()->dict);
  } catch (PyError& e) {
    o.error = exception_summary(*in, e.exc);
    o.formatted = describe_exception(*in, e.exc).formatted;
  } catch (LimitError& e) {
    o.error = e.type + ": " + e.message;
    o.limit = true;
  }
  o.out = in->out;
  o.err = in->err;
  o.steps = in->steps;
  return o;
}

}  // namespace scopeplay::runtime::testing
