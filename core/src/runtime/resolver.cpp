#include "runtime/resolver.h"

#include <algorithm>
#include <unordered_map>

namespace scopeplay::runtime {
namespace {

using namespace ast;

enum SymFlag : std::uint8_t {
  kBound = 1, kParam = 2, kGlobal = 4, kNonlocal = 8, kUsed = 16, kCell = 32, kFree = 64,
};

struct Scope {
  CodeType type;
  Scope* parent = nullptr;
  CodeInfo* info = nullptr;
  std::unordered_map<std::string, std::uint8_t> syms;
  std::vector<std::string> order;  // first appearance, parameters first
  std::vector<Name*> names;
  std::vector<std::pair<std::string, SourceSpan>> nonlocals;
  std::vector<std::unique_ptr<Scope>> children;
  bool generator = false;
  std::vector<std::string> free_order;

  std::uint8_t& sym(const std::string& n) {
    auto it = syms.find(n);
    if (it == syms.end()) {
      order.push_back(n);
      it = syms.emplace(n, 0).first;
    }
    return it->second;
  }
  bool is_function() const { return type == CodeType::Function || type == CodeType::Lambda || type == CodeType::Comprehension; }
};

class Collector {
 public:
  Collector(ResolvedModule& out, const source::SourceFile& file, bool internal) : out_(out), file_(file), internal_(internal) {}
  std::optional<ResolveError> error;
  // Every attribute name and call keyword of the module, for their name-table entries.
  std::vector<Attribute*> attributes;
  std::vector<Keyword*> keywords;

  Scope* new_scope(CodeType type, Scope* parent, const void* node, std::string name) {
    auto s = std::make_unique<Scope>();
    s->type = type;
    s->parent = parent;
    auto info = std::make_unique<CodeInfo>();
    info->type = type;
    info->name = name;
    info->node = node;
    info->file = &file_;
    info->internal = internal_;
    if (parent && parent->type != CodeType::Module) {
      std::string prefix = parent->info->qualname;
      if (parent->type != CodeType::Class) prefix += ".<locals>";
      info->qualname = prefix + "." + name;
    } else {
      info->qualname = name;
    }
    s->info = info.get();
    if (node) out_.code_of.emplace_back(node, info.get());
    out_.codes.push_back(std::move(info));
    Scope* raw = s.get();
    if (parent) parent->children.push_back(std::move(s));
    else root_ = std::move(s);
    return raw;
  }
  std::unique_ptr<Scope> take_root() { return std::move(root_); }

  void fail(std::string msg, SourceSpan span) {
    if (!error) error = ResolveError{std::move(msg), span};
  }

  void bind(Scope* s, const std::string& n) { s->sym(n) |= kBound; }
  void use(Scope* s, const std::string& n) { s->sym(n) |= kUsed; }

  void params(Scope* s, const Arguments& a) {
    CodeInfo* info = s->info;
    for (auto& p : a.posonlyargs) s->sym(p.name) |= kBound | kParam;
    for (auto& p : a.args) s->sym(p.name) |= kBound | kParam;
    for (auto& p : a.kwonlyargs) s->sym(p.name) |= kBound | kParam;
    int n = static_cast<int>(a.posonlyargs.size() + a.args.size() + a.kwonlyargs.size());
    if (a.vararg) { s->sym(a.vararg->name) |= kBound | kParam; info->vararg_slot = n++; }
    if (a.kwarg) { s->sym(a.kwarg->name) |= kBound | kParam; info->kwarg_slot = n++; }
    info->npositional = static_cast<int>(a.posonlyargs.size() + a.args.size());
    info->nposonly = static_cast<int>(a.posonlyargs.size());
    info->nkwonly = static_cast<int>(a.kwonlyargs.size());
  }

  void arg_defaults(Scope* s, const Arguments& a) {
    for (auto& d : a.defaults) expr(s, d.get());
    for (auto& d : a.kw_defaults) if (d) expr(s, d.get());
    for (auto* list : {&a.posonlyargs, &a.args, &a.kwonlyargs})
      for (auto& p : *list) if (p.annotation) expr(s, p.annotation.get());
  }

