// The lexer: source text to tokens, as CPython's tokenizer does it.
//
// It tokenizes the whole file up front (the parser then indexes a vector,
// which keeps lookahead trivial and parsing linear). Block structure comes
// from an indent stack (columns with tabs to multiples of 8, plus a second
// stack with tabs as 1 column to detect inconsistent tabs, like CPython), and
// a bracket stack suppresses newlines inside (), [] and {}.
//
// Tokenizer errors follow CPython: the lexer stops at the first one, ends the
// token vector with a TokenKind::Error token and reports it. CPython prefers a
// tokenizer error anywhere in the file over any parser error, so the parser
// reports it whenever it is present.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "source/source_file.h"
#include "syntax/token.h"

namespace scopeplay::syntax {

struct LexError {
  std::string type;     // "SyntaxError", "IndentationError" or "TabError"
  std::string message;
  source::SourceSpan span;
  bool show_caret = true;  // false where CPython prints no caret line
  // CPython raises these (indentation, tabs, line continuation, EOF) only when
  // the parser reaches them; an earlier parser error wins.
  bool deferred = false;
};

struct LexOptions {
  int max_nesting = 200;  // open brackets; CPython's tokenizer MAXLEVEL
  int max_indent = 100;   // indentation levels; CPython's MAXINDENT
};

// An opening bracket still open at the end of the file.
struct UnclosedBracket {
  char bracket = '(';
  source::SourceSpan span;
};

struct LexResult {
  std::vector<Token> tokens;  // ends with EndMarker, or with Error when `error` is set
  std::optional<LexError> error;
  std::optional<UnclosedBracket> unclosed;  // innermost bracket open at end of file
};

// Tokenizes a whole file.
LexResult tokenize(const source::SourceFile& file, const LexOptions& options = {});

// Tokenizes bytes [begin, end) of a file as if inside brackets (no Newline,
// Indent or Dedent): the expressions of an f-string.
LexResult tokenize_range(const source::SourceFile& file, std::uint32_t begin, std::uint32_t end,
                         const LexOptions& options = {});

// True for the first byte of a code point that may start / continue a name.
bool is_name_start_byte(unsigned char c);
bool is_name_byte(unsigned char c);

// Decodes one UTF-8 code point at `i` (advancing it); returns 0xFFFD on bad input.
char32_t decode_utf8(std::string_view text, std::size_t& i);
void append_utf8(std::string& out, char32_t cp);

}  // namespace scopeplay::syntax
