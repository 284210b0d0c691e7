// The `tensorflow` prelude, part 5: tf.gradients, tf.train optimizers, the
// global step and Saver names. (Python run inside the module at import; see
// tf_prelude.h.) This mirrors TF's own Python (gradients_util.py, math_grad.py,
// nn_grad.py, array_grad.py, optimizer.py, slot_creator.py, adam.py,
// momentum.py, rmsprop.py, adagrad.py, gradient_descent.py, training_util.py,
// saver.py) call for call, so every op and scope is opened in TF's order; the
// names themselves are decided by the engine's name scopes and op wrappers.
#include "bridge/tf_prelude.h"

namespace scopeplay::bridge {

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverlength-strings"
std::string_view prelude_train() {
  return R"PY(
# tensorflow prelude, part 5: gradients, optimizers, global step, Saver.


class _LibScope(object):
    # name_scope(name, default_name) opened by library code (not a user scope).
    def __init__(self, gid, name, default_name=None):
        self._gid = gid
        self._name = name
        self._default = default_name

    def __enter__(self):
        self._tok, s = _n.internal_scope_enter(self._gid, self._name, self._default)
        return s

    def __exit__(self, t, v, tb):
        _n.name_scope_exit(self._gid, self._tok)
        return False


def _gen(gid, op_type, name, inputs, rule):
    # A generated op wrapper; returns (Operation, [output tensors]).
    opid, outs = _n.generated_op(gid, op_type, name, inputs, rule)
    return _wrap_op(gid, opid), [_wrap_tensor(gid, t) for t in outs]


def _gen1(gid, op_type, name, inputs, rule):
    return _gen(gid, op_type, name, inputs, rule)[1][0]


def _shape_tuple(t):
    dims = _n.tensor_info(t._gid, t._op, t._idx)[2]
    return None if dims is None else tuple(dims)


def _dtype_name(t):
    return _n.tensor_info(t._gid, t._op, t._idx)[1]


def _base_name(t):
    n = _dtype_name(t)
    return n[:-4] if n.endswith("_ref") else n


def _set_shape(t, dims):
    _n.set_shape(t._gid, t, None if dims is None else list(dims))


def _lib_cast(x, dtype):
    # math_ops.cast: a Tensor of that dtype comes back as is; anything else
    # (a Variable too) opens name_scope("Cast") and casts only if needed.
    dtype = as_dtype(dtype).base_dtype
    if isinstance(x, Tensor) and x.dtype == dtype:
        return x
    gid = _gid_of(x)
    with _LibScope(gid, None, "Cast") as name:
        if isinstance(x, RefVariable):
            x = x.value()
        x = convert_to_tensor(x, name="x")
        if x.dtype.base_dtype != dtype:
            x = cast(x, dtype, name=name)
        return x


# ------------------------------------------------------------------- gradients

_TRAINABLE_DTYPES = ("float16", "float32", "float64", "complex64", "complex128", "resource", "variant")
_BACKPROP_DTYPES = _TRAINABLE_DTYPES + ("bfloat16",)
# Op types TF registers as not differentiable (or whose gradient is None).
_NOT_DIFFERENTIABLE = {"Shape", "Size", "Rank", "ZerosLike", "OnesLike", "Range", "Less", "LessEqual", "Greater",
                       "GreaterEqual", "RandomStandardNormal", "TruncatedNormal", "RandomUniform", "Assign",
                       "AssignAdd", "BroadcastGradientArgs", "NoOp", "Const", "Placeholder", "FloorDiv"}
_BCAST_CACHE = {}


class UnconnectedGradients(object):
    NONE = "none"
    ZERO = "zero"


class AggregationMethod(object):
    ADD_N = 0
    DEFAULT = ADD_N
    EXPERIMENTAL_TREE = 1
    EXPERIMENTAL_ACCUMULATE_N = 2


def _op_info(gid, opid):
    return _n.op_info(gid, opid)


def _op_inputs(gid, opid):
    return [_wrap_tensor(gid, t) for t in _n.op_info(gid, opid)[2]]


def _backpropagatable(t):
    return _base_name(t) in _BACKPROP_DTYPES


def _trainable(t):
    return _base_name(t) in _TRAINABLE_DTYPES


def _as_list(x):
    return list(x) if isinstance(x, (list, tuple)) else [x]


def _pending_count(gid, to_ops, from_ops):
    reached = set()
    queue = list(from_ops)
    while queue:
        op = queue.pop(0)
        if op not in reached:
            reached.add(op)
            for i in range(_n.op_info(gid, op)[3]):
                t = _wrap_tensor(gid, (op, i))
                if _backpropagatable(t):
                    queue.extend(_n.consumers(gid, op, i))
    between = set()
    between_list = []
    queue = list(to_ops)
    while queue:
        op = queue.pop(0)
        if op in reached:
            between.add(op)
            between_list.append(op)
            reached.remove(op)
            for inp in _op_inputs(gid, op):
                queue.append(inp._op)
    pending = {}
    for op in between_list:
        for x in _op_inputs(gid, op):
            if x._op in between:
                pending[x._op] = pending.get(x._op, 0) + 1
    reachable_to = set(op for op in to_ops if op in between)
    return reachable_to, pending


def _default_grad_ys(grad_ys, ys):
    if len(grad_ys) != len(ys):
        raise ValueError("Passed %d grad_ys for %d ys" % (len(grad_ys), len(ys)))
    grad_ys = [g if g is None or isinstance(g, Tensor) else convert_to_tensor(g, name="grad_y") for g in grad_ys]
    out = []
    for i, (y, grad_y) in enumerate(zip(ys, grad_ys)):
        if grad_y is None:
            if y.dtype.is_complex:
                raise TypeError("Gradients of complex tensors must set grad_ys (y.dtype = %r)" % y.dtype)
            out.append(fill(shape(y), constant(1, dtype=y.dtype, name="grad_ys_%d" % i)))
            continue
        if y.dtype.is_floating or y.dtype.is_integer:
            if not grad_y.dtype.is_floating and not grad_y.dtype.is_integer:
                raise TypeError("Gradient type %s generated for real or integer-valued tensor %s with type %s must "
                                "be real or integer" % (grad_y.dtype.name, y, y.dtype.name))
        elif not y.dtype.is_complex:
            raise TypeError("Tensor %s with type %s must be numeric to obtain a default gradient"
                            % (y, y.dtype.name))
        out.append(identity(grad_y, name="grad_ys_%d" % i))
    return out


def _tuple(tensors, name=None):
    # control_flow_ops.tuple: group the producers, then one Identity per tensor.
    gid = _gid_of(tensors)
    with _LibScope(gid, name, "tuple"):
        gating = sorted(set(t._op for t in tensors if t is not None))
        if not gating:
            raise ValueError("Must have at least one Tensor: %s" % tensors)
        gate = _wrap_op(gid, _n.group(gid, gating, None))
        out = []
        for t in tensors:
            if t is None:
                out.append(None)
                continue
            with _LibScope(gid, None, "control_dependency") as name:
                out.append(identity(t, name=name))
        return out


def _aggregate(gid, grads, op):
    out = grads.get(op)
    if out is None:
        return [None] * _n.op_info(gid, op)[3]
    for i, g in enumerate(out):
        if not g:
            out[i] = None
        elif len(g) == 1:
            out[i] = g[0]
        else:
            # _MultiDeviceAddN: one AddN per device, then add_n of those (a no-op for one).
            out[i] = _gen1(gid, "AddN", None, [("inputs", t, True, None) for t in g], "same")
    return out


def _zeros_like_outside_loop(gid, op, i):
    return zeros_like(_wrap_tensor(gid, (op, i)))


def gradients(ys, xs, grad_ys=None, name="gradients", colocate_gradients_with_ops=False, gate_gradients=False,
              aggregation_method=None, stop_gradients=None, unconnected_gradients=UnconnectedGradients.NONE):
    if unconnected_gradients not in ("none", "zero"):
        raise ValueError("Unknown value for unconnected_gradients: %r" % (unconnected_gradients,))
    if aggregation_method not in (None, 0, 1, 2):
        raise ValueError("Invalid aggregation_method specified %s." % aggregation_method)
    ys = _as_list(ys)
    xs = _as_list(xs)
    stop_gradients = [] if stop_gradients is None else _as_list(stop_gradients)
    grad_ys = [None] * len(ys) if grad_ys is None else _as_list(grad_ys)
    gid = _gid_of(ys + xs + stop_gradients + grad_ys)
    with _LibScope(gid, name, "gradients"):
        _n.unique_name(gid, "uid", True)
        ys = [convert_to_tensor(y, name="y") for y in ys]
        xs = [x._ref() if isinstance(x, RefVariable) else convert_to_tensor(x, name="x") for x in xs]
        grad_ys = _default_grad_ys(grad_ys, ys)
        to_ops = [t._op for t in ys]
        from_ops = [t._op for t in xs]
        stop_ops_given = [t._op for t in stop_gradients]
        reachable_to, pending = _pending_count(gid, to_ops, from_ops)
        grads = {}
        for y, gy in zip(ys, grad_ys):
            _set_grad(gid, grads, y, gy)
        queue = []
        to_set = set()
        for op in to_ops:
            if pending.get(op, 0) == 0 and op not in to_set and op in reachable_to:
                to_set.add(op)
                queue.append(op)
        stop_ops = set()
        for op in from_ops:
            if all(pending.get(inp._op, 0) <= 0 for inp in _op_inputs(gid, op)):
                stop_ops.add(op)
        stop_ops.update(stop_ops_given)
        while queue:
            op = queue.pop(0)
            info = _op_info(gid, op)
            out_grads = _aggregate(gid, grads, op)
            has_out_grads = any(g is not None for g in out_grads)
            grad_fn = None
            inputs = _op_inputs(gid, op)
            if has_out_grads and op not in stop_ops and inputs and info[1] not in _NOT_DIFFERENTIABLE:
                grad_fn = _GRADIENTS.get(info[1])
                if grad_fn is None:
                    _not_supported("tf.gradients through op '%s' (op type: %s)" % (info[0], info[1]))
            if grad_fn is not None and has_out_grads:
                for i, g in enumerate(out_grads):
                    if g is None and _trainable(_wrap_tensor(gid, (op, i))):
                        out_grads[i] = _zeros_like_outside_loop(gid, op, i)
                with _LibScope(gid, info[0] + "_grad"):
                    in_grads = _as_list(grad_fn(_wrap_op(gid, op), *out_grads))
                    if len(in_grads) != len(inputs):
                        raise ValueError("Num gradients %d generated for op %s do not match num inputs %d"
                                         % (len(in_grads), info[0], len(inputs)))
                    if gate_gradients and len([g for g in in_grads if g is not None]) > 1:
                        in_grads = _tuple(in_grads)
            else:
                in_grads = [None] * len(inputs)
            for t_in, g in zip(inputs, in_grads):
                if g is not None:
                    if _base_name(t_in) != "resource":
                        try:
                            _set_shape(g, _shape_tuple(t_in))
                        except ValueError:
                            raise ValueError("Incompatible shapes between op input and calculated input gradient.  "
                                             "Forward operation: %s.  Input index: %d. Original input shape: %s.  "
                                             "Calculated input gradient shape: %s"
                                             % (info[0], inputs.index(t_in), t_in.shape, g.shape))
                    _set_grad(gid, grads, t_in, g)
            for x in inputs:
                pending[x._op] = pending.get(x._op, 0) - 1
                if pending[x._op] == 0:
                    queue.append(x._op)
    out = []
    for x in xs:
        g = grads.get(x._op)
        t = None if g is None else g[x._idx]
        if isinstance(t, list):
            t = None if not t else t[0]
        if t is None and unconnected_gradients == "zero":
            t = zeros_like(x)
        out.append(t)
    return out


def _set_grad(gid, grads, t, g):
    op_grads = grads.get(t._op)
    if op_grads is None:
        op_grads = [[] for _ in range(_n.op_info(gid, t._op)[3])]
        grads[t._op] = op_grads
    op_grads[t._idx].append(g)


# ---- gradient functions (math_grad.py, nn_grad.py, array_grad.py)

def _bcast_args_static(sx, sy):
    rank = max(len(sx), len(sy))
    px = (1,) * (rank - len(sx)) + tuple(sx)
    py = (1,) * (rank - len(sy)) + tuple(sy)
    return tuple(i for i in range(rank) if px[i] == 1), tuple(i for i in range(rank) if py[i] == 1)


def _smart_bcast_args(x, y, grad):
    gid = x._gid
    xt = _shape_tuple(x)
    yt = _shape_tuple(y)
    if xt is None or None in xt or yt is None or None in yt:
        # array_ops.shape_internal(x, optimize=False): a Shape op even for a known shape.
        sx = _gen1(gid, "Shape", None, [("input", x, True, None)], "shape_of")
        sy = _gen1(gid, "Shape", None, [("input", y, True, None)], "shape_of")
        rx, ry = _gen(gid, "BroadcastGradientArgs", None, [("s0", sx, True, None), ("s1", sy, True, None)],
                      "bcast_args")[1]
        return (sx, rx, True), (sy, ry, True)
    gt = _shape_tuple(grad)
    key = (gid, xt, yt)
    if key not in _BCAST_CACHE:
        _gen(gid, "BroadcastGradientArgs", None, [("s0", list(xt), True, int32), ("s1", list(yt), True, int32)],
             "bcast_args")
        _BCAST_CACHE[key] = _bcast_args_static(xt, yt)
    rx, ry = _BCAST_CACHE[key]
    return (xt, rx, xt != gt), (yt, ry, yt != gt)


def _sum_to(t, axes):
    if isinstance(axes, Tensor):
        return _gen1(t._gid, "Sum", None, [("input", t, True, None), ("reduction_indices", axes, False, None)],
                     "unknown")
    return reduce_sum(t, list(axes))


def _reshape_to(t, shape_):
    return reshape(t, shape_ if isinstance(shape_, Tensor) else list(shape_))


def _gen_mul(x, y):
    return multiply(x, y)


def _same_full_shapes(x, y, grad):
    xt = _shape_tuple(x)
    return xt == _shape_tuple(y) and xt == _shape_tuple(grad) and xt is not None and None not in xt


def _AddGrad(op, grad):
    x, y = op.inputs
    if _same_full_shapes(x, y, grad):
        return grad, grad
    (sx, rx, mx), (sy, ry, my) = _smart_bcast_args(x, y, grad)
    gx = _reshape_to(_sum_to(grad, rx), sx) if mx else grad
    gy = _reshape_to(_sum_to(grad, ry), sy) if my else grad
    return gx, gy


def _SubGrad(op, grad):
    x, y = op.inputs
    if _same_full_shapes(x, y, grad):
        return grad, -grad
    (sx, rx, mx), (sy, ry, my) = _smart_bcast_args(x, y, grad)
    gx = _reshape_to(_sum_to(grad, rx), sx) if mx else grad
    gy = _reshape_to(_sum_to(-grad, ry), sy) if my else -grad
    return gx, gy


def _MulGrad(op, grad):
    x, y = op.inputs
    if _same_full_shapes(x, y, grad) and grad.dtype in (int32, float32):
        return _gen_mul(grad, y), _gen_mul(grad, x)
    (sx, rx, mx), (sy, ry, my) = _smart_bcast_args(x, y, grad)
    gx = _reshape_to(_sum_to(_gen_mul(grad, y), rx), sx) if mx else _gen_mul(grad, y)
    gy = _reshape_to(_sum_to(_gen_mul(x, grad), ry), sy) if my else _gen_mul(x, grad)
    return gx, gy


def _realdiv(x, y):
    return _gen1(_gid_of(x, y), "RealDiv", None, [("x", x, True, None), ("y", y, True, None)], "broadcast")


def _RealDivGrad(op, grad):
    x, y = op.inputs
    sx = shape(x)
    sy = shape(y)
    rx, ry = _gen(x._gid, "BroadcastGradientArgs", None, [("s0", sx, True, None), ("s1", sy, True, None)],
                  "bcast_args")[1]
    gx = reshape(_sum_to(_realdiv(grad, y), rx), sx)
    gy = reshape(_sum_to(grad * _realdiv(_realdiv(-x, y), y), ry), sy)
    return gx, gy


def _NegGrad(op, grad):
    return -grad


def _IdentityGrad(op, grad):
    return grad


# MatMul's transpose_a/transpose_b attributes, recorded when the op is built.
_MATMUL_TRANSPOSE = {}
_matmul_untracked = matmul


def matmul(a, b, transpose_a=False, transpose_b=False, adjoint_a=False, adjoint_b=False, a_is_sparse=False,
           b_is_sparse=False, name=None):
    t = _matmul_untracked(a, b, transpose_a, transpose_b, adjoint_a, adjoint_b, a_is_sparse, b_is_sparse, name)
    _MATMUL_TRANSPOSE[(t._gid, t._op)] = (_pybool(transpose_a or adjoint_a), _pybool(transpose_b or adjoint_b))
    return t


def _MatMulGrad(op, grad):
    a, b = op.inputs
    ta, tb = _MATMUL_TRANSPOSE.get((op._gid, op._opid), (False, False))
    if not ta and not tb:
        return matmul(grad, b, transpose_b=True), matmul(a, grad, transpose_a=True)
    if not ta and tb:
        return matmul(grad, b), matmul(grad, a, transpose_a=True)
    if ta and not tb:
        return matmul(b, grad, transpose_b=True), matmul(a, grad)
    return (matmul(b, grad, transpose_a=True, transpose_b=True),
            matmul(grad, a, transpose_a=True, transpose_b=True))


def _SquareGrad(op, grad):
    x = op.inputs[0]
    y = constant(2.0, dtype=x.dtype)
    return multiply(grad, multiply(x, y))


def _full_reduction_axes(op):
    # The fast path of _SumGrad: the reduction indices are the Const arange(rank).
    in_shape = _shape_tuple(op.inputs[0])
    axes = _n.const_value(op._gid, op.inputs[1]._op)
    if in_shape is None or axes is None:
        return None
    axes = axes if isinstance(axes, list) else [axes]
    return in_shape if list(axes) == list(range(len(in_shape))) else None


def _SumGrad(op, grad):
    in_shape = _full_reduction_axes(op)
    if in_shape is None:
        _not_supported("tf.gradients through op '%s' (op type: %s) reducing some axes" % (op.name, op.type))
    grad = reshape(grad, [1] * len(in_shape))
    if None not in in_shape:
        input_shape = constant(list(in_shape), dtype=int32)
    else:
        input_shape = shape(op.inputs[0])
    return [_gen1(op._gid, "Tile", None, [("input", grad, True, None), ("multiples", input_shape, False, None)],
                  "tile"), None]


def _MeanGrad(op, grad):
    sum_grad = _SumGrad(op, grad)[0]
    in_shape = _shape_tuple(op.inputs[0])
    out_shape = _shape_tuple(op.outputs[0])
    gid = op._gid
    if in_shape is not None and out_shape is not None and None not in in_shape and None not in out_shape:
        isize = 1
        for d in in_shape:
            isize *= d
        osize = 1
        for d in out_shape:
            osize *= d
        factor = constant(isize // max(osize, 1), dtype=sum_grad.dtype)
    else:
        ishape = shape(op.inputs[0])
        oshape = shape(op.outputs[0])
        factor = _safe_shape_div(_reduce_prod(ishape), _reduce_prod(oshape))
    return truediv(sum_grad, _lib_cast(factor, sum_grad.dtype)), None


def _reduce_prod(t):
    rank = len(_shape_tuple(t))
    dims = constant(list(range(rank)), dtype=int32)
    return _gen1(t._gid, "Prod", None, [("input", t, True, None), ("reduction_indices", dims, False, None)], "scalar")


def _safe_shape_div(x, y):
    gid = x._gid
    m = _gen1(gid, "Maximum", None, [("x", y, True, None), ("y", 1, True, None)], "broadcast")
    with _LibScope(gid, None, "floordiv") as name:
        return _gen1(gid, "FloorDiv", name, [("x", x, True, None), ("y", m, True, None)], "broadcast")


def _ReluGrad(op, grad):
    return _gen1(op._gid, "ReluGrad", None, [("gradients", grad, True, None), ("features", op.outputs[0], True, None)],
                 "same")


def _SigmoidGrad(op, grad):
    return _gen1(op._gid, "SigmoidGrad", None, [("y", op.outputs[0], True, None), ("dy", grad, True, None)], "same")


def _TanhGrad(op, grad):
    return _gen1(op._gid, "TanhGrad", None, [("y", op.outputs[0], True, None), ("dy", grad, True, None)], "same")


def _SoftmaxGrad(op, grad):
    softmax_ = op.outputs[0]
    sum_channels = reduce_sum(grad * softmax_, -1, keepdims=True)
    return (grad - sum_channels) * softmax_


def _BiasAddGrad(op, grad):
    return grad, _gen1(op._gid, "BiasAddGrad", None, [("out_backprop", grad, True, None)], "bias_add_grad")


def _ReshapeGrad(op, grad):
    return [reshape(grad, shape(op.inputs[0])), None]


def _CastGrad(op, grad):
    floats = ("float16", "float32", "float64", "bfloat16", "complex64", "complex128")
    src = op.inputs[0].dtype.base_dtype
    if src.name in floats and grad.dtype.base_dtype.name in floats:
        return cast(grad, src)
    return None


def _FillGrad(op, grad):
    return None, reduce_sum(grad)


def _AddNGrad(op, grad):
    return [grad] * len(op.inputs)


_GRADIENTS = {"Identity": _IdentityGrad, "Add": _AddGrad, "AddV2": _AddGrad, "Sub": _SubGrad, "Mul": _MulGrad,
              "RealDiv": _RealDivGrad, "Neg": _NegGrad, "MatMul": _MatMulGrad, "Square": _SquareGrad,
              "Sum": _SumGrad, "Mean": _MeanGrad, "Relu": _ReluGrad, "Sigmoid": _SigmoidGrad, "Tanh": _TanhGrad,
              "Softmax": _SoftmaxGrad, "BiasAdd": _BiasAddGrad, "Reshape": _ReshapeGrad, "Cast": _CastGrad,
              "Fill": _FillGrad, "AddN": _AddNGrad}


# ----------------------------------------------------------------- global step

def _gs_graph(graph):
    return graph if graph is not None else get_default_graph()


def get_global_step(graph=None):
    graph = _gs_graph(graph)
    found = graph.get_collection(GraphKeys.GLOBAL_STEP)
    if len(found) == 1:
        step = found[0]
    elif not found:
        try:
            step = graph.get_tensor_by_name("global_step:0")
        except KeyError:
            return None
    else:
        _n.write_stderr("ERROR:tensorflow:Multiple tensors in global_step collection.\n")
        return None
    assert_global_step(step)
    return step


def assert_global_step(global_step_tensor):
    if not isinstance(global_step_tensor, (RefVariable, Tensor)):
        raise TypeError('Existing "global_step" must be a Variable or Tensor: %s.' % global_step_tensor)
    if not global_step_tensor.dtype.base_dtype.is_integer:
        raise TypeError('Existing "global_step" does not have integer type: %s' % global_step_tensor.dtype)
    s = global_step_tensor.get_shape()
    if s.ndims != 0 and s.is_fully_defined():
        raise TypeError('Existing "global_step" is not scalar: %s' % s)


def create_global_step(graph=None):
    graph = _gs_graph(graph)
    if get_global_step(graph) is not None:
        raise ValueError('"global_step" already exists.')
    with graph.as_default() as g, g.name_scope(None):
        return get_variable(GraphKeys.GLOBAL_STEP, shape=[], dtype=int64, initializer=zeros_initializer(),
                            trainable=False, collections=[GraphKeys.GLOBAL_VARIABLES, GraphKeys.GLOBAL_STEP])


def get_or_create_global_step(graph=None):
    graph = _gs_graph(graph)
    step = get_global_step(graph)
    if step is None:
        step = create_global_step(graph)
    return step


def assign_add(ref, value, use_locking=None, name=None):
    gid = _gid_of(ref)
    target = ref._ref() if isinstance(ref, RefVariable) else ref
    return _gen1(gid, "AssignAdd", name, [("ref", target, True, None), ("value", value, True, None)], "ref")


# ------------------------------------------------------------------ optimizers

def _var_key(var):
    return (var._gid, var.op.name)


def _flatten(x):
    out = []
    for v in (x if isinstance(x, (list, tuple)) else [x]):
        if isinstance(v, (list, tuple)):
            out.extend(_flatten(v))
        else:
            out.append(v)
    return out


class _RefVariableProcessor(object):
    def __init__(self, v):
        self._v = v

    def target(self):
        return self._v._ref()

    def update_op(self, optimizer, g):
        return optimizer._apply_dense(g, self._v)


class _TensorProcessor(object):
    def __init__(self, v):
        self._v = v

    def target(self):
        return self._v

    def update_op(self, optimizer, g):
        raise NotImplementedError("Trying to update a Tensor ", self._v)


def _get_processor(v):
    if isinstance(v, RefVariable):
        return _RefVariableProcessor(v)
    if isinstance(v, Tensor):
        return _TensorProcessor(v)
    raise NotImplementedError("Trying to optimize unsupported type ", v)


def _create_slot(primary, initializer, shape_, dtype, name):
    # slot_creator.create_slot_with_initializer: variable_scope(None, "<primary>/<name>") + get_variable("").
    with variable_scope(None, primary.op.name + "/" + name):
        scope = get_variable_scope()
        saved = scope.partitioner
        scope.set_partitioner(None)
        slot = get_variable("", initializer=initializer, trainable=False, shape=shape_, dtype=dtype,
                            validate_shape=shape_.is_fully_defined())
        scope.set_partitioner(saved)
        return slot


def _create_zeros_slot(primary, name):
    slot_shape = primary.get_shape()
    if not slot_shape.is_fully_defined():
        _not_supported("A slot for a variable of partly unknown shape")
    return _create_slot(primary, zeros_initializer(dtype=primary.dtype.base_dtype), slot_shape,
                        primary.dtype.base_dtype, name)


class Optimizer(object):
    GATE_NONE = 0
    GATE_OP = 1
    GATE_GRAPH = 2

    def __init__(self, use_locking, name):
        if not name:
            raise ValueError("Must specify the optimizer name")
        self._use_locking = use_locking
        self._name = name
        self._slots = {}
        self._non_slot_dict = {}

    def get_name(self):
        return self._name

    def minimize(self, loss, global_step=None, var_list=None, gate_gradients=GATE_OP, aggregation_method=None,
                 colocate_gradients_with_ops=False, name=None, grad_loss=None):
        grads_and_vars = self.compute_gradients(loss, var_list=var_list, gate_gradients=gate_gradients,
                                                aggregation_method=aggregation_method,
                                                colocate_gradients_with_ops=colocate_gradients_with_ops,
                                                grad_loss=grad_loss)
        vars_with_grad = [v for g, v in grads_and_vars if g is not None]
        if not vars_with_grad:
            raise ValueError("No gradients provided for any variable, check your graph for ops that do not support "
                             "gradients, between variables %s and loss %s." % ([str(v) for _, v in grads_and_vars],
                                                                               loss))
        return self.apply_gradients(grads_and_vars, global_step=global_step, name=name)

    def compute_gradients(self, loss, var_list=None, gate_gradients=GATE_OP, aggregation_method=None,
                          colocate_gradients_with_ops=False, grad_loss=None):
        if callable(loss):
            _not_supported("Optimizer.compute_gradients with a callable loss (eager execution)")
        if gate_gradients not in [Optimizer.GATE_NONE, Optimizer.GATE_OP, Optimizer.GATE_GRAPH]:
            raise ValueError("gate_gradients must be one of: Optimizer.GATE_NONE, Optimizer.GATE_OP, "
                             "Optimizer.GATE_GRAPH.  Not %s" % gate_gradients)
        self._assert_valid_dtypes([loss])
        if grad_loss is not None:
            self._assert_valid_dtypes([grad_loss])
        if var_list is None:
            var_list = trainable_variables() + get_collection(GraphKeys.TRAINABLE_RESOURCE_VARIABLES)
        else:
            var_list = _flatten(var_list)
        processors = [_get_processor(v) for v in var_list]
        if not var_list:
            raise ValueError("No variables to optimize.")
        var_refs = [p.target() for p in processors]
        grads = gradients(loss, var_refs, grad_ys=grad_loss, gate_gradients=(gate_gradients == Optimizer.GATE_OP),
                          aggregation_method=aggregation_method,
                          colocate_gradients_with_ops=colocate_gradients_with_ops)
        if gate_gradients == Optimizer.GATE_GRAPH:
            grads = _tuple(grads)
        grads_and_vars = list(zip(grads, var_list))
        self._assert_valid_dtypes([v for g, v in grads_and_vars if g is not None])
        return grads_and_vars

    def apply_gradients(self, grads_and_vars, global_step=None, name=None):
        grads_and_vars = tuple(grads_and_vars)
        if not grads_and_vars:
            raise ValueError("No variables provided.")
        converted = []
        for g, v in grads_and_vars:
            if g is not None:
                try:
                    g = convert_to_tensor(g)
                except TypeError:
                    raise TypeError("Gradient must be convertible to a Tensor or IndexedSlices, or None: %s" % g)
                if not isinstance(g, Tensor):
                    raise TypeError("Gradient must be a Tensor, IndexedSlices, or None: %s" % g)
            converted.append((g, v, _get_processor(v)))
        var_list = [v for g, v, _ in converted if g is not None]
        if not var_list:
            raise ValueError("No gradients provided for any variable: %s." % ([str(v) for _, v, _ in converted],))
        self._create_slots(var_list)
        gid = _gid_of(var_list)
        update_ops = []
        with _LibScope(_n.default_graph(), name, self._name) as name:
            self._prepare()
            for grad, var, processor in converted:
                if grad is None:
                    continue
                with _LibScope(_n.default_graph(), "update_" + var.op.name):
                    update_ops.append(processor.update_op(self, grad))
            if global_step is None:
                apply_updates = self._finish(update_ops, name)
            else:
                self._finish(update_ops, "update")
                apply_updates = assign_add(global_step, 1, name=name)
            if isinstance(apply_updates, Tensor):
                apply_updates = apply_updates.op
            if apply_updates not in get_collection(GraphKeys.TRAIN_OP):
                add_to_collection(GraphKeys.TRAIN_OP, apply_updates)
            return apply_updates

    def get_slot(self, var, name):
        named = self._slots.get(name, None)
        if not named:
            return None
        return named.get(_var_key(var), None)

    def get_slot_names(self):
        return sorted(self._slots.keys())

    def variables(self):
        gid = _n.default_graph()
        out = [v for v in self._non_slot_dict.values() if v._gid == gid]
        for _, d in self._slots.items():
            for _, v in d.items():
                if v._gid == gid:
                    out.append(v)
        return sorted(out, key=lambda v: v.name)

    def _create_non_slot_variable(self, initial_value, name, colocate_with):
        key = (name, colocate_with._gid)
        v = self._non_slot_dict.get(key, None)
        if v is None:
            v = Variable(initial_value, name=name, trainable=False)
            self._non_slot_dict[key] = v
        return v

    def _get_non_slot_variable(self, name, graph=None):
        return self._non_slot_dict.get((name, _n.default_graph()), None)

    def _non_slot_variables(self):
        return self._non_slot_dict.values()

    def _valid_dtypes(self):
        return (float32, float64, float16, bfloat16)

    def _assert_valid_dtypes(self, tensors):
        valid = self._valid_dtypes()
        for t in tensors:
            dtype = t.dtype.base_dtype
            if dtype not in valid:
                raise ValueError("Invalid type %r for %s, expected: %s." % (dtype, t.name, list(valid)))

    def _create_slots(self, var_list):
        pass

    def _prepare(self):
        pass

    def _apply_dense(self, grad, var):
        raise NotImplementedError()

    def _finish(self, update_ops, name_scope):
        return group(*update_ops, name=name_scope)

    def _slot_dict(self, slot_name):
        named = self._slots.get(slot_name, None)
        if named is None:
            named = {}
            self._slots[slot_name] = named
        return named

    def _zeros_slot(self, var, slot_name, op_name):
        named = self._slot_dict(slot_name)
        if _var_key(var) not in named:
            named[_var_key(var)] = _create_zeros_slot(var, op_name)
        return named[_var_key(var)]

    def _get_or_make_slot_with_initializer(self, var, initializer, shape_, dtype, slot_name, op_name):
        named = self._slot_dict(slot_name)
        if _var_key(var) not in named:
            named[_var_key(var)] = _create_slot(var, initializer, shape_, dtype, op_name)
        return named[_var_key(var)]

    def _call_if_callable(self, param):
        return param() if callable(param) else param


def _apply(op_type, var, inputs):
    gid = var._gid
    args = [(n, v._ref() if isinstance(v, RefVariable) and ref else v, True, None) for n, v, ref in inputs]
    return _gen(gid, op_type, None, args, "ref")


class GradientDescentOptimizer(Optimizer):
    def __init__(self, learning_rate, use_locking=False, name="GradientDescent"):
        Optimizer.__init__(self, use_locking, name)
        self._learning_rate = learning_rate
        self._learning_rate_tensor = None

    def _prepare(self):
        self._learning_rate_tensor = convert_to_tensor(self._call_if_callable(self._learning_rate),
                                                       name="learning_rate")

    def _apply_dense(self, grad, var):
        dt = var.dtype.base_dtype
        return _apply("ApplyGradientDescent", var, [("var", var, True),
                                                    ("alpha", _lib_cast(self._learning_rate_tensor, dt), False),
                                                    ("delta", grad, False)])[0]


class MomentumOptimizer(Optimizer):
    def __init__(self, learning_rate, momentum, use_locking=False, name="Momentum", use_nesterov=False):
        Optimizer.__init__(self, use_locking, name)
        self._learning_rate = learning_rate
        self._momentum = momentum
        self._use_nesterov = use_nesterov

    def _create_slots(self, var_list):
        for v in var_list:
            self._zeros_slot(v, "momentum", self._name)

    def _prepare(self):
        self._learning_rate_tensor = convert_to_tensor(self._call_if_callable(self._learning_rate),
                                                       name="learning_rate")
        self._momentum_tensor = convert_to_tensor(self._call_if_callable(self._momentum), name="momentum")

    def _apply_dense(self, grad, var):
        mom = self.get_slot(var, "momentum")
        dt = var.dtype.base_dtype
        return _apply("ApplyMomentum", var, [("var", var, True), ("accum", mom, True),
                                             ("lr", _lib_cast(self._learning_rate_tensor, dt), False),
                                             ("grad", grad, False),
                                             ("momentum", _lib_cast(self._momentum_tensor, dt), False)])[0]


class AdamOptimizer(Optimizer):
    def __init__(self, learning_rate=0.001, beta1=0.9, beta2=0.999, epsilon=1e-8, use_locking=False, name="Adam"):
        Optimizer.__init__(self, use_locking, name)
        self._lr = learning_rate
        self._beta1 = beta1
        self._beta2 = beta2
        self._epsilon = epsilon
        self._lr_t = None
        self._beta1_t = None
        self._beta2_t = None
        self._epsilon_t = None

    def _get_beta_accumulators(self):
        return (self._get_non_slot_variable("beta1_power"), self._get_non_slot_variable("beta2_power"))

    def _create_slots(self, var_list):
        first_var = min(var_list, key=lambda x: x.name)
        self._create_non_slot_variable(initial_value=self._beta1, name="beta1_power", colocate_with=first_var)
        self._create_non_slot_variable(initial_value=self._beta2, name="beta2_power", colocate_with=first_var)
        for v in var_list:
            self._zeros_slot(v, "m", self._name)
            self._zeros_slot(v, "v", self._name)

    def _prepare(self):
        self._lr_t = convert_to_tensor(self._call_if_callable(self._lr), name="learning_rate")
        self._beta1_t = convert_to_tensor(self._call_if_callable(self._beta1), name="beta1")
        self._beta2_t = convert_to_tensor(self._call_if_callable(self._beta2), name="beta2")
        self._epsilon_t = convert_to_tensor(self._call_if_callable(self._epsilon), name="epsilon")

    def _apply_dense(self, grad, var):
        m = self.get_slot(var, "m")
        v = self.get_slot(var, "v")
        beta1_power, beta2_power = self._get_beta_accumulators()
        dt = var.dtype.base_dtype
        return _apply("ApplyAdam", var, [("var", var, True), ("m", m, True), ("v", v, True),
                                         ("beta1_power", _lib_cast(beta1_power, dt), False),
                                         ("beta2_power", _lib_cast(beta2_power, dt), False),
                                         ("lr", _lib_cast(self._lr_t, dt), False),
                                         ("beta1", _lib_cast(self._beta1_t, dt), False),
                                         ("beta2", _lib_cast(self._beta2_t, dt), False),
                                         ("epsilon", _lib_cast(self._epsilon_t, dt), False),
                                         ("grad", grad, False)])[0]

    def _finish(self, update_ops, name_scope):
        beta1_power, beta2_power = self._get_beta_accumulators()
        update_beta1 = beta1_power.assign(beta1_power * self._beta1_t, use_locking=self._use_locking)
        update_beta2 = beta2_power.assign(beta2_power * self._beta2_t, use_locking=self._use_locking)
        return group(*update_ops + [update_beta1, update_beta2], name=name_scope)


class RMSPropOptimizer(Optimizer):
    def __init__(self, learning_rate, decay=0.9, momentum=0.0, epsilon=1e-10, use_locking=False, centered=False,
                 name="RMSProp"):
        Optimizer.__init__(self, use_locking, name)
        self._learning_rate = learning_rate
        self._decay = decay
        self._momentum = momentum
        self._epsilon = epsilon
        self._centered = centered

    def _create_slots(self, var_list):
        for v in var_list:
            if not v.get_shape().is_fully_defined():
                _not_supported("RMSProp slots for a variable of partly unknown shape")
            init_rms = ones_initializer(dtype=v.dtype.base_dtype)
            self._get_or_make_slot_with_initializer(v, init_rms, v.get_shape(), v.dtype.base_dtype, "rms",
                                                    self._name)
            if self._centered:
                self._zeros_slot(v, "mg", self._name)
            self._zeros_slot(v, "momentum", self._name)

    def _prepare(self):
        self._learning_rate_tensor = convert_to_tensor(self._call_if_callable(self._learning_rate),
                                                       name="learning_rate")
        self._decay_tensor = convert_to_tensor(self._call_if_callable(self._decay), name="decay")
        self._momentum_tensor = convert_to_tensor(self._call_if_callable(self._momentum), name="momentum")
        self._epsilon_tensor = convert_to_tensor(self._call_if_callable(self._epsilon), name="epsilon")

    def _apply_dense(self, grad, var):
        rms = self.get_slot(var, "rms")
        mom = self.get_slot(var, "momentum")
        dt = var.dtype.base_dtype
        tail = [("lr", _lib_cast(self._learning_rate_tensor, dt), False),
                ("rho", _lib_cast(self._decay_tensor, dt), False),
                ("momentum", _lib_cast(self._momentum_tensor, dt), False),
                ("epsilon", _lib_cast(self._epsilon_tensor, dt), False), ("grad", grad, False)]
        if self._centered:
            mg = self.get_slot(var, "mg")
            return _apply("ApplyCenteredRMSProp", var, [("var", var, True), ("mg", mg, True), ("ms", rms, True),
                                                        ("mom", mom, True)] + tail)[0]
        return _apply("ApplyRMSProp", var, [("var", var, True), ("ms", rms, True), ("mom", mom, True)] + tail)[0]


class AdagradOptimizer(Optimizer):
    def __init__(self, learning_rate, initial_accumulator_value=0.1, use_locking=False, name="Adagrad"):
        if initial_accumulator_value <= 0.0:
            raise ValueError("initial_accumulator_value must be positive: %s" % initial_accumulator_value)
        Optimizer.__init__(self, use_locking, name)
        self._learning_rate = learning_rate
        self._initial_accumulator_value = initial_accumulator_value

    def _create_slots(self, var_list):
        for v in var_list:
            dtype = v.dtype.base_dtype
            if not v.get_shape().is_fully_defined():
                _not_supported("Adagrad slots for a variable of partly unknown shape")
            init = constant_initializer(self._initial_accumulator_value, dtype=dtype)
            self._get_or_make_slot_with_initializer(v, init, v.get_shape(), dtype, "accumulator", self._name)

    def _prepare(self):
        self._learning_rate_tensor = convert_to_tensor(self._call_if_callable(self._learning_rate),
                                                       name="learning_rate")

    def _apply_dense(self, grad, var):
        acc = self.get_slot(var, "accumulator")
        dt = var.dtype.base_dtype
        return _apply("ApplyAdagrad", var, [("var", var, True), ("accum", acc, True),
                                            ("lr", _lib_cast(self._learning_rate_tensor, dt), False),
                                            ("grad", grad, False)])[1][0]


# ----------------------------------------------------------------------- Saver

class _SaverDef(object):
    def __init__(self, filename_tensor_name, save_tensor_name, restore_op_name, max_to_keep, sharded,
                 keep_checkpoint_every_n_hours):
        self.filename_tensor_name = filename_tensor_name
        self.save_tensor_name = save_tensor_name
        self.restore_op_name = restore_op_name
        self.max_to_keep = max_to_keep
        self.sharded = sharded
        self.keep_checkpoint_every_n_hours = keep_checkpoint_every_n_hours
        self.version = 2


def _op_list_to_dict(op_list):
    # saveable_object_util.op_list_to_dict for variables: name -> ref tensor, sorted by name.
    if not isinstance(op_list, (list, tuple, set)):
        raise TypeError("Variables to save should be passed in a dict or a list: %s" % op_list)
    out = {}
    for var in sorted(op_list, key=lambda x: x.name):
        if not isinstance(var, RefVariable):
            _not_supported("Saving a %s" % type(var).__name__)
        name = var.op.name
        if name in out:
            raise ValueError("At least two variables have the same name: %s" % name)
        out[name] = var
    return out


def _build_saver(var_list, sharded, max_to_keep, keep_hours, name, filename):
    if sharded:
        _not_supported("Saver(sharded=True)")
    names_to_saveables = var_list if isinstance(var_list, dict) else _op_list_to_dict(var_list)
    saveables = []
    for key in sorted(names_to_saveables.keys()):
        v = names_to_saveables[key]
        if not isinstance(v, RefVariable):
            _not_supported("Saving a %s" % type(v).__name__)
        for n, other in saveables:
            if other is v:
                raise ValueError("The same saveable will be restored with two names: %s" % key)
        saveables.append((key, v))
    if max_to_keep is None:
        max_to_keep = 0
    gid = saveables[0][1]._gid
    with _LibScope(gid, name, "save"):
        filename_tensor = _gen1(gid, "PlaceholderWithDefault", "filename",
                                [("input", filename or "model", True, string)], "same")
        filename_tensor = _gen1(gid, "PlaceholderWithDefault", "Const", [("input", filename_tensor, True, None)],
                                "same")
        # _AddSaveOps: SaveV2, then with_dependencies([save], filename_tensor).
        _gen(gid, "SaveV2", None, [("prefix", filename_tensor, False, string),
                                   ("tensor_names", [k for k, _ in saveables], False, string),
                                   ("shape_and_slices", [""] * len(saveables), False, string)] +
             [("tensors", v._ref(), False, None) for _, v in saveables], "none")
        with _LibScope(gid, None, "control_dependency") as dep:
            save_tensor = identity(filename_tensor, name=dep)
        # _AddRestoreOps with BulkSaverBuilder.bulk_restore: one RestoreV2 on cpu:0 for every
        # saveable, then one Assign each, grouped as restore_all.
        with _graph(gid).device("cpu:0"), _LibScope(gid, None, "RestoreV2") as scope:
            names_t = constant([k for k, _ in saveables], name="tensor_names")
            slices_t = constant([""] * len(saveables), name="shape_and_slices")
            restored = [_wrap_tensor(gid, t) for t in _n.opaque_op(gid, "RestoreV2", scope,
                                                                   [filename_tensor, names_t, slices_t],
                                                                   [(v.dtype.base_dtype, None)
                                                                    for _, v in saveables])]
        assigns = [assign(v, t) for (_, v), t in zip(saveables, restored)]
        restore_op = group(*assigns, name="restore_all")
    return _SaverDef(filename_tensor.name, save_tensor.name, restore_op.name, max_to_keep, sharded, keep_hours)


class Saver(object):
    def __init__(self, var_list=None, reshape=False, sharded=False, max_to_keep=5,
                 keep_checkpoint_every_n_hours=10000.0, name=None, restore_sequentially=False, saver_def=None,
                 builder=None, defer_build=False, allow_empty=False, write_version=2, pad_step_number=False,
                 save_relative_paths=False, filename=None):
        if defer_build and var_list:
            raise ValueError("If `var_list` is provided then build cannot be deferred. Either set "
                             "defer_build=False or var_list=None.")
        if reshape:
            _not_supported("Saver(reshape=True)")
        self._var_list = var_list
        self._sharded = sharded
        self._max_to_keep = max_to_keep
        self._keep_checkpoint_every_n_hours = keep_checkpoint_every_n_hours
        self._name = name
        self.saver_def = saver_def
        self._is_built = False
        self._allow_empty = allow_empty
        self._is_empty = None
        self._filename = filename
        if not defer_build:
            self.build()

    def build(self):
        if self._is_built:
            return
        self._is_built = True
        if not self.saver_def:
            if self._var_list is None:
                self._var_list = global_variables() + get_collection(GraphKeys.SAVEABLE_OBJECTS)
            if not self._var_list:
                if self._allow_empty:
                    self._is_empty = True
                    return
                raise ValueError("No variables to save")
            self._is_empty = False
            self.saver_def = _build_saver(self._var_list, self._sharded, self._max_to_keep,
                                          self._keep_checkpoint_every_n_hours, self._name, self._filename)

    def as_saver_def(self):
        return self.saver_def

    def save(self, sess, save_path, global_step=None, latest_filename=None, meta_graph_suffix="meta",
             write_meta_graph=True, write_state=True, strip_default_attrs=False, save_debug_info=False):
        _not_supported("Saver.save (writing checkpoints)")

    def restore(self, sess, save_path):
        _not_supported("Saver.restore (reading checkpoints)")


_SUBMODULE_NAMES["train"].extend([
    "Optimizer", "GradientDescentOptimizer", "MomentumOptimizer", "AdamOptimizer", "RMSPropOptimizer",
    "AdagradOptimizer", "get_global_step", "create_global_step", "get_or_create_global_step",
    "assert_global_step", "Saver"])
)PY";
}
#pragma GCC diagnostic pop

}  // namespace scopeplay::bridge
