#include "source/source_file.h"

#include <algorithm>

namespace scopeplay::source {

SourceFile::SourceFile(std::string name, std::string text)
    : name_(std::move(name)), text_(std::move(text)) {
  // A UTF-8 byte order mark is not part of the program (CPython drops it too).
  if (text_.size() >= 3 && text_.compare(0, 3, "\xEF\xBB\xBF") == 0) text_.erase(0, 3);
  line_starts_.push_back(0);
  for (std::uint32_t i = 0; i < text_.size(); ++i) {
    char c = text_[i];
    if (c == '\n') {
      line_starts_.push_back(i + 1);
    } else if (c == '\r') {
      if (i + 1 < text_.size() && text_[i + 1] == '\n') ++i;
      line_starts_.push_back(i + 1);
    }
  }
  size_ = static_cast<std::uint32_t>(text_.size());
}

SourceFile SourceFile::without_text(std::string name, std::vector<std::uint32_t> line_starts, std::uint32_t size) {
  SourceFile f(std::move(name), std::string());
  if (!line_starts.empty()) f.line_starts_ = std::move(line_starts);
  f.size_ = size;
  return f;
}

int SourceFile::line_of(std::uint32_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return static_cast<int>(it - line_starts_.begin());
}

int SourceFile::column_of(std::uint32_t offset) const {
  int line = line_of(offset);
  return static_cast<int>(offset - line_starts_[line - 1]) + 1;
}

SourceSpan SourceFile::span(std::uint32_t begin, std::uint32_t end) const {
  SourceSpan s;
  s.begin = begin;
  s.end = end;
  s.line = line_of(begin);
  s.column = column_of(begin);
  s.end_line = line_of(end);
  s.end_column = column_of(end);
  return s;
}

std::string_view SourceFile::line_text(int line) const {
  if (line < 1 || line > line_count() || text_.size() != size_) return {};
  std::uint32_t b = line_starts_[line - 1];
  std::uint32_t e = line < line_count() ? line_starts_[line] : static_cast<std::uint32_t>(text_.size());
  std::string_view v(text_.data() + b, e - b);
  while (!v.empty() && (v.back() == '\n' || v.back() == '\r')) v.remove_suffix(1);
  return v;
}

int char_offset(std::string_view line, int byte_column) {
  int n = 0;
  std::size_t limit = byte_column > 0 ? static_cast<std::size_t>(byte_column - 1) : 0;
  for (std::size_t i = 0; i < line.size() && i < limit; ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

}  // namespace scopeplay::source
