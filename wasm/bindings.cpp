// The WebAssembly face of scopeplay: Embind functions over scopeplay::run().
//
// The result crosses the boundary as the same JSON text the CLI's --json
// prints (core's to_json), so the browser, Node and the CLI can never disagree
// and JavaScript never holds a C++ handle it would have to .delete(). No logic
// lives here: options arrive as plain numbers and strings, and run() never
// throws (errors travel inside the result).
#include <emscripten/bind.h>
#include <malloc.h>

#include <string>

#include "scopeplay/run.h"

namespace {

std::string run_json(const std::string& source, const std::string& filename,
                     const std::string& tf_version, double max_steps,
                     double max_output_bytes, double max_call_depth) {
  scopeplay::RunOptions options;
  options.filename = filename;
  options.tf_version = tf_version;
  if (max_steps > 0) options.max_steps = static_cast<std::uint64_t>(max_steps);
  if (max_output_bytes > 0) options.max_output_bytes = static_cast<std::uint64_t>(max_output_bytes);
  if (max_call_depth > 0) options.max_call_depth = static_cast<int>(max_call_depth);
  // The host frees the run (releaseRun) once it has passed the result on.
  options.defer_teardown = true;
  return scopeplay::to_json(scopeplay::run(source, options));
}

// scopeplay::provide(): a host hands over a resource the run asked for
// (RunResult::needs; the .wasm leaves the TF builders' Python out).
bool provide(const std::string& resource, const std::string& content) { return scopeplay::provide(resource, content); }

// Bytes of the heap in use (allocated and not freed): what the leak tests watch.
double heap_used_bytes() { return static_cast<double>(mallinfo().uordblks); }

}  // namespace

EMSCRIPTEN_BINDINGS(scopeplay) {
  emscripten::function("runJson", &run_json);
  emscripten::function("provide", &provide);
  emscripten::function("releaseRun", &scopeplay::release_run);
  emscripten::function("heapUsedBytes", &heap_used_bytes);
}
