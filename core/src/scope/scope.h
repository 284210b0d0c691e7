// scopeplay's TF1 emulation, in one include for the bridge.
//
// scope/ is plain C++: it never sees the interpreter. The bridge owns one
// Engine per run and maps each Python call onto it:
//
//   Python                                  scope/ call
//   tf.get_default_graph() / tf.Graph()     engine.default_graph() / engine.new_graph()
//   with g.as_default():                    engine.push_default_graph(g) ... pop_default_graph(g)
//   with tf.name_scope(n, d, vals) as s:    g.enter_name_scope_v1(n, d, vals != None) ... g.exit_name_scope(tok)
//   with tf.variable_scope(...) as vs:      VariableScopeContext::create(g, args), ctx.enter() ... ctx.exit()
//   tf.get_variable_scope()                 get_variable_scope(g)  (an id into g.variable_scopes())
//   vs.reuse_variables()                    reuse_variables(g, id)
//   tf.get_variable(...)                    get_variable(g, GetVariableArgs)
//   tf.Variable(...)                        create_ref_variable(g, VariableArgs)
//   tf.constant / tf.add / a + b / ...      ops::constant / ops::add / ops::binary_operator ...
//   t.name, str(t), repr(t)                 g.tensor_name(t), g.tensor_str(t), g.tensor_repr(t)
//   v.name, repr(v)                         g.variable(id).tensor_name(), .repr()
//   tf.get_collection(key, scope)           g.get_collection(key, scope)
//   g.get_tensor_by_name(n)                 g.get_tensor_by_name(n)
//   tf.reset_default_graph()                engine.reset_default_graph()
//
// Python objects wrap (shared_ptr<Graph>, id): TensorRef, OpId, VariableId,
// VarScopeId. Failures are Result<T> values holding ScopeError{kind, message};
// the bridge raises `kind` with `message` at the call site. User callables
// (custom getters, initializer functions, regularizers) are CallableHandles
// that the engine calls back through the Callbacks interface; the current
// Python stack comes from a FrameSource (for provenance and the
// "Originally defined at:" traceback). export_provenance() fills the public
// VariableInfo / OpInfo / NamingEvent structs of scopeplay/run.h.
//
// Example: `with tf.variable_scope("V1", reuse=True): a = tf.get_variable("a1", [1])`
//   scope::VariableScopeArgs args;
//   args.name = "V1";
//   args.reuse = scope::ReuseArg::True;
//   auto ctx = scope::VariableScopeContext::create(graph, args);   // TypeError/ValueError?
//   auto vs = ctx->enter();
//   scope::GetVariableArgs gv;
//   gv.name = "a1";
//   gv.shape = scope::TensorShape::of({1});
//   auto a = scope::get_variable(*graph, gv);   // a->variable: VariableId
//   ctx->exit();
#pragma once

#include "scope/callbacks.h"      // IWYU pragma: export
#include "scope/engine.h"         // IWYU pragma: export
#include "scope/graph.h"          // IWYU pragma: export
#include "scope/ops.h"            // IWYU pragma: export
#include "scope/provenance.h"     // IWYU pragma: export
#include "scope/variable_scope.h" // IWYU pragma: export
#include "scope/variable_store.h" // IWYU pragma: export
