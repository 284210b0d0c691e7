#include <gtest/gtest.h>

#include "runtime/ops.h"
#include "run_helper.h"

namespace scopeplay::runtime {
namespace {

TEST(Value, SmallValuesAreInline) {
  Value i = Value::integer(42);
  Value f = Value::floating(1.5);
  Value b = Value::boolean(true);
  EXPECT_TRUE(i.is_int());
  EXPECT_TRUE(f.is_float());
  EXPECT_TRUE(b.is_intlike());
  EXPECT_EQ(i.as_int(), 42);
  EXPECT_EQ(sizeof(Value), 16u);
}

TEST(Value, RefcountFreesPromptly) {
  RunOptions opts;
  Interp in(opts);
  std::size_t before = in.heap.live_objects();
  {
    Value s = make_str(in, "hello");
    Value copy = s;
    EXPECT_EQ(s.obj()->refs, 2u);
    EXPECT_EQ(in.heap.live_objects(), before + 1);
  }
  EXPECT_EQ(in.heap.live_objects(), before);
}

TEST(Value, CyclesAreFreedAtTeardown) {
  RunOptions opts;
  auto in = std::make_unique<Interp>(opts);
  {
    Value l = make_list(*in, {});
    l.as<List>()->items.push_back(l);  // self-reference
  }
  std::size_t live = in->heap.live_objects();
  EXPECT_GT(live, 0u);
  // Destroying the Interp tears the heap down; LeakSanitizer (ASan builds)
  // reports the cycle if it survived.
  in.reset();
}

TEST(Value, DeepChainsFreeWithoutRecursion) {
  RunOptions opts;
  Interp in(opts);
  std::size_t before = in.heap.live_objects();
  {
    Value head = make_list(in, {});
    for (int i = 0; i < 200000; ++i) head = make_list(in, {head});
  }
  EXPECT_EQ(in.heap.live_objects(), before);
}

TEST(HashTable, NumericKeysCompareAcrossTypes) {
  RunOptions opts;
  Interp in(opts);
  Value d = make_dict(in);
  dict_set(in, d, Value::integer(1), make_str(in, "a"));
  dict_set(in, d, Value::floating(1.0), make_str(in, "b"));
  dict_set(in, d, Value::boolean(true), make_str(in, "c"));
  EXPECT_EQ(d.as<Dict>()->table.size(), 1u);
  EXPECT_EQ(repr(in, d), "{1: 'c'}");
}

TEST(HashTable, KeepsInsertionOrderAcrossDeletes) {
  RunOptions opts;
  Interp in(opts);
  Value d = make_dict(in);
  for (int i = 0; i < 100; ++i) dict_set(in, d, Value::integer(i), Value::integer(i * i));
  for (int i = 0; i < 100; i += 2) {
    Value k = Value::integer(i);
    d.as<Dict>()->table.erase(in, k, hash_value(in, k));
  }
  dict_set(in, d, Value::integer(0), Value::none());
  std::vector<std::int64_t> keys;
  for (auto& e : d.as<Dict>()->table.entries())
    if (!e.key.is_null()) keys.push_back(e.key.as_int());
  ASSERT_EQ(keys.size(), 51u);
  EXPECT_EQ(keys.front(), 1);
  EXPECT_EQ(keys.back(), 0);
}

TEST(Repr, MatchesCPython) {
  auto o = testing::run_py(
      "print(repr(1.0), repr(0.1), repr(1e16), repr(-0.0), repr('a\\'b'), [1, (2,), {3: None}], set(), frozenset({1}))\n"
      "print(range(3), range(1, 5, 2), slice(None, 2), type(1), int, Ellipsis, NotImplemented)\n");
  EXPECT_EQ(o.error, "");
  EXPECT_EQ(o.out,
            "1.0 0.1 1e+16 -0.0 \"a'b\" [1, (2,), {3: None}] set() frozenset({1})\n"
            "range(0, 3) range(1, 5, 2) slice(None, 2, None) <class 'int'> <class 'int'> Ellipsis NotImplemented\n");
}

TEST(Repr, RecursiveContainers) {
  auto o = testing::run_py("a = [1]\na.append(a)\nd = {}\nd['d'] = d\nprint(a, d)\n");
  EXPECT_EQ(o.out, "[1, [...]] {'d': {...}}\n");
}

TEST(Strings, CodePointSemantics) {
  auto o = testing::run_py("s = 'héllo'\nprint(len(s), s[1], s[-4:], s[::-1], 'é' in s)\n");
  EXPECT_EQ(o.out, "5 é éllo olléh True\n");
}

TEST(Ints, OverflowRaisesInsteadOfWrapping) {
  auto o = testing::run_py("x = 2**62\nprint(x * 4)\n");
  EXPECT_EQ(o.error.rfind("OverflowError", 0), 0u) << o.error;
}

}  // namespace
}  // namespace scopeplay::runtime
