#include <gtest/gtest.h>

#include "runtime/native.h"
#include "run_helper.h"

namespace scopeplay::runtime {
namespace {

using testing::run_py;

struct ScopeData : NativePayload {
  std::string name;
  int depth = 0;
};

struct Log {
  std::vector<std::string> lines;
};

void install_demo(Interp& in) {
  register_module(in, "demo", [](Interp&, ModuleBuilder& m) {
    m.def("twice", Signature("twice", {{"x"}, Param("times", Value::integer(2))}),
          [](Interp& inn, BoundArgs& a) { return binary_op(inn, ast::BinOpKind::Mult, a[0], a[1]); });
    m.def("where", Signature("where", {}), [](Interp& inn, BoundArgs&) {
      StackFrame f = user_frame(inn);
      return make_str(inn, f.function + ":" + std::to_string(f.line) + ":" + f.source_line);
    });
    m.def("warn", Signature("warn", {{"msg"}}), [](Interp& inn, BoundArgs& a) {
      write_stderr(inn, "WARNING: " + str_of(a[0]) + "\n");
      extension_state<Log>(inn, "demo.log").lines.push_back(str_of(a[0]));
      run_results(inn).scopes.push_back(str_of(a[0]));
      return Value::none();
    });
    m.def("fail", Signature("fail", {}), [](Interp& inn, BoundArgs&) -> Value { raise(inn, Exc::ValueError, "native failure"); });
    ClassBuilder c = m.add_class("Scope");
    c.payload<ScopeData>()
        .init(Signature("Scope", {{"self"}, {"name"}}),
              [](Interp&, BoundArgs& a) {
                payload_of<ScopeData>(a[0])->name = str_of(a[1]);
                return Value::none();
              })
        .method("__enter__", Signature("__enter__", {{"self"}}),
                [](Interp& inn, BoundArgs& a) {
                  write_stdout(inn, "enter " + payload_of<ScopeData>(a[0])->name + "\n");
                  return a[0];
                })
        .method("__exit__", Signature("__exit__", {{"self"}, {"t"}, {"v"}, {"tb"}}),
                [](Interp& inn, BoundArgs& a) {
                  write_stdout(inn, "exit " + payload_of<ScopeData>(a[0])->name + "\n");
                  return Value::boolean(false);
                })
        .method("__repr__", Signature("__repr__", {{"self"}}),
                [](Interp& inn, BoundArgs& a) { return make_str(inn, "<Scope '" + payload_of<ScopeData>(a[0])->name + "'>"); })
        .method("__add__", Signature("__add__", {{"self"}, {"other"}}),
                [](Interp& inn, BoundArgs& a) { return make_str(inn, payload_of<ScopeData>(a[0])->name + "+" + repr(inn, a[1])); })
        .method("__radd__", Signature("__radd__", {{"self"}, {"other"}}),
                [](Interp& inn, BoundArgs& a) { return make_str(inn, repr(inn, a[1]) + "+" + payload_of<ScopeData>(a[0])->name); })
        .property("name", [](Interp& inn, const Value& self) { return make_str(inn, payload_of<ScopeData>(self)->name); });
    ModuleBuilder sub = m.submodule("nn");
    sub.def("relu", Signature("relu", {{"x"}}), [](Interp&, BoundArgs& a) { return a[0]; });
    m.run_python("def helper(x):\n    return fail_inner(x)\n"
                 "def fail_inner(x):\n    return 1 / x\n"
                 "def scoped(name):\n    return Scope(name)\n",
                 "<demo prelude>");
  });
}

testing::Outcome run_demo(const std::string& src) { return run_py(src, {}, install_demo); }

TEST(Native, FunctionsAndSignatures) {
  auto o = run_demo("import demo\nprint(demo.twice(3), demo.twice('a', times=3), demo.nn.relu(1))\n");
  EXPECT_EQ(o.error, "");
  EXPECT_EQ(o.out, "6 aaa 1\n");
  EXPECT_EQ(run_demo("import demo\ndemo.twice(1, foo=2)\n").error, "TypeError: twice() got an unexpected keyword argument 'foo'");
  EXPECT_EQ(run_demo("import demo\ndemo.twice()\n").error, "TypeError: twice() missing 1 required positional argument: 'x'");
  EXPECT_EQ(run_demo("import demo\ndemo.twice(1, 2, 3)\n").error, "TypeError: twice() takes from 1 to 2 positional arguments but 3 were given");
}

TEST(Native, ClassesWithContextManagersAndOperators) {
  auto o = run_demo(
      "import demo\n"
      "with demo.Scope('a') as s:\n"
      "    print(s, s.name, s + 1, 2 + s, isinstance(s, demo.Scope))\n"
      "class Mine(demo.Scope):\n"
      "    def extra(self): return self.name * 2\n"
      "m = Mine('b')\n"
      "print(m.extra(), type(m).__name__, demo.Scope)\n");
  EXPECT_EQ(o.error, "") << o.formatted;
  EXPECT_EQ(o.out, "enter a\n<Scope 'a'> a a+1 2+a True\nexit a\nbb Mine <class 'demo.Scope'>\n");
}

TEST(Native, FromImportAndSubmodules) {
  auto o = run_demo("from demo import twice\nimport demo.nn as nn\nfrom demo.nn import relu\nprint(twice(2), nn.relu(5), relu(6))\n");
  EXPECT_EQ(o.error, "") << o.formatted;
  EXPECT_EQ(o.out, "4 5 6\n");
}

TEST(Native, CallStackAndStderr) {
  std::vector<std::string> seen;
  auto o = run_py("import demo\ndef f():\n    return demo.where()\nprint(f())\ndemo.warn('careful')\n", {}, install_demo);
  EXPECT_EQ(o.out, "f:3:return demo.where()\n");
  EXPECT_EQ(o.err, "WARNING: careful\n");
}

TEST(Native, PreludeFramesAreHidden) {
  auto o = run_demo("import demo\ndemo.helper(0)\n");
  EXPECT_EQ(o.error, "ZeroDivisionError: division by zero");
  EXPECT_EQ(o.formatted,
            "Traceback (most recent call last):\n"
            "  File \"test.py\", line 2, in <module>\n"
            "    demo.helper(0)\n"
            "ZeroDivisionError: division by zero\n");
  auto s = run_demo("import demo\nwith demo.scoped('p'):\n    pass\n");
  EXPECT_EQ(s.out, "enter p\nexit p\n");
}

TEST(Native, NativeExceptionsGetTracebacks) {
  auto o = run_demo("import demo\ntry:\n    demo.fail()\nexcept ValueError as e:\n    print('caught', e)\ndemo.fail()\n");
  EXPECT_EQ(o.out, "caught native failure\n");
  EXPECT_EQ(o.error, "ValueError: native failure");
}

}  // namespace
}  // namespace scopeplay::runtime
