// _scopeplay_tf: graphs, name scopes, op/tensor introspection, collections.
#include "bridge/tf_native.h"
#include "runtime/ops.h"

namespace scopeplay::bridge {

using namespace runtime;  // NOLINT

void defn(ModuleBuilder& m, const char* name, std::size_t nargs, NativeFn fn) {
  std::string n = name;
  m.def_raw(name, [n, nargs, fn](Interp& in, Args& a) -> Value {
    if (a.npos != nargs || a.nkw != 0) raise(in, Exc::TypeError, n + "() takes " + std::to_string(nargs) + " arguments");
    try {
      return fn(in, a.pos);
    } catch (const scope::NotInGraph&) {
      raise(in, Exc::ValueError, "a Tensor, Operation or Variable of another graph was given to an op of this graph: they must be from the same graph");
    }
  });
}

namespace {

scope::Graph& G(Interp& in, const Value& gid) { return tf_state(in).graph(gid.as_int()); }

scope::TensorRef T(const Value* a, std::size_t i) {
  return scope::TensorRef{static_cast<scope::OpId>(a[i].as_int()), static_cast<int>(a[i + 1].as_int())};
}

Value str_or_none(Interp& in, const std::optional<std::string>& s) { return s ? make_str(in, *s) : Value::none(); }

Value item_value(Interp& in, TfState& st, const scope::CollectionItem& it) {
  switch (it.kind) {
    case scope::CollectionItemKind::Variable:
      return make_tuple(in, {make_str(in, "v"), Value::integer(static_cast<std::int64_t>(it.id))});
    case scope::CollectionItemKind::Tensor:
      return make_tuple(in, {make_str(in, "t"), Value::integer(static_cast<std::int64_t>(it.id)), Value::integer(it.index)});
    case scope::CollectionItemKind::Operation:
      return make_tuple(in, {make_str(in, "o"), Value::integer(static_cast<std::int64_t>(it.id))});
    case scope::CollectionItemKind::Opaque:
      return make_tuple(in, {make_str(in, "h"), st.object(it.id)});
  }
  return Value::none();
}

}  // namespace

Value collection_items(Interp& in, const std::vector<scope::CollectionItem>& items) {
  TfState& st = tf_state(in);
  std::vector<Value> out;
  for (const auto& it : items) out.push_back(item_value(in, st, it));
  return make_list(in, std::move(out));
}

void add_graph_natives(ModuleBuilder& m) {
  defn(m, "default_graph", 0, [](Interp& in, const Value*) {
    TfState& st = tf_state(in);
    return Value::integer(st.gid(st.engine.default_graph()));
  });
  defn(m, "new_graph", 0, [](Interp& in, const Value*) {
    TfState& st = tf_state(in);
    return Value::integer(st.gid(st.engine.new_graph()));
  });
  defn(m, "push_graph", 1, [](Interp& in, const Value* a) {
    TfState& st = tf_state(in);
    st.engine.push_default_graph(st.graph_ptr(a[0].as_int()));
    return Value::none();
  });
  defn(m, "pop_graph", 1, [](Interp& in, const Value* a) {
    TfState& st = tf_state(in);
    unwrap(in, st.engine.pop_default_graph(st.graph_ptr(a[0].as_int())));
    return Value::none();
  });
  defn(m, "reset_default_graph", 0, [](Interp& in, const Value*) {
    unwrap(in, tf_state(in).engine.reset_default_graph());
    return Value::none();
  });
  defn(m, "unique_name", 3, [](Interp& in, const Value* a) {
    return make_str(in, G(in, a[0]).unique_name(str_of(a[1]), truthy(in, a[2])));
  });
  defn(m, "get_name_scope", 1, [](Interp& in, const Value* a) { return str_or_none(in, G(in, a[0]).get_name_scope()); });
  // (gid, name, default_name, values_given, v1) -> (token, yielded)
  defn(m, "name_scope_enter", 5, [](Interp& in, const Value* a) {
    TfState& st = tf_state(in);
    scope::Graph& g = G(in, a[0]);
    auto name = opt_str(in, a[1]);
    std::optional<std::string_view> nv;
    if (name) nv = *name;
    scope::NameScopeToken tok;
    if (truthy(in, a[4])) {
      auto def = opt_str(in, a[2]);
      std::optional<std::string_view> dv;
      if (def) dv = *def;
      tok = unwrap(in, g.enter_name_scope_v1(nv, dv, truthy(in, a[3])));
    } else {
      tok = unwrap(in, g.enter_name_scope(nv));
    }
    std::int64_t id = st.next_id++;
    std::string yielded = tok.yielded;
    st.name_scopes.emplace(id, std::move(tok));
    return make_tuple(in, {Value::integer(id), make_str(in, yielded)});
  });
  defn(m, "name_scope_exit", 2, [](Interp& in, const Value* a) {
    TfState& st = tf_state(in);
    auto it = st.name_scopes.find(a[1].as_int());
    if (it != st.name_scopes.end()) {
      G(in, a[0]).exit_name_scope(it->second);
      st.name_scopes.erase(it);
    }
    return Value::none();
  });
  defn(m, "check_default_name_type", 1, [](Interp& in, const Value* a) {
    if (auto e = scope::check_default_name_type(tf_state(in).engine.profile(), str_of(a[0]))) raise_scope_error(in, *e);
    return Value::none();
  });
  defn(m, "push_device", 2, [](Interp& in, const Value* a) {
    std::optional<std::string> d;
    if (!a[1].is_none()) d = to_str(in, a[1]);
    std::optional<std::string_view> dv;
    if (d) dv = *d;
    unwrap(in, G(in, a[0]).push_device(dv));
    return Value::none();
  });
  defn(m, "pop_device", 1, [](Interp& in, const Value* a) {
    G(in, a[0]).pop_device();
    return Value::none();
  });
  // ---- operations and tensors
  defn(m, "num_ops", 1, [](Interp& in, const Value* a) {
    return Value::integer(static_cast<std::int64_t>(G(in, a[0]).num_ops()));
  });
  defn(m, "op_info", 2, [](Interp& in, const Value* a) {  // (name, type, inputs, n_outputs, device)
    const scope::Operation& op = G(in, a[0]).op(static_cast<scope::OpId>(a[1].as_int()));
    std::vector<Value> inputs;
    for (const auto& t : op.inputs) inputs.push_back(tensor_value(in, t));
    return make_tuple(in, {make_str(in, op.name), make_str(in, op.type), make_list(in, std::move(inputs)),
                           Value::integer(static_cast<std::int64_t>(op.outputs.size())), make_str(in, op.device)});
  });
  defn(m, "op_repr", 2, [](Interp& in, const Value* a) {
    return make_str(in, G(in, a[0]).op_repr(static_cast<scope::OpId>(a[1].as_int())));
  });
  defn(m, "tensor_info", 3, [](Interp& in, const Value* a) {  // (name, dtype, shape)
    scope::Graph& g = G(in, a[0]);
    scope::TensorRef t = T(a, 1);
    return make_tuple(in, {make_str(in, g.tensor_name(t)), make_str(in, g.tensor_dtype(t).name()),
                           shape_value(in, g.tensor_shape(t))});
  });
  defn(m, "tensor_str", 3, [](Interp& in, const Value* a) { return make_str(in, G(in, a[0]).tensor_str(T(a, 1))); });
  defn(m, "tensor_repr", 3, [](Interp& in, const Value* a) { return make_str(in, G(in, a[0]).tensor_repr(T(a, 1))); });
  defn(m, "consumers", 3, [](Interp& in, const Value* a) {
    scope::Graph& g = G(in, a[0]);
    scope::TensorRef t = T(a, 1);
    std::vector<Value> out;
    for (scope::OpId id = 0; id < g.num_ops(); ++id)
      for (const auto& i : g.op(id).inputs)
        if (i == t) {
          out.push_back(Value::integer(id));
          break;
        }
    return make_list(in, std::move(out));
  });
  defn(m, "get_operations", 1, [](Interp& in, const Value* a) {
    std::vector<Value> out;
    for (auto id : G(in, a[0]).get_operations()) out.push_back(Value::integer(id));
    return make_list(in, std::move(out));
  });
  defn(m, "op_by_name", 2, [](Interp& in, const Value* a) {
    return Value::integer(unwrap(in, G(in, a[0]).get_operation_by_name(str_of(a[1]))));
  });
  defn(m, "tensor_by_name", 2, [](Interp& in, const Value* a) {
    return tensor_value(in, unwrap(in, G(in, a[0]).get_tensor_by_name(str_of(a[1]))));
  });
  // ---- collections
  defn(m, "add_to_collection", 3, [](Interp& in, const Value* a) {
    TfState& st = tf_state(in);
    scope::Graph& g = G(in, a[0]);
    const Value& v = a[2];
    scope::CollectionItem item;
    if (auto var = variable_of(in, v)) {
      item = g.variable_item(var->second);
    } else if (auto t = tensor_of(in, v)) {
      item.kind = scope::CollectionItemKind::Tensor;
      item.id = t->ref.op;
      item.index = t->ref.index;
      item.name = g.tensor_name(t->ref);
    } else {
      Value opid = is_kind(v, Kind::Instance) ? get_attr_opt(in, v, in.intern("_opid")) : Value();
      if (opid.is_intlike()) {
        item.kind = scope::CollectionItemKind::Operation;
        item.id = static_cast<std::uint64_t>(opid.as_int());
        item.name = g.op(static_cast<scope::OpId>(opid.as_int())).name;
      } else {
        item.kind = scope::CollectionItemKind::Opaque;
        item.id = st.handle(v);
        Value name = v.is_obj() ? get_attr_opt(in, v, in.intern("name")) : Value();
        if (is_str(name)) item.name = str_of(name);
      }
    }
    std::vector<std::string> keys = str_list_arg(in, a[1]).value_or(std::vector<std::string>{});
    for (const auto& key : keys) g.add_to_collection(key, item);
    return Value::none();
  });
  defn(m, "get_collection", 3, [](Interp& in, const Value* a) {
    auto scope_filter = opt_str(in, a[2]);
    std::optional<std::string_view> sv;
    if (scope_filter) sv = *scope_filter;
    return collection_items(in, unwrap(in, G(in, a[0]).get_collection(to_str(in, a[1]), sv)));
  });
  defn(m, "get_all_collection_keys", 1, [](Interp& in, const Value* a) {
    std::vector<Value> out;
    for (const auto& k : G(in, a[0]).get_all_collection_keys()) out.push_back(make_str(in, k));
    return make_list(in, std::move(out));
  });
  defn(m, "clear_collection", 2, [](Interp& in, const Value* a) {
    G(in, a[0]).clear_collection(to_str(in, a[1]));
    return Value::none();
  });
}

}  // namespace scopeplay::bridge