  void body(Scope* s, const Body& b) {
    for (auto& st : b) stmt(s, st.get());
  }

  void target(Scope* s, Expr* e) { expr(s, e); }

  void stmt(Scope* s, Stmt* st) {
    switch (st->kind) {
      case StmtKind::Expr: expr(s, static_cast<ExprStmt*>(st)->value.get()); break;
      case StmtKind::Assign: {
        auto* a = static_cast<Assign*>(st);
        expr(s, a->value.get());
        for (auto& t : a->targets) target(s, t.get());
        break;
      }
      case StmtKind::AugAssign: {
        auto* a = static_cast<AugAssign*>(st);
        expr(s, a->value.get());
        target(s, a->target.get());
        if (a->target->kind == ExprKind::Name) use(s, static_cast<Name*>(a->target.get())->id);
        break;
      }
      case StmtKind::AnnAssign: {
        auto* a = static_cast<AnnAssign*>(st);
        if (a->value) expr(s, a->value.get());
        if (s->type == CodeType::Module || s->type == CodeType::Class) expr(s, a->annotation.get());
        if (a->value || a->target->kind != ExprKind::Name) target(s, a->target.get());
        else bind(s, static_cast<Name*>(a->target.get())->id);
        break;
      }
      case StmtKind::FunctionDef: {
        auto* f = static_cast<FunctionDef*>(st);
        for (auto& d : f->decorator_list) expr(s, d.get());
        arg_defaults(s, f->args);
        if (f->returns) expr(s, f->returns.get());
        bind(s, f->name);
        Scope* fs = new_scope(CodeType::Function, s, f, f->name);
        params(fs, f->args);
        int saved_loops = loops_;
        loops_ = 0;
        body(fs, f->body);
        loops_ = saved_loops;
        break;
      }
      case StmtKind::ClassDef: {
        auto* c = static_cast<ClassDef*>(st);
        for (auto& d : c->decorator_list) expr(s, d.get());
        for (auto& b : c->bases) expr(s, b.get());
        for (auto& k : c->keywords) expr(s, k.value.get());
        bind(s, c->name);
        Scope* cs = new_scope(CodeType::Class, s, c, c->name);
        int saved_loops = loops_;
        loops_ = 0;
        body(cs, c->body);
        loops_ = saved_loops;
        break;
      }
      case StmtKind::Return: {
        auto* r = static_cast<Return*>(st);
        if (!s->is_function()) fail("'return' outside function", st->span);
        if (r->value) expr(s, r->value.get());
        break;
      }
      case StmtKind::Delete:
        for (auto& t : static_cast<Delete*>(st)->targets) target(s, t.get());
        break;
      case StmtKind::If: {
        auto* i = static_cast<If*>(st);
        expr(s, i->test.get());
        body(s, i->body);
        body(s, i->orelse);
        break;
      }
      case StmtKind::For: {
        auto* f = static_cast<For*>(st);
        expr(s, f->iter.get());
        target(s, f->target.get());
        ++loops_;
        body(s, f->body);
        --loops_;
        body(s, f->orelse);
        break;
      }
      case StmtKind::While: {
        auto* w = static_cast<While*>(st);
        expr(s, w->test.get());
        ++loops_;
        body(s, w->body);
        --loops_;
        body(s, w->orelse);
        break;
      }
      case StmtKind::Break:
        if (loops_ == 0) fail("'break' outside loop", st->span);
        break;
      case StmtKind::Continue:
        if (loops_ == 0) fail("'continue' not properly in loop", st->span);
        break;
      case StmtKind::Pass: break;
      case StmtKind::With: {
        auto* w = static_cast<With*>(st);
        for (auto& item : w->items) {
          expr(s, item.context_expr.get());
          if (item.optional_vars) target(s, item.optional_vars.get());
        }
        body(s, w->body);
        break;
      }
      case StmtKind::Try: {
        auto* t = static_cast<Try*>(st);
        body(s, t->body);
        for (auto& h : t->handlers) {
          if (h.type) expr(s, h.type.get());
          if (h.name) bind(s, *h.name);
          body(s, h.body);
        }
        body(s, t->orelse);
        body(s, t->finalbody);
        break;
      }
      case StmtKind::Raise: {
        auto* r = static_cast<Raise*>(st);
        if (r->exc) expr(s, r->exc.get());
        if (r->cause) expr(s, r->cause.get());
        break;
      }
      case StmtKind::Assert: {
        auto* a = static_cast<Assert*>(st);
        expr(s, a->test.get());
        if (a->msg) expr(s, a->msg.get());
        break;
      }
      case StmtKind::Global:
        for (auto& n : static_cast<Global*>(st)->names) {
          auto it = s->syms.find(n);
          if (it != s->syms.end()) {
            if (it->second & kParam) { fail("name '" + n + "' is parameter and global", st->span); continue; }
            if (it->second & kBound) fail("name '" + n + "' is assigned to before global declaration", st->span);
            else if (it->second & kUsed) fail("name '" + n + "' is used prior to global declaration", st->span);
          }
          s->sym(n) |= kGlobal;
        }
        break;
      case StmtKind::Nonlocal:
        for (auto& n : static_cast<Nonlocal*>(st)->names) {
          if (s->type == CodeType::Module) { fail("nonlocal declaration not allowed at module level", st->span); continue; }
          auto it = s->syms.find(n);
          if (it != s->syms.end()) {
            if (it->second & kParam) { fail("name '" + n + "' is parameter and nonlocal", st->span); continue; }
            if (it->second & kBound) fail("name '" + n + "' is assigned to before nonlocal declaration", st->span);
            else if (it->second & kUsed) fail("name '" + n + "' is used prior to nonlocal declaration", st->span);
          }
          s->sym(n) |= kNonlocal;
          s->nonlocals.emplace_back(n, st->span);
        }
        break;
      case StmtKind::Import:
        for (auto& a : static_cast<Import*>(st)->names) {
          if (a.asname) bind(s, *a.asname);
          else bind(s, a.name.substr(0, a.name.find('.')));
        }
        break;
      case StmtKind::ImportFrom:
        for (auto& a : static_cast<ImportFrom*>(st)->names) {
          if (a.name == "*") {
            if (s->type != CodeType::Module) fail("import * only allowed at module level", st->span);
            continue;
          }
          bind(s, a.asname ? *a.asname : a.name);
        }
        break;
    }
  }

