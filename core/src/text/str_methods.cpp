#include "text/str_methods.h"

#include <algorithm>
#include <limits>

#include "text/str_case.h"
#include "text/utf8.h"

namespace scopeplay::text {

namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

// Code-point view of a UTF-8 string: offsets[i] is the byte offset of code
// point i (offsets[len] == size). ASCII strings skip the table.
class Indexed {
 public:
  explicit Indexed(std::string_view s) : s_(s), ascii_(is_ascii(s)) {
    if (!ascii_) {
      std::size_t i = 0;
      while (i < s.size()) {
        offsets_.push_back(i);
        i += decode_at(s, i).length;
      }
      offsets_.push_back(s.size());
    }
  }
  std::int64_t size() const {
    return ascii_ ? static_cast<std::int64_t>(s_.size())
                  : static_cast<std::int64_t>(offsets_.size()) - 1;
  }
  std::size_t byte(std::int64_t cp) const {
    return ascii_ ? static_cast<std::size_t>(cp) : offsets_[static_cast<std::size_t>(cp)];
  }
  std::int64_t cp(std::size_t byte) const {
    if (ascii_) return static_cast<std::int64_t>(byte);
    return std::lower_bound(offsets_.begin(), offsets_.end(), byte) - offsets_.begin();
  }
  std::string_view sub(std::int64_t a, std::int64_t b) const {
    return s_.substr(byte(a), byte(b) - byte(a));
  }
  char32_t at(std::int64_t i) const { return decode_at(s_, byte(i)).cp; }
  std::string_view str() const { return s_; }

 private:
  std::string_view s_;
  bool ascii_;
  std::vector<std::size_t> offsets_;
};

// CPython's ADJUST_INDICES.
void adjust(OptIndex start_in, OptIndex end_in, std::int64_t len, std::int64_t& start,
            std::int64_t& end) {
  start = start_in.value_or(0);
  end = end_in.value_or(kMax);
  if (end > len) {
    end = len;
  } else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
}

Error empty_separator() { return value_error("empty separator"); }

bool in_chars(char32_t c, std::optional<std::string_view> chars) {
  if (!chars) return is_space(c);
  for (char32_t x : CodePoints(*chars))
    if (x == c) return true;
  return false;
}

std::string pad(std::string_view s, std::int64_t left, std::int64_t right, char32_t fill) {
  std::string f = encode_utf8(fill);
  std::string out;
  out.reserve(s.size() + static_cast<std::size_t>(left + right) * f.size());
  for (std::int64_t i = 0; i < left; ++i) out += f;
  out += s;
  for (std::int64_t i = 0; i < right; ++i) out += f;
  return out;
}

}  // namespace

Result<SliceIndices> slice_indices(std::int64_t length, OptIndex start_in, OptIndex stop_in,
                                   OptIndex step_in) {
  SliceIndices r;
  r.step = step_in.value_or(1);
  if (r.step == 0) return value_error("slice step cannot be zero");
  const bool neg = r.step < 0;
  std::int64_t start = start_in ? *start_in : (neg ? kMax : 0);
  std::int64_t stop = stop_in ? *stop_in : (neg ? std::numeric_limits<std::int64_t>::min() : kMax);
  if (start < 0) {
    start += length;
    if (start < 0) start = neg ? -1 : 0;
  } else if (start >= length) {
    start = neg ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = neg ? -1 : 0;
  } else if (stop >= length) {
    stop = neg ? length - 1 : length;
  }
  r.start = start;
  r.stop = stop;
  if (neg) {
    if (stop < start)
      r.length = r.step < -kMax ? 1 : (start - stop - 1) / (-r.step) + 1;
  } else if (start < stop) {
    r.length = (stop - start - 1) / r.step + 1;
  }
  return r;
}

Result<std::string> str_getitem(std::string_view s, std::int64_t index) {
  Indexed ix(s);
  std::int64_t n = ix.size();
  if (index < 0) index += n;
  if (index < 0 || index >= n) return Error{ErrorKind::IndexError, "string index out of range"};
  return std::string(ix.sub(index, index + 1));
}

Result<std::string> str_slice(std::string_view s, OptIndex start, OptIndex stop, OptIndex step) {
  auto idx = slice_indices(length(s), start, stop, step);
  if (!idx) return idx.error();
  return str_slice(s, *idx);
}

