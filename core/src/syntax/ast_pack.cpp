// The packed form (ast_pack.h): a pre-order walk of the tree, each node as
// its kind (0 for an absent child), its span, then its fields in the order
// they are declared in ast.h. Numbers are LEB128 varints (signed ones
// zigzagged); a span is its length + 1 (0: the empty span) and the change of
// its begin offset from the previous span's; a string is an index into the
// strings seen so far, + 1, or 0 for a new one. The walk writes four streams,
// stored one after the other behind their sizes: the tree (kinds, fields,
// string indexes), the span lengths, the span offsets, and the new strings
// (length and bytes), which compress a little better apart than interleaved.
// One walk (`fields`) serves both directions, so they cannot drift apart.
#include "syntax/ast_pack.h"

#include <cstdint>
#include <cstring>
#include <unordered_map>
#include <utility>
#include <vector>

namespace scopeplay::syntax {
namespace {

using namespace ast;  // NOLINT: the node types are the subject of this file

constexpr unsigned kExprKinds = static_cast<unsigned>(ExprKind::YieldFrom) + 1;
constexpr unsigned kStmtKinds = static_cast<unsigned>(StmtKind::ImportFrom) + 1;
// Nesting a valid tree never reaches: the parser refuses deeper input first.
constexpr int kMaxDepth = 2000;

void put_varint(std::string& out, std::uint64_t v) {
  for (; v >= 0x80; v >>= 7) out.push_back(static_cast<char>((v & 0x7f) | 0x80));
  out.push_back(static_cast<char>(v));
}

// Reads a varint off the front of `in`; false if it runs out first.
bool get_varint(std::string_view& in, std::uint64_t& v) {
  v = 0;
  for (int shift = 0; shift < 64 && !in.empty(); shift += 7) {
    const auto byte = static_cast<unsigned char>(in.front());
    in.remove_prefix(1);
    v |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
    if (byte < 0x80) return true;
  }
  return false;
}

bool empty_span(const SourceSpan& s) {
  return s.begin == 0 && s.end == 0 && s.line == 0 && s.column == 0 && s.end_line == 0 && s.end_column == 0;
}

bool same_span(const SourceSpan& a, const SourceSpan& b) {
  return a.begin == b.begin && a.end == b.end && a.line == b.line && a.column == b.column &&
         a.end_line == b.end_line && a.end_column == b.end_column;
}

enum Stream { kTree, kLength, kOffset, kText, kStreams };

class Writer {
 public:
  explicit Writer(const source::SourceFile& file) : file_(file) {}

  std::optional<SourceSpan> bad;

  void u(std::uint64_t v, Stream to = kTree) { put_varint(out_[to], v); }
  void s(std::int64_t v, Stream to = kTree) {
    u((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63), to);
  }

  void span(SourceSpan& sp) {
    if (empty_span(sp)) {
      u(0, kLength);
      return;
    }
    if (!bad && (sp.end < sp.begin || !same_span(file_.span(sp.begin, sp.end), sp))) bad = sp;
    u(static_cast<std::uint64_t>(sp.end - sp.begin) + 1, kLength);
    s(static_cast<std::int64_t>(sp.begin) - last_begin_, kOffset);
    last_begin_ = sp.begin;
  }
  void str(std::string& v) {
    auto [it, fresh] = strings_.try_emplace(v, strings_.size());
    if (!fresh) {
      u(it->second + 1);
      return;
    }
    u(0);
    u(v.size(), kText);
    out_[kText].append(v);
  }
  void opt_str(std::optional<std::string>& v) {
    u(v ? 1 : 0);
    if (v) str(*v);
  }
  template <class E>
  void en(E& e, unsigned /*count*/) {
    u(static_cast<std::uint64_t>(e));
  }
  void flag(bool& b) { u(b ? 1 : 0); }
  void num(int& v) { s(v); }
  void num(std::int64_t& v) { s(v); }
  void real(double& v) {
    char raw[sizeof v];
    std::memcpy(raw, &v, sizeof v);
    out_[kTree].append(raw, sizeof v);
  }
  void ch(char& c) { u(static_cast<unsigned char>(c)); }

