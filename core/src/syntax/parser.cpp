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

// ------------------------------------------------------------- compound

bool Parser::block(ast::Body& out, const char* what, const Token& header) {
  if (accept(TokenKind::Newline)) {
    if (!at(TokenKind::Indent)) {
      return fail("IndentationError",
                  std::string("expected an indented block after ") + what + " on line " + std::to_string(header.line),
                  span_of(cur())),
             false;
    }
    advance();
    if (!statements(out, false)) return false;
    if (!accept(TokenKind::Dedent)) return invalid_syntax(), false;
    return true;
  }
  return simple_statements(out);
}

ast::StmtPtr Parser::compound_statement() {
  switch (kw()) {
    case Kw::If: return if_statement(false);
    case Kw::While: return while_statement();
    case Kw::For: return for_statement();
    case Kw::With: return with_statement();
    case Kw::Try: return try_statement();
    case Kw::Def: return function_def({}, nullptr);
    case Kw::Class: return class_def({}, nullptr);
    case Kw::Async: {
      Kw next = kw(1);
      if (next == Kw::Def) return not_supported("async functions", join(span_of(cur()), span_of(peek())));
      if (next != Kw::For && next != Kw::With) {
        advance();
        return invalid_syntax();
      }
      // Valid only inside `async def`, which scopeplay rejects first; elsewhere
      // CPython's compiler reports it once the statement has parsed.
      const Token& start = cur();
      advance();
      auto inner = next == Kw::For ? for_statement() : with_statement();
      if (!inner) return nullptr;
      return syntax_error(std::string(next == Kw::For ? "'async for'" : "'async with'") + " outside async function",
                          join(span_of(start), inner->span));
    }
    default: return invalid_syntax();
  }
}

namespace {
const ast::Stmt* last_stmt(const ast::Body& b) { return b.empty() ? nullptr : b.back().get(); }
}  // namespace

ast::StmtPtr Parser::if_statement(bool elif) {
  const Token& start = cur();
  advance();
  auto s = std::make_unique<ast::If>(span_of(start));
  s->test = condition();
  if (!s->test || !expect_colon()) return nullptr;
  if (!block(s->body, elif ? "'elif' statement" : "'if' statement", start)) return nullptr;
  if (at_kw(Kw::Elif)) {
    auto e = if_statement(true);
    if (!e) return nullptr;
    s->orelse.push_back(std::move(e));
  } else if (at_kw(Kw::Else)) {
    const Token& el = cur();
    advance();
    if (!expect_colon(true) || !block(s->orelse, "'else' statement", el)) return nullptr;
  }
  const ast::Stmt* last = s->orelse.empty() ? last_stmt(s->body) : last_stmt(s->orelse);
  s->span = join(span_of(start), last->span);
  return s;
}

ast::StmtPtr Parser::while_statement() {
  const Token& start = cur();
  advance();
  auto s = std::make_unique<ast::While>(span_of(start));
  s->test = condition();
  if (!s->test || !expect_colon()) return nullptr;
  if (!block(s->body, "'while' statement", start)) return nullptr;
  if (at_kw(Kw::Else)) {
    const Token& el = cur();
    advance();
    if (!expect_colon(true) || !block(s->orelse, "'else' statement", el)) return nullptr;
  }
  const ast::Stmt* last = s->orelse.empty() ? last_stmt(s->body) : last_stmt(s->orelse);
  s->span = join(span_of(start), last->span);
  return s;
}

ast::StmtPtr Parser::for_statement() {
  const Token& start = cur();
  advance();
  auto s = std::make_unique<ast::For>(span_of(start));
  s->target = star_targets();
  if (!s->target) return nullptr;
  if (!at_kw(Kw::In)) {
    return invalid_syntax();
  }
  if (!check_target(*s->target, TargetKind::For)) return nullptr;
  set_context(*s->target, ast::ExprContext::Store);
  advance();
  s->iter = star_expressions();
  if (!s->iter || !expect_colon()) return nullptr;
  if (!block(s->body, "'for' statement", start)) return nullptr;
  if (at_kw(Kw::Else)) {
    const Token& el = cur();
    advance();
    if (!expect_colon(true) || !block(s->orelse, "'else' statement", el)) return nullptr;
  }
  const ast::Stmt* last = s->orelse.empty() ? last_stmt(s->body) : last_stmt(s->orelse);
  s->span = join(span_of(start), last->span);
  return s;
}

