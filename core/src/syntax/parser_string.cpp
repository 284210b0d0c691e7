// String literals: concatenation, bytes, and f-strings parsed into
// JoinedStr / FormattedValue the way CPython 3.11 does (the whole f-string is
// one token; its replacement fields are parsed here, their expressions by a
// nested Parser over the same source bytes, so their spans are exact).
#include "syntax/parser_internal.h"
#include "syntax/string_literal.h"

namespace scopeplay::syntax::detail {

using ast::ExprPtr;

namespace {

void raw_body(std::string_view body, std::string& out) {
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (body[i] == '\r') {
      out += '\n';
      if (i + 1 < body.size() && body[i + 1] == '\n') ++i;
    } else {
      out += body[i];
    }
  }
}

// Builds one f-string: literal text accumulates in `pending` and is flushed
// as a Constant before each FormattedValue.
class FStringBuilder {
 public:
  FStringBuilder(Parser& parser, const source::SourceFile& file, source::SourceSpan whole, source::SourceSpan at)
      : parser_(parser), text_(file.text()), whole_(whole), at_(at) {}

  std::optional<SyntaxDiagnostic> error;

  void literal(std::string_view s) { pending_ += s; }

  void flush(std::vector<ExprPtr>& values) {
    if (pending_.empty()) return;
    auto c = std::make_unique<ast::Constant>(whole_);
    c->value_kind = ast::ConstantKind::Str;
    c->text = std::move(pending_);
    pending_.clear();
    values.push_back(std::move(c));
  }

  // Parses [i, end) of one f-string body; stops at '}' when nested (a format spec).
  bool body(std::uint32_t& i, std::uint32_t end, bool raw, int level, std::vector<ExprPtr>& values) {
    while (i < end) {
      std::uint32_t lit = i;
      while (i < end) {
        char c = text_[i];
        if (c == '\\' && !raw && i + 1 < end) {
          if (text_[i + 1] == 'N' && i + 2 < end && text_[i + 2] == '{') {
            while (i < end && text_[i] != '}') ++i;
            if (i < end) ++i;
            continue;
          }
          i += 2;
          continue;
        }
        if (c == '{' || c == '}') break;
        ++i;
      }
      if (!add_literal(lit, i, raw)) return false;
      if (i >= end) break;
      char c = text_[i];
      if (c == '{') {
        if (level == 0 && i + 1 < end && text_[i + 1] == '{') {
          pending_ += '{';
          i += 2;
          continue;
        }
        if (!field(i, end, raw, level, values)) return false;
        continue;
      }
      // '}'
      if (level > 0) return true;
      if (i + 1 < end && text_[i + 1] == '}') {
        pending_ += '}';
        i += 2;
        continue;
      }
      return fail("f-string: single '}' is not allowed");
    }
    return true;
  }

 private:
  bool fail(std::string message) {
    if (!error) {
      SyntaxDiagnostic d;
      d.type = "SyntaxError";
      d.message = std::move(message);
      d.span = at_;
      error = d;
    }
    return false;
  }

  bool add_literal(std::uint32_t b, std::uint32_t e, bool raw) {
    if (b == e) return true;
    std::string_view piece = text_.substr(b, e - b);
    if (raw) {
      raw_body(piece, pending_);
      return true;
    }
    if (auto err = decode_escapes(piece, false, pending_)) {
      if (!error) {
        SyntaxDiagnostic d;
        d.type = err->type;
        d.message = err->message;
        d.span = at_;
        error = d;
      }
      return false;
    }
    return true;
  }

