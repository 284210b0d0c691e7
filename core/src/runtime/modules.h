// Imports: the module table, the builtin stdlib subset (math, sys,
// functools, itertools, collections, ...), native modules registered through
// native.h, and the clear errors for modules scopeplay does not provide.
#pragma once

#include <string>

#include "runtime/interp.h"

namespace scopeplay::runtime {

// `import name` (dotted): returns the innermost module, importing parents first.
Value import_module(Interp& in, const std::string& dotted);

// Builtin stdlib modules; returns a null Value if `name` is not one of them.
Value make_stdlib_module(Interp& in, const std::string& name);

Value new_module(Interp& in, const std::string& name);

}  // namespace scopeplay::runtime