  void comprehension(Scope* s, Expr* node, std::vector<Comprehension>& gens, std::initializer_list<Expr*> elts,
                     const char* name) {
    expr(s, gens[0].iter.get());
    Scope* cs = new_scope(CodeType::Comprehension, s, node, name);
    cs->sym(".0") |= kBound | kParam;
    cs->info->npositional = 1;
    if (node->kind == ExprKind::GeneratorExp) cs->generator = true;
    for (std::size_t i = 0; i < gens.size(); ++i) {
      if (i > 0) expr(cs, gens[i].iter.get());
      target(cs, gens[i].target.get());
      for (auto& c : gens[i].ifs) expr(cs, c.get());
    }
    for (Expr* e : elts) expr(cs, e);
  }

  void expr(Scope* s, Expr* e) {
    if (!e) return;
    switch (e->kind) {
      case ExprKind::Name: {
        auto* n = static_cast<Name*>(e);
        if (n->ctx == ExprContext::Load) use(s, n->id);
        else bind(s, n->id);
        s->names.push_back(n);
        if (n->id == "super" && s->type == CodeType::Function) s->sym("__class__") |= kUsed;
        break;
      }
      case ExprKind::Constant: break;
      case ExprKind::JoinedStr:
        for (auto& v : static_cast<JoinedStr*>(e)->values) expr(s, v.get());
        break;
      case ExprKind::FormattedValue: {
        auto* f = static_cast<FormattedValue*>(e);
        expr(s, f->value.get());
        expr(s, f->format_spec.get());
        break;
      }
      case ExprKind::BinOp: {
        // A left-nested chain (a + b + c + ...) in one frame, in the same
        // order as recursion: a long chain would take a frame per term, more
        // than a browser worker's stack holds.
        std::vector<BinOp*> spine{static_cast<BinOp*>(e)};
        while (spine.back()->left->kind == ExprKind::BinOp) spine.push_back(static_cast<BinOp*>(spine.back()->left.get()));
        expr(s, spine.back()->left.get());
        for (auto it = spine.rbegin(); it != spine.rend(); ++it) expr(s, (*it)->right.get());
        break;
      }
      case ExprKind::UnaryOp: expr(s, static_cast<UnaryOp*>(e)->operand.get()); break;
      case ExprKind::BoolOp:
        for (auto& v : static_cast<BoolOp*>(e)->values) expr(s, v.get());
        break;
      case ExprKind::Compare: {
        auto* c = static_cast<Compare*>(e);
        expr(s, c->left.get());
        for (auto& v : c->comparators) expr(s, v.get());
        break;
      }
      case ExprKind::IfExp: {
        auto* i = static_cast<IfExp*>(e);
        expr(s, i->test.get());
        expr(s, i->body.get());
        expr(s, i->orelse.get());
        break;
      }
      case ExprKind::NamedExpr: {
        auto* n = static_cast<NamedExpr*>(e);
        expr(s, n->value.get());
        Scope* target_scope = s;
        while (target_scope->type == CodeType::Comprehension && target_scope->parent) target_scope = target_scope->parent;
        if (target_scope != s && n->target->kind == ExprKind::Name) {
          auto* nm = static_cast<Name*>(n->target.get());
          bind(target_scope, nm->id);
          s->sym(nm->id) |= kNonlocal;
          if (target_scope->type == CodeType::Module) s->sym(nm->id) = (s->sym(nm->id) & ~kNonlocal) | kGlobal;
          else s->nonlocals.emplace_back(nm->id, nm->span);
          s->names.push_back(nm);
        } else {
          expr(s, n->target.get());
        }
        break;
      }
      case ExprKind::Lambda: {
        auto* l = static_cast<Lambda*>(e);
        arg_defaults(s, l->args);
        Scope* ls = new_scope(CodeType::Lambda, s, l, "<lambda>");
        params(ls, l->args);
        expr(ls, l->body.get());
        break;
      }
      case ExprKind::Call: {
        auto* c = static_cast<Call*>(e);
        expr(s, c->func.get());
        for (auto& a : c->args) expr(s, a.get());
        for (auto& k : c->keywords) {
          if (k.arg) keywords.push_back(&k);
          expr(s, k.value.get());
        }
        break;
      }
      case ExprKind::Attribute:
        attributes.push_back(static_cast<Attribute*>(e));
        expr(s, static_cast<Attribute*>(e)->value.get());
        break;
      case ExprKind::Subscript: {
        auto* sub = static_cast<Subscript*>(e);
        expr(s, sub->value.get());
        expr(s, sub->slice.get());
        break;
      }
      case ExprKind::Slice: {
        auto* sl = static_cast<ast::Slice*>(e);
        expr(s, sl->lower.get());
        expr(s, sl->upper.get());
        expr(s, sl->step.get());
        break;
      }
      case ExprKind::Starred: expr(s, static_cast<Starred*>(e)->value.get()); break;
      case ExprKind::List:
        for (auto& v : static_cast<ast::List*>(e)->elts) expr(s, v.get());
        break;
      case ExprKind::Tuple:
        for (auto& v : static_cast<ast::Tuple*>(e)->elts) expr(s, v.get());
        break;
      case ExprKind::Set:
        for (auto& v : static_cast<ast::Set*>(e)->elts) expr(s, v.get());
        break;
      case ExprKind::Dict: {
        auto* d = static_cast<ast::Dict*>(e);
        for (auto& k : d->keys) expr(s, k.get());
        for (auto& v : d->values) expr(s, v.get());
        break;
      }
      case ExprKind::ListComp: {
        auto* c = static_cast<ListComp*>(e);
        comprehension(s, e, c->generators, {c->elt.get()}, "<listcomp>");
        break;
      }
      case ExprKind::SetComp: {
        auto* c = static_cast<SetComp*>(e);
        comprehension(s, e, c->generators, {c->elt.get()}, "<setcomp>");
        break;
      }
      case ExprKind::DictComp: {
        auto* c = static_cast<DictComp*>(e);
        comprehension(s, e, c->generators, {c->key.get(), c->value.get()}, "<dictcomp>");
        break;
      }
      case ExprKind::GeneratorExp: {
        auto* c = static_cast<GeneratorExp*>(e);
        comprehension(s, e, c->generators, {c->elt.get()}, "<genexpr>");
        break;
      }
      case ExprKind::Yield:
      case ExprKind::YieldFrom: {
        Expr* v = e->kind == ExprKind::Yield ? static_cast<Yield*>(e)->value.get() : static_cast<YieldFrom*>(e)->value.get();
        if (s->type == CodeType::Module || s->type == CodeType::Class) fail("'yield' outside function", e->span);
        else if (s->type == CodeType::Comprehension) fail("'yield' inside list comprehension", e->span);
        s->generator = true;
        expr(s, v);
        break;
      }
    }
  }

