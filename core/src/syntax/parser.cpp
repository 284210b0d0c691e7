// Statements, blocks and the parse() entry point.
#include "syntax/parser.h"

#include "syntax/checks.h"
#include "syntax/parser_internal.h"

namespace scopeplay::syntax {

namespace detail {

Kw keyword_of(std::string_view t) {
  if (t.size() < 2 || t.size() > 8 || t[0] < 'A' || t[0] > 'z') return Kw::NotKeyword;
  static constexpr struct {
    std::string_view text;
    Kw kw;
  } table[] = {
      {"False", Kw::False},   {"None", Kw::None},         {"True", Kw::True},     {"and", Kw::And},
      {"as", Kw::As},         {"assert", Kw::Assert},     {"async", Kw::Async},   {"await", Kw::Await},
      {"break", Kw::Break},   {"class", Kw::Class},       {"continue", Kw::Continue}, {"def", Kw::Def},
      {"del", Kw::Del},       {"elif", Kw::Elif},         {"else", Kw::Else},     {"except", Kw::Except},
      {"finally", Kw::Finally}, {"for", Kw::For},         {"from", Kw::From},     {"global", Kw::Global},
      {"if", Kw::If},         {"import", Kw::Import},     {"in", Kw::In},         {"is", Kw::Is},
      {"lambda", Kw::Lambda}, {"nonlocal", Kw::Nonlocal}, {"not", Kw::Not},       {"or", Kw::Or},
      {"pass", Kw::Pass},     {"raise", Kw::Raise},       {"return", Kw::Return}, {"try", Kw::Try},
      {"while", Kw::While},   {"with", Kw::With},         {"yield", Kw::Yield},
  };
  for (const auto& e : table) {
    if (e.text == t) return e.kw;
  }
  return Kw::NotKeyword;
}

Parser::Parser(const source::SourceFile& file, std::vector<Token> tokens, const ParseOptions& options, int depth)
    : file_(file), tokens_(std::move(tokens)), options_(options), depth_(depth) {
  kws_.resize(tokens_.size(), Kw::NotKeyword);
  for (std::size_t i = 0; i < tokens_.size(); ++i) {
    if (tokens_[i].kind == TokenKind::Name) kws_[i] = keyword_of(text(tokens_[i]));
  }
  // Deep enough for max_nesting brackets, each a few levels of recursion.
  max_depth_ = 4 * options.max_nesting + 400;
}

std::string_view Parser::text(const Token& t) const {
  return std::string_view(file_.text()).substr(t.begin, t.end - t.begin);
}

std::nullptr_t Parser::fail(std::string type, std::string message, source::SourceSpan span, bool caret) {
  if (!error) {
    SyntaxDiagnostic d;
    d.type = std::move(type);
    d.message = std::move(message);
    d.span = span;
    d.show_caret = caret;
    error = std::move(d);
  }
  return nullptr;
}

bool Parser::link() {
  if (++links_ <= kMaxLinks) return true;
  syntax_error("expression too complex to parse", span_of(cur()));
  return false;
}

std::nullptr_t Parser::not_supported(const std::string& what, source::SourceSpan span) {
  return fail("NotImplementedError", what + " are not supported in scopeplay", span);
}

std::nullptr_t Parser::invalid_syntax() {
  const Token& t = cur();
  if (t.kind == TokenKind::Indent) {
    source::SourceSpan s = span_of(t);
    s.column = static_cast<int>(t.end - t.begin);
    s.end_column = -1;
    return fail("IndentationError", "unexpected indent", s, false);
  }
  if (t.kind == TokenKind::Dedent) {
    return fail("IndentationError", "unexpected unindent", span_of(t), false);
  }
  return syntax_error("invalid syntax", span_of(t));
}

std::nullptr_t Parser::expect_failed(TokenKind k) {
  if (k == TokenKind::Colon) return syntax_error("expected ':'", span_of(cur()));
  return invalid_syntax();
}

bool Parser::expect_colon(bool forced) {
  if (accept(TokenKind::Colon)) return true;
  if (forced || at(TokenKind::Newline) || at(TokenKind::Indent)) {
    expect_failed(TokenKind::Colon);
  } else {
    invalid_syntax();
  }
  return false;
}

// ------------------------------------------------------------------ module

std::unique_ptr<ast::Module> Parser::module() {
  auto m = std::make_unique<ast::Module>();
  if (!statements(m->body, true)) return nullptr;
  return m;
}

bool Parser::statements(ast::Body& out, bool top) {
  for (;;) {
    if (at(TokenKind::EndMarker)) {
      if (top) return true;
      invalid_syntax();
      return false;
    }
    if (!top && at(TokenKind::Dedent)) return true;
    if (at(TokenKind::Indent) || at(TokenKind::Dedent)) {
      invalid_syntax();
      return false;
    }
    if (!statement(out)) return false;
  }
}

bool Parser::statement(ast::Body& out) {
  DepthGuard guard(*this);
  if (guard.too_deep()) return syntax_error("too many statically nested blocks", span_of(cur())), false;
  links_ = 0;
  switch (kw()) {
    case Kw::If: case Kw::While: case Kw::For: case Kw::With: case Kw::Try: case Kw::Def: case Kw::Class:
    case Kw::Async: {
      auto s = compound_statement();
      if (!s) return false;
      out.push_back(std::move(s));
      return true;
    }
    default: break;
  }
  if (at(TokenKind::At)) {
    auto s = decorated();
    if (!s) return false;
    out.push_back(std::move(s));
    return true;
  }
  if (at(TokenKind::Name) && text(cur()) == "match" && kw(1) == Kw::NotKeyword) {
    // `match subject:` (a soft keyword): detect the statement shape without parsing it.
    const Token& n = peek();
    bool starts_expr = n.kind == TokenKind::Name || n.kind == TokenKind::Number || n.kind == TokenKind::String ||
                       n.kind == TokenKind::LSqb || n.kind == TokenKind::LBrace || n.kind == TokenKind::Minus ||
                       n.kind == TokenKind::LPar;
    if (starts_expr) {
      std::size_t i = pos_ + 1;
      while (i + 1 < tokens_.size() && tokens_[i].kind != TokenKind::Newline && tokens_[i].kind != TokenKind::Semi) ++i;
      if (i > 0 && tokens_[i - 1].kind == TokenKind::Colon && tokens_[i].kind == TokenKind::Newline &&
          i + 1 < tokens_.size() && tokens_[i + 1].kind == TokenKind::Indent) {
        return not_supported("match statements", span_of(cur())), false;
      }
    }
  }
  return simple_statements(out);
}

bool Parser::simple_statements(ast::Body& out) {
  for (;;) {
    auto s = simple_statement();
    if (!s) return false;
    out.push_back(std::move(s));
    if (accept(TokenKind::Semi)) {
      if (accept(TokenKind::Newline)) return true;
      continue;
    }
    if (accept(TokenKind::Newline)) return true;
    invalid_syntax();
    return false;
  }
}

ast::StmtPtr Parser::simple_statement() {
  const Token& start = cur();
  switch (kw()) {
    case Kw::Pass: advance(); return std::make_unique<ast::Pass>(span_of(start));
    case Kw::Break: advance(); return std::make_unique<ast::Break>(span_of(start));
    case Kw::Continue: advance(); return std::make_unique<ast::Continue>(span_of(start));
    case Kw::Return: return return_statement();
    case Kw::Raise: return raise_statement();
    case Kw::Global: return global_statement(false);
    case Kw::Nonlocal: return global_statement(true);
    case Kw::Del: return del_statement();
    case Kw::Assert: return assert_statement();
    case Kw::Import: return import_statement();
    case Kw::From: return from_import_statement();
    default: return expression_statement();
  }
}

namespace {

std::optional<ast::BinOpKind> augassign_op(TokenKind k) {
  switch (k) {
    case TokenKind::PlusEqual: return ast::BinOpKind::Add;
    case TokenKind::MinEqual: return ast::BinOpKind::Sub;
    case TokenKind::StarEqual: return ast::BinOpKind::Mult;
    case TokenKind::AtEqual: return ast::BinOpKind::MatMult;
    case TokenKind::SlashEqual: return ast::BinOpKind::Div;
    case TokenKind::PercentEqual: return ast::BinOpKind::Mod;
    case TokenKind::AmperEqual: return ast::BinOpKind::BitAnd;
    case TokenKind::VBarEqual: return ast::BinOpKind::BitOr;
    case TokenKind::CircumflexEqual: return ast::BinOpKind::BitXor;
    case TokenKind::LeftShiftEqual: return ast::BinOpKind::LShift;
    case TokenKind::RightShiftEqual: return ast::BinOpKind::RShift;
    case TokenKind::DoubleStarEqual: return ast::BinOpKind::Pow;
    case TokenKind::DoubleSlashEqual: return ast::BinOpKind::FloorDiv;
    default: return std::nullopt;
  }
}

}  // namespace

ast::StmtPtr Parser::expression_statement() {
  const Token& start = cur();
  bool paren_start = at(TokenKind::LPar);
  ast::ExprPtr e = at_kw(Kw::Yield) ? yield_expression() : star_expressions();
  if (!e) return nullptr;

  if (at(TokenKind::Colon)) {  // annotated assignment
    bool single_target = e->kind == ast::ExprKind::Name || e->kind == ast::ExprKind::Attribute ||
                         e->kind == ast::ExprKind::Subscript;
    // Without an annotation CPython stops at the ':' of an invalid target.
    if (!single_target && peek().kind == TokenKind::Newline) return syntax_error("invalid syntax", span_of(cur()));
    advance();
    auto annotation = expression();
    if (!annotation) return nullptr;
    if (e->kind == ast::ExprKind::Tuple) {
      return syntax_error("only single target (not tuple) can be annotated", e->span);
    }
    if (e->kind == ast::ExprKind::List) return syntax_error("only single target (not list) can be annotated", e->span);
    if (e->kind != ast::ExprKind::Name && e->kind != ast::ExprKind::Attribute &&
        e->kind != ast::ExprKind::Subscript) {
      return syntax_error("illegal target for annotation", e->span);
    }
    auto s = std::make_unique<ast::AnnAssign>(e->span);
    s->simple = e->kind == ast::ExprKind::Name && !paren_start;
    set_context(*e, ast::ExprContext::Store);
    s->target = std::move(e);
    s->annotation = std::move(annotation);
    if (accept(TokenKind::Equal)) {
      s->value = at_kw(Kw::Yield) ? yield_expression() : star_expressions();
      if (!s->value) return nullptr;
    }
    s->span = from(start);
    return s;
  }

  if (auto op = augassign_op(cur().kind)) {
    if (e->kind != ast::ExprKind::Name && e->kind != ast::ExprKind::Attribute &&
        e->kind != ast::ExprKind::Subscript) {
      return syntax_error("'" + std::string(expr_name(*e)) + "' is an illegal expression for augmented assignment",
                          e->span);
    }
    advance();
    auto s = std::make_unique<ast::AugAssign>(e->span);
    s->op = *op;
    set_context(*e, ast::ExprContext::Store);
    s->target = std::move(e);
    s->value = at_kw(Kw::Yield) ? yield_expression() : star_expressions();
    if (!s->value) return nullptr;
    s->span = from(start);
    return s;
  }

  if (at(TokenKind::Equal)) {
    std::vector<ast::ExprPtr> targets;
    targets.push_back(std::move(e));
    ast::ExprPtr value;
    while (accept(TokenKind::Equal)) {
      value = at_kw(Kw::Yield) ? yield_expression() : star_expressions();
      if (!value) return nullptr;
      if (at(TokenKind::Equal)) targets.push_back(std::move(value));
    }
    for (std::size_t i = 0; i < targets.size(); ++i) {
      ast::Expr& t = *targets[i];
      bool last = targets.size() == 1;
      bool maybe_eq = last && t.kind != ast::ExprKind::List && t.kind != ast::ExprKind::Tuple &&
                      t.kind != ast::ExprKind::GeneratorExp && t.kind != ast::ExprKind::Compare &&
                      t.kind != ast::ExprKind::BoolOp && t.kind != ast::ExprKind::IfExp &&
                      t.kind != ast::ExprKind::Lambda && t.kind != ast::ExprKind::Starred &&
                      t.kind != ast::ExprKind::NamedExpr && t.kind != ast::ExprKind::Yield &&
                      t.kind != ast::ExprKind::YieldFrom &&
                      !(t.kind == ast::ExprKind::UnaryOp && static_cast<ast::UnaryOp&>(t).op == ast::UnaryOpKind::Not);
      if (maybe_eq && t.kind == ast::ExprKind::Constant) {
        auto ck = static_cast<ast::Constant&>(t).value_kind;
        if (ck == ast::ConstantKind::True || ck == ast::ConstantKind::False || ck == ast::ConstantKind::None) {
          maybe_eq = false;
        }
      }
      if (maybe_eq && t.kind != ast::ExprKind::Name && t.kind != ast::ExprKind::Attribute &&
          t.kind != ast::ExprKind::Subscript) {
        return syntax_error(
            "cannot assign to " + std::string(expr_name(t)) + " here. Maybe you meant '==' instead of '='?", t.span);
      }
      if (!check_target(t, TargetKind::Store)) return nullptr;
    }
    auto s = std::make_unique<ast::Assign>(from(start));
    for (auto& t : targets) set_context(*t, ast::ExprContext::Store);
    s->targets = std::move(targets);
    s->value = std::move(value);
    return s;
  }

  if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) {
    // Python 2 `print x` / `exec code`.
    if (e->kind == ast::ExprKind::Name && starts_expression(cur().kind, kw())) {
      const std::string& id = static_cast<ast::Name&>(*e).id;
      if (id == "print" || id == "exec") {
        std::size_t save = pos_;
        auto rest = star_expressions();
        if (rest) {
          return syntax_error("Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?",
                              join(e->span, rest->span));
        }
        error.reset();
        pos_ = save;
      }
    }
    if (at(TokenKind::Equal)) return invalid_syntax();
    return invalid_syntax();
  }
  return std::make_unique<ast::ExprStmt>(from(start), std::move(e));
}

// ------------------------------------------------------------------ simple

ast::StmtPtr Parser::return_statement() {
  const Token& start = cur();
  advance();
  auto s = std::make_unique<ast::Return>(span_of(start));
  if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) {
    s->value = star_expressions();
    if (!s->value) return nullptr;
  }
  s->span = from(start);
  return s;
}

