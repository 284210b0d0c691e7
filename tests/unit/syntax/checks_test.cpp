// The post-parse checks (checks.cpp) on inputs that are deep or wide but
// legal: they walk expressions with their own stack, so the longest chains the
// parser accepts are checked on a small native stack, and a call with very
// many keywords is checked in linear time.
#include "syntax/checks.h"

#include <gtest/gtest.h>
#include <pthread.h>

#include <chrono>
#include <string>

#include "syntax/parser.h"

namespace scopeplay::syntax {
namespace {

std::string parse_error(const std::string& src) {
  source::SourceFile f("x.py", src);
  ParseResult r = parse(f);
  return r.error ? r.error->message : std::string("ok");
}

// A stack a walk that recursed per link of a 3,000-link chain would overflow
// (and crash the test), but that holds freeing such a tree (a recursion of a
// few small frames per link, which parse() does when a check fails).
#if defined(__SANITIZE_ADDRESS__)
#define SCOPEPLAY_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SCOPEPLAY_ASAN 1
#endif
#endif
#ifdef SCOPEPLAY_ASAN
constexpr std::size_t kSmallStack = 1 << 20;  // AddressSanitizer's red zones enlarge every frame
#else
constexpr std::size_t kSmallStack = 256 << 10;
#endif

// Runs `fn` on a thread whose whole stack is `bytes`.
template <class F>
void on_small_stack(std::size_t bytes, F fn) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, bytes);
  pthread_t thread;
  auto trampoline = [](void* p) -> void* {
    (*static_cast<F*>(p))();
    return nullptr;
  };
  ASSERT_EQ(pthread_create(&thread, &attr, trampoline, &fn), 0);
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
}

std::string chain(const std::string& head, const std::string& link, int n) {
  std::string s = head;
  for (int i = 0; i < n; ++i) s += link;
  return s;
}

TEST(Checks, LongestChainsAreCheckedOnASmallStack) {
  // Each error below is found at the far (deepest) end of the chain.
  struct Case {
    std::string source, error;
  };
  const Case cases[] = {
      {chain("x = a", " + a", 2990) + "\n", "ok"},
      {chain("x = a", ".b", 2990) + "\n", "ok"},
      {chain("x = a", "(1)", 2990) + "\n", "ok"},
      {chain("x = (yield)", " + a", 2990) + "\n", "'yield' outside function"},
      {chain("x = f(a=1, a=2)", " + a", 2990) + "\n", "keyword argument repeated: a"},
      {chain("x = (lambda a, a: 1)", " + a", 2990) + "\n", "duplicate argument 'a' in function definition"},
      {chain("def f():\n    x = (yield)", " + a", 2990) + "\n", "ok"},
      {chain("def f():\n    global x\n    y = (x := 1)", " + a", 2990) + "\n", "ok"},
  };
  for (const Case& c : cases) {
    source::SourceFile f("x.py", c.source);
    ParseResult r;
    on_small_stack(kSmallStack, [&] { r = parse(f); });
    EXPECT_EQ(r.error ? r.error->message : std::string("ok"), c.error) << c.source.substr(0, 40);
  }
}

TEST(Checks, SourceOrderDecidesWhichErrorIsReported) {
  EXPECT_EQ(parse_error("x = [(yield), f(a=1, a=2)]\n"), "'yield' outside function");
  EXPECT_EQ(parse_error("x = [f(a=1, a=2), (yield)]\n"), "keyword argument repeated: a");
  EXPECT_EQ(parse_error("x = (lambda: (yield)) + (yield)\n"), "'yield' outside function");
  EXPECT_EQ(parse_error("x = [*a]\ny = *a\n"), "can't use starred expression here");
  EXPECT_EQ(parse_error("f(*a, *b, **c)\n"), "ok");
  EXPECT_EQ(parse_error("x = (lambda b, b: 1), (lambda a, a: 1)\n"), "duplicate argument 'b' in function definition");
  EXPECT_EQ(parse_error("x = lambda a, a=(lambda b, b: 1): 1\n"), "duplicate argument 'b' in function definition");
  EXPECT_EQ(parse_error("x = [(lambda a, a: 1), (yield)]\n"), "duplicate argument 'a' in function definition");
}

TEST(Checks, ManyKeywordsAreCheckedInLinearTime) {
  std::string call = "f(";
  for (int i = 0; i < 100000; ++i) call += "k" + std::to_string(i) + "=1, ";
  auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(parse_error(call + "k99999=2)\n"), "keyword argument repeated: k99999");
  EXPECT_EQ(parse_error(call + ")\n"), "ok");
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 10.0);
}

}  // namespace
}  // namespace scopeplay::syntax
