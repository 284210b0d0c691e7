// str methods, on top of the text library's UTF-8 algorithms.
#include "runtime/builtins.h"
#include "runtime/ops.h"
#include "runtime/strfmt.h"
#include "text/str_case.h"
#include "text/str_methods.h"

namespace scopeplay::runtime {
namespace {

[[noreturn]] void text_error(Interp& in, const text::Error& e) {
  Exc k = Exc::ValueError;
  if (e.kind == text::ErrorKind::TypeError) k = Exc::TypeError;
  if (e.kind == text::ErrorKind::MemoryError) k = Exc::MemoryError;
  if (e.kind == text::ErrorKind::OverflowError) k = Exc::OverflowError;
  raise(in, k, e.message);
}

const std::string& self_str(Interp& in, Args& a, const char* name) {
  if (a.npos == 0 || !is_str(a.pos[0])) {
    raise(in, Exc::TypeError, std::string("descriptor '") + name + "' for 'str' objects doesn't apply to a '" +
                                  (a.npos ? type_name(in, a.pos[0]) : std::string("NoneType")) + "' object");
  }
  return str_of(a.pos[0]);
}

const std::string& str_arg(Interp& in, const Value& v, const char* name, int pos = 1) {
  if (!is_str(v)) {
    raise(in, Exc::TypeError, std::string(name) + "() argument " + std::to_string(pos) + " must be str, not " + type_name(in, v));
  }
  return str_of(v);
}

std::optional<std::string_view> opt_str(Interp& in, Args& a, std::size_t i, const char* kw, const char* name) {
  Value v = arg_or_kw(a, i, kw);
  if (v.is_null() || v.is_none()) return std::nullopt;
  if (!is_str(v)) raise(in, Exc::TypeError, std::string(name) + " arg must be None or str");
  return std::string_view(str_of(v));
}

text::OptIndex opt_idx(Interp& in, Args& a, std::size_t i) {
  if (i >= a.npos || a.pos[i].is_none()) return std::nullopt;
  return to_index(in, a.pos[i], "slice indices must be integers or None or have an __index__ method");
}

Value list_of(Interp& in, const std::vector<std::string>& parts) {
  std::vector<Value> out;
  out.reserve(parts.size());
  for (auto& p : parts) out.push_back(make_str(in, p));
  return make_list(in, std::move(out));
}

#define STR_UNARY(fn, impl)                          \
  Value fn(Interp& in, Args& a, Value&) {            \
    check_nargs(in, a, &#fn[2], 1, 1);               \
    return make_str(in, impl(self_str(in, a, &#fn[2]))); \
  }
STR_UNARY(s_upper, text::str_upper)
STR_UNARY(s_lower, text::str_lower)
STR_UNARY(s_casefold, text::str_casefold)
STR_UNARY(s_capitalize, text::str_capitalize)
STR_UNARY(s_title, text::str_title)
STR_UNARY(s_swapcase, text::str_swapcase)

#define STR_PRED(fn, impl)                                         \
  Value fn(Interp& in, Args& a, Value&) {                          \
    check_nargs(in, a, &#fn[2], 1, 1);                             \
    return Value::boolean(impl(self_str(in, a, &#fn[2])));         \
  }
STR_PRED(s_isdigit, text::str_isdigit)
STR_PRED(s_isdecimal, text::str_isdecimal)
STR_PRED(s_isnumeric, text::str_isnumeric)
STR_PRED(s_isalpha, text::str_isalpha)
STR_PRED(s_isalnum, text::str_isalnum)
STR_PRED(s_isspace, text::str_isspace)
STR_PRED(s_isupper, text::str_isupper)
STR_PRED(s_islower, text::str_islower)
STR_PRED(s_istitle, text::str_istitle)
STR_PRED(s_isidentifier, text::str_isidentifier)
STR_PRED(s_isprintable, text::str_isprintable)
STR_PRED(s_isascii, text::str_isascii)

Value split_impl(Interp& in, Args& a, bool right) {
  const char* name = right ? "rsplit" : "split";
  const std::string& s = self_str(in, a, name);
  if (a.npos > 3) raise(in, Exc::TypeError, std::string(name) + "() takes at most 2 arguments (" + std::to_string(a.npos - 1) + " given)");
  auto sep = opt_str(in, a, 1, "sep", "must be str or None, not");
  Value ms = arg_or_kw(a, 2, "maxsplit");
  std::int64_t maxsplit = ms.is_null() ? -1 : to_index(in, ms, "'%T' object cannot be interpreted as an integer");
  auto r = right ? text::str_rsplit(s, sep, maxsplit) : text::str_split(s, sep, maxsplit);
  if (!r.ok()) text_error(in, r.error());
  return list_of(in, r.value());
}
Value s_split(Interp& in, Args& a, Value&) { return split_impl(in, a, false); }
Value s_rsplit(Interp& in, Args& a, Value&) { return split_impl(in, a, true); }

Value s_splitlines(Interp& in, Args& a, Value&) {
  const std::string& s = self_str(in, a, "splitlines");
  Value keep = arg_or_kw(a, 1, "keepends");
  return list_of(in, text::str_splitlines(s, !keep.is_null() && truthy(in, keep)));
}

Value s_join(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "join", 2, 2);
  const std::string& sep = self_str(in, a, "join");
  std::vector<Value> items = to_vector(in, a.pos[1]);
  std::string out;
  std::size_t total = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!is_str(items[i])) {
      raise(in, Exc::TypeError, "sequence item " + std::to_string(i) + ": expected str instance, " + type_name(in, items[i]) + " found");
    }
    total += str_of(items[i]).size() + sep.size();
  }
  check_alloc(in, total);
  out.reserve(total);
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += sep;
    out += str_of(items[i]);
  }
  return make_str(in, std::move(out));
}

Value s_replace(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "replace", 3, 4);
  const std::string& s = self_str(in, a, "replace");
  const std::string& o = str_arg(in, a.pos[1], "replace", 1);
  const std::string& n = str_arg(in, a.pos[2], "replace", 2);
  std::int64_t count = a.npos == 4 ? to_index(in, a.pos[3], "'%T' object cannot be interpreted as an integer") : -1;
  if (!o.empty() && n.size() > o.size()) {
    std::int64_t hits = text::str_count(s, o);
    check_alloc(in, s.size() + static_cast<std::uint64_t>(hits) * (n.size() - o.size()));
  }
  return make_str(in, text::str_replace(s, o, n, count));
}

Value strip_impl(Interp& in, Args& a, int which) {
  const char* name = which == 0 ? "strip" : which == 1 ? "lstrip" : "rstrip";
  check_nargs(in, a, name, 1, 2);
  const std::string& s = self_str(in, a, name);
  std::optional<std::string_view> chars;
  if (a.npos == 2 && !a.pos[1].is_none()) {
    if (!is_str(a.pos[1])) raise(in, Exc::TypeError, std::string(name) + " arg must be None or str");
    chars = str_of(a.pos[1]);
  }
  return make_str(in, which == 0 ? text::str_strip(s, chars) : which == 1 ? text::str_lstrip(s, chars) : text::str_rstrip(s, chars));
}
Value s_strip(Interp& in, Args& a, Value&) { return strip_impl(in, a, 0); }
Value s_lstrip(Interp& in, Args& a, Value&) { return strip_impl(in, a, 1); }
Value s_rstrip(Interp& in, Args& a, Value&) { return strip_impl(in, a, 2); }

Value find_impl(Interp& in, Args& a, int which) {
  static const char* names[] = {"find", "rfind", "index", "rindex", "count"};
  const char* name = names[which];
  check_nargs(in, a, name, 2, 4);
  const std::string& s = self_str(in, a, name);
  if (!is_str(a.pos[1])) raise(in, Exc::TypeError, "must be str, not " + type_name(in, a.pos[1]));
  const std::string& sub = str_of(a.pos[1]);
  auto st = opt_idx(in, a, 2), en = opt_idx(in, a, 3);
  switch (which) {
    case 0: return Value::integer(text::str_find(s, sub, st, en));
    case 1: return Value::integer(text::str_rfind(s, sub, st, en));
    case 2: {
      auto r = text::str_index(s, sub, st, en);
      if (!r.ok()) text_error(in, r.error());
      return Value::integer(r.value());
    }
    case 3: {
      auto r = text::str_rindex(s, sub, st, en);
      if (!r.ok()) text_error(in, r.error());
      return Value::integer(r.value());
    }
    default: return Value::integer(text::str_count(s, sub, st, en));
  }
}
Value s_find(Interp& in, Args& a, Value&) { return find_impl(in, a, 0); }
Value s_rfind(Interp& in, Args& a, Value&) { return find_impl(in, a, 1); }
Value s_index(Interp& in, Args& a, Value&) { return find_impl(in, a, 2); }
Value s_rindex(Interp& in, Args& a, Value&) { return find_impl(in, a, 3); }
Value s_count(Interp& in, Args& a, Value&) { return find_impl(in, a, 4); }

Value affix_impl(Interp& in, Args& a, bool starts) {
  const char* name = starts ? "startswith" : "endswith";
  check_nargs(in, a, name, 2, 4);
  const std::string& s = self_str(in, a, name);
  auto st = opt_idx(in, a, 2), en = opt_idx(in, a, 3);
  auto test = [&](const Value& p) {
    if (!is_str(p)) {
      raise(in, Exc::TypeError, std::string(name) + " first arg must be str or a tuple of str, not " + type_name(in, p));
    }
    return starts ? text::str_startswith(s, str_of(p), st, en) : text::str_endswith(s, str_of(p), st, en);
  };
  if (is_kind(a.pos[1], Kind::Tuple)) {
    for (auto& p : a.pos[1].as<Tuple>()->items) {
      if (!is_str(p)) raise(in, Exc::TypeError, "tuple for " + std::string(name) + " must only contain str, not " + type_name(in, p));
      if (test(p)) return Value::boolean(true);
    }
    return Value::boolean(false);
  }
  return Value::boolean(test(a.pos[1]));
}
Value s_startswith(Interp& in, Args& a, Value&) { return affix_impl(in, a, true); }
Value s_endswith(Interp& in, Args& a, Value&) { return affix_impl(in, a, false); }

Value pad_impl(Interp& in, Args& a, int which) {
  static const char* names[] = {"center", "ljust", "rjust"};
  check_nargs(in, a, names[which], 2, 3);
  const std::string& s = self_str(in, a, names[which]);
  std::int64_t w = to_index(in, a.pos[1], "'%T' object cannot be interpreted as an integer");
  char32_t fill = U' ';
  if (a.npos == 3) {
    if (!is_str(a.pos[2])) {
      raise(in, Exc::TypeError, std::string(names[which]) + "() argument 2 must be str of length 1, not " + type_name(in, a.pos[2]));
    }
    auto f = text::str_fill_char(str_of(a.pos[2]));
    if (!f.ok()) text_error(in, f.error());
    fill = f.value();
  }
  check_alloc(in, static_cast<std::uint64_t>(std::max<std::int64_t>(w, 0)) * 4);
  return make_str(in, which == 0 ? text::str_center(s, w, fill) : which == 1 ? text::str_ljust(s, w, fill) : text::str_rjust(s, w, fill));
}
Value s_center(Interp& in, Args& a, Value&) { return pad_impl(in, a, 0); }
Value s_ljust(Interp& in, Args& a, Value&) { return pad_impl(in, a, 1); }
Value s_rjust(Interp& in, Args& a, Value&) { return pad_impl(in, a, 2); }

Value s_zfill(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "zfill", 2, 2);
  std::int64_t w = to_index(in, a.pos[1], "'%T' object cannot be interpreted as an integer");
  check_alloc(in, static_cast<std::uint64_t>(std::max<std::int64_t>(w, 0)));
  return make_str(in, text::str_zfill(self_str(in, a, "zfill"), w));
}

Value s_expandtabs(Interp& in, Args& a, Value&) {
  Value t = arg_or_kw(a, 1, "tabsize");
  std::int64_t n = t.is_null() ? 8 : to_index(in, t, "'%T' object cannot be interpreted as an integer");
  return make_str(in, text::str_expandtabs(self_str(in, a, "expandtabs"), n));
}

Value partition_impl(Interp& in, Args& a, bool right) {
  const char* name = right ? "rpartition" : "partition";
  check_nargs(in, a, name, 2, 2);
  const std::string& s = self_str(in, a, name);
  if (!is_str(a.pos[1])) raise(in, Exc::TypeError, "must be str, not " + type_name(in, a.pos[1]));
  auto r = right ? text::str_rpartition(s, str_of(a.pos[1])) : text::str_partition(s, str_of(a.pos[1]));
  if (!r.ok()) text_error(in, r.error());
  return make_tuple(in, {make_str(in, r.value().head), make_str(in, r.value().sep), make_str(in, r.value().tail)});
}
Value s_partition(Interp& in, Args& a, Value&) { return partition_impl(in, a, false); }
Value s_rpartition(Interp& in, Args& a, Value&) { return partition_impl(in, a, true); }

Value s_removeprefix(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "removeprefix", 2, 2);
  return make_str(in, text::str_removeprefix(self_str(in, a, "removeprefix"), str_arg(in, a.pos[1], "removeprefix")));
}
Value s_removesuffix(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "removesuffix", 2, 2);
  return make_str(in, text::str_removesuffix(self_str(in, a, "removesuffix"), str_arg(in, a.pos[1], "removesuffix")));
}

Value s_format(Interp& in, Args& a, Value&) {
  const std::string& s = self_str(in, a, "format");
  Args rest{a.pos + 1, a.npos - 1, a.kwnames, a.kwvalues, a.nkw};
  return make_str(in, str_format(in, s, rest));
}

Value s_format_map(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "format_map", 2, 2);
  const std::string& s = self_str(in, a, "format_map");
  std::vector<Value> names, values;
  if (is_kind(a.pos[1], Kind::Dict)) {
    for (auto& e : a.pos[1].as<Dict>()->table.entries()) {
      if (e.key.is_null() || !is_str(e.key)) continue;
      names.push_back(e.key);
      values.push_back(e.value);
    }
  }
  Args rest{nullptr, 0, names.data(), values.data(), names.size()};
  return make_str(in, str_format(in, s, rest));
}

Value s_encode(Interp& in, Args&, Value&) { raise(in, Exc::NotImplementedError, "bytes are not supported in scopeplay"); }

Value s_mod(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "__mod__", 2, 2);
  return percent_format(in, self_str(in, a, "__mod__"), a.pos[1]);
}

}  // namespace

