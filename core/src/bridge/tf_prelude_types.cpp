// The `tensorflow` prelude, part 1: DType, TensorShape, Tensor, Operation, Variable.
// (Python run inside the module at import; see tf_prelude.h).
#include "bridge/tf_prelude.h"

namespace scopeplay::bridge {

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverlength-strings"
std::string_view prelude_types() {
  return R"PY(
# tensorflow prelude, part 1: DType, TensorShape, Tensor, Operation, Variable.
# Objects hold ids into the engine (_n = the native _scopeplay_tf module).

_TF_VERSION = _n.version()
_pybool = type(True)


class DType(object):
    def __init__(self, name):
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def base_dtype(self):
        if self._name.endswith("_ref"):
            return as_dtype(self._name[:-4])
        return self

    @property
    def real_dtype(self):
        if self._name == "complex64":
            return float32
        if self._name == "complex128":
            return float64
        return self

    @property
    def is_floating(self):
        return self.base_dtype._name in ("float16", "bfloat16", "float32", "float64")

    @property
    def is_integer(self):
        return self.base_dtype._name in ("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64")

    @property
    def is_unsigned(self):
        return self.base_dtype._name in ("uint8", "uint16", "uint32", "uint64")

    @property
    def is_bool(self):
        return self.base_dtype._name == "bool"

    @property
    def is_complex(self):
        return self.base_dtype._name in ("complex64", "complex128")

    @property
    def is_quantized(self):
        return self.base_dtype._name in ("qint8", "quint8", "qint16", "quint16", "qint32")

    @property
    def is_numpy_compatible(self):
        return self.base_dtype._name not in ("resource", "variant", "bfloat16") and not self.is_quantized

    def is_compatible_with(self, other):
        other = as_dtype(other)
        return self._name == other._name or self._name == other.base_dtype._name

    def _as_ref(self):
        return self if self._name.endswith("_ref") else as_dtype(self._name + "_ref")

    def __repr__(self):
        return "tf." + self._name

    def __str__(self):
        return "<dtype: '" + self._name + "'>"

    def __eq__(self, other):
        if other is None:
            return False
        try:
            other = as_dtype(other)
        except TypeError:
            return False
        return self._name == other._name

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self._name)

    @property
    def size(self):
        return _DTYPE_SIZES.get(self.base_dtype._name, 1)


_DTYPE_NAMES = ["float16", "bfloat16", "float32", "float64", "int8", "int16", "int32", "int64",
                "uint8", "uint16", "uint32", "uint64", "bool", "string", "complex64", "complex128",
                "qint8", "quint8", "qint16", "quint16", "qint32", "resource", "variant"]
_DTYPE_SIZES = {"float16": 2, "bfloat16": 2, "float32": 4, "float64": 8, "int8": 1, "int16": 2, "int32": 4,
                "int64": 8, "uint8": 1, "uint16": 2, "uint32": 4, "uint64": 8, "bool": 1, "complex64": 8,
                "complex128": 16}
_DTYPE_ALIASES = {"half": "float16", "float": "float32", "double": "float64", "int": "int32", "long": "int64",
                  "complex": "complex128", "cfloat": "complex64", "cdouble": "complex128"}
_DTYPES = {}
for _name in _DTYPE_NAMES:
    _DTYPES[_name] = DType(_name)
    _DTYPES[_name + "_ref"] = DType(_name + "_ref")


def as_dtype(type_value):
    if isinstance(type_value, DType):
        return type_value
    if isinstance(type_value, str):
        key = _DTYPE_ALIASES.get(type_value, type_value)
        if key in _DTYPES:
            return _DTYPES[key]
    if type_value is float:
        return _DTYPES["float32"]
    if type_value is int:
        return _DTYPES["int32"]
    if type_value is _pybool:
        return _DTYPES["bool"]
    if type_value is str:
        return _DTYPES["string"]
    raise TypeError("Cannot convert value %r to a TensorFlow DType." % (type_value,))


float16 = half = _DTYPES["float16"]
bfloat16 = _DTYPES["bfloat16"]
float32 = _DTYPES["float32"]
float64 = double = _DTYPES["float64"]
int8 = _DTYPES["int8"]
int16 = _DTYPES["int16"]
int32 = _DTYPES["int32"]
int64 = _DTYPES["int64"]
uint8 = _DTYPES["uint8"]
uint16 = _DTYPES["uint16"]
uint32 = _DTYPES["uint32"]
uint64 = _DTYPES["uint64"]
bool = _DTYPES["bool"]
string = _DTYPES["string"]
complex64 = _DTYPES["complex64"]
complex128 = _DTYPES["complex128"]
qint8 = _DTYPES["qint8"]
quint8 = _DTYPES["quint8"]
qint16 = _DTYPES["qint16"]
quint16 = _DTYPES["quint16"]
qint32 = _DTYPES["qint32"]
resource = _DTYPES["resource"]
variant = _DTYPES["variant"]


class Dimension(object):
    def __init__(self, value):
        if isinstance(value, Dimension):
            value = value.value
        if value is not None and not isinstance(value, int):
            raise TypeError("Dimension value must be integer or None or have an __index__ method, got value '%r' with type '%r'" % (value, type(value)))
        if value is not None and value < 0:
            raise ValueError("Dimension %d must be >= 0" % value)
        self._value = value

