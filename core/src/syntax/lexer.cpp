#include "syntax/lexer.h"

#include <cstdio>

namespace scopeplay::syntax {

namespace {

bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_hex(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// Code points that may not appear in a name (punctuation, symbols, spaces).
// An approximation of "not XID_Continue" that covers what people paste.
bool is_non_name_code_point(char32_t c) {
  if (c < 0x80) return true;
  if (c <= 0x9F) return true;
  if (c >= 0xA0 && c <= 0xBF) return !(c == 0xAA || c == 0xB5 || c == 0xBA || c == 0xB7);
  if (c == 0xD7 || c == 0xF7) return true;
  if (c >= 0x2000 && c <= 0x206F) return !(c == 0x203F || c == 0x2040 || c == 0x2054);
  if (c >= 0x20A0 && c <= 0x20CF) return true;
  if (c >= 0x2190 && c <= 0x2BFF) return true;
  if (c >= 0x2E00 && c <= 0x2E7F) return true;
  if ((c >= 0x3000 && c <= 0x3004) || (c >= 0x3008 && c <= 0x3020) || c == 0x3030 || c == 0x303D) return true;
  if (c >= 0xE000 && c <= 0xF8FF) return true;
  if ((c >= 0xFE10 && c <= 0xFE1F) || (c >= 0xFE30 && c <= 0xFE32) || (c >= 0xFE35 && c <= 0xFE4C)) return true;
  if (c >= 0xFE50 && c <= 0xFE6F) return true;
  if (c == 0xFEFF) return true;
  if ((c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40 && c != 0xFF3F) ||
      (c >= 0xFF5B && c <= 0xFF65))
    return true;
  if (c >= 0xFFF0 && c <= 0xFFFF) return true;
  if (c >= 0x1F000 && c <= 0x1FAFF) return true;
  if (c >= 0xD800 && c <= 0xDFFF) return true;
  return false;
}

bool is_printable_code_point(char32_t c) {
  if (c < 0x20 || c == 0x7F) return false;
  if (c >= 0x80 && c <= 0xA0) return false;
  if (c == 0xAD || c == 0x1680 || c == 0x180E || c == 0x061C || c == 0x06DD || c == 0x070F) return false;
  if (c >= 0x0600 && c <= 0x0605) return false;
  if (c >= 0x2000 && c <= 0x200F) return false;
  if (c >= 0x2028 && c <= 0x202F) return false;
  if (c >= 0x205F && c <= 0x206F) return false;
  if (c == 0x3000 || c == 0xFEFF) return false;
  if (c >= 0xFFF9 && c <= 0xFFFB) return false;
  if (c >= 0xE000 && c <= 0xF8FF) return false;
  if (c >= 0xD800 && c <= 0xDFFF) return false;
  return true;
}

class Lexer {
 public:
  Lexer(const source::SourceFile& file, std::uint32_t begin, std::uint32_t end, const LexOptions& options,
        bool in_brackets)
      : file_(file), text_(file.text()), pos_(begin), end_(end), options_(options), in_range_(in_brackets) {
    line_ = file.line_of(begin);
    line_start_ = begin - static_cast<std::uint32_t>(file.column_of(begin) - 1);
    if (in_brackets) implicit_level_ = 1;
  }

  LexResult run() {
    result_.tokens.reserve((end_ - pos_) / 3 + 4);
    indents_.push_back(0);
    alt_indents_.push_back(0);
    at_line_start_ = !in_range_;
    while (!done_) step();
    return std::move(result_);
  }

 private:
  int peek(std::uint32_t k = 0) const {
    return pos_ + k < end_ ? static_cast<unsigned char>(text_[pos_ + k]) : -1;
  }
  int level() const { return static_cast<int>(brackets_.size()) + implicit_level_; }

  // Advances over one line break at pos_ (\n, \r\n or \r).
  void take_newline() {
    if (text_[pos_] == '\r' && pos_ + 1 < end_ && text_[pos_ + 1] == '\n') ++pos_;
    ++pos_;
    ++line_;
    line_start_ = pos_;
  }
  bool at_newline() const { return pos_ < end_ && (text_[pos_] == '\n' || text_[pos_] == '\r'); }

  // Emits a token that starts and ends on the current line.
  void emit_here(TokenKind kind, std::uint32_t begin, std::uint32_t end) {
    Token t;
    t.kind = kind;
    t.begin = begin;
    t.end = end;
    t.line = line_;
    t.column = static_cast<int>(begin - line_start_) + 1;
    t.end_line = line_;
    t.end_column = static_cast<int>(end - line_start_) + 1;
    result_.tokens.push_back(t);
  }

  // CPython's offsets: `offset` and `end_offset` are 1-based columns on `line`.
  void fail(std::string type, std::string message, int line, std::uint32_t line_start, int offset, int end_offset,
            bool caret = true) {
    if (done_) return;
    LexError e;
    e.deferred = type != "SyntaxError" || message.rfind("unexpected ", 0) == 0;
    e.type = std::move(type);
    e.message = std::move(message);
    e.span.line = line;
    e.span.end_line = line;
    e.span.column = offset;
    e.span.end_column = end_offset;
    std::uint32_t b = line_start + static_cast<std::uint32_t>(offset > 0 ? offset - 1 : 0);
    e.span.begin = b < text_.size() ? b : static_cast<std::uint32_t>(text_.size());
    e.span.end = e.span.begin;
    e.show_caret = caret;
    result_.error = std::move(e);
    Token t;
    t.kind = TokenKind::Error;
    t.begin = t.end = result_.error->span.begin;
    t.line = t.end_line = line;
    t.column = t.end_column = offset;
    result_.tokens.push_back(t);
    done_ = true;
  }
  // CPython's syntaxerror(tok, ...): the error sits at the column of `cur` (0-based).
  void fail_at_cur(std::string message, std::uint32_t cur) {
    int col = static_cast<int>(cur - line_start_);
    fail("SyntaxError", std::move(message), line_, line_start_, col, col);
  }

  // One token (or line break) per call. The cases are functions of their own
  // (noinline): in WebAssembly a loop whose body holds every case is sent to
  // the optimizing compiler after a few dozen tokens (see wasm/CMakeLists.txt).
  void step() {
    if (at_line_start_ && level() == 0) {
      if (!indentation()) return;
    }
    at_line_start_ = false;
    // Whitespace.
    while (pos_ < end_) {
      char c = text_[pos_];
      if (c == ' ' || c == '\t' || c == '\f') {
        ++pos_;
      } else {
        break;
      }
    }
    std::uint32_t comment = pos_;
    if (pos_ < end_ && text_[pos_] == '#') {
      while (pos_ < end_ && !at_newline()) ++pos_;
    }
    if (pos_ >= end_) {
      finish();
      return;
    }
    std::uint32_t start = pos_;
    int c = peek();
    if (c == '\n' || c == '\r') {
      if (level() > 0) {
        take_newline();
        return;
      }
      // CPython's NEWLINE token covers a trailing comment, not the line break.
      std::uint32_t b = comment;
      std::uint32_t e = pos_;
      std::uint32_t ls = line_start_;
      int ln = line_;
      take_newline();
      Token t;
      t.kind = TokenKind::Newline;
      t.begin = b;
      t.end = e;
      t.line = t.end_line = ln;
      t.column = static_cast<int>(b - ls) + 1;
      t.end_column = static_cast<int>(e - ls) + 1;
      result_.tokens.push_back(t);
      at_line_start_ = true;
      return;
    }
    if (c == '\\') {
      ++pos_;
      if (pos_ >= end_) {
        fail("SyntaxError", "unexpected EOF while parsing", line_, line_start_, static_cast<int>(pos_ - line_start_) + 1,
             -1);
        return;
      }
      if (!at_newline()) {
        fail("SyntaxError", "unexpected character after line continuation character", line_, line_start_,
             static_cast<int>(pos_ - line_start_) + 1, 0);
        return;
      }
      int nl_line = line_;
      std::uint32_t nl_line_start = line_start_;
      int nl_offset = static_cast<int>(pos_ - line_start_) + 1;
      take_newline();
      if (pos_ >= end_) {
        fail("SyntaxError", "unexpected EOF while parsing", nl_line, nl_line_start, nl_offset, -1);
        return;
      }
      return;
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80) {
      name_or_string(start);
      return;
    }
    if (is_digit(c) || (c == '.' && is_digit(peek(1)))) {
      number(start);
      return;
    }
    if (c == '"' || c == '\'') {
      string(start, pos_);
      return;
    }
    op(start);
  }

  // Measures indentation at the start of a logical line; false when done.
  [[gnu::noinline]] bool indentation() {
    int col = 0, altcol = 0;
    std::uint32_t p = pos_;
    while (p < end_) {
      char c = text_[p];
      if (c == ' ') {
        ++col;
        ++altcol;
      } else if (c == '\t') {
        col = (col / 8 + 1) * 8;
        altcol = altcol + 1;
      } else if (c == '\f') {
        col = altcol = 0;
      } else {
        break;
      }
      ++p;
    }
    // Blank lines and comment-only lines do not count.
    if (p >= end_ || text_[p] == '#' || text_[p] == '\n' || text_[p] == '\r') {
      if (p >= end_) {
        pos_ = p;
        return true;
      }
      pos_ = p;
      while (pos_ < end_ && !at_newline()) ++pos_;
      if (pos_ < end_) take_newline();
      return false;  // stay at line start
    }
    if (p > pos_ && text_[p] == '\\') {
      // A continuation right after indentation: CPython treats the line as indented.
    }
    pos_ = p;
    std::uint32_t b = pos_;
    if (col == indents_.back()) {
      if (altcol != alt_indents_.back()) return tab_error();
    } else if (col > indents_.back()) {
      if (static_cast<int>(indents_.size()) >= options_.max_indent) {
        fail("IndentationError", "too many levels of indentation", line_, line_start_,
             static_cast<int>(b - line_start_) + 1, -1, false);
        return false;
      }
      if (altcol <= alt_indents_.back()) return tab_error();
      indents_.push_back(col);
      alt_indents_.push_back(altcol);
      emit_here(TokenKind::Indent, line_start_, b);
    } else {
      while (indents_.size() > 1 && col < indents_.back()) {
        indents_.pop_back();
        alt_indents_.pop_back();
        emit_here(TokenKind::Dedent, b, b);
      }
      if (col != indents_.back()) {
        while (!result_.tokens.empty() && result_.tokens.back().kind == TokenKind::Dedent &&
               result_.tokens.back().begin == b) {
          result_.tokens.pop_back();
        }
        int off = static_cast<int>(file_.line_text(line_).size()) + 1;
        fail("IndentationError", "unindent does not match any outer indentation level", line_, line_start_, off, -1);
        return false;
      }
      if (altcol != alt_indents_.back()) return tab_error();
    }
    return true;
  }

  bool tab_error() {
    fail("TabError", "inconsistent use of tabs and spaces in indentation", line_, line_start_, 1, 0, false);
    return false;
  }

  [[gnu::noinline]] void finish() {
    if (in_range_) {
      emit_here(TokenKind::EndMarker, pos_, pos_);
      done_ = true;
      return;
    }
    if (!brackets_.empty()) {
      const Bracket& b = brackets_.back();
      UnclosedBracket u;
      u.bracket = b.ch;
      u.span = file_.span(b.offset, b.offset + 1);
      result_.unclosed = u;
    }
    // CPython adds a newline at the end of the last line.
    const auto& toks = result_.tokens;
    if (brackets_.empty() && !toks.empty() && toks.back().kind != TokenKind::Newline && toks.back().kind != TokenKind::Dedent &&
        toks.back().kind != TokenKind::Indent) {
      emit_here(TokenKind::Newline, pos_, pos_);
    }
    while (indents_.size() > 1) {
      indents_.pop_back();
      emit_here(TokenKind::Dedent, pos_, pos_);
    }
    emit_here(TokenKind::EndMarker, pos_, pos_);
    done_ = true;
  }

  [[gnu::noinline]] void name_or_string(std::uint32_t start) {
    // String prefixes: any case of r, u, b, f, br, rb, fr, rf.
    bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
    std::uint32_t p = pos_;
    while (p < end_ && p - pos_ < 2) {
      char c = static_cast<char>(text_[p] | 0x20);
      if (c == 'b' && !saw_b && !saw_u && !saw_f) {
        saw_b = true;
      } else if (c == 'r' && !saw_r && !saw_u) {
        saw_r = true;
      } else if (c == 'u' && !saw_b && !saw_r && !saw_u && !saw_f) {
        saw_u = true;
      } else if (c == 'f' && !saw_f && !saw_b && !saw_u) {
        saw_f = true;
      } else {
        break;
      }
      ++p;
      if (p < end_ && (text_[p] == '"' || text_[p] == '\'')) {
        string(start, p);
        return;
      }
      if (saw_u) break;
    }
    // A name, possibly with non-ASCII code points.
    bool non_ascii = false;
    while (pos_ < end_) {
      unsigned char c = static_cast<unsigned char>(text_[pos_]);
      if (c < 0x80) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || is_digit(c)) {
          ++pos_;
          continue;
        }
        break;
      }
      non_ascii = true;
      std::size_t q = pos_;
      char32_t cp = decode_utf8(text_, q);
      if (is_non_name_code_point(cp)) {
        if (pos_ == start || true) {
          std::uint32_t after = static_cast<std::uint32_t>(q);
          int col = static_cast<int>(after - line_start_);
          char buf[64];
          std::string msg;
          if (!is_printable_code_point(cp)) {
            std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", static_cast<unsigned>(cp));
            msg = buf;
          } else {
            std::snprintf(buf, sizeof buf, "' (U+%04X)", static_cast<unsigned>(cp));
            msg = "invalid character '" + std::string(text_.substr(pos_, q - pos_)) + buf;
          }
          // CPython counts the column in code points up to just after the character.
          int chars = source::char_offset(file_.line_text(line_), col + 1);
          (void)non_ascii;
          fail("SyntaxError", msg, line_, line_start_, chars, chars);
          result_.error->span.begin = pos_;
          result_.error->span.end = pos_;
          (void)after;
          return;
        }
      }
      pos_ = static_cast<std::uint32_t>(q);
    }
    if (pos_ == start) {  // a lone invalid byte
      ++pos_;
    }
    emit_here(TokenKind::Name, start, pos_);
  }