ast::StmtPtr Parser::raise_statement() {
  const Token& start = cur();
  advance();
  auto s = std::make_unique<ast::Raise>(span_of(start));
  if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) {
    s->exc = expression();
    if (!s->exc) return nullptr;
    if (accept_kw(Kw::From)) {
      s->cause = expression();
      if (!s->cause) return nullptr;
    }
  }
  s->span = from(start);
  return s;
}

ast::StmtPtr Parser::del_statement() {
  const Token& start = cur();
  advance();
  auto s = std::make_unique<ast::Delete>(span_of(start));
  auto e = star_expressions();
  if (!e) return nullptr;
  if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) return invalid_syntax();
  if (e->kind == ast::ExprKind::Tuple && !static_cast<ast::Tuple&>(*e).parenthesized) {
    for (auto& t : static_cast<ast::Tuple&>(*e).elts) s->targets.push_back(std::move(t));
  } else {
    s->targets.push_back(std::move(e));
  }
  for (auto& t : s->targets) {
    if (!check_target(*t, TargetKind::Del)) return nullptr;
    set_context(*t, ast::ExprContext::Del);
  }
  s->span = from(start);
  return s;
}

ast::StmtPtr Parser::assert_statement() {
  const Token& start = cur();
  advance();
  auto s = std::make_unique<ast::Assert>(span_of(start));
  s->test = expression();
  if (!s->test) return nullptr;
  if (accept(TokenKind::Comma)) {
    s->msg = expression();
    if (!s->msg) return nullptr;
  }
  s->span = from(start);
  return s;
}

