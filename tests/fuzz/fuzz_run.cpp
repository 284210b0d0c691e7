// libFuzzer harness over scopeplay's whole run path: the fuzz input is the
// snippet's source, so every input goes through the lexer, the parser, the
// post-parse checks, the evaluator and the TensorFlow layer, and the result is
// serialised with to_json() (the shape the WebAssembly host sends to the page).
//
// The limits are the product's (RunOptions) but small, so one input runs in a
// few milliseconds; a crash, a sanitizer report, a leak or a timeout is a bug.
// An input that says "# tf: 1.3" (the golden tests' header) runs under the
// TensorFlow 1.3 profile.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "scopeplay/run.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view source(reinterpret_cast<const char*>(data), size);
  scopeplay::RunOptions options;
  options.filename = "fuzz.py";
  if (source.find("# tf: 1.3") != std::string_view::npos) options.tf_version = "1.3";
  options.max_steps = 100'000;
  options.max_memory_bytes = 32ull << 20;
  options.max_output_bytes = 64ull << 10;
  scopeplay::RunResult result = scopeplay::run(source, options);
  std::string json = scopeplay::to_json(result);
  // A run always reports something coherent: an error has a type, and the
  // JSON is an object.
  if (result.error && result.error->type.empty()) __builtin_trap();
  if (json.empty() || json.front() != '{' || json.back() != '}') __builtin_trap();
  return 0;
}