  // Scans digits with single underscores between them; false after an error.
  bool decimal_tail() {
    for (;;) {
      while (is_digit(peek())) ++pos_;
      if (peek() != '_') return true;
      ++pos_;
      if (!is_digit(peek())) {
        fail_at_cur("invalid decimal literal", pos_);
        return false;
      }
    }
  }

  // After a number: a name character right after it is an error, except the
  // keywords that may follow a number in valid code.
  bool end_of_number(const char* kind) {
    int c = peek();
    auto ahead = [&](const char* rest) {
      std::uint32_t i = 1;
      for (; *rest; ++rest, ++i) {
        if (peek(i) != *rest) return false;
      }
      return true;
    };
    bool keyword = false;
    if (c == 'a') keyword = ahead("nd");
    else if (c == 'e') keyword = ahead("lse");
    else if (c == 'f') keyword = ahead("or");
    else if (c == 'i') keyword = peek(1) == 'f' || peek(1) == 'n' || peek(1) == 's';
    else if (c == 'o') keyword = ahead("r");
    else if (c == 'n') keyword = ahead("ot");
    if (keyword) return true;
    if (c >= 0 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || is_digit(c) || c >= 0x80)) {
      fail_at_cur(std::string("invalid ") + kind + " literal", pos_);
      return false;
    }
    return true;
  }

