// Tokens of scopeplay's Python subset.
//
// The lexer works like CPython's tokenizer: keywords are plain Name tokens
// (the parser tells them apart, as CPython's PEG grammar does), a string token
// covers one whole literal including its prefix and quotes (the parser decodes
// it, and parses f-strings), and Indent/Dedent/Newline carry the block
// structure. A token stores only byte offsets into the SourceFile; its text is
// a view into the file.
#pragma once

#include <cstdint>
#include <string_view>

namespace scopeplay::syntax {

enum class TokenKind : std::uint8_t {
  EndMarker, Newline, Indent, Dedent,
  Name, Number, String,
  LPar, RPar, LSqb, RSqb, LBrace, RBrace,
  Colon, Comma, Semi, Dot, Ellipsis, At, RArrow, ColonEqual,
  Plus, Minus, Star, Slash, DoubleSlash, Percent, DoubleStar, Tilde,
  VBar, Amper, CircumFlex, LeftShift, RightShift,
  Less, Greater, EqEqual, NotEqual, LessEqual, GreaterEqual, Equal,
  PlusEqual, MinEqual, StarEqual, SlashEqual, DoubleSlashEqual, PercentEqual,
  DoubleStarEqual, AtEqual, VBarEqual, AmperEqual, CircumflexEqual,
  LeftShiftEqual, RightShiftEqual,
  Unknown,  // a character no token starts with ('$', '?', '!', '`'): "invalid syntax"
  Error,    // the lexer stopped here; its diagnostic is in LexResult::error
};

struct Token {
  TokenKind kind = TokenKind::EndMarker;
  std::uint32_t begin = 0;  // byte offsets into the source text
  std::uint32_t end = 0;
  int line = 0;             // 1-based line and byte column of `begin`
  int column = 0;
  int end_line = 0;         // line of `end` (differs for triple-quoted strings)
  int end_column = 0;
};

// Spelling of a token kind for tests and debugging ("NAME", "'('", "INDENT").
std::string_view token_kind_name(TokenKind kind);

}  // namespace scopeplay::syntax