ast::StmtPtr Parser::with_statement() {
  const Token& start = cur();
  advance();
  auto s = std::make_unique<ast::With>(span_of(start));
  auto item = [&](std::vector<ast::WithItem>& items) -> bool {
    ast::WithItem it;
    it.context_expr = expression();
    if (!it.context_expr) return false;
    if (accept_kw(Kw::As)) {
      it.optional_vars = star_targets(true);
      if (!it.optional_vars) return false;
      if (!at(TokenKind::Comma) && !at(TokenKind::RPar) && !at(TokenKind::Colon)) return invalid_syntax(), false;
      if (!check_target(*it.optional_vars, TargetKind::With)) return false;
      set_context(*it.optional_vars, ast::ExprContext::Store);
    }
    items.push_back(std::move(it));
    return true;
  };
  bool done = false;
  if (at(TokenKind::LPar)) {
    // `with (a as b, c):` -- parenthesised items; otherwise `(...)` is an expression.
    std::size_t save = pos_;
    advance();
    std::vector<ast::WithItem> items;
    bool ok = true;
    while (ok) {
      if (!item(items)) {
        ok = false;
        break;
      }
      if (!accept(TokenKind::Comma)) break;
      if (at(TokenKind::RPar)) break;
    }
    if (ok && accept(TokenKind::RPar) && at(TokenKind::Colon)) {
      s->items = std::move(items);
      done = true;
    } else {
      error.reset();
      pos_ = save;
    }
  }
  if (!done) {
    for (;;) {
      if (!item(s->items)) return nullptr;
      if (!accept(TokenKind::Comma)) break;
    }
  }
  if (!expect_colon()) return nullptr;
  if (!block(s->body, "'with' statement", start)) return nullptr;
  s->span = join(span_of(start), last_stmt(s->body)->span);
  return s;
}

ast::StmtPtr Parser::try_statement() {
  const Token& start = cur();
  advance();
  auto s = std::make_unique<ast::Try>(span_of(start));
  if (!expect_colon(true) || !block(s->body, "'try' statement", start)) return nullptr;
  const ast::Stmt* last = last_stmt(s->body);
  while (at_kw(Kw::Except)) {
    const Token& ex = cur();
    advance();
    if (at(TokenKind::Star)) return not_supported("except* clauses", join(span_of(ex), span_of(cur())));
    ast::ExceptHandler h;
    if (!at(TokenKind::Colon)) {
      h.type = expression();
      if (!h.type) return nullptr;
      if (at(TokenKind::Comma)) {
        std::size_t save = pos_;
        advance();
        auto more = expression();
        if (more && (at(TokenKind::Colon) || at_kw(Kw::As))) {
          error.reset();
          return syntax_error("multiple exception types must be parenthesized", join(h.type->span, more->span));
        }
        error.reset();
        pos_ = save;
        return invalid_syntax();
      }
      if (accept_kw(Kw::As)) {
        if (!at_name()) return invalid_syntax();
        h.name = std::string(text(cur()));
        advance();
      }
    }
    if (!expect_colon() || !block(h.body, "'except' statement", ex)) return nullptr;
    h.span = join(span_of(ex), last_stmt(h.body)->span);
    last = last_stmt(h.body);
    s->handlers.push_back(std::move(h));
  }
  if (at_kw(Kw::Else)) {
    const Token& el = cur();
    if (s->handlers.empty()) return invalid_syntax();
    advance();
    if (!expect_colon(true) || !block(s->orelse, "'else' statement", el)) return nullptr;
    last = last_stmt(s->orelse);
  }
  if (at_kw(Kw::Finally)) {
    const Token& fi = cur();
    advance();
    if (!expect_colon(true) || !block(s->finalbody, "'finally' statement", fi)) return nullptr;
    last = last_stmt(s->finalbody);
  }
  if (s->handlers.empty() && s->finalbody.empty()) {
    return syntax_error("expected 'except' or 'finally' block", span_of(cur()));
  }
  s->span = join(span_of(start), last->span);
  return s;
}

ast::StmtPtr Parser::decorated() {
  std::vector<ast::ExprPtr> decorators;
  while (accept(TokenKind::At)) {
    auto d = named_expression();
    if (!d) return nullptr;
    decorators.push_back(std::move(d));
    if (!accept(TokenKind::Newline)) return invalid_syntax();
  }
  if (at_kw(Kw::Def)) return function_def(std::move(decorators), nullptr);
  if (at_kw(Kw::Class)) return class_def(std::move(decorators), nullptr);
  if (at_kw(Kw::Async) && kw(1) == Kw::Def) return not_supported("async functions", join(span_of(cur()), span_of(peek())));
  return invalid_syntax();
}