std::string str_slice(std::string_view s, const SliceIndices& idx) {
  if (idx.length <= 0) return std::string();
  Indexed ix(s);
  if (idx.step == 1) return std::string(ix.sub(idx.start, idx.start + idx.length));
  std::string out;
  std::int64_t i = idx.start;
  for (std::int64_t k = 0; k < idx.length; ++k, i += idx.step) out += ix.sub(i, i + 1);
  return out;
}

std::int64_t str_find(std::string_view s, std::string_view sub, OptIndex start_in,
                      OptIndex end_in) {
  Indexed ix(s);
  std::int64_t start, end;
  adjust(start_in, end_in, ix.size(), start, end);
  const std::int64_t sub_len = length(sub);
  if (end - start < sub_len) return -1;
  if (sub_len == 0) return start;
  std::string_view hay = ix.sub(start, end);
  std::size_t pos = hay.find(sub);
  if (pos == std::string_view::npos) return -1;
  return ix.cp(ix.byte(start) + pos);
}

std::int64_t str_rfind(std::string_view s, std::string_view sub, OptIndex start_in,
                       OptIndex end_in) {
  Indexed ix(s);
  std::int64_t start, end;
  adjust(start_in, end_in, ix.size(), start, end);
  const std::int64_t sub_len = length(sub);
  if (end - start < sub_len) return -1;
  if (sub_len == 0) return end;
  std::string_view hay = ix.sub(start, end);
  std::size_t pos = hay.rfind(sub);
  if (pos == std::string_view::npos) return -1;
  return ix.cp(ix.byte(start) + pos);
}

Result<std::int64_t> str_index(std::string_view s, std::string_view sub, OptIndex start,
                               OptIndex end) {
  std::int64_t r = str_find(s, sub, start, end);
  if (r < 0) return value_error("substring not found");
  return r;
}

Result<std::int64_t> str_rindex(std::string_view s, std::string_view sub, OptIndex start,
                                OptIndex end) {
  std::int64_t r = str_rfind(s, sub, start, end);
  if (r < 0) return value_error("substring not found");
  return r;
}

std::int64_t str_count(std::string_view s, std::string_view sub, OptIndex start_in,
                       OptIndex end_in) {
  Indexed ix(s);
  std::int64_t start, end;
  adjust(start_in, end_in, ix.size(), start, end);
  const std::int64_t sub_len = length(sub);
  if (end - start < sub_len) return 0;
  if (sub_len == 0) return end - start + 1;
  std::string_view hay = ix.sub(start, end);
  std::int64_t n = 0;
  std::size_t pos = 0;
  while ((pos = hay.find(sub, pos)) != std::string_view::npos) {
    ++n;
    pos += sub.size();
  }
  return n;
}

bool str_contains(std::string_view s, std::string_view sub) {
  return s.find(sub) != std::string_view::npos;
}

bool str_startswith(std::string_view s, std::string_view prefix, OptIndex start_in,
                    OptIndex end_in) {
  Indexed ix(s);
  std::int64_t start, end;
  adjust(start_in, end_in, ix.size(), start, end);
  end -= length(prefix);
  if (end < start) return false;
  std::string_view hay = ix.str().substr(ix.byte(start));
  return hay.substr(0, prefix.size()) == prefix;
}

bool str_endswith(std::string_view s, std::string_view suffix, OptIndex start_in,
                  OptIndex end_in) {
  Indexed ix(s);
  std::int64_t start, end;
  adjust(start_in, end_in, ix.size(), start, end);
  const std::int64_t n = length(suffix);
  if (end - n < start) return false;
  std::string_view hay = ix.sub(start, end);
  return hay.size() >= suffix.size() && hay.substr(hay.size() - suffix.size()) == suffix;
}

