#include "scope/graph.h"

#include "scope/device.h"
#include "scope/pattern.h"

namespace scopeplay::scope {

namespace {
std::string quote(std::string_view s) { return "'" + std::string(s) + "'"; }

std::string where_in(const NameStack& stack) {
  if (!stack_is_nested(stack)) return "at the root";
  return "in '" + stack->as_prefix() + "'";
}
}  // namespace

Graph::Graph(const VersionProfile& profile, const GraphHooks* hooks)
    : profile_(&profile), hooks_(hooks), names_(profile.case_insensitive_names) {}

Traceback Graph::current_traceback() const {
  if (hooks_ && hooks_->frames) return hooks_->frames->current_traceback();
  return nullptr;
}

// ---- names -----------------------------------------------------------------

UniqueName Graph::unique_name_detailed(std::string_view name, bool mark_as_used) {
  if (stack_is_nested(name_stack_)) {
    return names_.unique(name_stack_->child(name).str(), mark_as_used);
  }
  return names_.unique(name, mark_as_used);
}

std::string Graph::unique_name(std::string_view name, bool mark_as_used) {
  return unique_name_detailed(name, mark_as_used).name;
}

std::string Graph::describe_uniquify(const UniqueName& u, std::string_view requested) const {
  if (u.suffix == 0) {
    return quote(requested) + " was free " + where_in(name_stack_) + ", so it was kept";
  }
  std::string ci;
  ScopePath taken(u.taken);
  bool has_upper = false;
  for (char c : requested) has_upper = has_upper || (c >= 'A' && c <= 'Z');
  if (profile_->case_insensitive_names && has_upper) ci = " (names are compared case-insensitively)";
  return quote(taken.leaf()) + " was taken " + where_in(name_stack_) + ", so it became " +
         quote(ScopePath(u.name).leaf()) + ci;
}

Result<NameScopeToken> Graph::enter_name_scope(std::optional<std::string_view> name) {
  return open_name_scope(name, true);
}

Result<NameScopeToken> Graph::enter_name_scope_internal(std::optional<std::string_view> name) {
  return open_name_scope(name, false);
}

Result<NameScopeToken> Graph::open_name_scope(std::optional<std::string_view> name, bool log) {
  if (name && !name->empty()) {
    bool ok = stack_is_nested(name_stack_) ? is_valid_scope_name(*name) : is_valid_op_name(*name);
    if (!ok) return value_error("'" + std::string(*name) + "' is not a valid scope name");
  }
  NameScopeToken token;
  token.previous = name_stack_;
  if (!name || name->empty()) {
    token.entered = std::nullopt;
    token.yielded = "";
    if (log) {
      record("name_scope", "", "", "an empty or None name scope resets to the root for this block");
    }
  } else if (name->back() == '/') {
    token.entered = ScopePath(std::string(name->substr(0, name->size() - 1)));
    token.yielded = token.entered->str() + "/";
    if (log) {
      record("name_scope", std::string(*name), token.yielded,
             "a name ending in '/' re-enters that scope verbatim, without uniquifying");
    }
  } else {
    UniqueName u = unique_name_detailed(*name);
    std::string reason = describe_uniquify(u, *name);
    token.entered = ScopePath(u.name);
    token.yielded = u.name + "/";
    scope_reasons_[u.name] = {std::string(*name), reason};
    if (log) record("name_scope", std::string(*name), token.yielded, reason);
  }
  if (log) scopes_opened_.push_back(token.yielded);
  name_stack_ = token.entered;
  return token;
}

Result<NameScopeToken> Graph::enter_name_scope_v1(std::optional<std::string_view> name,
                                                  std::optional<std::string_view> default_name,
                                                  bool values_given) {
  std::optional<std::string_view> chosen = name ? name : default_name;
  if (!chosen && values_given) {
    return value_error("At least one of name (None) and default_name (None) must be provided.");
  }
  return enter_name_scope(chosen);
}

Result<NameScopeToken> Graph::enter_name_scope_v1_internal(std::optional<std::string_view> name,
                                                           std::optional<std::string_view> default_name,
                                                           bool values_given) {
  std::optional<std::string_view> chosen = name ? name : default_name;
  if (!chosen && values_given) {
    return value_error("At least one of name (None) and default_name (None) must be provided.");
  }
  return open_name_scope(chosen, false);
}

void Graph::exit_name_scope(const NameScopeToken& token) { name_stack_ = token.previous; }

std::optional<std::string> Graph::get_name_scope() const {
  if (!name_stack_) return std::nullopt;
  return name_stack_->str();
}

std::optional<ScopeError> check_default_name_type(const VersionProfile& profile, std::string_view python_type) {
  if (!profile.checks_default_name_type) return std::nullopt;
  return type_error("`default_name` type (" + std::string(python_type) +
                    ") is not a string type. You likely meant to pass this into the `values` kwarg.");
}

// ---- operations --------------------------------------------------------------

Result<OpId> Graph::create_op(OpSpec spec) {
  std::string requested = spec.name ? *spec.name : spec.type;
  std::string final_name;
  std::string reason;
  std::string shown_request = requested;
  if (!requested.empty() && requested.back() == '/') {
    final_name = requested.substr(0, requested.size() - 1);
    if (auto it = scope_reasons_.find(final_name); it != scope_reasons_.end()) {
      shown_request = it->second.first;
      reason = it->second.second + " (the op is named after the name scope opened for it)";
    } else {
      reason = "the name '" + requested + "' ends in '/', so it is used verbatim";
    }
  } else {
    UniqueName u = unique_name_detailed(requested);
    reason = describe_uniquify(u, requested);
    final_name = std::move(u.name);
  }
  if (!is_valid_op_name(final_name)) {
    return value_error("'" + final_name + "' is not a valid node name");
  }
  if (ops_by_name_.count(final_name) != 0) {
    // TF_FinishOperation's InvalidArgumentError, re-raised as ValueError.
    return value_error("Duplicate node name in graph: '" + final_name + "'");
  }
  Operation op;
  op.id = static_cast<OpId>(ops_.size());
  op.name = final_name;
  op.type = std::move(spec.type);
  op.inputs = std::move(spec.inputs);
  op.outputs = std::move(spec.outputs);
  op.const_value = std::move(spec.const_value);
  op.device = devices_.empty() ? std::string() : devices_.back();
  op.traceback = current_traceback();
  op.requested_name = shown_request;
  op.name_scope = name_stack_;
  const VariableScope& vs = var_scopes_.scope(var_scopes_.current());
  op.variable_scope = vs.name;
  op.reuse = vs.reuse;
  ops_by_name_.emplace(final_name, op.id);
  ops_.push_back(std::move(op));
  record("op", shown_request, final_name, reason);
  return ops_.back().id;
}

std::vector<OpId> Graph::get_operations() const {
  std::vector<OpId> out(ops_.size());
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = static_cast<OpId>(i);
  return out;
}

Result<OpId> Graph::get_operation_by_name(std::string_view name) const {
  // as_graph_element(name, allow_tensor=False, allow_operation=True)
  if (name.find(':') != std::string_view::npos) {
    return value_error("Name '" + std::string(name) + "' appears to refer to a Tensor, not a Operation.");
  }
  auto it = ops_by_name_.find(std::string(name));
  if (it == ops_by_name_.end()) {
    return ScopeError{ErrorKind::KeyError,
                      "The name '" + std::string(name) + "' refers to an Operation not in the graph."};
  }
  return it->second;
}

Result<TensorRef> Graph::get_tensor_by_name(std::string_view name) const {
  // as_graph_element(name, allow_tensor=True, allow_operation=False)
  std::string n(name);
  auto colon = n.find(':');
  if (colon == std::string::npos) {
    std::string msg = ops_by_name_.count(n)
                          ? "The name '" + n + "' refers to an Operation, not a Tensor."
                          : "The name '" + n + "' looks like an (invalid) Operation name, not a Tensor.";
    return value_error(msg + " Tensor names must be of the form \"<op_name>:<output_index>\".");
  }
  std::string op_name = n.substr(0, colon);
  std::string index_str = n.substr(colon + 1);
  bool numeric = !index_str.empty() && index_str.find(':') == std::string::npos;
  std::size_t digits_from = (numeric && (index_str[0] == '-' || index_str[0] == '+')) ? 1 : 0;
  if (numeric && digits_from == index_str.size()) numeric = false;
  for (std::size_t i = digits_from; numeric && i < index_str.size(); ++i) {
    if (index_str[i] < '0' || index_str[i] > '9') numeric = false;
  }
  if (!numeric || index_str.size() > 9) {
    return value_error("The name '" + n + "' looks a like a Tensor name, but is not a valid one. "
                       "Tensor names must be of the form \"<op_name>:<output_index>\".");
  }
  auto it = ops_by_name_.find(op_name);
  if (it == ops_by_name_.end()) {
    return ScopeError{ErrorKind::KeyError, "The name '" + n +
                                               "' refers to a Tensor which does not exist. The operation, '" +
                                               op_name + "', does not exist in the graph."};
  }
  long idx = std::stol(index_str);
  const Operation& op = ops_[it->second];
  long count = static_cast<long>(op.outputs.size());
  if (idx < 0) idx += count;  // Python list indexing
  if (idx < 0 || idx >= count) {
    return ScopeError{ErrorKind::KeyError, "The name '" + n +
                                               "' refers to a Tensor which does not exist. The operation, '" +
                                               op_name + "', exists but only has " +
                                               std::to_string(count) + " outputs."};
  }
  return TensorRef{it->second, static_cast<int>(idx)};
}

std::string Graph::tensor_name(TensorRef t) const {
  return op(t.op).name + ":" + std::to_string(t.index);
}

std::string Graph::tensor_str(TensorRef t) const {
  const OutputSpec& o = output(t);
  std::string out = "Tensor(\"" + tensor_name(t) + "\"";
  if (o.shape.has_rank()) out += ", shape=" + o.shape.str();
  return out + ", dtype=" + o.dtype.name() + ")";
}

std::string Graph::tensor_repr(TensorRef t) const {
  const OutputSpec& o = output(t);
  return "<tf.Tensor '" + tensor_name(t) + "' shape=" + o.shape.str() + " dtype=" + o.dtype.name() + ">";
}

std::string Graph::op_repr(OpId id) const {
  return "<tf.Operation '" + op(id).name + "' type=" + op(id).type + ">";
}

// ---- collections -------------------------------------------------------------

void Graph::add_to_collection(std::string_view key, CollectionItem item) {
  auto [it, inserted] = collections_.try_emplace(std::string(key));
  if (inserted) collection_order_.emplace_back(key);
  it->second.push_back(std::move(item));
}

void Graph::add_to_collections(const std::vector<std::string>& keys, CollectionItem item) {
  // ops.add_to_collections de-duplicates the key list (it is turned into a set).
  std::vector<std::string> seen;
  for (const auto& k : keys) {
    bool dup = false;
    for (const auto& s : seen) dup = dup || s == k;
    if (dup) continue;
    seen.push_back(k);
    add_to_collection(k, item);
  }
}

Result<std::vector<CollectionItem>> Graph::get_collection(std::string_view key,
                                                          std::optional<std::string_view> scope) const {
  auto it = collections_.find(std::string(key));
  if (it == collections_.end()) return std::vector<CollectionItem>{};
  if (!scope) return it->second;
  SCOPEPLAY_TRY(Pattern pattern, Pattern::compile(*scope));
  std::vector<CollectionItem> out;
  for (const auto& item : it->second) {
    if (item.name && pattern.match_prefix(*item.name)) out.push_back(item);
  }
  return out;
}

std::vector<std::string> Graph::get_all_collection_keys() const { return collection_order_; }

void Graph::clear_collection(std::string_view key) {
  auto it = collections_.find(std::string(key));
  if (it != collections_.end()) it->second.clear();
}

// ---- variables ---------------------------------------------------------------

VariableId Graph::add_variable(Variable v) {
  v.id = static_cast<VariableId>(variables_.size());
  variables_.push_back(std::move(v));
  return variables_.back().id;
}

CollectionItem Graph::variable_item(VariableId id) const {
  return CollectionItem{CollectionItemKind::Variable, id, 0, variable(id).tensor_name()};
}

std::optional<VariableId> Graph::stored_variable(std::string_view full_name) const {
  auto it = store_.find(std::string(full_name));
  if (it == store_.end()) return std::nullopt;
  return it->second;
}

void Graph::store_variable(std::string full_name, VariableId id) { store_[std::move(full_name)] = id; }

// ---- provenance --------------------------------------------------------------

void Graph::record(std::string kind, std::string requested, std::string result, std::string reason) {
  events_.push_back(NamingRecord{std::move(kind), std::move(requested), std::move(result),
                                 std::move(reason), current_traceback()});
}

Status Graph::push_device(std::optional<std::string_view> device) {
  SCOPEPLAY_TRY(std::string merged, merge_device(devices_.empty() ? std::string() : devices_.back(), device));
  devices_.push_back(std::move(merged));
  return Ok{};
}

}  // namespace scopeplay::scope