    @property
    def value(self):
        return self._value

    def __repr__(self):
        return "Dimension(%r)" % (self._value,)

    def __str__(self):
        return "?" if self._value is None else str(self._value)

    def __eq__(self, other):
        try:
            other = as_dimension(other)
        except (TypeError, ValueError):
            return NotImplemented
        if self._value is None or other.value is None:
            return None
        return self._value == other.value

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is None or r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        return hash(self._value)

    def __int__(self):
        return self._value

    def __index__(self):
        return self._value

    def is_compatible_with(self, other):
        other = as_dimension(other)
        return self._value is None or other.value is None or self._value == other.value


def as_dimension(value):
    if isinstance(value, Dimension):
        return value
    return Dimension(value)


def dimension_value(dimension):
    if isinstance(dimension, Dimension):
        return dimension.value
    return dimension


class TensorShape(object):
    def __init__(self, dims):
        if dims is None:
            self._dims = None
        elif isinstance(dims, TensorShape):
            self._dims = dims._dims
        elif isinstance(dims, (list, tuple)):
            self._dims = [as_dimension(d).value for d in dims]
        else:
            self._dims = [as_dimension(dims).value]

    @property
    def dims(self):
        if self._dims is None:
            return None
        return [Dimension(d) for d in self._dims]

    @property
    def ndims(self):
        return None if self._dims is None else len(self._dims)

    @property
    def rank(self):
        return self.ndims

    def as_list(self):
        if self._dims is None:
            raise ValueError("as_list() is not defined on an unknown TensorShape.")
        return list(self._dims)

    def is_fully_defined(self):
        return self._dims is not None and all(d is not None for d in self._dims)

    def num_elements(self):
        if not self.is_fully_defined():
            return None
        n = 1
        for d in self._dims:
            n *= d
        return n

    def is_compatible_with(self, other):
        other = as_shape(other)
        if self._dims is None or other._dims is None:
            return True
        if len(self._dims) != len(other._dims):
            return False
        for a, b in zip(self._dims, other._dims):
            if a is not None and b is not None and a != b:
                return False
        return True

    def merge_with(self, other):
        other = as_shape(other)
        if self._dims is None:
            return other
        if other._dims is None:
            return self
        if not self.is_compatible_with(other):
            raise ValueError("Shapes %s and %s are not compatible" % (self, other))
        return TensorShape([a if a is not None else b for a, b in zip(self._dims, other._dims)])

