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

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "runtime/interp.h"
#include "source/source_file.h"
#include "syntax/ast.h"

namespace scopeplay::runtime {

struct ResolveError {
  std::string message;
  source::SourceSpan span;
};

// What resolving one module produces: a CodeInfo per scope, and which AST
// node each belongs to.
struct ResolvedModule {
  std::vector<std::unique_ptr<CodeInfo>> codes;
  std::vector<std::pair<const void*, CodeInfo*>> code_of;
  CodeInfo* module_code = nullptr;
};

// Gives a global or class-body name its ast::Name::slot (see Interp::names).
using NameIndexer = std::function<int(const std::string&)>;

// Resolves a whole module into `out`. Nothing here depends on an
// interpreter, so a module resolved with Interp::shared_name_index can be
// run by every interpreter of the process (see adopt_shared).
std::optional<ResolveError> resolve_module(ast::Module& module, const source::SourceFile& file, bool internal,
                                           const NameIndexer& name_index, ResolvedModule& out);

// Makes a shared module's CodeInfos known to `in` (they stay owned by `shared`).
void adopt_shared(Interp& in, const ResolvedModule& shared);

// Resolves a module for `in` alone; its CodeInfos go into in.codes /
// in.code_of. The module's own CodeInfo is returned through `module_code`.
std::optional<ResolveError> resolve_module(Interp& in, ast::Module& module, const source::SourceFile& file,
                                           bool internal, CodeInfo*& module_code);

}  // namespace scopeplay::runtime
