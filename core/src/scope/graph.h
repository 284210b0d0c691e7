// The TF1 graph: op naming, the name stack, lookups and collections.
//
// This is framework/ops.py's Graph reduced to what naming needs. Every op,
// whether a user's tf.constant or a Const hidden inside tf.random_normal, goes
// through create_op(), so uniquification, validation ("'_x' is not a valid
// node name") and provenance live in one place. A Graph also owns the state TF
// keeps in its collections: variables, the variable-scope store and the
// get_variable store, which is why tf.reset_default_graph() forgets them all.
//
// Bridge usage: one shared_ptr<Graph> per tf.Graph (Engine owns the default
// one). Python Tensor/Operation objects wrap (graph, TensorRef/OpId);
// `with g.name_scope(n) as s` is enter_name_scope() + exit_name_scope(token).
#pragma once

#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "scope/graph_types.h"
#include "scope/name_table.h"
#include "scope/result.h"
#include "scope/scope_path.h"
#include "scope/variable.h"
#include "scope/variable_scope_store.h"
#include "scope/version_profile.h"

namespace scopeplay::scope {

// An op, tensor or variable id that this graph does not have: one taken from
// another tf.Graph. Thrown by the accessors below instead of reading out of
// bounds; the bridge reports it as a ValueError.
struct NotInGraph {};

class Callbacks;

struct Operation {
  OpId id = 0;
  std::string name;  // "V1/add_1"
  std::string type;  // "AddV2"
  std::vector<TensorRef> inputs;
  std::vector<OutputSpec> outputs;
  std::string device;
  std::optional<HostValue> const_value;  // for Const ops (shape inference)
  Traceback traceback;
  // Provenance.
  std::string requested_name;     // before uniquification
  NameStack name_scope;           // stack when created
  std::string variable_scope;     // current variable scope name
  ReuseMode reuse = ReuseMode::False;
};

struct OpSpec {
  std::string type;
  std::optional<std::string> name;  // nullopt = type; "x/" = verbatim "x"
  std::vector<TensorRef> inputs;
  std::vector<OutputSpec> outputs;
  std::optional<HostValue> const_value;
};

enum class CollectionItemKind { Variable, Tensor, Operation, Opaque };
struct CollectionItem {
  CollectionItemKind kind = CollectionItemKind::Opaque;
  std::uint64_t id = 0;               // VariableId, OpId, or a bridge handle
  int index = 0;                      // tensor output index
  std::optional<std::string> name;    // used by scope filters; nullopt = no .name
  friend bool operator==(const CollectionItem& a, const CollectionItem& b) {
    return a.kind == b.kind && a.id == b.id && a.index == b.index;
  }
};

namespace graph_keys {
inline constexpr std::string_view kGlobalVariables = "variables";
inline constexpr std::string_view kLocalVariables = "local_variables";
inline constexpr std::string_view kTrainableVariables = "trainable_variables";
inline constexpr std::string_view kModelVariables = "model_variables";
inline constexpr std::string_view kRegularizationLosses = "regularization_losses";
inline constexpr std::string_view kLosses = "losses";
inline constexpr std::string_view kUpdateOps = "update_ops";
inline constexpr std::string_view kTrainOp = "train_op";
}  // namespace graph_keys

// Services the bridge provides; owned by the Engine, shared by its graphs.
struct GraphHooks {
  const FrameSource* frames = nullptr;
  Callbacks* callbacks = nullptr;
};

// Returned by enter_name_scope; hand it back to exit_name_scope.
struct NameScopeToken {
  NameStack previous;
  NameStack entered;
  std::string yielded;  // what `as s` receives: "foo/", "" after a reset
};

class Graph {
 public:
  explicit Graph(const VersionProfile& profile = default_profile(),
                 const GraphHooks* hooks = nullptr);
  Graph(const Graph&) = delete;
  Graph& operator=(const Graph&) = delete;

  const VersionProfile& profile() const { return *profile_; }
  Callbacks* callbacks() const { return hooks_ ? hooks_->callbacks : nullptr; }
  Traceback current_traceback() const;

  // ---- names -------------------------------------------------------------
  // Graph.unique_name(name, mark_as_used): prefixes the name stack.
  std::string unique_name(std::string_view name, bool mark_as_used = true);
  UniqueName unique_name_detailed(std::string_view name, bool mark_as_used = true);

  // Graph.name_scope(name): nullopt/"" reset, "x/" absolute, else uniquified.
  Result<NameScopeToken> enter_name_scope(std::optional<std::string_view> name);
  // tf.name_scope(name, default_name, values) (the v1 class).
  Result<NameScopeToken> enter_name_scope_v1(std::optional<std::string_view> name,
                                             std::optional<std::string_view> default_name,
                                             bool values_given);
  // The same, for scopes the engine opens itself (op wrappers, variable
  // construction): identical naming, but not logged as user-visible scopes.
  Result<NameScopeToken> enter_name_scope_internal(std::optional<std::string_view> name);
  Result<NameScopeToken> enter_name_scope_v1_internal(std::optional<std::string_view> name,
                                                      std::optional<std::string_view> default_name,
                                                      bool values_given);
  void exit_name_scope(const NameScopeToken& token);
  // get_name_scope(): nullopt inside name_scope(None), "" at the root.
  std::optional<std::string> get_name_scope() const;
  const NameStack& name_stack() const { return name_stack_; }