    def __str__(self):
        if self._dims is None:
            return "<unknown>"
        parts = ["?" if d is None else str(d) for d in self._dims]
        if len(parts) == 1:
            return "(" + parts[0] + ",)"
        return "(" + ", ".join(parts) + ")"

    def __repr__(self):
        if self._dims is None:
            return "TensorShape(None)"
        return "TensorShape([" + ", ".join(repr(Dimension(d)) for d in self._dims) + "])"

    def __len__(self):
        if self._dims is None:
            raise ValueError("Cannot take the length of shape with unknown rank.")
        return len(self._dims)

    def __bool__(self):
        return self._dims is not None

    def __iter__(self):
        if self._dims is None:
            raise ValueError("Cannot iterate over a shape with unknown rank.")
        return iter([Dimension(d) for d in self._dims])

    def __getitem__(self, key):
        if self._dims is None:
            if isinstance(key, slice):
                return TensorShape(None)
            return Dimension(None)
        if isinstance(key, slice):
            return TensorShape(self._dims[key])
        return Dimension(self._dims[key])

    def __eq__(self, other):
        try:
            other = as_shape(other)
        except TypeError:
            return NotImplemented
        return self._dims == other._dims

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash(None if self._dims is None else tuple(self._dims))

    def concatenate(self, other):
        other = as_shape(other)
        if self._dims is None or other._dims is None:
            return TensorShape(None)
        return TensorShape(self._dims + other._dims)


def as_shape(shape):
    if isinstance(shape, TensorShape):
        return shape
    return TensorShape(shape)


def _shape_of(dims):
    return TensorShape(dims)


# ---------------------------------------------------------------- graph objects

_GRAPHS = {}
_TENSORS = {}
_OPERATIONS = {}
_VARIABLES = {}
_VSCOPES = {}


def _graph(gid):
    g = _GRAPHS.get(gid)
    if g is None:
        g = Graph.__new__(Graph)
        g._gid = gid
        g._finalized = False
        _GRAPHS[gid] = g
    return g


def _wrap_tensor(gid, ref):
    key = (gid, ref[0], ref[1])
    t = _TENSORS.get(key)
    if t is None:
        t = Tensor.__new__(Tensor)
        t._gid = gid
        t._op = ref[0]
        t._idx = ref[1]
        _TENSORS[key] = t
    return t


def _wrap_op(gid, opid):
    key = (gid, opid)
    o = _OPERATIONS.get(key)
    if o is None:
        o = Operation.__new__(Operation)
        o._gid = gid
        o._opid = opid
        _OPERATIONS[key] = o
    return o


def _wrap_var(gid, vid):
    key = (gid, vid)
    v = _VARIABLES.get(key)
    if v is None:
        v = RefVariable.__new__(RefVariable)
        v._gid = gid
        v._vid = vid
        _VARIABLES[key] = v
    return v


def _wrap_item(gid, item):
    kind = item[0]
    if kind == "v":
        return _wrap_var(gid, item[1])
    if kind == "t":
        return _wrap_tensor(gid, (item[1], item[2]))
    if kind == "o":
        return _wrap_op(gid, item[1])
    return item[1]


def _wrap_items(gid, items):
    return [_wrap_item(gid, it) for it in items]


def _default_gid():
    return _n.default_graph()


def _gid_of(*values):
    for v in values:
        if isinstance(v, (Tensor, RefVariable, Operation)):
            return v._gid
        if isinstance(v, (list, tuple)):
            for x in v:
                if isinstance(x, (Tensor, RefVariable, Operation)):
                    return x._gid
    return _n.default_graph()


def _not_supported(what):
    raise NotImplementedError(what + " is not supported in scopeplay")


class _OverloadedOperators(object):
    # The binary operators Tensor and Variable share (math_ops._OverrideBinaryOperatorHelper):
    # each creates the lower-case op (add, sub, mul, truediv) or MatMul in the current name scope.

    def __add__(self, other):
        return _binop("add", self, other)

    def __radd__(self, other):
        return _binop("add", other, self)

