#include "text/str_case.h"

#include <vector>

#include "text/utf8.h"

namespace scopeplay::text {

namespace {

bool in(char32_t c, char32_t lo, char32_t hi) { return c >= lo && c <= hi; }

// Latin Extended-A pairs: the upper member sits at an even (or odd) code point.
bool latin_ext_a_upper(char32_t c) {
  if (in(c, 0x0100, 0x012F) || in(c, 0x0132, 0x0137) || in(c, 0x014A, 0x0177))
    return c % 2 == 0;
  if (in(c, 0x0139, 0x0148) || in(c, 0x0179, 0x017E)) return c % 2 == 1;
  return false;
}

bool latin_ext_a_lower(char32_t c) {
  if (in(c, 0x0100, 0x012F) || in(c, 0x0132, 0x0137) || in(c, 0x014A, 0x0177))
    return c % 2 == 1;
  if (in(c, 0x0139, 0x0148) || in(c, 0x0179, 0x017E)) return c % 2 == 0;
  return false;
}

char32_t lower_simple(char32_t c) {
  if (in(c, 'A', 'Z')) return c + 32;
  if (c < 0xC0) return c;
  if (in(c, 0xC0, 0xDE) && c != 0xD7) return c + 32;
  if (latin_ext_a_upper(c)) return c + 1;
  if (c == 0x0130) return 'i';
  if (c == 0x0178) return 0xFF;
  if (c == 0x0386) return 0x03AC;
  if (in(c, 0x0388, 0x038A)) return c + 37;
  if (c == 0x038C) return 0x03CC;
  if (in(c, 0x038E, 0x038F)) return c + 63;
  if (in(c, 0x0391, 0x03AB) && c != 0x03A2) return c + 32;
  if (in(c, 0x0400, 0x040F)) return c + 80;
  if (in(c, 0x0410, 0x042F)) return c + 32;
  return c;
}

char32_t upper_simple(char32_t c) {
  if (in(c, 'a', 'z')) return c - 32;
  if (c < 0xB5) return c;
  if (c == 0xB5) return 0x039C;
  if (in(c, 0xE0, 0xFE) && c != 0xF7) return c - 32;
  if (c == 0xFF) return 0x0178;
  if (latin_ext_a_lower(c)) return c - 1;
  if (c == 0x0131) return 'I';
  if (c == 0x017F) return 'S';
  if (c == 0x03AC) return 0x0386;
  if (in(c, 0x03AD, 0x03AF)) return c - 37;
  if (c == 0x03CC) return 0x038C;
  if (in(c, 0x03CD, 0x03CE)) return c - 63;
  if (c == 0x03C2) return 0x03A3;
  if (in(c, 0x03B1, 0x03CB)) return c - 32;
  if (in(c, 0x0430, 0x044F)) return c - 32;
  if (in(c, 0x0450, 0x045F)) return c - 80;
  return c;
}

// Combining marks and the punctuation Unicode calls case-ignorable, enough
// for the final-sigma rule.
bool case_ignorable(char32_t c) {
  return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xA8 ||
         c == 0xAD || c == 0xAF || c == 0xB4 || c == 0xB7 || c == 0xB8 ||
         in(c, 0x0300, 0x036F) || c == 0x2019;
}

enum class Mode { Lower, Upper, Title, Fold };

void append_mapped(std::string& out, char32_t c, Mode mode) {
  switch (mode) {
    case Mode::Upper:
    case Mode::Title:
      if (c == 0xDF) {
        out += mode == Mode::Upper ? "SS" : "Ss";
        return;
      }
      if (c == 0x0149) {
        append_utf8(out, 0x02BC);
        out.push_back('N');
        return;
      }
      if (c == 0x0390 || c == 0x03B0) {
        append_utf8(out, c == 0x0390 ? 0x0399 : 0x03A5);
        append_utf8(out, 0x0308);
        append_utf8(out, 0x0301);
        return;
      }
      append_utf8(out, upper_simple(c));
      return;
    case Mode::Fold:
      if (c == 0xDF) {
        out += "ss";
        return;
      }
      if (c == 0x0149) {
        append_utf8(out, 0x02BC);
        out.push_back('n');
        return;
      }
      if (c == 0x017F) {
        out.push_back('s');
        return;
      }
      if (c == 0xB5) {
        append_utf8(out, 0x03BC);
        return;
      }
      if (c == 0x03C2) {
        append_utf8(out, 0x03C3);
        return;
      }
      [[fallthrough]];
    case Mode::Lower:
      if (c == 0x0130) {
        out.push_back('i');
        append_utf8(out, 0x0307);
        return;
      }
      append_utf8(out, lower_simple(c));
      return;
  }
}

// Σ lowercases to ς at the end of a word (CPython's handle_capital_sigma).
char32_t lower_sigma(const std::vector<char32_t>& cps, std::size_t i) {
  std::size_t j = i;
  bool before = false;
  while (j > 0) {
    --j;
    if (case_ignorable(cps[j])) continue;
    before = is_cased(cps[j]);
    break;
  }
  bool after = false;
  for (std::size_t k = i + 1; k < cps.size(); ++k) {
    if (case_ignorable(cps[k])) continue;
    after = is_cased(cps[k]);
    break;
  }
  return before && !after ? 0x03C2 : 0x03C3;
}

void append_lower_at(std::string& out, const std::vector<char32_t>& cps, std::size_t i,
                     Mode mode) {
  if (cps[i] == 0x03A3 && mode == Mode::Lower) {
    append_utf8(out, lower_sigma(cps, i));
    return;
  }
  append_mapped(out, cps[i], mode);
}

template <class Pred>
bool all_of_nonempty(std::string_view s, Pred pred) {
  if (s.empty()) return false;
  for (char32_t c : CodePoints(s))
    if (!pred(c)) return false;
  return true;
}

}  // namespace

bool is_space(char32_t c) {
  return in(c, 0x09, 0x0D) || in(c, 0x1C, 0x20) || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || in(c, 0x2000, 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_linebreak(char32_t c) {
  return in(c, 0x0A, 0x0D) || in(c, 0x1C, 0x1E) || c == 0x85 || c == 0x2028 ||
         c == 0x2029;
}

int decimal_value(char32_t c) {
  static constexpr char32_t kZeros[] = {'0',    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6,
                                        0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
                                        0x0D66, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0xFF10};
  for (char32_t z : kZeros)
    if (in(c, z, z + 9)) return static_cast<int>(c - z);
  if (in(c, 0x1D7CE, 0x1D7FF)) return static_cast<int>((c - 0x1D7CE) % 10);
  return -1;
}

bool is_decimal(char32_t c) { return decimal_value(c) >= 0; }

bool is_digit(char32_t c) {
  return is_decimal(c) || c == 0xB2 || c == 0xB3 || c == 0xB9 || c == 0x2070 ||
         in(c, 0x2074, 0x2079) || in(c, 0x2080, 0x2089) || in(c, 0x2460, 0x2468) ||
         in(c, 0x2474, 0x247C) || in(c, 0x2488, 0x2490) || c == 0x24EA ||
         in(c, 0x24F5, 0x24FD) || c == 0x24FF || in(c, 0x2776, 0x277E) ||
         in(c, 0x2780, 0x2788) || in(c, 0x278A, 0x2792);
}

bool is_numeric(char32_t c) {
  if (is_digit(c)) return true;
  if (in(c, 0xBC, 0xBE) || in(c, 0x2150, 0x2182) || in(c, 0x2185, 0x2189) ||
      in(c, 0x2469, 0x2473) || in(c, 0x247D, 0x2487) || in(c, 0x2491, 0x249B) ||
      in(c, 0x24EB, 0x24F4) || c == 0x24FE || c == 0x277F || c == 0x2789 ||
      c == 0x2793 || c == 0x3007 || in(c, 0x3021, 0x3029))
    return true;
  switch (c) {  // CJK numerals one..ten, hundred, thousand
    case 0x4E00: case 0x4E8C: case 0x4E09: case 0x56DB: case 0x4E94: case 0x516D:
    case 0x4E03: case 0x516B: case 0x4E5D: case 0x5341: case 0x767E: case 0x5343:
    case 0x4E07: case 0x96F6:
      return true;
    default:
      return false;
  }
}

bool is_alpha(char32_t c) {
  if (c < 0x80) return in(c, 'a', 'z') || in(c, 'A', 'Z');
  if (c == 0xAA || c == 0xB5 || c == 0xBA) return true;
  if (in(c, 0xC0, 0xFF)) return c != 0xD7 && c != 0xF7;
  if (in(c, 0x0100, 0x024F)) return true;
  if (in(c, 0x0250, 0x02AF)) return true;
  if (in(c, 0x0370, 0x03FF))
    return in(c, 0x0370, 0x0373) || in(c, 0x0376, 0x0377) || in(c, 0x037B, 0x037D) ||
           c == 0x037F || c == 0x0386 || in(c, 0x0388, 0x038A) || c == 0x038C ||
           in(c, 0x038E, 0x03A1) || in(c, 0x03A3, 0x03F5) || in(c, 0x03F7, 0x03FF);
  if (in(c, 0x0400, 0x0481) || in(c, 0x048A, 0x052F)) return true;
  if (in(c, 0x05D0, 0x05EA) || in(c, 0x0620, 0x064A)) return true;
  if (in(c, 0x3041, 0x3096) || in(c, 0x30A1, 0x30FA)) return true;
  if (in(c, 0x4E00, 0x9FFF) || in(c, 0xAC00, 0xD7A3)) return true;
  return false;
}

bool is_upper_cp(char32_t c) {
  return lower_simple(c) != c;
}

bool is_lower_cp(char32_t c) {
  return upper_simple(c) != c || c == 0xDF || c == 0xAA || c == 0xBA || c == 0x0138 ||
         c == 0x0149 || c == 0x0390 || c == 0x03B0;
}

bool is_titlecase_cp(char32_t) { return false; }

bool is_cased(char32_t c) { return is_upper_cp(c) || is_lower_cp(c) || is_titlecase_cp(c); }

bool is_printable(char32_t c) {
  if (c < 0x20 || in(c, 0x7F, 0xA0)) return false;
  if (c < 0x7F) return true;
  if (c == 0xAD) return false;
  if (in(c, 0x0378, 0x0379) || in(c, 0x0380, 0x0383) || c == 0x038B || c == 0x038D ||
      c == 0x03A2)
    return false;
  if (in(c, 0x0600, 0x0605) || c == 0x061C || c == 0x06DD || c == 0x070F ||
      c == 0x180E || c == 0x1680)
    return false;
  if (in(c, 0x2000, 0x200F) || in(c, 0x2028, 0x202F) || in(c, 0x205F, 0x206F))
    return false;
  if (c == 0x3000 || in(c, 0xD800, 0xF8FF) || c == 0xFEFF || in(c, 0xFFF0, 0xFFFB) ||
      in(c, 0xFFFE, 0xFFFF))
    return false;
  if (in(c, 0x2FFFE, 0x2FFFF) || in(c, 0x3FFFE, 0xE00FF) || in(c, 0xE01F0, 0x10FFFF))
    return false;
  return true;
}

bool is_xid_start(char32_t c) { return c == '_' || is_alpha(c); }

bool is_xid_continue(char32_t c) {
  return is_xid_start(c) || is_decimal(c) || c == 0xB7 || in(c, 0x0300, 0x036F);
}

std::string str_upper(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char32_t c : CodePoints(s)) append_mapped(out, c, Mode::Upper);
  return out;
}

std::string str_lower(std::string_view s) {
  if (is_ascii(s)) {
    std::string out(s);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
  }
  std::vector<char32_t> cps = decode_all(s);
  std::string out;
  for (std::size_t i = 0; i < cps.size(); ++i) append_lower_at(out, cps, i, Mode::Lower);
  return out;
}

std::string str_casefold(std::string_view s) {
  std::string out;
  for (char32_t c : CodePoints(s)) append_mapped(out, c, Mode::Fold);
  return out;
}

std::string str_capitalize(std::string_view s) {
  std::vector<char32_t> cps = decode_all(s);
  std::string out;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    if (i == 0)
      append_mapped(out, cps[i], Mode::Title);
    else
      append_lower_at(out, cps, i, Mode::Lower);
  }
  return out;
}

std::string str_title(std::string_view s) {
  std::vector<char32_t> cps = decode_all(s);
  std::string out;
  bool previous_is_cased = false;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i];
    if (previous_is_cased)
      append_lower_at(out, cps, i, Mode::Lower);
    else
      append_mapped(out, c, Mode::Title);
    previous_is_cased = is_cased(c);
  }
  return out;
}

