// Expressions: CPython 3.11's precedence, from star_expressions down to atoms.
#include "syntax/parser_internal.h"

namespace scopeplay::syntax::detail {

using ast::ExprPtr;

namespace {

int binop_prec(TokenKind k, ast::BinOpKind& op) {
  switch (k) {
    case TokenKind::VBar: op = ast::BinOpKind::BitOr; return 1;
    case TokenKind::CircumFlex: op = ast::BinOpKind::BitXor; return 2;
    case TokenKind::Amper: op = ast::BinOpKind::BitAnd; return 3;
    case TokenKind::LeftShift: op = ast::BinOpKind::LShift; return 4;
    case TokenKind::RightShift: op = ast::BinOpKind::RShift; return 4;
    case TokenKind::Plus: op = ast::BinOpKind::Add; return 5;
    case TokenKind::Minus: op = ast::BinOpKind::Sub; return 5;
    case TokenKind::Star: op = ast::BinOpKind::Mult; return 6;
    case TokenKind::Slash: op = ast::BinOpKind::Div; return 6;
    case TokenKind::DoubleSlash: op = ast::BinOpKind::FloorDiv; return 6;
    case TokenKind::Percent: op = ast::BinOpKind::Mod; return 6;
    case TokenKind::At: op = ast::BinOpKind::MatMult; return 6;
    default: return 0;
  }
}

bool closes(TokenKind k) {
  return k == TokenKind::RPar || k == TokenKind::RSqb || k == TokenKind::RBrace;
}

}  // namespace

std::nullptr_t Parser::missing_comma(const ast::Expr& a) {
  // CPython's invalid_expression: `a b` inside brackets.
  bool eligible = starts_expression(cur().kind, kw()) && kw() != Kw::Not && a.kind != ast::ExprKind::Starred &&
                  a.kind != ast::ExprKind::IfExp && a.kind != ast::ExprKind::Lambda &&
                  a.kind != ast::ExprKind::NamedExpr &&
                  !(a.kind == ast::ExprKind::Name && at(TokenKind::String));
  if (eligible && !failed()) {
    std::size_t save = pos_;
    auto b = expression();
    if (b) {
      pos_ = save;
      return syntax_error("invalid syntax. Perhaps you forgot a comma?", join(a.span, b->span));
    }
    error.reset();
    pos_ = save;
  }
  return invalid_syntax();
}

ExprPtr Parser::star_expressions() {
  const Token& start = cur();
  auto first = star_expression();
  if (!first) return nullptr;
  if (!at(TokenKind::Comma)) return first;
  auto t = std::make_unique<ast::Tuple>(first->span);
  t->elts.push_back(std::move(first));
  while (accept(TokenKind::Comma)) {
    if (!at(TokenKind::Star) && !starts_expression(cur().kind, kw())) break;
    auto e = star_expression();
    if (!e) return nullptr;
    t->elts.push_back(std::move(e));
  }
  t->span = from(start);
  return t;
}

ExprPtr Parser::star_expression() {
  if (at(TokenKind::Star)) {
    const Token& start = cur();
    advance();
    auto v = binary(1);
    if (!v) return nullptr;
    auto s = std::make_unique<ast::Starred>(from(start));
    s->value = std::move(v);
    return s;
  }
  return expression();
}

ExprPtr Parser::star_named_expression() {
  if (at(TokenKind::Star)) return star_expression();
  return named_expression();
}

ExprPtr Parser::named_expression() {
  if (at_name() && peek().kind == TokenKind::ColonEqual) {
    const Token& start = cur();
    auto target = std::make_unique<ast::Name>(span_of(start), std::string(text(start)));
    target->ctx = ast::ExprContext::Store;
    advance();
    advance();
    auto value = expression();
    if (!value) return nullptr;
    auto n = std::make_unique<ast::NamedExpr>(from(start));
    n->target = std::move(target);
    n->value = std::move(value);
    return n;
  }
  auto e = expression();
  if (!e) return nullptr;
  if (at(TokenKind::ColonEqual)) {
    return syntax_error("cannot use assignment expressions with " + std::string(expr_name(*e)), e->span);
  }
  return e;
}

ExprPtr Parser::condition() {
  auto e = named_expression();
  if (!e || !at(TokenKind::Equal)) return e;
  using K = ast::ExprKind;
  bool excluded = e->kind == K::List || e->kind == K::Tuple || e->kind == K::GeneratorExp ||
                  (e->kind == K::Constant && (static_cast<ast::Constant&>(*e).value_kind == ast::ConstantKind::True ||
                                              static_cast<ast::Constant&>(*e).value_kind == ast::ConstantKind::False ||
                                              static_cast<ast::Constant&>(*e).value_kind == ast::ConstantKind::None));
  if (excluded) return invalid_syntax();
  std::size_t save = pos_;
  advance();
  auto value = binary(1);
  if (value && !at(TokenKind::Equal) && !at(TokenKind::ColonEqual)) {
    if (e->kind == K::Name) {
      return syntax_error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", join(e->span, value->span));
    }
    return syntax_error(
        "cannot assign to " + std::string(expr_name(*e)) + " here. Maybe you meant '==' instead of '='?", e->span);
  }
  error.reset();
  pos_ = save;
  return invalid_syntax();
}

ExprPtr Parser::expression() {
  DepthGuard guard(*this);
  if (guard.too_deep()) return syntax_error("too many nested parentheses", span_of(cur()));
  if (at_kw(Kw::Lambda)) return lambda();
  const Token& start = cur();
  auto body = disjunction();
  if (!body) return nullptr;
  if (!at_kw(Kw::If)) return body;
  advance();
  auto test = disjunction();
  if (!test) return nullptr;
  if (!accept_kw(Kw::Else)) {
    if (at(TokenKind::Colon)) return invalid_syntax();
    return syntax_error("expected 'else' after 'if' expression", join(body->span, test->span));
  }
  auto orelse = expression();
  if (!orelse) return nullptr;
  auto e = std::make_unique<ast::IfExp>(from(start));
  e->body = std::move(body);
  e->test = std::move(test);
  e->orelse = std::move(orelse);
  return e;
}

ExprPtr Parser::lambda() {
  const Token& start = cur();
  advance();
  auto l = std::make_unique<ast::Lambda>(span_of(start));
  if (!parameters(l->args, TokenKind::Colon, true)) return nullptr;
  if (!expect(TokenKind::Colon)) return nullptr;
  ++functions_;
  l->body = expression();
  --functions_;
  if (!l->body) return nullptr;
  l->span = from(start);
  return l;
}

ExprPtr Parser::disjunction() {
  const Token& start = cur();
  auto first = conjunction();
  if (!first || !at_kw(Kw::Or)) return first;
  auto b = std::make_unique<ast::BoolOp>(first->span, ast::BoolOpKind::Or);
  b->values.push_back(std::move(first));
  while (accept_kw(Kw::Or)) {
    auto e = conjunction();
    if (!e) return nullptr;
    b->values.push_back(std::move(e));
  }
  b->span = from(start);
  return b;
}

ExprPtr Parser::conjunction() {
  const Token& start = cur();
  auto first = inversion();
  if (!first || !at_kw(Kw::And)) return first;
  auto b = std::make_unique<ast::BoolOp>(first->span, ast::BoolOpKind::And);
  b->values.push_back(std::move(first));
  while (accept_kw(Kw::And)) {
    auto e = inversion();
    if (!e) return nullptr;
    b->values.push_back(std::move(e));
  }
  b->span = from(start);
  return b;
}

ExprPtr Parser::inversion() {
  if (!at_kw(Kw::Not)) return comparison();
  DepthGuard guard(*this);
  if (guard.too_deep()) return syntax_error("too many nested parentheses", span_of(cur()));
  const Token& start = cur();
  advance();
  auto operand = inversion();
  if (!operand) return nullptr;
  return std::make_unique<ast::UnaryOp>(from(start), ast::UnaryOpKind::Not, std::move(operand));
}

ExprPtr Parser::comparison() {
  const Token& start = cur();
  auto left = binary(1);
  if (!left) return nullptr;
  std::unique_ptr<ast::Compare> c;
  for (;;) {
    ast::CmpOpKind op;
    switch (cur().kind) {
      case TokenKind::EqEqual: op = ast::CmpOpKind::Eq; break;
      case TokenKind::NotEqual:
        if (text(cur()) == "<>") return invalid_syntax();
        op = ast::CmpOpKind::NotEq;
        break;
      case TokenKind::Less: op = ast::CmpOpKind::Lt; break;
      case TokenKind::LessEqual: op = ast::CmpOpKind::LtE; break;
      case TokenKind::Greater: op = ast::CmpOpKind::Gt; break;
      case TokenKind::GreaterEqual: op = ast::CmpOpKind::GtE; break;
      case TokenKind::Name:
        if (at_kw(Kw::In)) {
          op = ast::CmpOpKind::In;
        } else if (at_kw(Kw::Is)) {
          op = kw(1) == Kw::Not ? ast::CmpOpKind::IsNot : ast::CmpOpKind::Is;
        } else if (at_kw(Kw::Not) && kw(1) == Kw::In) {
          op = ast::CmpOpKind::NotIn;
        } else {
          goto done;
        }
        break;
      default: goto done;
    }
    advance();
    if (op == ast::CmpOpKind::IsNot || op == ast::CmpOpKind::NotIn) advance();
    {
      auto right = binary(1);
      if (!right) return nullptr;
      if (!c) {
        c = std::make_unique<ast::Compare>(left->span);
        c->left = std::move(left);
      }
      c->ops.push_back(op);
      c->comparators.push_back(std::move(right));
    }
  }
done:
  if (!c) return left;
  c->span = from(start);
  return c;
}

ExprPtr Parser::binary(int min_prec) {
  const Token& start = cur();
  auto left = factor();
  if (!left) return nullptr;
  for (;;) {
    ast::BinOpKind op{};
    int prec = binop_prec(cur().kind, op);
    if (prec == 0 || prec < min_prec) return left;
    if (!link()) return nullptr;
    advance();
    auto right = binary(prec + 1);
    if (!right) return nullptr;
    left = std::make_unique<ast::BinOp>(from(start), op, std::move(left), std::move(right));
  }
}

ExprPtr Parser::factor() {
  ast::UnaryOpKind op;
  switch (cur().kind) {
    case TokenKind::Plus: op = ast::UnaryOpKind::UAdd; break;
    case TokenKind::Minus: op = ast::UnaryOpKind::USub; break;
    case TokenKind::Tilde: op = ast::UnaryOpKind::Invert; break;
    default: return power();
  }
  DepthGuard guard(*this);
  if (guard.too_deep()) return syntax_error("too many nested parentheses", span_of(cur()));
  const Token& start = cur();
  advance();
  auto operand = factor();
  if (!operand) return nullptr;
  return std::make_unique<ast::UnaryOp>(from(start), op, std::move(operand));
}

ExprPtr Parser::power() {
  if (at_kw(Kw::Await)) {
    const Token& start = cur();
    advance();
    auto v = primary();
    if (!v) return nullptr;
    return syntax_error(functions_ > 0 ? "'await' outside async function" : "'await' outside function",
                        join(span_of(start), v->span));
  }
  const Token& start = cur();
  auto base = primary();
  if (!base || !at(TokenKind::DoubleStar)) return base;
  DepthGuard guard(*this);
  if (guard.too_deep()) return syntax_error("too many nested parentheses", span_of(cur()));
  advance();
  auto exp = factor();
  if (!exp) return nullptr;
  return std::make_unique<ast::BinOp>(from(start), ast::BinOpKind::Pow, std::move(base), std::move(exp));
}

ExprPtr Parser::primary() {
  const Token& start = cur();
  auto e = atom();
  if (!e) return nullptr;
  for (;;) {
    if ((at(TokenKind::Dot) || at(TokenKind::LPar) || at(TokenKind::LSqb)) && !link()) return nullptr;
    if (at(TokenKind::Dot)) {
      advance();
      if (!at_name()) return invalid_syntax();
      auto a = std::make_unique<ast::Attribute>(span_of(cur()));
      a->attr = std::string(text(cur()));
      a->value = std::move(e);
      advance();
      a->span = from(start);
      e = std::move(a);
    } else if (at(TokenKind::LPar)) {
      e = call(std::move(e));
      if (!e) return nullptr;
      e->span = from(start);
    } else if (at(TokenKind::LSqb)) {
      advance();
      auto s = slices();
      if (!s) return nullptr;
      if (!at(TokenKind::RSqb)) return missing_comma(*s);
      advance();
      auto sub = std::make_unique<ast::Subscript>(from(start));
      sub->value = std::move(e);
      sub->slice = std::move(s);
      e = std::move(sub);
    } else {
      return e;
    }
  }
}

ExprPtr Parser::slices() {
  const Token& start = cur();
  auto first = at(TokenKind::Star) ? star_expression() : slice();
  if (!first) return nullptr;
  if (!at(TokenKind::Comma) && first->kind != ast::ExprKind::Starred) return first;
  auto t = std::make_unique<ast::Tuple>(first->span);
  t->elts.push_back(std::move(first));
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RSqb)) break;
    auto e = at(TokenKind::Star) ? star_expression() : slice();
    if (!e) return nullptr;
    t->elts.push_back(std::move(e));
  }
  t->span = from(start);
  return t;
}

