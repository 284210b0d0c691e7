// Parser tests: AST shapes and spans compared with CPython 3.11's `ast`
// (expected strings printed by gen_expected.py in ast_dump.h's format).
#include "syntax/parser.h"

#include <gtest/gtest.h>

#include <chrono>

#include "ast_dump.h"

namespace scopeplay::syntax {
namespace {

struct ValidCase {
  const char* source;
  const char* expected;
};

const ValidCase kValid[] = {
  {"x = 1",
   "Module([Assign([Name(x, Store)@1:0-1:1], Constant(int 1)@1:4-1:5)@1:0-1:5])"},
  {"a, *b = c",
   "Module([Assign([Tuple([Name(a, Store)@1:0-1:1, Starred(Name(b, Store)@1:4-1:5, Store)@1:3-1:5], Store)@1:0-1:5], Name(c, Load)@1:8-1:9)@1:0-1:9])"},
  {"x = y = f(a)(b)[c].d",
   "Module([Assign([Name(x, Store)@1:0-1:1, Name(y, Store)@1:4-1:5], Attribute(Subscript(Call(Call(Name(f, Load)@1:8-1:9, [Name(a, Load)@1:10-1:11], [])@1:8-1:12, [Name(b, Load)@1:13-1:14], [])@1:8-1:15, Name(c, Load)@1:16-1:17, Load)@1:8-1:18, d, Load)@1:8-1:20)@1:0-1:20])"},
  {"x += 1; y **= 2",
   "Module([AugAssign(Name(x, Store)@1:0-1:1, Add, Constant(int 1)@1:5-1:6)@1:0-1:6, AugAssign(Name(y, Store)@1:8-1:9, Pow, Constant(int 2)@1:14-1:15)@1:8-1:15])"},
  {"x: int = 3",
   "Module([AnnAssign(Name(x, Store)@1:0-1:1, Name(int, Load)@1:3-1:6, Constant(int 3)@1:9-1:10, 1)@1:0-1:10])"},
  {"(x): int",
   "Module([AnnAssign(Name(x, Store)@1:1-1:2, Name(int, Load)@1:5-1:8, -, 0)@1:0-1:8])"},
  {"-2**2",
   "Module([Expr(UnaryOp(USub, BinOp(Constant(int 2)@1:1-1:2, Pow, Constant(int 2)@1:4-1:5)@1:1-1:5)@1:0-1:5)@1:0-1:5])"},
  {"not a == b and c or d",
   "Module([Expr(BoolOp(Or, [BoolOp(And, [UnaryOp(Not, Compare(Name(a, Load)@1:4-1:5, [Eq], [Name(b, Load)@1:9-1:10])@1:4-1:10)@1:0-1:10, Name(c, Load)@1:15-1:16])@1:0-1:16, Name(d, Load)@1:20-1:21])@1:0-1:21)@1:0-1:21])"},
  {"a < b <= c != d is not e not in f",
   "Module([Expr(Compare(Name(a, Load)@1:0-1:1, [Lt, LtE, NotEq, IsNot, NotIn], [Name(b, Load)@1:4-1:5, Name(c, Load)@1:9-1:10, Name(d, Load)@1:14-1:15, Name(e, Load)@1:23-1:24, Name(f, Load)@1:32-1:33])@1:0-1:33)@1:0-1:33])"},
  {"a if b else c if d else e",
   "Module([Expr(IfExp(Name(b, Load)@1:5-1:6, Name(a, Load)@1:0-1:1, IfExp(Name(d, Load)@1:17-1:18, Name(c, Load)@1:12-1:13, Name(e, Load)@1:24-1:25)@1:12-1:25)@1:0-1:25)@1:0-1:25])"},
  {"(y := f(x))",
   "Module([Expr(NamedExpr(Name(y, Store)@1:1-1:2, Call(Name(f, Load)@1:6-1:7, [Name(x, Load)@1:8-1:9], [])@1:6-1:10)@1:1-1:10)@1:0-1:11])"},
  {"lambda a, /, b=1, *c, d, e=2, **f: 0",
   "Module([Expr(Lambda(arguments([arg(a)@1:7-1:8], [arg(b)@1:13-1:14], arg(c)@1:19-1:20, [arg(d)@1:22-1:23, arg(e)@1:25-1:26], [-, Constant(int 2)@1:27-1:28], arg(f)@1:32-1:33, [Constant(int 1)@1:15-1:16]), Constant(int 0)@1:35-1:36)@1:0-1:36)@1:0-1:36])"},
  {"f(*a, b, k=1, **kw)",
   "Module([Expr(Call(Name(f, Load)@1:0-1:1, [Starred(Name(a, Load)@1:3-1:4, Load)@1:2-1:4, Name(b, Load)@1:6-1:7], [keyword(k, Constant(int 1)@1:11-1:12)@1:9-1:12, keyword(**, Name(kw, Load)@1:16-1:18)@1:14-1:18])@1:0-1:19)@1:0-1:19])"},
  {"f(x for x in y)",
   "Module([Expr(Call(Name(f, Load)@1:0-1:1, [GeneratorExp(Name(x, Load)@1:2-1:3, [comprehension(Name(x, Store)@1:8-1:9, Name(y, Load)@1:13-1:14, [])])@1:1-1:15], [])@1:0-1:15)@1:0-1:15])"},
  {"[x for x in y if x for z in x]",
   "Module([Expr(ListComp(Name(x, Load)@1:1-1:2, [comprehension(Name(x, Store)@1:7-1:8, Name(y, Load)@1:12-1:13, [Name(x, Load)@1:17-1:18]), comprehension(Name(z, Store)@1:23-1:24, Name(x, Load)@1:28-1:29, [])])@1:0-1:30)@1:0-1:30])"},
  {"{k: v for k, v in d}",
   "Module([Expr(DictComp(Name(k, Load)@1:1-1:2, Name(v, Load)@1:4-1:5, [comprehension(Tuple([Name(k, Store)@1:10-1:11, Name(v, Store)@1:13-1:14], Store)@1:10-1:14, Name(d, Load)@1:18-1:19, [])])@1:0-1:20)@1:0-1:20])"},
  {"{x for x in y}",
   "Module([Expr(SetComp(Name(x, Load)@1:1-1:2, [comprehension(Name(x, Store)@1:7-1:8, Name(y, Load)@1:12-1:13, [])])@1:0-1:14)@1:0-1:14])"},
  {"{**a, 'b': 1}",
   "Module([Expr(Dict([-, Constant(str 'b')@1:6-1:9], [Name(a, Load)@1:3-1:4, Constant(int 1)@1:11-1:12])@1:0-1:13)@1:0-1:13])"},
  {"{1, 2}",
   "Module([Expr(Set([Constant(int 1)@1:1-1:2, Constant(int 2)@1:4-1:5])@1:0-1:6)@1:0-1:6])"},
  {"a[1:2, ::3]",
   "Module([Expr(Subscript(Name(a, Load)@1:0-1:1, Tuple([Slice(Constant(int 1)@1:2-1:3, Constant(int 2)@1:4-1:5, -)@1:2-1:5, Slice(-, -, Constant(int 3)@1:9-1:10)@1:7-1:10], Load)@1:2-1:10, Load)@1:0-1:11)@1:0-1:11])"},
  {"a[:]",
   "Module([Expr(Subscript(Name(a, Load)@1:0-1:1, Slice(-, -, -)@1:2-1:3, Load)@1:0-1:4)@1:0-1:4])"},
  {"a[...]",
   "Module([Expr(Subscript(Name(a, Load)@1:0-1:1, Constant(...)@1:2-1:5, Load)@1:0-1:6)@1:0-1:6])"},
  {"(1,)",
   "Module([Expr(Tuple([Constant(int 1)@1:1-1:2], Load)@1:0-1:4)@1:0-1:4])"},
  {"()",
   "Module([Expr(Tuple([], Load)@1:0-1:2)@1:0-1:2])"},
  {"1, 2,",
   "Module([Expr(Tuple([Constant(int 1)@1:0-1:1, Constant(int 2)@1:3-1:4], Load)@1:0-1:5)@1:0-1:5])"},
  {"x = 10**30",
   "Module([Assign([Name(x, Store)@1:0-1:1], BinOp(Constant(int 10)@1:4-1:6, Pow, Constant(int 30)@1:8-1:10)@1:4-1:10)@1:0-1:10])"},
  {"0xFFFFFFFFFFFFFFFFFF",
   "Module([Expr(Constant(int 4722366482869645213695)@1:0-1:20)@1:0-1:20])"},
  {"1_000.5e-3j",
   "Module([Expr(Constant(complex 1.0004999999999999)@1:0-1:11)@1:0-1:11])"},
  {"'a' 'b' \"c\"",
   "Module([Expr(Constant(str 'abc')@1:0-1:11)@1:0-1:11])"},
  {"b'\\x00\\xff'",
   "Module([Expr(Constant(bytes '\\x00\\xff')@1:0-1:11)@1:0-1:11])"},
  {"'\\x41\\u00e9\\101\\n'",
   "Module([Expr(Constant(str 'AéA\\x0a')@1:0-1:18)@1:0-1:18])"},
  {"r'\\n'",
   "Module([Expr(Constant(str '\\\\n')@1:0-1:5)@1:0-1:5])"},
  {"f'{x!r:>{w}}'",
   "Module([Expr(JoinedStr([FormattedValue(Name(x, Load)@1:3-1:4, r, JoinedStr([Constant(str '>')@1:0-1:13, FormattedValue(Name(w, Load)@1:9-1:10, -, -)@1:0-1:13])@1:0-1:13)@1:0-1:13])@1:0-1:13)@1:0-1:13])"},
  {"def f(a, b=1, *args, c, d=2, **kw) -> int:\n    '''doc'''\n    return a",
   "Module([FunctionDef(f, arguments([], [arg(a)@1:6-1:7, arg(b)@1:9-1:10], arg(args)@1:15-1:19, [arg(c)@1:21-1:22, arg(d)@1:24-1:25], [-, Constant(int 2)@1:26-1:27], arg(kw)@1:31-1:33, [Constant(int 1)@1:11-1:12]), [Expr(Constant(str 'doc')@2:4-2:13)@2:4-2:13, Return(Name(a, Load)@3:11-3:12)@3:4-3:12], [], Name(int, Load)@1:38-1:41)@1:0-3:12])"},
  {"@d\nclass A(B, metaclass=M):\n    pass",
   "Module([ClassDef(A, [Name(B, Load)@2:8-2:9], [keyword(metaclass, Name(M, Load)@2:21-2:22)@2:11-2:22], [Pass()@3:4-3:8], [Name(d, Load)@1:1-1:2])@2:0-3:8])"},
  {"for i, (j, *k) in x:\n    continue\nelse:\n    pass",
   "Module([For(Tuple([Name(i, Store)@1:4-1:5, Tuple([Name(j, Store)@1:8-1:9, Starred(Name(k, Store)@1:12-1:13, Store)@1:11-1:13], Store)@1:7-1:14], Store)@1:4-1:14, Name(x, Load)@1:18-1:19, [Continue()@2:4-2:12], [Pass()@4:4-4:8])@1:0-4:8])"},
  {"while x:\n    break",
   "Module([While(Name(x, Load)@1:6-1:7, [Break()@2:4-2:9], [])@1:0-2:9])"},
  {"if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
   "Module([If(Name(a, Load)@1:3-1:4, [Pass()@2:4-2:8], [If(Name(b, Load)@3:5-3:6, [Pass()@4:4-4:8], [Pass()@6:4-6:8])@3:0-6:8])@1:0-6:8])"},
  {"with a as b, c:\n    pass",
   "Module([With([withitem(Name(a, Load)@1:5-1:6, Name(b, Store)@1:10-1:11), withitem(Name(c, Load)@1:13-1:14, -)], [Pass()@2:4-2:8])@1:0-2:8])"},
  {"with (a as b, c as d):\n    pass",
   "Module([With([withitem(Name(a, Load)@1:6-1:7, Name(b, Store)@1:11-1:12), withitem(Name(c, Load)@1:14-1:15, Name(d, Store)@1:19-1:20)], [Pass()@2:4-2:8])@1:0-2:8])"},
  {"with (a, b) as c:\n    pass",
   "Module([With([withitem(Tuple([Name(a, Load)@1:6-1:7, Name(b, Load)@1:9-1:10], Load)@1:5-1:11, Name(c, Store)@1:15-1:16)], [Pass()@2:4-2:8])@1:0-2:8])"},
  {"try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
   "Module([Try([Pass()@2:4-2:8], [ExceptHandler(Tuple([Name(A, Load)@3:8-3:9, Name(B, Load)@3:11-3:12], Load)@3:7-3:13, e, [Pass()@4:4-4:8])@3:0-4:8, ExceptHandler(-, -, [Pass()@6:4-6:8])@5:0-6:8], [Pass()@8:4-8:8], [Pass()@10:4-10:8])@1:0-10:8])"},
  {"raise X from Y",
   "Module([Raise(Name(X, Load)@1:6-1:7, Name(Y, Load)@1:13-1:14)@1:0-1:14])"},
  {"assert x, 'm'",
   "Module([Assert(Name(x, Load)@1:7-1:8, Constant(str 'm')@1:10-1:13)@1:0-1:13])"},
  {"del a, b[0], c.d",
   "Module([Delete([Name(a, Del)@1:4-1:5, Subscript(Name(b, Load)@1:7-1:8, Constant(int 0)@1:9-1:10, Del)@1:7-1:11, Attribute(Name(c, Load)@1:13-1:14, d, Del)@1:13-1:16])@1:0-1:16])"},
  {"global a, b",
   "Module([Global([a, b])@1:0-1:11])"},
  {"import a.b as c, d",
   "Module([Import([alias(a.b as c)@1:7-1:15, alias(d)@1:17-1:18])@1:0-1:18])"},
  {"from .x import (a, b as c,)",
   "Module([ImportFrom(x, [alias(a)@1:16-1:17, alias(b as c)@1:19-1:25], 1)@1:0-1:27])"},
  {"from m import *",
   "Module([ImportFrom(m, [alias(*)@1:14-1:15], 0)@1:0-1:15])"},
  {"from ... import x",
   "Module([ImportFrom(-, [alias(x)@1:16-1:17], 3)@1:0-1:17])"},
  {"def g():\n    yield\n    yield from x\n    x = yield 1",
   "Module([FunctionDef(g, arguments([], [], -, [], [], -, []), [Expr(Yield(-)@2:4-2:9)@2:4-2:9, Expr(YieldFrom(Name(x, Load)@3:15-3:16)@3:4-3:16)@3:4-3:16, Assign([Name(x, Store)@4:4-4:5], Yield(Constant(int 1)@4:14-4:15)@4:8-4:15)@4:4-4:15], [], -)@1:0-4:15])"},
  {"def f():\n    nonlocal_ = 1\n    def g():\n        nonlocal nonlocal_",
   "Module([FunctionDef(f, arguments([], [], -, [], [], -, []), [Assign([Name(nonlocal_, Store)@2:4-2:13], Constant(int 1)@2:16-2:17)@2:4-2:17, FunctionDef(g, arguments([], [], -, [], [], -, []), [Nonlocal([nonlocal_])@4:8-4:26], [], -)@3:4-4:26], [], -)@1:0-4:26])"},
  {"x = \\\n  1",
   "Module([Assign([Name(x, Store)@1:0-1:1], Constant(int 1)@2:2-2:3)@1:0-2:3])"},
  {"if x:\n    # c\n\n    y\n",
   "Module([If(Name(x, Load)@1:3-1:4, [Expr(Name(y, Load)@4:4-4:5)@4:4-4:5], [])@1:0-4:5])"},
  {"if (x := 1) == 1: pass",
   "Module([If(Compare(NamedExpr(Name(x, Store)@1:4-1:5, Constant(int 1)@1:9-1:10)@1:4-1:10, [Eq], [Constant(int 1)@1:15-1:16])@1:3-1:16, [Pass()@1:18-1:22], [])@1:0-1:22])"},
  {"(a).b((c))[(d)] + (e)",
   "Module([Expr(BinOp(Subscript(Call(Attribute(Name(a, Load)@1:1-1:2, b, Load)@1:0-1:5, [Name(c, Load)@1:7-1:8], [])@1:0-1:10, Name(d, Load)@1:12-1:13, Load)@1:0-1:15, Add, Name(e, Load)@1:19-1:20)@1:0-1:21)@1:0-1:21])"},
  {"((a)) if (b) else (c)",
   "Module([Expr(IfExp(Name(b, Load)@1:10-1:11, Name(a, Load)@1:2-1:3, Name(c, Load)@1:19-1:20)@1:0-1:21)@1:0-1:21])"},
  {"not (a) and (b) or (c)",
   "Module([Expr(BoolOp(Or, [BoolOp(And, [UnaryOp(Not, Name(a, Load)@1:5-1:6)@1:0-1:7, Name(b, Load)@1:13-1:14])@1:0-1:15, Name(c, Load)@1:20-1:21])@1:0-1:22)@1:0-1:22])"},
  {"-(a) ** (b)",
   "Module([Expr(UnaryOp(USub, BinOp(Name(a, Load)@1:2-1:3, Pow, Name(b, Load)@1:9-1:10)@1:1-1:11)@1:0-1:11)@1:0-1:11])"},
  {"(a) < (b) < (c)",
   "Module([Expr(Compare(Name(a, Load)@1:1-1:2, [Lt, Lt], [Name(b, Load)@1:7-1:8, Name(c, Load)@1:13-1:14])@1:0-1:15)@1:0-1:15])"},
  {"x = (1), (2)",
   "Module([Assign([Name(x, Store)@1:0-1:1], Tuple([Constant(int 1)@1:5-1:6, Constant(int 2)@1:10-1:11], Load)@1:4-1:12)@1:0-1:12])"},
  {"[(a) for (b) in (c) if (d)]",
   "Module([Expr(ListComp(Name(a, Load)@1:2-1:3, [comprehension(Name(b, Store)@1:10-1:11, Name(c, Load)@1:17-1:18, [Name(d, Load)@1:24-1:25])])@1:0-1:27)@1:0-1:27])"},
  {"f((a), b=(c), *(d), **(e))",
   "Module([Expr(Call(Name(f, Load)@1:0-1:1, [Name(a, Load)@1:3-1:4, Starred(Name(d, Load)@1:16-1:17, Load)@1:14-1:18], [keyword(b, Name(c, Load)@1:10-1:11)@1:7-1:12, keyword(**, Name(e, Load)@1:23-1:24)@1:20-1:25])@1:0-1:26)@1:0-1:26])"},
  {"x: (int) = (1)",
   "Module([AnnAssign(Name(x, Store)@1:0-1:1, Name(int, Load)@1:4-1:7, Constant(int 1)@1:12-1:13, 1)@1:0-1:14])"},
  {"del (a), (b)",
   "Module([Delete([Name(a, Del)@1:5-1:6, Name(b, Del)@1:10-1:11])@1:0-1:12])"},
  {"{(a): (b), **(c)}",
   "Module([Expr(Dict([Name(a, Load)@1:2-1:3, -], [Name(b, Load)@1:7-1:8, Name(c, Load)@1:14-1:15])@1:0-1:17)@1:0-1:17])"},
  {"x[(a):(b), (c)]",
   "Module([Expr(Subscript(Name(x, Load)@1:0-1:1, Tuple([Slice(Name(a, Load)@1:3-1:4, Name(b, Load)@1:7-1:8, -)@1:2-1:9, Name(c, Load)@1:12-1:13], Load)@1:2-1:14, Load)@1:0-1:15)@1:0-1:15])"},
  {"def f():\n    yield (a)",
   "Module([FunctionDef(f, arguments([], [], -, [], [], -, []), [Expr(Yield(Name(a, Load)@2:11-2:12)@2:4-2:13)@2:4-2:13], [], -)@1:0-2:13])"},
  {"with (a) as (b): pass",
   "Module([With([withitem(Name(a, Load)@1:6-1:7, Name(b, Store)@1:13-1:14)], [Pass()@1:17-1:21])@1:0-1:21])"},
  {"for (a) in (b): pass",
   "Module([For(Name(a, Store)@1:5-1:6, Name(b, Load)@1:12-1:13, [Pass()@1:16-1:20], [])@1:0-1:20])"},
  {"f(x)(y)",
   "Module([Expr(Call(Call(Name(f, Load)@1:0-1:1, [Name(x, Load)@1:2-1:3], [])@1:0-1:4, [Name(y, Load)@1:5-1:6], [])@1:0-1:7)@1:0-1:7])"},
  {"f'{(a)}'",
   "Module([Expr(JoinedStr([FormattedValue(Name(a, Load)@1:4-1:5, -, -)@1:0-1:8])@1:0-1:8)@1:0-1:8])"},
  {"a[*b]",
   "Module([Expr(Subscript(Name(a, Load)@1:0-1:1, Tuple([Starred(Name(b, Load)@1:3-1:4, Load)@1:2-1:4], Load)@1:2-1:4, Load)@1:0-1:5)@1:0-1:5])"},
  {"x = 0o17 + 0b101 + 0_0 + 1e5 + .5 + 5.",
   "Module([Assign([Name(x, Store)@1:0-1:1], BinOp(BinOp(BinOp(BinOp(BinOp(Constant(int 15)@1:4-1:8, Add, Constant(int 5)@1:11-1:16)@1:4-1:16, Add, Constant(int 0)@1:19-1:22)@1:4-1:22, Add, Constant(float 100000)@1:25-1:28)@1:4-1:28, Add, Constant(float 0.5)@1:31-1:33)@1:4-1:33, Add, Constant(float 5)@1:36-1:38)@1:4-1:38)@1:0-1:38])"},
  {"class A:\n    def f(self, /, x: int = 1, *, y: 'str') -> None:\n        return self.x",
   "Module([ClassDef(A, [], [], [FunctionDef(f, arguments([arg(self)@2:10-2:14], [arg(x, Name(int, Load)@2:22-2:25)@2:19-2:25], -, [arg(y, Constant(str 'str')@2:37-2:42)@2:34-2:42], [-], -, [Constant(int 1)@2:28-2:29]), [Return(Attribute(Name(self, Load)@3:15-3:19, x, Load)@3:15-3:21)@3:8-3:21], [], Constant(None)@2:47-2:51)@2:4-3:21], [])@1:0-3:21])"},
  {"tf.reset_default_graph()\nwith tf.variable_scope('V1'):\n    a1 = tf.get_variable(name='a1', shape=[1], initializer=tf.constant_initializer(1))\n    a2 = tf.Variable(tf.random_normal(shape=[2,3], mean=0, stddev=1), name='a2')\nprint(a1.name)",
   "Module([Expr(Call(Attribute(Name(tf, Load)@1:0-1:2, reset_default_graph, Load)@1:0-1:22, [], [])@1:0-1:24)@1:0-1:24, With([withitem(Call(Attribute(Name(tf, Load)@2:5-2:7, variable_scope, Load)@2:5-2:22, [Constant(str 'V1')@2:23-2:27], [])@2:5-2:28, -)], [Assign([Name(a1, Store)@3:4-3:6], Call(Attribute(Name(tf, Load)@3:9-3:11, get_variable, Load)@3:9-3:24, [], [keyword(name, Constant(str 'a1')@3:30-3:34)@3:25-3:34, keyword(shape, List([Constant(int 1)@3:43-3:44], Load)@3:42-3:45)@3:36-3:45, keyword(initializer, Call(Attribute(Name(tf, Load)@3:59-3:61, constant_initializer, Load)@3:59-3:82, [Constant(int 1)@3:83-3:84], [])@3:59-3:85)@3:47-3:85])@3:9-3:86)@3:4-3:86, Assign([Name(a2, Store)@4:4-4:6], Call(Attribute(Name(tf, Load)@4:9-4:11, Variable, Load)@4:9-4:20, [Call(Attribute(Name(tf, Load)@4:21-4:23, random_normal, Load)@4:21-4:37, [], [keyword(shape, List([Constant(int 2)@4:45-4:46, Constant(int 3)@4:47-4:48], Load)@4:44-4:49)@4:38-4:49, keyword(mean, Constant(int 0)@4:56-4:57)@4:51-4:57, keyword(stddev, Constant(int 1)@4:66-4:67)@4:59-4:67])@4:21-4:68], [keyword(name, Constant(str 'a2')@4:75-4:79)@4:70-4:79])@4:9-4:80)@4:4-4:80])@2:0-4:80, Expr(Call(Name(print, Load)@5:0-5:5, [Attribute(Name(a1, Load)@5:6-5:8, name, Load)@5:6-5:13], [])@5:0-5:14)@5:0-5:14])"},
};

std::unique_ptr<ast::Module> parse_ok(const std::string& src) {
  source::SourceFile f("x.py", src);
  ParseResult r = parse(f);
  EXPECT_FALSE(r.error) << src << "\n" << (r.error ? format_syntax_error(f, *r.error) : "");
  return std::move(r.module);
}

class CPythonAst : public ::testing::TestWithParam<ValidCase> {};

TEST_P(CPythonAst, Matches) {
  const ValidCase& c = GetParam();
  auto m = parse_ok(c.source);
  ASSERT_TRUE(m);
  EXPECT_EQ(testing::dump(*m), c.expected) << c.source;
}

INSTANTIATE_TEST_SUITE_P(Parser, CPythonAst, ::testing::ValuesIn(kValid));

TEST(Parser, FStringDebugText) {
  auto m = parse_ok("f'a{x = }b{y=!s}'");
  ASSERT_TRUE(m);
  EXPECT_EQ(testing::dump(*m),
            "Module([Expr(JoinedStr([Constant(str 'a')@1:0-1:17, FormattedValue(Name(x, Load)@1:4-1:5, r, -, "
            "debug='x = ')@1:0-1:17, Constant(str 'b')@1:0-1:17, FormattedValue(Name(y, Load)@1:11-1:12, s, -, "
            "debug='y=')@1:0-1:17])@1:0-1:17)@1:0-1:17])");
}

TEST(Parser, FStringEscapesAndConcatenation) {
  auto m = parse_ok("x = 'a' f'{{b}}{c}' 'd'");
  ASSERT_TRUE(m);
  auto& assign = static_cast<const ast::Assign&>(*m->body[0]);
  ASSERT_EQ(assign.value->kind, ast::ExprKind::JoinedStr);
  auto& j = static_cast<const ast::JoinedStr&>(*assign.value);
  ASSERT_EQ(j.values.size(), 3u);
  EXPECT_EQ(static_cast<const ast::Constant&>(*j.values[0]).text, "a{b}");
  EXPECT_EQ(static_cast<const ast::Constant&>(*j.values[2]).text, "d");
}

TEST(Parser, Docstring) {
  auto m = parse_ok("def f():\n    \"\"\"Says hi.\"\"\"\n    return 1\ndef g():\n    return 2\n");
  ASSERT_TRUE(m);
  EXPECT_EQ(static_cast<const ast::FunctionDef&>(*m->body[0]).docstring, "Says hi.");
  EXPECT_EQ(static_cast<const ast::FunctionDef&>(*m->body[1]).docstring, "");
}

TEST(Parser, BigIntegers) {
  auto m = parse_ok("a = 9223372036854775807\nb = 9223372036854775808\nc = 0x10000000000000000\n");
  ASSERT_TRUE(m);
  auto value = [&](int i) -> const ast::Constant& {
    return static_cast<const ast::Constant&>(*static_cast<const ast::Assign&>(*m->body[i]).value);
  };
  EXPECT_EQ(value(0).value_kind, ast::ConstantKind::Int);
  EXPECT_EQ(value(0).int_value, 9223372036854775807LL);
  EXPECT_EQ(value(1).value_kind, ast::ConstantKind::BigInt);
  EXPECT_EQ(value(1).text, "9223372036854775808");
  EXPECT_EQ(value(2).text, "18446744073709551616");
}

TEST(Parser, ByteOrderMarkCrlfAndTabs) {
  auto m = parse_ok("\xEF\xBB\xBFif x:\r\n\ty = 1\r\n");
  ASSERT_TRUE(m);
  EXPECT_EQ(testing::dump(*m),
            "Module([If(Name(x, Load)@1:3-1:4, [Assign([Name(y, Store)@2:1-2:2], Constant(int 1)@2:5-2:6)@2:1-2:6], "
            "[])@1:0-2:6])");
}

TEST(Parser, NotSupported) {
  struct Case {
    const char* src;
    const char* message;
  } cases[] = {
      {"async def f(): pass", "async functions are not supported in scopeplay"},
      {"match x:\n    case 1: pass\n", "match statements are not supported in scopeplay"},
      {"x = '\\N{DASH}'", "\\N{...} escapes are not supported in scopeplay"},
  };
  for (const auto& c : cases) {
    source::SourceFile f("x.py", c.src);
    ParseResult r = parse(f);
    ASSERT_TRUE(r.error) << c.src;
    EXPECT_EQ(r.error->type, "NotImplementedError");
    EXPECT_EQ(r.error->message, c.message);
  }
  EXPECT_TRUE(parse_ok("match = 1\nmatch(x)\n"));
}

TEST(Parser, HostileInputDoesNotCrash) {
  auto err = [](const std::string& src) {
    source::SourceFile f("x.py", src);
    ParseResult r = parse(f);
    return r.error ? r.error->message : std::string("ok");
  };
  EXPECT_EQ(err(std::string(100000, '-') + "x"), "too many nested parentheses");
  EXPECT_EQ(err(std::string(100000, '~') + "x"), "too many nested parentheses");
  std::string nots;
  for (int i = 0; i < 50000; ++i) nots += "not ";
  EXPECT_EQ(err(nots + "x"), "too many nested parentheses");
  std::string pows = "x";
  for (int i = 0; i < 50000; ++i) pows += "**x";
  EXPECT_EQ(err(pows), "too many nested parentheses");
  std::string lambdas;
  for (int i = 0; i < 50000; ++i) lambdas += "lambda: ";
  EXPECT_EQ(err(lambdas + "x"), "too many nested parentheses");
  EXPECT_EQ(err(std::string(100000, '(')), "too many nested parentheses");
  EXPECT_EQ(err(std::string(100000, '[')), "too many nested parentheses");
  std::string line = "x = 1";
  for (int i = 0; i < 200000; ++i) line += " + 1";
  EXPECT_EQ(err(line + "\n"), "expression too complex to parse");
  std::string attrs = "x = a";
  for (int i = 0; i < 200000; ++i) attrs += ".b";
  EXPECT_EQ(err(attrs), "expression too complex to parse");
  std::string ok_line = "x = 1";
  for (int i = 0; i < 2000; ++i) ok_line += " + 1";
  EXPECT_EQ(err(ok_line), "ok");
  EXPECT_EQ(err("x = 1\0"), "ok");
  EXPECT_EQ(err(std::string("x = 1\0\n", 7)), "source code cannot contain null bytes");
}

TEST(Parser, LargeSourceIsFast) {
  std::string src;
  while (src.size() < 10u << 20) src += "with tf.variable_scope('v', reuse=True):\n    x = tf.get_variable('w', [1, 2]) + 1\n";
  source::SourceFile f("x.py", src);
  auto start = std::chrono::steady_clock::now();
  ParseResult r = parse(f);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  EXPECT_FALSE(r.error);
  // Catches quadratic behaviour (which would take minutes), not a benchmark:
  // a release build parses this in about a second, sanitizer builds are slower.
  EXPECT_LT(ms, 60000);
}

}  // namespace
}  // namespace scopeplay::syntax
