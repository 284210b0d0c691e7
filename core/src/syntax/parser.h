// The parser: tokens to an ast::Module, or one CPython-faithful syntax error.
//
// A hand-written recursive-descent parser over the token vector, one function
// per grammar rule of CPython 3.11's PEG grammar (the subset scopeplay runs),
// with precedence climbing for binary operators. It never backtracks more
// than a token or two, so parsing is linear in the number of tokens, and it
// counts its own recursion so hostile input yields a SyntaxError instead of a
// stack overflow.
//
// Errors mirror what `python3` prints: the same type, message and caret.
// Checks CPython makes after parsing (its symtable and compiler: 'return'
// outside function, duplicate arguments, nonlocal bindings, ...) run as a
// separate pass over the finished tree (see checks.h).
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "source/source_file.h"
#include "syntax/ast.h"

namespace scopeplay::syntax {

// One syntax error. `span.line/column/end_line/end_column` are CPython's
// lineno/offset/end_lineno/end_offset (1-based, end exclusive), so a caret
// drawn from them matches CPython's; `begin`/`end` are the matching bytes.
struct SyntaxDiagnostic {
  std::string type;  // "SyntaxError", "IndentationError", "TabError", "NotImplementedError"
  std::string message;
  source::SourceSpan span;
  bool show_caret = true;  // false where CPython prints the line without a caret
  // Printed instead of the file's line when set: CPython 3.11 shows an error
  // inside an f-string expression on the text "(expression)", and `column`
  // then counts within that text.
  std::string source_line;
};

struct ParseOptions {
  int max_nesting = 200;  // open brackets; deeper is "too many nested parentheses"
};

struct ParseResult {
  std::unique_ptr<ast::Module> module;  // null when `error` is set
  std::optional<SyntaxDiagnostic> error;
};

ParseResult parse(const source::SourceFile& file, const ParseOptions& options = {});

// CPython's printed form of a syntax error, e.g.
//   '  File "x.py", line 1\n    print x\n    ^^^^^^^\nSyntaxError: Missing ...\n'
std::string format_syntax_error(const source::SourceFile& file, const SyntaxDiagnostic& d);

}  // namespace scopeplay::syntax