  bool field(std::uint32_t& i, std::uint32_t end, bool raw, int level, std::vector<ExprPtr>& values) {
    if (level >= 2) return fail("f-string: expressions nested too deeply");
    ++i;  // '{'
    std::uint32_t expr_begin = i;
    char quote = 0;
    int quote_len = 0;
    std::vector<char> nest;
    while (i < end) {
      char ch = text_[i];
      if (ch == '\\') return fail("f-string expression part cannot include a backslash");
      if (quote) {
        if (ch == quote) {
          if (quote_len == 3) {
            if (i + 2 < end && text_[i + 1] == ch && text_[i + 2] == ch) {
              i += 3;
              quote = 0;
              continue;
            }
          } else {
            quote = 0;
          }
        }
        ++i;
        continue;
      }
      if (ch == '\'' || ch == '"') {
        if (i + 2 < end && text_[i + 1] == ch && text_[i + 2] == ch) {
          quote_len = 3;
          i += 3;
        } else {
          quote_len = 1;
          ++i;
        }
        quote = ch;
        continue;
      }
      if (ch == '[' || ch == '(' || ch == '{') {
        if (nest.size() >= 200) return fail("f-string: too many nested parenthesis");
        nest.push_back(ch);
        ++i;
        continue;
      }
      if (ch == '#') return fail("f-string expression part cannot include '#'");
      if (nest.empty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
        if (i + 1 < end) {
          char next = text_[i + 1];
          if ((ch == '!' && next == '=') || (ch == '=' && next == '=') || (ch == '<' && next == '=') ||
              (ch == '>' && next == '=')) {
            i += 2;
            continue;
          }
        }
        if (ch == '>' || ch == '<') {
          ++i;
          continue;
        }
        break;
      }
      if (ch == ']' || ch == ')' || ch == '}') {
        if (nest.empty()) return fail(std::string("f-string: unmatched '") + ch + "'");
        char open = nest.back();
        nest.pop_back();
        if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}'))) {
          return fail(std::string("f-string: closing parenthesis '") + ch + "' does not match opening parenthesis '" +
                      open + "'");
        }
      }
      ++i;
    }
    std::uint32_t expr_end = i;
    if (quote) return fail("f-string: unterminated string");
    if (i >= end) return fail("f-string: expecting '}'");
    if (!nest.empty()) return fail(std::string("f-string: unmatched '") + nest.back() + "'");
    bool blank = true;
    for (std::uint32_t k = expr_begin; k < expr_end; ++k) {
      char ch = text_[k];
      if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r' && ch != '\f') blank = false;
    }
    if (blank) return fail("f-string: empty expression not allowed");
    auto fv = std::make_unique<ast::FormattedValue>(whole_);
    fv->value = parser_.fstring_field_expr(expr_begin, expr_end);
    if (!fv->value) return false;
    if (text_[i] == '=') {
      ++i;
      while (i < end && (text_[i] == ' ' || text_[i] == '\t' || text_[i] == '\n' || text_[i] == '\r' ||
                         text_[i] == '\f')) {
        ++i;
      }
      fv->debug_text = std::string(text_.substr(expr_begin, i - expr_begin));
    }
    if (i >= end) return fail("f-string: expecting '}'");
    if (text_[i] == '!') {
      ++i;
      if (i >= end) return fail("f-string: expecting '}'");
      char conv = text_[i];
      if (conv != 's' && conv != 'r' && conv != 'a') {
        return fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      fv->conversion = conv;
      ++i;
    }
    if (i >= end) return fail("f-string: expecting '}'");
    if (text_[i] == ':') {
      ++i;
      auto spec = std::make_unique<ast::JoinedStr>(whole_);
      std::string saved = std::move(pending_);
      pending_.clear();
      if (!body(i, end, raw, level + 1, spec->values)) return false;
      flush(spec->values);
      pending_ = std::move(saved);
      fv->format_spec = std::move(spec);
    }
    if (i >= end || text_[i] != '}') return fail("f-string: expecting '}'");
    ++i;
    if (!fv->debug_text.empty() && fv->conversion == 0 && !fv->format_spec) fv->conversion = 'r';
    flush(values);
    values.push_back(std::move(fv));
    return true;
  }

  Parser& parser_;
  std::string_view text_;
  source::SourceSpan whole_;
  source::SourceSpan at_;
  std::string pending_;
};

}  // namespace

