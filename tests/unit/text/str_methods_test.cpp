#include "text/str_methods.h"

#include "test_support.h"
#include "text/str_case.h"
#include "text/str_repr.h"
#include "text/utf8.h"

namespace scopeplay::text {
namespace {

using namespace std::literals;
using testing::is_error;
using Strings = std::vector<std::string>;

struct SearchCase {
  const char* s;
  const char* sub;
  OptIndex start, end;
  std::int64_t find, rfind, count;
  bool startswith, endswith;
};
struct SplitCase {
  const char* s;
  const char* sep;
  std::int64_t maxsplit;
  Strings split, rsplit;
};
struct SplitlinesCase {
  const char* s;
  bool keepends;
  Strings lines;
};
struct ReplaceCase {
  const char* s;
  const char* old_sub;
  const char* new_sub;
  std::int64_t count;
  const char* result;
};
struct StripCase {
  const char* s;
  const char* chars;
  const char* strip;
  const char* lstrip;
  const char* rstrip;
};
struct PadCase {
  const char* s;
  std::int64_t width;
  char32_t fill;
  const char* center;
  const char* ljust;
  const char* rjust;
  const char* zfill;
};
struct ExpandtabsCase {
  const char* s;
  std::int64_t tabsize;
  const char* result;
};
struct PartitionCase {
  const char* s;
  const char* sep;
  const char* p0;
  const char* p1;
  const char* p2;
  const char* r0;
  const char* r1;
  const char* r2;
};
struct SliceCase {
  std::int64_t length;
  OptIndex start, stop, step;
  bool ok;
  std::int64_t r_start, r_stop, r_step, slicelength;
};
struct StrSliceCase {
  const char* s;
  OptIndex start, stop, step;
  const char* result;
};
struct CaseCase {
  const char* s;
  const char* upper;
  const char* lower;
  const char* casefold;
  const char* capitalize;
  const char* title;
  const char* swapcase;
  bool isupper, islower, istitle;
};
struct CharClassCase {
  char32_t cp;
  unsigned bits;  // isspace isalpha isdecimal isdigit isnumeric isprintable isupper islower
  bool isspace() const { return bits & 1; }
  bool isalpha() const { return bits & 2; }
  bool isdecimal() const { return bits & 4; }
  bool isdigit() const { return bits & 8; }
  bool isnumeric() const { return bits & 16; }
  bool isprintable() const { return bits & 32; }
  bool isupper() const { return bits & 64; }
  bool islower() const { return bits & 128; }
};
struct IdentCase {
  const char* s;
  bool ok;
};
struct PredicateCase {
  const char* s;
  bool isdigit, isdecimal, isnumeric, isalpha, isalnum, isspace, isprintable, isascii;
};
struct ReprCase {
  std::string_view s;
  const char* repr;
  const char* ascii;
};

#include "str_cases.inc"

std::string show(OptIndex i) { return i ? std::to_string(*i) : "None"; }

TEST(StrSearch, MatchesCPython) {
  for (const auto& c : kSearchCases) {
    std::string what = std::string("'") + c.s + "' '" + c.sub + "' " + show(c.start) + " " + show(c.end);
    EXPECT_EQ(str_find(c.s, c.sub, c.start, c.end), c.find) << "find " << what;
    EXPECT_EQ(str_rfind(c.s, c.sub, c.start, c.end), c.rfind) << "rfind " << what;
    EXPECT_EQ(str_count(c.s, c.sub, c.start, c.end), c.count) << "count " << what;
    EXPECT_EQ(str_startswith(c.s, c.sub, c.start, c.end), c.startswith) << "startswith " << what;
    EXPECT_EQ(str_endswith(c.s, c.sub, c.start, c.end), c.endswith) << "endswith " << what;
    auto idx = str_index(c.s, c.sub, c.start, c.end);
    if (c.find >= 0) EXPECT_EQ(*idx, c.find);
    else EXPECT_TRUE(is_error(idx, "ValueError", "substring not found"));
    auto ridx = str_rindex(c.s, c.sub, c.start, c.end);
    if (c.rfind >= 0) EXPECT_EQ(*ridx, c.rfind);
    else EXPECT_TRUE(is_error(ridx, "ValueError", "substring not found"));
  }
}

TEST(StrSplit, MatchesCPython) {
  for (const auto& c : kSplitCases) {
    std::optional<std::string_view> sep;
    if (c.sep) sep = c.sep;
    std::string what = std::string("'") + c.s + "' sep=" + (c.sep ? c.sep : "None") +
                       " max=" + std::to_string(c.maxsplit);
    auto r = str_split(c.s, sep, c.maxsplit);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(*r, c.split) << "split " << what;
    auto rr = str_rsplit(c.s, sep, c.maxsplit);
    EXPECT_EQ(*rr, c.rsplit) << "rsplit " << what;
  }
  EXPECT_TRUE(is_error(str_split("a", std::string_view("")), "ValueError", "empty separator"));
  EXPECT_TRUE(is_error(str_rsplit("a", std::string_view("")), "ValueError", "empty separator"));
}

TEST(StrSplitlines, MatchesCPython) {
  for (const auto& c : kSplitlinesCases)
    EXPECT_EQ(str_splitlines(c.s, c.keepends), c.lines) << c.s << " " << c.keepends;
}

TEST(StrReplace, MatchesCPython) {
  for (const auto& c : kReplaceCases)
    EXPECT_EQ(str_replace(c.s, c.old_sub, c.new_sub, c.count), c.result)
        << c.s << " " << c.old_sub << " " << c.new_sub << " " << c.count;
}

TEST(StrStrip, MatchesCPython) {
  for (const auto& c : kStripCases) {
    std::optional<std::string_view> chars;
    if (c.chars) chars = c.chars;
    EXPECT_EQ(str_strip(c.s, chars), c.strip) << c.s;
    EXPECT_EQ(str_lstrip(c.s, chars), c.lstrip) << c.s;
    EXPECT_EQ(str_rstrip(c.s, chars), c.rstrip) << c.s;
  }
}

TEST(StrPad, MatchesCPython) {
  for (const auto& c : kPadCases) {
    EXPECT_EQ(str_center(c.s, c.width, c.fill), c.center) << c.s << " " << c.width;
    EXPECT_EQ(str_ljust(c.s, c.width, c.fill), c.ljust) << c.s << " " << c.width;
    EXPECT_EQ(str_rjust(c.s, c.width, c.fill), c.rjust) << c.s << " " << c.width;
    EXPECT_EQ(str_zfill(c.s, c.width), c.zfill) << c.s << " " << c.width;
  }
  EXPECT_EQ(*str_fill_char("\xc3\xa9"), U'\u00e9');
  EXPECT_TRUE(is_error(str_fill_char("ab"), "TypeError",
                       "The fill character must be exactly one character long"));
}

TEST(StrExpandtabs, MatchesCPython) {
  for (const auto& c : kExpandtabsCases)
    EXPECT_EQ(str_expandtabs(c.s, c.tabsize), c.result) << c.s << " " << c.tabsize;
}

TEST(StrPartition, MatchesCPython) {
  for (const auto& c : kPartitionCases) {
    auto p = str_partition(c.s, c.sep);
    auto r = str_rpartition(c.s, c.sep);
    EXPECT_EQ(p->head, c.p0);
    EXPECT_EQ(p->sep, c.p1);
    EXPECT_EQ(p->tail, c.p2);
    EXPECT_EQ(r->head, c.r0);
    EXPECT_EQ(r->sep, c.r1);
    EXPECT_EQ(r->tail, c.r2);
  }
  EXPECT_TRUE(is_error(str_partition("a", ""), "ValueError", "empty separator"));
  EXPECT_TRUE(is_error(str_rpartition("a", ""), "ValueError", "empty separator"));
}

TEST(SliceIndices, MatchesCPython) {
  for (const auto& c : kSliceCases) {
    auto r = slice_indices(c.length, c.start, c.stop, c.step);
    std::string what = std::to_string(c.length) + " " + show(c.start) + ":" + show(c.stop) + ":" + show(c.step);
    if (!c.ok) {
      EXPECT_TRUE(is_error(r, "ValueError", "slice step cannot be zero")) << what;
      continue;
    }
    ASSERT_TRUE(r.ok()) << what;
    EXPECT_EQ(r->start, c.r_start) << what;
    EXPECT_EQ(r->stop, c.r_stop) << what;
    EXPECT_EQ(r->step, c.r_step) << what;
    EXPECT_EQ(r->length, c.slicelength) << what;
  }
}

TEST(StrSlice, MatchesCPython) {
  for (const auto& c : kStrSliceCases)
    EXPECT_EQ(*str_slice(c.s, c.start, c.stop, c.step), c.result)
        << c.s << " " << show(c.start) << ":" << show(c.stop) << ":" << show(c.step);
  EXPECT_EQ(*str_getitem("h\xc3\xa9llo", 1), "\xc3\xa9");
  EXPECT_EQ(*str_getitem("h\xc3\xa9llo", -1), "o");
  EXPECT_TRUE(is_error(str_getitem("abc", 3), "IndexError", "string index out of range"));
  EXPECT_TRUE(is_error(str_getitem("abc", -4), "IndexError", "string index out of range"));
}

TEST(StrCase, MatchesCPython) {
  std::vector<CaseCase> all(std::begin(kCaseCases), std::end(kCaseCases));
  all.insert(all.end(), std::begin(kCaseRandomCases), std::end(kCaseRandomCases));
  for (const auto& c : all) {
    EXPECT_EQ(str_upper(c.s), c.upper) << c.s;
    EXPECT_EQ(str_lower(c.s), c.lower) << c.s;
    EXPECT_EQ(str_casefold(c.s), c.casefold) << c.s;
    EXPECT_EQ(str_capitalize(c.s), c.capitalize) << c.s;
    EXPECT_EQ(str_title(c.s), c.title) << c.s;
    EXPECT_EQ(str_swapcase(c.s), c.swapcase) << c.s;
    EXPECT_EQ(str_isupper(c.s), c.isupper) << c.s;
    EXPECT_EQ(str_islower(c.s), c.islower) << c.s;
    EXPECT_EQ(str_istitle(c.s), c.istitle) << c.s;
  }
}

TEST(CharClass, MatchesCPython) {
  std::vector<CharClassCase> all(std::begin(kCharClassCases), std::end(kCharClassCases));
  all.insert(all.end(), std::begin(kCharClassRandomCases), std::end(kCharClassRandomCases));
  for (const auto& c : all) {
    std::string s = encode_utf8(c.cp);
    EXPECT_EQ(is_space(c.cp), c.isspace()) << std::hex << static_cast<std::uint32_t>(c.cp);
    EXPECT_EQ(is_alpha(c.cp), c.isalpha()) << std::hex << static_cast<std::uint32_t>(c.cp);
    EXPECT_EQ(is_decimal(c.cp), c.isdecimal()) << std::hex << static_cast<std::uint32_t>(c.cp);
    EXPECT_EQ(is_digit(c.cp), c.isdigit()) << std::hex << static_cast<std::uint32_t>(c.cp);
    EXPECT_EQ(is_numeric(c.cp), c.isnumeric()) << std::hex << static_cast<std::uint32_t>(c.cp);
    EXPECT_EQ(is_printable(c.cp), c.isprintable()) << std::hex << static_cast<std::uint32_t>(c.cp);
    EXPECT_EQ(str_isupper(s), c.isupper()) << std::hex << static_cast<std::uint32_t>(c.cp);
    EXPECT_EQ(str_islower(s), c.islower()) << std::hex << static_cast<std::uint32_t>(c.cp);
  }
}

TEST(StrPredicates, MatchesCPython) {
  for (const auto& c : kPredicateCases) {
    EXPECT_EQ(str_isdigit(c.s), c.isdigit) << c.s;
    EXPECT_EQ(str_isdecimal(c.s), c.isdecimal) << c.s;
    EXPECT_EQ(str_isnumeric(c.s), c.isnumeric) << c.s;
    EXPECT_EQ(str_isalpha(c.s), c.isalpha) << c.s;
    EXPECT_EQ(str_isalnum(c.s), c.isalnum) << c.s;
    EXPECT_EQ(str_isspace(c.s), c.isspace) << c.s;
    EXPECT_EQ(str_isprintable(c.s), c.isprintable) << c.s;
    EXPECT_EQ(str_isascii(c.s), c.isascii) << c.s;
  }
  for (const auto& c : kIdentCases) EXPECT_EQ(str_isidentifier(c.s), c.ok) << c.s;
}

TEST(StrRepr, MatchesCPython) {
  std::vector<ReprCase> all(std::begin(kReprCases), std::end(kReprCases));
  all.insert(all.end(), std::begin(kReprRandomCases), std::end(kReprRandomCases));
  for (const auto& c : all) {
    EXPECT_EQ(str_repr(c.s), c.repr);
    EXPECT_EQ(str_ascii(c.s), c.ascii);
    EXPECT_EQ(ascii_escape(str_repr(c.s)), c.ascii);
  }
}

TEST(ChrOrd, RangesAndErrors) {
  EXPECT_EQ(*chr(65), "A");
  EXPECT_EQ(*chr(0x1F600), "\xf0\x9f\x98\x80");
  EXPECT_EQ(*chr(0x10FFFF), "\xf4\x8f\xbf\xbf");
  EXPECT_TRUE(is_error(chr(0x110000), "ValueError", "chr() arg not in range(0x110000)"));
  EXPECT_TRUE(is_error(chr(-1), "ValueError", "chr() arg not in range(0x110000)"));
  EXPECT_EQ(*ord("\xc3\xa9"), 0xE9);
  EXPECT_EQ(*ord(*chr(0xD800)), 0xD800);
  EXPECT_TRUE(is_error(ord("ab"), "TypeError", "ord() expected a character, but string of length 2 found"));
  EXPECT_TRUE(is_error(ord(""), "TypeError", "ord() expected a character, but string of length 0 found"));
}

TEST(StrMisc, JoinRepeatAffixes) {
  EXPECT_EQ(str_join(", ", {"a", "b", "c"}), "a, b, c");
  EXPECT_EQ(str_join("-", {}), "");
  EXPECT_EQ(*str_repeat("ab", 3), "ababab");
  EXPECT_EQ(*str_repeat("ab", -1), "");
  for (std::int64_t n : {1, 2, 5, 8, 1000, 1023}) {
    std::string expected;
    for (std::int64_t i = 0; i < n; ++i) expected += "xyz";
    EXPECT_EQ(*str_repeat("xyz", n), expected) << n;
  }
  EXPECT_EQ(str_repeat("ab", 1LL << 40).error().kind, ErrorKind::MemoryError);
  EXPECT_EQ(str_removeprefix("prefix_x", "prefix_"), "x");
  EXPECT_EQ(str_removeprefix("x", "y"), "x");
  EXPECT_EQ(str_removesuffix("x.py", ".py"), "x");
  EXPECT_EQ(str_removesuffix("x.py", ""), "x.py");
  EXPECT_TRUE(str_contains("h\xc3\xa9llo", "\xc3\xa9l"));
  EXPECT_FALSE(str_contains("abc", "d"));
}

}  // namespace
}  // namespace scopeplay::text