ast::StmtPtr Parser::global_statement(bool nonlocal) {
  const Token& start = cur();
  advance();
  std::vector<std::string> names;
  for (;;) {
    if (!at_name()) return invalid_syntax();
    names.emplace_back(text(cur()));
    advance();
    if (!accept(TokenKind::Comma)) break;
  }
  if (nonlocal) {
    auto s = std::make_unique<ast::Nonlocal>(from(start));
    s->names = std::move(names);
    return s;
  }
  auto s = std::make_unique<ast::Global>(from(start));
  s->names = std::move(names);
  return s;
}

bool Parser::dotted_name(std::string& out) {
  if (!at_name()) return invalid_syntax(), false;
  out = std::string(text(cur()));
  advance();
  while (at(TokenKind::Dot)) {
    advance();
    if (!at_name()) return invalid_syntax(), false;
    out += '.';
    out += text(cur());
    advance();
  }
  return true;
}

ast::StmtPtr Parser::import_statement() {
  const Token& start = cur();
  advance();
  auto s = std::make_unique<ast::Import>(span_of(start));
  for (;;) {
    ast::Alias a;
    const Token& first = cur();
    if (!dotted_name(a.name)) return nullptr;
    if (accept_kw(Kw::As)) {
      if (!at_name()) return invalid_syntax();
      a.asname = std::string(text(cur()));
      advance();
    }
    a.span = from(first);
    s->names.push_back(std::move(a));
    if (!accept(TokenKind::Comma)) break;
  }
  s->span = from(start);
  return s;
}

