// Graph.unique_name: the one place where `foo` becomes `foo_1`.
//
// Op names and name scopes share one table per graph. TF (>= 1.9) keys it by
// the lower-cased full name but returns the caller's capitalisation, probes
// `key_1, key_2, ...` past names already taken, and marks the probed key so a
// later explicit `foo_1` is itself uniquified. Older releases compare names
// case-sensitively. Lookups are hash-map O(1) amortised; the probe only walks
// past suffixes that are actually taken.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

namespace scopeplay::scope {

struct UniqueName {
  std::string name;      // full name, caller's case, e.g. "V1/a2_1"
  int suffix = 0;        // the `_N` appended, 0 if none
  std::string taken;     // the name that forced the suffix ("" if none)
};

class NameTable {
 public:
  explicit NameTable(bool case_insensitive) : case_insensitive_(case_insensitive) {}

  // `candidate` is already prefixed with the name stack.
  UniqueName unique(std::string_view candidate, bool mark_as_used = true);
  // Whether `full_name` (any case, per the profile) has been handed out.
  bool in_use(std::string_view full_name) const;

 private:
  std::string key(std::string_view name) const;

  bool case_insensitive_;
  std::unordered_map<std::string, int> names_in_use_;
};

}  // namespace scopeplay::scope
