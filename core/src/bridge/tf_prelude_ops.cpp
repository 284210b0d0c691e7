// The `tensorflow` prelude, part 4: op wrappers, submodules, names scopeplay does not model.
// (Python run inside the module at import; see tf_prelude.h).
#include "bridge/tf_prelude.h"

namespace scopeplay::bridge {

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverlength-strings"
std::string_view prelude_ops() {
  return R"PY(
# tensorflow prelude, part 4: op wrappers, submodules and unsupported names.


def _T(gid, ref):
    return _wrap_tensor(gid, ref)


def convert_to_tensor(value, dtype=None, name=None, preferred_dtype=None, dtype_hint=None):
    if isinstance(value, RefVariable):
        value = value.value()
    if isinstance(value, Tensor):
        if dtype is not None and not as_dtype(dtype).is_compatible_with(value.dtype):
            raise ValueError("Tensor conversion requested dtype %s for Tensor with dtype %s: %r"
                             % (as_dtype(dtype).name, value.dtype.name, value))
        return value
    gid = _gid_of(value)
    return _T(gid, _n.convert_to_tensor(gid, value, dtype, name))


def constant(value, dtype=None, shape=None, name="Const", verify_shape=False):
    gid = _n.default_graph()
    return _T(gid, _n.constant(gid, value, dtype, shape, name))


def placeholder(dtype, shape=None, name=None):
    gid = _n.default_graph()
    return _T(gid, _n.placeholder(gid, dtype, shape, name))


def zeros(shape, dtype=float32, name=None):
    gid = _gid_of(shape)
    return _T(gid, _n.zeros(gid, _shape_operand(shape), dtype, name))


def ones(shape, dtype=float32, name=None):
    gid = _gid_of(shape)
    return _T(gid, _n.ones(gid, _shape_operand(shape), dtype, name))


def _shape_operand(shape):
    if isinstance(shape, TensorShape):
        return shape.as_list()
    return shape


def fill(dims, value, name=None):
    gid = _gid_of(dims, value)
    return _T(gid, _n.fill(gid, dims, value, name))


def zeros_like(tensor, dtype=None, name=None, optimize=True):
    gid = _gid_of(tensor)
    return _T(gid, _n.zeros_like(gid, tensor, dtype, name))


def ones_like(tensor, dtype=None, name=None, optimize=True):
    gid = _gid_of(tensor)
    return _T(gid, _n.ones_like(gid, tensor, dtype, name))


def identity(input, name=None):
    gid = _gid_of(input)
    return _T(gid, _n.identity(gid, input, name))


def reshape(tensor, shape, name=None):
    gid = _gid_of(tensor, shape)
    return _T(gid, _n.reshape(gid, tensor, _shape_operand(shape), name))


def concat(values, axis, name="concat"):
    gid = _gid_of(values)
    return _T(gid, _n.concat(gid, list(values), axis, name))


def split(value, num_or_size_splits, axis=0, num=None, name="split"):
    gid = _gid_of(value)
    return [_T(gid, t) for t in _n.split(gid, value, num_or_size_splits, axis, name)]


def unstack(value, num=None, axis=0, name="unstack"):
    gid = _gid_of(value)
    return [_T(gid, t) for t in _n.unstack(gid, value, num, axis, name)]


def shape(input, name=None, out_type=int32):
    gid = _gid_of(input)
    return _T(gid, _n.shape(gid, input, out_type, name))


def cast(x, dtype, name=None):
    gid = _gid_of(x)
    return _T(gid, _n.cast(gid, x, dtype, name))


def add(x, y, name=None):
    gid = _gid_of(x, y)
    return _T(gid, _n.add(gid, x, y, name))


def subtract(x, y, name=None):
    gid = _gid_of(x, y)
    return _T(gid, _n.subtract(gid, x, y, name))


def multiply(x, y, name=None):
    gid = _gid_of(x, y)
    return _T(gid, _n.multiply(gid, x, y, name))


def truediv(x, y, name=None):
    gid = _gid_of(x, y)
    return _T(gid, _n.truediv(gid, x, y, name))


def divide(x, y, name=None):
    if name is not None:
        return truediv(x, y, name=name)
    return _binop("truediv", x, y)


def _compare(op, x, y, name):
    gid = _gid_of(x, y)
    return _T(gid, _n.compare(gid, op, x, y, name))


def less(x, y, name=None):
    return _compare("Less", x, y, name)


def less_equal(x, y, name=None):
    return _compare("LessEqual", x, y, name)


def greater(x, y, name=None):
    return _compare("Greater", x, y, name)


def greater_equal(x, y, name=None):
    return _compare("GreaterEqual", x, y, name)


def negative(x, name=None):
    return _unary(_n.negative, x, name)


# MatMul's transpose_a/transpose_b attributes, recorded when the op is built
# for its gradient (_MatMulGrad, in the gradients part).
_MATMUL_TRANSPOSE = {}


def matmul(a, b, transpose_a=False, transpose_b=False, adjoint_a=False, adjoint_b=False, a_is_sparse=False,
           b_is_sparse=False, name=None):
    gid = _gid_of(a, b)
    t = _T(gid, _n.matmul(gid, a, b, transpose_a or adjoint_a, transpose_b or adjoint_b, name))
    _MATMUL_TRANSPOSE[(t._gid, t._op)] = (_pybool(transpose_a or adjoint_a), _pybool(transpose_b or adjoint_b))
    return t


def square(x, name=None):
    gid = _gid_of(x)
    return _T(gid, _n.square(gid, x, name))


def _reduce(fn, input_tensor, axis, keepdims, name, reduction_indices, keep_dims):
    if axis is None:
        axis = reduction_indices
    if keepdims is None:
        keepdims = keep_dims
    gid = _gid_of(input_tensor)
    return _T(gid, fn(gid, input_tensor, axis, _pybool(keepdims), name))


def reduce_sum(input_tensor, axis=None, keepdims=None, name=None, reduction_indices=None, keep_dims=None):
    return _reduce(_n.reduce_sum, input_tensor, axis, keepdims, name, reduction_indices, keep_dims)


def reduce_mean(input_tensor, axis=None, keepdims=None, name=None, reduction_indices=None, keep_dims=None):
    return _reduce(_n.reduce_mean, input_tensor, axis, keepdims, name, reduction_indices, keep_dims)


def _unary(fn, x, name):
    gid = _gid_of(x)
    return _T(gid, fn(gid, x, name))


def relu(features, name=None):
    return _unary(_n.relu, features, name)


def sigmoid(x, name=None):
    return _unary(_n.sigmoid, x, name)


def tanh(x, name=None):
    return _unary(_n.tanh, x, name)


def softmax(logits, axis=None, name=None, dim=None):
    return _unary(_n.softmax, logits, name)


def bias_add(value, bias, data_format=None, name=None):
    gid = _gid_of(value, bias)
    return _T(gid, _n.bias_add(gid, value, bias, name))


def random_normal(shape, mean=0.0, stddev=1.0, dtype=float32, seed=None, name=None):
    gid = _gid_of(shape)
    return _T(gid, _n.random_normal(gid, _shape_operand(shape), mean, stddev, dtype, name))


def truncated_normal(shape, mean=0.0, stddev=1.0, dtype=float32, seed=None, name=None):
    gid = _gid_of(shape)
    return _T(gid, _n.truncated_normal(gid, _shape_operand(shape), mean, stddev, dtype, name))


def random_uniform(shape, minval=0, maxval=None, dtype=float32, seed=None, name=None):
    gid = _gid_of(shape)
    return _T(gid, _n.random_uniform(gid, _shape_operand(shape), minval, maxval, dtype, name))


def no_op(name=None):
    gid = _n.default_graph()
    return _wrap_op(gid, _n.no_op(gid, name))


def group(*inputs, **kwargs):
    name = kwargs.pop("name", None)
    if kwargs:
        raise ValueError("Unknown keyword arguments: " + ", ".join(kwargs.keys()))
    ops = []
    for x in inputs:
        for y in (x if isinstance(x, (list, tuple)) else [x]):
            if isinstance(y, Operation):
                ops.append(y._opid)
            elif isinstance(y, RefVariable):
                ops.append(y.op._opid)
            elif isinstance(y, Tensor):
                ops.append(y._op)
            else:
                raise TypeError("Can not convert a %s into a Tensor or Operation." % type(y).__name__)
    gid = _gid_of(*inputs)
    return _wrap_op(gid, _n.group(gid, ops, name))


def assign(ref, value, validate_shape=None, use_locking=None, name=None):
    gid = _gid_of(ref)
    return _T(gid, _n.assign(gid, ref, value, name, True if validate_shape is None else validate_shape))


# ------------------------------------------------------------- names and modules

__version__ = "1.15.0" if _TF_VERSION == "1.15" else "1.3.0"
VERSION = __version__
GIT_VERSION = "v" + __version__
_MODELED = None
_API = {}


def _api(module):
    names = _API.get(module)
    if names is None:
        names = set(_n.api_names(module))
        _API[module] = names
    return names


def _missing(module, short, name):
    if name in _api(module) and not (name == "AUTO_REUSE" and not _n.has_auto_reuse()):
        raise NotImplementedError("%s.%s is not supported in scopeplay" % (short, name))
    raise AttributeError("module '%s' has no attribute '%s'" % (module, name))


def __getattr__(name):
    # A name the eager parts lack may come from a lazy part (tf_prelude.h).
    if _n.load_lazy_parts() and name in globals():
        return globals()[name]
    return _missing("tensorflow", "tf", name)


def _module_getattr(module, short, lookup=None):
    def __getattr__(name):
        if _n.load_lazy_parts():
            d = _n.module_dict(module)
            if d is not None and name in d:
                return d[name]
        if name in _api(lookup or module) and not (name == "AUTO_REUSE" and not _n.has_auto_reuse()):
            raise NotImplementedError("%s.%s is not supported in scopeplay" % (short, name))
        raise AttributeError("module '%s' has no attribute '%s'" % (module, name))
    return __getattr__


_SUBMODULE_NAMES = {
    "nn": ["relu", "sigmoid", "tanh", "softmax", "bias_add"],
    "initializers": [],
    "train": [],
    "dtypes": ["DType", "as_dtype"] + _DTYPE_NAMES + ["half", "double"],
    "layers": [],
    "random": [("normal", "random_normal"), "truncated_normal", ("uniform", "random_uniform")],
    "math": ["add", "subtract", "multiply", "divide", "truediv", "square", "reduce_sum", "reduce_mean",
             "sigmoid", "tanh", "less", "less_equal", "greater", "greater_equal", "negative"],
}
_INITIALIZER_NAMES = {"zeros": Zeros, "ones": Ones, "constant": Constant, "random_normal": RandomNormal,
                      "truncated_normal": TruncatedNormal, "random_uniform": RandomUniform,
                      "variance_scaling": VarianceScaling, "glorot_uniform": GlorotUniform,
                      "glorot_normal": GlorotNormal, "he_normal": _he_normal, "he_uniform": _he_uniform,
                      "lecun_normal": _lecun_normal, "lecun_uniform": _lecun_uniform,
                      "global_variables": global_variables_initializer,
                      "local_variables": local_variables_initializer, "variables": variables_initializer}
_SUBMODULES = ["nn", "initializers", "train", "dtypes", "layers", "random", "math", "compat", "compat.v1",
               "compat.v1.nn", "compat.v1.initializers", "compat.v1.train", "compat.v1.dtypes", "compat.v1.layers"]


def _fill_submodule(name, d):
    parts = name.split(".")
    if parts[:2] == ["compat", "v1"]:
        parts = parts[2:]
        if not parts:
            # Every public name but compat itself (natively: some 150 names, twice a run).
            _n.copy_public(globals(), d, "compat")
            d["__getattr__"] = _module_getattr("tensorflow.compat.v1", "tf.compat.v1", "tensorflow")
            return
    if parts == ["compat"]:
        d["__getattr__"] = _module_getattr("tensorflow.compat", "tf.compat")
        return
    short = parts[0]
    g = globals()
    for k in _SUBMODULE_NAMES.get(short, []):
        if isinstance(k, tuple):
            d[k[0]] = g[k[1]]
        else:
            d[k] = g[k]
    if short == "initializers":
        for k, v in _INITIALIZER_NAMES.items():
            d[k] = v
    d["__getattr__"] = _module_getattr("tensorflow." + short, "tf." + short)
)PY";
}
#pragma GCC diagnostic pop

}  // namespace scopeplay::bridge