ExprPtr Parser::slice() {
  const Token& start = cur();
  ExprPtr lower;
  if (!at(TokenKind::Colon)) {
    lower = named_expression();
    if (!lower || !at(TokenKind::Colon)) return lower;
  }
  advance();
  auto s = std::make_unique<ast::Slice>(span_of(start));
  s->lower = std::move(lower);
  if (!at(TokenKind::Colon) && !at(TokenKind::Comma) && !at(TokenKind::RSqb)) {
    s->upper = expression();
    if (!s->upper) return nullptr;
  }
  if (accept(TokenKind::Colon)) {
    if (!at(TokenKind::Comma) && !at(TokenKind::RSqb)) {
      s->step = expression();
      if (!s->step) return nullptr;
    }
  }
  s->span = from(start);
  return s;
}

ExprPtr Parser::call(ExprPtr func) {
  const Token& open = cur();
  advance();
  bool class_bases = class_bases_;
  class_bases_ = false;  // only the class's own parentheses
  auto c = std::make_unique<ast::Call>(func->span);
  bool seen_kw = false, seen_kwunpack = false;
  const ast::Expr* last = nullptr;
  while (!at(TokenKind::RPar)) {
    last = nullptr;
    if (at(TokenKind::Star)) {
      const Token& st = cur();
      advance();
      auto v = expression();
      if (!v) return nullptr;
      auto s = std::make_unique<ast::Starred>(from(st));
      s->value = std::move(v);
      if (seen_kwunpack) {
        return syntax_error("iterable argument unpacking follows keyword argument unpacking", span_of(st));
      }
      c->args.push_back(std::move(s));
    } else if (at(TokenKind::DoubleStar)) {
      const Token& st = cur();
      advance();
      ast::Keyword k;
      k.value = expression();
      if (!k.value) return nullptr;
      k.span = from(st);
      c->keywords.push_back(std::move(k));
      seen_kwunpack = true;
    } else if (at_name() && peek().kind == TokenKind::Equal) {
      const Token& n = cur();
      advance();
      advance();
      ast::Keyword k;
      k.arg = std::string(text(n));
      k.value = expression();
      if (!k.value) return nullptr;
      k.span = from(n);
      c->keywords.push_back(std::move(k));
      seen_kw = true;
    } else {
      if (at(TokenKind::Name) && (at_kw(Kw::True) || at_kw(Kw::False) || at_kw(Kw::None)) &&
          peek().kind == TokenKind::Equal) {
        return syntax_error("cannot assign to " + std::string(text(cur())), join(span_of(cur()), span_of(peek())));
      }
      auto e = named_expression();
      if (!e) return nullptr;
      if (class_bases && (at_kw(Kw::For) || at_kw(Kw::Async))) return invalid_syntax();
      if (at_kw(Kw::For) || at_kw(Kw::Async)) {
        auto g = std::make_unique<ast::GeneratorExp>(e->span);
        g->elt = std::move(e);
        if (!comprehension_clauses(g->generators)) return nullptr;
        bool sole = c->args.empty() && c->keywords.empty() && at(TokenKind::RPar);
        if (!sole) {
          g->span = from(g->elt->span);
          return syntax_error("Generator expression must be parenthesized", g->span);
        }
        g->span = join(span_of(open), span_of(cur()));
        e = std::move(g);
      } else if (at(TokenKind::Equal)) {
        return syntax_error("expression cannot contain assignment, perhaps you meant \"==\"?",
                            join(e->span, span_of(cur())));
      }
      if (seen_kwunpack) return syntax_error("positional argument follows keyword argument unpacking", span_of(cur()));
      if (seen_kw) return syntax_error("positional argument follows keyword argument", span_of(cur()));
      last = e.get();
      c->args.push_back(std::move(e));
    }
    if (!accept(TokenKind::Comma)) break;
  }
  if (!at(TokenKind::RPar)) {
    if (last) return missing_comma(*last);
    if (!c->keywords.empty() && !closes(cur().kind)) return missing_comma(*c->keywords.back().value);
    return invalid_syntax();
  }
  advance();
  c->func = std::move(func);
  c->span = from(c->span);
  return c;
}