  // ---- devices -----------------------------------------------------------
  // with tf.device(d): merged with the enclosing device (scope/device.h); nullopt = tf.device(None).
  Status push_device(std::optional<std::string_view> device);
  void pop_device() { if (!devices_.empty()) devices_.pop_back(); }

  // ---- operations and tensors --------------------------------------------
  Result<OpId> create_op(OpSpec spec);
  const Operation& op(OpId id) const { return ops_[checked_op(id)]; }
  std::size_t num_ops() const { return ops_.size(); }
  std::vector<OpId> get_operations() const;
  Result<OpId> get_operation_by_name(std::string_view name) const;
  Result<TensorRef> get_tensor_by_name(std::string_view name) const;
  const OutputSpec& output(TensorRef t) const { return checked_output(t); }
  DType tensor_dtype(TensorRef t) const { return output(t).dtype; }
  const TensorShape& tensor_shape(TensorRef t) const { return output(t).shape; }
  // Tensor.set_shape (the caller merges; see ops::set_shape).
  void set_tensor_shape(TensorRef t, TensorShape s) { const_cast<OutputSpec&>(checked_output(t)).shape = std::move(s); }
  std::string tensor_name(TensorRef t) const;
  std::string tensor_str(TensorRef t) const;   // Tensor("x:0", shape=(?, 3), dtype=float32)
  std::string tensor_repr(TensorRef t) const;  // <tf.Tensor 'x:0' shape=(?, 3) dtype=float32>
  std::string op_repr(OpId id) const;          // <tf.Operation 'Const' type=Const>

  // ---- collections -------------------------------------------------------
  void add_to_collection(std::string_view key, CollectionItem item);
  void add_to_collections(const std::vector<std::string>& keys, CollectionItem item);
  // get_collection(key, scope): scope is a regex matched at the name's start.
  Result<std::vector<CollectionItem>> get_collection(std::string_view key,
                                                     std::optional<std::string_view> scope = std::nullopt) const;
  std::vector<std::string> get_all_collection_keys() const;
  void clear_collection(std::string_view key);

  // ---- variables (both tf.Variable and get_variable ones) -----------------
  Variable& variable(VariableId id) { return variables_[checked_variable(id)]; }
  const Variable& variable(VariableId id) const { return variables_[checked_variable(id)]; }
  std::size_t num_variables() const { return variables_.size(); }
  VariableId add_variable(Variable v);
  CollectionItem variable_item(VariableId id) const;

  // The get_variable store (_VariableStore._vars): full name -> variable.
  std::optional<VariableId> stored_variable(std::string_view full_name) const;
  void store_variable(std::string full_name, VariableId id);

  VariableScopeStore& variable_scopes() { return var_scopes_; }
  const VariableScopeStore& variable_scopes() const { return var_scopes_; }

  // ---- provenance --------------------------------------------------------
  void record(std::string kind, std::string requested, std::string result, std::string reason);
  const std::vector<NamingRecord>& events() const { return events_; }
  const std::vector<std::string>& scopes_opened() const { return scopes_opened_; }

 private:
  OpId checked_op(OpId id) const {
    if (id >= ops_.size()) throw NotInGraph{};
    return id;
  }
  const OutputSpec& checked_output(TensorRef t) const {
    const Operation& o = ops_[checked_op(t.op)];
    if (t.index < 0 || static_cast<std::size_t>(t.index) >= o.outputs.size()) throw NotInGraph{};
    return o.outputs[static_cast<std::size_t>(t.index)];
  }
  VariableId checked_variable(VariableId id) const {
    if (id >= variables_.size()) throw NotInGraph{};
    return id;
  }
  std::string describe_uniquify(const UniqueName& u, std::string_view requested) const;
  Result<NameScopeToken> open_name_scope(std::optional<std::string_view> name, bool log);

  const VersionProfile* profile_;
  const GraphHooks* hooks_;
  NameTable names_;
  NameStack name_stack_ = ScopePath::root();
  std::vector<std::string> devices_;

  std::deque<Operation> ops_;
  std::unordered_map<std::string, OpId> ops_by_name_;
  // Why a scope got its name, so the op named after it can say so.
  std::unordered_map<std::string, std::pair<std::string, std::string>> scope_reasons_;

  std::unordered_map<std::string, std::vector<CollectionItem>> collections_;
  std::vector<std::string> collection_order_;

  std::deque<Variable> variables_;
  std::unordered_map<std::string, VariableId> store_;
  VariableScopeStore var_scopes_;

  std::vector<NamingRecord> events_;
  std::vector<std::string> scopes_opened_;
};

// name_scope.__init__ (TF >= 1.14): a non-string default_name is a TypeError.
// `python_type` is str(type(default_name)), e.g. "<class 'list'>". nullopt: fine.
std::optional<ScopeError> check_default_name_type(const VersionProfile& profile, std::string_view python_type);

// RAII for name scopes opened by the engine itself (op wrappers).
class NameScopeGuard {
 public:
  NameScopeGuard(Graph& g, NameScopeToken token) : g_(&g), token_(std::move(token)) {}
  NameScopeGuard(const NameScopeGuard&) = delete;
  NameScopeGuard& operator=(const NameScopeGuard&) = delete;
  ~NameScopeGuard() { g_->exit_name_scope(token_); }
  const std::string& scope() const { return token_.yielded; }

 private:
  Graph* g_;
  NameScopeToken token_;
};

}  // namespace scopeplay::scope
