// The functools module, written as an embedded Python prelude.
#include "runtime/modules.h"
#include "runtime/native.h"

namespace scopeplay::runtime {
namespace {

constexpr const char* kFunctools = R"PY(
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)
_initial_missing = object()

def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value

class partial:
    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        return f"functools.partial({', '.join(args)})"

def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    wrapper.__wrapped__ = wrapped
    return wrapper

def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)

def _make_cache(user_function):
    memo = {}
    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in memo:
            memo[key] = user_function(*args, **kwargs)
        return memo[key]
    def cache_clear():
        memo.clear()
    wrapper.cache_clear = cache_clear
    return update_wrapper(wrapper, user_function)

def lru_cache(maxsize=128, typed=False):
    if callable(maxsize):
        return _make_cache(maxsize)
    return _make_cache

def cache(user_function):
    return _make_cache(user_function)

def cmp_to_key(mycmp):
    class K(object):
        __slots__ = ['obj']
        def __init__(self, obj):
            self.obj = obj
        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0
        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0
        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0
        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0
        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0
        __hash__ = None
    return K

def total_ordering(cls):
    if '__lt__' in cls.__dict__ and '__gt__' not in cls.__dict__:
        cls.__gt__ = lambda self, other: not (self < other) and self != other
        cls.__le__ = lambda self, other: self < other or self == other
        cls.__ge__ = lambda self, other: not (self < other)
    elif '__gt__' in cls.__dict__:
        cls.__lt__ = lambda self, other: not (self > other) and self != other
        cls.__ge__ = lambda self, other: self > other or self == other
        cls.__le__ = lambda self, other: not (self > other)
    return cls
)PY";

}  // namespace

Value make_functools_module(Interp& in) {
  Value m = new_module(in, "functools");
  dict_set_str(in, in.modules, "functools", m);
  ModuleBuilder b(in, m);
  b.run_python(kFunctools, "<functools>");
  return m;
}

}  // namespace scopeplay::runtime
