#include "scope/scope_path.h"

namespace scopeplay::scope {

ScopePath ScopePath::child(std::string_view name) const {
  if (path_.empty()) return ScopePath(std::string(name));
  std::string out;
  out.reserve(path_.size() + 1 + name.size());
  out += path_;
  out += '/';
  out += name;
  return ScopePath(std::move(out));
}

std::string_view ScopePath::leaf() const {
  std::string_view v(path_);
  auto pos = v.rfind('/');
  return pos == std::string_view::npos ? v : v.substr(pos + 1);
}

std::string ScopePath::as_prefix() const { return path_.empty() ? std::string() : path_ + "/"; }

bool ScopePath::is_ancestor_of(const ScopePath& other) const {
  const std::string& o = other.path_;
  return o.size() > path_.size() && o.compare(0, path_.size(), path_) == 0 &&
         o[path_.size()] == '/';
}

namespace {
bool is_name_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         c == '_' || c == '.' || c == '-' || c == '/';
}
}  // namespace

bool is_valid_op_name(std::string_view name) {
  if (name.empty()) return false;
  char c = name[0];
  bool first_ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.';
  if (!first_ok) return false;
  for (char ch : name.substr(1)) {
    if (!is_name_char(ch)) return false;
  }
  return true;
}

bool is_valid_scope_name(std::string_view name) {
  for (char ch : name) {
    if (!is_name_char(ch)) return false;
  }
  return true;
}

}  // namespace scopeplay::scope
