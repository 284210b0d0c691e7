// The native half of `tensorflow`: the `_scopeplay_tf` module's functions.
//
// Each add_* fills one group into the module. Functions take positional
// arguments only (the prelude binds the user-facing signatures, so argument
// errors name the real TF function) and return ids, strings and tuples.
#pragma once

#include <cstddef>
#include <functional>

#include "bridge/tf_state.h"

namespace scopeplay::bridge {

using NativeFn = std::function<Value(Interp&, const runtime::Value* args)>;
// Registers `name` taking exactly `nargs` positional arguments.
void defn(runtime::ModuleBuilder& m, const char* name, std::size_t nargs, NativeFn fn);

void add_graph_natives(runtime::ModuleBuilder& m);     // tf_native_graph.cpp
void add_variable_natives(runtime::ModuleBuilder& m);  // tf_native_variables.cpp
void add_op_natives(runtime::ModuleBuilder& m);        // tf_native_ops.cpp
void add_train_natives(runtime::ModuleBuilder& m);     // tf_native_train.cpp (called by add_op_natives)
void add_layer_op_natives(runtime::ModuleBuilder& m);  // tf_native_layers.cpp (called by add_op_natives)

Value collection_items(Interp& in, const std::vector<scope::CollectionItem>& items);
inline std::int64_t int_arg(const Value& v) { return v.as_int(); }

}  // namespace scopeplay::bridge