void install_str_methods(Interp& in) {
  TypeObject* t = in.t.str;
  struct M {
    const char* name;
    NativeFn fn;
  };
  const M methods[] = {
      {"upper", s_upper}, {"lower", s_lower}, {"casefold", s_casefold}, {"capitalize", s_capitalize}, {"title", s_title},
      {"swapcase", s_swapcase}, {"isdigit", s_isdigit}, {"isdecimal", s_isdecimal}, {"isnumeric", s_isnumeric},
      {"isalpha", s_isalpha}, {"isalnum", s_isalnum}, {"isspace", s_isspace}, {"isupper", s_isupper}, {"islower", s_islower},
      {"istitle", s_istitle}, {"isidentifier", s_isidentifier}, {"isprintable", s_isprintable}, {"isascii", s_isascii},
      {"split", s_split}, {"rsplit", s_rsplit}, {"splitlines", s_splitlines}, {"join", s_join}, {"replace", s_replace},
      {"strip", s_strip}, {"lstrip", s_lstrip}, {"rstrip", s_rstrip}, {"find", s_find}, {"rfind", s_rfind},
      {"index", s_index}, {"rindex", s_rindex}, {"count", s_count}, {"startswith", s_startswith}, {"endswith", s_endswith},
      {"center", s_center}, {"ljust", s_ljust}, {"rjust", s_rjust}, {"zfill", s_zfill}, {"expandtabs", s_expandtabs},
      {"partition", s_partition}, {"rpartition", s_rpartition}, {"removeprefix", s_removeprefix},
      {"removesuffix", s_removesuffix}, {"format", s_format}, {"format_map", s_format_map}, {"encode", s_encode},
      {"__mod__", s_mod},
  };
  for (const M& m : methods) def_method(in, t, m.name, m.fn);
}

}  // namespace scopeplay::runtime