bool Parser::comprehension_clauses(std::vector<ast::Comprehension>& out) {
  while (at_kw(Kw::For) || at_kw(Kw::Async)) {
    if (at_kw(Kw::Async)) return not_supported("async comprehensions", span_of(cur())), false;
    advance();
    ast::Comprehension c;
    c.target = star_targets();
    if (!c.target) return false;
    if (!at_kw(Kw::In)) return invalid_syntax(), false;
    if (!check_target(*c.target, TargetKind::Comprehension)) return false;
    set_context(*c.target, ast::ExprContext::Store);
    advance();
    c.iter = disjunction();
    if (!c.iter) return false;
    while (accept_kw(Kw::If)) {
      auto cond = disjunction();
      if (!cond) return false;
      c.ifs.push_back(std::move(cond));
    }
    out.push_back(std::move(c));
  }
  return true;
}

ExprPtr Parser::star_targets(bool single) {
  const Token& start = cur();
  auto one = [&]() -> ExprPtr {
    if (at(TokenKind::Star)) {
      const Token& st = cur();
      advance();
      auto v = binary(1);
      if (!v) return nullptr;
      auto s = std::make_unique<ast::Starred>(from(st));
      s->value = std::move(v);
      return s;
    }
    return binary(1);
  };
  auto first = one();
  if (!first || single || !at(TokenKind::Comma)) return first;
  auto t = std::make_unique<ast::Tuple>(first->span);
  t->elts.push_back(std::move(first));
  while (accept(TokenKind::Comma)) {
    if (!at(TokenKind::Star) && !starts_expression(cur().kind, kw())) break;
    auto e = one();
    if (!e) return nullptr;
    t->elts.push_back(std::move(e));
  }
  t->span = from(start);
  return t;
}

