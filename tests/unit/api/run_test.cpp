#include <gtest/gtest.h>

#include <thread>

#include "scopeplay/run.h"

namespace scopeplay {
namespace {

TEST(Run, PrintsAndCountsSteps) {
  RunResult r = run("for i in range(3):\n    print(i)\n");
  EXPECT_FALSE(r.error);
  EXPECT_EQ(r.stdout_text, "0\n1\n2\n");
  EXPECT_GT(r.steps, 3u);
}

TEST(Run, UncaughtExceptionFillsRunError) {
  RunOptions opts;
  opts.filename = "snippet.py";
  RunResult r = run("def f():\n    return {}['k']\nf()\n", opts);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->type, "KeyError");
  EXPECT_EQ(r.error->message, "'k'");
  EXPECT_EQ(r.error->line, 2);
  EXPECT_EQ(r.error->column, 12);
  EXPECT_EQ(r.error->end_column, 19);
  ASSERT_EQ(r.error->traceback.size(), 2u);
  EXPECT_EQ(r.error->traceback[0].function, "<module>");
  EXPECT_EQ(r.error->traceback[1].function, "f");
  EXPECT_EQ(r.error->traceback[1].source_line, "return {}['k']");
  EXPECT_EQ(r.error->formatted,
            "Traceback (most recent call last):\n"
            "  File \"snippet.py\", line 3, in <module>\n"
            "    f()\n"
            "  File \"snippet.py\", line 2, in f\n"
            "    return {}['k']\n"
            "           ~~^^^^^\n"
            "KeyError: 'k'\n");
  EXPECT_FALSE(r.error->limit);
}

// Chains longer than the evaluator's in-frame threshold (16 terms) are
// evaluated without recursion; the error still names the one BinOp that failed.
// Expected text from CPython 3.11 on the same snippet.
TEST(Run, ErrorInsideALongOperatorChainPointsAtItsOperator) {
  std::string chain = "x = 1";
  for (int i = 0; i < 19; ++i) chain += " + 1";
  chain += " + 'a' + 1 + 1\n";
  RunOptions opts;
  opts.filename = "snippet.py";
  RunResult r = run(chain, opts);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->type, "TypeError");
  EXPECT_EQ(r.error->message, "unsupported operand type(s) for +: 'int' and 'str'");
  EXPECT_EQ(r.error->line, 1);
  EXPECT_EQ(r.error->column, 5);  // 1-based, as in the KeyError test above
  EXPECT_EQ(r.error->end_column, static_cast<int>(chain.find("'a'") + 4));
  const std::string caret = std::string(8, ' ') + std::string(78, '~') + "^~~~~\n";
  EXPECT_EQ(r.error->formatted,
            "Traceback (most recent call last):\n"
            "  File \"snippet.py\", line 1, in <module>\n"
            "    " + chain + caret +
            "TypeError: unsupported operand type(s) for +: 'int' and 'str'\n");
}

// 3,000 terms: natively as in a browser worker, whose stack is far smaller.
TEST(Run, AChainOfThreeThousandTermsRunsInOneFrame) {
  std::string chain = "x = 1";
  for (int i = 0; i < 2999; ++i) chain += " + 1";
  RunResult r = run(chain + "\nprint(x)\n");
  ASSERT_FALSE(r.error) << r.error->formatted;
  EXPECT_EQ(r.stdout_text, "3000\n");
}

TEST(Run, SyntaxErrorsUseTheSyntaxFormatter) {
  RunResult r = run("print 'x'\n");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->type, "SyntaxError");
  EXPECT_NE(r.error->formatted.find("SyntaxError: "), std::string::npos);
  RunResult n = run("def f():\n    nonlocal q\n");
  ASSERT_TRUE(n.error);
  EXPECT_EQ(n.error->message, "no binding for nonlocal 'q' found");
  RunResult ret = run("return 1\n");
  ASSERT_TRUE(ret.error);
  EXPECT_EQ(ret.error->message, "'return' outside function");
}

