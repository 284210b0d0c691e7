// CPython 3.11 traceback text for uncaught exceptions: frames outermost
// first with the source line, the ~~~^^^ position markers where CPython
// prints them, "[Previous line repeated N more times]" for recursion,
// chained exceptions (cause / context), and the "Did you mean" suggestions
// CPython adds to NameError and AttributeError.
#pragma once

#include <string>
#include <vector>

#include "runtime/interp.h"
#include "scopeplay/run.h"

namespace scopeplay::runtime {

// The RunError for an exception that reached the top level.
RunError describe_exception(Interp& in, const Value& exc);

// The RunError for a run a limit stopped (steps, output): a traceback of the
// snippet's frames at that moment (Interp::limit_frames), no carets (nothing
// failed), positioned at the statement being executed, then "Type: message".
RunError describe_limit(Interp& in, const std::string& type, const std::string& message);

// CPython's suggestion for a misspelt name, or "" (Levenshtein with case
// cost 1 and move cost 2, as in Python/suggestions.c).
std::string suggest_name(const std::vector<std::string>& candidates, const std::string& wrong);

// The caret line under `line` for a failing expression, or "" when CPython
// would print none. Columns are 1-based byte columns (end exclusive).
std::string caret_line(const std::string& line, const ast::Expr* expr);

// The last traceback line: "Type: message" (+ suggestion).
std::string exception_summary(Interp& in, const Value& exc);

}  // namespace scopeplay::runtime