ExprPtr Parser::yield_expression() {
  const Token& start = cur();
  advance();
  if (accept_kw(Kw::From)) {
    auto v = expression();
    if (!v) return nullptr;
    auto y = std::make_unique<ast::YieldFrom>(from(start));
    y->value = std::move(v);
    return y;
  }
  auto y = std::make_unique<ast::Yield>(span_of(start));
  if (at(TokenKind::Star) || starts_expression(cur().kind, kw())) {
    y->value = star_expressions();
    if (!y->value) return nullptr;
  }
  y->span = from(start);
  return y;
}

ExprPtr Parser::atom() {
  const Token& t = cur();
  switch (t.kind) {
    case TokenKind::Name: {
      Kw k = kw();
      if (k == Kw::NotKeyword) {
        advance();
        return std::make_unique<ast::Name>(span_of(t), std::string(text(t)));
      }
      if (k == Kw::None || k == Kw::True || k == Kw::False) {
        advance();
        auto c = std::make_unique<ast::Constant>(span_of(t));
        c->value_kind = k == Kw::None ? ast::ConstantKind::None
                        : k == Kw::True ? ast::ConstantKind::True
                                        : ast::ConstantKind::False;
        return c;
      }
      return invalid_syntax();
    }
    case TokenKind::Number: advance(); return number(t);
    case TokenKind::String: return strings();
    case TokenKind::Ellipsis: {
      advance();
      auto c = std::make_unique<ast::Constant>(span_of(t));
      c->value_kind = ast::ConstantKind::Ellipsis;
      return c;
    }
    case TokenKind::LPar: return paren_atom();
    case TokenKind::LSqb: return list_atom();
    case TokenKind::LBrace: return brace_atom();
    default: return invalid_syntax();
  }
}