 private:
  ResolvedModule& out_;
  const source::SourceFile& file_;
  bool internal_;
  std::unique_ptr<Scope> root_;
  int loops_ = 0;
};

class Analyzer {
 public:
  std::optional<ResolveError> error;

  // Makes `n` free in `s` and everything up to the scope that binds it.
  bool make_free(Scope* s, const std::string& n) {
    for (Scope* p = s->parent; p; p = p->parent) {
      if (p->type == CodeType::Module) return false;
      if (p->type == CodeType::Class) {
        continue;
      }
      auto it = p->syms.find(n);
      if (it != p->syms.end() && (it->second & kGlobal)) return false;
      if (it != p->syms.end() && (it->second & (kBound | kNonlocal)) && !(it->second & kNonlocal)) {
        it->second |= kCell;
        for (Scope* q = s; q != p; q = q->parent) {
          std::uint8_t& f = q->sym(n);
          if (!(f & kFree)) {
            f |= kFree;
            q->free_order.push_back(n);
          }
        }
        return true;
      }
      if (it != p->syms.end() && (it->second & kNonlocal)) {
        // p itself gets it from further out.
        if (!make_free(p, n)) return false;
        for (Scope* q = s; q != p; q = q->parent) {
          std::uint8_t& f = q->sym(n);
          if (!(f & kFree)) {
            f |= kFree;
            q->free_order.push_back(n);
          }
        }
        return true;
      }
    }
    return false;
  }

