#include "syntax/lexer.h"

#include <gtest/gtest.h>

namespace scopeplay::syntax {
namespace {

std::string kinds(const std::string& src) {
  source::SourceFile f("x.py", src);
  LexResult r = tokenize(f);
  std::string out;
  for (const Token& t : r.tokens) {
    if (!out.empty()) out += ' ';
    std::string_view name = token_kind_name(t.kind);
    if (t.kind == TokenKind::Name || t.kind == TokenKind::Number || t.kind == TokenKind::String) {
      out += std::string(name) + ":" + f.text().substr(t.begin, t.end - t.begin);
    } else {
      out += name;
    }
  }
  return out;
}

LexError lex_error(const std::string& src) {
  source::SourceFile f("x.py", src);
  LexResult r = tokenize(f);
  EXPECT_TRUE(r.error.has_value()) << src;
  return r.error.value_or(LexError{});
}

TEST(Lexer, SimpleStatement) {
  EXPECT_EQ(kinds("x = 1\n"), "NAME:x '=' NUMBER:1 NEWLINE ENDMARKER");
}

TEST(Lexer, ImplicitNewlineAtEnd) { EXPECT_EQ(kinds("x"), "NAME:x NEWLINE ENDMARKER"); }

TEST(Lexer, IndentDedent) {
  EXPECT_EQ(kinds("if x:\n    y\n    z\nw\n"),
            "NAME:if NAME:x ':' NEWLINE INDENT NAME:y NEWLINE NAME:z NEWLINE DEDENT NAME:w NEWLINE ENDMARKER");
}

TEST(Lexer, DedentsAtEnd) {
  EXPECT_EQ(kinds("if a:\n if b:\n  c"),
            "NAME:if NAME:a ':' NEWLINE INDENT NAME:if NAME:b ':' NEWLINE INDENT NAME:c NEWLINE DEDENT DEDENT "
            "ENDMARKER");
}

TEST(Lexer, BlankAndCommentLinesIgnored) {
  EXPECT_EQ(kinds("x\n\n   # c\n  \ny # t\n"), "NAME:x NEWLINE NAME:y NEWLINE ENDMARKER");
}

TEST(Lexer, ImplicitJoiningInsideBrackets) {
  EXPECT_EQ(kinds("f(a,\n  b)\n"), "NAME:f '(' NAME:a ',' NAME:b ')' NEWLINE ENDMARKER");
}

TEST(Lexer, BackslashContinuation) { EXPECT_EQ(kinds("x = 1 + \\\n  2\n"), "NAME:x '=' NUMBER:1 '+' NUMBER:2 NEWLINE ENDMARKER"); }

TEST(Lexer, CrlfAndSemicolons) {
  EXPECT_EQ(kinds("a; b\r\nc\r\n"), "NAME:a ';' NAME:b NEWLINE NAME:c NEWLINE ENDMARKER");
}

TEST(Lexer, Operators) {
  EXPECT_EQ(kinds("a **= b // c -> d := e != f ... @"),
            "NAME:a '**=' NAME:b '//' NAME:c '->' NAME:d ':=' NAME:e '!=' NAME:f '...' '@' NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("<<= >>= <= >= == < >"), "'<<=' '>>=' '<=' '>=' '==' '<' '>' NEWLINE ENDMARKER");
}

TEST(Lexer, Numbers) {
  EXPECT_EQ(kinds("0x_FF 0o17 0b1 1_000 1.5e-3 .5 5. 3j 1if"),
            "NUMBER:0x_FF NUMBER:0o17 NUMBER:0b1 NUMBER:1_000 NUMBER:1.5e-3 NUMBER:.5 NUMBER:5. NUMBER:3j "
            "NUMBER:1 NAME:if NEWLINE ENDMARKER");
}

TEST(Lexer, StringPrefixes) {
  EXPECT_EQ(kinds("r'a' Rb\"b\" f'''c''' u'd' FR'e' bar"),
            "STRING:r'a' STRING:Rb\"b\" STRING:f'''c''' STRING:u'd' STRING:FR'e' NAME:bar NEWLINE ENDMARKER");
}

TEST(Lexer, TripleQuotedSpansLines) {
  source::SourceFile f("x.py", "x = '''a\nb'''\n");
  LexResult r = tokenize(f);
  ASSERT_FALSE(r.error);
  const Token& s = r.tokens[2];
  EXPECT_EQ(s.kind, TokenKind::String);
  EXPECT_EQ(s.line, 1);
  EXPECT_EQ(s.column, 5);
  EXPECT_EQ(s.end_line, 2);
  EXPECT_EQ(s.end_column, 5);
}

TEST(Lexer, TokenPositions) {
  source::SourceFile f("x.py", "ab = cd\n  # x\nef\n");
  LexResult r = tokenize(f);
  EXPECT_EQ(r.tokens[2].line, 1);
  EXPECT_EQ(r.tokens[2].column, 6);
  EXPECT_EQ(r.tokens[2].end_column, 8);
  EXPECT_EQ(r.tokens[4].line, 3);
  EXPECT_EQ(r.tokens[4].column, 1);
}

TEST(Lexer, UnknownCharacterIsAToken) { EXPECT_EQ(kinds("a $ b"), "NAME:a ERRORTOKEN NAME:b NEWLINE ENDMARKER"); }

TEST(Lexer, NonAsciiNames) { EXPECT_EQ(kinds("é = 1"), "NAME:é '=' NUMBER:1 NEWLINE ENDMARKER"); }

TEST(Lexer, Errors) {
  auto e = lex_error("x = \"abc\n");
  EXPECT_EQ(e.message, "unterminated string literal (detected at line 1)");
  EXPECT_EQ(e.span.column, 5);
  e = lex_error("x = '''\nab\n");
  EXPECT_EQ(e.message, "unterminated triple-quoted string literal (detected at line 2)");
  EXPECT_EQ(lex_error("x = )").message, "unmatched ')'");
  EXPECT_EQ(lex_error("(]").message, "closing parenthesis ']' does not match opening parenthesis '('");
  EXPECT_EQ(lex_error("(\n]").message, "closing parenthesis ']' does not match opening parenthesis '(' on line 1");
  EXPECT_EQ(lex_error("0x1g").message, "invalid hexadecimal literal");
  EXPECT_EQ(lex_error("1_").message, "invalid decimal literal");
  EXPECT_EQ(lex_error("0b12").message, "invalid digit '2' in binary literal");
  EXPECT_EQ(lex_error("012").message,
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
  EXPECT_EQ(lex_error("x…").message, "invalid character '…' (U+2026)");
  EXPECT_EQ(lex_error("x\xc2\xa0= 1").message, "invalid non-printable character U+00A0");
  EXPECT_EQ(lex_error("a\\ b").message, "unexpected character after line continuation character");
  EXPECT_EQ(lex_error("a\\").message, "unexpected EOF while parsing");
  e = lex_error("if x:\n  a\n b\n");
  EXPECT_EQ(e.type, "IndentationError");
  EXPECT_EQ(e.message, "unindent does not match any outer indentation level");
  e = lex_error("def f():\n\tif x:\n        pass");
  EXPECT_EQ(e.type, "TabError");
}

TEST(Lexer, NestingLimits) {
  EXPECT_EQ(lex_error(std::string(201, '(')).message, "too many nested parentheses");
  std::string deep;
  for (int i = 0; i < 101; ++i) deep += std::string(static_cast<std::size_t>(i), ' ') + "if x:\n";
  deep += std::string(101, ' ') + "pass\n";
  auto e = lex_error(deep);
  EXPECT_EQ(e.type, "IndentationError");
  EXPECT_EQ(e.message, "too many levels of indentation");
}

TEST(Lexer, UnclosedBracketReported) {
  source::SourceFile f("x.py", "x = (1,\n");
  LexResult r = tokenize(f);
  ASSERT_FALSE(r.error);
  ASSERT_TRUE(r.unclosed);
  EXPECT_EQ(r.unclosed->bracket, '(');
  EXPECT_EQ(r.unclosed->span.column, 5);
}

TEST(Lexer, RangeForFStringExpressions) {
  source::SourceFile f("x.py", "f'{a +\n b}'");
  LexResult r = tokenize_range(f, 3, 9);
  ASSERT_FALSE(r.error);
  ASSERT_EQ(r.tokens.size(), 4u);
  EXPECT_EQ(r.tokens[2].line, 2);
  EXPECT_EQ(r.tokens[3].kind, TokenKind::EndMarker);
}

}  // namespace
}  // namespace scopeplay::syntax
