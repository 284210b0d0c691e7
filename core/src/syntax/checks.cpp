#include "syntax/checks.h"

#include <cstdio>
#include <memory>
#include <unordered_set>
#include <vector>

namespace scopeplay::syntax {

std::size_t check_utf8(std::string_view text) {
  std::size_t i = 0, n = text.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
    if (len == 0 || i + len > n) return i;
    unsigned char c1 = static_cast<unsigned char>(text[i + 1]);
    if ((c1 & 0xC0) != 0x80) return i;
    if (c == 0xE0 && c1 < 0xA0) return i;
    if (c == 0xED && c1 > 0x9F) return i;
    if (c == 0xF0 && c1 < 0x90) return i;
    if (c == 0xF4 && c1 > 0x8F) return i;
    for (std::size_t k = 2; k < len; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

SyntaxDiagnostic utf8_error(const source::SourceFile& file, std::size_t offset) {
  char byte[8];
  std::snprintf(byte, sizeof byte, "\\x%02x", static_cast<unsigned>(static_cast<unsigned char>(file.text()[offset])));
  SyntaxDiagnostic d;
  d.type = "SyntaxError";
  d.message = std::string("Non-UTF-8 code starting with '") + byte + "' in file " + file.name() + " on line " +
              std::to_string(file.line_of(static_cast<std::uint32_t>(offset))) +
              ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
  d.show_caret = false;  // span.line stays 0: CPython prints no location
  return d;
}

namespace {

using ast::Expr;
using ast::Stmt;

SyntaxDiagnostic error_at(std::string message, const source::SourceSpan& span) {
  SyntaxDiagnostic d;
  d.type = "SyntaxError";
  d.message = std::move(message);
  d.span = span;
  return d;
}

// Calls `on_expr` for every expression directly inside a statement (not in
// nested statements) and `on_body` for every nested body, in source order.
template <class OnExpr, class OnBody>
void visit_stmt(const Stmt& s, OnExpr&& on_expr, OnBody&& on_body) {
  using K = ast::StmtKind;
  auto e = [&](const ast::ExprPtr& x) {
    if (x) on_expr(*x);
  };
  switch (s.kind) {
    case K::Expr: e(static_cast<const ast::ExprStmt&>(s).value); break;
    case K::Assign: {
      auto& a = static_cast<const ast::Assign&>(s);
      for (auto& t : a.targets) e(t);
      e(a.value);
      break;
    }
    case K::AugAssign: e(static_cast<const ast::AugAssign&>(s).target); e(static_cast<const ast::AugAssign&>(s).value); break;
    case K::AnnAssign: {
      auto& a = static_cast<const ast::AnnAssign&>(s);
      e(a.target);
      e(a.annotation);
      e(a.value);
      break;
    }
    case K::FunctionDef: {
      auto& f = static_cast<const ast::FunctionDef&>(s);
      for (auto& d : f.decorator_list) e(d);
      for (auto& d : f.args.defaults) e(d);
      for (auto& d : f.args.kw_defaults) e(d);
      break;
    }
    case K::ClassDef: {
      auto& c = static_cast<const ast::ClassDef&>(s);
      for (auto& d : c.decorator_list) e(d);
      for (auto& b : c.bases) e(b);
      for (auto& k : c.keywords) e(k.value);
      break;
    }
    case K::Return: e(static_cast<const ast::Return&>(s).value); break;
    case K::Delete: for (auto& t : static_cast<const ast::Delete&>(s).targets) e(t); break;
    case K::If: {
      auto& i = static_cast<const ast::If&>(s);
      e(i.test);
      on_body(i.body, false);
      on_body(i.orelse, false);
      break;
    }
    case K::For: {
      auto& f = static_cast<const ast::For&>(s);
      e(f.target);
      e(f.iter);
      on_body(f.body, true);
      on_body(f.orelse, false);
      break;
    }
    case K::While: {
      auto& w = static_cast<const ast::While&>(s);
      e(w.test);
      on_body(w.body, true);
      on_body(w.orelse, false);
      break;
    }
    case K::With: {
      auto& w = static_cast<const ast::With&>(s);
      for (auto& it : w.items) {
        e(it.context_expr);
        e(it.optional_vars);
      }
      on_body(w.body, false);
      break;
    }
    case K::Try: {
      auto& t = static_cast<const ast::Try&>(s);
      on_body(t.body, false);
      for (auto& h : t.handlers) {
        e(h.type);
        on_body(h.body, false);
      }
      on_body(t.orelse, false);
      on_body(t.finalbody, false);
      break;
    }
    case K::Raise: e(static_cast<const ast::Raise&>(s).exc); e(static_cast<const ast::Raise&>(s).cause); break;
    case K::Assert: e(static_cast<const ast::Assert&>(s).test); e(static_cast<const ast::Assert&>(s).msg); break;
    default: break;
  }
}

// Calls `f` on every direct child expression of `x`.
template <class F>
void visit_children(const Expr& x, F&& f) {
  using K = ast::ExprKind;
  auto c = [&](const ast::ExprPtr& p) {
    if (p) f(*p);
  };
  auto v = [&](const std::vector<ast::ExprPtr>& l) {
    for (auto& p : l) c(p);
  };
  auto g = [&](const std::vector<ast::Comprehension>& gens) {
    for (auto& gen : gens) {
      c(gen.target);
      c(gen.iter);
      v(gen.ifs);
    }
  };
  switch (x.kind) {
    case K::JoinedStr: v(static_cast<const ast::JoinedStr&>(x).values); break;
    case K::FormattedValue: c(static_cast<const ast::FormattedValue&>(x).value); c(static_cast<const ast::FormattedValue&>(x).format_spec); break;
    case K::BinOp: c(static_cast<const ast::BinOp&>(x).left); c(static_cast<const ast::BinOp&>(x).right); break;
    case K::UnaryOp: c(static_cast<const ast::UnaryOp&>(x).operand); break;
    case K::BoolOp: v(static_cast<const ast::BoolOp&>(x).values); break;
    case K::Compare: c(static_cast<const ast::Compare&>(x).left); v(static_cast<const ast::Compare&>(x).comparators); break;
    case K::IfExp: {
      auto& i = static_cast<const ast::IfExp&>(x);
      c(i.body);
      c(i.test);
      c(i.orelse);
      break;
    }
    case K::NamedExpr: c(static_cast<const ast::NamedExpr&>(x).target); c(static_cast<const ast::NamedExpr&>(x).value); break;
    case K::Lambda: {
      auto& l = static_cast<const ast::Lambda&>(x);
      v(l.args.defaults);
      v(l.args.kw_defaults);
      c(l.body);
      break;
    }
    case K::Call: {
      auto& cl = static_cast<const ast::Call&>(x);
      c(cl.func);
      v(cl.args);
      for (auto& k : cl.keywords) c(k.value);
      break;
    }
    case K::Attribute: c(static_cast<const ast::Attribute&>(x).value); break;
    case K::Subscript: c(static_cast<const ast::Subscript&>(x).value); c(static_cast<const ast::Subscript&>(x).slice); break;
    case K::Slice: {
      auto& s = static_cast<const ast::Slice&>(x);
      c(s.lower);
      c(s.upper);
      c(s.step);
      break;
    }
    case K::Starred: c(static_cast<const ast::Starred&>(x).value); break;
    case K::List: v(static_cast<const ast::List&>(x).elts); break;
    case K::Tuple: v(static_cast<const ast::Tuple&>(x).elts); break;
    case K::Set: v(static_cast<const ast::Set&>(x).elts); break;
    case K::Dict: v(static_cast<const ast::Dict&>(x).keys); v(static_cast<const ast::Dict&>(x).values); break;
    case K::ListComp: c(static_cast<const ast::ListComp&>(x).elt); g(static_cast<const ast::ListComp&>(x).generators); break;
    case K::SetComp: c(static_cast<const ast::SetComp&>(x).elt); g(static_cast<const ast::SetComp&>(x).generators); break;
    case K::DictComp: {
      auto& d = static_cast<const ast::DictComp&>(x);
      c(d.key);
      c(d.value);
      g(d.generators);
      break;
    }
    case K::GeneratorExp: c(static_cast<const ast::GeneratorExp&>(x).elt); g(static_cast<const ast::GeneratorExp&>(x).generators); break;
    case K::Yield: c(static_cast<const ast::Yield&>(x).value); break;
    case K::YieldFrom: c(static_cast<const ast::YieldFrom&>(x).value); break;
    default: break;
  }
}

// CPython's symtable checks: arguments, global and nonlocal.
class SymtableCheck {
 public:
  std::optional<SyntaxDiagnostic> error;
  std::optional<SyntaxDiagnostic> late;  // "no binding for nonlocal": reported after the walk

  void module(const ast::Module& m) {
    Scope s;
    s.kind = ScopeKind::Module;
    scopes_.push_back(&s);
    body(m.body);
    scopes_.pop_back();
  }

 private:
  enum class ScopeKind { Module, Function, Class };
  struct Scope {
    ScopeKind kind;
    // Views into the tree, which outlives the check.
    std::unordered_set<std::string_view> params, assigned, used, globals, nonlocals;
    std::vector<std::pair<std::string_view, source::SourceSpan>> pending_nonlocals;
  };
  static bool has(const std::unordered_set<std::string_view>& v, std::string_view n) { return v.count(n) != 0; }

  void body(const ast::Body& b) {
    for (auto& s : b) {
      if (error) return;
      stmt(*s);
    }
  }

  void bind(std::string_view n) { scopes_.back()->assigned.insert(n); }

  void target_names(const Expr& e) {
    if (e.kind == ast::ExprKind::Name) {
      auto& n = static_cast<const ast::Name&>(e);
      if (n.ctx != ast::ExprContext::Load) bind(n.id);
    }
  }

  // Walks one expression tree with an explicit stack, not recursion: the
  // parser lets left-deep chains (a + b + ..., a.b.c...) grow thousands of
  // links deep, and each link would otherwise cost a few native frames.
  // Children are visited in source order, so the first error is CPython's.
  void expr(const Expr& root) {
    struct Item {
      const Expr* e;
      Scope* scope;
      bool enter = false;  // a lambda whose defaults are done: its parameters, then its body
    };
    std::vector<Item> work{{&root, scopes_.back()}};
    std::vector<std::unique_ptr<Scope>> lambdas;  // a lambda's body binds in its own scope
    std::vector<const Expr*> children;
    while (!work.empty() && !error) {
      auto [e, scope, enter] = work.back();
      work.pop_back();
      if (enter) {
        auto& l = static_cast<const ast::Lambda&>(*e);
        auto s = std::make_unique<Scope>();
        s->kind = ScopeKind::Function;
        if (!params(l.args, *s)) return;
        // A lambda's body holds no nonlocal statement, so its scope has
        // nothing to resolve when it closes.
        work.push_back({l.body.get(), s.get()});
        lambdas.push_back(std::move(s));
        continue;
      }
      if (e->kind == ast::ExprKind::Name) {
        auto& n = static_cast<const ast::Name&>(*e);
        if (n.ctx == ast::ExprContext::Load) {
          scope->used.insert(n.id);
        } else {
          scope->assigned.insert(n.id);
        }
        continue;
      }
      if (e->kind == ast::ExprKind::NamedExpr) {
        auto& ne = static_cast<const ast::NamedExpr&>(*e);
        // Binds in the nearest function or module scope.
        scope->assigned.insert(static_cast<const ast::Name&>(*ne.target).id);
        work.push_back({ne.value.get(), scope});
        continue;
      }
      children.clear();
      Scope* child_scope = scope;
      if (e->kind == ast::ExprKind::Lambda) {
        // The defaults first, in the enclosing scope, as CPython's symtable.
        auto& l = static_cast<const ast::Lambda&>(*e);
        work.push_back({e, scope, true});
        for (auto& d : l.args.defaults) children.push_back(d.get());
        for (auto& d : l.args.kw_defaults) {
          if (d) children.push_back(d.get());
        }
      } else {
        visit_children(*e, [&](const Expr& c) { children.push_back(&c); });
      }
      for (std::size_t i = children.size(); i-- > 0;) work.push_back({children[i], child_scope});
    }
  }

  template <class F>
  void enter(Scope& s, F&& f) {
    scopes_.push_back(&s);
    f();
    scopes_.pop_back();
    if (s.kind == ScopeKind::Function && !error) resolve_nonlocals(s);
  }

  void resolve_nonlocals(Scope& s) {
    for (auto& [name, span] : s.pending_nonlocals) {
      bool found = false;
      for (std::size_t i = scopes_.size(); i-- > 0;) {
        Scope& outer = *scopes_[i];
        if (outer.kind != ScopeKind::Function) continue;
        if ((has(outer.params, name) || has(outer.assigned, name) || has(outer.nonlocals, name)) &&
            !has(outer.globals, name)) {
          found = true;
          break;
        }
      }
      if (!found && !late) late = error_at("no binding for nonlocal '" + std::string(name) + "' found", span);
    }
  }

  bool params(const ast::Arguments& a, Scope& s) {
    auto add = [&](const ast::Arg& arg) {
      if (error) return;
      if (has(s.params, arg.name)) {
        error = error_at("duplicate argument '" + arg.name + "' in function definition", arg.span);
        return;
      }
      s.params.insert(arg.name);
    };
    for (auto& x : a.posonlyargs) add(x);
    for (auto& x : a.args) add(x);
    if (a.vararg) add(*a.vararg);
    for (auto& x : a.kwonlyargs) add(x);
    if (a.kwarg) add(*a.kwarg);
    return !error;
  }

  void stmt(const Stmt& s) {
    using K = ast::StmtKind;
    Scope& cur = *scopes_.back();
    switch (s.kind) {
      case K::FunctionDef: {
        auto& f = static_cast<const ast::FunctionDef&>(s);
        visit_stmt(s, [&](const Expr& e) { expr(e); }, [&](const ast::Body&, bool) {});
        bind(f.name);
        Scope fs;
        fs.kind = ScopeKind::Function;
        if (!params(f.args, fs)) return;
        enter(fs, [&] { body(f.body); });
        return;
      }
      case K::ClassDef: {
        auto& c = static_cast<const ast::ClassDef&>(s);
        visit_stmt(s, [&](const Expr& e) { expr(e); }, [&](const ast::Body&, bool) {});
        bind(c.name);
        Scope cs;
        cs.kind = ScopeKind::Class;
        enter(cs, [&] { body(c.body); });
        return;
      }
      case K::Global:
      case K::Nonlocal: {
        bool nl = s.kind == K::Nonlocal;
        const auto& names = nl ? static_cast<const ast::Nonlocal&>(s).names : static_cast<const ast::Global&>(s).names;
        const char* what = nl ? "nonlocal" : "global";
        if (nl && cur.kind == ScopeKind::Module) {
          error = error_at("nonlocal declaration not allowed at module level", s.span);
          return;
        }
        for (auto& n : names) {
          if (has(cur.params, n)) {
            error = error_at("name '" + n + "' is parameter and " + what, s.span);
            return;
          }
          if (nl ? has(cur.globals, n) : has(cur.nonlocals, n)) {
            error = error_at("name '" + n + "' is nonlocal and global", s.span);
            return;
          }
          if (has(cur.assigned, n) && !has(nl ? cur.nonlocals : cur.globals, n)) {
            error = error_at("name '" + n + "' is assigned to before " + what + " declaration", s.span);
            return;
          }
          if (has(cur.used, n) && !has(nl ? cur.nonlocals : cur.globals, n)) {
            error = error_at("name '" + n + "' is used prior to " + what + " declaration", s.span);
            return;
          }
          if (nl) {
            cur.nonlocals.insert(n);
            cur.pending_nonlocals.emplace_back(n, s.span);
          } else {
            cur.globals.insert(n);
          }
        }
        return;
      }
      case K::Import:
        for (auto& a : static_cast<const ast::Import&>(s).names) {
          std::string_view n = a.asname ? std::string_view(*a.asname) : std::string_view(a.name).substr(0, a.name.find('.'));
          bind(n);
        }
        return;
      case K::ImportFrom:
        for (auto& a : static_cast<const ast::ImportFrom&>(s).names) bind(a.asname ? *a.asname : a.name);
        return;
      case K::Try:
        for (auto& h : static_cast<const ast::Try&>(s).handlers) {
          if (h.name) bind(*h.name);
        }
        break;
      default: break;
    }
    visit_stmt(s, [&](const Expr& e) { expr(e); }, [&](const ast::Body& b, bool) { body(b); });
  }

  std::vector<Scope*> scopes_;
};

// CPython's compiler checks, in source order.
class CompilerCheck {
 public:
  std::optional<SyntaxDiagnostic> error;

  void body(const ast::Body& b) {
    for (auto& s : b) {
      if (error) return;
      stmt(*s);
    }
  }

 private:
  void fail(std::string m, const source::SourceSpan& span) {
    if (!error) error = error_at(std::move(m), span);
  }

  void starred_target(const Expr& t) {
    if (t.kind == ast::ExprKind::Starred) {
      fail("starred assignment target must be in a list or tuple", t.span);
      return;
    }
    const std::vector<ast::ExprPtr>* elts = nullptr;
    if (t.kind == ast::ExprKind::Tuple) elts = &static_cast<const ast::Tuple&>(t).elts;
    if (t.kind == ast::ExprKind::List) elts = &static_cast<const ast::List&>(t).elts;
    if (!elts) return;
    int stars = 0;
    for (auto& e : *elts) {
      if (e->kind == ast::ExprKind::Starred) {
        if (++stars > 1) {
          fail("multiple starred expressions in assignment", t.span);
          return;
        }
      } else {
        starred_target(*e);
      }
    }
  }

  void stmt(const Stmt& s) {
    using K = ast::StmtKind;
    switch (s.kind) {
      case K::Return:
        if (!in_function_) fail("'return' outside function", s.span);
        break;
      case K::Break:
        if (!in_loop_) fail("'break' outside loop", s.span);
        return;
      case K::Continue:
        if (!in_loop_) fail("'continue' not properly in loop", s.span);
        return;
      case K::Assign:
        for (auto& t : static_cast<const ast::Assign&>(s).targets) starred_target(*t);
        break;
      case K::For: starred_target(*static_cast<const ast::For&>(s).target); break;
      case K::FunctionDef: {
        auto& f = static_cast<const ast::FunctionDef&>(s);
        visit_stmt(s, [&](const Expr& e) { expr(e); }, [&](const ast::Body&, bool) {});
        bool fn = in_function_, lp = in_loop_;
        in_function_ = true;
        in_loop_ = false;
        body(f.body);
        in_function_ = fn;
        in_loop_ = lp;
        return;
      }
      case K::ClassDef: {
        auto& c = static_cast<const ast::ClassDef&>(s);
        visit_stmt(s, [&](const Expr& e) { expr(e); }, [&](const ast::Body&, bool) {});
        bool fn = in_function_, lp = in_loop_;
        in_function_ = false;
        in_loop_ = false;
        body(c.body);
        in_function_ = fn;
        in_loop_ = lp;
        return;
      }
      default: break;
    }
    if (error) return;
    visit_stmt(
        s, [&](const Expr& e) { expr(e); },
        [&](const ast::Body& b, bool loop) {
          bool lp = in_loop_;
          if (loop) in_loop_ = true;
          body(b);
          in_loop_ = lp;
        });
  }

  struct Item {
    const Expr* e;
    bool star_ok;      // a starred expression may stand here (display element, call argument)
    bool in_function;  // inside a def or lambda: 'yield' is allowed
  };

  // Walks one expression tree with an explicit stack (see SymtableCheck::expr),
  // in source order. The loop stays small and each node's checks are a call of
  // their own: in WebAssembly a loop whose body holds every case is sent to the
  // optimizing compiler after a few dozen nodes (see wasm/CMakeLists.txt).
  void expr(const Expr& root) {
    std::vector<Item> work{{&root, false, in_function_}};
    std::vector<Item> children;
    while (!work.empty() && !error) {
      Item item = work.back();
      work.pop_back();
      children.clear();
      visit(item, children);
      for (std::size_t i = children.size(); i-- > 0;) work.push_back(children[i]);
    }
  }

  // Checks one node and lists the children to walk next.
  [[gnu::noinline]] void visit(const Item& item, std::vector<Item>& children) {
    const Expr& e = *item.e;
    auto child = [&](const Expr& c, bool star_ok = false) { children.push_back({&c, star_ok, item.in_function}); };
    switch (e.kind) {
      case ast::ExprKind::Starred:
        if (!item.star_ok && static_cast<const ast::Starred&>(e).ctx == ast::ExprContext::Load) {
          fail("can't use starred expression here", e.span);
          return;
        }
        all_children(e, item.in_function, children);
        break;
      case ast::ExprKind::List:
        for (auto& x : static_cast<const ast::List&>(e).elts) child(*x, true);
        break;
      case ast::ExprKind::Tuple:
        for (auto& x : static_cast<const ast::Tuple&>(e).elts) child(*x, true);
        break;
      case ast::ExprKind::Set:
        for (auto& x : static_cast<const ast::Set&>(e).elts) child(*x, true);
        break;
      case ast::ExprKind::Yield:
      case ast::ExprKind::YieldFrom:
        if (!item.in_function) {
          fail("'yield' outside function", e.span);
          return;
        }
        all_children(e, item.in_function, children);
        break;
      case ast::ExprKind::Call: {
        auto& c = static_cast<const ast::Call&>(e);
        if (repeated_keyword(c)) return;
        child(*c.func);
        for (auto& a : c.args) child(*a, true);
        for (auto& k : c.keywords) child(*k.value);
        break;
      }
      case ast::ExprKind::Lambda: {
        auto& l = static_cast<const ast::Lambda&>(e);
        for (auto& d : l.args.defaults) child(*d);
        children.push_back({l.body.get(), false, true});
        break;
      }
      default: all_children(e, item.in_function, children); break;
    }
  }

  [[gnu::noinline]] static void all_children(const Expr& e, bool in_function, std::vector<Item>& children) {
    visit_children(e, [&](const Expr& c) { children.push_back({&c, false, in_function}); });
  }

  // "keyword argument repeated", at the second use; linear in the number of
  // keywords so a call with a hundred thousand of them stays fast.
  bool repeated_keyword(const ast::Call& c) {
    std::unordered_set<std::string_view> seen;
    for (auto& k : c.keywords) {
      if (!k.arg) continue;
      if (!seen.insert(*k.arg).second) {
        fail("keyword argument repeated: " + *k.arg, k.span);
        return true;
      }
    }
    return false;
  }

  bool in_function_ = false;
  bool in_loop_ = false;
};

}  // namespace

std::optional<SyntaxDiagnostic> check_module(const source::SourceFile&, const ast::Module& module) {
  SymtableCheck symtable;
  symtable.module(module);
  if (symtable.error) return symtable.error;
  if (symtable.late) return symtable.late;
  CompilerCheck compiler;
  compiler.body(module.body);
  return compiler.error;
}

}  // namespace scopeplay::syntax