    def __sub__(self, other):
        return _binop("sub", self, other)

    def __rsub__(self, other):
        return _binop("sub", other, self)

    def __mul__(self, other):
        return _binop("mul", self, other)

    def __rmul__(self, other):
        return _binop("mul", other, self)

    def __truediv__(self, other):
        return _binop("truediv", self, other)

    def __rtruediv__(self, other):
        return _binop("truediv", other, self)

    def __matmul__(self, other):
        return matmul(self, other)

    def __rmatmul__(self, other):
        return matmul(other, self)


class Tensor(_OverloadedOperators):
    def __init__(self, *args, **kwargs):
        raise TypeError("Tensor objects are created by TensorFlow ops in scopeplay")

    @property
    def name(self):
        return _n.tensor_info(self._gid, self._op, self._idx)[0]

    @property
    def op(self):
        return _wrap_op(self._gid, self._op)

    @property
    def graph(self):
        return _graph(self._gid)

    @property
    def dtype(self):
        return as_dtype(_n.tensor_info(self._gid, self._op, self._idx)[1])

    @property
    def shape(self):
        return TensorShape(_n.tensor_info(self._gid, self._op, self._idx)[2])

    def get_shape(self):
        return self.shape

    def set_shape(self, shape):
        _not_supported("Tensor.set_shape")

    @property
    def value_index(self):
        return self._idx

    @property
    def device(self):
        return _n.op_info(self._gid, self._op)[4]

    def consumers(self):
        return [_wrap_op(self._gid, o) for o in _n.consumers(self._gid, self._op, self._idx)]

    def eval(self, feed_dict=None, session=None):
        raise NotImplementedError("evaluating tensors is not supported in scopeplay")

    def _as_graph_element(self):
        return self

    def __str__(self):
        return _n.tensor_str(self._gid, self._op, self._idx)

    def __repr__(self):
        return _n.tensor_repr(self._gid, self._op, self._idx)

    def __hash__(self):
        return id(self)

    def __eq__(self, other):
        return self is other

    def __ne__(self, other):
        return self is not other

    def __bool__(self):
        raise TypeError("Using a `tf.Tensor` as a Python `bool` is not allowed. Use `if t is not None:` instead of "
                        "`if t:` to test if a tensor is defined, and use TensorFlow ops such as tf.cond to execute "
                        "subgraphs conditioned on the value of a tensor.")

    def __iter__(self):
        dims = _n.tensor_info(self._gid, self._op, self._idx)[2]
        if dims is None:
            raise TypeError("Cannot iterate over a tensor with unknown shape.")
        if not dims:
            raise TypeError("Cannot iterate over a scalar tensor.")
        if dims[0] is None:
            raise TypeError("Cannot iterate over a tensor with unknown first dimension.")
        _not_supported("Iterating over a Tensor")

    def __len__(self):
        raise TypeError("len is not well defined for symbolic Tensors. (%s) Please call `x.shape` rather than "
                        "`len(x)` for shape information." % self.name)

    def __neg__(self):
        return negative(self)

    def __abs__(self):
        _not_supported("abs() on a Tensor (tf.abs)")

    def __pow__(self, other):
        _not_supported("Tensor ** (tf.pow)")

    def __floordiv__(self, other):
        _not_supported("Tensor // (tf.floordiv)")

    def __mod__(self, other):
        _not_supported("Tensor % (tf.floormod)")

    def __lt__(self, other):
        return less(self, other)

    def __le__(self, other):
        return less_equal(self, other)

    def __gt__(self, other):
        return greater(self, other)

    def __ge__(self, other):
        return greater_equal(self, other)

    def __getitem__(self, key):
        _not_supported("Tensor slicing (strided_slice)")


def _binop(op, x, y):
    return _wrap_tensor(_gid_of(x, y), _n.binary_operator(_gid_of(x, y), op, x, y))


class Operation(object):
    def __init__(self, *args, **kwargs):
        raise TypeError("Operation objects are created by TensorFlow ops in scopeplay")

