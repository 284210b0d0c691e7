// scopeplay::run(): parse -> resolve -> evaluate, inside a fresh Interp.
//
// Native modules are installed here. The TensorFlow bridge, when it is part
// of the build, provides bridge/install.h: install() registers its modules
// through runtime/native.h before the snippet runs and export_results()
// copies what it recorded into Interp::extras afterwards; nothing else in the
// api layer knows about TensorFlow.
#include <memory>

#include "runtime/eval.h"
#include "runtime/interp.h"
#include "runtime/modules.h"
#include "runtime/resolver.h"
#include "runtime/traceback.h"
#include "scopeplay/run.h"
#include "syntax/parser.h"

#if __has_include("bridge/install.h")
#include "bridge/install.h"
#define SCOPEPLAY_HAS_BRIDGE 1
#endif

namespace scopeplay {
namespace {

// Native stack the evaluator may use before raising RecursionError. Deep
// Python recursion fails cleanly long before the real stack (8 MB natively,
// set to 8 MB for the WebAssembly build) would overflow.
#if defined(__EMSCRIPTEN__)
constexpr std::size_t kStackBudget = 5u << 20;
#elif defined(__SANITIZE_ADDRESS__)
constexpr std::size_t kStackBudget = 6u << 20;
#else
constexpr std::size_t kStackBudget = 6u << 20;
#endif

RunError syntax_error(const source::SourceFile& file, const syntax::SyntaxDiagnostic& d) {
  RunError e;
  e.type = d.type;
  e.message = d.message;
  e.line = d.span.line;
  e.column = d.span.column;
  e.end_line = d.span.end_line;
  e.end_column = d.span.end_column;
  e.formatted = syntax::format_syntax_error(file, d);
  TraceFrame f;
  f.filename = file.name();
  f.line = d.span.line;
  f.column = d.span.column;
  f.end_line = d.span.end_line;
  f.end_column = d.span.end_column;
  f.function = "<module>";
  std::string_view line = file.line_text(d.span.line);
  std::size_t b = line.find_first_not_of(" \t\f");
  std::size_t en = line.find_last_not_of(" \t\f\r\n");
  if (b != std::string_view::npos) f.source_line = std::string(line.substr(b, en - b + 1));
  e.traceback.push_back(std::move(f));
  return e;
}

void run_snippet(runtime::Interp& in, std::string_view source, RunResult& result) {
  auto file = std::make_unique<source::SourceFile>(in.options.filename, std::string(source));
  syntax::ParseOptions po;
  po.max_nesting = in.options.max_nesting;
  syntax::ParseResult parsed = syntax::parse(*file, po);
  if (parsed.error) {
    result.error = syntax_error(*file, *parsed.error);
    return;
  }
  runtime::CodeInfo* code = nullptr;
  if (auto err = runtime::resolve_module(in, *parsed.module, *file, false, code)) {
    syntax::SyntaxDiagnostic d;
    d.type = "SyntaxError";
    d.message = err->message;
    d.span = err->span;
    result.error = syntax_error(*file, d);
    return;
  }
  const source::SourceFile& f = *file;
  in.files.push_back(std::move(file));
  (void)f;
#ifdef SCOPEPLAY_HAS_BRIDGE
  if (auto err = bridge::install(in)) {
    RunError e;
    e.type = "ValueError";
    e.message = *err;
    e.formatted = e.type + ": " + e.message + "\n";
    result.error = std::move(e);
    return;
  }
#endif
  runtime::Value main = runtime::new_module(in, "__main__");
  runtime::Value globals = main.as<runtime::Module>()->dict;
  runtime::dict_set_str(in, globals, "__package__", runtime::Value::none());
  runtime::dict_set_str(in, globals, "__loader__", runtime::Value::none());
  runtime::dict_set_str(in, globals, "__spec__", runtime::Value::none());
  runtime::dict_set_str(in, globals, "__annotations__", runtime::make_dict(in));
  runtime::dict_set_str(in, globals, "__builtins__", runtime::import_module(in, "builtins"));
  runtime::dict_set_str(in, in.modules, "__main__", main);
  in.depth = 1;  // the module frame counts, as in CPython's recursion limit
  try {
    runtime::run_module(in, code, *parsed.module, globals);
  } catch (runtime::PyError& e) {
    if (runtime::exc_matches(in, e.exc, runtime::Exc::SystemExit)) {
      runtime::Value args = runtime::exc_data(e.exc).args;
      auto& items = args.as<runtime::Tuple>()->items;
      if (items.empty() || items[0].is_none() || (items[0].is_intlike() && items[0].as_int() == 0)) return;
      RunError err;
      err.type = "SystemExit";
      err.message = runtime::to_str(in, items[0]);
      if (!items[0].is_intlike()) err.formatted = err.message + "\n";
      result.error = std::move(err);
      return;
    }
    result.error = runtime::describe_exception(in, e.exc);
  } catch (runtime::LimitError& e) {
    // Here, while the snippet's syntax tree (which the frames point into) lives.
    result.error = runtime::describe_limit(in, e.type, e.message);
  }
}

// The interpreter of the last run made with RunOptions::defer_teardown.
thread_local std::unique_ptr<runtime::Interp> kept_interp;

}  // namespace

void release_run() { kept_interp.reset(); }

RunResult run(std::string_view source, const RunOptions& options) {
  release_run();
  RunResult result;
  auto in = std::make_unique<runtime::Interp>(options);
  char marker = 0;
  in->stack_base = reinterpret_cast<std::uintptr_t>(&marker);
  in->stack_budget = kStackBudget;
  try {
    run_snippet(*in, source, result);
  } catch (runtime::LimitError& e) {
    in->limit_frames.clear();  // outside the snippet's code (the embedded modules): no position
    result.error = runtime::describe_limit(*in, e.type, e.message);
  } catch (runtime::PyError& e) {
    result.error = runtime::describe_exception(*in, e.exc);
  } catch (std::bad_alloc&) {
    in->limit_frames.clear();  // the frames are gone: no position
    result.error = runtime::describe_limit(*in, "MemoryError", "scopeplay ran out of memory");
  }
#ifdef SCOPEPLAY_HAS_BRIDGE
  try {
    bridge::export_results(*in);
  } catch (...) {
    // Exporting is best effort: a run that already failed keeps its error.
  }
#endif
  result.stdout_text = std::move(in->out);
  result.stderr_text = std::move(in->err);
  result.output_truncated = in->output_truncated;
  result.steps = in->steps;
  result.variables = std::move(in->extras.variables);
  result.ops = std::move(in->extras.ops);
  result.scopes = std::move(in->extras.scopes);
  result.events = std::move(in->extras.events);
  result.needs = std::move(in->extras.needs);
  if (options.defer_teardown) kept_interp = std::move(in);
  return result;
}

bool provide(std::string_view resource, std::string_view content) {
#ifdef SCOPEPLAY_HAS_BRIDGE
  return bridge::provide(resource, content);
#else
  (void)resource;
  (void)content;
  return false;
#endif
}

}  // namespace scopeplay
