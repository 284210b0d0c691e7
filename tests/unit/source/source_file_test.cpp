#include "source/source_file.h"

#include <gtest/gtest.h>

namespace scopeplay::source {
namespace {

TEST(SourceFile, LinesAndColumns) {
  SourceFile f("x.py", "ab\ncd\r\nef\rg");
  EXPECT_EQ(f.line_count(), 4);
  EXPECT_EQ(f.line_of(0), 1);
  EXPECT_EQ(f.line_of(3), 2);
  EXPECT_EQ(f.column_of(4), 2);
  EXPECT_EQ(f.line_of(7), 3);
  EXPECT_EQ(f.line_of(10), 4);
  EXPECT_EQ(f.line_text(2), "cd");
  EXPECT_EQ(f.line_text(3), "ef");
  EXPECT_EQ(f.line_text(4), "g");
  EXPECT_EQ(f.line_text(5), "");
}

TEST(SourceFile, Span) {
  SourceFile f("x.py", "x = 1\ny = 22\n");
  SourceSpan s = f.span(10, 12);
  EXPECT_EQ(s.line, 2);
  EXPECT_EQ(s.column, 5);
  EXPECT_EQ(s.end_line, 2);
  EXPECT_EQ(s.end_column, 7);
}

TEST(SourceFile, ByteOrderMarkIsDropped) {
  SourceFile f("x.py", "\xEF\xBB\xBFx = 1\n");
  EXPECT_EQ(f.text(), "x = 1\n");
  EXPECT_EQ(f.column_of(4), 5);
}

TEST(SourceFile, CharOffsetCountsCodePoints) {
  EXPECT_EQ(char_offset("é = 1", 4), 2);
  EXPECT_EQ(char_offset("abc", 3), 2);
  EXPECT_EQ(char_offset("abc", 0), 0);
}

TEST(SourceFile, EmptyText) {
  SourceFile f("x.py", "");
  EXPECT_EQ(f.line_count(), 1);
  EXPECT_EQ(f.line_text(1), "");
  EXPECT_EQ(f.line_of(0), 1);
}

}  // namespace
}  // namespace scopeplay::source
