#include "scope/variable_scope_store.h"

namespace scopeplay::scope {

std::string reuse_repr(ReuseMode mode) {
  switch (mode) {
    case ReuseMode::False: return "False";
    case ReuseMode::True: return "True";
    case ReuseMode::Auto: return "_ReuseMode.AUTO_REUSE";
  }
  return "False";
}

VariableScopeStore::VariableScopeStore() {
  VariableScope root;  // VariableScope(False): name "", original_name_scope ""
  scopes_.push_back(std::move(root));
}

VarScopeId VariableScopeStore::add(VariableScope s) {
  s.id = static_cast<VarScopeId>(scopes_.size());
  scopes_.push_back(std::move(s));
  return scopes_.back().id;
}

VariableScopeStore::Node* VariableScopeStore::find(std::string_view full_name) const {
  auto it = index_.find(std::string(full_name));
  return it == index_.end() ? nullptr : it->second;
}

VariableScopeStore::Node* VariableScopeStore::find_or_create(std::string_view full_name) {
  if (Node* n = find(full_name)) return n;
  // Walk the '/'-components; "" components are legal ("outer//w").
  Node* node = &root_;
  std::size_t start = 0;
  while (true) {
    std::size_t slash = full_name.find('/', start);
    std::string comp(full_name.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start));
    auto& child = node->children[comp];
    if (!child) {
      child = std::make_unique<Node>();
      child->parent = node;
    }
    node = child.get();
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  index_.emplace(std::string(full_name), node);
  return node;
}

void VariableScopeStore::set_count(Node* n, int value) {
  if (n->count == value) return;
  if (snapshots_open_ > 0) undo_.emplace_back(n, n->count);
  if (value < n->count && n->parent) n->parent->probe_hints.clear();
  n->count = value;
}

void VariableScopeStore::open(std::string_view full_name) {
  Node* n = find_or_create(full_name);
  set_count(n, n->count + 1);
}

void VariableScopeStore::zero_subtree(Node* n) {
  n->probe_hints.clear();
  for (auto& [_, child] : n->children) {
    set_count(child.get(), 0);
    zero_subtree(child.get());
  }
}

void VariableScopeStore::close_subscopes(std::string_view full_name) {
  // Every key starting with full_name + "/": the subtree below the node.
  if (Node* n = find(full_name)) zero_subtree(n);
}

int VariableScopeStore::count(std::string_view full_name) const {
  Node* n = find(full_name);
  return n ? n->count : 0;
}

std::string VariableScopeStore::unique_scope_name(std::string_view parent, std::string_view prefix) {
  std::string name = parent.empty() ? std::string(prefix) : std::string(parent) + "/" + std::string(prefix);
  if (count(name) == 0) return std::string(prefix);
  // Counters only grow between resets, and every reset clears the hints of
  // the affected parent, so probing may resume where it last stopped.
  Node* base = find(name);
  Node* holder = base->parent;
  std::string hint_key(prefix);
  int idx = 1;
  if (auto it = holder->probe_hints.find(hint_key); it != holder->probe_hints.end()) idx = it->second;
  while (count(name + "_" + std::to_string(idx)) > 0) ++idx;
  holder->probe_hints[hint_key] = idx;
  return std::string(prefix) + "_" + std::to_string(idx);
}

std::size_t VariableScopeStore::snapshot() {
  ++snapshots_open_;
  return undo_.size();
}

void VariableScopeStore::restore(std::size_t mark) {
  while (undo_.size() > mark) {
    auto [node, old] = undo_.back();
    undo_.pop_back();
    if (old < node->count && node->parent) node->parent->probe_hints.clear();
    node->count = old;
  }
  if (snapshots_open_ > 0) --snapshots_open_;
}

}  // namespace scopeplay::scope
