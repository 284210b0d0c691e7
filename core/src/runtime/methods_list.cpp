// list and tuple methods.
#include "runtime/builtins.h"
#include "runtime/ops.h"

namespace scopeplay::runtime {
namespace {

List* self_list(Interp& in, Args& a, const char* name) {
  if (a.npos == 0 || !is_kind(a.pos[0], Kind::List)) {
    raise(in, Exc::TypeError, std::string("descriptor '") + name + "' for 'list' objects doesn't apply to a '" +
                                  (a.npos ? type_name(in, a.pos[0]) : std::string("NoneType")) + "' object");
  }
  return a.pos[0].as<List>();
}

std::int64_t clamp_index(std::int64_t i, std::size_t n) {
  auto len = static_cast<std::int64_t>(n);
  if (i < 0) i = std::max<std::int64_t>(0, i + len);
  return std::min(i, len);
}

Value l_append(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "append", 2, 2);
  List* l = self_list(in, a, "append");
  if ((l->items.size() & 63) == 63) {
    in.heap.charge(l, 64 * sizeof(Value));
    if (in.heap.over_budget()) in.memory_limit();
  }
  l->items.push_back(a.pos[1]);
  return Value::none();
}

Value l_extend(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "extend", 2, 2);
  List* l = self_list(in, a, "extend");
  std::vector<Value> extra = to_vector(in, a.pos[1]);
  in.heap.charge(l, extra.size() * sizeof(Value));
  if (in.heap.over_budget()) in.memory_limit();
  l->items.insert(l->items.end(), extra.begin(), extra.end());
  return Value::none();
}

Value l_insert(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "insert", 3, 3);
  List* l = self_list(in, a, "insert");
  std::int64_t i = clamp_index(to_index(in, a.pos[1], "'%T' object cannot be interpreted as an integer"), l->items.size());
  l->items.insert(l->items.begin() + i, a.pos[2]);
  in.heap.charge(l, sizeof(Value));
  return Value::none();
}

Value l_pop(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "pop", 1, 2);
  List* l = self_list(in, a, "pop");
  if (l->items.empty()) raise(in, Exc::IndexError, "pop from empty list");
  auto n = static_cast<std::int64_t>(l->items.size());
  std::int64_t i = a.npos == 2 ? to_index(in, a.pos[1], "'%T' object cannot be interpreted as an integer") : n - 1;
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(in, Exc::IndexError, "pop index out of range");
  Value v = std::move(l->items[static_cast<std::size_t>(i)]);
  l->items.erase(l->items.begin() + i);
  return v;
}

Value l_remove(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "remove", 2, 2);
  List* l = self_list(in, a, "remove");
  Value keep = a.pos[0];
  for (std::size_t i = 0; i < l->items.size(); ++i) {
    Value x = l->items[i];
    if (x.same(a.pos[1]) || equals(in, x, a.pos[1])) {
      if (i < l->items.size()) l->items.erase(l->items.begin() + static_cast<std::ptrdiff_t>(i));
      return Value::none();
    }
  }
  raise(in, Exc::ValueError, "list.remove(x): x not in list");
}

const std::vector<Value>& seq_items(const Value& v) {
  return is_kind(v, Kind::List) ? v.as<List>()->items : v.as<Tuple>()->items;
}

Value seq_index(Interp& in, Args& a, bool list) {
  check_nargs(in, a, "index", 2, 4);
  Value keep = a.pos[0];
  std::size_t n = seq_items(keep).size();
  std::int64_t start = a.npos > 2 ? clamp_index(to_index(in, a.pos[2], "slice indices must be integers or have an __index__ method"), n) : 0;
  std::int64_t stop = a.npos > 3 ? clamp_index(to_index(in, a.pos[3], "slice indices must be integers or have an __index__ method"), n)
                                 : static_cast<std::int64_t>(n);
  for (std::int64_t i = start; i < stop && static_cast<std::size_t>(i) < seq_items(keep).size(); ++i) {
    Value x = seq_items(keep)[static_cast<std::size_t>(i)];
    if (x.same(a.pos[1]) || equals(in, x, a.pos[1])) return Value::integer(i);
  }
  if (list) raise(in, Exc::ValueError, repr(in, a.pos[1]) + " is not in list");
  raise(in, Exc::ValueError, "tuple.index(x): x not in tuple");
}
Value l_index(Interp& in, Args& a, Value&) { return seq_index(in, a, true); }
Value t_index(Interp& in, Args& a, Value&) { return seq_index(in, a, false); }

Value seq_count(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "count", 2, 2);
  Value keep = a.pos[0];
  std::int64_t c = 0;
  for (std::size_t i = 0; i < seq_items(keep).size(); ++i) {
    Value x = seq_items(keep)[i];
    if (x.same(a.pos[1]) || equals(in, x, a.pos[1])) ++c;
  }
  return Value::integer(c);
}

Value l_sort(Interp& in, Args& a, Value&) {
  if (a.npos != 1) raise(in, Exc::TypeError, "sort() takes no positional arguments");
  for (std::size_t i = 0; i < a.nkw; ++i) {
    const std::string& k = str_of(a.kwnames[i]);
    if (k != "key" && k != "reverse") raise(in, Exc::TypeError, "'" + k + "' is an invalid keyword argument for sort()");
  }
  List* l = self_list(in, a, "sort");
  Value keep = a.pos[0];
  std::vector<Value> items;
  items.swap(l->items);
  Value rev = kwarg(a, "reverse");
  try {
    sort_values(in, items, kwarg(a, "key"), !rev.is_null() && truthy(in, rev));
  } catch (...) {
    if (l->items.empty()) l->items.swap(items);
    throw;
  }
  bool modified = !l->items.empty();
  l->items.swap(items);
  if (modified) raise(in, Exc::ValueError, "list modified during sort");
  return Value::none();
}

Value l_reverse(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "reverse", 1, 1);
  List* l = self_list(in, a, "reverse");
  std::reverse(l->items.begin(), l->items.end());
  return Value::none();
}

Value l_copy(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "copy", 1, 1);
  return make_list(in, self_list(in, a, "copy")->items);
}

Value l_clear(Interp& in, Args& a, Value&) {
  check_nargs(in, a, "clear", 1, 1);
  std::vector<Value> old;
  old.swap(self_list(in, a, "clear")->items);
  return Value::none();
}

}  // namespace

void install_list_methods(Interp& in) {
  TypeObject* l = in.t.list;
  def_method(in, l, "append", l_append);
  def_method(in, l, "extend", l_extend);
  def_method(in, l, "insert", l_insert);
  def_method(in, l, "pop", l_pop);
  def_method(in, l, "remove", l_remove);
  def_method(in, l, "index", l_index);
  def_method(in, l, "count", seq_count);
  def_method(in, l, "sort", l_sort);
  def_method(in, l, "reverse", l_reverse);
  def_method(in, l, "copy", l_copy);
  def_method(in, l, "clear", l_clear);
  def_method(in, in.t.tuple, "index", t_index);
  def_method(in, in.t.tuple, "count", seq_count);
}

}  // namespace scopeplay::runtime
