#include "bridge/tf_state.h"

#include <algorithm>

#include "runtime/ops.h"

namespace scopeplay::bridge {

using namespace runtime;  // NOLINT

TfState::TfState(Interp& i, const scope::VersionProfile& profile) : in(i), engine(profile) {
  engine.set_frame_source(this);
  engine.set_callbacks(this);
  handles_.emplace_back();  // id 0 = no object
}

TfState& tf_state(Interp& in) {
  auto it = in.extension_state.find("tensorflow");
  if (it == in.extension_state.end()) raise(in, Exc::RuntimeError, "scopeplay: tensorflow is not installed");
  return *static_cast<TfState*>(it->second.get());
}

int TfState::gid(const std::shared_ptr<scope::Graph>& g) {
  auto it = gids_.find(g.get());
  if (it != gids_.end()) return it->second;
  int id = static_cast<int>(graphs_.size());
  graphs_.push_back(g);
  gids_.emplace(g.get(), id);
  return id;
}

std::shared_ptr<scope::Graph> TfState::graph_ptr(std::int64_t id) {
  if (id < 0 || id >= static_cast<std::int64_t>(graphs_.size())) raise(in, Exc::ValueError, "invalid graph");
  return graphs_[static_cast<std::size_t>(id)];
}

scope::Graph& TfState::graph(std::int64_t id) { return *graph_ptr(id); }

std::uint64_t TfState::handle(const Value& obj) {
  if (obj.is_obj()) {
    auto it = handle_ids_.find(obj.obj());
    if (it != handle_ids_.end()) return it->second;
  }
  handles_.push_back(obj);
  if (obj.is_obj()) handle_ids_.emplace(obj.obj(), handles_.size() - 1);
  return handles_.size() - 1;
}

scope::CallableHandle TfState::callable(const Value& fn) {
  scope::CallableHandle h;
  h.id = handle(fn);
  h.repr = repr(in, fn);
  Value req = call_prelude(in, "_required_args", {fn});
  h.required_args = req.is_intlike() ? static_cast<int>(req.as_int()) : 0;
  return h;
}

scope::Traceback TfState::current_traceback() const {
  auto frames = call_stack(in, true);
  auto out = std::make_shared<std::vector<scope::SourceFrame>>();
  out->reserve(frames.size());
  std::size_t bytes = kGraphRecordBytes;
  for (auto it = frames.rbegin(); it != frames.rend(); ++it) {
    out->push_back(scope::SourceFrame{std::move(it->filename), it->line, std::move(it->function), std::move(it->source_line)});
    const scope::SourceFrame& f = out->back();
    bytes += sizeof(scope::SourceFrame) + f.filename.size() + f.function.size() + f.source_line.size();
  }
  charge_graph_memory(bytes);
  return out;
}

void TfState::charge_graph_memory(std::size_t bytes) const {
  // The graph keeps every op and naming record, each with the traceback it
  // was created under, until the run ends: that memory counts against the
  // run's budget like any Python object, so the next step raises MemoryError
  // once a graph (say, ops created a thousand calls deep) has used it up.
  if (!graph_memory_.is_obj()) graph_memory_ = make_str(in, std::string());
  runtime::Object* o = graph_memory_.obj();
  if (o->charged < (3u << 30)) in.heap.charge(o, bytes);  // Object::charged is 32 bits
}

namespace {

Value opt_obj(TfState& st, const std::optional<scope::CallableHandle>& h) {
  if (!h || h->id == 0) return Value::none();
  return st.object(h->id);
}

Value initializer_obj(TfState& st, const std::optional<scope::Initializer>& init) {
  if (!init) return Value::none();
  if (init->kind == scope::Initializer::Kind::Tensor) {
    return call_prelude(st.in, "_wrap_tensor", {Value::integer(st.callback_gid), tensor_value(st.in, init->tensor)});
  }
  if (init->callable.id != 0) return st.object(init->callable.id);
  return Value::none();
}

Value reuse_value(scope::ReuseMode m) {
  switch (m) {
    case scope::ReuseMode::False: return Value::integer(0);
    case scope::ReuseMode::True: return Value::integer(1);
    case scope::ReuseMode::Auto: return Value::integer(2);
  }
  return Value::integer(0);
}

}  // namespace

scope::Result<scope::GetterResult> TfState::call_custom_getter(const scope::CallableHandle& getter,
                                                               const scope::GetterArgs& a,
                                                               const scope::GetterContinuation& next) {
  std::int64_t cont = next_id++;
  continuations.emplace(cont, std::make_pair(callback_gid, next));
  std::vector<Value> kw;
  kw.push_back(make_str(in, a.name));
  kw.push_back(a.shape ? shape_value(in, *a.shape) : Value::none());
  kw.push_back(make_str(in, a.dtype.name()));
  kw.push_back(initializer_obj(*this, a.initializer));
  kw.push_back(opt_obj(*this, a.regularizer));
  kw.push_back(reuse_value(a.reuse));
  kw.push_back(a.trainable ? Value::boolean(*a.trainable) : Value::none());
  if (a.collections) {
    std::vector<Value> c;
    for (const auto& s : *a.collections) c.push_back(make_str(in, s));
    kw.push_back(make_list(in, std::move(c)));
  } else {
    kw.push_back(Value::none());
  }
  kw.push_back(opt_obj(*this, a.partitioner));
  kw.push_back(Value::boolean(a.validate_shape));
  kw.push_back(a.use_resource ? Value::boolean(*a.use_resource) : Value::none());
  // A Python exception from the getter unwinds through the engine as PyError;
  // the engine's own scopes are RAII guards, so it stays consistent.
  Value result = call_prelude(in, "_cb_custom_getter", {object(getter.id), Value::integer(cont),
                                                        Value::integer(callback_gid), make_tuple(in, std::move(kw))});
  scope::GetterResult r;
  if (auto v = variable_of(in, result)) {
    r.variable = v->second;
  } else {
    r.opaque = handle(result);
  }
  return r;
}

scope::Result<scope::TensorRef> TfState::call_initializer(const scope::CallableHandle& fn,
                                                          const std::optional<scope::TensorShape>& shape,
                                                          scope::DType dtype) {
  Value t = call_prelude(in, "_cb_initializer",
                         {object(fn.id), shape ? shape_value(in, *shape) : Value::none(), make_str(in, dtype.name()),
                          Value::boolean(shape.has_value())});
  auto ref = tensor_of(in, t);
  if (!ref) return scope::type_error("initializer did not return a Tensor");
  return ref->ref;
}

scope::Result<scope::TensorRef> TfState::call_initial_value(const scope::CallableHandle& fn) {
  Value t = call_prelude(in, "_cb_initial_value", {object(fn.id)});
  auto ref = tensor_of(in, t);
  if (!ref) return scope::type_error("initial_value did not return a Tensor");
  return ref->ref;
}

scope::Result<std::optional<scope::TensorRef>> TfState::call_regularizer(const scope::CallableHandle& fn,
                                                                         scope::VariableId variable) {
  Value t = call_prelude(in, "_cb_regularizer",
                         {object(fn.id), Value::integer(callback_gid), Value::integer(variable)});
  if (t.is_none()) return std::optional<scope::TensorRef>();
  auto ref = tensor_of(in, t);
  if (!ref) return std::optional<scope::TensorRef>();
  return std::optional<scope::TensorRef>(ref->ref);
}

// ------------------------------------------------------------------ raising

void raise_scope_error(Interp& in, const scope::ScopeError& e) {
  Exc kind = Exc::ValueError;
  switch (e.kind) {
    case scope::ErrorKind::ValueError: kind = Exc::ValueError; break;
    case scope::ErrorKind::TypeError: kind = Exc::TypeError; break;
    case scope::ErrorKind::RuntimeError: kind = Exc::RuntimeError; break;
    case scope::ErrorKind::AssertionError: kind = Exc::AssertionError; break;
    case scope::ErrorKind::KeyError: kind = Exc::KeyError; break;
    case scope::ErrorKind::AttributeError: kind = Exc::AttributeError; break;
    case scope::ErrorKind::IndexError: kind = Exc::IndexError; break;
  }
  raise(in, kind, e.message);
}

// -------------------------------------------------------------- conversions

namespace {
Value attr_opt(Interp& in, const Value& v, const char* name) {
  if (!is_kind(v, Kind::Instance)) return Value();
  return get_attr_opt(in, v, in.intern(name));
}
}  // namespace

std::optional<std::pair<int, scope::VariableId>> variable_of(Interp& in, const Value& v) {
  Value vid = attr_opt(in, v, "_vid");
  if (!vid.is_intlike()) return std::nullopt;
  Value g = attr_opt(in, v, "_gid");
  return std::make_pair(static_cast<int>(g.as_int()), static_cast<scope::VariableId>(vid.as_int()));
}

std::optional<TensorOf> tensor_of(Interp& in, const Value& v) {
  if (!is_kind(v, Kind::Instance)) return std::nullopt;
  if (auto var = variable_of(in, v)) {
    TfState& st = tf_state(in);
    return TensorOf{var->first, st.graph(var->first).variable(var->second).snapshot};
  }
  Value idx = attr_opt(in, v, "_idx");
  if (!idx.is_intlike()) return std::nullopt;
  Value op = attr_opt(in, v, "_op");
  Value g = attr_opt(in, v, "_gid");
  return TensorOf{static_cast<int>(g.as_int()),
                  scope::TensorRef{static_cast<scope::OpId>(op.as_int()), static_cast<int>(idx.as_int())}};
}

std::optional<scope::HostValue> host_value(Interp& in, const Value& v) {
  if (v.is_none()) return scope::HostValue();
  if (v.is_bool()) return scope::HostValue(v.as_bool());
  if (v.is_int()) return scope::HostValue(v.as_int());
  if (v.is_float()) return scope::HostValue(v.as_float());
  if (is_str(v)) return scope::HostValue(str_of(v));
  if (is_kind(v, Kind::List) || is_kind(v, Kind::Tuple)) {
    const auto& items = is_kind(v, Kind::List) ? v.as<List>()->items : v.as<Tuple>()->items;
    scope::HostValue::List out;
    for (const auto& it : items) {
      auto h = host_value(in, it);
      if (!h) return std::nullopt;
      out.push_back(std::move(*h));
    }
    return scope::HostValue(std::move(out));
  }
  Value np = attr_opt(in, v, "_np_shape");
  if (!np.is_null()) {
    scope::HostArray a;
    a.dtype = *scope::DType::from_name(str_of(attr_opt(in, v, "_np_dtype")));
    a.shape = *shape_arg(in, np);
    return scope::HostValue(std::move(a));
  }
  return std::nullopt;
}

scope::Operand operand(Interp& in, const Value& v) {
  if (auto t = tensor_of(in, v)) return scope::Operand(t->ref);
  if (auto h = host_value(in, v)) return scope::Operand(std::move(*h));
  raise(in, Exc::TypeError, "Failed to convert object of type <class '" + type_name(in, v) + "'> to Tensor. Contents: " +
                                repr(in, v) + ". Consider casting elements to a supported type.");
}

std::optional<scope::DType> dtype_arg(Interp& in, const Value& v) {
  if (v.is_none() || v.is_null()) return std::nullopt;
  Value name = is_str(v) ? v : attr_opt(in, v, "name");
  if (!is_str(name)) raise(in, Exc::TypeError, "Cannot convert value " + repr(in, v) + " to a TensorFlow DType.");
  auto d = scope::DType::from_name(str_of(name));
  if (!d) raise(in, Exc::TypeError, "Cannot convert value " + repr(in, v) + " to a TensorFlow DType.");
  return d;
}

std::optional<scope::TensorShape> shape_arg(Interp& in, const Value& v) {
  if (v.is_none() || v.is_null()) return std::nullopt;
  Value dims = attr_opt(in, v, "_dims");  // a prelude TensorShape
  if (!dims.is_null()) {
    if (dims.is_none()) return scope::TensorShape::unknown();
    return shape_arg(in, dims);
  }
  if (v.is_intlike()) return scope::TensorShape(std::vector<scope::Dim>{v.as_int()});
  if (is_kind(v, Kind::List) || is_kind(v, Kind::Tuple)) {
    std::vector<scope::Dim> out;
    for (const auto& d : to_vector(in, v)) {
      if (d.is_none()) {
        out.emplace_back(std::nullopt);
      } else if (d.is_intlike()) {
        out.emplace_back(d.as_int());
      } else {
        Value dv = attr_opt(in, d, "value");  // Dimension
        if (dv.is_none()) out.emplace_back(std::nullopt);
        else if (dv.is_intlike()) out.emplace_back(dv.as_int());
        else raise(in, Exc::TypeError, "Dimension value must be integer or None, got value " + repr(in, d));
      }
    }
    return scope::TensorShape(std::move(out));
  }
  raise(in, Exc::TypeError, "Cannot convert " + repr(in, v) + " to a TensorShape");
}

std::optional<std::string> opt_str(Interp& in, const Value& v) {
  if (v.is_none() || v.is_null()) return std::nullopt;
  if (!is_str(v)) return to_str(in, v);
  return str_of(v);
}

Value shape_value(Interp& in, const scope::TensorShape& s) {
  if (!s.has_rank()) return Value::none();
  std::vector<Value> dims;
  for (const auto& d : s.dims()) dims.push_back(d ? Value::integer(*d) : Value::none());
  return make_list(in, std::move(dims));
}

Value tensor_value(Interp& in, scope::TensorRef t) {
  return make_tuple(in, {Value::integer(t.op), Value::integer(t.index)});
}

std::optional<scope::Initializer> initializer_arg(Interp& in, const Value& v) {
  if (v.is_none() || v.is_null()) return std::nullopt;
  TfState& st = tf_state(in);
  if (auto t = tensor_of(in, v)) {
    scope::Initializer i = scope::Initializer::from_tensor(t->ref);
    return i;
  }
  // get_variable instantiates initializer classes (initializer=tf.zeros_initializer).
  if (is_kind(v, Kind::Type) && !lookup_type(v.as<TypeObject>(), "_spec").is_null()) return initializer_arg(in, call0(in, v));
  Value spec = is_kind(v, Kind::Instance) ? call_method_opt(in, v, "_spec", {}) : Value();
  if (is_kind(spec, Kind::Tuple)) {
    auto& s = spec.as<Tuple>()->items;  // kind, dtype, value, mean, stddev, minval, maxval, scale, mode, distribution
    const std::string& kind = str_of(s[0]);
    scope::Initializer i;
    if (kind == "zeros") i = scope::Initializer::zeros();
    else if (kind == "ones") i = scope::Initializer::ones();
    else if (kind == "constant") i = scope::Initializer::constant(host_value(in, s[2]).value_or(scope::HostValue()));
    else if (kind == "random_normal") i = scope::Initializer::random_normal(to_double(in, s[3]), to_double(in, s[4]));
    else if (kind == "truncated_normal") i = scope::Initializer::truncated_normal(to_double(in, s[3]), to_double(in, s[4]));
    else if (kind == "random_uniform") {
      std::optional<scope::HostValue> maxval;
      if (!s[6].is_none()) maxval = host_value(in, s[6]);
      i = scope::Initializer::random_uniform(host_value(in, s[5]).value_or(scope::HostValue(0.0)), maxval);
    } else {
      i = scope::Initializer::variance_scaling(to_double(in, s[7]), str_of(s[8]), str_of(s[9]));
    }
    i.dtype = dtype_arg(in, s[1]);
    i.callable.id = st.handle(v);  // hand the same object back to custom getters
    return i;
  }
  if (is_callable(in, v)) return scope::Initializer::from_callable(st.callable(v));
  auto h = host_value(in, v);
  if (!h) raise(in, Exc::TypeError, "Cannot use " + repr(in, v) + " as an initializer");
  return scope::Initializer::from_value(std::move(*h));
}

std::optional<scope::CallableHandle> callable_arg(Interp& in, const Value& v) {
  if (v.is_none() || v.is_null()) return std::nullopt;
  return tf_state(in).callable(v);
}

std::optional<std::vector<std::string>> str_list_arg(Interp& in, const Value& v) {
  if (v.is_none() || v.is_null()) return std::nullopt;
  std::vector<std::string> out;
  if (is_str(v)) {
    out.push_back(str_of(v));
    return out;
  }
  for (const auto& s : to_vector(in, v)) out.push_back(to_str(in, s));
  return out;
}

Value call_prelude(Interp& in, const char* helper, std::vector<Value> args) {
  TfState& st = tf_state(in);
  Value f = dict_get_str(st.prelude, helper);
  if (f.is_null()) raise(in, Exc::RuntimeError, std::string("scopeplay: missing prelude helper ") + helper);
  ArgBuf buf;
  for (auto& a : args) buf.push(std::move(a));
  Args a = buf.args();
  return call(in, f, a);
}

}  // namespace scopeplay::bridge
