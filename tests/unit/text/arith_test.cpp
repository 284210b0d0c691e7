#include "text/arith.h"

#include <cmath>
#include <limits>

#include "test_support.h"

namespace scopeplay::text {
namespace {

using testing::from_bits;
using testing::is_error;
using testing::same_double;

struct FloatDivModCase {
  std::uint64_t x, y;
  bool ok;
  std::uint64_t floordiv, mod;
  const char* message;
};
struct RoundFloatCase {
  std::uint64_t x;
  std::int64_t ndigits;
  bool ok;
  std::uint64_t result;
  const char* type;
  const char* message;
};
struct RoundHalfEvenCase {
  std::uint64_t x;
  bool ok;
  std::uint64_t result;
  const char* type;
  const char* message;
};
struct IntDivModCase {
  std::int64_t a, b, q, r;
};
struct RoundIntCase {
  std::int64_t v, ndigits;
  bool ok;
  std::int64_t result;
};
struct IntHashCase {
  std::int64_t v, hash;
};
struct FloatHashCase {
  std::uint64_t x;
  std::int64_t hash;
};
struct IntTrueDivCase {
  std::int64_t a, b;
  std::uint64_t result;
};
struct RatioCase {
  std::uint64_t x;
  bool ok;
  std::int64_t n, d;
};

#include "arith_cases.inc"

TEST(FloatDivMod, MatchesCPython) {
  for (const auto& c : kFloatDivModCases) {
    double x = from_bits(c.x), y = from_bits(c.y);
    auto dm = float_divmod(x, y);
    auto fd = float_floordiv(x, y);
    auto md = float_mod(x, y);
    if (c.ok) {
      ASSERT_TRUE(dm.ok());
      EXPECT_TRUE(same_double(from_bits(c.floordiv), dm->first)) << x << " // " << y;
      EXPECT_TRUE(same_double(from_bits(c.mod), dm->second)) << x << " % " << y;
      EXPECT_TRUE(same_double(from_bits(c.floordiv), *fd)) << x << " // " << y;
      EXPECT_TRUE(same_double(from_bits(c.mod), *md)) << x << " % " << y;
    } else {
      EXPECT_TRUE(is_error(dm, "ZeroDivisionError", c.message));
      EXPECT_TRUE(is_error(fd, "ZeroDivisionError", "float floor division by zero"));
      EXPECT_TRUE(is_error(md, "ZeroDivisionError", "float modulo"));
    }
  }
}

TEST(RoundFloat, MatchesCPython) {
  for (const auto& c : kRoundFloatCases) {
    auto r = round_float(from_bits(c.x), c.ndigits);
    if (c.ok) {
      ASSERT_TRUE(r.ok()) << from_bits(c.x) << " " << c.ndigits;
      EXPECT_TRUE(same_double(from_bits(c.result), *r)) << from_bits(c.x) << ", " << c.ndigits;
    } else {
      EXPECT_TRUE(is_error(r, c.type, c.message));
    }
  }
}

TEST(RoundHalfEven, MatchesCPython) {
  for (const auto& c : kRoundHalfEvenCases) {
    auto r = round_half_even(from_bits(c.x));
    if (c.ok) {
      ASSERT_TRUE(r.ok());
      EXPECT_TRUE(same_double(from_bits(c.result), *r)) << from_bits(c.x);
    } else {
      EXPECT_TRUE(is_error(r, c.type, c.message));
    }
  }
}

TEST(IntDivMod, MatchesCPython) {
  for (const auto& c : kIntDivModCases) {
    EXPECT_EQ(*int_floordiv(c.a, c.b), c.q) << c.a << " // " << c.b;
    EXPECT_EQ(*int_mod(c.a, c.b), c.r) << c.a << " % " << c.b;
    auto dm = int_divmod(c.a, c.b);
    EXPECT_EQ(dm->first, c.q);
    EXPECT_EQ(dm->second, c.r);
  }
}

TEST(IntDivMod, Errors) {
  constexpr auto kMin = std::numeric_limits<std::int64_t>::min();
  EXPECT_TRUE(is_error(int_floordiv(1, 0), "ZeroDivisionError", "integer division or modulo by zero"));
  EXPECT_TRUE(is_error(int_mod(1, 0), "ZeroDivisionError", "integer modulo by zero"));
  EXPECT_TRUE(is_error(int_divmod(1, 0), "ZeroDivisionError", "integer division or modulo by zero"));
  EXPECT_TRUE(is_error(int_truediv(1, 0), "ZeroDivisionError", "division by zero"));
  EXPECT_TRUE(is_error(float_truediv(1.0, 0.0), "ZeroDivisionError", "float division by zero"));
  EXPECT_EQ(int_floordiv(kMin, -1).error().kind, ErrorKind::OverflowError);
  EXPECT_EQ(*int_mod(kMin, -1), 0);
  EXPECT_EQ(*int_truediv(1, 3), 1.0 / 3.0);
  EXPECT_EQ(*int_truediv(-7, 2), -3.5);
}

TEST(IntTrueDiv, CorrectlyRoundedLikeCPython) {
  for (const auto& c : kIntTrueDivCases)
    EXPECT_TRUE(same_double(from_bits(c.result), *int_truediv(c.a, c.b))) << c.a << " / " << c.b;
}

TEST(RoundInt, MatchesCPython) {
  for (const auto& c : kRoundIntCases) {
    auto r = round_int(c.v, c.ndigits);
    EXPECT_EQ(r.ok(), c.ok) << c.v << ", " << c.ndigits;
    if (c.ok && r.ok()) {
      EXPECT_EQ(*r, c.result) << c.v << ", " << c.ndigits;
    }
  }
}

TEST(CheckedInt, OverflowFlags) {
  constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
  constexpr auto kMin = std::numeric_limits<std::int64_t>::min();
  EXPECT_EQ(*checked_add(1, 2), 3);
  EXPECT_FALSE(checked_add(kMax, 1));
  EXPECT_FALSE(checked_sub(kMin, 1));
  EXPECT_EQ(*checked_sub(kMin + 1, 1), kMin);
  EXPECT_FALSE(checked_mul(kMax / 2 + 1, 2));
  EXPECT_EQ(*checked_mul(-4611686018427387904LL, 2), kMin);
  EXPECT_FALSE(checked_neg(kMin));
  EXPECT_EQ(*checked_pow(2, 62), 4611686018427387904LL);
  EXPECT_FALSE(checked_pow(2, 63));
  EXPECT_EQ(*checked_pow(-2, 63), kMin);
  EXPECT_EQ(*checked_pow(3, 39), 4052555153018976267LL);
  EXPECT_FALSE(checked_pow(3, 40));
  EXPECT_EQ(*checked_pow(0, 0), 1);
  EXPECT_EQ(*checked_pow(-1, kMax), -1);
  EXPECT_EQ(*checked_pow(1, kMax), 1);
  EXPECT_FALSE(checked_pow(2, -1));
  EXPECT_EQ(*checked_lshift(1, 62), 4611686018427387904LL);
  EXPECT_FALSE(checked_lshift(1, 63));
  EXPECT_EQ(*checked_lshift(-1, 63), kMin);
  EXPECT_FALSE(checked_lshift(3, 62));
  EXPECT_EQ(*checked_lshift(0, 1000), 0);
}

TEST(Hash, IntMatchesCPython) {
  for (const auto& c : kIntHashCases) EXPECT_EQ(hash_int(c.v), c.hash) << c.v;
}

TEST(Hash, FloatMatchesCPython) {
  for (const auto& c : kFloatHashCases) EXPECT_EQ(hash_float(from_bits(c.x)), c.hash) << from_bits(c.x);
}

TEST(Hash, EqualNumbersHashEqual) {
  for (std::int64_t v : {0LL, 1LL, -1LL, 12345LL, -(1LL << 53), 1LL << 62})
    EXPECT_EQ(hash_int(v), hash_float(static_cast<double>(v))) << v;
}

TEST(FloatToInt, TruncatesAndChecks) {
  EXPECT_EQ(*float_to_int(-2.7), -2);
  EXPECT_EQ(*float_to_int(2.7), 2);
  EXPECT_EQ(*float_to_int(-9223372036854775808.0), std::numeric_limits<std::int64_t>::min());
  EXPECT_TRUE(is_error(float_to_int(9223372036854775808.0), "OverflowError", "int too large to convert"));
  EXPECT_TRUE(is_error(float_to_int(INFINITY), "OverflowError", "cannot convert float infinity to integer"));
  EXPECT_TRUE(is_error(float_to_int(NAN), "ValueError", "cannot convert float NaN to integer"));
  EXPECT_EQ(int_to_float(9007199254740993LL), 9007199254740992.0);
}

TEST(FloatRatio, MatchesCPython) {
  for (const auto& c : kRatioCases) {
    auto r = float_as_integer_ratio(from_bits(c.x));
    EXPECT_EQ(r.ok(), c.ok) << from_bits(c.x);
    if (c.ok && r.ok()) {
      EXPECT_EQ(r->first, c.n);
      EXPECT_EQ(r->second, c.d);
    }
  }
  EXPECT_TRUE(is_error(float_as_integer_ratio(INFINITY), "OverflowError",
                       "cannot convert Infinity to integer ratio"));
  EXPECT_TRUE(is_error(float_as_integer_ratio(NAN), "ValueError", "cannot convert NaN to integer ratio"));
}

TEST(FloatIsInteger, Basics) {
  EXPECT_TRUE(float_is_integer(1.0));
  EXPECT_TRUE(float_is_integer(-0.0));
  EXPECT_TRUE(float_is_integer(1e300));
  EXPECT_FALSE(float_is_integer(1.5));
  EXPECT_FALSE(float_is_integer(INFINITY));
  EXPECT_FALSE(float_is_integer(NAN));
}

}  // namespace
}  // namespace scopeplay::text
