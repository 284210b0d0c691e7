#include "text/numbers.h"

#include <cmath>
#include <random>

#include "test_support.h"

namespace scopeplay::text {
namespace {

using testing::from_bits;
using testing::is_error;
using testing::same_double;

struct FloatReprCase {
  std::uint64_t bits;
  const char* repr;
};
struct ParseIntCase {
  const char* input;
  int base;
  bool ok;
  std::int64_t value;
  const char* type;
  const char* message;
};
struct ParseFloatCase {
  const char* input;
  bool ok;
  std::uint64_t bits;
  const char* type;
  const char* message;
};
struct IntToStringCase {
  std::int64_t value;
  int base;
  const char* text;
};

#include "numbers_cases.inc"

TEST(FloatRepr, MatchesCPython) {
  for (const auto& c : kFloatReprCases)
    EXPECT_EQ(float_repr(from_bits(c.bits)), c.repr) << c.repr;
}

TEST(FloatRepr, RoundTripsThroughParseFloat) {
  std::mt19937_64 rng(42);
  for (int i = 0; i < 20000; ++i) {
    double x = from_bits(rng());
    if (std::isnan(x)) continue;
    auto back = parse_float(float_repr(x));
    ASSERT_TRUE(back.ok()) << float_repr(x);
    EXPECT_TRUE(same_double(x, *back)) << float_repr(x);
  }
}

TEST(ParseInt, MatchesCPython) {
  for (const auto& c : kParseIntCases) {
    auto r = parse_int(c.input, c.base);
    if (c.ok) {
      ASSERT_TRUE(r.ok()) << c.input << " " << testing::describe(r);
      EXPECT_EQ(*r, c.value) << c.input;
    } else {
      EXPECT_TRUE(is_error(r, c.type, c.message)) << c.input;
    }
  }
}

TEST(ParseFloat, MatchesCPython) {
  for (const auto& c : kParseFloatCases) {
    auto r = parse_float(c.input);
    if (c.ok) {
      ASSERT_TRUE(r.ok()) << c.input << " " << testing::describe(r);
      EXPECT_TRUE(same_double(from_bits(c.bits), *r)) << c.input;
    } else {
      EXPECT_TRUE(is_error(r, c.type, c.message)) << c.input;
    }
  }
}

TEST(IntToString, MatchesCPython) {
  for (const auto& c : kIntToStringCases)
    EXPECT_EQ(int_to_string(c.value, c.base), c.text) << c.value << " base " << c.base;
}

TEST(IntDigits, OtherBases) {
  EXPECT_EQ(int_digits(-31, 16), "-1f");
  EXPECT_EQ(int_digits(35, 36), "z");
  EXPECT_EQ(int_to_string(35, 36), "z");
}

}  // namespace
}  // namespace scopeplay::text
