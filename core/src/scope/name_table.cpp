#include "scope/name_table.h"

namespace scopeplay::scope {

std::string NameTable::key(std::string_view name) const {
  std::string k(name);
  if (case_insensitive_) {
    for (char& c : k) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return k;
}

bool NameTable::in_use(std::string_view full_name) const {
  return names_in_use_.count(key(full_name)) != 0;
}

UniqueName NameTable::unique(std::string_view candidate, bool mark_as_used) {
  std::string base_key = key(candidate);
  auto it = names_in_use_.find(base_key);
  int i = it == names_in_use_.end() ? 0 : it->second;
  if (mark_as_used) names_in_use_[base_key] = i + 1;
  UniqueName out;
  out.name = std::string(candidate);
  if (i == 0) return out;
  std::string probe = base_key;
  while (names_in_use_.count(probe) != 0) {
    probe = base_key + "_" + std::to_string(i);
    ++i;
  }
  if (mark_as_used) names_in_use_[probe] = 1;
  out.taken = out.name;
  out.suffix = i - 1;
  out.name += "_" + std::to_string(i - 1);
  return out;
}

}  // namespace scopeplay::scope