  void expr(ExprPtr& e);
  void stmt(StmtPtr& st);

  template <class T, class F>
  void list(std::vector<T>& v, F each) {
    u(v.size());
    for (T& x : v) each(*this, x);
  }
  template <class T, class F>
  void opt(std::optional<T>& v, F each) {
    u(v ? 1 : 0);
    if (v) each(*this, *v);
  }

  // The streams' sizes, then the streams.
  std::string bytes() {
    std::string head;
    std::swap(head, out_[kTree]);
    for (int i = 0; i < kStreams; ++i) u(i == kTree ? head.size() : out_[i].size());
    std::string all = std::move(out_[kTree]);
    all += head;
    for (int i = kTree + 1; i < kStreams; ++i) all += out_[i];
    return all;
  }

 private:
  const source::SourceFile& file_;
  std::string out_[kStreams];
  std::unordered_map<std::string, std::size_t> strings_;
  std::int64_t last_begin_ = 0;
};

class Reader {
 public:
  Reader(std::string_view bytes, const source::SourceFile& file) : file_(file) {
    in_[kTree] = bytes;
    std::size_t sizes[kStreams];
    for (std::size_t& n : sizes) n = static_cast<std::size_t>(u());
    std::string_view rest = in_[kTree].substr(pos_[kTree]);
    pos_[kTree] = 0;
    for (int i = 0; i < kStreams; ++i) {
      if (failed || sizes[i] > rest.size()) {
        fail();
        return;
      }
      in_[i] = rest.substr(0, sizes[i]);
      rest.remove_prefix(sizes[i]);
    }
    if (!rest.empty()) fail();
  }

  bool failed = false;
  int depth = 0;

  bool done() const {
    for (int i = 0; i < kStreams; ++i)
      if (pos_[i] != in_[i].size()) return false;
    return !failed;
  }

  std::uint64_t u(Stream from = kTree) {
    std::string_view rest = in_[from].substr(pos_[from]);
    std::uint64_t v = 0;
    if (!get_varint(rest, v)) return fail();
    pos_[from] = in_[from].size() - rest.size();
    return v;
  }
  std::int64_t s(Stream from = kTree) {
    const std::uint64_t z = u(from);
    return static_cast<std::int64_t>(z >> 1) ^ -static_cast<std::int64_t>(z & 1);
  }

  void span(SourceSpan& sp) {
    const std::uint64_t len = u(kLength);
    if (len == 0) {
      sp = SourceSpan{};
      return;
    }
    // Bounded before any arithmetic: garbage must not overflow.
    const std::int64_t delta = s(kOffset);
    const auto size = static_cast<std::int64_t>(file_.size());
    if (len - 1 > file_.size() || delta < -size || delta > size) {
      fail();
      return;
    }
    const std::int64_t begin = last_begin_ + delta;
    const std::int64_t end = begin + static_cast<std::int64_t>(len - 1);
    if (begin < 0 || end > size) {
      fail();
      return;
    }
    last_begin_ = begin;
    sp = file_.span(static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end));
  }
  void str(std::string& v) {
    const std::uint64_t ref = u();
    if (ref > 0) {
      if (ref > strings_.size()) {
        fail();
        return;
      }
      v.assign(strings_[ref - 1]);
      return;
    }
    const std::uint64_t n = u(kText);
    if (n > remaining(kText)) {
      fail();
      return;
    }
    strings_.push_back(in_[kText].substr(pos_[kText], n));
    pos_[kText] += n;
    v.assign(strings_.back());
  }
  void opt_str(std::optional<std::string>& v) {
    if (u() == 0) return;
    v.emplace();
    str(*v);
  }
  template <class E>
  void en(E& e, unsigned count) {
    const std::uint64_t v = u();
    if (v >= count) fail();
    e = static_cast<E>(v < count ? v : 0);
  }
  void flag(bool& b) { b = u() != 0; }
  void num(int& v) { v = static_cast<int>(s()); }
  void num(std::int64_t& v) { v = s(); }
  void real(double& v) {
    if (remaining(kTree) < sizeof v) {
      fail();
      return;
    }
    std::memcpy(&v, in_[kTree].data() + pos_[kTree], sizeof v);
    pos_[kTree] += sizeof v;
  }
  void ch(char& c) { c = static_cast<char>(u()); }