ast::StmtPtr Parser::from_import_statement() {
  const Token& start = cur();
  advance();
  auto s = std::make_unique<ast::ImportFrom>(span_of(start));
  for (;;) {
    if (accept(TokenKind::Dot)) {
      s->level += 1;
    } else if (accept(TokenKind::Ellipsis)) {
      s->level += 3;
    } else {
      break;
    }
  }
  if (!at_kw(Kw::Import) || s->level == 0) {
    if (!dotted_name(s->module)) return nullptr;
  }
  if (!accept_kw(Kw::Import)) return invalid_syntax();
  if (at(TokenKind::Star)) {
    ast::Alias a;
    a.name = "*";
    a.span = span_of(cur());
    advance();
    s->names.push_back(std::move(a));
    s->span = from(start);
    return s;
  }
  bool paren = accept(TokenKind::LPar);
  for (;;) {
    ast::Alias a;
    const Token& first = cur();
    if (!at_name()) return invalid_syntax();
    a.name = std::string(text(cur()));
    advance();
    if (accept_kw(Kw::As)) {
      if (!at_name()) return invalid_syntax();
      a.asname = std::string(text(cur()));
      advance();
    }
    a.span = from(first);
    s->names.push_back(std::move(a));
    if (!at(TokenKind::Comma)) break;
    advance();
    if (paren && at(TokenKind::RPar)) break;
    if (!paren && (at(TokenKind::Newline) || at(TokenKind::Semi))) {
      return syntax_error("trailing comma not allowed without surrounding parentheses", span_of(cur()));
    }
  }
  if (paren && !expect(TokenKind::RPar)) return nullptr;
  s->span = from(start);
  return s;
}

}  // namespace detail

