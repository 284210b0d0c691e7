// _scopeplay_tf: tf.Variable, get_variable (with custom-getter chains) and
// variable scopes.
#include "bridge/tf_native.h"
#include "runtime/ops.h"

namespace scopeplay::bridge {

using namespace runtime;  // NOLINT

namespace {

scope::Graph& G(Interp& in, const Value& gid) { return tf_state(in).graph(gid.as_int()); }

// Python reuse argument as prepared by the prelude: None, True, False, "auto", or other.
std::optional<scope::ReuseMode> reuse_mode(const Value& v) {
  if (v.is_none()) return std::nullopt;
  if (v.is_bool()) return v.as_bool() ? scope::ReuseMode::True : scope::ReuseMode::False;
  if (v.is_int()) {
    if (v.as_int() == 2) return scope::ReuseMode::Auto;
    return v.as_int() ? scope::ReuseMode::True : scope::ReuseMode::False;
  }
  return std::nullopt;
}

Value getter_result(Interp& in, const scope::GetterResult& r) {
  if (r.variable) return make_tuple(in, {make_str(in, "v"), Value::integer(*r.variable)});
  return make_tuple(in, {make_str(in, "h"), tf_state(in).object(r.opaque)});
}

std::optional<bool> opt_bool(Interp& in, const Value& v) {
  if (v.is_none()) return std::nullopt;
  return truthy(in, v);
}

// Arguments 1.. of get_variable / continue_getter, in the prelude's order:
// name, shape, dtype, initializer, regularizer, reuse, trainable, collections,
// partitioner, validate_shape, use_resource.
scope::GetVariableArgs get_variable_args(Interp& in, const Value* a) {
  scope::GetVariableArgs g;
  g.name = to_str(in, a[0]);
  g.shape = shape_arg(in, a[1]);
  g.dtype = dtype_arg(in, a[2]);
  g.initializer = initializer_arg(in, a[3]);
  g.regularizer = callable_arg(in, a[4]);
  g.reuse = reuse_mode(a[5]);
  g.trainable = opt_bool(in, a[6]);
  g.collections = str_list_arg(in, a[7]);
  g.partitioner = callable_arg(in, a[8]);
  g.validate_shape = truthy(in, a[9]);
  g.use_resource = opt_bool(in, a[10]);
  return g;
}

struct CallbackGraph {  // which graph user callbacks run against
  CallbackGraph(TfState& s, int gid) : st(s), saved(s.callback_gid) { st.callback_gid = gid; }
  ~CallbackGraph() { st.callback_gid = saved; }
  CallbackGraph(const CallbackGraph&) = delete;
  CallbackGraph& operator=(const CallbackGraph&) = delete;
  TfState& st;
  int saved;
};

}  // namespace

void add_variable_natives(ModuleBuilder& m) {
  // (gid, initial_value, trainable, collections, name, dtype, validate_shape, shape, has_initial_value)
  defn(m, "var_create", 9, [](Interp& in, const Value* a) {
    TfState& st = tf_state(in);
    CallbackGraph cg(st, static_cast<int>(a[0].as_int()));
    scope::VariableArgs va;
    if (truthy(in, a[8])) {
      scope::InitialValue iv;
      const Value& v = a[1];
      if (auto t = tensor_of(in, v)) {
        iv.kind = scope::InitialValue::Kind::Tensor;
        iv.tensor = t->ref;
      } else if (auto h = host_value(in, v)) {
        iv.kind = scope::InitialValue::Kind::Value;
        iv.value = std::move(*h);
      } else if (is_callable(in, v)) {
        iv.kind = scope::InitialValue::Kind::Callable;
        iv.callable = st.callable(v);
      } else {
        operand(in, v);
      }
      va.initial_value = std::move(iv);
    }
    va.trainable = a[2].is_none() ? true : truthy(in, a[2]);
    va.collections = str_list_arg(in, a[3]);
    va.name = opt_str(in, a[4]);
    va.dtype = dtype_arg(in, a[5]);
    va.validate_shape = truthy(in, a[6]);
    va.shape = shape_arg(in, a[7]);
    return Value::integer(unwrap(in, scope::create_ref_variable(G(in, a[0]), va)));
  });
  // (name, op, snapshot, initializer_op, initial_value, dtype, shape, trainable)
  defn(m, "var_info", 2, [](Interp& in, const Value* a) {
    const scope::Variable& v = G(in, a[0]).variable(static_cast<scope::VariableId>(a[1].as_int()));
    return make_tuple(in, {make_str(in, v.name), Value::integer(v.op), tensor_value(in, v.snapshot),
                           Value::integer(v.initializer_op), tensor_value(in, v.initial_value),
                           make_str(in, v.dtype.name()), shape_value(in, v.shape), Value::boolean(v.trainable)});
  });
  defn(m, "var_repr", 2, [](Interp& in, const Value* a) {
    return make_str(in, G(in, a[0]).variable(static_cast<scope::VariableId>(a[1].as_int())).repr());
  });
  // (gid, local, name, shape, dtype, initializer, regularizer, reuse, trainable,
  //  collections, partitioner, validate_shape, use_resource, custom_getter)
  defn(m, "get_variable", 14, [](Interp& in, const Value* a) {
    TfState& st = tf_state(in);
    CallbackGraph cg(st, static_cast<int>(a[0].as_int()));
    scope::GetVariableArgs g = get_variable_args(in, a + 2);
    g.custom_getter = callable_arg(in, a[13]);
    scope::Graph& graph = G(in, a[0]);
    auto r = truthy(in, a[1]) ? scope::get_local_variable(graph, std::move(g)) : scope::get_variable(graph, g);
    return getter_result(in, unwrap(in, std::move(r)));
  });
  // (cont, name, shape, dtype, initializer, regularizer, reuse, trainable,
  //  collections, partitioner, validate_shape, use_resource)
  defn(m, "continue_getter", 12, [](Interp& in, const Value* a) {
    TfState& st = tf_state(in);
    auto it = st.continuations.find(a[0].as_int());
    if (it == st.continuations.end()) raise(in, Exc::RuntimeError, "scopeplay: stale getter");
    int gid = it->second.first;
    scope::GetterContinuation next = it->second.second;
    CallbackGraph cg(st, gid);
    scope::GetVariableArgs g = get_variable_args(in, a + 1);
    scope::GetterArgs ga;
    ga.name = g.name;
    ga.requested_name = g.name;
    ga.shape = g.shape;
    ga.dtype = g.dtype.value_or(scope::DType::float32());
    ga.initializer = g.initializer;
    ga.regularizer = g.regularizer;
    ga.reuse = g.reuse.value_or(scope::ReuseMode::False);
    ga.trainable = g.trainable;
    ga.collections = g.collections;
    ga.use_resource = g.use_resource;
    ga.partitioner = g.partitioner;
    ga.validate_shape = g.validate_shape;
    return getter_result(in, unwrap(in, scope::continue_getter(st.graph(gid), next, ga)));
  });
  // ---- variable scopes
  // (gid, name_or_scope, default_name, initializer, regularizer, partitioner,
  //  custom_getter, constraint, reuse, dtype, use_resource, auxiliary_name_scope)
  defn(m, "vs_create", 12, [](Interp& in, const Value* a) {
    TfState& st = tf_state(in);
    scope::VariableScopeArgs va;
    const Value& nos = a[1];
    if (is_str(nos)) {
      va.name = str_of(nos);
    } else if (!nos.is_none()) {
      Value vsid = is_kind(nos, Kind::Instance) ? get_attr_opt(in, nos, in.intern("_vsid")) : Value();
      if (vsid.is_intlike()) va.scope = static_cast<scope::VarScopeId>(vsid.as_int());
      else va.name_or_scope_invalid = true;
    }
    va.default_name = opt_str(in, a[2]);
    va.initializer = initializer_arg(in, a[3]);
    va.regularizer = callable_arg(in, a[4]);
    va.partitioner = callable_arg(in, a[5]);
    va.custom_getter = callable_arg(in, a[6]);
    va.constraint = callable_arg(in, a[7]);
    const Value& r = a[8];
    if (r.is_none()) va.reuse = scope::ReuseArg::None;
    else if (r.is_bool()) va.reuse = r.as_bool() ? scope::ReuseArg::True : scope::ReuseArg::False;
    else if (is_str(r) && str_of(r) == "auto") va.reuse = scope::ReuseArg::Auto;
    else va.reuse = scope::ReuseArg::Invalid;
    va.dtype = dtype_arg(in, a[9]);
    va.use_resource = opt_bool(in, a[10]);
    if (a[11].is_bool()) va.auxiliary_name_scope = a[11].as_bool();
    else va.auxiliary_name_scope_invalid = to_str(in, a[11]);
    auto ctx = unwrap(in, scope::VariableScopeContext::create(st.graph_ptr(a[0].as_int()), std::move(va)));
    std::int64_t id = st.next_id++;
    st.var_scopes.emplace(id, std::make_pair(static_cast<int>(a[0].as_int()), std::move(ctx)));
    return Value::integer(id);
  });
  // (gid, name, custom_getter): template.py's _pure_variable_scope(name, custom_getter=...).
  defn(m, "vs_create_pure", 3, [](Interp& in, const Value* a) {
    TfState& st = tf_state(in);
    scope::VariableScopeArgs va;
    va.name = to_str(in, a[1]);
    va.custom_getter = callable_arg(in, a[2]);
    va.pure = true;
    auto ctx = unwrap(in, scope::VariableScopeContext::create(st.graph_ptr(a[0].as_int()), std::move(va)));
    std::int64_t id = st.next_id++;
    st.var_scopes.emplace(id, std::make_pair(static_cast<int>(a[0].as_int()), std::move(ctx)));
    return Value::integer(id);
  });
  // (gid, prefix): variable_scope._get_unique_variable_scope(prefix).
  defn(m, "vs_unique_name", 2, [](Interp& in, const Value* a) {
    scope::VariableScopeStore& store = G(in, a[0]).variable_scopes();
    return make_str(in, store.unique_scope_name(store.scope(store.current()).name, to_str(in, a[1])));
  });
  defn(m, "vs_enter", 1, [](Interp& in, const Value* a) {
    TfState& st = tf_state(in);
    auto it = st.var_scopes.find(a[0].as_int());
    if (it == st.var_scopes.end()) raise(in, Exc::RuntimeError, "scopeplay: unknown variable scope");
    return Value::integer(unwrap(in, it->second.second.enter()));
  });
  defn(m, "vs_exit", 1, [](Interp& in, const Value* a) {
    TfState& st = tf_state(in);
    auto it = st.var_scopes.find(a[0].as_int());
    if (it == st.var_scopes.end()) return Value::none();
    scope::Status s = it->second.second.exit();
    if (s.ok()) st.var_scopes.erase(it);  // a refused exit may be retried
    unwrap(in, std::move(s));
    return Value::none();
  });
  // (name, original_name_scope, reuse, dtype, initializer, regularizer, custom_getter, use_resource, partitioner)
  defn(m, "vs_info", 2, [](Interp& in, const Value* a) {
    TfState& st = tf_state(in);
    const scope::VariableScope& s = G(in, a[0]).variable_scopes().scope(static_cast<scope::VarScopeId>(a[1].as_int()));
    Value reuse = s.reuse == scope::ReuseMode::Auto ? Value::integer(2) : Value::boolean(s.reuse == scope::ReuseMode::True);
    Value init = Value::none();
    if (s.initializer) {
      if (s.initializer->callable.id != 0) init = st.object(s.initializer->callable.id);
    }
    auto obj = [&](const std::optional<scope::CallableHandle>& h) { return h && h->id ? st.object(h->id) : Value::none(); };
    Value getter = s.custom_getters.empty() ? Value::none() : st.object(s.custom_getters.front().id);
    return make_tuple(in, {make_str(in, s.name), make_str(in, s.original_name_scope), reuse,
                           s.dtype ? make_str(in, s.dtype->name()) : make_str(in, "float32"), init,
                           obj(s.regularizer), getter,
                           s.use_resource ? Value::boolean(*s.use_resource) : Value::none(), obj(s.partitioner)});
  });
  defn(m, "vs_reuse_variables", 2, [](Interp& in, const Value* a) {
    scope::reuse_variables(G(in, a[0]), static_cast<scope::VarScopeId>(a[1].as_int()));
    return Value::none();
  });
  // (gid, vsid, field, value): set_initializer & co.
  defn(m, "vs_set", 4, [](Interp& in, const Value* a) {
    scope::VariableScope& s = G(in, a[0]).variable_scopes().scope(static_cast<scope::VarScopeId>(a[1].as_int()));
    const std::string& f = str_of(a[2]);
    if (f == "initializer") s.initializer = initializer_arg(in, a[3]);
    else if (f == "regularizer") s.regularizer = callable_arg(in, a[3]);
    else if (f == "partitioner") s.partitioner = callable_arg(in, a[3]);
    else if (f == "dtype") s.dtype = dtype_arg(in, a[3]);
    else if (f == "use_resource") s.use_resource = opt_bool(in, a[3]);
    else if (f == "custom_getter") {
      auto h = callable_arg(in, a[3]);
      s.custom_getters.clear();
      if (h) s.custom_getters.push_back(*h);
    }
    return Value::none();
  });
  defn(m, "get_variable_scope", 1, [](Interp& in, const Value* a) {
    return Value::integer(scope::get_variable_scope(G(in, a[0])));
  });
  defn(m, "vs_get_collection", 3, [](Interp& in, const Value* a) {
    return collection_items(in, unwrap(in, scope::scope_get_collection(G(in, a[0]), static_cast<scope::VarScopeId>(a[1].as_int()),
                                                                       to_str(in, a[2]))));
  });
}

}  // namespace scopeplay::bridge
