// format_syntax_error: the text CPython 3.11 prints for an uncaught
// SyntaxError (its print_error_text: strip the line's indentation, shift the
// caret with it, draw one '^' per byte of the error's range on its line).
#include <algorithm>

#include "syntax/parser.h"

namespace scopeplay::syntax {

std::string format_syntax_error(const source::SourceFile& file, const SyntaxDiagnostic& d) {
  std::string out;
  if (d.span.line > 0) {
    out += "  File \"" + file.name() + "\", line " + std::to_string(d.span.line) + "\n";
    std::string_view text = d.source_line.empty() ? file.line_text(d.span.line) : std::string_view(d.source_line);
    if (auto nul = text.find('\0'); nul != std::string_view::npos) text = text.substr(0, nul);
    long offset = d.span.column - 1;
    long end_offset = d.span.end_column - 1;
    bool same_line = d.span.end_line == d.span.line;
    std::size_t lead = 0;
    while (lead < text.size() && (text[lead] == ' ' || text[lead] == '\t' || text[lead] == '\f')) ++lead;
    text.remove_prefix(lead);
    offset -= static_cast<long>(lead);
    end_offset -= static_cast<long>(lead);
    if (!text.empty() || d.show_caret) {
      out += "    ";
      out += text;
      out += "\n";
    }
    if (d.show_caret && offset >= 0 && d.span.column > 0) {
      long len = static_cast<long>(text.size());
      if (offset > len) offset = len;
      long carets = 1;
      bool indentation = d.type == "IndentationError" || d.type == "TabError";
      if (same_line && end_offset > offset && !indentation) carets = std::min(end_offset, len + 1) - offset;
      if (!same_line && d.span.end_line > d.span.line) carets = std::max(1L, len - offset);
      if (carets < 1) carets = 1;
      out += "    ";
      out += std::string(static_cast<std::size_t>(offset), ' ');
      out += std::string(static_cast<std::size_t>(carets), '^');
      out += "\n";
    }
  }
  out += d.type + ": " + d.message + "\n";
  return out;
}

}  // namespace scopeplay::syntax