Result<std::vector<std::string>> str_split(std::string_view s,
                                           std::optional<std::string_view> sep,
                                           std::int64_t maxsplit) {
  std::vector<std::string> out;
  std::int64_t maxcount = maxsplit < 0 ? kMax : maxsplit;
  if (!sep) {
    std::vector<char32_t> cps = decode_all(s);
    const std::size_t n = cps.size();
    std::size_t i = 0, j = 0;
    const auto add = [&](std::size_t a, std::size_t b) {
      out.push_back(encode_all(std::vector<char32_t>(cps.begin() + static_cast<long>(a),
                                                     cps.begin() + static_cast<long>(b))));
    };
    while (maxcount-- > 0) {
      while (i < n && is_space(cps[i])) ++i;
      if (i == n) break;
      j = i++;
      while (i < n && !is_space(cps[i])) ++i;
      add(j, i);
    }
    if (i < n) {
      while (i < n && is_space(cps[i])) ++i;
      if (i != n) add(i, n);
    }
    return out;
  }
  if (sep->empty()) return empty_separator();
  std::size_t pos = 0;
  while (maxcount-- > 0) {
    std::size_t hit = s.find(*sep, pos);
    if (hit == std::string_view::npos) break;
    out.emplace_back(s.substr(pos, hit - pos));
    pos = hit + sep->size();
  }
  out.emplace_back(s.substr(pos));
  return out;
}

Result<std::vector<std::string>> str_rsplit(std::string_view s,
                                            std::optional<std::string_view> sep,
                                            std::int64_t maxsplit) {
  std::vector<std::string> out;
  std::int64_t maxcount = maxsplit < 0 ? kMax : maxsplit;
  if (!sep) {
    std::vector<char32_t> cps = decode_all(s);
    std::int64_t i = static_cast<std::int64_t>(cps.size()) - 1, j;
    const auto add = [&](std::int64_t a, std::int64_t b) {  // [a, b)
      out.push_back(encode_all(std::vector<char32_t>(cps.begin() + a, cps.begin() + b)));
    };
    while (maxcount-- > 0) {
      while (i >= 0 && is_space(cps[static_cast<std::size_t>(i)])) --i;
      if (i < 0) break;
      j = i--;
      while (i >= 0 && !is_space(cps[static_cast<std::size_t>(i)])) --i;
      add(i + 1, j + 1);
    }
    if (i >= 0) {
      while (i >= 0 && is_space(cps[static_cast<std::size_t>(i)])) --i;
      if (i >= 0) add(0, i + 1);
    }
    std::reverse(out.begin(), out.end());
    return out;
  }
  if (sep->empty()) return empty_separator();
  std::size_t end = s.size();
  while (maxcount-- > 0) {
    if (end < sep->size()) break;
    std::size_t hit = s.substr(0, end).rfind(*sep);
    if (hit == std::string_view::npos) break;
    out.emplace_back(s.substr(hit + sep->size(), end - hit - sep->size()));
    end = hit;
  }
  out.emplace_back(s.substr(0, end));
  std::reverse(out.begin(), out.end());
  return out;
}

std::vector<std::string> str_splitlines(std::string_view s, bool keepends) {
  std::vector<std::string> out;
  std::size_t i = 0, j = 0;
  while (i < s.size()) {
    Decoded d{};
    while (i < s.size()) {
      d = decode_at(s, i);
      if (is_linebreak(d.cp)) break;
      i += d.length;
    }
    std::size_t eol = i;
    if (i < s.size()) {
      if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n')
        i += 2;
      else
        i += d.length;
      if (keepends) eol = i;
    }
    out.emplace_back(s.substr(j, eol - j));
    j = i;
  }
  return out;
}

std::string str_join(std::string_view sep, const std::vector<std::string>& parts) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

std::string str_replace(std::string_view s, std::string_view old_sub, std::string_view new_sub,
                        std::int64_t count) {
  std::int64_t maxcount = count < 0 ? kMax : count;
  std::string out;
  if (old_sub.empty()) {
    std::size_t i = 0;
    while (true) {
      if (maxcount-- <= 0) {
        out += s.substr(i);
        break;
      }
      out += new_sub;
      if (i >= s.size()) break;
      std::size_t n = decode_at(s, i).length;
      out += s.substr(i, n);
      i += n;
    }
    return out;
  }
  std::size_t pos = 0;
  while (maxcount-- > 0) {
    std::size_t hit = s.find(old_sub, pos);
    if (hit == std::string_view::npos) break;
    out += s.substr(pos, hit - pos);
    out += new_sub;
    pos = hit + old_sub.size();
  }
  out += s.substr(pos);
  return out;
}

std::string str_lstrip(std::string_view s, std::optional<std::string_view> chars) {
  std::size_t i = 0;
  while (i < s.size()) {
    Decoded d = decode_at(s, i);
    if (!in_chars(d.cp, chars)) break;
    i += d.length;
  }
  return std::string(s.substr(i));
}

