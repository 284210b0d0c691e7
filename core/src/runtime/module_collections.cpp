// The collections module: defaultdict and OrderedDict are dicts with another
// type; namedtuple, Counter and deque are an embedded Python prelude
// (namedtuple classes are not tuple subclasses in scopeplay).
#include "runtime/builtins.h"
#include "runtime/modules.h"
#include "runtime/native.h"

namespace scopeplay::runtime {

void dict_update(Interp& in, const Value& d, const Value& src);  // builtins_types.cpp

namespace {

constexpr const char* kCollections = R"PY(
def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = tuple(map(str, field_names))
    for name in (typename,) + field_names:
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    defaults = tuple(defaults) if defaults is not None else ()
    if len(defaults) > len(field_names):
        raise TypeError('Got more default values than field names')
    nfields = len(field_names)
    first_default = nfields - len(defaults)

    def __init__(self, *args, **kwargs):
        if len(args) > nfields:
            raise TypeError(f'{typename}.__new__() takes {nfields + 1} positional arguments but {len(args) + 1} were given')
        values = list(args)
        for i in range(len(args), nfields):
            name = field_names[i]
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif i >= first_default:
                values.append(defaults[i - first_default])
            else:
                missing = [repr(n) for n in field_names[i:] if n not in kwargs]
                raise TypeError(f"{typename}.__new__() missing {len(missing)} required positional argument{'s' if len(missing) > 1 else ''}: {', '.join(missing)}")
        for name in kwargs:
            if name in field_names:
                raise TypeError(f"{typename}.__new__() got multiple values for argument '{name}'")
            raise TypeError(f"{typename}.__new__() got an unexpected keyword argument '{name}'")
        object.__setattr__(self, '_values', tuple(values))

    def __repr__(self):
        inner = ', '.join(f'{n}={v!r}' for n, v in zip(field_names, self._values))
        return f'{typename}({inner})'

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return nfields

    def __getitem__(self, index):
        return self._values[index]

    def __eq__(self, other):
        if hasattr(other, '_values'):
            return self._values == other._values
        return self._values == other

    def __hash__(self):
        return hash(self._values)

    def __lt__(self, other):
        return self._values < tuple(other)

    def _asdict(self):
        return dict(zip(field_names, self._values))

    def _replace(self, **kwargs):
        values = dict(zip(field_names, self._values))
        values.update(kwargs)
        return cls(**values)

    def __setattr__(self, name, value):
        raise AttributeError("can't set attribute")

    ns = {'__init__': __init__, '__repr__': __repr__, '__iter__': __iter__, '__len__': __len__,
          '__getitem__': __getitem__, '__eq__': __eq__, '__hash__': __hash__, '__lt__': __lt__,
          '_asdict': _asdict, '_replace': _replace, '__setattr__': __setattr__,
          '_fields': field_names, '_field_defaults': dict(zip(field_names[first_default:], defaults))}
    for index, name in enumerate(field_names):
        ns[name] = property(lambda self, index=index: self._values[index])
    cls = type(typename, (object,), ns)
    cls.__module__ = '__main__' if module is None else module
    return cls

class Counter:
    def __init__(self, iterable=None, /, **kwds):
        self._data = {}
        self.update(iterable, **kwds)

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if hasattr(iterable, 'items'):
                for elem, count in iterable.items():
                    self._data[elem] = self._data.get(elem, 0) + count
            else:
                for elem in iterable:
                    self._data[elem] = self._data.get(elem, 0) + 1
        for elem, count in kwds.items():
            self._data[elem] = self._data.get(elem, 0) + count