  void expr(ExprPtr& e);
  void stmt(StmtPtr& st);

  template <class T, class F>
  void list(std::vector<T>& v, F each) {
    // Every element takes at least one byte of the tree: a bound on what to allocate.
    const std::uint64_t n = u();
    if (n > remaining(kTree)) {
      fail();
      return;
    }
    v.resize(static_cast<std::size_t>(n));
    for (T& x : v) {
      if (failed) return;
      each(*this, x);
    }
  }
  template <class T, class F>
  void opt(std::optional<T>& v, F each) {
    if (u() == 0) return;
    v.emplace();
    each(*this, *v);
  }

  std::uint64_t fail() {
    failed = true;
    for (int i = 0; i < kStreams; ++i) pos_[i] = in_[i].size();
    return 0;
  }

 private:
  std::size_t remaining(Stream s) const { return in_[s].size() - pos_[s]; }

  std::string_view in_[kStreams];
  std::size_t pos_[kStreams] = {};
  const source::SourceFile& file_;
  std::vector<std::string_view> strings_;
  std::int64_t last_begin_ = 0;
};

// ------------------------------------------------------------- the fields

template <class A> void body(A& a, Body& b) { a.list(b, [](A& a2, StmtPtr& st) { a2.stmt(st); }); }
template <class A> void exprs(A& a, std::vector<ExprPtr>& v) { a.list(v, [](A& a2, ExprPtr& e) { a2.expr(e); }); }

template <class A>
void arg(A& a, Arg& x) {
  a.str(x.name);
  a.span(x.span);
  a.expr(x.annotation);
}

template <class A>
void arguments(A& a, Arguments& x) {
  a.list(x.posonlyargs, arg<A>);
  a.list(x.args, arg<A>);
  a.opt(x.vararg, arg<A>);
  a.list(x.kwonlyargs, arg<A>);
  exprs(a, x.kw_defaults);
  a.opt(x.kwarg, arg<A>);
  exprs(a, x.defaults);
}

template <class A>
void keyword(A& a, Keyword& k) {
  a.opt_str(k.arg);
  a.expr(k.value);
  a.span(k.span);
}

template <class A>
void comprehension(A& a, Comprehension& c) {
  a.expr(c.target);
  a.expr(c.iter);
  exprs(a, c.ifs);
  a.flag(c.is_async);
}

// ListComp, SetComp, GeneratorExp: an element and the generators.
template <class A, class Node>
void element_comprehension(A& a, Node& n) {
  a.expr(n.elt);
  a.list(n.generators, comprehension<A>);
}

template <class A>
void with_item(A& a, WithItem& w) {
  a.expr(w.context_expr);
  a.expr(w.optional_vars);
}

template <class A>
void handler(A& a, ExceptHandler& h) {
  a.expr(h.type);
  a.opt_str(h.name);
  body(a, h.body);
  a.span(h.span);
}

template <class A>
void alias(A& a, Alias& x) {
  a.str(x.name);
  a.opt_str(x.asname);
  a.span(x.span);
}

template <class A>
void cmp_op(A& a, CmpOpKind& op) {
  a.en(op, static_cast<unsigned>(CmpOpKind::NotIn) + 1);
}

template <class A>
void name_str(A& a, std::string& s) {
  a.str(s);
}

constexpr unsigned kContexts = static_cast<unsigned>(ExprContext::Del) + 1;
constexpr unsigned kBinOps = static_cast<unsigned>(BinOpKind::BitAnd) + 1;

template <class A>
void fields(A& a, Expr& e) {
  switch (e.kind) {
    case ExprKind::Name: {
      auto& n = static_cast<Name&>(e);
      a.str(n.id);
      a.en(n.ctx, kContexts);
      return;
    }
    case ExprKind::Constant: {
      auto& n = static_cast<Constant&>(e);
      a.en(n.value_kind, static_cast<unsigned>(ConstantKind::Bytes) + 1);
      a.num(n.int_value);
      if (n.value_kind == ConstantKind::Float || n.value_kind == ConstantKind::Imaginary) a.real(n.float_value);
      a.str(n.text);
      return;
    }
    case ExprKind::JoinedStr:
      exprs(a, static_cast<JoinedStr&>(e).values);
      return;
    case ExprKind::FormattedValue: {
      auto& n = static_cast<FormattedValue&>(e);
      a.expr(n.value);
      a.ch(n.conversion);
      a.expr(n.format_spec);
      a.str(n.debug_text);
      return;
    }
    case ExprKind::BinOp: {
      auto& n = static_cast<BinOp&>(e);
      a.en(n.op, kBinOps);
      a.expr(n.left);
      a.expr(n.right);
      return;
    }
    case ExprKind::UnaryOp: {
      auto& n = static_cast<UnaryOp&>(e);
      a.en(n.op, static_cast<unsigned>(UnaryOpKind::USub) + 1);
      a.expr(n.operand);
      return;
    }
    case ExprKind::BoolOp: {
      auto& n = static_cast<BoolOp&>(e);
      a.en(n.op, static_cast<unsigned>(BoolOpKind::Or) + 1);
      exprs(a, n.values);
      return;
    }
    case ExprKind::Compare: {
      auto& n = static_cast<Compare&>(e);
      a.expr(n.left);
      a.list(n.ops, cmp_op<A>);
      exprs(a, n.comparators);
      return;
    }
    case ExprKind::IfExp: {
      auto& n = static_cast<IfExp&>(e);
      a.expr(n.test);
      a.expr(n.body);
      a.expr(n.orelse);
      return;
    }
    case ExprKind::NamedExpr: {
      auto& n = static_cast<NamedExpr&>(e);
      a.expr(n.target);
      a.expr(n.value);
      return;
    }
    case ExprKind::Lambda: {
      auto& n = static_cast<Lambda&>(e);
      arguments(a, n.args);
      a.expr(n.body);
      return;
    }
    case ExprKind::Call: {
      auto& n = static_cast<Call&>(e);
      a.expr(n.func);
      exprs(a, n.args);
      a.list(n.keywords, keyword<A>);
      return;
    }
    case ExprKind::Attribute: {
      auto& n = static_cast<Attribute&>(e);
      a.expr(n.value);
      a.str(n.attr);
      a.en(n.ctx, kContexts);
      return;
    }
    case ExprKind::Subscript: {
      auto& n = static_cast<Subscript&>(e);
      a.expr(n.value);
      a.expr(n.slice);
      a.en(n.ctx, kContexts);
      return;
    }
    case ExprKind::Slice: {
      auto& n = static_cast<Slice&>(e);
      a.expr(n.lower);
      a.expr(n.upper);
      a.expr(n.step);
      return;
    }
    case ExprKind::Starred: {
      auto& n = static_cast<Starred&>(e);
      a.expr(n.value);
      a.en(n.ctx, kContexts);
      return;
    }
    case ExprKind::List: {
      auto& n = static_cast<List&>(e);
      exprs(a, n.elts);
      a.en(n.ctx, kContexts);
      return;
    }
    case ExprKind::Tuple: {
      auto& n = static_cast<Tuple&>(e);
      exprs(a, n.elts);
      a.en(n.ctx, kContexts);
      a.flag(n.parenthesized);
      return;
    }
    case ExprKind::Set:
      exprs(a, static_cast<Set&>(e).elts);
      return;
    case ExprKind::Dict: {
      auto& n = static_cast<Dict&>(e);
      exprs(a, n.keys);
      exprs(a, n.values);
      return;
    }
    case ExprKind::ListComp:
      element_comprehension(a, static_cast<ListComp&>(e));
      return;
    case ExprKind::SetComp:
      element_comprehension(a, static_cast<SetComp&>(e));
      return;
    case ExprKind::DictComp: {
      auto& n = static_cast<DictComp&>(e);
      a.expr(n.key);
      a.expr(n.value);
      a.list(n.generators, comprehension<A>);
      return;
    }
    case ExprKind::GeneratorExp:
      element_comprehension(a, static_cast<GeneratorExp&>(e));
      return;
    case ExprKind::Yield:
      a.expr(static_cast<Yield&>(e).value);
      return;
    case ExprKind::YieldFrom:
      a.expr(static_cast<YieldFrom&>(e).value);
      return;
  }
}

template <class A>
void fields(A& a, Stmt& st) {
  switch (st.kind) {
    case StmtKind::Expr:
      a.expr(static_cast<ExprStmt&>(st).value);
      return;
    case StmtKind::Assign: {
      auto& n = static_cast<Assign&>(st);
      exprs(a, n.targets);
      a.expr(n.value);
      return;
    }
    case StmtKind::AugAssign: {
      auto& n = static_cast<AugAssign&>(st);
      a.expr(n.target);
      a.en(n.op, kBinOps);
      a.expr(n.value);
      return;
    }
    case StmtKind::AnnAssign: {
      auto& n = static_cast<AnnAssign&>(st);
      a.expr(n.target);
      a.expr(n.annotation);
      a.expr(n.value);
      a.flag(n.simple);
      return;
    }
    case StmtKind::FunctionDef: {
      auto& n = static_cast<FunctionDef&>(st);
      a.str(n.name);
      arguments(a, n.args);
      body(a, n.body);
      exprs(a, n.decorator_list);
      a.expr(n.returns);
      a.str(n.docstring);
      return;
    }
    case StmtKind::ClassDef: {
      auto& n = static_cast<ClassDef&>(st);
      a.str(n.name);
      exprs(a, n.bases);
      a.list(n.keywords, keyword<A>);
      body(a, n.body);
      exprs(a, n.decorator_list);
      return;
    }
    case StmtKind::Return:
      a.expr(static_cast<Return&>(st).value);
      return;
    case StmtKind::Delete:
      exprs(a, static_cast<Delete&>(st).targets);
      return;
    case StmtKind::If: {
      auto& n = static_cast<If&>(st);
      a.expr(n.test);
      body(a, n.body);
      body(a, n.orelse);
      return;
    }
    case StmtKind::For: {
      auto& n = static_cast<For&>(st);
      a.expr(n.target);
      a.expr(n.iter);
      body(a, n.body);
      body(a, n.orelse);
      return;
    }
    case StmtKind::While: {
      auto& n = static_cast<While&>(st);
      a.expr(n.test);
      body(a, n.body);
      body(a, n.orelse);
      return;
    }
    case StmtKind::Break:
    case StmtKind::Continue:
    case StmtKind::Pass:
      return;
    case StmtKind::With: {
      auto& n = static_cast<With&>(st);
      a.list(n.items, with_item<A>);
      body(a, n.body);
      return;
    }
    case StmtKind::Try: {
      auto& n = static_cast<Try&>(st);
      body(a, n.body);
      a.list(n.handlers, handler<A>);
      body(a, n.orelse);
      body(a, n.finalbody);
      return;
    }
    case StmtKind::Raise: {
      auto& n = static_cast<Raise&>(st);
      a.expr(n.exc);
      a.expr(n.cause);
      return;
    }
    case StmtKind::Assert: {
      auto& n = static_cast<Assert&>(st);
      a.expr(n.test);
      a.expr(n.msg);
      return;
    }
    case StmtKind::Global:
      a.list(static_cast<Global&>(st).names, name_str<A>);
      return;
    case StmtKind::Nonlocal:
      a.list(static_cast<Nonlocal&>(st).names, name_str<A>);
      return;
    case StmtKind::Import:
      a.list(static_cast<Import&>(st).names, alias<A>);
      return;
    case StmtKind::ImportFrom: {
      auto& n = static_cast<ImportFrom&>(st);
      a.str(n.module);
      a.list(n.names, alias<A>);
      a.num(n.level);
      return;
    }
  }
}

// ------------------------------------------------------------- the nodes

void Writer::expr(ExprPtr& e) {
  if (!e) {
    u(0);
    return;
  }
  u(static_cast<unsigned>(e->kind) + 1);
  span(e->span);
  fields(*this, *e);
}

void Writer::stmt(StmtPtr& st) {
  if (!st) {
    u(0);
    return;
  }
  u(static_cast<unsigned>(st->kind) + 1);
  span(st->span);
  fields(*this, *st);
}

ExprPtr make_expr(ExprKind k, SourceSpan s) {
  switch (k) {
    case ExprKind::Name: return std::make_unique<Name>(s, std::string());
    case ExprKind::Constant: return std::make_unique<Constant>(s);
    case ExprKind::JoinedStr: return std::make_unique<JoinedStr>(s);
    case ExprKind::FormattedValue: return std::make_unique<FormattedValue>(s);
    case ExprKind::BinOp: return std::make_unique<BinOp>(s, BinOpKind::Add, nullptr, nullptr);
    case ExprKind::UnaryOp: return std::make_unique<UnaryOp>(s, UnaryOpKind::Not, nullptr);
    case ExprKind::BoolOp: return std::make_unique<BoolOp>(s, BoolOpKind::And);
    case ExprKind::Compare: return std::make_unique<Compare>(s);
    case ExprKind::IfExp: return std::make_unique<IfExp>(s);
    case ExprKind::NamedExpr: return std::make_unique<NamedExpr>(s);
    case ExprKind::Lambda: return std::make_unique<Lambda>(s);
    case ExprKind::Call: return std::make_unique<Call>(s);
    case ExprKind::Attribute: return std::make_unique<Attribute>(s);
    case ExprKind::Subscript: return std::make_unique<Subscript>(s);
    case ExprKind::Slice: return std::make_unique<Slice>(s);
    case ExprKind::Starred: return std::make_unique<Starred>(s);
    case ExprKind::List: return std::make_unique<List>(s);
    case ExprKind::Tuple: return std::make_unique<Tuple>(s);
    case ExprKind::Set: return std::make_unique<Set>(s);
    case ExprKind::Dict: return std::make_unique<Dict>(s);
    case ExprKind::ListComp: return std::make_unique<ListComp>(s);
    case ExprKind::SetComp: return std::make_unique<SetComp>(s);
    case ExprKind::DictComp: return std::make_unique<DictComp>(s);
    case ExprKind::GeneratorExp: return std::make_unique<GeneratorExp>(s);
    case ExprKind::Yield: return std::make_unique<Yield>(s);
    case ExprKind::YieldFrom: return std::make_unique<YieldFrom>(s);
  }
  return nullptr;
}

StmtPtr make_stmt(StmtKind k, SourceSpan s) {
  switch (k) {
    case StmtKind::Expr: return std::make_unique<ExprStmt>(s, nullptr);
    case StmtKind::Assign: return std::make_unique<Assign>(s);
    case StmtKind::AugAssign: return std::make_unique<AugAssign>(s);
    case StmtKind::AnnAssign: return std::make_unique<AnnAssign>(s);
    case StmtKind::FunctionDef: return std::make_unique<FunctionDef>(s);
    case StmtKind::ClassDef: return std::make_unique<ClassDef>(s);
    case StmtKind::Return: return std::make_unique<Return>(s);
    case StmtKind::Delete: return std::make_unique<Delete>(s);
    case StmtKind::If: return std::make_unique<If>(s);
    case StmtKind::For: return std::make_unique<For>(s);
    case StmtKind::While: return std::make_unique<While>(s);
    case StmtKind::Break: return std::make_unique<Break>(s);
    case StmtKind::Continue: return std::make_unique<Continue>(s);
    case StmtKind::Pass: return std::make_unique<Pass>(s);
    case StmtKind::With: return std::make_unique<With>(s);
    case StmtKind::Try: return std::make_unique<Try>(s);
    case StmtKind::Raise: return std::make_unique<Raise>(s);
    case StmtKind::Assert: return std::make_unique<Assert>(s);
    case StmtKind::Global: return std::make_unique<Global>(s);
    case StmtKind::Nonlocal: return std::make_unique<Nonlocal>(s);
    case StmtKind::Import: return std::make_unique<Import>(s);
    case StmtKind::ImportFrom: return std::make_unique<ImportFrom>(s);
  }
  return nullptr;
}

// Reads one node of either family: its kind, its span, then its fields.
template <class Kind, class Ptr, class Make>
void read_node(Reader& r, Ptr& out, unsigned kinds, Make make) {
  const std::uint64_t tag = r.u();
  if (tag == 0 || r.failed) return;
  if (tag > kinds || ++r.depth > kMaxDepth) {
    r.fail();  // a kind out of range, or a tree deeper than the parser allows
    return;
  }
  SourceSpan s;
  r.span(s);
  out = make(static_cast<Kind>(tag - 1), s);
  fields(r, *out);
  --r.depth;
}

void Reader::expr(ExprPtr& e) { read_node<ExprKind>(*this, e, kExprKinds, make_expr); }
void Reader::stmt(StmtPtr& st) { read_node<StmtKind>(*this, st, kStmtKinds, make_stmt); }

}  // namespace

