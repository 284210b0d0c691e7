// The sys module (the parts snippets use).
#include "runtime/modules.h"
#include "runtime/native.h"

namespace scopeplay::runtime {

Value make_sys_module(Interp& in) {
  Value m = new_module(in, "sys");
  ModuleBuilder b(in, m);
  b.set("version", make_str(in, "3.11.7 (scopeplay)"));
  b.set("version_info", make_tuple(in, {Value::integer(3), Value::integer(11), Value::integer(7), make_str(in, "final"), Value::integer(0)}));
  b.set("hexversion", Value::integer(0x030B07F0));
  b.set("maxsize", Value::integer(INT64_MAX));
  b.set("platform", make_str(in, "scopeplay"));
  b.set("byteorder", make_str(in, "little"));
  b.set("argv", make_list(in, {make_str(in, "")}));
  b.set("path", make_list(in, {}));
  b.set("modules", in.modules);
  b.set("float_info", Value::none());
  ClassBuilder stream = b.add_class("TextIOWrapper");
  stream.method("write", Signature("write", {{"self"}, {"s"}}), [](Interp& inn, BoundArgs& a) -> Value {
    if (!is_str(a[1])) raise(inn, Exc::TypeError, "write() argument must be str, not " + type_name(inn, a[1]));
    Value which = get_attr_opt(inn, a[0], inn.intern("name"));
    if (is_str(which) && str_of(which) == "<stderr>") inn.write_err(str_of(a[1]));
    else inn.write_out(str_of(a[1]));
    return Value::integer(length(inn, a[1]));
  });
  stream.method("flush", Signature("flush", {{"self"}}), [](Interp&, BoundArgs&) { return Value::none(); });
  for (const char* n : {"stdout", "stderr"}) {
    ArgBuf none;
    Args args = none.args();
    Value s = call(in, stream.type(), args);
    set_attr(in, s, in.intern("name"), make_str(in, std::string("<") + n + ">"));
    b.set(n, s);
  }
  b.def("getrecursionlimit", Signature("getrecursionlimit", {}),
        [](Interp& inn, BoundArgs&) { return Value::integer(inn.options.max_call_depth); });
  b.def("setrecursionlimit", Signature("setrecursionlimit", {{"limit"}}), [](Interp& inn, BoundArgs&) -> Value {
    raise(inn, Exc::NotImplementedError, "sys.setrecursionlimit() is not supported in scopeplay");
  });
  b.def("exit", Signature("exit", {Param("status", Value::none())}), [](Interp& inn, BoundArgs& a) -> Value {
    throw_exception(inn, make_exception(inn, inn.exc_type(Exc::SystemExit), a[0].is_none() ? std::vector<Value>{} : std::vector<Value>{a[0]}));
  });
  b.def("getsizeof", Signature("getsizeof", {{"object"}}), [](Interp& inn, BoundArgs& a) -> Value {
    return Value::integer(a[0].is_obj() ? static_cast<std::int64_t>(a[0].obj()->charged) + 16 : 28 + 0 * inn.depth);
  });
  return m;
}

}  // namespace scopeplay::runtime
