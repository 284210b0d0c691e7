// import: sys.modules, native modules, the stdlib subset, clear errors.
#include "runtime/modules.h"

#include "runtime/builtins.h"
#include "runtime/native.h"
#include "runtime/ops.h"

namespace scopeplay::runtime {

Value make_math_module(Interp& in);         // module_math.cpp
Value make_itertools_module(Interp& in);    // module_itertools.cpp
Value make_functools_module(Interp& in);    // module_functools.cpp
Value make_collections_module(Interp& in);  // module_collections.cpp
Value make_sys_module(Interp& in);          // module_sys.cpp

Value new_module(Interp& in, const std::string& name) {
  Module* m = in.heap.make<Module>(in.t.module, name);
  Value v(m);
  m->dict = make_dict(in);
  dict_set_str(in, m->dict, "__name__", make_str(in, name));
  dict_set_str(in, m->dict, "__doc__", Value::none());
  return v;
}

Value make_stdlib_module(Interp& in, const std::string& name) {
  if (name == "math") return make_math_module(in);
  if (name == "sys") return make_sys_module(in);
  if (name == "itertools") return make_itertools_module(in);
  if (name == "functools") return make_functools_module(in);
  if (name == "collections") return make_collections_module(in);
  if (name == "numpy") return new_module(in, name);
  if (name == "__future__") {
    Value m = new_module(in, name);
    for (const char* f : {"print_function", "division", "absolute_import", "unicode_literals", "annotations", "generators",
                          "nested_scopes", "with_statement"})
      dict_set_str(in, m.as<Module>()->dict, f, Value::boolean(true));
    return m;
  }
  if (name == "builtins") {
    Value m = new_module(in, name);
    m.as<Module>()->dict = in.builtins;
    return m;
  }
  return Value();
}

namespace {

[[noreturn]] void not_found(Interp& in, const std::string& name, const std::string& message) {
  Value e = make_exception(in, in.exc_type(Exc::ModuleNotFoundError), {make_str(in, message)});
  exc_data(e).name = make_str(in, name);
  throw_exception(in, std::move(e));
}

bool unsupported_stdlib(const std::string& top) {
  static constexpr const char* kKnown[] = {
      "os", "re", "random", "time", "json", "copy", "string", "typing", "abc", "dataclasses", "enum", "operator",
      "contextlib", "io", "pathlib", "datetime", "logging", "warnings", "inspect", "pickle", "subprocess", "threading",
      "socket", "shutil", "glob", "tempfile", "argparse", "unittest", "weakref", "heapq", "bisect", "decimal", "fractions",
      "statistics", "textwrap", "pprint", "traceback", "types", "struct", "array", "queue", "uuid", "hashlib", "base64"};
  for (const char* k : kKnown)
    if (top == k) return true;
  return false;
}

}  // namespace

Value import_module(Interp& in, const std::string& dotted) {
  Value existing = dict_get_str(in.modules, dotted);
  if (!existing.is_null()) return existing;
  std::size_t dot = dotted.rfind('.');
  Value parent;
  if (dot != std::string::npos) parent = import_module(in, dotted.substr(0, dot));
  if (const ModuleFactory* factory = in.natives->find(dotted)) {
    Value m = new_module(in, dotted);
    dict_set_str(in, in.modules, dotted, m);
    ModuleFactory f = *factory;
    ModuleBuilder b(in, m);
    try {
      f(in, b);
    } catch (...) {
      Value key = make_str(in, dotted);
      in.modules.as<Dict>()->table.erase(in, key, hash_value(in, key));
      throw;
    }
    if (!parent.is_null()) dict_set_str(in, parent.as<Module>()->dict, dotted.substr(dot + 1), m);
    return m;
  }
  if (!parent.is_null()) {
    Value attr = dict_get_str(parent.as<Module>()->dict, dotted.substr(dot + 1));
    if (is_kind(attr, Kind::Module)) return attr;
    if (const auto* hook = in.natives->missing_submodule_hook(dotted.substr(0, dotted.find('.')))) {
      std::function<bool(Interp&)> build_more = *hook;
      if (build_more(in)) return import_module(in, dotted);
    }
    std::string pname = dotted.substr(0, dot);
    if (in.natives->find(pname) == nullptr && dict_get_str(in.modules, pname).is_obj()) {
      not_found(in, dotted, "No module named '" + dotted + "'; '" + pname + "' is not a package");
    }
    not_found(in, dotted, "No module named '" + dotted + "'");
  }
  Value m = make_stdlib_module(in, dotted);
  if (!m.is_null()) {
    dict_set_str(in, in.modules, dotted, m);
    return m;
  }
  if (unsupported_stdlib(dotted)) {
    not_found(in, dotted, "No module named '" + dotted + "' (the '" + dotted + "' module is not supported in scopeplay)");
  }
  not_found(in, dotted, "No module named '" + dotted + "'");
}

}  // namespace scopeplay::runtime