    @property
    def name(self):
        return _n.op_info(self._gid, self._opid)[0]

    @property
    def type(self):
        return _n.op_info(self._gid, self._opid)[1]

    @property
    def graph(self):
        return _graph(self._gid)

    @property
    def device(self):
        return _n.op_info(self._gid, self._opid)[4]

    @property
    def inputs(self):
        return tuple(_wrap_tensor(self._gid, t) for t in _n.op_info(self._gid, self._opid)[2])

    @property
    def outputs(self):
        n = _n.op_info(self._gid, self._opid)[3]
        return [_wrap_tensor(self._gid, (self._opid, i)) for i in range(n)]

    def values(self):
        return tuple(self.outputs)

    @property
    def control_inputs(self):
        return []

    def run(self, feed_dict=None, session=None):
        return None

    def _as_graph_element(self):
        return self

    def __repr__(self):
        return _n.op_repr(self._gid, self._opid)

    def __str__(self):
        return _n.op_repr(self._gid, self._opid)


class RefVariable(_OverloadedOperators):
    def __init__(self, initial_value=None, trainable=None, collections=None, validate_shape=True,
                 caching_device=None, name=None, variable_def=None, dtype=None, expected_shape=None,
                 import_scope=None, constraint=None, use_resource=None, synchronization=None,
                 aggregation=None, shape=None):
        if trainable is None:
            trainable = True
        if initial_value is None:
            raise ValueError("initial_value must be specified.")
        gid = _gid_of(initial_value)
        self._gid = gid
        self._vid = _n.var_create(gid, initial_value, trainable, collections, name, dtype, validate_shape, shape,
                                  True)
        _VARIABLES[(gid, self._vid)] = self

    def _info(self):
        return _n.var_info(self._gid, self._vid)

    @property
    def name(self):
        return self._info()[0] + ":0"

    @property
    def op(self):
        return _wrap_op(self._gid, self._info()[1])

    @property
    def graph(self):
        return _graph(self._gid)

    @property
    def dtype(self):
        return as_dtype(self._info()[5])

    @property
    def shape(self):
        return TensorShape(self._info()[6])

    def get_shape(self):
        return self.shape

    @property
    def initializer(self):
        return _wrap_op(self._gid, self._info()[3])

    @property
    def initial_value(self):
        return _wrap_tensor(self._gid, self._info()[4])

    @property
    def trainable(self):
        return self._info()[7]

    @property
    def device(self):
        return _n.op_info(self._gid, self._info()[1])[4]

    def value(self):
        return _wrap_tensor(self._gid, self._info()[2])

    def _snapshot(self):
        return self.value()

    def read_value(self):
        return identity(self, name="read")

    def _as_graph_element(self):
        return self.value()

    def _ref(self):
        return _wrap_tensor(self._gid, (self._info()[1], 0))

    def eval(self, session=None):
        raise NotImplementedError("evaluating tensors is not supported in scopeplay")

    def assign(self, value, use_locking=None, name=None, read_value=True):
        return assign(self, value, name=name)

    def __repr__(self):
        return _n.var_repr(self._gid, self._vid)

    def __str__(self):
        return _n.var_repr(self._gid, self._vid)

    def __hash__(self):
        return id(self)

    def __eq__(self, other):
        return self is other

    def __ne__(self, other):
        return self is not other

    def __bool__(self):
        return self.value().__bool__()

    def __iter__(self):
        raise TypeError("'Variable' object is not iterable.")

    def __neg__(self):
        return -self.value()

    def __lt__(self, other):
        return self.value() < other

    def __le__(self, other):
        return self.value() <= other

    def __gt__(self, other):
        return self.value() > other

    def __ge__(self, other):
        return self.value() >= other

    def __getitem__(self, key):
        return self.value()[key]


Variable = RefVariable
)PY";
}
#pragma GCC diagnostic pop

}  // namespace scopeplay::bridge