    def most_common(self, n=None):
        items = sorted(self._data.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for elem, count in self._data.items():
            for _ in range(count):
                yield elem

    def total(self):
        return sum(self._data.values())

    def __getitem__(self, key):
        return self._data.get(key, 0)

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        if key in self._data:
            del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def __eq__(self, other):
        if isinstance(other, Counter):
            return self._data == other._data
        return self._data == other

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def __repr__(self):
        if not self._data:
            return 'Counter()'
        inner = ', '.join(f'{k!r}: {v!r}' for k, v in self.most_common())
        return 'Counter({' + inner + '})'

class deque:
    def __init__(self, iterable=(), maxlen=None):
        self._items = []
        self.maxlen = maxlen
        self.extend(iterable)

    def append(self, x):
        self._items.append(x)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            del self._items[0]

    def appendleft(self, x):
        self._items.insert(0, x)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            self._items.pop()

    def extend(self, iterable):
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        for x in iterable:
            self.appendleft(x)

    def pop(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop(0)

    def clear(self):
        self._items.clear()

    def rotate(self, n=1):
        if self._items:
            n %= len(self._items)
            self._items[:] = self._items[-n:] + self._items[:-n]

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __contains__(self, x):
        return x in self._items

    def __eq__(self, other):
        return isinstance(other, deque) and self._items == other._items

    def __repr__(self):
        if self.maxlen is None:
            return f'deque({self._items!r})'
        return f'deque({self._items!r}, maxlen={self.maxlen})'
)PY";

Value new_defaultdict(Interp& in, Args& a, Value&) {
  TypeObject* cls = a.pos[0].as<TypeObject>();
  Value d = make_dict(in);
  d.obj()->type = cls;
  if (a.npos > 1) {
    if (!a.pos[1].is_none() && !is_callable(in, a.pos[1])) raise(in, Exc::TypeError, "first argument must be callable or None");
    d.as<Dict>()->default_factory = a.pos[1];
  } else {
    d.as<Dict>()->default_factory = Value::none();
  }
  if (a.npos > 2) dict_update(in, d, a.pos[2]);
  for (std::size_t i = 0; i < a.nkw; ++i) dict_set(in, d, a.kwnames[i], a.kwvalues[i]);
  return d;
}

Value new_ordereddict(Interp& in, Args& a, Value&) {
  TypeObject* cls = a.pos[0].as<TypeObject>();
  Value d = make_dict(in);
  d.obj()->type = cls;
  if (a.npos > 1) dict_update(in, d, a.pos[1]);
  for (std::size_t i = 0; i < a.nkw; ++i) dict_set(in, d, a.kwnames[i], a.kwvalues[i]);
  return d;
}

Value od_move_to_end(Interp& in, Args& a, Value&) {
  Value d = a.pos[0];
  Value key = a.pos[1];
  Value last = a.npos > 2 ? a.pos[2] : kwarg(a, "last");
  bool to_end = last.is_null() || truthy(in, last);
  Value v = dict_get(in, d, key);
  if (v.is_null()) throw_exception(in, make_exception(in, in.exc_type(Exc::KeyError), {key}));
  std::vector<HashEntry> entries = d.as<Dict>()->table.entries();
  d.as<Dict>()->table.clear();
  if (!to_end) dict_set(in, d, key, v);
  for (auto& e : entries) if (!e.key.is_null() && !equals(in, e.key, key)) dict_set(in, d, e.key, e.value);
  if (to_end) dict_set(in, d, key, v);
  return Value::none();
}

TypeObject* dict_subtype(Interp& in, const char* name, NativeFn ctor) {
  TypeObject* t = in.heap.make<TypeObject>(in.t.type, name);
  Value keep(t);
  t->module = "collections";
  t->flags = static_cast<std::uint32_t>(TypeFlag::Builtin);
  t->instance_kind = Kind::Dict;
  t->dict = make_dict(in);
  t->qualname = make_str(in, name);
  t->bases.push_back(Value(in.t.dict));
  t->mro = {t, in.t.dict, in.t.object};
  Value b = make_builtin(in, "__new__", ctor);
  b.as<Builtin>()->owner = name;
  dict_set_str(in, t->dict, "__new__", b);
  ++t->refs;  // lives for the run, like builtin types
  return t;
}

}  // namespace

Value make_collections_module(Interp& in) {
  Value m = new_module(in, "collections");
  dict_set_str(in, in.modules, "collections", m);
  ModuleBuilder b(in, m);
  b.set("defaultdict", Value(dict_subtype(in, "defaultdict", new_defaultdict)));
  TypeObject* od = dict_subtype(in, "OrderedDict", new_ordereddict);
  def_method(in, od, "move_to_end", od_move_to_end);
  b.set("OrderedDict", Value(od));
  b.run_python(kCollections, "<collections>");
  return m;
}

}  // namespace scopeplay::runtime
