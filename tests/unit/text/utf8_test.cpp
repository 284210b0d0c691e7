#include "text/utf8.h"

#include "test_support.h"

namespace scopeplay::text {
namespace {

TEST(Utf8, EncodeDecodeRoundTrip) {
  for (char32_t cp : {U'\0', U'A', U'\x7f', U'\x80', U'\u00e9', U'\u07ff', U'\u0800', U'\uffff',
                      U'\U00010000', U'\U0001f600', U'\U0010ffff'}) {
    std::string s = encode_utf8(cp);
    Decoded d = decode_at(s, 0);
    EXPECT_EQ(d.cp, cp);
    EXPECT_EQ(d.length, s.size());
    EXPECT_EQ(length(s), 1);
  }
  EXPECT_EQ(encode_utf8(0x110000), "\xef\xbf\xbd");
}

TEST(Utf8, Validation) {
  EXPECT_TRUE(is_valid_utf8("h\xc3\xa9llo \xf0\x9f\x98\x80"));
  EXPECT_FALSE(is_valid_utf8("\xc3"));          // truncated
  EXPECT_FALSE(is_valid_utf8("\xc0\xaf"));      // overlong
  EXPECT_FALSE(is_valid_utf8("\xed\xa0\x80"));  // surrogate
  EXPECT_FALSE(is_valid_utf8("\xf4\x90\x80\x80"));  // > U+10FFFF
  EXPECT_FALSE(is_valid_utf8("\xff"));
  EXPECT_TRUE(is_ascii("plain"));
  EXPECT_FALSE(is_ascii("\xc3\xa9"));
}

TEST(Utf8, InvalidBytesDecodeAsReplacement) {
  std::string bad = "a\xff" "b";
  EXPECT_EQ(length(bad), 3);
  EXPECT_EQ(decode_at(bad, 1).cp, kReplacementChar);
  EXPECT_EQ(decode_at(bad, 1).length, 1u);
  EXPECT_EQ(decode_at("\xe2\x82", 0).length, 1u);  // truncated sequence
}

TEST(Utf8, IterationAndOffsets) {
  std::string s = "a\xc3\xa9\xf0\x9f\x98\x80z";
  std::vector<char32_t> cps;
  for (char32_t cp : CodePoints(s)) cps.push_back(cp);
  EXPECT_EQ(cps, (std::vector<char32_t>{U'a', U'\u00e9', U'\U0001f600', U'z'}));
  EXPECT_EQ(decode_all(s), cps);
  EXPECT_EQ(encode_all(cps), s);
  EXPECT_EQ(byte_offset(s, 0), 0u);
  EXPECT_EQ(byte_offset(s, 2), 3u);
  EXPECT_EQ(byte_offset(s, 3), 7u);
  EXPECT_EQ(byte_offset(s, 4), s.size());
}

TEST(Result, ErrorKindNames) {
  EXPECT_EQ(error_kind_name(ErrorKind::ValueError), "ValueError");
  EXPECT_EQ(error_kind_name(ErrorKind::ZeroDivisionError), "ZeroDivisionError");
  Result<int> r = value_error("x");
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "x");
}

}  // namespace
}  // namespace scopeplay::text