std::string str_rstrip(std::string_view s, std::optional<std::string_view> chars) {
  Indexed ix(s);
  std::int64_t end = ix.size();
  while (end > 0 && in_chars(ix.at(end - 1), chars)) --end;
  return std::string(ix.sub(0, end));
}

std::string str_strip(std::string_view s, std::optional<std::string_view> chars) {
  return str_rstrip(str_lstrip(s, chars), chars);
}

std::string str_removeprefix(std::string_view s, std::string_view prefix) {
  if (s.substr(0, prefix.size()) == prefix) return std::string(s.substr(prefix.size()));
  return std::string(s);
}

std::string str_removesuffix(std::string_view s, std::string_view suffix) {
  if (!suffix.empty() && s.size() >= suffix.size() &&
      s.substr(s.size() - suffix.size()) == suffix)
    return std::string(s.substr(0, s.size() - suffix.size()));
  return std::string(s);
}

std::string str_center(std::string_view s, std::int64_t width, char32_t fill) {
  std::int64_t len = length(s);
  if (len >= width) return std::string(s);
  std::int64_t marg = width - len;
  std::int64_t left = marg / 2 + (marg & width & 1);
  return pad(s, left, marg - left, fill);
}

std::string str_ljust(std::string_view s, std::int64_t width, char32_t fill) {
  std::int64_t len = length(s);
  if (len >= width) return std::string(s);
  return pad(s, 0, width - len, fill);
}

std::string str_rjust(std::string_view s, std::int64_t width, char32_t fill) {
  std::int64_t len = length(s);
  if (len >= width) return std::string(s);
  return pad(s, width - len, 0, fill);
}

Result<char32_t> str_fill_char(std::string_view fill) {
  if (length(fill) != 1)
    return type_error("The fill character must be exactly one character long");
  return decode_at(fill, 0).cp;
}

std::string str_zfill(std::string_view s, std::int64_t width) {
  std::int64_t len = length(s);
  if (len >= width) return std::string(s);
  std::int64_t fill = width - len;
  std::string out = pad(s, fill, 0, U'0');
  std::size_t f = static_cast<std::size_t>(fill);
  if (out[f] == '+' || out[f] == '-') {
    out[0] = out[f];
    out[f] = '0';
  }
  return out;
}

std::string str_expandtabs(std::string_view s, std::int64_t tabsize) {
  std::string out;
  std::int64_t col = 0;
  for (char32_t c : CodePoints(s)) {
    if (c == '\t') {
      if (tabsize > 0) {
        std::int64_t incr = tabsize - (col % tabsize);
        col += incr;
        out.append(static_cast<std::size_t>(incr), ' ');
      }
    } else {
      ++col;
      append_utf8(out, c);
      if (c == '\n' || c == '\r') col = 0;
    }
  }
  return out;
}

Result<Partition> str_partition(std::string_view s, std::string_view sep) {
  if (sep.empty()) return empty_separator();
  std::size_t hit = s.find(sep);
  if (hit == std::string_view::npos) return Partition{std::string(s), "", ""};
  return Partition{std::string(s.substr(0, hit)), std::string(sep),
                   std::string(s.substr(hit + sep.size()))};
}

Result<Partition> str_rpartition(std::string_view s, std::string_view sep) {
  if (sep.empty()) return empty_separator();
  std::size_t hit = s.rfind(sep);
  if (hit == std::string_view::npos) return Partition{"", "", std::string(s)};
  return Partition{std::string(s.substr(0, hit)), std::string(sep),
                   std::string(s.substr(hit + sep.size()))};
}

Result<std::string> str_repeat(std::string_view s, std::int64_t n, std::size_t max_bytes) {
  if (n <= 0 || s.empty()) return std::string();
  if (static_cast<std::uint64_t>(n) > max_bytes / s.size())
    return Error{ErrorKind::MemoryError, "repeated string is too long"};
  std::size_t total = s.size() * static_cast<std::size_t>(n);
  std::string out;
  out.reserve(total);
  out += s;
  // Doubling: 'x' * 100_000_000 is some thirty copies, not 10^8 appends.
  while (out.size() <= total / 2) out.append(out.data(), out.size());
  out.append(out.data(), total - out.size());
  return out;
}

}  // namespace scopeplay::text