ExprPtr Parser::paren_atom() {
  const Token& open = cur();
  advance();
  if (accept(TokenKind::RPar)) {
    auto t = std::make_unique<ast::Tuple>(from(open));
    t->parenthesized = true;
    return t;
  }
  if (at_kw(Kw::Yield)) {
    auto y = yield_expression();
    if (!y) return nullptr;
    if (!at(TokenKind::RPar)) return invalid_syntax();
    advance();
    return y;
  }
  auto first = star_named_expression();
  if (!first) return nullptr;
  if (at_kw(Kw::For) || at_kw(Kw::Async)) {
    if (first->kind == ast::ExprKind::Starred) return syntax_error("iterable unpacking cannot be used in comprehension", first->span);
    auto g = std::make_unique<ast::GeneratorExp>(span_of(open));
    g->elt = std::move(first);
    if (!comprehension_clauses(g->generators)) return nullptr;
    if (!at(TokenKind::RPar)) return invalid_syntax();
    advance();
    g->span = from(open);
    return g;
  }
  if (at(TokenKind::Comma)) {
    auto t = std::make_unique<ast::Tuple>(span_of(open));
    t->parenthesized = true;
    t->elts.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
      if (at(TokenKind::RPar)) break;
      auto e = star_named_expression();
      if (!e) return nullptr;
      t->elts.push_back(std::move(e));
    }
    if (!at(TokenKind::RPar)) return t->elts.empty() ? invalid_syntax() : missing_comma(*t->elts.back());
    advance();
    t->span = from(open);
    return t;
  }
  if (!at(TokenKind::RPar)) {
    if (at(TokenKind::Equal) && first->kind != ast::ExprKind::Starred) {
      return invalid_syntax();
    }
    return missing_comma(*first);
  }
  if (first->kind == ast::ExprKind::Starred) {
    return syntax_error("cannot use starred expression here", first->span);
  }
  advance();
  return first;
}

