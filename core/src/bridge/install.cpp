#include "bridge/install.h"

#include <algorithm>

#include "bridge/tf_api_names.h"
#include "bridge/tf_native.h"
#include "bridge/tf_prelude.h"
#include "runtime/modules.h"
#include "runtime/ops.h"

namespace scopeplay::bridge {

using namespace runtime;  // NOLINT

namespace {

// (names, has **kwargs, required positional count) of a Python callable.
Value fn_signature(Interp& in, const Value& f0) {
  Value f = f0;
  int skip = 0;
  if (is_kind(f, Kind::BoundMethod)) {
    f = f.as<BoundMethod>()->func;
    skip = 1;
  } else if (is_kind(f, Kind::Instance)) {
    Value call = lookup_type(type_of(in, f), "__call__");
    if (is_kind(call, Kind::Function)) {
      f = call;
      skip = 1;
    }
  } else if (is_kind(f, Kind::Type)) {
    Value init = lookup_type(f.as<TypeObject>(), "__init__");
    if (is_kind(init, Kind::Function)) {
      f = init;
      skip = 1;
    }
  }
  if (!is_kind(f, Kind::Function)) return make_tuple(in, {make_list(in, {}), Value::boolean(true), Value::integer(0)});
  auto* fn = f.as<Function>();
  const CodeInfo* c = fn->code;
  std::vector<Value> names;
  for (int i = skip; i < c->npositional + c->nkwonly && i < static_cast<int>(c->slot_names.size()); ++i)
    names.push_back(make_str(in, c->slot_names[static_cast<std::size_t>(i)]));
  int required = c->npositional - static_cast<int>(fn->defaults.size()) - skip;
  return make_tuple(in, {make_list(in, std::move(names)), Value::boolean(c->kwarg_slot >= 0),
                         Value::integer(required < 0 ? 0 : required)});
}

void add_misc_natives(ModuleBuilder& m) {
  defn(m, "fn_signature", 1, [](Interp& in, const Value* a) { return fn_signature(in, a[0]); });
  defn(m, "write_stderr", 1, [](Interp& in, const Value* a) {
    write_stderr(in, str_of(a[0]));
    return Value::none();
  });
  defn(m, "user_location", 0, [](Interp& in, const Value*) {
    StackFrame f = user_frame(in);
    return make_str(in, f.filename + ":" + std::to_string(f.line));
  });
  // traceback.format_stack() of the user's frames, outermost first.
  defn(m, "user_stack", 0, [](Interp& in, const Value*) {
    std::vector<Value> out;
    for (const StackFrame& f : call_stack(in, true)) {
      std::string entry = "  File \"" + f.filename + "\", line " + std::to_string(f.line) + ", in " + f.function + "\n";
      if (!f.source_line.empty()) entry += "    " + f.source_line + "\n";
      out.push_back(make_str(in, entry));
    }
    std::reverse(out.begin(), out.end());
    return make_list(in, std::move(out));
  });
  defn(m, "version", 0, [](Interp& in, const Value*) {
    return make_str(in, std::string(tf_state(in).engine.profile().version));
  });
  defn(m, "has_auto_reuse", 0, [](Interp& in, const Value*) {
    return Value::boolean(tf_state(in).engine.profile().has_auto_reuse);
  });
  defn(m, "has_auxiliary_name_scope", 0, [](Interp& in, const Value*) {
    return Value::boolean(tf_state(in).engine.profile().has_auxiliary_name_scope);
  });
  defn(m, "build_initializer", 4, [](Interp& in, const Value* a) {  // (gid, init, shape, dtype)
    scope::Graph& g = tf_state(in).graph(a[0].as_int());
    auto init = initializer_arg(in, a[1]);
    auto r = scope::build_initializer(g, *init, shape_arg(in, a[2]), dtype_arg(in, a[3]).value_or(scope::DType::float32()));
    return tensor_value(in, unwrap(in, std::move(r)));
  });
  defn(m, "api_names", 1, [](Interp& in, const Value* a) {
    std::vector<Value> out;
    for (std::string_view n : api_names(str_of(a[0]))) out.push_back(make_str(in, std::string(n)));
    return make_list(in, std::move(out));
  });
}

std::string supported_versions() {
  std::string out;
  for (const char* v : {"1.15", "1.3"})
    if (scope::find_profile(v)) out += (out.empty() ? "" : ", ") + std::string(v);
  return out;
}

// Creates the submodules the prelude lists in _SUBMODULES (dotted names) and
// fills each through _fill_submodule. With `keep_existing`, names a module
// already has stay as they are (the snippet may have rebound them).
void fill_submodules(Interp& in, ModuleBuilder& m, bool keep_existing) {
  Value subs = m.get("_SUBMODULES");
  for (const Value& name : to_vector(in, subs)) {
    const std::string& dotted = str_of(name);
    Value mod = m.module();
    std::size_t start = 0;
    while (true) {
      std::size_t dot = dotted.find('.', start);
      ModuleBuilder parent(in, mod);
      mod = parent.submodule(dotted.substr(start, dot == std::string::npos ? std::string::npos : dot - start)).module();
      if (dot == std::string::npos) break;
      start = dot + 1;
    }
    Value target = mod.as<Module>()->dict;
    if (!keep_existing) {
      call_prelude(in, "_fill_submodule", {name, target});
      continue;
    }
    Value fresh = make_dict(in);
    call_prelude(in, "_fill_submodule", {name, fresh});
    for (const Value& key : to_vector(in, fresh)) {
      if (dict_get(in, target, key).is_null()) dict_set(in, target, key, dict_get(in, fresh, key));
    }
  }
}

// Runs the lazy prelude parts once per run; true if this call ran them.
bool load_lazy_parts(Interp& in) {
  TfState& st = tf_state(in);
  if (st.lazy_parts_loaded) return false;
  std::optional<std::vector<std::string_view>> texts = builder_texts();
  if (!texts) {
    // An engine built without the texts (the WebAssembly build): the run
    // stops, uncatchable like a limit, and the host provides them and runs
    // it again (scopeplay::provide()).
    run_results(in).needs = "tf-builders";
    in.capture_limit_frames();  // the traceback ends at the snippet's line that reached for them
    throw runtime::LimitError{"ImportError",
                              "this engine loads tf.layers, Keras, RNN cells, optimizers and tf.gradients on first "
                              "use, and its host has not provided them (scopeplay-tf-builders.txt)"};
  }
  st.lazy_parts_loaded = true;
  Value tf = dict_get_str(in.modules, "tensorflow");
  ModuleBuilder m(in, tf);
  for (std::string_view text : *texts) m.run_python(text, kPreludeFile, true);
  fill_submodules(in, m, true);
  return true;
}

void build_tensorflow(Interp& in, ModuleBuilder& m) {
  TfState& st = tf_state(in);
  Value native = new_module(in, "_scopeplay_tf");
  ModuleBuilder nb(in, native);
  add_graph_natives(nb);
  add_variable_natives(nb);
  add_op_natives(nb);
  add_misc_natives(nb);
  defn(nb, "load_lazy_parts", 0, [](Interp& i, const Value*) { return Value::boolean(load_lazy_parts(i)); });
  // copy_public(src, dst, skip): dst[k] = src[k] for each name of src, in
  // order, that does not start with "_" and is not `skip`.
  defn(nb, "copy_public", 3, [](Interp& i, const Value* a) {
    const std::string& skip = str_of(a[2]);
    if (a[0].same(a[1])) return Value::none();
    const std::vector<HashEntry>& entries = a[0].as<runtime::Dict>()->table.entries();  // src is not written to
    for (const HashEntry& e : entries) {
      if (!is_str(e.key)) continue;
      const std::string& k = str_of(e.key);
      if (k.empty() || k[0] == '_' || k == skip) continue;
      dict_set(i, a[1], e.key, e.value);
    }
    return Value::none();
  });
  defn(nb, "module_dict", 1, [](Interp& i, const Value* a) {
    Value mod = dict_get_str(i.modules, str_of(a[0]));
    return is_kind(mod, Kind::Module) ? mod.as<Module>()->dict : Value::none();
  });
  m.set("_n", native);
  st.prelude = m.module().as<Module>()->dict;
  for (std::string_view packed : packed_eager_preludes()) m.run_packed(packed, kPreludeFile);
  fill_submodules(in, m, false);
  in.natives->add_missing_submodule_hook("tensorflow", [](Interp& i) { return load_lazy_parts(i); });
}

}  // namespace

std::optional<std::string> install(Interp& in) {
  const scope::VersionProfile* profile = scope::find_profile(in.options.tf_version);
  if (!profile) {
    return "unsupported TensorFlow version '" + in.options.tf_version + "' (supported: " + supported_versions() + ")";
  }
  in.extension_state["tensorflow"] = std::make_shared<TfState>(in, *profile);
  register_module(in, "tensorflow", [](Interp& i, ModuleBuilder& m) { build_tensorflow(i, m); });
  register_module(in, "numpy", [](Interp&, ModuleBuilder& m) { m.run_python(prelude_numpy(), "<numpy>", true); });
  return std::nullopt;
}

void export_results(Interp& in) {
  auto it = in.extension_state.find("tensorflow");
  if (it == in.extension_state.end()) return;
  TfState& st = *static_cast<TfState*>(it->second.get());
  if (dict_get_str(in.modules, "tensorflow").is_null()) return;
  scope::ProvenanceExport out;
  for (const auto& g : st.engine.graphs()) scope::export_provenance(*g, out);
  RunResult& r = run_results(in);
  r.variables = std::move(out.variables);
  r.ops = std::move(out.ops);
  r.events = std::move(out.events);
  r.scopes = std::move(out.scopes);
}

bool provide(std::string_view resource, std::string_view content) {
  return resource == "tf-builders" && provide_builders(content);
}

}  // namespace scopeplay::bridge
