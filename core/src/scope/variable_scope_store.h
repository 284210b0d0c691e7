// VariableScope objects and the per-graph _VariableScopeStore.
//
// TF keeps, per graph, the current VariableScope and a counter per full scope
// name. The counters drive default-name uniquification (`dense`, `dense_1`)
// independently of the graph's name table, and they have two reset rules:
// leaving a string/default-name scope zeroes the counters of its sub-scopes;
// leaving a scope-object entry restores every counter to its value right
// after entering. TF does both by scanning / copying the whole dict; here the
// counters live in a path trie (zeroing touches only the subtree) and the
// restore is an undo log, so large graphs stay linear.
#pragma once

#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "scope/graph_types.h"
#include "scope/initializers.h"

namespace scopeplay::scope {

struct VariableScope {
  VarScopeId id = 0;
  std::string name;                 // "" for the root, "a/b"
  std::string original_name_scope;  // "a/b/" (the name scope opened with it)
  ReuseMode reuse = ReuseMode::False;
  std::optional<Initializer> initializer;
  std::optional<CallableHandle> regularizer;
  std::optional<DType> dtype;        // nullopt: float32 (VariableScope default)
  // Custom getters in call order: front() runs first and receives the rest.
  std::vector<CallableHandle> custom_getters;
  std::optional<bool> use_resource;
  std::optional<CallableHandle> partitioner;
  std::optional<CallableHandle> constraint;

  DType effective_dtype() const { return dtype.value_or(DType::float32()); }
};

class VariableScopeStore {
 public:
  VariableScopeStore();

  VarScopeId current() const { return current_; }
  void set_current(VarScopeId id) { current_ = id; }
  VariableScope& scope(VarScopeId id) { return scopes_[id]; }
  const VariableScope& scope(VarScopeId id) const { return scopes_[id]; }
  VarScopeId root() const { return 0; }
  VarScopeId add(VariableScope s);

  // open_variable_scope / close_variable_subscopes / variable_scope_count.
  void open(std::string_view full_name);
  void close_subscopes(std::string_view full_name);
  int count(std::string_view full_name) const;
  // _get_unique_variable_scope(prefix) relative to `parent` scope name.
  std::string unique_scope_name(std::string_view parent, std::string_view prefix);

  // Snapshot for scope-object entries: every later counter change is logged
  // until restore(mark) undoes them.
  std::size_t snapshot();
  void restore(std::size_t mark);

 private:
  struct Node {
    int count = 0;
    Node* parent = nullptr;
    std::unordered_map<std::string, std::unique_ptr<Node>> children;
    std::unordered_map<std::string, int> probe_hints;  // prefix -> first idx to try
  };
  Node* find(std::string_view full_name) const;
  Node* find_or_create(std::string_view full_name);
  void set_count(Node* n, int value);
  void zero_subtree(Node* n);

  std::deque<VariableScope> scopes_;
  VarScopeId current_ = 0;
  Node root_;
  std::unordered_map<std::string, Node*> index_;
  std::vector<std::pair<Node*, int>> undo_;
  int snapshots_open_ = 0;
};

}  // namespace scopeplay::scope