ExprPtr Parser::list_atom() {
  const Token& open = cur();
  advance();
  if (accept(TokenKind::RSqb)) return std::make_unique<ast::List>(from(open));
  auto first = star_named_expression();
  if (!first) return nullptr;
  if (at_kw(Kw::For) || at_kw(Kw::Async)) {
    if (first->kind == ast::ExprKind::Starred) return syntax_error("iterable unpacking cannot be used in comprehension", first->span);
    auto l = std::make_unique<ast::ListComp>(span_of(open));
    l->elt = std::move(first);
    if (!comprehension_clauses(l->generators)) return nullptr;
    if (!at(TokenKind::RSqb)) return invalid_syntax();
    advance();
    l->span = from(open);
    return l;
  }
  auto l = std::make_unique<ast::List>(span_of(open));
  l->elts.push_back(std::move(first));
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RSqb)) break;
    auto e = star_named_expression();
    if (!e) return nullptr;
    l->elts.push_back(std::move(e));
  }
  if (!at(TokenKind::RSqb)) return missing_comma(*l->elts.back());
  advance();
  l->span = from(open);
  return l;
}

ExprPtr Parser::brace_atom() {
  const Token& open = cur();
  advance();
  if (accept(TokenKind::RBrace)) return std::make_unique<ast::Dict>(from(open));
  // The first item decides: dict (key: value or **m) or set.
  bool is_dict = false;
  ExprPtr first_key, first_value;
  if (at(TokenKind::DoubleStar)) {
    advance();
    first_value = binary(1);
    if (!first_value) return nullptr;
    is_dict = true;
  } else {
    first_key = star_named_expression();
    if (!first_key) return nullptr;
    if (at(TokenKind::Colon) && first_key->kind != ast::ExprKind::Starred) {
      const Token& colon = cur();
      advance();
      if (at(TokenKind::RBrace) || at(TokenKind::Comma)) {
        return syntax_error("expression expected after dictionary key and ':'", span_of(colon));
      }
      first_value = expression();
      if (!first_value) return nullptr;
      is_dict = true;
    }
  }
  if (is_dict) {
    if (first_key && (at_kw(Kw::For) || at_kw(Kw::Async))) {
      auto d = std::make_unique<ast::DictComp>(span_of(open));
      d->key = std::move(first_key);
      d->value = std::move(first_value);
      if (!comprehension_clauses(d->generators)) return nullptr;
      if (!at(TokenKind::RBrace)) return invalid_syntax();
      advance();
      d->span = from(open);
      return d;
    }
    auto d = std::make_unique<ast::Dict>(span_of(open));
    d->keys.push_back(std::move(first_key));
    d->values.push_back(std::move(first_value));
    while (accept(TokenKind::Comma)) {
      if (at(TokenKind::RBrace)) break;
      if (accept(TokenKind::DoubleStar)) {
        auto v = binary(1);
        if (!v) return nullptr;
        d->keys.push_back(nullptr);
        d->values.push_back(std::move(v));
        continue;
      }
      auto k = expression();
      if (!k) return nullptr;
      if (!at(TokenKind::Colon)) {
        if (at(TokenKind::Comma) || at(TokenKind::RBrace)) {
          return syntax_error("':' expected after dictionary key", k->span);
        }
        return missing_comma(*k);
      }
      const Token& colon = cur();
      advance();
      if (at(TokenKind::RBrace) || at(TokenKind::Comma)) {
        return syntax_error("expression expected after dictionary key and ':'", span_of(colon));
      }
      auto v = expression();
      if (!v) return nullptr;
      d->keys.push_back(std::move(k));
      d->values.push_back(std::move(v));
    }
    if (!at(TokenKind::RBrace)) {
      return d->values.back() ? missing_comma(*d->values.back()) : invalid_syntax();
    }
    advance();
    d->span = from(open);
    return d;
  }
  if (at_kw(Kw::For) || at_kw(Kw::Async)) {
    if (first_key->kind == ast::ExprKind::Starred) return syntax_error("iterable unpacking cannot be used in comprehension", first_key->span);
    auto s = std::make_unique<ast::SetComp>(span_of(open));
    s->elt = std::move(first_key);
    if (!comprehension_clauses(s->generators)) return nullptr;
    if (!at(TokenKind::RBrace)) return invalid_syntax();
    advance();
    s->span = from(open);
    return s;
  }
  auto s = std::make_unique<ast::Set>(span_of(open));
  s->elts.push_back(std::move(first_key));
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RBrace)) break;
    auto e = star_named_expression();
    if (!e) return nullptr;
    s->elts.push_back(std::move(e));
  }
  if (!at(TokenKind::RBrace)) return missing_comma(*s->elts.back());
  advance();
  s->span = from(open);
  return s;
}

}  // namespace scopeplay::syntax::detail
