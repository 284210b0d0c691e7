// Installers for the builtin namespace and the methods of builtin types.
// Each lives in its own file (builtins_*.cpp, methods_*.cpp) so that one
// type's methods can change without touching the others.
#pragma once

#include <optional>
#include <string_view>

#include "runtime/interp.h"

namespace scopeplay::runtime {

void install_core_builtins(Interp& in);     // builtins_core.cpp: print, len, ...
void install_type_builtins(Interp& in);     // builtins_types.cpp: int(), str(), ... constructors
void install_iter_builtins(Interp& in);     // builtins_iter.cpp: enumerate, zip, map, ...
void install_str_methods(Interp& in);       // methods_str.cpp
void install_list_methods(Interp& in);      // methods_list.cpp (list, tuple)
void install_dict_methods(Interp& in);      // methods_dict.cpp (dict, set, frozenset)
void install_object_methods(Interp& in);
void install_number_methods(Interp& in);    // methods_number.cpp (int, float)    // methods_object.cpp (object, type, exceptions, ...)

// Helper for native functions: registers `fn` as name in a namespace dict.
void def_builtin(Interp& in, const Value& dict, std::string_view name, NativeFn fn);
// Registers a method of a builtin type.
void def_method(Interp& in, TypeObject* t, std::string_view name, NativeFn fn);

// Stable sort with an optional key function (sorted(), list.sort()).
void sort_values(Interp& in, std::vector<Value>& items, const Value& key, bool reverse);
// Stable sort of (key, value) pairs by key, comparing in CPython's order.
void stable_sort_pairs(Interp& in, std::vector<std::pair<Value, Value>>& pairs);

// Argument checks with CPython's messages.
void check_nargs(Interp& in, Args& a, std::string_view name, std::size_t min, std::size_t max);
void check_no_kwargs(Interp& in, Args& a, std::string_view name);
// Keyword argument by name (null if not given).
Value kwarg(Args& a, std::string_view name);
// Positional argument i or keyword `name` (null if neither).
Value arg_or_kw(Args& a, std::size_t i, std::string_view name);

}  // namespace scopeplay::runtime
