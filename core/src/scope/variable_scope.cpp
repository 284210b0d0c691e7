#include "scope/variable_scope.h"

namespace scopeplay::scope {

namespace {

void apply_overrides(VariableScope& s, const VariableScopeArgs& a, const std::vector<CallableHandle>& base_getters) {
  if (a.initializer) s.initializer = a.initializer;
  if (a.regularizer) s.regularizer = a.regularizer;
  if (a.partitioner) s.partitioner = a.partitioner;
  if (a.custom_getter) {
    // _maybe_wrap_custom_getter(new, old): the new getter runs first.
    std::vector<CallableHandle> chain{*a.custom_getter};
    chain.insert(chain.end(), base_getters.begin(), base_getters.end());
    s.custom_getters = std::move(chain);
  }
  if (a.dtype) s.dtype = a.dtype;
  if (a.use_resource) s.use_resource = a.use_resource;
  s.constraint = a.constraint;
}

}  // namespace

Result<VariableScopeContext> VariableScopeContext::create(std::shared_ptr<Graph> graph, VariableScopeArgs args) {
  const VersionProfile& p = graph->profile();
  if (!args.default_name && !args.name && !args.scope && !args.name_or_scope_invalid) {
    return type_error("If default_name is None then name_or_scope is required");
  }
  std::optional<ReuseMode> reuse;
  switch (args.reuse) {
    case ReuseArg::None: case ReuseArg::False: break;  // reuse=False is treated as None
    case ReuseArg::True: reuse = ReuseMode::True; break;
    case ReuseArg::Auto:
      if (p.has_auto_reuse) { reuse = ReuseMode::Auto; break; }
      [[fallthrough]];
    case ReuseArg::Invalid:
      return value_error("The reuse parameter must be True or False or None.");
  }
  if (args.auxiliary_name_scope_invalid && p.has_auxiliary_name_scope) {
    return type_error("The auxiliary_name_scope must be `True` or `False`, while get " +
                      *args.auxiliary_name_scope_invalid);
  }
  VariableScopeContext ctx(std::move(graph), std::move(args));
  ctx.reuse_ = reuse;
  return ctx;
}

Result<VarScopeId> VariableScopeContext::enter() {
  Graph& g = *graph_;
  std::optional<std::string> aux_scope;  // auxiliary_name_scope=False: re-enter the current one
  if (!args_.auxiliary_name_scope) {
    auto cur = g.get_name_scope();
    aux_scope = (cur && !cur->empty()) ? *cur + "/" : std::string();
  }
  auto open_name_scope = [&](std::string_view name) -> Result<NameScopeToken> {
    if (aux_scope) return g.enter_name_scope(*aux_scope);
    return g.enter_name_scope(name);
  };
  auto fail = [&](ScopeError e) -> Result<VarScopeId> {
    if (name_scope_) g.exit_name_scope(*name_scope_);
    name_scope_.reset();
    return e;
  };
  name_scope_.reset();

  if (args_.name_or_scope_invalid) {
    return type_error("VariableScope: name_or_scope must be a string or VariableScope.");
  }
  if (args_.name || args_.scope) {
    is_object_ = args_.scope.has_value();
    std::string leaf = is_object_ ? std::string(ScopePath(g.variable_scopes().scope(*args_.scope).name).leaf())
                                  : *args_.name;
    std::optional<std::string> old_name_scope;
    if ((!leaf.empty() || aux_scope) && !args_.pure) {
      SCOPEPLAY_TRY(NameScopeToken tok, open_name_scope(leaf));
      name_scope_ = tok;
      old_name_scope = is_object_ ? g.variable_scopes().scope(*args_.scope).original_name_scope : tok.yielded;
    }
    auto r = enter_pure(old_name_scope, is_object_, is_object_ ? std::string() : *args_.name, reuse_);
    if (!r.ok()) return fail(std::move(r).take_error());
    return r;
  }
  if (reuse_) return value_error("reuse=True cannot be used without a name_or_scope");
  is_object_ = false;
  SCOPEPLAY_TRY(NameScopeToken tok, open_name_scope(*args_.default_name));
  name_scope_ = tok;
  VariableScopeStore& store = g.variable_scopes();
  std::string unique = store.unique_scope_name(store.scope(store.current()).name, *args_.default_name);
  auto r = enter_pure(tok.yielded, false, unique, std::nullopt);
  if (!r.ok()) return fail(std::move(r).take_error());
  return r;
}

Result<VarScopeId> VariableScopeContext::enter_pure(const std::optional<std::string>& old_name_scope, bool is_object,
                                                    const std::string& name, std::optional<ReuseMode> reuse) {
  Graph& g = *graph_;
  VariableScopeStore& store = g.variable_scopes();
  old_ = store.current();
  VariableScope next;
  std::string reason;
  if (is_object) {
    const VariableScope& src = store.scope(*args_.scope);
    next = src;
    next.reuse = reuse ? *reuse : src.reuse;
    apply_overrides(next, args_, src.custom_getters);
    new_name_ = src.name;
    reason = "re-entering a captured VariableScope keeps its name '" + src.name + "' and takes " +
             (reuse ? "the requested reuse" : "that scope's own reuse (" + reuse_repr(src.reuse) + ")");
  } else {
    const VariableScope& old = store.scope(old_);
    new_name_ = ScopePath(old.name).child(name).str();
    next = old;
    next.reuse = reuse ? *reuse : old.reuse;
    next.original_name_scope = old_name_scope ? *old_name_scope : name;
    std::vector<CallableHandle> base = old.custom_getters;
    apply_overrides(next, args_, base);
    next.name = new_name_;
    std::string requested = args_.name ? *args_.name : *args_.default_name;
    if (args_.name) {
      reason = "a string variable scope is not uniquified: '" + new_name_ + "'";
    } else if (name != requested) {
      reason = "'" + requested + "' was already used as a variable scope here, so default_name gave '" + name + "'";
    } else {
      reason = "default_name '" + requested + "' was unused here";
    }
    if (name_scope_ && name_scope_->yielded != ScopePath(new_name_).as_prefix()) {
      reason += "; its ops go to name scope '" + name_scope_->yielded + "'";
    }
    if (!reuse && old.reuse != ReuseMode::False) reason += "; reuse " + reuse_repr(old.reuse) + " is inherited";
  }
  next.name = new_name_;
  entered_ = store.add(std::move(next));
  store.open(new_name_);
  if (is_object) snapshot_mark_ = store.snapshot();
  store.set_current(entered_);
  active_ = true;
  std::string requested = args_.name ? *args_.name : (args_.default_name ? *args_.default_name : new_name_);
  g.record("variable_scope", requested, new_name_, reason);
  return entered_;
}

Status VariableScopeContext::exit() {
  if (!active_) return Ok{};
  Graph& g = *graph_;
  VariableScopeStore& store = g.variable_scopes();
  Status status = Ok{};
  // variable_scope.__exit__ leaves the name scope even when the pure scope
  // refuses; the pure scope stays entered, so a later __exit__ can still
  // restore the store (variable_scope_test testVarScopeNestingError).
  if (g.profile().checks_variable_scope_nesting && store.current() != entered_) {
    status = ScopeError{ErrorKind::RuntimeError, "Improper nesting of variable_scope."};
  } else {
    if (is_object_) store.restore(snapshot_mark_);
    else store.close_subscopes(new_name_);
    store.set_current(old_);
    active_ = false;
  }
  if (name_scope_) g.exit_name_scope(*name_scope_);
  name_scope_.reset();
  return status;
}

void reuse_variables(Graph& g, VarScopeId scope) { g.variable_scopes().scope(scope).reuse = ReuseMode::True; }

Result<std::vector<CollectionItem>> scope_get_collection(const Graph& g, VarScopeId scope, std::string_view key) {
  const VariableScope& s = g.variable_scopes().scope(scope);
  return g.get_collection(key, ScopePath(s.name).as_prefix());
}

VarScopeId get_variable_scope(const Graph& g) { return g.variable_scopes().current(); }

}  // namespace scopeplay::scope
