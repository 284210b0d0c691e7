// Python str methods over UTF-8 with code-point semantics: every index,
// start/end and count below is in code points, exactly as Python sees it.
// Optional start/end/stop follow slice rules (None = omitted, negatives count
// from the end, out of range values are clamped). Pure ASCII inputs take a
// byte fast path; others decode once. Case mapping and classification live in
// str_case.h, repr/ascii/chr/ord in str_repr.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/result.h"

namespace scopeplay::text {

using OptIndex = std::optional<std::int64_t>;

// slice.indices(length): normalised start/stop/step plus the slice length.
// ValueError "slice step cannot be zero".
struct SliceIndices {
  std::int64_t start = 0;
  std::int64_t stop = 0;
  std::int64_t step = 1;
  std::int64_t length = 0;  // number of selected items
};
Result<SliceIndices> slice_indices(std::int64_t length, OptIndex start,
                                   OptIndex stop, OptIndex step);

// s[i] with a Python index (negative allowed): IndexError "string index out
// of range".
Result<std::string> str_getitem(std::string_view s, std::int64_t index);
// s[start:stop:step]; ValueError "slice step cannot be zero".
Result<std::string> str_slice(std::string_view s, OptIndex start, OptIndex stop,
                              OptIndex step);
// s[start:stop:step] for already normalised indices.
std::string str_slice(std::string_view s, const SliceIndices& idx);

// find/rfind return -1 when absent; index/rindex raise ValueError
// "substring not found". count counts non-overlapping matches.
std::int64_t str_find(std::string_view s, std::string_view sub,
                      OptIndex start = {}, OptIndex end = {});
std::int64_t str_rfind(std::string_view s, std::string_view sub,
                       OptIndex start = {}, OptIndex end = {});
Result<std::int64_t> str_index(std::string_view s, std::string_view sub,
                               OptIndex start = {}, OptIndex end = {});
Result<std::int64_t> str_rindex(std::string_view s, std::string_view sub,
                                OptIndex start = {}, OptIndex end = {});
std::int64_t str_count(std::string_view s, std::string_view sub,
                       OptIndex start = {}, OptIndex end = {});
// `sub in s`.
bool str_contains(std::string_view s, std::string_view sub);
// One prefix/suffix (a tuple is the runtime's loop).
bool str_startswith(std::string_view s, std::string_view prefix,
                    OptIndex start = {}, OptIndex end = {});
bool str_endswith(std::string_view s, std::string_view suffix,
                  OptIndex start = {}, OptIndex end = {});

// split/rsplit: sep == nullopt splits on runs of whitespace (str.isspace) and
// drops empty ends; maxsplit < 0 means no limit. ValueError "empty separator".
Result<std::vector<std::string>> str_split(
    std::string_view s, std::optional<std::string_view> sep = {},
    std::int64_t maxsplit = -1);
Result<std::vector<std::string>> str_rsplit(
    std::string_view s, std::optional<std::string_view> sep = {},
    std::int64_t maxsplit = -1);
// Line boundaries: \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029.
std::vector<std::string> str_splitlines(std::string_view s,
                                        bool keepends = false);
std::string str_join(std::string_view sep, const std::vector<std::string>& parts);

// replace(old, new, count): count < 0 means all; an empty `old` inserts `new`
// before every code point and at the end (up to count times).
std::string str_replace(std::string_view s, std::string_view old_sub,
                        std::string_view new_sub, std::int64_t count = -1);

// strip family: chars == nullopt strips whitespace (str.isspace); otherwise
// any code point in `chars`.
std::string str_strip(std::string_view s,
                      std::optional<std::string_view> chars = {});
std::string str_lstrip(std::string_view s,
                       std::optional<std::string_view> chars = {});
std::string str_rstrip(std::string_view s,
                       std::optional<std::string_view> chars = {});
std::string str_removeprefix(std::string_view s, std::string_view prefix);
std::string str_removesuffix(std::string_view s, std::string_view suffix);

// Padding to `width` code points with one fill code point. center splits the
// padding as CPython does: left = pad / 2 + (pad & width & 1).
std::string str_center(std::string_view s, std::int64_t width,
                       char32_t fill = U' ');
std::string str_ljust(std::string_view s, std::int64_t width,
                      char32_t fill = U' ');
std::string str_rjust(std::string_view s, std::int64_t width,
                      char32_t fill = U' ');
// For the runtime's fillchar argument check: TypeError "The fill character
// must be exactly one character long" unless `fill` is one code point.
Result<char32_t> str_fill_char(std::string_view fill);
std::string str_zfill(std::string_view s, std::int64_t width);
std::string str_expandtabs(std::string_view s, std::int64_t tabsize = 8);

// partition/rpartition: ValueError "empty separator".
struct Partition {
  std::string head, sep, tail;
};
Result<Partition> str_partition(std::string_view s, std::string_view sep);
Result<Partition> str_rpartition(std::string_view s, std::string_view sep);

// s * n (n <= 0 gives ""). MemoryError "repeated string is too long" above
// `max_bytes`, so a runaway snippet cannot exhaust the browser.
Result<std::string> str_repeat(std::string_view s, std::int64_t n,
                               std::size_t max_bytes = std::size_t{1} << 30);

}  // namespace scopeplay::text