ast::StmtPtr Parser::function_def(std::vector<ast::ExprPtr> decorators, const Token*) {
  const Token& start = cur();
  advance();
  if (!at_name()) return invalid_syntax();
  auto f = std::make_unique<ast::FunctionDef>(span_of(start));
  f->name = std::string(text(cur()));
  advance();
  if (!at(TokenKind::LPar)) return syntax_error("expected '('", span_of(cur()));
  advance();
  if (!parameters(f->args, TokenKind::RPar, false)) return nullptr;
  if (!expect(TokenKind::RPar)) return nullptr;
  if (accept(TokenKind::RArrow)) {
    f->returns = expression();
    if (!f->returns) return nullptr;
  }
  if (!expect_colon(true)) return nullptr;
  ++functions_;
  bool body_ok = block(f->body, "function definition", start);
  --functions_;
  if (!body_ok) return nullptr;
  f->decorator_list = std::move(decorators);
  f->span = join(span_of(start), last_stmt(f->body)->span);
  const ast::Stmt& first = *f->body.front();
  if (first.kind == ast::StmtKind::Expr) {
    const ast::Expr& v = *static_cast<const ast::ExprStmt&>(first).value;
    if (v.kind == ast::ExprKind::Constant && static_cast<const ast::Constant&>(v).value_kind == ast::ConstantKind::Str) {
      f->docstring = static_cast<const ast::Constant&>(v).text;
    }
  }
  return f;
}

ast::StmtPtr Parser::class_def(std::vector<ast::ExprPtr> decorators, const Token*) {
  const Token& start = cur();
  advance();
  if (!at_name()) return invalid_syntax();
  auto c = std::make_unique<ast::ClassDef>(span_of(start));
  c->name = std::string(text(cur()));
  advance();
  if (at(TokenKind::LPar)) {
    auto fake = std::make_unique<ast::Name>(span_of(cur()), "");
    class_bases_ = true;
    auto call_expr = call(std::move(fake));
    class_bases_ = false;
    if (!call_expr) return nullptr;
    auto& cl = static_cast<ast::Call&>(*call_expr);
    c->bases = std::move(cl.args);
    c->keywords = std::move(cl.keywords);
  }
  if (!expect_colon()) return nullptr;
  if (!block(c->body, "class definition", start)) return nullptr;
  c->decorator_list = std::move(decorators);
  c->span = join(span_of(start), last_stmt(c->body)->span);
  return c;
}

bool Parser::parameters(ast::Arguments& args, TokenKind close, bool lambda) {
  bool seen_slash = false, seen_star = false, seen_default = false;
  auto one_arg = [&](ast::Arg& a) -> bool {
    if (!at_name()) return invalid_syntax(), false;
    const Token& n = cur();
    a.name = std::string(text(n));
    a.span = span_of(n);
    advance();
    if (!lambda && accept(TokenKind::Colon)) {
      a.annotation = expression();
      if (!a.annotation) return false;
      a.span = join(a.span, a.annotation->span);
    }
    return true;
  };
  while (!at(close)) {
    if (at(TokenKind::Slash)) {
      if (seen_slash) return syntax_error("/ may appear only once", span_of(cur())), false;
      if (seen_star) return syntax_error("/ must be ahead of *", span_of(cur())), false;
      if (args.args.empty()) return syntax_error("at least one argument must precede /", span_of(cur())), false;
      advance();
      seen_slash = true;
      for (auto& a : args.args) args.posonlyargs.push_back(std::move(a));
      args.args.clear();
    } else if (at(TokenKind::Star)) {
      const Token& star = cur();
      if (seen_star) return syntax_error("* argument may appear only once", span_of(star)), false;
      advance();
      seen_star = true;
      if (at(TokenKind::Comma) || at(close)) {
        if (at(close) || peek().kind == close || peek().kind == TokenKind::DoubleStar) {
          return syntax_error("named arguments must follow bare *", span_of(star)), false;
        }
      } else {
        ast::Arg a;
        if (!one_arg(a)) return false;
        if (at(TokenKind::Equal)) return syntax_error("var-positional argument cannot have default value", span_of(cur())), false;
        args.vararg = std::move(a);
      }
    } else if (at(TokenKind::DoubleStar)) {
      advance();
      ast::Arg a;
      if (!one_arg(a)) return false;
      if (at(TokenKind::Equal)) return syntax_error("var-keyword argument cannot have default value", span_of(cur())), false;
      args.kwarg = std::move(a);
      accept(TokenKind::Comma);
      if (!at(close)) return syntax_error("arguments cannot follow var-keyword argument", span_of(cur())), false;
      break;
    } else {
      ast::Arg a;
      if (!one_arg(a)) return false;
      ast::ExprPtr def;
      if (accept(TokenKind::Equal)) {
        def = expression();
        if (!def) return false;
      }
      if (seen_star) {
        args.kwonlyargs.push_back(std::move(a));
        args.kw_defaults.push_back(std::move(def));
      } else {
        if (def) {
          seen_default = true;
          args.defaults.push_back(std::move(def));
        } else if (seen_default) {
          return syntax_error("non-default argument follows default argument", a.span), false;
        }
        args.args.push_back(std::move(a));
      }
    }
    if (!accept(TokenKind::Comma)) break;
  }
  if (!at(close)) return invalid_syntax(), false;
  return true;
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