  void radix(std::uint32_t start, bool (*ok)(int), const char* kind) {
    pos_ += 2;
    bool any = false;
    for (;;) {
      if (peek() == '_') ++pos_;
      if (!ok(peek())) {
        int c = peek();
        if (kind[0] != 'h' && is_digit(c)) {
          fail_at_cur(std::string("invalid digit '") + static_cast<char>(c) + "' in " + kind + " literal", pos_ + 1);
          return;
        }
        if (!any || text_[pos_ - 1] == '_') {
          fail_at_cur(std::string("invalid ") + kind + " literal", pos_ + (c >= 0 && !at_newline() ? 1 : 0));
          return;
        }
        break;
      }
      any = true;
      while (ok(peek())) ++pos_;
      if (peek() != '_') break;
    }
    if (kind[0] != 'h' && is_digit(peek())) {
      fail_at_cur(std::string("invalid digit '") + static_cast<char>(peek()) + "' in " + kind + " literal", pos_ + 1);
      return;
    }
    if (!end_of_number(kind)) return;
    emit_here(TokenKind::Number, start, pos_);
  }

  [[gnu::noinline]] void number(std::uint32_t start) {
    int c = peek();
    if (c == '0') {
      int n = peek(1) | 0x20;
      if (n == 'x') return radix(start, [](int d) { return is_hex(d); }, "hexadecimal");
      if (n == 'o') return radix(start, [](int d) { return d >= '0' && d <= '7'; }, "octal");
      if (n == 'b') return radix(start, [](int d) { return d == '0' || d == '1'; }, "binary");
      // Leading zeros: only zeros, unless it turns out to be a float.
      bool nonzero = false;
      ++pos_;
      for (;;) {
        while (peek() == '0') ++pos_;
        if (peek() != '_') break;
        ++pos_;
        if (!is_digit(peek())) {
          fail_at_cur("invalid decimal literal", pos_);
          return;
        }
      }
      std::uint32_t zeros_end = pos_;
      if (is_digit(peek())) {
        nonzero = true;
        if (!decimal_tail()) return;
      }
      int d = peek();
      if (d == '.' || d == 'e' || d == 'E' || d == 'j' || d == 'J') return fraction(start);
      if (nonzero) {
        fail("SyntaxError",
             "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", line_,
             line_start_, static_cast<int>(start - line_start_) + 1, static_cast<int>(zeros_end - line_start_) + 1);
        return;
      }
      if (!end_of_number("decimal")) return;
      emit_here(TokenKind::Number, start, pos_);
      return;
    }
    if (c != '.' && !decimal_tail()) return;
    fraction(start);
  }

