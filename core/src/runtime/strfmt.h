// String formatting that needs the object model: str % args, str.format()
// and f-string fields. The format-spec and %-conversion mechanics are the
// text library's; this file pulls values out of tuples, mappings, attributes
// and indexes and converts them.
#pragma once

#include <string>

#include "runtime/interp.h"

namespace scopeplay::runtime {

// fmt % args
Value percent_format(Interp& in, const std::string& fmt, const Value& args);
// fmt.format(*args, **kwargs)
std::string str_format(Interp& in, const std::string& fmt, Args& args);

}  // namespace scopeplay::runtime