ParseResult parse(const source::SourceFile& file, const ParseOptions& options) {
  ParseResult result;
  const std::string& text = file.text();
  auto nul = text.find('\0');
  std::size_t bad = check_utf8(text);
  if (bad != std::string::npos && (nul == std::string::npos || bad < nul)) {
    result.error = utf8_error(file, bad);
    return result;
  }
  if (nul != std::string::npos) {
    SyntaxDiagnostic d;
    d.type = "SyntaxError";
    d.message = "source code cannot contain null bytes";
    d.span = file.span(static_cast<std::uint32_t>(nul), static_cast<std::uint32_t>(nul));
    d.span.column = 0;
    d.span.end_column = 0;
    d.show_caret = false;
    result.error = d;
    return result;
  }
  LexOptions lex_options;
  lex_options.max_nesting = options.max_nesting;
  LexResult lexed = tokenize(file, lex_options);
  std::size_t end_index = lexed.tokens.size() - 1;
  detail::Parser parser(file, std::move(lexed.tokens), options);
  auto module = parser.module();
  // Which error CPython reports: a tokenizer error anywhere, except that
  // "unexpected indent" before it wins, and deferred ones (indentation, tabs)
  // count only once the parser reaches them.
  bool indent_error = parser.error && parser.error->type == "IndentationError" &&
                      parser.error->message.rfind("unexpected ", 0) == 0 && parser.furthest() < end_index;
  if (lexed.error && !indent_error &&
      (!lexed.error->deferred || !parser.error || parser.furthest() >= end_index)) {
    SyntaxDiagnostic d;
    d.type = lexed.error->type;
    d.message = lexed.error->message;
    d.span = lexed.error->span;
    d.show_caret = lexed.error->show_caret;
    result.error = d;
    return result;
  }
  if (parser.error) {
    // CPython: an unclosed bracket wins when the parser looked at the end of
    // the file, or at a token on a later line than the bracket.
    if (lexed.unclosed &&
        (parser.furthest() >= end_index || parser.token(parser.furthest()).line > lexed.unclosed->span.line)) {
      SyntaxDiagnostic d;
      d.type = "SyntaxError";
      d.message = std::string("'") + lexed.unclosed->bracket + "' was never closed";
      d.span = lexed.unclosed->span;
      d.span.end_column = 0;
      result.error = d;
      return result;
    }
    result.error = std::move(parser.error);
    return result;
  }
  if (auto e = check_module(file, *module)) {
    result.error = std::move(e);
    return result;
  }
  result.module = std::move(module);
  return result;
}

}  // namespace scopeplay::syntax
