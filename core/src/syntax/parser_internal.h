// The parser's private state, shared by its translation units (statements,
// expressions, string literals). Not part of the syntax layer's interface.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/ast.h"
#include "syntax/lexer.h"
#include "syntax/parser.h"

namespace scopeplay::syntax::detail {

enum class Kw : std::uint8_t {
  NotKeyword, False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else,
  Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise, Return, Try,
  While, With, Yield,
};

Kw keyword_of(std::string_view text);

// Which kind of target is being validated, for CPython's messages.
enum class TargetKind : std::uint8_t { Store, Del, For, With, Comprehension, AugAssign, NamedExpr };

// CPython's name for an expression in messages ("function call", "literal", ...).
std::string_view expr_name(const ast::Expr& e);

inline source::SourceSpan join(const source::SourceSpan& a, const source::SourceSpan& b) {
  source::SourceSpan s;
  s.begin = a.begin;
  s.end = b.end;
  s.line = a.line;
  s.column = a.column;
  s.end_line = b.end_line;
  s.end_column = b.end_column;
  return s;
}

inline source::SourceSpan span_of(const Token& t) {
  return {t.begin, t.end, t.line, t.column, t.end_line, t.end_column};
}

// True if a token can begin an expression.
inline bool starts_expression(TokenKind k, Kw kw) {
  switch (k) {
    case TokenKind::Name:
      return kw == Kw::NotKeyword || kw == Kw::None || kw == Kw::True || kw == Kw::False || kw == Kw::Lambda ||
             kw == Kw::Not || kw == Kw::Await;
    case TokenKind::Number: case TokenKind::String: case TokenKind::LPar: case TokenKind::LSqb:
    case TokenKind::LBrace: case TokenKind::Minus: case TokenKind::Plus: case TokenKind::Tilde:
    case TokenKind::Ellipsis:
      return true;
    default: return false;
  }
}

class Parser {
 public:
  Parser(const source::SourceFile& file, std::vector<Token> tokens, const ParseOptions& options, int depth = 0);

  std::unique_ptr<ast::Module> module();
  // An f-string replacement field: star_expressions then the end of the range.
  ast::ExprPtr fstring_field();

  // Parses the expression of one f-string replacement field at [begin, end).
  ast::ExprPtr fstring_field_expr(std::uint32_t begin, std::uint32_t end);

  std::optional<SyntaxDiagnostic> error;
  std::size_t furthest() const { return furthest_; }
  const Token& token(std::size_t i) const { return tokens_[i]; }

 private:
  friend class DepthGuard;
  // ---- tokens
  const Token& cur() const { return tokens_[pos_]; }
  const Token& peek(std::size_t k = 1) {
    std::size_t i = pos_ + k < tokens_.size() ? pos_ + k : tokens_.size() - 1;
    if (i > furthest_) furthest_ = i;
    return tokens_[i];
  }
  const Token& prev() const { return tokens_[pos_ > 0 ? pos_ - 1 : 0]; }
  Kw kw(std::size_t k = 0) const {
    std::size_t i = pos_ + k < tokens_.size() ? pos_ + k : tokens_.size() - 1;
    return kws_[i];
  }
  bool at(TokenKind k) const { return cur().kind == k; }
  bool at_kw(Kw k) const { return kws_[pos_] == k; }
  void advance() {
    if (pos_ + 1 < tokens_.size()) ++pos_;
    if (pos_ > furthest_) furthest_ = pos_;
  }
  bool accept(TokenKind k) {
    if (!at(k)) return false;
    advance();
    return true;
  }
  bool accept_kw(Kw k) {
    if (!at_kw(k)) return false;
    advance();
    return true;
  }
  std::string_view text(const Token& t) const;
  bool at_name() const { return at(TokenKind::Name) && kws_[pos_] == Kw::NotKeyword; }
  source::SourceSpan from(const Token& start) const { return join(span_of(start), span_of(prev())); }
  source::SourceSpan from(const source::SourceSpan& start) const { return join(start, span_of(prev())); }

  // ---- errors (all return null / false so callers can `return fail(...)`)
  std::nullptr_t fail(std::string type, std::string message, source::SourceSpan span, bool caret = true);
  std::nullptr_t syntax_error(std::string message, source::SourceSpan span) {
    return fail("SyntaxError", std::move(message), span);
  }
  std::nullptr_t invalid_syntax();  // at the current token, with CPython's special cases
  std::nullptr_t expect_failed(TokenKind k);
  std::nullptr_t not_supported(const std::string& what, source::SourceSpan span);
  bool expect(TokenKind k) {
    if (accept(k)) return true;
    expect_failed(k);
    return false;
  }
  // `forced`: CPython's &&':' (def, try, else, finally) reports
  // "expected ':'" whatever follows; otherwise only before a newline.
  bool expect_colon(bool forced = false);
  bool failed() const { return error.has_value(); }

