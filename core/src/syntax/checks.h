// Checks CPython makes outside its parser, run by parse() in the same order:
// the source encoding before tokenizing, then, on the finished tree, what
// CPython's symtable reports (duplicate arguments, global/nonlocal misuse)
// and then what its compiler reports ('return' outside function, 'break'
// outside loop, repeated keyword arguments, misplaced starred expressions).
// A separate pass keeps the parser a pure grammar and keeps CPython's
// priority: any syntax error wins over these.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "source/source_file.h"
#include "syntax/ast.h"
#include "syntax/parser.h"

namespace scopeplay::syntax {

// Offset of the first byte that is not valid UTF-8, or npos.
std::size_t check_utf8(std::string_view text);
// CPython's error for a file that is not UTF-8 (it prints no source line).
SyntaxDiagnostic utf8_error(const source::SourceFile& file, std::size_t offset);

std::optional<SyntaxDiagnostic> check_module(const source::SourceFile& file, const ast::Module& module);

}  // namespace scopeplay::syntax
