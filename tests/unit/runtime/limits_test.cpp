#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

#include "run_helper.h"

namespace scopeplay::runtime {
namespace {

using testing::run_py;

TEST(Limits, StepBudgetIsUncatchable) {
  RunOptions opts;
  opts.max_steps = 10000;
  auto o = run_py(
      "try:\n"
      "    while True:\n"
      "        pass\n"
      "except BaseException:\n"
      "    print('caught')\n"
      "finally:\n"
      "    print('finally')\n",
      opts);
  EXPECT_TRUE(o.limit);
  EXPECT_EQ(o.out, "");
  EXPECT_EQ(o.error, "TimeoutError: scopeplay stopped the snippet after 10000 steps (infinite loop?)");
}

TEST(Limits, StepBudgetIgnoresExit) {
  RunOptions opts;
  opts.max_steps = 5000;
  auto o = run_py(
      "class M:\n"
      "    def __enter__(self): return self\n"
      "    def __exit__(self, *a):\n"
      "        print('exit')\n"
      "        return True\n"
      "with M():\n"
      "    while True: pass\n",
      opts);
  EXPECT_TRUE(o.limit);
  EXPECT_EQ(o.out, "");
}

TEST(Limits, RaisingCountsAgainstTheStepBudget) {
  // A raise counts 500 steps, so a loop that raises and catches forever must
  // stop after some twenty rounds here, not after a thousand.
  RunOptions opts;
  opts.max_steps = 10000;
  auto o = run_py(
      "n = 0\n"
      "while True:\n"
      "    n += 1\n"
      "    print(n)\n"
      "    try:\n"
      "        raise ValueError\n"
      "    except ValueError:\n"
      "        pass\n",
      opts);
  EXPECT_TRUE(o.limit);
  EXPECT_EQ(o.error, "TimeoutError: scopeplay stopped the snippet after 10000 steps (infinite loop?)");
  int rounds = std::count(o.out.begin(), o.out.end(), '\n');
  EXPECT_GT(rounds, 10);
  EXPECT_LE(rounds, 20);
}

TEST(Limits, RecursionErrorIsCatchable) {
  auto o = run_py("def f(n): return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught', e)\n");
  EXPECT_EQ(o.error, "");
  EXPECT_EQ(o.out, "caught maximum recursion depth exceeded\n");
}

TEST(Limits, RecursionThroughDunders) {
  auto o = run_py("class A:\n    def __eq__(self, o): return self == o\ntry:\n    A() == A()\nexcept RecursionError:\n    print('eq')\n"
                  "class B:\n    def __repr__(self): return repr(self)\ntry:\n    repr(B())\nexcept RecursionError:\n    print('repr')\n");
  EXPECT_EQ(o.error, "");
  EXPECT_EQ(o.out, "eq\nrepr\n");
}

TEST(Limits, RecursionTracebackCollapsesRepeats) {
  auto o = run_py("def f():\n    f()\nf()\n");
  EXPECT_EQ(o.error, "RecursionError: maximum recursion depth exceeded");
  EXPECT_NE(o.formatted.find("  [Previous line repeated 996 more times]\n"), std::string::npos) << o.formatted;
}

TEST(Limits, MemoryErrorBeforeAllocating) {
  EXPECT_EQ(run_py("x = [0] * 10**9\n").error, "MemoryError");
  EXPECT_EQ(run_py("x = 'x' * 10**10\n").error, "MemoryError");
  auto o = run_py("try:\n    x = 'ab' * 10**12\nexcept MemoryError:\n    print('ok')\n");
  EXPECT_EQ(o.out, "ok\n");
}

TEST(Limits, MemoryErrorWhenGrowing) {
  RunOptions opts;
  opts.max_memory_bytes = 8u << 20;
  auto o = run_py("l = []\nwhile True:\n    l.append('x' * 1000)\n", opts);
  EXPECT_EQ(o.error, "MemoryError");
}

TEST(Limits, AMemoryErrorLetsTheCodeItUnwindsThroughRun) {
  // Still over budget while the MemoryError passes through __exit__ (which
  // allocates): the error stays the one from the line that crossed the budget.
  RunOptions opts;
  opts.max_memory_bytes = 8u << 20;
  auto o = run_py(
      "class C:\n"
      "    def __enter__(self): return self\n"
      "    def __exit__(self, *a):\n"
      "        print('exit', [t.__name__ for t in a[:1]])\n"
      "keep = []\n"
      "with C():\n"
      "    while True:\n"
      "        keep.append('x' * 1000)\n",
      opts);
  EXPECT_EQ(o.out, "exit ['MemoryError']\n");
  EXPECT_EQ(o.error, "MemoryError");
  EXPECT_EQ(o.formatted,
            "Traceback (most recent call last):\n"
            "  File \"test.py\", line 8, in <module>\n"
            "    keep.append('x' * 1000)\n"
            "                ~~~~^~~~~~\n"
            "MemoryError\n")
      << o.formatted;
}

TEST(Limits, MemoryErrorIsRaisedAgainAfterUsageFallsUnderTheBudget) {
  // The headroom a MemoryError grants ends when usage falls back under the
  // budget: the second crossing comes at the same size as the first.
  RunOptions opts;
  opts.max_memory_bytes = 8u << 20;
  auto o = run_py(
      "sizes = []\n"
      "for round in range(3):\n"
      "    keep = []\n"
      "    try:\n"
      "        while True:\n"
      "            keep.append('x' * 1000)\n"
      "    except MemoryError:\n"
      "        sizes.append(len(keep))\n"
      "    keep = None\n"
      "print(len(sizes), sizes[0] > 1000, max(sizes) - min(sizes) < 10)\n",
      opts);
  EXPECT_EQ(o.error, "");
  EXPECT_EQ(o.out, "3 True True\n");
}

TEST(Limits, OutputCap) {
  RunOptions opts;
  opts.max_output_bytes = 100;
  auto o = run_py("for i in range(1000):\n    print('0123456789')\n", opts);
  EXPECT_TRUE(o.limit);
  EXPECT_EQ(o.out.size(), 100u);
  EXPECT_EQ(o.error, "OutputLimitError: output exceeded 100 bytes");
}

TEST(Limits, TwoInterpretersInTwoThreadsDoNotInterfere) {
  std::string a, b;
  std::thread t1([&] { a = run_py("x = 0\nfor i in range(20000): x += i\nprint(x)\n").out; });
  std::thread t2([&] { b = run_py("y = []\nfor i in range(5): y.append(i * i)\nprint(y)\n").out; });
  t1.join();
  t2.join();
  EXPECT_EQ(a, "199990000\n");
  EXPECT_EQ(b, "[0, 1, 4, 9, 16]\n");
}

TEST(Limits, RunsAreIndependent) {
  auto first = run_py("import math\nmath.pi = 3\nclass A: pass\nA.x = 1\nprint(math.pi)\n");
  auto second = run_py("import math\nprint(math.pi, 'A' in globals())\n");
  EXPECT_EQ(first.out, "3\n");
  EXPECT_EQ(second.out, "3.141592653589793 False\n");
}

TEST(Limits, DeepRecursionFitsTheNativeStack) {
  // 990 nested Python calls, each through a method, a comprehension and a with.
  auto o = run_py(
      "class C:\n"
      "    def __enter__(self): return self\n"
      "    def __exit__(self, *a): return False\n"
      "    def down(self, n):\n"
      "        with self:\n"
      "            return 0 if n == 0 else [self.down(n - 1) for _ in range(1)][0] + 1\n"
      "print(C().down(450))\n");
  EXPECT_EQ(o.error, "") << o.formatted;
  EXPECT_EQ(o.out, "450\n");
}

}  // namespace
}  // namespace scopeplay::runtime
