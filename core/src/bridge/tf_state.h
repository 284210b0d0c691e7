// Per-run state of the TensorFlow bridge and the conversions it shares.
//
// The Python side of `tensorflow` is an embedded prelude (tf_prelude_*.cpp):
// classes Tensor, Operation, Variable, VariableScope, Graph... that hold small
// integer ids. The prelude calls the native module `_scopeplay_tf`, whose
// functions (tf_native_*.cpp) speak only ids, strings, tuples and the user's
// Python objects, and map each call onto one scope/ call. This state owns the
// scope::Engine, the graph table (gid <-> Graph), the Python objects the
// engine refers to by handle (custom getters, initializers, opaque collection
// items) and the open name/variable-scope contexts. It is also the engine's
// FrameSource and Callbacks, so user callables run back through the
// interpreter. Nothing here is global: one TfState per Interp.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/native.h"
#include "scope/scope.h"

namespace scopeplay::bridge {

using runtime::Interp;
using runtime::Value;

class TfState final : public scope::FrameSource, public scope::Callbacks {
 public:
  TfState(Interp& in, const scope::VersionProfile& profile);

  Interp& in;
  scope::Engine engine;
  Value prelude;  // the `tensorflow` module dict, for callback helpers
  bool lazy_parts_loaded = false;  // the lazy prelude parts ran (install.cpp, load_lazy_parts)

  // ---- graphs
  int gid(const std::shared_ptr<scope::Graph>& g);
  scope::Graph& graph(std::int64_t gid);
  std::shared_ptr<scope::Graph> graph_ptr(std::int64_t gid);
  const std::vector<std::shared_ptr<scope::Graph>>& graphs() const { return graphs_; }

  // ---- Python objects the engine refers to
  std::uint64_t handle(const Value& obj);
  const Value& object(std::uint64_t id) const { return handles_.at(id); }
  scope::CallableHandle callable(const Value& fn);

  // ---- open contexts
  std::map<std::int64_t, scope::NameScopeToken> name_scopes;
  std::map<std::int64_t, std::pair<int, scope::VariableScopeContext>> var_scopes;
  std::map<std::int64_t, std::pair<int, scope::GetterContinuation>> continuations;
  std::int64_t next_id = 1;

  // FrameSource
  scope::Traceback current_traceback() const override;
  // Callbacks
  scope::Result<scope::GetterResult> call_custom_getter(const scope::CallableHandle& getter,
                                                        const scope::GetterArgs& args,
                                                        const scope::GetterContinuation& next) override;
  scope::Result<scope::TensorRef> call_initializer(const scope::CallableHandle& fn,
                                                   const std::optional<scope::TensorShape>& shape,
                                                   scope::DType dtype) override;
  scope::Result<scope::TensorRef> call_initial_value(const scope::CallableHandle& fn) override;
  scope::Result<std::optional<scope::TensorRef>> call_regularizer(const scope::CallableHandle& fn,
                                                                  scope::VariableId variable) override;

  // Graph whose callbacks are running (custom getters continue in it).
  int callback_gid = -1;

 private:
  // What an op or naming record of a graph costs besides its traceback
  // (measured natively: the 21 records of one tf.get_variable take ~24 KB).
  static constexpr std::size_t kGraphRecordBytes = 1024;
  void charge_graph_memory(std::size_t bytes) const;
  mutable Value graph_memory_;  // an empty str that carries the graph's charge

  std::vector<std::shared_ptr<scope::Graph>> graphs_;
  std::unordered_map<const scope::Graph*, int> gids_;
  std::vector<Value> handles_;  // keeps the objects alive, so their addresses stay unique
  std::unordered_map<const runtime::Object*, std::uint64_t> handle_ids_;
};

TfState& tf_state(Interp& in);

// ---- raising
[[noreturn]] void raise_scope_error(Interp& in, const scope::ScopeError& e);
template <class T>
T unwrap(Interp& in, scope::Result<T> r) {
  if (!r.ok()) raise_scope_error(in, r.error());
  return std::move(r).value();
}

// ---- conversions between Python values and scope/ data
// A prelude Tensor/Variable: its graph id and tensor (a Variable's snapshot).
struct TensorOf {
  int gid = -1;
  scope::TensorRef ref;
};
std::optional<TensorOf> tensor_of(Interp& in, const Value& v);
// A prelude Variable: graph id and VariableId.
std::optional<std::pair<int, scope::VariableId>> variable_of(Interp& in, const Value& v);
// Python data (numbers, bools, strings, nested lists/tuples) as a HostValue.
std::optional<scope::HostValue> host_value(Interp& in, const Value& v);
// Tensor, Variable or Python data; TypeError like convert_to_tensor otherwise.
scope::Operand operand(Interp& in, const Value& v);
std::optional<scope::DType> dtype_arg(Interp& in, const Value& v);  // None -> nullopt; a name string
std::optional<scope::TensorShape> shape_arg(Interp& in, const Value& v);  // None -> nullopt
std::optional<std::string> opt_str(Interp& in, const Value& v);
Value shape_value(Interp& in, const scope::TensorShape& s);  // None (unknown rank) or list of int|None
Value tensor_value(Interp& in, scope::TensorRef t);            // (op, idx)
std::optional<scope::Initializer> initializer_arg(Interp& in, const Value& v);
std::optional<scope::CallableHandle> callable_arg(Interp& in, const Value& v);
std::optional<std::vector<std::string>> str_list_arg(Interp& in, const Value& v);

// Calls tensorflow.<helper>(args...) in the prelude.
Value call_prelude(Interp& in, const char* helper, std::vector<Value> args);

}  // namespace scopeplay::bridge
