// The abstract syntax tree of scopeplay's Python subset.
//
// It follows CPython's `ast` module closely (same node names and fields) so
// that anyone who knows Python's grammar can read it, but it is a plain C++
// tree: nodes own their children through unique_ptr, every node carries the
// span it was parsed from (for tracebacks, carets and editor markers), and a
// `kind` tag lets the evaluator switch instead of paying for virtual calls.
//
// The resolver (runtime) may annotate nodes after parsing through the fields
// marked "resolver": the parser leaves them at their defaults.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "source/source_file.h"

namespace scopeplay::ast {

using source::SourceSpan;

// ---------------------------------------------------------------- expressions

enum class ExprKind : std::uint8_t {
  Name, Constant, JoinedStr, FormattedValue,
  BinOp, UnaryOp, BoolOp, Compare, IfExp, NamedExpr,
  Lambda, Call, Attribute, Subscript, Slice, Starred,
  List, Tuple, Set, Dict,
  ListComp, SetComp, DictComp, GeneratorExp,
  Yield, YieldFrom,
};

enum class ExprContext : std::uint8_t { Load, Store, Del };

enum class BinOpKind : std::uint8_t {
  Add, Sub, Mult, MatMult, Div, FloorDiv, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd,
};
enum class UnaryOpKind : std::uint8_t { Invert, Not, UAdd, USub };
enum class BoolOpKind : std::uint8_t { And, Or };
enum class CmpOpKind : std::uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

struct Expr {
  ExprKind kind;
  SourceSpan span;
  explicit Expr(ExprKind k, SourceSpan s) : kind(k), span(s) {}
  virtual ~Expr() = default;
  Expr(const Expr&) = delete;
  Expr& operator=(const Expr&) = delete;
};
using ExprPtr = std::unique_ptr<Expr>;

// How a name is looked up; filled by the resolver.
enum class NameScope : std::uint8_t { Unresolved, Local, Cell, Free, Global, GlobalImplicit, ClassBody };

struct Name : Expr {
  std::string id;
  ExprContext ctx = ExprContext::Load;
  NameScope scope = NameScope::Unresolved;  // resolver
  int slot = -1;                            // resolver: local / cell index
  Name(SourceSpan s, std::string i) : Expr(ExprKind::Name, s), id(std::move(i)) {}
};

enum class ConstantKind : std::uint8_t { None, True, False, Ellipsis, Int, BigInt, Float, Imaginary, Str, Bytes };

struct Constant : Expr {
  ConstantKind value_kind = ConstantKind::None;
  std::int64_t int_value = 0;   // Int
  double float_value = 0.0;     // Float, Imaginary
  std::string text;             // Str/Bytes: decoded contents (UTF-8); BigInt: decimal digits
  explicit Constant(SourceSpan s) : Expr(ExprKind::Constant, s) {}
};

// f"...{value!r:>{width}}...": values are Constant(Str) pieces and FormattedValue.
struct JoinedStr : Expr {
  std::vector<ExprPtr> values;
  explicit JoinedStr(SourceSpan s) : Expr(ExprKind::JoinedStr, s) {}
};

struct FormattedValue : Expr {
  ExprPtr value;
  char conversion = 0;    // 0, 's', 'r', 'a'
  ExprPtr format_spec;    // JoinedStr or null
  std::string debug_text; // f"{x=}": the text "x=" to print before the value, else empty
  explicit FormattedValue(SourceSpan s) : Expr(ExprKind::FormattedValue, s) {}
};

struct BinOp : Expr {
  BinOpKind op;
  ExprPtr left, right;
  BinOp(SourceSpan s, BinOpKind o, ExprPtr l, ExprPtr r)
      : Expr(ExprKind::BinOp, s), op(o), left(std::move(l)), right(std::move(r)) {}
};

struct UnaryOp : Expr {
  UnaryOpKind op;
  ExprPtr operand;
  UnaryOp(SourceSpan s, UnaryOpKind o, ExprPtr e) : Expr(ExprKind::UnaryOp, s), op(o), operand(std::move(e)) {}
};

struct BoolOp : Expr {
  BoolOpKind op;
  std::vector<ExprPtr> values;  // two or more
  BoolOp(SourceSpan s, BoolOpKind o) : Expr(ExprKind::BoolOp, s), op(o) {}
};

struct Compare : Expr {
  ExprPtr left;
  std::vector<CmpOpKind> ops;
  std::vector<ExprPtr> comparators;
  explicit Compare(SourceSpan s) : Expr(ExprKind::Compare, s) {}
};

struct IfExp : Expr {
  ExprPtr test, body, orelse;
  explicit IfExp(SourceSpan s) : Expr(ExprKind::IfExp, s) {}
};

struct NamedExpr : Expr {  // target := value
  ExprPtr target;  // Name (Store)
  ExprPtr value;
  explicit NamedExpr(SourceSpan s) : Expr(ExprKind::NamedExpr, s) {}
};

struct Arg {
  std::string name;
  SourceSpan span;
  ExprPtr annotation;  // parsed and ignored by the evaluator
};

struct Arguments {
  std::vector<Arg> posonlyargs;
  std::vector<Arg> args;
  std::optional<Arg> vararg;
  std::vector<Arg> kwonlyargs;
  std::vector<ExprPtr> kw_defaults;  // one per kwonlyarg, null where there is none
  std::optional<Arg> kwarg;
  std::vector<ExprPtr> defaults;     // for the last len(defaults) of posonlyargs+args
};

struct Stmt;
using StmtPtr = std::unique_ptr<Stmt>;
using Body = std::vector<StmtPtr>;

// Filled by the resolver for every function-like scope (def, lambda, comprehension, class).
struct ScopeInfo {
  std::vector<std::string> locals;     // slot order: parameters first
  std::vector<std::string> cellvars;   // locals captured by inner functions
  std::vector<std::string> freevars;   // captured from enclosing functions
  bool is_generator = false;
  bool uses_super = false;             // needs __class__
};

struct Lambda : Expr {
  Arguments args;
  ExprPtr body;
  std::shared_ptr<ScopeInfo> scope;  // resolver
  explicit Lambda(SourceSpan s) : Expr(ExprKind::Lambda, s) {}
};

struct Keyword {
  std::optional<std::string> arg;  // nullopt for **kwargs
  ExprPtr value;
  SourceSpan span;
  int slot = -1;  // resolver: `arg`'s entry in the interpreter's name table
};

struct Call : Expr {
  ExprPtr func;
  std::vector<ExprPtr> args;     // may contain Starred for *args
  std::vector<Keyword> keywords;
  explicit Call(SourceSpan s) : Expr(ExprKind::Call, s) {}
};

struct Attribute : Expr {
  ExprPtr value;
  std::string attr;
  ExprContext ctx = ExprContext::Load;
  int slot = -1;  // resolver: `attr`'s entry in the interpreter's name table
  explicit Attribute(SourceSpan s) : Expr(ExprKind::Attribute, s) {}
};

struct Subscript : Expr {
  ExprPtr value;
  ExprPtr slice;  // any expression, a Slice, or a Tuple that may contain Slices
  ExprContext ctx = ExprContext::Load;
  explicit Subscript(SourceSpan s) : Expr(ExprKind::Subscript, s) {}
};

struct Slice : Expr {
  ExprPtr lower, upper, step;  // each may be null
  explicit Slice(SourceSpan s) : Expr(ExprKind::Slice, s) {}
};

struct Starred : Expr {
  ExprPtr value;
  ExprContext ctx = ExprContext::Load;
  explicit Starred(SourceSpan s) : Expr(ExprKind::Starred, s) {}
};

struct List : Expr {
  std::vector<ExprPtr> elts;
  ExprContext ctx = ExprContext::Load;
  explicit List(SourceSpan s) : Expr(ExprKind::List, s) {}
};

struct Tuple : Expr {
  std::vector<ExprPtr> elts;
  ExprContext ctx = ExprContext::Load;
  bool parenthesized = false;
  explicit Tuple(SourceSpan s) : Expr(ExprKind::Tuple, s) {}
};

struct Set : Expr {
  std::vector<ExprPtr> elts;
  explicit Set(SourceSpan s) : Expr(ExprKind::Set, s) {}
};

struct Dict : Expr {
  std::vector<ExprPtr> keys;    // null key: **mapping unpacking of the matching value
  std::vector<ExprPtr> values;
  explicit Dict(SourceSpan s) : Expr(ExprKind::Dict, s) {}
};

struct Comprehension {
  ExprPtr target;  // Store context
  ExprPtr iter;
  std::vector<ExprPtr> ifs;
  bool is_async = false;
};

struct ListComp : Expr {
  ExprPtr elt;
  std::vector<Comprehension> generators;
  std::shared_ptr<ScopeInfo> scope;  // resolver
  explicit ListComp(SourceSpan s) : Expr(ExprKind::ListComp, s) {}
};

struct SetComp : Expr {
  ExprPtr elt;
  std::vector<Comprehension> generators;
  std::shared_ptr<ScopeInfo> scope;  // resolver
  explicit SetComp(SourceSpan s) : Expr(ExprKind::SetComp, s) {}
};

struct DictComp : Expr {
  ExprPtr key, value;
  std::vector<Comprehension> generators;
  std::shared_ptr<ScopeInfo> scope;  // resolver
  explicit DictComp(SourceSpan s) : Expr(ExprKind::DictComp, s) {}
};

struct GeneratorExp : Expr {
  ExprPtr elt;
  std::vector<Comprehension> generators;
  std::shared_ptr<ScopeInfo> scope;  // resolver
  explicit GeneratorExp(SourceSpan s) : Expr(ExprKind::GeneratorExp, s) {}
};

struct Yield : Expr {
  ExprPtr value;  // may be null
  explicit Yield(SourceSpan s) : Expr(ExprKind::Yield, s) {}
};

struct YieldFrom : Expr {
  ExprPtr value;
  explicit YieldFrom(SourceSpan s) : Expr(ExprKind::YieldFrom, s) {}
};

// ----------------------------------------------------------------- statements

enum class StmtKind : std::uint8_t {
  Expr, Assign, AugAssign, AnnAssign,
  FunctionDef, ClassDef, Return, Delete,
  If, For, While, Break, Continue, Pass,
  With, Try, Raise, Assert, Global, Nonlocal, Import, ImportFrom,
};

struct Stmt {
  StmtKind kind;
  SourceSpan span;
  explicit Stmt(StmtKind k, SourceSpan s) : kind(k), span(s) {}
  virtual ~Stmt() = default;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
};

struct ExprStmt : Stmt {
  ExprPtr value;
  ExprStmt(SourceSpan s, ExprPtr v) : Stmt(StmtKind::Expr, s), value(std::move(v)) {}
};

struct Assign : Stmt {  // t1 = t2 = value
  std::vector<ExprPtr> targets;
  ExprPtr value;
  explicit Assign(SourceSpan s) : Stmt(StmtKind::Assign, s) {}
};

struct AugAssign : Stmt {
  ExprPtr target;
  BinOpKind op;
  ExprPtr value;
  explicit AugAssign(SourceSpan s) : Stmt(StmtKind::AugAssign, s), op(BinOpKind::Add) {}
};

struct AnnAssign : Stmt {
  ExprPtr target;
  ExprPtr annotation;
  ExprPtr value;  // may be null
  bool simple = true;
  explicit AnnAssign(SourceSpan s) : Stmt(StmtKind::AnnAssign, s) {}
};

struct FunctionDef : Stmt {
  std::string name;
  Arguments args;
  Body body;
  std::vector<ExprPtr> decorator_list;
  ExprPtr returns;  // annotation, ignored
  std::shared_ptr<ScopeInfo> scope;  // resolver
  std::string docstring;             // first statement if it is a string literal
  explicit FunctionDef(SourceSpan s) : Stmt(StmtKind::FunctionDef, s) {}
};

struct ClassDef : Stmt {
  std::string name;
  std::vector<ExprPtr> bases;
  std::vector<Keyword> keywords;  // metaclass=... etc.
  Body body;
  std::vector<ExprPtr> decorator_list;
  std::shared_ptr<ScopeInfo> scope;  // resolver
  explicit ClassDef(SourceSpan s) : Stmt(StmtKind::ClassDef, s) {}
};

struct Return : Stmt {
  ExprPtr value;  // may be null
  explicit Return(SourceSpan s) : Stmt(StmtKind::Return, s) {}
};

struct Delete : Stmt {
  std::vector<ExprPtr> targets;
  explicit Delete(SourceSpan s) : Stmt(StmtKind::Delete, s) {}
};

struct If : Stmt {  // elif chains nest in orelse, as in CPython
  ExprPtr test;
  Body body, orelse;
  explicit If(SourceSpan s) : Stmt(StmtKind::If, s) {}
};

struct For : Stmt {
  ExprPtr target, iter;
  Body body, orelse;
  explicit For(SourceSpan s) : Stmt(StmtKind::For, s) {}
};

struct While : Stmt {
  ExprPtr test;
  Body body, orelse;
  explicit While(SourceSpan s) : Stmt(StmtKind::While, s) {}
};

struct Break : Stmt { explicit Break(SourceSpan s) : Stmt(StmtKind::Break, s) {} };
struct Continue : Stmt { explicit Continue(SourceSpan s) : Stmt(StmtKind::Continue, s) {} };
struct Pass : Stmt { explicit Pass(SourceSpan s) : Stmt(StmtKind::Pass, s) {} };

struct WithItem {
  ExprPtr context_expr;
  ExprPtr optional_vars;  // Store target or null
};

struct With : Stmt {  // `with a, b:` keeps both items in one node
  std::vector<WithItem> items;
  Body body;
  explicit With(SourceSpan s) : Stmt(StmtKind::With, s) {}
};

struct ExceptHandler {
  ExprPtr type;                    // null for a bare except
  std::optional<std::string> name; // `as name`
  Body body;
  SourceSpan span;
};

struct Try : Stmt {
  Body body;
  std::vector<ExceptHandler> handlers;
  Body orelse, finalbody;
  explicit Try(SourceSpan s) : Stmt(StmtKind::Try, s) {}
};

struct Raise : Stmt {
  ExprPtr exc;    // null: re-raise
  ExprPtr cause;  // `from cause`, may be null
  explicit Raise(SourceSpan s) : Stmt(StmtKind::Raise, s) {}
};

struct Assert : Stmt {
  ExprPtr test, msg;
  explicit Assert(SourceSpan s) : Stmt(StmtKind::Assert, s) {}
};

struct Global : Stmt {
  std::vector<std::string> names;
  explicit Global(SourceSpan s) : Stmt(StmtKind::Global, s) {}
};

struct Nonlocal : Stmt {
  std::vector<std::string> names;
  explicit Nonlocal(SourceSpan s) : Stmt(StmtKind::Nonlocal, s) {}
};

struct Alias {
  std::string name;                  // dotted for `import a.b`; "*" for `from m import *`
  std::optional<std::string> asname;
  SourceSpan span;
};

struct Import : Stmt {
  std::vector<Alias> names;
  explicit Import(SourceSpan s) : Stmt(StmtKind::Import, s) {}
};

struct ImportFrom : Stmt {
  std::string module;  // may be empty with level > 0
  std::vector<Alias> names;
  int level = 0;
  explicit ImportFrom(SourceSpan s) : Stmt(StmtKind::ImportFrom, s) {}
};

// A whole snippet.
struct Module {
  Body body;
  std::shared_ptr<ScopeInfo> scope;  // resolver
};

}  // namespace scopeplay::ast
