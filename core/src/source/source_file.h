// Source text and positions. Every stage reports positions through these two
// types, so that a traceback, a caret line and an editor marker all agree.
//
// Offsets are bytes into the UTF-8 text; lines and columns are 1-based, and a
// column counts bytes too (the CPython caret and the editor's UTF-16 columns
// are derived from it by the formatter and the web host). A leading UTF-8
// byte order mark is dropped, so offsets count from the first real byte.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace scopeplay::source {

struct SourceSpan {
  std::uint32_t begin = 0;  // byte offset of the first byte
  std::uint32_t end = 0;    // byte offset one past the last byte
  int line = 0;             // 1-based line of `begin`
  int column = 0;           // 1-based byte column of `begin`
  int end_line = 0;         // 1-based line of `end`
  int end_column = 0;       // 1-based byte column of `end` (exclusive)
};

class SourceFile {
 public:
  SourceFile(std::string name, std::string text);
  // A file known only by its size and line starts (1-based line N starts at
  // line_starts[N - 1]; the first is 0): spans get their lines and columns, but
  // line_text() is empty. For the engine's own packed modules (syntax/ast_pack.h).
  static SourceFile without_text(std::string name, std::vector<std::uint32_t> line_starts, std::uint32_t size);

  const std::string& name() const { return name_; }
  const std::string& text() const { return text_; }
  int line_count() const { return static_cast<int>(line_starts_.size()); }
  std::uint32_t size() const { return size_; }
  const std::vector<std::uint32_t>& line_starts() const { return line_starts_; }

  // 1-based line of a byte offset (offsets past the end map to the last line).
  int line_of(std::uint32_t offset) const;
  // 1-based byte column of a byte offset.
  int column_of(std::uint32_t offset) const;
  // A span from two byte offsets, with lines and columns filled in.
  SourceSpan span(std::uint32_t begin, std::uint32_t end) const;
  // The text of a 1-based line without its line ending ("" if out of range).
  std::string_view line_text(int line) const;

 private:
  std::string name_;
  std::string text_;
  std::vector<std::uint32_t> line_starts_;
  std::uint32_t size_ = 0;  // of the text, which a file without_text() does not keep
};

// Number of code points in the first `byte_column - 1` bytes of `line`,
// i.e. the 0-based character offset CPython uses for carets.
int char_offset(std::string_view line, int byte_column);

}  // namespace scopeplay::source
