// A compact, position-annotated dump of the AST for tests:
//   Kind(field, ...)@line:col-end_line:end_col   (col 0-based, like CPython's ast)
// gen_expected.py prints the same format from CPython's own ast module, so
// expected strings in the tests come straight from python3.
#pragma once

#include <cstdio>
#include <string>

#include "syntax/ast.h"

namespace scopeplay::syntax::testing {

inline std::string pos(const source::SourceSpan& s) {
  return "@" + std::to_string(s.line) + ":" + std::to_string(s.column - 1) + "-" + std::to_string(s.end_line) + ":" +
         std::to_string(s.end_column - 1);
}

inline std::string quote(const std::string& s, bool bytes = false) {
  std::string out = "'";
  for (unsigned char c : s) {
    if (bytes && c >= 0x80) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
      continue;
    }
    if (c == '\\' || c == '\'') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "'";
}

inline const char* ctx_name(ast::ExprContext c) {
  return c == ast::ExprContext::Load ? "Load" : c == ast::ExprContext::Store ? "Store" : "Del";
}

inline const char* binop_name(ast::BinOpKind k) {
  static const char* names[] = {"Add", "Sub", "Mult", "MatMult", "Div", "FloorDiv", "Mod",
                                "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd"};
  return names[static_cast<int>(k)];
}

inline const char* cmpop_name(ast::CmpOpKind k) {
  static const char* names[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
  return names[static_cast<int>(k)];
}

std::string dump(const ast::Expr* e);
std::string dump(const ast::Stmt& s);

inline std::string dump_list(const std::vector<ast::ExprPtr>& v) {
  std::string out = "[";
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + dump(v[i].get());
  return out + "]";
}

inline std::string dump_body(const ast::Body& b) {
  std::string out = "[";
  for (std::size_t i = 0; i < b.size(); ++i) out += (i ? ", " : "") + dump(*b[i]);
  return out + "]";
}

inline std::string dump_arg(const ast::Arg& a) {
  return "arg(" + a.name + (a.annotation ? ", " + dump(a.annotation.get()) : "") + ")" + pos(a.span);
}

inline std::string dump_args(const ast::Arguments& a) {
  std::string out = "arguments(";
  auto args = [&](const std::vector<ast::Arg>& v) {
    std::string s = "[";
    for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + dump_arg(v[i]);
    return s + "]";
  };
  out += args(a.posonlyargs) + ", " + args(a.args) + ", " + (a.vararg ? dump_arg(*a.vararg) : "-") + ", " +
         args(a.kwonlyargs) + ", " + dump_list(a.kw_defaults) + ", " + (a.kwarg ? dump_arg(*a.kwarg) : "-") + ", " +
         dump_list(a.defaults) + ")";
  return out;
}

inline std::string dump_keywords(const std::vector<ast::Keyword>& v) {
  std::string out = "[";
  for (std::size_t i = 0; i < v.size(); ++i) {
    out += (i ? ", " : "") + std::string("keyword(") + (v[i].arg ? *v[i].arg : "**") + ", " +
           dump(v[i].value.get()) + ")" + pos(v[i].span);
  }
  return out + "]";
}

inline std::string dump_generators(const std::vector<ast::Comprehension>& v) {
  std::string out = "[";
  for (std::size_t i = 0; i < v.size(); ++i) {
    out += (i ? ", " : "") + std::string("comprehension(") + dump(v[i].target.get()) + ", " +
           dump(v[i].iter.get()) + ", " + dump_list(v[i].ifs) + ")";
  }
  return out + "]";
}

inline std::string dump(const ast::Expr* e) {
  if (!e) return "-";
  using K = ast::ExprKind;
  std::string out;
  switch (e->kind) {
    case K::Name: {
      auto& n = static_cast<const ast::Name&>(*e);
      out = "Name(" + n.id + ", " + ctx_name(n.ctx) + ")";
      break;
    }
    case K::Constant: {
      auto& c = static_cast<const ast::Constant&>(*e);
      char buf[64];
      switch (c.value_kind) {
        case ast::ConstantKind::None: out = "Constant(None)"; break;
        case ast::ConstantKind::True: out = "Constant(True)"; break;
        case ast::ConstantKind::False: out = "Constant(False)"; break;
        case ast::ConstantKind::Ellipsis: out = "Constant(...)"; break;
        case ast::ConstantKind::Int: out = "Constant(int " + std::to_string(c.int_value) + ")"; break;
        case ast::ConstantKind::BigInt: out = "Constant(int " + c.text + ")"; break;
        case ast::ConstantKind::Float:
          std::snprintf(buf, sizeof buf, "%.17g", c.float_value);
          out = std::string("Constant(float ") + buf + ")";
          break;
        case ast::ConstantKind::Imaginary:
          std::snprintf(buf, sizeof buf, "%.17g", c.float_value);
          out = std::string("Constant(complex ") + buf + ")";
          break;
        case ast::ConstantKind::Str: out = "Constant(str " + quote(c.text) + ")"; break;
        case ast::ConstantKind::Bytes: out = "Constant(bytes " + quote(c.text, true) + ")"; break;
      }
      break;
    }
    case K::JoinedStr: out = "JoinedStr(" + dump_list(static_cast<const ast::JoinedStr&>(*e).values) + ")"; break;
    case K::FormattedValue: {
      auto& f = static_cast<const ast::FormattedValue&>(*e);
      out = "FormattedValue(" + dump(f.value.get()) + ", " + (f.conversion ? std::string(1, f.conversion) : "-") +
            ", " + dump(f.format_spec.get()) + (f.debug_text.empty() ? "" : ", debug=" + quote(f.debug_text)) + ")";
      break;
    }
    case K::BinOp: {
      auto& b = static_cast<const ast::BinOp&>(*e);
      out = std::string("BinOp(") + dump(b.left.get()) + ", " + binop_name(b.op) + ", " + dump(b.right.get()) + ")";
      break;
    }
    case K::UnaryOp: {
      auto& u = static_cast<const ast::UnaryOp&>(*e);
      static const char* names[] = {"Invert", "Not", "UAdd", "USub"};
      out = std::string("UnaryOp(") + names[static_cast<int>(u.op)] + ", " + dump(u.operand.get()) + ")";
      break;
    }
    case K::BoolOp: {
      auto& b = static_cast<const ast::BoolOp&>(*e);
      out = std::string("BoolOp(") + (b.op == ast::BoolOpKind::And ? "And" : "Or") + ", " + dump_list(b.values) + ")";
      break;
    }
    case K::Compare: {
      auto& c = static_cast<const ast::Compare&>(*e);
      out = "Compare(" + dump(c.left.get()) + ", [";
      for (std::size_t i = 0; i < c.ops.size(); ++i) out += (i ? ", " : "") + std::string(cmpop_name(c.ops[i]));
      out += "], " + dump_list(c.comparators) + ")";
      break;
    }
    case K::IfExp: {
      auto& i = static_cast<const ast::IfExp&>(*e);
      out = "IfExp(" + dump(i.test.get()) + ", " + dump(i.body.get()) + ", " + dump(i.orelse.get()) + ")";
      break;
    }
    case K::NamedExpr: {
      auto& n = static_cast<const ast::NamedExpr&>(*e);
      out = "NamedExpr(" + dump(n.target.get()) + ", " + dump(n.value.get()) + ")";
      break;
    }
    case K::Lambda: {
      auto& l = static_cast<const ast::Lambda&>(*e);
      out = "Lambda(" + dump_args(l.args) + ", " + dump(l.body.get()) + ")";
      break;
    }
    case K::Call: {
      auto& c = static_cast<const ast::Call&>(*e);
      out = "Call(" + dump(c.func.get()) + ", " + dump_list(c.args) + ", " + dump_keywords(c.keywords) + ")";
      break;
    }
    case K::Attribute: {
      auto& a = static_cast<const ast::Attribute&>(*e);
      out = "Attribute(" + dump(a.value.get()) + ", " + a.attr + ", " + ctx_name(a.ctx) + ")";
      break;
    }
    case K::Subscript: {
      auto& s = static_cast<const ast::Subscript&>(*e);
      out = "Subscript(" + dump(s.value.get()) + ", " + dump(s.slice.get()) + ", " + ctx_name(s.ctx) + ")";
      break;
    }
    case K::Slice: {
      auto& s = static_cast<const ast::Slice&>(*e);
      out = "Slice(" + dump(s.lower.get()) + ", " + dump(s.upper.get()) + ", " + dump(s.step.get()) + ")";
      break;
    }
    case K::Starred: {
      auto& s = static_cast<const ast::Starred&>(*e);
      out = "Starred(" + dump(s.value.get()) + ", " + ctx_name(s.ctx) + ")";
      break;
    }
    case K::List: {
      auto& l = static_cast<const ast::List&>(*e);
      out = "List(" + dump_list(l.elts) + ", " + ctx_name(l.ctx) + ")";
      break;
    }
    case K::Tuple: {
      auto& t = static_cast<const ast::Tuple&>(*e);
      out = "Tuple(" + dump_list(t.elts) + ", " + ctx_name(t.ctx) + ")";
      break;
    }
    case K::Set: out = "Set(" + dump_list(static_cast<const ast::Set&>(*e).elts) + ")"; break;
    case K::Dict: {
      auto& d = static_cast<const ast::Dict&>(*e);
      out = "Dict(" + dump_list(d.keys) + ", " + dump_list(d.values) + ")";
      break;
    }
    case K::ListComp: {
      auto& c = static_cast<const ast::ListComp&>(*e);
      out = "ListComp(" + dump(c.elt.get()) + ", " + dump_generators(c.generators) + ")";
      break;
    }
    case K::SetComp: {
      auto& c = static_cast<const ast::SetComp&>(*e);
      out = "SetComp(" + dump(c.elt.get()) + ", " + dump_generators(c.generators) + ")";
      break;
    }
    case K::DictComp: {
      auto& c = static_cast<const ast::DictComp&>(*e);
      out = "DictComp(" + dump(c.key.get()) + ", " + dump(c.value.get()) + ", " + dump_generators(c.generators) + ")";
      break;
    }
    case K::GeneratorExp: {
      auto& c = static_cast<const ast::GeneratorExp&>(*e);
      out = "GeneratorExp(" + dump(c.elt.get()) + ", " + dump_generators(c.generators) + ")";
      break;
    }
    case K::Yield: out = "Yield(" + dump(static_cast<const ast::Yield&>(*e).value.get()) + ")"; break;
    case K::YieldFrom: out = "YieldFrom(" + dump(static_cast<const ast::YieldFrom&>(*e).value.get()) + ")"; break;
  }
  return out + pos(e->span);
}

inline std::string dump_names(const std::vector<std::string>& v) {
  std::string out = "[";
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + v[i];
  return out + "]";
}

inline std::string dump_aliases(const std::vector<ast::Alias>& v) {
  std::string out = "[";
  for (std::size_t i = 0; i < v.size(); ++i) {
    out += (i ? ", " : "") + std::string("alias(") + v[i].name + (v[i].asname ? " as " + *v[i].asname : "") + ")" +
           pos(v[i].span);
  }
  return out + "]";
}

inline std::string dump(const ast::Stmt& s) {
  using K = ast::StmtKind;
  std::string out;
  switch (s.kind) {
    case K::Expr: out = "Expr(" + dump(static_cast<const ast::ExprStmt&>(s).value.get()) + ")"; break;
    case K::Assign: {
      auto& a = static_cast<const ast::Assign&>(s);
      out = "Assign(" + dump_list(a.targets) + ", " + dump(a.value.get()) + ")";
      break;
    }
    case K::AugAssign: {
      auto& a = static_cast<const ast::AugAssign&>(s);
      out = "AugAssign(" + dump(a.target.get()) + ", " + binop_name(a.op) + ", " + dump(a.value.get()) + ")";
      break;
    }
    case K::AnnAssign: {
      auto& a = static_cast<const ast::AnnAssign&>(s);
      out = "AnnAssign(" + dump(a.target.get()) + ", " + dump(a.annotation.get()) + ", " + dump(a.value.get()) +
            ", " + (a.simple ? "1" : "0") + ")";
      break;
    }
    case K::FunctionDef: {
      auto& f = static_cast<const ast::FunctionDef&>(s);
      out = "FunctionDef(" + f.name + ", " + dump_args(f.args) + ", " + dump_body(f.body) + ", " +
            dump_list(f.decorator_list) + ", " + dump(f.returns.get()) + ")";
      break;
    }
    case K::ClassDef: {
      auto& c = static_cast<const ast::ClassDef&>(s);
      out = "ClassDef(" + c.name + ", " + dump_list(c.bases) + ", " + dump_keywords(c.keywords) + ", " +
            dump_body(c.body) + ", " + dump_list(c.decorator_list) + ")";
      break;
    }
    case K::Return: out = "Return(" + dump(static_cast<const ast::Return&>(s).value.get()) + ")"; break;
    case K::Delete: out = "Delete(" + dump_list(static_cast<const ast::Delete&>(s).targets) + ")"; break;
    case K::If: {
      auto& i = static_cast<const ast::If&>(s);
      out = "If(" + dump(i.test.get()) + ", " + dump_body(i.body) + ", " + dump_body(i.orelse) + ")";
      break;
    }
    case K::For: {
      auto& f = static_cast<const ast::For&>(s);
      out = "For(" + dump(f.target.get()) + ", " + dump(f.iter.get()) + ", " + dump_body(f.body) + ", " +
            dump_body(f.orelse) + ")";
      break;
    }
    case K::While: {
      auto& w = static_cast<const ast::While&>(s);
      out = "While(" + dump(w.test.get()) + ", " + dump_body(w.body) + ", " + dump_body(w.orelse) + ")";
      break;
    }
    case K::Break: out = "Break()"; break;
    case K::Continue: out = "Continue()"; break;
    case K::Pass: out = "Pass()"; break;
    case K::With: {
      auto& w = static_cast<const ast::With&>(s);
      out = "With([";
      for (std::size_t i = 0; i < w.items.size(); ++i) {
        out += (i ? ", " : "") + std::string("withitem(") + dump(w.items[i].context_expr.get()) + ", " +
               dump(w.items[i].optional_vars.get()) + ")";
      }
      out += "], " + dump_body(w.body) + ")";
      break;
    }
    case K::Try: {
      auto& t = static_cast<const ast::Try&>(s);
      out = "Try(" + dump_body(t.body) + ", [";
      for (std::size_t i = 0; i < t.handlers.size(); ++i) {
        const auto& h = t.handlers[i];
        out += (i ? ", " : "") + std::string("ExceptHandler(") + dump(h.type.get()) + ", " +
               (h.name ? *h.name : "-") + ", " + dump_body(h.body) + ")" + pos(h.span);
      }
      out += "], " + dump_body(t.orelse) + ", " + dump_body(t.finalbody) + ")";
      break;
    }
    case K::Raise: {
      auto& r = static_cast<const ast::Raise&>(s);
      out = "Raise(" + dump(r.exc.get()) + ", " + dump(r.cause.get()) + ")";
      break;
    }
    case K::Assert: {
      auto& a = static_cast<const ast::Assert&>(s);
      out = "Assert(" + dump(a.test.get()) + ", " + dump(a.msg.get()) + ")";
      break;
    }
    case K::Global: out = "Global(" + dump_names(static_cast<const ast::Global&>(s).names) + ")"; break;
    case K::Nonlocal: out = "Nonlocal(" + dump_names(static_cast<const ast::Nonlocal&>(s).names) + ")"; break;
    case K::Import: out = "Import(" + dump_aliases(static_cast<const ast::Import&>(s).names) + ")"; break;
    case K::ImportFrom: {
      auto& i = static_cast<const ast::ImportFrom&>(s);
      out = "ImportFrom(" + (i.module.empty() ? std::string("-") : i.module) + ", " + dump_aliases(i.names) + ", " +
            std::to_string(i.level) + ")";
      break;
    }
  }
  return out + pos(s.span);
}

inline std::string dump(const ast::Module& m) { return "Module(" + dump_body(m.body) + ")"; }

}  // namespace scopeplay::syntax::testing
