// Arbitrary bytes (invalid UTF-8 included) must never crash or hang any entry
// point; run under -fsanitize=address,undefined to make this meaningful.
#include <random>
#include <string>

#include "test_support.h"
#include "text/format_spec.h"
#include "text/numbers.h"
#include "text/percent_format.h"
#include "text/str_case.h"
#include "text/str_methods.h"
#include "text/str_repr.h"
#include "text/utf8.h"

namespace scopeplay::text {
namespace {

std::string random_text(std::mt19937& rng) {
  static const char* kPieces[] = {"%", "{", "}", "(", ")", ".", "*", "-", "+", "#", "0", "9",
                                  ",", "_", "e", "x", "s", "d", "c", "z", "<", "^", "=", " ",
                                  "\xc3\xa9", "\xff", "\xe2\x82", "\xf0\x9f\x98\x80", "\n", "\t",
                                  "\xce\xa3", "inf", "nan", "0x", "1_0"};
  std::string s;
  int n = static_cast<int>(rng() % 12);
  for (int i = 0; i < n; ++i) s += kPieces[rng() % (sizeof kPieces / sizeof kPieces[0])];
  return s;
}

TEST(Robustness, ArbitraryInputs) {
  std::mt19937 rng(7);
  for (int i = 0; i < 20000; ++i) {
    std::string a = random_text(rng), b = random_text(rng);
    std::int64_t k = static_cast<std::int64_t>(rng() % 40) - 20;
    (void)format_int(k, a);
    (void)format_float(static_cast<double>(k) / 3.0, a);
    (void)format_str(b, a);
    (void)parse_percent_format(a);
    (void)parse_int(a, static_cast<int>(rng() % 37));
    (void)parse_float(a);
    (void)str_find(a, b, k, k + 5);
    (void)str_rfind(a, b);
    (void)str_count(a, b, -k);
    (void)str_split(a, b, k);
    (void)str_rsplit(a, std::nullopt, k);
    (void)str_splitlines(a, k > 0);
    (void)str_replace(a, b, "-", k);
    (void)str_strip(a, b);
    (void)str_slice(a, k, -k, k == 0 ? 1 : k);
    (void)str_center(a, k, U'*');
    (void)str_zfill(a, k);
    (void)str_expandtabs(a, k);
    (void)str_partition(a, b);
    (void)str_startswith(a, b, k);
    (void)str_endswith(a, b, -k, k);
    (void)str_upper(a);
    (void)str_lower(a);
    (void)str_title(a);
    (void)str_swapcase(a);
    (void)str_istitle(a);
    (void)str_repr(a);
    (void)str_ascii(a);
    (void)length(a);
  }
  SUCCEED();
}

TEST(Robustness, HugeWidthsAreRefused) {
  EXPECT_EQ(format_int(1, "999999999999").error().kind, ErrorKind::MemoryError);
  EXPECT_EQ(format_str("a", "999999999999").error().kind, ErrorKind::MemoryError);
  EXPECT_EQ(format_float(1.0, ".999999999f").error().kind, ErrorKind::MemoryError);
  EXPECT_EQ(parse_percent_format("%999999999999d").error->kind, ErrorKind::MemoryError);
  PercentSpec spec;
  spec.conversion = 'd';
  percent_set_star_width(spec, INT64_MAX);
  EXPECT_EQ(spec.width, std::int64_t{1} << 28);
}

}  // namespace
}  // namespace scopeplay::text
