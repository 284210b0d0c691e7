// The `tensorflow` prelude, part 5: tf.gradients (gradients_util.py) and the
// gradient functions of the ops scopeplay models (math_grad.py, nn_grad.py,
// array_grad.py), plus the helpers the training part shares: library name
// scopes and generated kernels. (Python run inside the module at import; see
// tf_prelude.h.) Each function follows TF's own call for call, so every op and
// scope is opened in TF's order; the names themselves are decided by the
// engine's name scopes and op wrappers. An op on the path whose gradient is
// not modelled raises NotImplementedError instead of naming ops wrongly.
#include "bridge/tf_prelude.h"

namespace scopeplay::bridge {

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverlength-strings"
std::string_view prelude_gradients() {
  return R"PY(
# tensorflow prelude, part 5: gradients and the shared training helpers.


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
                       "AssignAdd", "BroadcastGradientArgs", "NoOp", "Const", "Placeholder", "FloorDiv",
                       "StopGradient"}
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
    # control_flow_state.ZerosLikeOutsideLoop: array_ops.zeros_like(val, optimize=False), a ZerosLike op.
    with _LibScope(gid, None, "zeros_like") as name:
        return _gen1(gid, "ZerosLike", name, [("x", _wrap_tensor(gid, (op, i)), True, None)], "same")


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
        for x in xs:
            if not isinstance(x, Tensor) and getattr(getattr(x, "op", None), "type", "") == "VarHandleOp":
                _not_supported("tf.gradients with respect to a resource variable")
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


_REDUCED_SHAPE_CACHE = {}


def _reduction_axes(op):
    # tensor_util.constant_value(op.inputs[1]): an int, a list of ints, or None.
    return _n.const_value(op._gid, op.inputs[1]._op)


def _reduced_shape(gid, input_shape, axes):
    # math_ops.reduced_shape: the ops it adds to the graph (TF may then fold them to constants).
    input_shape = _lib_cast(input_shape, int32)
    axes = _lib_cast(axes, int32)
    dims = _shape_tuple(input_shape)
    with _LibScope(gid, None, "Size") as name:
        if dims is not None and None not in dims:
            input_rank = constant(dims[0] if dims else 1, dtype=int32, name=name)
        else:
            input_rank = _gen1(gid, "Size", name, [("input", input_shape, True, None)], "scalar")
    axes = axes + input_rank
    with _LibScope(gid, None, "mod") as name:
        axes = _gen1(gid, "FloorMod", name, [("x", axes, True, None), ("y", input_rank, True, None)], "broadcast")
    axes_shape = shape(axes)
    with _LibScope(gid, "range", "Range") as name:
        start = convert_to_tensor(0, name="start")
        delta = convert_to_tensor(1, name="delta")
        rng = _gen1(gid, "Range", name, [("start", start, True, None), ("limit", input_rank, True, None),
                                         ("delta", delta, True, None)], "unknown")
    ones = fill(axes_shape, 1)
    return _gen1(gid, "DynamicStitch", None, [("indices", rng, False, None), ("indices", axes, False, None),
                                             ("data", input_shape, True, None), ("data", ones, True, None)],
                 "unknown")


def _SumGrad(op, grad):
    gid = op._gid
    in_shape = _shape_tuple(op.inputs[0])
    if in_shape is not None:
        axes = _reduction_axes(op)
        if axes is not None:
            rank = len(in_shape)
            if isinstance(axes, list) and axes == list(range(rank)):
                # Reduce all dims: Reshape to ones, then Tile by the (static or dynamic) input shape.
                grad = reshape(grad, [1] * rank)
                if None not in in_shape:
                    input_shape = constant(list(in_shape), dtype=int32)
                else:
                    input_shape = shape(op.inputs[0])
                return [_gen1(gid, "Tile", None, [("input", grad, True, None), ("multiples", input_shape, False,
                                                                                 None)], "tile"), None]
            elif None not in in_shape:
                # Known shape and axes: reduced_shape and _safe_shape_div once per graph (cached).
                axes = tuple(axes) if isinstance(axes, list) else (axes,)
                key = (gid, in_shape, axes)
                if key not in _REDUCED_SHAPE_CACHE:
                    _reduced_shape(gid, list(in_shape), list(axes))
                    norm = [a % rank for a in axes]
                    kept = [1 if i in norm else d for i, d in enumerate(in_shape)]
                    m = _gen1(gid, "Maximum", None, [("x", kept, True, None), ("y", 1, True, None)], "broadcast")
                    with _LibScope(gid, None, "floordiv") as name:
                        x = convert_to_tensor(list(in_shape), dtype=int32, name="x")
                        _gen1(gid, "FloorDiv", name, [("x", x, True, None), ("y", m, True, None)], "broadcast")
                    _REDUCED_SHAPE_CACHE[key] = (kept, [d // max(k, 1) for d, k in zip(in_shape, kept)])
                kept, scaling = _REDUCED_SHAPE_CACHE[key]
                grad = reshape(grad, kept)
                return [_gen1(gid, "Tile", None, [("input", grad, True, None), ("multiples", scaling, False, None)],
                              "tile"), None]
    input_shape = shape(op.inputs[0])
    kept = _reduced_shape(gid, input_shape, op.inputs[1])
    scaling = _safe_shape_div(input_shape, kept)
    grad = reshape(grad, kept)
    return [_gen1(gid, "Tile", None, [("input", grad, True, None), ("multiples", scaling, False, None)], "tile"),
            None]


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


def _opaque(gid, op_type, name, inputs, outputs):
    return [_wrap_tensor(gid, t) for t in _n.opaque_op(gid, op_type, name, list(inputs), outputs)]


def _dims_or_none(t):
    s = _shape_tuple(t)
    return None if s is None else list(s)


def _ConcatGradV2(op, grad):
    # array_ops._ConcatGradHelper for a dense gradient in graph mode (at most 16 inputs).
    gid = op._gid
    inputs = op.inputs
    concat_dim = inputs[-1]
    values = inputs[:-1]
    if len(values) > 16:
        _not_supported("tf.gradients through op '%s' (op type: ConcatV2) of more than 16 tensors" % op.name)
    rank = len(_shape_tuple(values[0])) if _shape_tuple(values[0]) is not None else None
    with _LibScope(gid, None, "Rank") as name:
        if rank is not None:
            rank_t = constant(rank, dtype=int32, name=name)
        else:
            rank_t = _opaque(gid, "Rank", name, [values[0]], [(int32, [])])[0]
    with _LibScope(gid, None, "mod") as name:
        non_neg = _gen1(gid, "FloorMod", name, [("x", concat_dim, True, None), ("y", rank_t, True, None)],
                        "broadcast")
    sizes = []
    fully_known = True
    for x in values:
        s = shape(x)
        if s.op.type != "Const":
            fully_known = False
            break
        sizes.append(s)
    if not fully_known:
        sizes = _opaque(gid, "ShapeN", None, values, [(int32, [rank]) for _ in values])
    offsets = _opaque(gid, "ConcatOffset", None, [non_neg] + sizes, [(int32, [rank]) for _ in values])
    out = []
    for begin, size, x in zip(offsets, sizes, values):
        out.append(_opaque(gid, "Slice", None, [grad, begin, size], [(grad.dtype, _dims_or_none(x))])[0])
    return out + [None]


def _UnpackGrad(op, *grads):
    # array_ops.stack(grads, axis): a Pack op named "stack".
    x = op.inputs[0]
    return _opaque(op._gid, "Pack", "stack", grads, [(x.dtype.base_dtype, _dims_or_none(x))])[0]


def _AddNGrad(op, grad):
    return [grad] * len(op.inputs)


_GRADIENTS = {"Identity": _IdentityGrad, "Add": _AddGrad, "AddV2": _AddGrad, "Sub": _SubGrad, "Mul": _MulGrad,
              "RealDiv": _RealDivGrad, "Neg": _NegGrad, "MatMul": _MatMulGrad, "Square": _SquareGrad,
              "Sum": _SumGrad, "Mean": _MeanGrad, "Relu": _ReluGrad, "Sigmoid": _SigmoidGrad, "Tanh": _TanhGrad,
              "Softmax": _SoftmaxGrad, "BiasAdd": _BiasAddGrad, "Reshape": _ReshapeGrad, "Cast": _CastGrad,
              "Fill": _FillGrad, "AddN": _AddNGrad, "ConcatV2": _ConcatGradV2, "Unpack": _UnpackGrad}


)PY";
}
#pragma GCC diagnostic pop

}  // namespace scopeplay::bridge
