// Native stack use per Python call: depth 1000 (CPython's default limit)
// must fit the evaluator's stack budget, natively, under AddressSanitizer
// and in WebAssembly.
#include <gtest/gtest.h>

#include <cstdio>

#include "run_helper.h"

namespace scopeplay::runtime {
namespace {

std::int64_t bytes_per_call(const std::string& src, int depth) {
  std::int64_t used = 0;
  RunOptions o;
  auto out = testing::run_py(src, o, [&](Interp& in) {
    Value b = make_builtin(in, "probe", [](Interp& inn, Args&, Value&) -> Value {
      char marker = 0;
      return Value::integer(static_cast<std::int64_t>(inn.stack_base - reinterpret_cast<std::uintptr_t>(&marker)));
    });
    dict_set_str(in, in.builtins, "probe", b);
  });
  EXPECT_EQ(out.error, "") << out.formatted;
  used = std::stoll(out.out);
  return used / depth;
}

TEST(Stack, PlainRecursion) {
  std::int64_t per_call = bytes_per_call("def f(n):\n    return f(n - 1) if n else probe()\nprint(f(200))\n", 200);
  std::printf("native stack per plain Python call: %lld bytes\n", static_cast<long long>(per_call));
  EXPECT_LT(per_call * 1000, static_cast<std::int64_t>(6u << 20));
}

TEST(Stack, MethodWithComprehensionAndWith) {
  std::int64_t per_call = bytes_per_call(
      "class C:\n"
      "    def __enter__(self): return self\n"
      "    def __exit__(self, *a): return False\n"
      "    def down(self, n):\n"
      "        with self:\n"
      "            return probe() if n == 0 else [self.down(n - 1) for _ in range(1)][0]\n"
      "print(C().down(200))\n",
      200);
  std::printf("native stack per method+with+listcomp level: %lld bytes\n", static_cast<long long>(per_call));
}

}  // namespace
}  // namespace scopeplay::runtime
