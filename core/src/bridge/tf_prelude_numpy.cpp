// The `numpy` module scopeplay provides: arrays as dtype + shape, for TF snippets.
// (Python run inside the module at import; see tf_prelude.h.)
#include "bridge/tf_prelude.h"

namespace scopeplay::bridge {

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverlength-strings"
std::string_view prelude_numpy() {
  return R"PY(
# A minimal numpy for TF snippets: arrays carry only dtype and shape, which
# is all graph construction looks at (tf.constant(np.zeros((2, 3)))).


class dtype(object):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "dtype('%s')" % self.name

    def __str__(self):
        return self.name

    def __eq__(self, other):
        try:
            return self.name == _as_np_dtype(other).name
        except TypeError:
            return False

    def __hash__(self):
        return hash(self.name)


_NAMES = ["float16", "float32", "float64", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32",
          "uint64", "bool", "complex64", "complex128"]
_TYPES = {}
for _name in _NAMES:
    _TYPES[_name] = dtype(_name)

float16 = half = _TYPES["float16"]
float32 = single = _TYPES["float32"]
float64 = double = float_ = _TYPES["float64"]
int8 = _TYPES["int8"]
int16 = _TYPES["int16"]
int32 = _TYPES["int32"]
int64 = int_ = _TYPES["int64"]
uint8 = _TYPES["uint8"]
uint16 = _TYPES["uint16"]
uint32 = _TYPES["uint32"]
uint64 = _TYPES["uint64"]
bool_ = _TYPES["bool"]
complex64 = _TYPES["complex64"]
complex128 = _TYPES["complex128"]
_pyint = type(1)
_pyfloat = type(1.0)
_pybool = type(True)


def _as_np_dtype(d):
    if d is None:
        return float64
    if isinstance(d, dtype):
        return d
    if isinstance(d, str) and d in _TYPES:
        return _TYPES[d]
    if d is _pyfloat:
        return float64
    if d is _pyint:
        return int64
    if d is _pybool:
        return bool_
    name = getattr(d, "name", None)
    if isinstance(name, str) and name in _TYPES:
        return _TYPES[name]
    raise TypeError("data type %r not understood" % (d,))


class ndarray(object):
    def __init__(self, shape, dtype=None):
        if isinstance(shape, _pyint):
            shape = (shape,)
        self._np_shape = tuple(shape)
        self.dtype = _as_np_dtype(dtype)
        self._np_dtype = self.dtype.name

    @property
    def shape(self):
        return self._np_shape

    @property
    def ndim(self):
        return len(self._np_shape)

    @property
    def size(self):
        n = 1
        for d in self._np_shape:
            n *= d
        return n

    def __len__(self):
        if not self._np_shape:
            raise TypeError("len() of unsized object")
        return self._np_shape[0]

    def astype(self, dtype):
        return ndarray(self._np_shape, dtype)

    def reshape(self, *shape):
        if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
            shape = shape[0]
        return ndarray(shape, self.dtype)

    def __repr__(self):
        return "array(<shape=%s, dtype=%s>)" % (self._np_shape, self.dtype.name)


def zeros(shape, dtype=float, order="C"):
    return ndarray(shape, dtype)


def ones(shape, dtype=None, order="C"):
    return ndarray(shape, dtype)


def empty(shape, dtype=float, order="C"):
    return ndarray(shape, dtype)


def full(shape, fill_value, dtype=None, order="C"):
    if dtype is None:
        dtype = _infer(fill_value)
    return ndarray(shape, dtype)


def _infer(value):
    if isinstance(value, ndarray):
        return value.dtype
    if isinstance(value, _pybool):
        return bool_
    if isinstance(value, _pyint):
        return int64
    if isinstance(value, _pyfloat):
        return float64
    if isinstance(value, (list, tuple)):
        kinds = [_infer(v) for v in value]
        for k in (complex128, float64, int64, bool_):
            if k in kinds:
                return k
        return float64
    raise TypeError("scopeplay's numpy only builds arrays from numbers and lists")


def _shape(value):
    if isinstance(value, ndarray):
        return value.shape
    if isinstance(value, (list, tuple)):
        if not value:
            return (0,)
        return (len(value),) + _shape(value[0])
    return ()


def array(object, dtype=None, copy=True):
    return ndarray(_shape(object), dtype if dtype is not None else _infer(object))


asarray = array


def arange(start, stop=None, step=1, dtype=None):
    if stop is None:
        start, stop = 0, start
    n = max(0, (stop - start + step - 1) // step) if step > 0 else max(0, (start - stop - step - 1) // -step)
    return ndarray((int(n),), dtype if dtype is not None else _infer(start))
)PY";
}
#pragma GCC diagnostic pop

}  // namespace scopeplay::bridge
