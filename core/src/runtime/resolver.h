// The resolver: Python's static scoping rules applied once, before running.
//
// It decides for every name whether it is a fast local (a slot in the
// frame), a cell (captured by an inner function), a free variable (captured
// from an enclosing function), a class-body name or a global, and writes the
// answer into ast::Name::scope/slot. Each def, lambda, class and
// comprehension gets a CodeInfo with its slot layout and parameter shape.
// Errors CPython's compiler reports (nonlocal without a binding, return
// outside a function...) come back as a SyntaxError message and span.
#pragma once

#include <optional>
#include <string>

#include "runtime/interp.h"
#include "source/source_file.h"
#include "syntax/ast.h"

namespace scopeplay::runtime {

struct ResolveError {
  std::string message;
  source::SourceSpan span;
};

// Resolves a whole module; its CodeInfos go into in.codes / in.code_of. The
// module's own CodeInfo is returned through `module_code`.
std::optional<ResolveError> resolve_module(Interp& in, ast::Module& module, const source::SourceFile& file,
                                           bool internal, CodeInfo*& module_code);

}  // namespace scopeplay::runtime
