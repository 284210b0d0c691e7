// Names in a TF graph are '/'-separated paths; this gives them a type.
//
// TF code builds names by string concatenation (`stack + "/" + name`,
// `scope.name + "/"`), and most naming bugs in emulators come from getting one
// of those joins wrong (the root has no leading slash, `""` components are
// legal: `outer//w`). ScopePath keeps the joins in one place. The name stack
// additionally distinguishes "reset by name_scope(None)" from "at the root",
// because get_name_scope() returns None in the former and "" in the latter.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace scopeplay::scope {

class ScopePath {
 public:
  ScopePath() = default;  // the root
  explicit ScopePath(std::string path) : path_(std::move(path)) {}

  static ScopePath root() { return ScopePath(); }

  bool is_root() const { return path_.empty(); }
  const std::string& str() const { return path_; }

  // `parent/name`, or `name` at the root (TF: a + "/" + b if a else b).
  ScopePath child(std::string_view name) const;
  // The last '/'-component: name.split("/")[-1].
  std::string_view leaf() const;
  // "path/" (as yielded by name_scope and used as a collection filter);
  // "" for the root.
  std::string as_prefix() const;
  // k.startswith(self + "/"): whether `other` lies strictly below this path.
  bool is_ancestor_of(const ScopePath& other) const;

  friend bool operator==(const ScopePath& a, const ScopePath& b) { return a.path_ == b.path_; }

 private:
  std::string path_;
};

// Graph._name_stack: nullopt after name_scope(None) / name_scope("").
using NameStack = std::optional<ScopePath>;

// True when the stack makes names nested (TF tests `if self._name_stack`).
inline bool stack_is_nested(const NameStack& s) { return s && !s->is_root(); }

// framework/ops.py _VALID_OP_NAME_REGEX: ^[A-Za-z0-9.][A-Za-z0-9_.\-/]*$
bool is_valid_op_name(std::string_view name);
// framework/ops.py _VALID_SCOPE_NAME_REGEX: ^[A-Za-z0-9_.\-/]*$
bool is_valid_scope_name(std::string_view name);

}  // namespace scopeplay::scope
