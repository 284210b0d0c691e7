// Assignment and deletion targets: Store/Del contexts and CPython's messages
// for what cannot be assigned to.
#include "syntax/parser_internal.h"

namespace scopeplay::syntax::detail {

std::string_view expr_name(const ast::Expr& e) {
  using K = ast::ExprKind;
  switch (e.kind) {
    case K::Attribute: return "attribute";
    case K::Subscript: return "subscript";
    case K::Starred: return "starred";
    case K::Name: return "name";
    case K::List: return "list";
    case K::Tuple: return "tuple";
    case K::Lambda: return "lambda";
    case K::Call: return "function call";
    case K::BoolOp: case K::BinOp: case K::UnaryOp: return "expression";
    case K::GeneratorExp: return "generator expression";
    case K::Yield: case K::YieldFrom: return "yield expression";
    case K::ListComp: return "list comprehension";
    case K::SetComp: return "set comprehension";
    case K::DictComp: return "dict comprehension";
    case K::Dict: return "dict literal";
    case K::Set: return "set display";
    case K::JoinedStr: case K::FormattedValue: return "f-string expression";
    case K::Constant: {
      switch (static_cast<const ast::Constant&>(e).value_kind) {
        case ast::ConstantKind::None: return "None";
        case ast::ConstantKind::True: return "True";
        case ast::ConstantKind::False: return "False";
        case ast::ConstantKind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    }
    case K::Compare: return "comparison";
    case K::IfExp: return "conditional expression";
    case K::NamedExpr: return "named expression";
    case K::Slice: return "slice";
  }
  return "expression";
}

namespace {

// The first sub-expression that cannot be a target, or null.
const ast::Expr* invalid_target(const ast::Expr& e, TargetKind kind) {
  using K = ast::ExprKind;
  switch (e.kind) {
    case K::Name: case K::Attribute: case K::Subscript: return nullptr;
    case K::Starred:
      if (kind == TargetKind::Del) return &e;
      return invalid_target(*static_cast<const ast::Starred&>(e).value, kind);
    case K::List:
      for (const auto& x : static_cast<const ast::List&>(e).elts) {
        if (auto* bad = invalid_target(*x, kind)) return bad;
      }
      return nullptr;
    case K::Tuple:
      for (const auto& x : static_cast<const ast::Tuple&>(e).elts) {
        if (auto* bad = invalid_target(*x, kind)) return bad;
      }
      return nullptr;
    default: return &e;
  }
}

}  // namespace

bool Parser::check_target(ast::Expr& e, TargetKind kind) {
  const ast::Expr* bad = invalid_target(e, kind);
  if (!bad) return true;
  std::string what(expr_name(*bad));
  switch (kind) {
    case TargetKind::Del: syntax_error("cannot delete " + what, bad->span); break;
    case TargetKind::NamedExpr: syntax_error("cannot use assignment expressions with " + what, bad->span); break;
    case TargetKind::AugAssign:
      syntax_error("'" + what + "' is an illegal expression for augmented assignment", bad->span);
      break;
    default:
      if (kind == TargetKind::Store && (bad->kind == ast::ExprKind::Yield || bad->kind == ast::ExprKind::YieldFrom)) {
        syntax_error("assignment to yield expression not possible", bad->span);
        break;
      }
      syntax_error("cannot assign to " + what, bad->span);
      break;
  }
  return false;
}

void Parser::set_context(ast::Expr& e, ast::ExprContext ctx) {
  using K = ast::ExprKind;
  switch (e.kind) {
    case K::Name: static_cast<ast::Name&>(e).ctx = ctx; break;
    case K::Attribute: static_cast<ast::Attribute&>(e).ctx = ctx; break;
    case K::Subscript: static_cast<ast::Subscript&>(e).ctx = ctx; break;
    case K::Starred: {
      auto& s = static_cast<ast::Starred&>(e);
      s.ctx = ctx;
      set_context(*s.value, ctx);
      break;
    }
    case K::List: {
      auto& l = static_cast<ast::List&>(e);
      l.ctx = ctx;
      for (auto& x : l.elts) set_context(*x, ctx);
      break;
    }
    case K::Tuple: {
      auto& t = static_cast<ast::Tuple&>(e);
      t.ctx = ctx;
      for (auto& x : t.elts) set_context(*x, ctx);
      break;
    }
    default: break;
  }
}

}  // namespace scopeplay::syntax::detail
