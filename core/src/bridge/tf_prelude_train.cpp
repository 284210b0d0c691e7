// The `tensorflow` prelude, part 6: the tf.train optimizers, the global step
// and Saver names. (Python run inside the module at import; see tf_prelude.h;
// it builds on part 5, tf_prelude_gradients.cpp.) This mirrors TF's own Python
// (optimizer.py, slot_creator.py, adam.py, momentum.py, rmsprop.py,
// adagrad.py, gradient_descent.py, training_util.py, saver.py) call for call,
// so every op and scope is opened in TF's order; the names themselves are
// decided by the engine's name scopes, variable scopes and op wrappers.
#include "bridge/tf_prelude.h"

namespace scopeplay::bridge {

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverlength-strings"
std::string_view prelude_train() {
  return R"PY(
# tensorflow prelude, part 6: optimizers, global step, Saver.


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
    _TRAIN["assert_global_step"](step)
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
    if _TRAIN["get_global_step"](graph) is not None:
        raise ValueError('"global_step" already exists.')
    with graph.as_default() as g, g.name_scope(None):
        return get_variable(GraphKeys.GLOBAL_STEP, shape=[], dtype=int64, initializer=zeros_initializer(),
                            trainable=False, collections=[GraphKeys.GLOBAL_VARIABLES, GraphKeys.GLOBAL_STEP])


def get_or_create_global_step(graph=None):
    graph = _gs_graph(graph)
    step = _TRAIN["get_global_step"](graph)
    if step is None:
        step = _TRAIN["create_global_step"](graph)
    return step


def assign_add(ref, value, use_locking=None, name=None):
    gid = _gid_of(ref)
    target = ref._ref() if isinstance(ref, RefVariable) else ref
    return _gen1(gid, "AssignAdd", name, [("ref", target, True, None), ("value", value, True, None)], "ref")


# ------------------------------------------------------- learning-rate decay

def exponential_decay(learning_rate, global_step, decay_steps, decay_rate, staircase=False, name=None):
    # learning_rate_decay.exponential_decay -> learning_rate_schedule.ExponentialDecay.__call__.
    gid = _n.default_graph()
    with _LibScope(gid, name or "ExponentialDecay") as scope:
        initial_learning_rate = convert_to_tensor(learning_rate, name="initial_learning_rate")
        dtype = initial_learning_rate.dtype
        decay_steps = _lib_cast(decay_steps, dtype)
        decay_rate = _lib_cast(decay_rate, dtype)
        p = _lib_cast(global_step, dtype) / decay_steps
        if staircase:
            p = _gen1(gid, "Floor", None, [("x", p, True, None)], "same")
        with _LibScope(gid, None, "Pow") as pow_scope:
            power = _gen1(gid, "Pow", pow_scope, [("x", decay_rate, True, None), ("y", p, True, None)], "broadcast")
        return multiply(initial_learning_rate, power, name=scope)


# ------------------------------------------------------------------ optimizers

class _Colocate(object):
    # ops.colocate_with(obj): the device stack is set aside and new ops take obj's device.
    def __init__(self, obj):
        self._graph = _graph(obj._gid)
        self._device = obj.device

    def __enter__(self):
        self._scopes = [self._graph.device(None)]
        if self._device:
            self._scopes.append(self._graph.device(self._device))
        for sc in self._scopes:
            sc.__enter__()
        return None

    def __exit__(self, t, v, tb):
        for sc in reversed(self._scopes):
            sc.__exit__(t, v, tb)
        return False


def _group(inputs, name):
    # control_flow_ops.group: one NoOp when every input is on one device, else one
    # NoOp per device (sorted, "" first) under name_scope(name, "group_deps").
    gid = _gid_of(inputs)
    g = _graph(gid)
    by_device = {}
    for x in inputs:
        by_device.setdefault(x.device, []).append(x.op._opid if isinstance(x, Tensor) else x._opid)
    if len(by_device) == 1:
        dev, deps = list(by_device.items())[0]
        with g.device(dev):
            return _wrap_op(gid, _n.group(gid, deps, name))
    with _LibScope(gid, name, "group_deps") as scope:
        for dev in sorted(by_device.keys()):
            with g.device(dev):
                no_op()
        return no_op(name=scope)


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


def _is_resource_variable(v):
    return not isinstance(v, Tensor) and getattr(getattr(v, "op", None), "type", None) == "VarHandleOp"


def _get_processor(v):
    if _is_resource_variable(v):
        _not_supported("Optimizers on resource variables (ResourceApply* updates)")
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
        if gate_gradients not in [self.GATE_NONE, self.GATE_OP, self.GATE_GRAPH]:
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
        grads = gradients(loss, var_refs, grad_ys=grad_loss, gate_gradients=(gate_gradients == self.GATE_OP),
                          aggregation_method=aggregation_method,
                          colocate_gradients_with_ops=colocate_gradients_with_ops)
        if gate_gradients == self.GATE_GRAPH:
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
                with _LibScope(_n.default_graph(), "update_" + var.op.name), _Colocate(var):
                    update_ops.append(processor.update_op(self, grad))
            if global_step is None:
                apply_updates = self._finish(update_ops, name)
            else:
                self._finish(update_ops, "update")
                with _Colocate(global_step):
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
        return _group(update_ops, name_scope)

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
        _TRAIN["Optimizer"].__init__(self, use_locking, name)
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
        _TRAIN["Optimizer"].__init__(self, use_locking, name)
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
        _TRAIN["Optimizer"].__init__(self, use_locking, name)
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
        with _Colocate(beta1_power):
            update_beta1 = beta1_power.assign(beta1_power * self._beta1_t, use_locking=self._use_locking)
            update_beta2 = beta2_power.assign(beta2_power * self._beta2_t, use_locking=self._use_locking)
        return _group(update_ops + [update_beta1, update_beta2], name_scope)


class RMSPropOptimizer(Optimizer):
    def __init__(self, learning_rate, decay=0.9, momentum=0.0, epsilon=1e-10, use_locking=False, centered=False,
                 name="RMSProp"):
        _TRAIN["Optimizer"].__init__(self, use_locking, name)
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
        _TRAIN["Optimizer"].__init__(self, use_locking, name)
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
        if _is_resource_variable(var):
            _not_supported("Saving resource variables (ReadVariableOp saveables)")
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
        if _is_resource_variable(v):
            _not_supported("Saving resource variables (ReadVariableOp saveables)")
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


# tf.train names live only in tf.train (and tf.compat.v1.train), not at the top level.
_TRAIN = {}
for _name in ["Optimizer", "GradientDescentOptimizer", "MomentumOptimizer", "AdamOptimizer", "RMSPropOptimizer",
              "AdagradOptimizer", "get_global_step", "create_global_step", "get_or_create_global_step",
              "assert_global_step", "Saver", "exponential_decay"]:
    _TRAIN[_name] = globals()[_name]
    del globals()[_name]
_fill_submodule_before_train = _fill_submodule


def _fill_submodule(name, d):
    _fill_submodule_before_train(name, d)
    parts = name.split(".")
    if parts[:2] == ["compat", "v1"]:
        parts = parts[2:]
    if parts == ["train"]:
        for k in _TRAIN:
            d[k] = _TRAIN[k]
)PY";
}
#pragma GCC diagnostic pop

}  // namespace scopeplay::bridge