  void analyze(Scope* s) {
    for (auto& [n, span] : s->nonlocals) {
      if (!make_free(s, n) && !error) error = ResolveError{"no binding for nonlocal '" + n + "' found", span};
    }
    if (s->type != CodeType::Module) {
      std::vector<std::string> names = s->order;
      for (auto& n : names) {
        std::uint8_t f = s->syms[n];
        if (f & (kGlobal | kNonlocal | kFree)) continue;
        bool local = s->type != CodeType::Class && (f & kBound);
        if (s->type == CodeType::Class && (f & kBound)) continue;
        if (!local && (f & kUsed)) make_free(s, n);
      }
    }
    for (auto& c : s->children) analyze(c.get());
  }

  void layout(const NameIndexer& name_index, Scope* s) {
    CodeInfo* info = s->info;
    std::unordered_map<std::string, int> slot;
    if (s->is_function()) {
      for (auto& n : s->order) {
        std::uint8_t f = s->syms[n];
        if ((f & kBound) && !(f & (kGlobal | kNonlocal)) && !(f & kFree)) {
          slot[n] = static_cast<int>(info->slot_names.size());
          info->slot_names.push_back(n);
          info->is_cell.push_back((f & kCell) ? 1 : 0);
        }
      }
    }
    info->nlocals = static_cast<int>(info->slot_names.size());
    for (auto& n : s->free_order) {
      slot[n] = static_cast<int>(info->slot_names.size());
      info->slot_names.push_back(n);
      info->is_cell.push_back(1);
    }
    info->is_generator = s->generator;
    for (Name* nm : s->names) {
      auto it = slot.find(nm->id);
      std::uint8_t f = s->syms[nm->id];
      if (s->type == CodeType::Module) {
        nm->scope = NameScope::GlobalImplicit;
        nm->slot = name_index(nm->id);
      } else if (f & kGlobal) {
        nm->scope = NameScope::Global;
        nm->slot = name_index(nm->id);
      } else if (s->type == CodeType::Class && (f & kBound) && !(f & kFree)) {
        nm->scope = NameScope::ClassBody;
        nm->slot = name_index(nm->id);
      } else if (it != slot.end()) {
        bool free = (f & kFree) != 0;
        nm->scope = free ? NameScope::Free : (info->is_cell[static_cast<std::size_t>(it->second)] ? NameScope::Cell : NameScope::Local);
        nm->slot = it->second;
      } else {
        nm->scope = NameScope::GlobalImplicit;
        nm->slot = name_index(nm->id);
      }
    }
    for (auto& c : s->children) {
      layout(name_index, c.get());
      // Where each child freevar comes from in this scope's frame.
      for (auto& n : c->free_order) {
        auto it = slot.find(n);
        c->info->free_source.push_back(it == slot.end() ? -1 : it->second);
      }
    }
    auto fill = [&](ScopeInfo& si) {
      for (int i = 0; i < info->nlocals; ++i) {
        si.locals.push_back(info->slot_names[static_cast<std::size_t>(i)]);
        if (info->is_cell[static_cast<std::size_t>(i)]) si.cellvars.push_back(info->slot_names[static_cast<std::size_t>(i)]);
      }
      si.freevars = s->free_order;
      si.is_generator = s->generator;
    };
    auto si = std::make_shared<ScopeInfo>();
    fill(*si);
    if (info->node) {
      switch (info->type) {
        case CodeType::Function: static_cast<FunctionDef*>(const_cast<void*>(info->node))->scope = si; break;
        case CodeType::Class: static_cast<ClassDef*>(const_cast<void*>(info->node))->scope = si; break;
        case CodeType::Lambda: static_cast<Lambda*>(const_cast<void*>(info->node))->scope = si; break;
        default: break;
      }
    }
  }
};

}  // namespace

std::optional<ResolveError> resolve_module(ast::Module& module, const source::SourceFile& file, bool internal,
                                           const NameIndexer& name_index, ResolvedModule& out) {
  Collector c(out, file, internal);
  Scope* root = c.new_scope(CodeType::Module, nullptr, &module, "<module>");
  c.body(root, module.body);
  if (c.error) return c.error;
  auto owned = c.take_root();
  Analyzer a;
  a.analyze(owned.get());
  if (a.error) return a.error;
  a.layout(name_index, owned.get());
  // Names the evaluator looks up as strings (attributes, keywords, function
  // names) get their table entry here, so that a run takes the interned
  // string from a slot instead of hashing the text at each use.
  for (Attribute* at : c.attributes) at->slot = name_index(at->attr);
  for (Keyword* k : c.keywords) k->slot = name_index(*k->arg);
  for (auto& code : out.codes) {
    if (code->type == CodeType::Module) continue;
    code->name_slot = name_index(code->name);
    code->qualname_slot = name_index(code->qualname);
  }
  out.module_code = owned->info;
  module.scope = std::make_shared<ScopeInfo>();
  return std::nullopt;
}

void adopt_shared(Interp& in, const ResolvedModule& shared) {
  for (const auto& [node, info] : shared.code_of) in.code_of[node] = info;
}

std::optional<ResolveError> resolve_module(Interp& in, ast::Module& module, const source::SourceFile& file,
                                           bool internal, CodeInfo*& module_code) {
  ResolvedModule out;
  auto err = resolve_module(module, file, internal, [&in](const std::string& n) { return in.name_index(n); }, out);
  if (err) return err;
  for (const auto& [node, info] : out.code_of) in.code_of[node] = info;
  for (auto& code : out.codes) in.codes.push_back(std::move(code));
  module_code = out.module_code;
  return std::nullopt;
}

}  // namespace scopeplay::runtime
