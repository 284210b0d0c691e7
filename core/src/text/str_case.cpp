#include "text/str_case.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "text/utf8.h"

namespace scopeplay::text {

namespace {

struct Range {
  char32_t first, last;
};
struct CaseRun {
  char32_t first, last;
  int stride;
  int delta;
};
struct FullCase {
  char32_t cp;
  char32_t lower[3], upper[3], title[3], fold[3];
};

#include "text/unicode_tables.inc"

template <std::size_t N>
bool in_table(const Range (&table)[N], char32_t c) {
  const Range* it = std::upper_bound(table, table + N, c,
                                     [](char32_t v, const Range& r) { return v < r.first; });
  return it != table && c <= (it - 1)->last;
}

template <std::size_t N>
char32_t map_simple(const CaseRun (&runs)[N], char32_t c) {
  const CaseRun* it = std::upper_bound(runs, runs + N, c,
                                       [](char32_t v, const CaseRun& r) { return v < r.first; });
  if (it == runs) return c;
  const CaseRun& r = *(it - 1);
  if (c > r.last || (c - r.first) % static_cast<char32_t>(r.stride) != 0) return c;
  return static_cast<char32_t>(static_cast<std::int64_t>(c) + r.delta);
}

const FullCase* find_full(char32_t c) {
  constexpr std::size_t n = sizeof kFullCase / sizeof kFullCase[0];
  const FullCase* it = std::lower_bound(kFullCase, kFullCase + n, c,
                                        [](const FullCase& f, char32_t v) { return f.cp < v; });
  return it != kFullCase + n && it->cp == c ? it : nullptr;
}

enum class Mode { Lower, Upper, Title, Fold };

void append_mapped(std::string& out, char32_t c, Mode mode) {
  if (c < 0x80) {
    if ((mode == Mode::Lower || mode == Mode::Fold) && c >= 'A' && c <= 'Z') c += 32;
    if ((mode == Mode::Upper || mode == Mode::Title) && c >= 'a' && c <= 'z') c -= 32;
    out.push_back(static_cast<char>(c));
    return;
  }
  if (const FullCase* f = find_full(c)) {
    const char32_t* m = mode == Mode::Lower   ? f->lower
                        : mode == Mode::Upper ? f->upper
                        : mode == Mode::Title ? f->title
                                              : f->fold;
    for (int i = 0; i < 3 && m[i] != 0; ++i) append_utf8(out, m[i]);
    return;
  }
  switch (mode) {
    case Mode::Lower: append_utf8(out, map_simple(kLowerRuns, c)); return;
    case Mode::Upper: append_utf8(out, map_simple(kUpperRuns, c)); return;
    case Mode::Title: append_utf8(out, map_simple(kTitleRuns, c)); return;
    case Mode::Fold: append_utf8(out, map_simple(kFoldRuns, c)); return;
  }
}

bool case_ignorable(char32_t c) { return in_table(kCaseIgnorable, c); }

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
  if (c < 0x80) return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20);
  return in_table(kSpace, c);
}

bool is_linebreak(char32_t c) {
  return (c >= 0x0A && c <= 0x0D) || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 ||
         c == 0x2029;
}

int decimal_value(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9' ? static_cast<int>(c - '0') : -1;
  constexpr std::size_t n = sizeof kDecimal / sizeof kDecimal[0];
  const Range* it = std::upper_bound(kDecimal, kDecimal + n, c,
                                     [](char32_t v, const Range& r) { return v < r.first; });
  if (it == kDecimal || c > (it - 1)->last) return -1;
  return static_cast<int>((c - (it - 1)->first) % 10);
}

bool is_decimal(char32_t c) { return decimal_value(c) >= 0; }
bool is_digit(char32_t c) { return in_table(kDigit, c); }
bool is_numeric(char32_t c) { return in_table(kNumeric, c); }

bool is_alpha(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return in_table(kAlpha, c);
}

bool is_upper_cp(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return in_table(kUpper, c);
}

bool is_lower_cp(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return in_table(kLower, c);
}

bool is_titlecase_cp(char32_t c) { return c >= 0x80 && in_table(kTitle, c); }

bool is_cased(char32_t c) { return is_upper_cp(c) || is_lower_cp(c) || is_titlecase_cp(c); }

bool is_printable(char32_t c) {
  if (c < 0x80) return c >= 0x20 && c < 0x7F;
  return in_table(kPrintable, c);
}

bool is_xid_start(char32_t c) {
  if (c < 0x80) return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return in_table(kXidStart, c);
}

bool is_xid_continue(char32_t c) {
  if (c < 0x80) return is_xid_start(c) || (c >= '0' && c <= '9');
  return in_table(kXidContinue, c);
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
