// Compound statements: blocks, if/while/for/with/try, def and class.
#include "syntax/parser_internal.h"

namespace scopeplay::syntax::detail {

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
    if (!else_clause(s->orelse)) return nullptr;
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
    if (!else_clause(s->orelse)) return nullptr;
  }
  const ast::Stmt* last = s->orelse.empty() ? last_stmt(s->body) : last_stmt(s->orelse);
  s->span = join(span_of(start), last->span);
  return s;
}

bool Parser::else_clause(ast::Body& orelse) {
  const Token& el = cur();
  advance();
  return expect_colon(true) && block(orelse, "'else' statement", el);
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
    if (!else_clause(s->orelse)) return nullptr;
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
    if (s->handlers.empty()) return invalid_syntax();
    if (!else_clause(s->orelse)) return nullptr;
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

}  // namespace scopeplay::syntax::detail
