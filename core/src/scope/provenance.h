// Exporting what the engine recorded into the public RunResult structs.
//
// The UI shows, per op and variable, where it was created and why it got its
// name. The engine records that as it goes (Operation/Variable provenance
// fields, Graph::events()); this file is the one translation into
// scopeplay::VariableInfo / OpInfo / NamingEvent so the public API does not
// leak engine types and the engine does not depend on UI wording.
#pragma once

#include <vector>

#include "scope/graph.h"
#include "scopeplay/run.h"

namespace scopeplay::scope {

struct ProvenanceExport {
  std::vector<VariableInfo> variables;
  std::vector<OpInfo> ops;
  std::vector<NamingEvent> events;
  std::vector<std::string> scopes;
  std::vector<ScopeStackEntry> op_scopes;  // parallel to `ops`
};

// The innermost frame's line (the user's call site), 0 when unknown.
int traceback_line(const Traceback& tb);

// Appends the graph's ops, variables, naming events and opened scopes.
void export_provenance(const Graph& g, ProvenanceExport& out);

}  // namespace scopeplay::scope
