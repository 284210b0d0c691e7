#include "text/percent_format.h"

#include "test_support.h"
#include "text/numbers.h"
#include "text/str_repr.h"

namespace scopeplay::text {
namespace {

using namespace std::literals;
using testing::from_bits;
using testing::is_error;

struct PercentIntCase {
  const char* format;
  std::int64_t value;
  bool ok;
  std::string_view text;
  const char* message;
};
struct PercentFloatCase {
  const char* format;
  std::uint64_t bits;
  bool ok;
  std::string_view text;
  const char* message;
};
struct PercentStrCase {
  const char* format;
  const char* value;
  bool ok;
  std::string_view text;
  const char* message;
};

#include "percent_format_cases.inc"

// A miniature of what the runtime does for `fmt % (value,)`.
struct Value {
  enum class Kind { Int, Float, Str } kind;
  std::int64_t i = 0;
  double f = 0;
  std::string s;
};

Result<std::string> apply(std::string_view fmt, const Value& v) {
  PercentFormat pf = parse_percent_format(fmt);
  std::string out;
  int used = 0;
  for (const auto& piece : pf.pieces) {
    if (piece.is_literal) {
      out += piece.literal;
      continue;
    }
    if (used++ > 0) return percent_not_enough_arguments();
    const PercentSpec& spec = piece.spec;
    const char32_t c = spec.conversion;
    if (!percent_conversion_known(c)) return percent_unsupported_character(spec);
    switch (c) {
      case 's': case 'r': case 'a': {
        std::string text;
        if (v.kind == Value::Kind::Str) text = c == 's' ? v.s : c == 'r' ? str_repr(v.s) : str_ascii(v.s);
        else if (v.kind == Value::Kind::Float) text = float_repr(v.f);
        else text = int_to_string(v.i);
        out += percent_text(spec, text);
        break;
      }
      case 'c': {
        auto r = v.kind == Value::Kind::Int ? percent_char(spec, v.i)
                 : v.kind == Value::Kind::Str ? percent_char_str(spec, v.s)
                                              : Result<std::string>(percent_type_error(c, "float"));
        if (!r) return r;
        out += *r;
        break;
      }
      default:
        if (v.kind == Value::Kind::Str) return percent_type_error(c, "str");
        if (v.kind == Value::Kind::Int) {
          out += percent_int(spec, v.i);
        } else if (c == 'e' || c == 'E' || c == 'f' || c == 'F' || c == 'g' || c == 'G') {
          out += percent_float(spec, v.f);
        } else if (c == 'o' || c == 'x' || c == 'X') {
          return percent_type_error(c, "float");
        } else {
          return Error{ErrorKind::TypeError, "test harness: float for %d"};
        }
    }
  }
  if (pf.error) return *pf.error;
  if (used == 0) return percent_not_all_converted();
  return out;
}

void check(const Result<std::string>& r, bool ok, std::string_view text, const char* message,
           const std::string& what) {
  if (ok) {
    ASSERT_TRUE(r.ok()) << what << " -> " << testing::describe(r);
    EXPECT_EQ(*r, text) << what;
  } else {
    EXPECT_TRUE(is_error(r, std::string(text).c_str(), message)) << what;
  }
}

TEST(PercentFormat, IntsMatchCPython) {
  for (const auto& c : kPercentIntCases)
    check(apply(c.format, {Value::Kind::Int, c.value, 0, ""}), c.ok, c.text, c.message,
          std::string("'") + c.format + "' % " + std::to_string(c.value));
}

TEST(PercentFormat, FloatsMatchCPython) {
  for (const auto& c : kPercentFloatCases) {
    check(apply(c.format, {Value::Kind::Float, 0, from_bits(c.bits), ""}), c.ok, c.text,
          c.message, std::string("'") + c.format + "' % " + std::to_string(from_bits(c.bits)));
  }
}

TEST(PercentFormat, RandomConversionsMatchCPython) {
  for (const auto& c : kPercentFloatRandomCases)
    check(apply(c.format, {Value::Kind::Float, 0, from_bits(c.bits), ""}), c.ok, c.text,
          c.message, std::string("'") + c.format + "' % " + std::to_string(from_bits(c.bits)));
  for (const auto& c : kPercentIntRandomCases)
    check(apply(c.format, {Value::Kind::Int, c.value, 0, ""}), c.ok, c.text, c.message,
          std::string("'") + c.format + "' % " + std::to_string(c.value));
}

TEST(PercentFormat, StringsMatchCPython) {
  for (const auto& c : kPercentStrCases)
    check(apply(c.format, {Value::Kind::Str, 0, 0, c.value}), c.ok, c.text, c.message,
          std::string("'") + c.format + "' % '" + c.value + "'");
}

TEST(PercentFormat, ParsesPiecesAndKeys) {
  PercentFormat pf = parse_percent_format("a%%b %(na(m)e)-*.*f|%5s%%");
  ASSERT_FALSE(pf.error);
  EXPECT_TRUE(pf.uses_mapping_keys);
  ASSERT_EQ(pf.pieces.size(), 5u);
  EXPECT_EQ(pf.pieces[0].literal, "a%b ");
  const PercentSpec& s = pf.pieces[1].spec;
  EXPECT_EQ(*s.key, "na(m)e");
  EXPECT_TRUE(s.left);
  EXPECT_EQ(s.width, kPercentStar);
  EXPECT_EQ(s.precision, kPercentStar);
  EXPECT_EQ(s.conversion, U'f');
  EXPECT_EQ(pf.pieces[2].literal, "|");
  EXPECT_EQ(pf.pieces[3].spec.width, 5);
  EXPECT_EQ(pf.pieces[4].literal, "%");
}

TEST(PercentFormat, ErrorsMatchCPython) {
  EXPECT_TRUE(is_error(Result<int>(*parse_percent_format("abc %").error), "ValueError", "incomplete format"));
  EXPECT_TRUE(is_error(Result<int>(*parse_percent_format("%(a").error), "ValueError", "incomplete format key"));
  EXPECT_TRUE(is_error(Result<int>(*parse_percent_format("%5").error), "ValueError", "incomplete format"));
  EXPECT_TRUE(is_error(Result<int>(*parse_percent_format("%l").error), "ValueError", "incomplete format"));
  EXPECT_TRUE(is_error(Result<int>(*parse_percent_format("%99999999999999999999d").error),
                       "ValueError", "width too big"));
  EXPECT_TRUE(is_error(Result<int>(*parse_percent_format("%.99999999999d").error), "ValueError",
                       "precision too big"));
  PercentFormat pf = parse_percent_format("ab%zc");
  ASSERT_EQ(pf.pieces.size(), 3u);
  EXPECT_TRUE(is_error(Result<int>(percent_unsupported_character(pf.pieces[1].spec)), "ValueError",
                       "unsupported format character 'z' (0x7a) at index 3"));
  pf = parse_percent_format("\xc3\xa9%\xc3\xa9");
  EXPECT_TRUE(is_error(Result<int>(percent_unsupported_character(pf.pieces[1].spec)), "ValueError",
                       "unsupported format character '?' (0xe9) at index 2"));
  pf = parse_percent_format("%5%");
  EXPECT_EQ(pf.pieces[0].spec.conversion, U'%');
  EXPECT_TRUE(is_error(Result<int>(percent_type_error('d', "str")), "TypeError",
                       "%d format: a real number is required, not str"));
  EXPECT_TRUE(is_error(Result<int>(percent_type_error('x', "float")), "TypeError",
                       "%x format: an integer is required, not float"));
  EXPECT_TRUE(is_error(Result<int>(percent_type_error('f', "str")), "TypeError",
                       "must be real number, not str"));
  EXPECT_TRUE(is_error(Result<int>(percent_type_error('c', "float")), "TypeError",
                       "%c requires int or char"));
}

TEST(PercentFormat, StarValues) {
  PercentSpec s;
  s.conversion = 'd';
  percent_set_star_width(s, -5);
  EXPECT_TRUE(s.left);
  EXPECT_EQ(s.width, 5);
  EXPECT_EQ(percent_int(s, 3), "3    ");
  PercentSpec f;
  f.conversion = 'f';
  percent_set_star_precision(f, -1);
  EXPECT_EQ(percent_float(f, 1.5), "2");
}

}  // namespace
}  // namespace scopeplay::text
