// `with tf.variable_scope(...) as vs:` -- entering and leaving, exactly as TF 1.15.
//
// variable_scope does three things on enter: maybe opens a name scope
// (uniquified for strings, the last path component for scope objects, none
// for "" or the root object, the current one with auxiliary_name_scope=False),
// picks the variable-scope name (verbatim for strings and objects,
// _get_unique_variable_scope for default_name) and builds a new VariableScope
// object inheriting reuse/initializer/dtype/custom getters. On exit it resets
// or restores the counters and checks nesting. VariableScopeContext is the
// Python context-manager object: create() runs __init__'s argument checks,
// enter()/exit() the dunder methods, each returning errors as values.
//
// Bridge usage: `with tf.variable_scope(n, reuse=True) as vs:` ->
//   auto ctx = VariableScopeContext::create(graph, args);  // may fail (TypeError...)
//   auto vs = ctx->enter();  ... body ...  ctx->exit();
// The bridge also makes the graph the default for the block (TF enters
// graph.as_default()), see Engine::push_default_graph.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "scope/graph.h"

namespace scopeplay::scope {

// How Python's `reuse=` argument arrived.
enum class ReuseArg { None, False, True, Auto, Invalid };

struct VariableScopeArgs {
  std::optional<std::string> name;      // name_or_scope as a string
  std::optional<VarScopeId> scope;      // name_or_scope as a VariableScope
  bool name_or_scope_invalid = false;   // some other type was passed
  std::optional<std::string> default_name;
  std::optional<Initializer> initializer;
  std::optional<CallableHandle> regularizer;
  std::optional<CallableHandle> partitioner;
  std::optional<CallableHandle> custom_getter;
  std::optional<CallableHandle> constraint;
  ReuseArg reuse = ReuseArg::None;
  std::optional<DType> dtype;
  std::optional<bool> use_resource;
  bool auxiliary_name_scope = true;
  std::optional<std::string> auxiliary_name_scope_invalid;  // repr of a non-bool
  // _pure_variable_scope (make_template(create_scope_now_=True)): no name
  // scope at all; original_name_scope is the bare name.
  bool pure = false;
};

class VariableScopeContext {
 public:
  // variable_scope.__init__.
  static Result<VariableScopeContext> create(std::shared_ptr<Graph> graph, VariableScopeArgs args);
  // __enter__: returns the new current VariableScope.
  Result<VarScopeId> enter();
  // __exit__: "Improper nesting of variable_scope." when exited out of order.
  Status exit();

 private:
  VariableScopeContext(std::shared_ptr<Graph> g, VariableScopeArgs a) : graph_(std::move(g)), args_(std::move(a)) {}
  Result<VarScopeId> enter_pure(const std::optional<std::string>& old_name_scope, bool is_object,
                                const std::string& name_or_leaf, std::optional<ReuseMode> reuse);

  std::shared_ptr<Graph> graph_;
  VariableScopeArgs args_;
  std::optional<ReuseMode> reuse_;
  // Entered state.
  std::optional<NameScopeToken> name_scope_;
  VarScopeId old_ = 0;
  VarScopeId entered_ = 0;
  std::string new_name_;
  bool is_object_ = false;
  std::size_t snapshot_mark_ = 0;
  bool active_ = false;
};

// VariableScope methods the bridge exposes.
void reuse_variables(Graph& g, VarScopeId scope);
// scope.get_collection(key): items under `scope.name + "/"` (a regex prefix).
Result<std::vector<CollectionItem>> scope_get_collection(const Graph& g, VarScopeId scope, std::string_view key);
// tf.get_variable_scope().
VarScopeId get_variable_scope(const Graph& g);

}  // namespace scopeplay::scope
