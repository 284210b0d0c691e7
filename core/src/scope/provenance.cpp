#include "scope/provenance.h"

namespace scopeplay::scope {

int traceback_line(const Traceback& tb) {
  if (!tb || tb->empty()) return 0;
  return tb->back().line;
}

namespace {
std::string stack_text(const NameStack& s) { return stack_is_nested(s) ? s->as_prefix() : ""; }
}  // namespace

void export_provenance(const Graph& g, ProvenanceExport& out) {
  for (OpId id = 0; id < g.num_ops(); ++id) {
    const Operation& op = g.op(id);
    out.ops.push_back(OpInfo{op.name, op.type, traceback_line(op.traceback)});
    out.op_scopes.push_back(ScopeStackEntry{stack_text(op.name_scope), op.variable_scope});
  }
  for (VariableId id = 0; id < g.num_variables(); ++id) {
    const Variable& v = g.variable(id);
    VariableInfo info;
    info.name = v.tensor_name();
    info.shape = v.shape.str();
    info.dtype = v.dtype.name();
    info.trainable = v.trainable;
    info.created_by = v.origin == VariableOrigin::Variable ? "tf.Variable" : "tf.get_variable";
    info.line = traceback_line(v.traceback);
    info.reused = v.times_reused > 0;
    info.name_scope = stack_text(v.name_scope);
    info.variable_scope = v.variable_scope;
    out.variables.push_back(std::move(info));
  }
  for (const auto& e : g.events()) {
    NamingEvent ev;
    ev.line = traceback_line(e.where);
    ev.kind = e.kind;
    ev.requested = e.requested;
    ev.result = e.result;
    ev.reason = e.reason;
    out.events.push_back(std::move(ev));
  }
  for (const auto& s : g.scopes_opened()) out.scopes.push_back(s);
}

}  // namespace scopeplay::scope