std::string str_swapcase(std::string_view s) {
  std::vector<char32_t> cps = decode_all(s);
  std::string out;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i];
    if (is_upper_cp(c))
      append_lower_at(out, cps, i, Mode::Lower);
    else if (is_lower_cp(c))
      append_mapped(out, c, Mode::Upper);
    else
      append_utf8(out, c);
  }
  return out;
}

bool str_isdigit(std::string_view s) { return all_of_nonempty(s, is_digit); }
bool str_isdecimal(std::string_view s) { return all_of_nonempty(s, is_decimal); }
bool str_isnumeric(std::string_view s) { return all_of_nonempty(s, is_numeric); }
bool str_isalpha(std::string_view s) { return all_of_nonempty(s, is_alpha); }
bool str_isspace(std::string_view s) { return all_of_nonempty(s, is_space); }
bool str_isalnum(std::string_view s) {
  return all_of_nonempty(
      s, [](char32_t c) { return is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c); });
}

bool str_isupper(std::string_view s) {
  bool cased = false;
  for (char32_t c : CodePoints(s)) {
    if (is_lower_cp(c) || is_titlecase_cp(c)) return false;
    if (is_upper_cp(c)) cased = true;
  }
  return cased;
}

bool str_islower(std::string_view s) {
  bool cased = false;
  for (char32_t c : CodePoints(s)) {
    if (is_upper_cp(c) || is_titlecase_cp(c)) return false;
    if (is_lower_cp(c)) cased = true;
  }
  return cased;
}

bool str_istitle(std::string_view s) {
  bool cased = false, previous_is_cased = false;
  for (char32_t c : CodePoints(s)) {
    if (is_upper_cp(c) || is_titlecase_cp(c)) {
      if (previous_is_cased) return false;
      previous_is_cased = cased = true;
    } else if (is_lower_cp(c)) {
      if (!previous_is_cased) return false;
      previous_is_cased = cased = true;
    } else {
      previous_is_cased = false;
    }
  }
  return cased;
}

bool str_isidentifier(std::string_view s) {
  bool first = true;
  for (char32_t c : CodePoints(s)) {
    if (first ? !is_xid_start(c) : !is_xid_continue(c)) return false;
    first = false;
  }
  return !first;
}

bool str_isprintable(std::string_view s) {
  for (char32_t c : CodePoints(s))
    if (!is_printable(c)) return false;
  return true;
}

bool str_isascii(std::string_view s) { return is_ascii(s); }

}  // namespace scopeplay::text