  void fraction(std::uint32_t start) {
    if (peek() == '.') {
      ++pos_;
      if (is_digit(peek()) && !decimal_tail()) return;
    }
    int e = peek();
    if (e == 'e' || e == 'E') {
      std::uint32_t save = pos_;
      ++pos_;
      if (peek() == '+' || peek() == '-') {
        ++pos_;
        if (!is_digit(peek())) {
          fail_at_cur("invalid decimal literal", pos_);
          return;
        }
      } else if (!is_digit(peek())) {
        pos_ = save;
        if (!end_of_number("decimal")) return;
        emit_here(TokenKind::Number, start, pos_);
        return;
      }
      if (!decimal_tail()) return;
    }
    if (peek() == 'j' || peek() == 'J') {
      ++pos_;
      if (!end_of_number("imaginary")) return;
    } else if (!end_of_number("decimal")) {
      return;
    }
    emit_here(TokenKind::Number, start, pos_);
  }

  [[gnu::noinline]] void string(std::uint32_t start, std::uint32_t quote_pos) {
    pos_ = quote_pos;
    char q = text_[pos_];
    bool triple = pos_ + 2 < end_ && text_[pos_ + 1] == q && text_[pos_ + 2] == q;
    int start_line = line_;
    std::uint32_t start_line_start = line_start_;
    pos_ += triple ? 3 : 1;
    for (;;) {
      if (pos_ >= end_) {
        if (triple) {
          int detected = (pos_ > 0 && (text_[pos_ - 1] == '\n' || text_[pos_ - 1] == '\r')) ? line_ - 1 : line_;
          fail("SyntaxError",
               "unterminated triple-quoted string literal (detected at line " + std::to_string(detected) + ")",
               start_line, start_line_start, static_cast<int>(start - start_line_start) + 1,
               static_cast<int>(start - start_line_start) + 1);
        } else {
          fail("SyntaxError", "unterminated string literal (detected at line " + std::to_string(line_) + ")",
               start_line, start_line_start, static_cast<int>(start - start_line_start) + 1,
               static_cast<int>(start - start_line_start) + 1);
        }
        return;
      }
      char c = text_[pos_];
      if (c == q) {
        if (!triple) {
          ++pos_;
          break;
        }
        if (pos_ + 2 < end_ && text_[pos_ + 1] == q && text_[pos_ + 2] == q) {
          pos_ += 3;
          break;
        }
        ++pos_;
        continue;
      }
      if (c == '\n' || c == '\r') {
        if (!triple) {
          fail("SyntaxError", "unterminated string literal (detected at line " + std::to_string(line_) + ")",
               start_line, start_line_start, static_cast<int>(start - start_line_start) + 1,
               static_cast<int>(start - start_line_start) + 1);
          return;
        }
        take_newline();
        continue;
      }
      if (c == '\\') {
        ++pos_;
        if (pos_ < end_) {
          if (at_newline()) {
            take_newline();
          } else {
            ++pos_;
          }
        }
        continue;
      }
      ++pos_;
    }
    if (line_ == start_line) {
      emit_here(TokenKind::String, start, pos_);
    } else {
      Token t;
      t.kind = TokenKind::String;
      t.begin = start;
      t.end = pos_;
      t.line = start_line;
      t.column = static_cast<int>(start - start_line_start) + 1;
      t.end_line = line_;
      t.end_column = static_cast<int>(pos_ - line_start_) + 1;
      result_.tokens.push_back(t);
    }
  }

