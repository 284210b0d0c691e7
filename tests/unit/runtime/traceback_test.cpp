#include <gtest/gtest.h>

#include "run_helper.h"

namespace scopeplay::runtime {
namespace {

using testing::run_py;

TEST(Traceback, FramesAndCarets) {
  auto o = run_py("def f(x):\n    return x / 0\nprint(f(1))\n");
  EXPECT_EQ(o.formatted,
            "Traceback (most recent call last):\n"
            "  File \"test.py\", line 3, in <module>\n"
            "    print(f(1))\n"
            "          ^^^^\n"
            "  File \"test.py\", line 2, in f\n"
            "    return x / 0\n"
            "           ~~^~~\n"
            "ZeroDivisionError: division by zero\n");
}

TEST(Traceback, NoCaretsWhenTheExpressionIsTheWholeLine) {
  auto o = run_py("x = None\nx.foo\n");
  EXPECT_EQ(o.formatted,
            "Traceback (most recent call last):\n"
            "  File \"test.py\", line 2, in <module>\n"
            "    x.foo\n"
            "AttributeError: 'NoneType' object has no attribute 'foo'\n");
}

TEST(Traceback, SubscriptAnchors) {
  auto o = run_py("d = {}\nprint(d['k'])\n");
  EXPECT_NE(o.formatted.find("    print(d['k'])\n          ~^^^^^\nKeyError: 'k'\n"), std::string::npos) << o.formatted;
}

TEST(Traceback, ChainedExceptions) {
  auto o = run_py("try:\n    1/0\nexcept ZeroDivisionError as e:\n    raise ValueError('v') from e\n");
  EXPECT_NE(o.formatted.find("ZeroDivisionError: division by zero\n\nThe above exception was the direct cause of the following exception:\n\n"),
            std::string::npos);
  auto c = run_py("try:\n    1/0\nexcept ZeroDivisionError:\n    {}['x']\n");
  EXPECT_NE(c.formatted.find("\nDuring handling of the above exception, another exception occurred:\n\n"), std::string::npos);
}

TEST(Traceback, Suggestions) {
  EXPECT_EQ(run_py("values = 1\nprint(valuse)\n").error, "NameError: name 'valuse' is not defined. Did you mean: 'values'?");
  EXPECT_EQ(run_py("prnt(1)\n").error, "NameError: name 'prnt' is not defined. Did you mean: 'print'?");
  EXPECT_EQ(run_py("class A:\n    def method(self): pass\nA().methd()\n").error,
            "AttributeError: 'A' object has no attribute 'methd'. Did you mean: 'method'?");
  EXPECT_EQ(run_py("def f():\n    total = 1\n    return totl\nf()\n").error,
            "NameError: name 'totl' is not defined. Did you mean: 'total'?");
  EXPECT_EQ(suggest_name({"apple", "banana"}, "xyz"), "");
  EXPECT_EQ(suggest_name({"Foo", "foo2"}, "foo"), "Foo");
}

TEST(Traceback, ExceptionSummaries) {
  EXPECT_EQ(run_py("raise ValueError\n").error, "ValueError");
  EXPECT_EQ(run_py("raise KeyError('k')\n").error, "KeyError: 'k'");
  EXPECT_EQ(run_py("class E(Exception): pass\nraise E('x', 1)\n").error, "E: ('x', 1)");
  EXPECT_EQ(run_py("assert 1 == 2, 'msg'\n").error, "AssertionError: msg");
  EXPECT_EQ(run_py("x = 1\ndef f():\n    print(x)\n    x = 2\nf()\n").error,
            "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value");
}

TEST(Traceback, BadOperandMessages) {
  EXPECT_EQ(run_py("1 + 'a'\n").error, "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  EXPECT_EQ(run_py("'a' + 1\n").error, "TypeError: can only concatenate str (not \"int\") to str");
  EXPECT_EQ(run_py("1[0]\n").error, "TypeError: 'int' object is not subscriptable");
  EXPECT_EQ(run_py("None()\n").error, "TypeError: 'NoneType' object is not callable");
  EXPECT_EQ(run_py("for x in 5: pass\n").error, "TypeError: 'int' object is not iterable");
  EXPECT_EQ(run_py("[][0]\n").error, "IndexError: list index out of range");
  EXPECT_EQ(run_py("int('x')\n").error, "ValueError: invalid literal for int() with base 10: 'x'");
  EXPECT_EQ(run_py("1 // 0\n").error, "ZeroDivisionError: integer division or modulo by zero");
  EXPECT_EQ(run_py("1.0 / 0\n").error, "ZeroDivisionError: float division by zero");
}

}  // namespace
}  // namespace scopeplay::runtime
