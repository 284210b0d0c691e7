// scopeplay's public API: one call runs a snippet and returns everything a host
// (the CLI, the WebAssembly bindings, the tests) needs to show the user.
//
// The core never prints and keeps no state between runs (only what provide()
// was given, and the embedded Python it parses once per process): each run()
// builds a fresh interpreter, so two runs (or two threads) never see each
// other. Hosts only
// format what comes back; positions are 1-based, columns count bytes of the
// UTF-8 source (hosts convert to UTF-16 for editors).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scopeplay {

struct RunOptions {
  std::string filename = "<stdin>";   // shown in tracebacks: File "NAME", line N
  std::string tf_version = "1.15";    // TensorFlow profile ("1.15", "1.3")
  std::uint64_t max_steps = 10'000'000;          // evaluation steps; uncatchable when exhausted
  int max_call_depth = 1000;                     // RecursionError beyond this
  std::uint64_t max_memory_bytes = 256ull << 20; // MemoryError beyond this
  std::uint64_t max_output_bytes = 1ull << 20;   // stdout + stderr; truncated beyond this
  int max_nesting = 200;                         // parser nesting (brackets, blocks)
  // Keep the run's interpreter (its objects, the TF graph) after run() returns,
  // until release_run() or the next run() on this thread frees it: a host that
  // shows the result first can free the run's memory after that (freeing is a
  // tenth of a TF snippet's run).
  bool defer_teardown = false;
};

// One frame of a traceback, outermost first (as CPython prints them).
struct TraceFrame {
  std::string filename;
  int line = 0;
  int column = 0;       // 1-based start of the failing expression, 0 if unknown
  int end_line = 0;
  int end_column = 0;   // exclusive
  std::string function; // "<module>" at top level
  std::string source_line;  // stripped source text of that line
};

// An uncaught exception (or a syntax error, or an exhausted limit).
struct RunError {
  std::string type;     // "NameError", "SyntaxError", "ValueError", ...
  std::string message;  // text after "Type: " on the last traceback line
  int line = 0;         // where the error is reported (innermost frame in the snippet)
  int column = 0;
  int end_line = 0;
  int end_column = 0;
  std::vector<TraceFrame> traceback;
  std::string formatted;  // the full traceback text, exactly as the CLI prints it
  bool limit = false;     // true when a run limit (steps, memory, output) ended the run
};

// Structured data the TensorFlow layer reports; empty for plain Python.
struct ScopeStackEntry {
  std::string name_scope;
  std::string variable_scope;
};

struct NamingEvent {
  int line = 0;
  int column = 0;
  std::string kind;      // "op", "variable", "name_scope", "variable_scope", ...
  std::string requested; // the name the user (or TF's default) asked for
  std::string result;    // the final name
  std::string reason;    // why it came out that way, one sentence
};

struct VariableInfo {
  std::string name;       // "outer/w:0"
  std::string shape;      // "(2, 3)"
  std::string dtype;      // "float32_ref"
  bool trainable = true;
  std::string created_by; // "tf.Variable" or "tf.get_variable"
  int line = 0;
  bool reused = false;
  std::string name_scope;
  std::string variable_scope;
};

struct OpInfo {
  std::string name;  // "V1_1/add"
  std::string type;  // "AddV2"
  int line = 0;
};

struct RunResult {
  std::string stdout_text;
  std::string stderr_text;
  std::optional<RunError> error;
  bool output_truncated = false;
  std::uint64_t steps = 0;
  std::vector<VariableInfo> variables;
  std::vector<OpInfo> ops;
  std::vector<std::string> scopes;  // name scopes opened, in order
  std::vector<NamingEvent> events;
  // A resource this engine was built without and the run needed (see
  // provide()): "tf-builders", or empty. The run stopped with an ImportError;
  // once the host has provided the resource, the same run succeeds.
  std::string needs;
};

RunResult run(std::string_view source, const RunOptions& options = {});

// Frees what a run with RunOptions::defer_teardown kept; nothing otherwise.
void release_run();

// Parts of the engine a build may leave out of its binary, for a host to
// provide from a file the same build wrote. The WebAssembly build leaves out
// "tf-builders", the Python of tf.layers, Keras, RNN cells, optimizers and
// tf.gradients (scopeplay-tf-builders.txt): a run that reaches for one of
// those stops with RunResult::needs == "tf-builders". provide() keeps the
// content for every later run in the process (the only state runs share);
// it is false, and changes nothing, for an unknown resource or content that
// is not the file written for this engine. Natively everything is built in
// and provide() is never needed.
bool provide(std::string_view resource, std::string_view content);

// The RunResult as a JSON object (the CLI's --json and the wasm bindings' shape).
std::string to_json(const RunResult& result);

}  // namespace scopeplay