  // ---- statements (parser.cpp)
  bool statements(ast::Body& out, bool top);
  bool statement(ast::Body& out);
  bool simple_statements(ast::Body& out);
  ast::StmtPtr simple_statement();
  ast::StmtPtr expression_statement();
  ast::StmtPtr compound_statement();
  bool block(ast::Body& out, const char* what, const Token& header);
  // At `else`: the `else:` block of an if, loop or try statement.
  bool else_clause(ast::Body& orelse);
  ast::StmtPtr if_statement(bool elif);
  ast::StmtPtr while_statement();
  ast::StmtPtr for_statement();
  ast::StmtPtr with_statement();
  ast::StmtPtr try_statement();
  ast::StmtPtr function_def(std::vector<ast::ExprPtr> decorators, const Token* start);
  ast::StmtPtr class_def(std::vector<ast::ExprPtr> decorators, const Token* start);
  ast::StmtPtr decorated();
  ast::StmtPtr import_statement();
  ast::StmtPtr from_import_statement();
  ast::StmtPtr return_statement();
  ast::StmtPtr raise_statement();
  ast::StmtPtr del_statement();
  ast::StmtPtr assert_statement();
  ast::StmtPtr global_statement(bool nonlocal);
  bool parameters(ast::Arguments& args, TokenKind close, bool lambda);
  bool dotted_name(std::string& out);

  // ---- expressions (parser_expr.cpp)
  ast::ExprPtr star_expressions();
  ast::ExprPtr star_expression();
  ast::ExprPtr star_named_expression();
  ast::ExprPtr named_expression();
  ast::ExprPtr condition();  // if/elif/while test, with CPython's hint for `if x = 1:`
  ast::ExprPtr expression();
  ast::ExprPtr lambda();
  ast::ExprPtr disjunction();
  ast::ExprPtr conjunction();
  ast::ExprPtr inversion();
  ast::ExprPtr comparison();
  ast::ExprPtr binary(int min_prec);
  ast::ExprPtr factor();
  ast::ExprPtr power();
  ast::ExprPtr primary();
  ast::ExprPtr atom();
  ast::ExprPtr paren_atom();
  ast::ExprPtr list_atom();
  ast::ExprPtr brace_atom();
  ast::ExprPtr yield_expression();
  ast::ExprPtr slices();
  ast::ExprPtr slice();
  ast::ExprPtr call(ast::ExprPtr func);
  bool comprehension_clauses(std::vector<ast::Comprehension>& out);
  ast::ExprPtr star_targets(bool single = false);  // for/with/comprehension targets
  ast::ExprPtr target_atom_chain();
  ast::ExprPtr number(const Token& t);
  std::nullptr_t missing_comma(const ast::Expr& a);

  // ---- strings (parser_string.cpp)
  ast::ExprPtr strings();

  // ---- targets (targets.cpp)
  bool check_target(ast::Expr& e, TargetKind kind);
  void set_context(ast::Expr& e, ast::ExprContext ctx);

  const source::SourceFile& file_;
  std::vector<Token> tokens_;
  std::vector<Kw> kws_;
  ParseOptions options_;
  std::size_t pos_ = 0;
  std::size_t furthest_ = 0;
  int depth_ = 0;
  int max_depth_ = 0;
  // Left-deep chains (a + b + ..., a.b.c...) build deep trees without
  // recursing; they share one budget per statement so every later tree walk
  // stays shallow.
  int links_ = 0;
  bool class_bases_ = false;
  int functions_ = 0;  // enclosing def/lambda bodies, for the 'await' message  // a generator expression cannot be a class's sole base
  static constexpr int kMaxLinks = 3000;
  bool link();
};

// Counts recursion; a parser deeper than its limit fails instead of recursing.
class DepthGuard {
 public:
  explicit DepthGuard(Parser& p) : p_(p) { ++p_.depth_; }
  ~DepthGuard() { --p_.depth_; }
  bool too_deep() const { return p_.depth_ > p_.max_depth_; }
  DepthGuard(const DepthGuard&) = delete;
  DepthGuard& operator=(const DepthGuard&) = delete;

 private:
  Parser& p_;
};

}  // namespace scopeplay::syntax::detail
