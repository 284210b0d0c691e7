#include <gtest/gtest.h>

#include "run_helper.h"

namespace scopeplay::runtime {
namespace {

using testing::run_py;

std::string out_of(const std::string& src) {
  auto o = run_py(src);
  EXPECT_EQ(o.error, "") << o.formatted;
  return o.out;
}

TEST(Eval, ArithmeticAndComparisons) {
  EXPECT_EQ(out_of("print(7 // -2, -7 % 3, 2 ** -1, 10 / 4, True + 1, 1 < 2 < 3, 1 == 1.0)\n"),
            "-4 2 0.5 2.5 2 True True\n");
}

TEST(Eval, ClosuresAndNonlocal) {
  EXPECT_EQ(out_of("def make():\n"
                   "    n = 0\n"
                   "    def inc():\n"
                   "        nonlocal n\n"
                   "        n += 1\n"
                   "        return n\n"
                   "    return inc\n"
                   "f = make()\n"
                   "f(); f()\n"
                   "print(f(), [g() for g in [lambda i=i: i * 2 for i in range(3)]])\n"),
            "3 [0, 2, 4]\n");
}

TEST(Eval, DefaultsEvaluatedOnce) {
  EXPECT_EQ(out_of("def f(x, acc=[]):\n    acc.append(x)\n    return acc\nf(1)\nprint(f(2))\n"), "[1, 2]\n");
}

TEST(Eval, ArgumentBinding) {
  EXPECT_EQ(out_of("def f(a, /, b, *args, c=3, **kw):\n    return (a, b, args, c, kw)\n"
                   "print(f(1, 2, 3, 4, c=5, d=6), f(*[1, 2], **{'c': 0}))\n"),
            "(1, 2, (3, 4), 5, {'d': 6}) (1, 2, (), 0, {})\n");
  EXPECT_EQ(run_py("def f(x): pass\nf()\n").error, "TypeError: f() missing 1 required positional argument: 'x'");
  EXPECT_EQ(run_py("def f(x): pass\nf(1, 2)\n").error, "TypeError: f() takes 1 positional argument but 2 were given");
  EXPECT_EQ(run_py("def f(x): pass\nf(1, z=2)\n").error, "TypeError: f() got an unexpected keyword argument 'z'");
  EXPECT_EQ(run_py("def f(x): pass\nf(1, x=2)\n").error, "TypeError: f() got multiple values for argument 'x'");
}

// Attribute names, keyword names and function names come from the
// resolver's name table (interned once); strings built at run time must still
// find and shadow them.
TEST(Eval, NamesFromTheNameTableMeetRunTimeStrings) {
  EXPECT_EQ(out_of("class C:\n"
                   "    pass\n"
                   "c = C()\n"
                   "setattr(c, 'sp' + 'eed', 1)\n"
                   "c.speed += 2\n"
                   "print(c.speed, getattr(c, ''.join(['s', 'peed'])), c.__dict__)\n"
                   "del c.speed\n"
                   "print(hasattr(c, 'speed'))\n"
                   "def f(**kw):\n"
                   "    return kw\n"
                   "k = f(alpha=1, **{'be' + 'ta': 2})\n"
                   "print(k, k['alpha'], 'alpha' in k)\n"
                   "def outer():\n"
                   "    def inner():\n"
                   "        pass\n"
                   "    return inner\n"
                   "print(outer().__name__, outer().__qualname__, outer.__name__ == 'out' + 'er')\n"),
            "3 3 {'speed': 3}\nFalse\n{'alpha': 1, 'beta': 2} 1 True\ninner outer.<locals>.inner True\n");
  EXPECT_EQ(run_py("class C:\n    pass\nC().missing\n").error, "AttributeError: 'C' object has no attribute 'missing'");
  EXPECT_EQ(run_py("def f(a):\n    pass\nf(1, b=2)\n").error, "TypeError: f() got an unexpected keyword argument 'b'");
}

TEST(Eval, ClassesInheritanceAndSuper) {
  EXPECT_EQ(out_of("class A:\n"
                   "    def __init__(self, x): self.x = x\n"
                   "    def who(self): return 'A' + str(self.x)\n"
                   "class B(A):\n"
                   "    def __init__(self): super().__init__(7)\n"
                   "    def who(self): return 'B/' + super().who()\n"
                   "class C(A): pass\n"
                   "class D(B, C): pass\n"
                   "print(B().who(), [k.__name__ for k in D.__mro__], isinstance(D(), A))\n"),
            "B/A7 ['D', 'B', 'C', 'A', 'object'] True\n");
}

TEST(Eval, DunderProtocols) {
  EXPECT_EQ(out_of("class V:\n"
                   "    def __init__(self, v): self.v = v\n"
                   "    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))\n"
                   "    def __radd__(self, o): return V(o + self.v)\n"
                   "    def __eq__(self, o): return isinstance(o, V) and o.v == self.v\n"
                   "    def __hash__(self): return hash(self.v)\n"
                   "    def __repr__(self): return f'V({self.v})'\n"
                   "    def __getitem__(self, i): return self.v * i\n"
                   "    def __len__(self): return self.v\n"
                   "    def __bool__(self): return self.v != 0\n"
                   "print(V(1) + 2, 3 + V(1), V(2) == V(2), {V(1): 'x'}[V(1)], V(3)[2], len(V(4)), bool(V(0)))\n"),
            "V(3) V(4) True x 6 4 False\n");
}

TEST(Eval, WithStatementSuppressesAndSeesException) {
  EXPECT_EQ(out_of("class M:\n"
                   "    def __enter__(self): print('in'); return 5\n"
                   "    def __exit__(self, t, v, tb):\n"
                   "        print('out', t.__name__ if t else None)\n"
                   "        return t is KeyError\n"
                   "with M() as x:\n"
                   "    print(x)\n"
                   "with M():\n"
                   "    raise KeyError(1)\n"
                   "print('after')\n"),
            "in\n5\nout None\nin\nout KeyError\nafter\n");
}

TEST(Eval, TryExceptElseFinally) {
  EXPECT_EQ(out_of("def f(x):\n"
                   "    try:\n"
                   "        if x: raise ValueError('v')\n"
                   "    except (KeyError, ValueError) as e:\n"
                   "        print('caught', e)\n"
                   "    else:\n"
                   "        print('else')\n"
                   "    finally:\n"
                   "        print('finally')\n"
                   "f(0); f(1)\n"
                   "def g():\n"
                   "    try:\n"
                   "        return 'try'\n"
                   "    finally:\n"
                   "        print('cleanup')\n"
                   "print(g())\n"),
            "else\nfinally\ncaught v\nfinally\ncleanup\ntry\n");
}

TEST(Eval, ExceptionNameIsUnbound) {
  EXPECT_EQ(run_py("try:\n    1/0\nexcept ZeroDivisionError as e:\n    pass\nprint(e)\n").error,
            "NameError: name 'e' is not defined");
}

TEST(Eval, Generators) {
  EXPECT_EQ(out_of("def gen(n):\n"
                   "    try:\n"
                   "        for i in range(n):\n"
                   "            if i % 2:\n"
                   "                yield i\n"
                   "            else:\n"
                   "                x = yield -i\n"
                   "                if x: print('sent', x)\n"
                   "    finally:\n"
                   "        print('done')\n"
                   "g = gen(4)\n"
                   "print(next(g), g.send('a'), next(g), list(g))\n"
                   "def inf():\n"
                   "    n = 0\n"
                   "    while True:\n"
                   "        yield n\n"
                   "        n += 1\n"
                   "it = inf()\n"
                   "print([next(it) for _ in range(5)])\n"
                   "def deleg():\n"
                   "    r = yield from gen(2)\n"
                   "    yield 'end'\n"
                   "print(list(deleg()), sum(x * x for x in range(4)))\n"),
            "sent a\ndone\n0 1 -2 [3]\n[0, 1, 2, 3, 4]\ndone\n[0, 1, 'end'] 14\n");
}

TEST(Eval, GeneratorExpressionsAreLazy) {
  EXPECT_EQ(out_of("def src():\n    for i in range(3):\n        print('make', i)\n        yield i\n"
                   "g = (x * 10 for x in src())\nprint('start')\nprint(next(g))\n"),
            "start\nmake 0\n0\n");
}

TEST(Eval, ComprehensionScopes) {
  EXPECT_EQ(out_of("x = 'outer'\nl = [x for x in range(3)]\nprint(x, l, {k: v for k, v in zip('ab', [1, 2])}, {i % 2 for i in range(5)})\n"),
            "outer [0, 1, 2] {'a': 1, 'b': 2} {0, 1}\n");
}

TEST(Eval, Unpacking) {
  EXPECT_EQ(out_of("a, *b, c = range(5)\n(d, e), f = 'xy', 3\nprint(a, b, c, d, e, f)\n"), "0 [1, 2, 3] 4 x y 3\n");
  EXPECT_EQ(run_py("a, b = [1, 2, 3]\n").error, "ValueError: too many values to unpack (expected 2)");
  EXPECT_EQ(run_py("a, b = 1\n").error, "TypeError: cannot unpack non-iterable int object");
}

TEST(Eval, Formatting) {
  EXPECT_EQ(out_of("n = 5\nprint(f'{n:03d}|{n!r:>4}|{n=}', '%s-%04.1f' % ('a', 2.25), '{0}{1[0]}'.format('x', 'yz'))\n"),
            "005|   5|n=5 a-02.2 xy\n");
}

TEST(Eval, Imports) {
  EXPECT_EQ(out_of("import math\nfrom functools import reduce, partial\nfrom collections import defaultdict, namedtuple\n"
                   "d = defaultdict(list)\nd['a'].append(1)\nP = namedtuple('P', 'x y')\n"
                   "print(math.floor(2.5), reduce(lambda a, b: a * b, [1, 2, 3]), partial(pow, 2)(5), d, P(1, y=2))\n"),
            "2 6 32 defaultdict(<class 'list'>, {'a': [1]}) P(x=1, y=2)\n");
  EXPECT_EQ(run_py("import nosuchmodule\n").error, "ModuleNotFoundError: No module named 'nosuchmodule'");
  EXPECT_EQ(run_py("import tensorflow as tf\n").error, "ModuleNotFoundError: No module named 'tensorflow'");
}

TEST(Eval, DeleteTargets) {
  EXPECT_EQ(out_of("l = [0, 1, 2, 3, 4]\ndel l[::2]\nd = {'a': 1, 'b': 2}\ndel d['a']\nx = 1\ndel x\nprint(l, d, 'x' in globals())\n"),
            "[1, 3] {'b': 2} False\n");
}

}  // namespace
}  // namespace scopeplay::runtime
