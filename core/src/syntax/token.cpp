// Token names and the UTF-8 helpers the lexer and parser share.
#include "syntax/lexer.h"
#include "syntax/token.h"

namespace scopeplay::syntax {

namespace {
bool is_digit(int c) { return c >= '0' && c <= '9'; }
}  // namespace

bool is_name_start_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}
bool is_name_byte(unsigned char c) { return is_name_start_byte(c) || is_digit(c); }

char32_t decode_utf8(std::string_view text, std::size_t& i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  int n = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
  if (n < 0 || i + static_cast<std::size_t>(n) >= text.size() + (n == 0 ? 1 : 0)) {
    ++i;
    return n == 0 ? c : 0xFFFD;
  }
  char32_t cp = n == 0 ? c : n == 1 ? (c & 0x1F) : n == 2 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k <= n; ++k) {
    unsigned char d = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
    if ((d & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (d & 0x3F);
  }
  i += static_cast<std::size_t>(n) + 1;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string_view token_kind_name(TokenKind kind) {
  switch (kind) {
    case TokenKind::EndMarker: return "ENDMARKER";
    case TokenKind::Newline: return "NEWLINE";
    case TokenKind::Indent: return "INDENT";
    case TokenKind::Dedent: return "DEDENT";
    case TokenKind::Name: return "NAME";
    case TokenKind::Number: return "NUMBER";
    case TokenKind::String: return "STRING";
    case TokenKind::LPar: return "'('";
    case TokenKind::RPar: return "')'";
    case TokenKind::LSqb: return "'['";
    case TokenKind::RSqb: return "']'";
    case TokenKind::LBrace: return "'{'";
    case TokenKind::RBrace: return "'}'";
    case TokenKind::Colon: return "':'";
    case TokenKind::Comma: return "','";
    case TokenKind::Semi: return "';'";
    case TokenKind::Dot: return "'.'";
    case TokenKind::Ellipsis: return "'...'";
    case TokenKind::At: return "'@'";
    case TokenKind::RArrow: return "'->'";
    case TokenKind::ColonEqual: return "':='";
    case TokenKind::Plus: return "'+'";
    case TokenKind::Minus: return "'-'";
    case TokenKind::Star: return "'*'";
    case TokenKind::Slash: return "'/'";
    case TokenKind::DoubleSlash: return "'//'";
    case TokenKind::Percent: return "'%'";
    case TokenKind::DoubleStar: return "'**'";
    case TokenKind::Tilde: return "'~'";
    case TokenKind::VBar: return "'|'";
    case TokenKind::Amper: return "'&'";
    case TokenKind::CircumFlex: return "'^'";
    case TokenKind::LeftShift: return "'<<'";
    case TokenKind::RightShift: return "'>>'";
    case TokenKind::Less: return "'<'";
    case TokenKind::Greater: return "'>'";
    case TokenKind::EqEqual: return "'=='";
    case TokenKind::NotEqual: return "'!='";
    case TokenKind::LessEqual: return "'<='";
    case TokenKind::GreaterEqual: return "'>='";
    case TokenKind::Equal: return "'='";
    case TokenKind::PlusEqual: return "'+='";
    case TokenKind::MinEqual: return "'-='";
    case TokenKind::StarEqual: return "'*='";
    case TokenKind::SlashEqual: return "'/='";
    case TokenKind::DoubleSlashEqual: return "'//='";
    case TokenKind::PercentEqual: return "'%='";
    case TokenKind::DoubleStarEqual: return "'**='";
    case TokenKind::AtEqual: return "'@='";
    case TokenKind::VBarEqual: return "'|='";
    case TokenKind::AmperEqual: return "'&='";
    case TokenKind::CircumflexEqual: return "'^='";
    case TokenKind::LeftShiftEqual: return "'<<='";
    case TokenKind::RightShiftEqual: return "'>>='";
    case TokenKind::Unknown: return "ERRORTOKEN";
    case TokenKind::Error: return "ERROR";
  }
  return "?";
}

}  // namespace scopeplay::syntax