PackResult pack_module(const Module& module, const source::SourceFile& file) {
  Writer w(file);
  body(w, const_cast<Body&>(module.body));  // the walk is shared with the reader; writing changes nothing
  PackResult result;
  if (w.bad) {
    result.bad_span = w.bad;
    return result;
  }
  result.bytes = w.bytes();
  return result;
}

std::unique_ptr<Module> unpack_module(std::string_view bytes, const source::SourceFile& file) {
  Reader r(bytes, file);
  auto module = std::make_unique<Module>();
  body(r, module->body);
  if (r.failed || !r.done()) return nullptr;
  return module;
}

// The file's size, its number of lines, each line's length (the last one's is
// implied), then the tree.
PackResult pack_standalone(const Module& module, const source::SourceFile& file) {
  PackResult tree = pack_module(module, file);
  if (tree.bad_span) return tree;
  PackResult result;
  const std::vector<std::uint32_t>& starts = file.line_starts();
  put_varint(result.bytes, file.size());
  put_varint(result.bytes, starts.size());
  for (std::size_t i = 1; i < starts.size(); ++i) put_varint(result.bytes, starts[i] - starts[i - 1]);
  result.bytes += tree.bytes;
  return result;
}

Unpacked unpack_standalone(std::string_view bytes, std::string name) {
  std::uint64_t size = 0, lines = 0;
  if (!get_varint(bytes, size) || !get_varint(bytes, lines) || size > UINT32_MAX || lines == 0 || lines > size + 1)
    return {};
  std::vector<std::uint32_t> starts{0};
  starts.reserve(static_cast<std::size_t>(lines));
  for (std::uint64_t i = 1; i < lines; ++i) {
    std::uint64_t length = 0;
    if (!get_varint(bytes, length) || length == 0 || length > size - starts.back()) return {};
    starts.push_back(static_cast<std::uint32_t>(starts.back() + length));
  }
  Unpacked out;
  out.file = std::make_unique<source::SourceFile>(
      source::SourceFile::without_text(std::move(name), std::move(starts), static_cast<std::uint32_t>(size)));
  out.module = unpack_module(bytes, *out.file);
  if (!out.module) out.file.reset();
  return out;
}

}  // namespace scopeplay::syntax
