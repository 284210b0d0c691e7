#include "text/format_spec.h"

#include "test_support.h"

namespace scopeplay::text {
namespace {

using namespace std::literals;
using testing::from_bits;
using testing::is_error;

struct IntFormatCase {
  std::int64_t value;
  const char* spec;
  bool ok;
  std::string_view text;  // or the error type
  const char* message;
};
struct BoolFormatCase {
  bool value;
  const char* spec;
  bool ok;
  std::string_view text;
  const char* message;
};
struct FloatFormatCase {
  std::uint64_t bits;
  const char* spec;
  bool ok;
  std::string_view text;
  const char* message;
};
struct StrFormatCase {
  const char* value;
  const char* spec;
  bool ok;
  std::string_view text;
  const char* message;
};

#include "format_spec_cases.inc"

template <class R>
void check(const R& r, bool ok, std::string_view text, const char* message, const std::string& what) {
  if (ok) {
    ASSERT_TRUE(r.ok()) << what << " -> " << testing::describe(r);
    EXPECT_EQ(*r, text) << what;
  } else {
    EXPECT_TRUE(is_error(r, std::string(text).c_str(), message)) << what;
  }
}

TEST(FormatInt, MatchesCPython) {
  for (const auto& c : kIntFormatCases)
    check(format_int(c.value, c.spec), c.ok, c.text, c.message,
          "format(" + std::to_string(c.value) + ", '" + c.spec + "')");
}

TEST(FormatBool, MatchesCPython) {
  for (const auto& c : kBoolFormatCases)
    check(format_bool(c.value, c.spec), c.ok, c.text, c.message,
          std::string("format(") + (c.value ? "True" : "False") + ", '" + c.spec + "')");
}

TEST(FormatFloat, MatchesCPython) {
  for (const auto& c : kFloatFormatCases)
    check(format_float(from_bits(c.bits), c.spec), c.ok, c.text, c.message,
          "format(" + std::to_string(from_bits(c.bits)) + ", '" + c.spec + "')");
}

TEST(FormatFloat, RandomSpecsMatchCPython) {
  for (const auto& c : kFloatFormatRandomCases)
    check(format_float(from_bits(c.bits), c.spec), c.ok, c.text, c.message,
          "format(" + std::to_string(from_bits(c.bits)) + ", '" + c.spec + "')");
}

TEST(FormatInt, RandomSpecsMatchCPython) {
  for (const auto& c : kIntFormatRandomCases)
    check(format_int(c.value, c.spec), c.ok, c.text, c.message,
          "format(" + std::to_string(c.value) + ", '" + c.spec + "')");
}

TEST(FormatStr, MatchesCPython) {
  for (const auto& c : kStrFormatCases)
    check(format_str(c.value, c.spec), c.ok, c.text, c.message,
          std::string("format('") + c.value + "', '" + c.spec + "')");
}

TEST(ParseFormatSpec, Fields) {
  auto f = parse_format_spec("*^+z#012_.3e", "float");
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->fill, U'*');
  EXPECT_EQ(f->align, Align::Center);
  EXPECT_EQ(f->sign, Sign::Plus);
  EXPECT_TRUE(f->no_neg_zero);
  EXPECT_TRUE(f->alternate);
  EXPECT_FALSE(f->zero_pad);  // fill given explicitly
  EXPECT_EQ(f->width, 12);
  EXPECT_EQ(f->grouping, Grouping::Underscore);
  EXPECT_EQ(f->precision, 3);
  EXPECT_EQ(f->type, U'e');
  EXPECT_TRUE(is_error(parse_format_spec("99999999999999999999", "int"), "ValueError",
                       "Too many decimal digits in format string"));
}

TEST(FormatSpec, PreParsedVariantsAgree) {
  auto f = parse_format_spec(">+10.3f", "float");
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(*format_float_spec(3.14159, *f), "    +3.142");
  auto g = parse_format_spec("^9", "str");
  EXPECT_EQ(*format_str_spec("ab", *g), "   ab    ");
  EXPECT_EQ(*format_int_spec(-42, *parse_format_spec("=+6", "int")), "-   42");
  EXPECT_TRUE(is_error(format_int(1, "q", "MyInt"), "ValueError",
                       "Unknown format code 'q' for object of type 'MyInt'"));
}

}  // namespace
}  // namespace scopeplay::text