  void open_bracket(char ch, std::uint32_t start, TokenKind kind) {
    if (level() >= options_.max_nesting) {
      fail_at_cur("too many nested parentheses", start + 1);
      return;
    }
    brackets_.push_back({ch, start, line_});
    ++pos_;
    emit_here(kind, start, pos_);
  }

  void close_bracket(char ch, std::uint32_t start, TokenKind kind) {
    if (brackets_.empty()) {
      if (implicit_level_ > 0) {  // inside an f-string expression: let the parser complain
        ++pos_;
        emit_here(kind, start, pos_);
        return;
      }
      fail_at_cur(std::string("unmatched '") + ch + "'", start + 1);
      return;
    }
    const Bracket& open = brackets_.back();
    char want = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
    if (want != ch) {
      std::string msg = std::string("closing parenthesis '") + ch + "' does not match opening parenthesis '" + open.ch +
                        "'";
      if (open.line != line_) msg += " on line " + std::to_string(open.line);
      fail_at_cur(msg, start + 1);
      return;
    }
    brackets_.pop_back();
    ++pos_;
    emit_here(kind, start, pos_);
  }

  [[gnu::noinline]] void op(std::uint32_t start) {
    int c = peek(), c1 = peek(1), c2 = peek(2);
    auto one = [&](TokenKind k) {
      pos_ += 1;
      emit_here(k, start, pos_);
    };
    auto two = [&](TokenKind k) {
      pos_ += 2;
      emit_here(k, start, pos_);
    };
    auto three = [&](TokenKind k) {
      pos_ += 3;
      emit_here(k, start, pos_);
    };
    switch (c) {
      case '(': return open_bracket('(', start, TokenKind::LPar);
      case '[': return open_bracket('[', start, TokenKind::LSqb);
      case '{': return open_bracket('{', start, TokenKind::LBrace);
      case ')': return close_bracket(')', start, TokenKind::RPar);
      case ']': return close_bracket(']', start, TokenKind::RSqb);
      case '}': return close_bracket('}', start, TokenKind::RBrace);
      case ':': return c1 == '=' ? two(TokenKind::ColonEqual) : one(TokenKind::Colon);
      case ',': return one(TokenKind::Comma);
      case ';': return one(TokenKind::Semi);
      case '.': return (c1 == '.' && c2 == '.') ? three(TokenKind::Ellipsis) : one(TokenKind::Dot);
      case '@': return c1 == '=' ? two(TokenKind::AtEqual) : one(TokenKind::At);
      case '+': return c1 == '=' ? two(TokenKind::PlusEqual) : one(TokenKind::Plus);
      case '-':
        if (c1 == '>') return two(TokenKind::RArrow);
        return c1 == '=' ? two(TokenKind::MinEqual) : one(TokenKind::Minus);
      case '*':
        if (c1 == '*') return c2 == '=' ? three(TokenKind::DoubleStarEqual) : two(TokenKind::DoubleStar);
        return c1 == '=' ? two(TokenKind::StarEqual) : one(TokenKind::Star);
      case '/':
        if (c1 == '/') return c2 == '=' ? three(TokenKind::DoubleSlashEqual) : two(TokenKind::DoubleSlash);
        return c1 == '=' ? two(TokenKind::SlashEqual) : one(TokenKind::Slash);
      case '%': return c1 == '=' ? two(TokenKind::PercentEqual) : one(TokenKind::Percent);
      case '~': return one(TokenKind::Tilde);
      case '|': return c1 == '=' ? two(TokenKind::VBarEqual) : one(TokenKind::VBar);
      case '&': return c1 == '=' ? two(TokenKind::AmperEqual) : one(TokenKind::Amper);
      case '^': return c1 == '=' ? two(TokenKind::CircumflexEqual) : one(TokenKind::CircumFlex);
      case '<':
        if (c1 == '<') return c2 == '=' ? three(TokenKind::LeftShiftEqual) : two(TokenKind::LeftShift);
        if (c1 == '>') return two(TokenKind::NotEqual);
        return c1 == '=' ? two(TokenKind::LessEqual) : one(TokenKind::Less);
      case '>':
        if (c1 == '>') return c2 == '=' ? three(TokenKind::RightShiftEqual) : two(TokenKind::RightShift);
        return c1 == '=' ? two(TokenKind::GreaterEqual) : one(TokenKind::Greater);
      case '=': return c1 == '=' ? two(TokenKind::EqEqual) : one(TokenKind::Equal);
      case '!':
        if (c1 == '=') return two(TokenKind::NotEqual);
        return one(TokenKind::Unknown);
      default: break;
    }
    if (c < 0x20 || c == 0x7F) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", static_cast<unsigned>(c));
      fail_at_cur(buf, start + 1);
      return;
    }
    one(TokenKind::Unknown);
  }

  struct Bracket {
    char ch;
    std::uint32_t offset;
    int line;
  };

  const source::SourceFile& file_;
  std::string_view text_;
  std::uint32_t pos_;
  std::uint32_t end_;
  LexOptions options_;
  bool in_range_;
  int implicit_level_ = 0;
  int line_ = 1;
  std::uint32_t line_start_ = 0;
  bool at_line_start_ = true;
  bool done_ = false;
  std::vector<int> indents_;
  std::vector<int> alt_indents_;
  std::vector<Bracket> brackets_;
  LexResult result_;
};

}  // namespace

LexResult tokenize(const source::SourceFile& file, const LexOptions& options) {
  return Lexer(file, 0, static_cast<std::uint32_t>(file.text().size()), options, false).run();
}

LexResult tokenize_range(const source::SourceFile& file, std::uint32_t begin, std::uint32_t end,
                         const LexOptions& options) {
  return Lexer(file, begin, end, options, true).run();
}

}  // namespace scopeplay::syntax