TEST(Run, LimitsAreReported) {
  RunOptions opts;
  opts.max_steps = 1000;
  RunResult r = run("while True:\n    pass\n", opts);
  ASSERT_TRUE(r.error);
  EXPECT_TRUE(r.error->limit);
  EXPECT_EQ(r.error->type, "TimeoutError");
  // Like CPython's KeyboardInterrupt: the frames where the run stopped, no carets.
  EXPECT_EQ(r.error->formatted,
            "Traceback (most recent call last):\n"
            "  File \"<stdin>\", line 2, in <module>\n"
            "    pass\n"
            "TimeoutError: scopeplay stopped the snippet after 1000 steps (infinite loop?)\n");
  EXPECT_EQ(r.error->line, 2);
  EXPECT_EQ(r.error->column, 5);
  EXPECT_EQ(r.error->end_line, 2);
  EXPECT_EQ(r.error->end_column, 9);
  RunOptions small;
  small.max_output_bytes = 10;
  RunResult o = run("x = 1\nprint('a' * 100)\n", small);
  EXPECT_TRUE(o.output_truncated);
  EXPECT_EQ(o.stdout_text, "aaaaaaaaaa");
  ASSERT_TRUE(o.error);
  EXPECT_TRUE(o.error->limit);
  EXPECT_EQ(o.error->type, "OutputLimitError");
  EXPECT_EQ(o.error->formatted,
            "Traceback (most recent call last):\n"
            "  File \"<stdin>\", line 2, in <module>\n"
            "    print('a' * 100)\n"
            "OutputLimitError: output exceeded 10 bytes\n");
  EXPECT_EQ(o.error->line, 2);
  EXPECT_EQ(o.error->column, 1);
  EXPECT_EQ(o.error->end_column, 17);
}

TEST(Run, LimitErrorsShowTheSnippetsFramesWhereTheRunStopped) {
  RunOptions opts;
  opts.max_steps = 5000;
  RunResult r = run(
      "def f(n):\n"
      "    if n == 0:\n"
      "        while True: pass\n"
      "    return f(n - 1)\n"
      "f(50)\n",
      opts);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->formatted,
            "Traceback (most recent call last):\n"
            "  File \"<stdin>\", line 5, in <module>\n"
            "    f(50)\n"
            "  File \"<stdin>\", line 4, in f\n"
            "    return f(n - 1)\n"
            "  File \"<stdin>\", line 4, in f\n"
            "    return f(n - 1)\n"
            "  File \"<stdin>\", line 4, in f\n"
            "    return f(n - 1)\n"
            "  [Previous line repeated 47 more times]\n"
            "  File \"<stdin>\", line 3, in f\n"
            "    while True: pass\n"
            "TimeoutError: scopeplay stopped the snippet after 5000 steps (infinite loop?)\n");
  ASSERT_EQ(r.error->traceback.size(), 52u);
  EXPECT_EQ(r.error->traceback.front().function, "<module>");
  EXPECT_EQ(r.error->traceback.back().function, "f");
  EXPECT_EQ(r.error->line, 3);
  EXPECT_EQ(r.error->column, 21);  // the `pass` being executed
}

TEST(Run, ALimitReachedInsideTensorFlowPointsAtTheSnippetsCall) {
  RunOptions opts;
  opts.max_steps = 3000;
  RunResult r = run(
      "import tensorflow as tf\n"
      "for i in range(100000):\n"
      "    tf.constant(1.0, name='c')\n",
      opts);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->type, "TimeoutError");
  // The embedded tensorflow module's frames are internal, as in every traceback.
  EXPECT_EQ(r.error->formatted,
            "Traceback (most recent call last):\n"
            "  File \"<stdin>\", line 3, in <module>\n"
            "    tf.constant(1.0, name='c')\n"
            "TimeoutError: scopeplay stopped the snippet after 3000 steps (infinite loop?)\n");
  EXPECT_EQ(r.error->line, 3);
  EXPECT_EQ(r.error->column, 5);
}

TEST(Run, SystemExit) {
  EXPECT_FALSE(run("import sys\nsys.exit(0)\nprint('no')\n").error);
  RunResult r = run("import sys\nprint('a')\nsys.exit('bye')\n");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->formatted, "bye\n");
  EXPECT_EQ(r.stdout_text, "a\n");
}

TEST(Run, StderrViaPrintFile) {
  RunResult r = run("import sys\nprint('oops', file=sys.stderr)\nsys.stdout.write('x\\n')\n");
  EXPECT_EQ(r.stderr_text, "oops\n");
  EXPECT_EQ(r.stdout_text, "x\n");
}

TEST(Run, ManyRunsInOneProcess) {
  for (int i = 0; i < 300; ++i) {
    RunResult r = run("class A:\n    def __init__(self):\n        self.me = self\nl = [A() for _ in range(20)]\nl.append(l)\nprint(len(l))\n");
    ASSERT_EQ(r.stdout_text, "21\n");
  }
}

TEST(Run, ThreadsDoNotInterfere) {
  std::vector<std::string> outs(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([t, &outs] {
      RunResult r = run("x = " + std::to_string(t) + "\nfor i in range(10000):\n    x += 1\nprint(x)\n");
      outs[static_cast<std::size_t>(t)] = r.stdout_text;
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(outs[static_cast<std::size_t>(t)], std::to_string(10000 + t) + "\n");
}

}  // namespace
}  // namespace scopeplay