ExprPtr Parser::fstring_field_expr(std::uint32_t begin, std::uint32_t end) {
  LexOptions lo;
  lo.max_nesting = options_.max_nesting;
  // CPython 3.11 parses the text "(expression)" on its own and reports
  // errors against that text.
  auto relocate = [&](SyntaxDiagnostic d) {
    if (d.type == "SyntaxError" && d.message.rfind("f-string", 0) != 0) d.message = "f-string: " + d.message;
    if (d.type == "NotImplementedError" || error) return;
    std::uint32_t b = d.span.begin < begin ? begin : d.span.begin;
    std::uint32_t e = d.span.end < b ? b : d.span.end;
    d.source_line = "(" + std::string(std::string_view(file_.text()).substr(begin, end - begin)) + ")";
    d.span.line = d.span.end_line = file_.line_of(begin);
    d.span.column = static_cast<int>(b - begin) + 2;
    d.span.end_column = static_cast<int>(e - begin) + 2;
    error = std::move(d);
  };
  LexResult lexed = tokenize_range(file_, begin, end, lo);
  if (lexed.error) {
    SyntaxDiagnostic d;
    d.type = lexed.error->type;
    d.message = lexed.error->message;
    d.span = lexed.error->span;
    relocate(std::move(d));
    return nullptr;
  }
  Parser inner(file_, std::move(lexed.tokens), options_, depth_ + 8);
  auto e = inner.fstring_field();
  if (!e) {
    if (inner.error->type == "NotImplementedError") {
      if (!error) error = inner.error;
    } else {
      relocate(*inner.error);
    }
    return nullptr;
  }
  return e;
}

ExprPtr Parser::fstring_field() {
  DepthGuard guard(*this);
  if (guard.too_deep()) return syntax_error("too many nested parentheses", span_of(cur()));
  ExprPtr e = at_kw(Kw::Yield) ? yield_expression() : star_expressions();
  if (!e) return nullptr;
  if (!at(TokenKind::EndMarker)) return missing_comma(*e);
  return e;
}

ExprPtr Parser::strings() {
  const Token& first = cur();
  std::size_t first_index = pos_;
  bool any_bytes = false, any_text = false, any_f = false;
  while (at(TokenKind::String)) {
    StringPrefix p = string_prefix(text(cur()));
    (p.bytes ? any_bytes : any_text) = true;
    any_f = any_f || p.format;
    advance();
  }
  std::size_t last_index = pos_ - 1;
  source::SourceSpan whole = join(span_of(first), span_of(prev()));
  if (any_bytes && any_text) return syntax_error("cannot mix bytes and nonbytes literals", span_of(cur()));
  source::SourceSpan at = span_of(cur());  // CPython reports string errors at the next token
  auto decode_error = [&](const EscapeError& err) -> std::nullptr_t { return fail(err.type, err.message, at); };

  if (!any_f) {
    auto c = std::make_unique<ast::Constant>(whole);
    c->value_kind = any_bytes ? ast::ConstantKind::Bytes : ast::ConstantKind::Str;
    for (std::size_t k = first_index; k <= last_index; ++k) {
      std::string_view tok = text(tokens_[k]);
      StringPrefix p = string_prefix(tok);
      std::string_view body = tok.substr(p.prefix_len + p.quote_len, tok.size() - p.prefix_len - 2 * p.quote_len);
      if (p.bytes) {
        for (char ch : body) {
          if (static_cast<unsigned char>(ch) >= 0x80) {
            return syntax_error("bytes can only contain ASCII literal characters", span_of(tokens_[k]));
          }
        }
      }
      if (p.raw) {
        raw_body(body, c->text);
      } else if (auto err = decode_escapes(body, p.bytes, c->text)) {
        return decode_error(*err);
      }
    }
    return c;
  }

  auto j = std::make_unique<ast::JoinedStr>(whole);
  FStringBuilder builder(*this, file_, whole, at);
  for (std::size_t k = first_index; k <= last_index; ++k) {
    const Token& t = tokens_[k];
    std::string_view tok = text(t);
    StringPrefix p = string_prefix(tok);
    std::uint32_t b = t.begin + p.prefix_len + p.quote_len;
    std::uint32_t e = t.end - p.quote_len;
    if (!p.format) {
      std::string piece;
      std::string_view body = std::string_view(file_.text()).substr(b, e - b);
      if (p.raw) {
        raw_body(body, piece);
      } else if (auto err = decode_escapes(body, false, piece)) {
        return decode_error(*err);
      }
      builder.literal(piece);
      continue;
    }
    std::uint32_t i = b;
    if (!builder.body(i, e, p.raw, 0, j->values)) {
      if (builder.error && !error) error = builder.error;
      return nullptr;
    }
  }
  builder.flush(j->values);
  return j;
}

}  // namespace scopeplay::syntax::detail
