// The `tensorflow` prelude, part 3: name/variable scopes, get_variable, collections, initializers, Session.
// (Python run inside the module at import; see tf_prelude.h).
#include "bridge/tf_prelude.h"

namespace scopeplay::bridge {

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverlength-strings"
std::string_view prelude_scopes() {
  return R"PY(
# tensorflow prelude, part 3: name/variable scopes, get_variable, collections,
# initializers, sessions, and the callbacks the engine makes into Python.


class _ReuseMode(object):
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return "<_ReuseMode.%s: %d>" % (self.name, self.value)

    def __str__(self):
        return "_ReuseMode." + self.name


_reuse_auto = _ReuseMode("AUTO_REUSE", 1)
if _n.has_auto_reuse():
    AUTO_REUSE = _reuse_auto


def _reuse_obj(code):
    if code == 2:
        return _reuse_auto
    return code == 1


def _reuse_code(reuse):
    if reuse is _reuse_auto:
        return 2
    if reuse is None:
        return None
    return reuse == True


class GraphKeys(object):
    GLOBAL_VARIABLES = "variables"
    LOCAL_VARIABLES = "local_variables"
    METRIC_VARIABLES = "metric_variables"
    MODEL_VARIABLES = "model_variables"
    TRAINABLE_VARIABLES = "trainable_variables"
    SUMMARIES = "summaries"
    QUEUE_RUNNERS = "queue_runners"
    TABLE_INITIALIZERS = "table_initializer"
    ASSET_FILEPATHS = "asset_filepaths"
    MOVING_AVERAGE_VARIABLES = "moving_average_variables"
    REGULARIZATION_LOSSES = "regularization_losses"
    CONCATENATED_VARIABLES = "concatenated_variables"
    SAVERS = "savers"
    WEIGHTS = "weights"
    BIASES = "biases"
    ACTIVATIONS = "activations"
    UPDATE_OPS = "update_ops"
    LOSSES = "losses"
    SAVEABLE_OBJECTS = "saveable_objects"
    RESOURCES = "resources"
    LOCAL_RESOURCES = "local_resources"
    TRAINABLE_RESOURCE_VARIABLES = "trainable_resource_variables"
    INIT_OP = "init_op"
    LOCAL_INIT_OP = "local_init_op"
    READY_OP = "ready_op"
    READY_FOR_LOCAL_INIT_OP = "ready_for_local_init_op"
    SUMMARY_OP = "summary_op"
    GLOBAL_STEP = "global_step"
    EVAL_STEP = "eval_step"
    TRAIN_OP = "train_op"
    COND_CONTEXT = "cond_context"
    WHILE_CONTEXT = "while_context"
    VARIABLES = "variables"


# ------------------------------------------------------------------ collections

def get_collection(key, scope=None):
    return get_default_graph().get_collection(key, scope)


def get_collection_ref(key):
    return get_default_graph().get_collection_ref(key)


def add_to_collection(name, value):
    get_default_graph().add_to_collection(name, value)


def add_to_collections(names, value):
    get_default_graph().add_to_collections(names, value)


def get_all_collection_keys():
    return get_default_graph().get_all_collection_keys()


def global_variables(scope=None):
    return get_collection(GraphKeys.GLOBAL_VARIABLES, scope)


def all_variables():
    _deprecated("all_variables", "2017-03-02", "Please use tf.global_variables instead.")
    return global_variables()


def trainable_variables(scope=None):
    return get_collection(GraphKeys.TRAINABLE_VARIABLES, scope)


def local_variables(scope=None):
    return get_collection(GraphKeys.LOCAL_VARIABLES, scope)


def model_variables(scope=None):
    return get_collection(GraphKeys.MODEL_VARIABLES, scope)


def moving_average_variables(scope=None):
    return get_collection(GraphKeys.MOVING_AVERAGE_VARIABLES, scope)


# ------------------------------------------------------------------ name scopes

class name_scope(object):
    def __init__(self, name, default_name=None, values=None):
        if default_name is not None and not isinstance(default_name, str):
            _n.check_default_name_type(str(type(default_name)))
        self._name = default_name if name is None else name
        self._name_arg = name
        self._default_name = default_name
        self._values = values

    @property
    def name(self):
        return self._name

    def __enter__(self):
        self._gid = _gid_of(self._values) if self._values is not None else _n.default_graph()
        self._pushed = self._gid != _n.default_graph()
        if self._pushed:
            _n.push_graph(self._gid)
        try:
            self._tok, s = _n.name_scope_enter(self._gid, self._name_arg, self._default_name,
                                               self._values is not None, True)
        except BaseException:
            if self._pushed:
                _n.pop_graph(self._gid)
            raise
        return s

    def __exit__(self, t, v, tb):
        _n.name_scope_exit(self._gid, self._tok)
        if self._pushed:
            _n.pop_graph(self._gid)
        return False


def get_name_scope():
    return get_default_graph().get_name_scope()


# -------------------------------------------------------------- variable scopes

class VariableScope(object):
    def __init__(self, *args, **kwargs):
        _not_supported("Constructing tf.VariableScope directly")

    def _info(self):
        return _n.vs_info(self._gid, self._vsid)

    @property
    def name(self):
        return self._info()[0]

    @property
    def original_name_scope(self):
        return self._info()[1]

    @property
    def reuse(self):
        return _reuse_obj(self._info()[2])

    @property
    def dtype(self):
        return as_dtype(self._info()[3])

    @property
    def initializer(self):
        return self._info()[4]

    @property
    def regularizer(self):
        return self._info()[5]

    @property
    def custom_getter(self):
        return self._info()[6]

    @property
    def use_resource(self):
        return self._info()[7]

    @property
    def partitioner(self):
        return self._info()[8]

    @property
    def caching_device(self):
        return None

    @property
    def constraint(self):
        return None

    def reuse_variables(self):
        _n.vs_reuse_variables(self._gid, self._vsid)

    def set_initializer(self, initializer):
        _n.vs_set(self._gid, self._vsid, "initializer", initializer)

    def set_regularizer(self, regularizer):
        _n.vs_set(self._gid, self._vsid, "regularizer", regularizer)

    def set_partitioner(self, partitioner):
        _n.vs_set(self._gid, self._vsid, "partitioner", partitioner)

    def set_dtype(self, dtype):
        _n.vs_set(self._gid, self._vsid, "dtype", dtype)

    def set_use_resource(self, use_resource):
        _n.vs_set(self._gid, self._vsid, "use_resource", use_resource)

    def set_custom_getter(self, custom_getter):
        _n.vs_set(self._gid, self._vsid, "custom_getter", custom_getter)

    def set_caching_device(self, caching_device):
        pass

    def get_collection(self, name):
        return _wrap_items(self._gid, _n.vs_get_collection(self._gid, self._vsid, name))

    def global_variables(self):
        return self.get_collection(GraphKeys.GLOBAL_VARIABLES)

    def trainable_variables(self):
        return self.get_collection(GraphKeys.TRAINABLE_VARIABLES)

    def local_variables(self):
        return self.get_collection(GraphKeys.LOCAL_VARIABLES)


def _wrap_vscope(gid, vsid):
    key = (gid, vsid)
    s = _VSCOPES.get(key)
    if s is None:
        s = VariableScope.__new__(VariableScope)
        s._gid = gid
        s._vsid = vsid
        _VSCOPES[key] = s
    return s


def get_variable_scope():
    gid = _n.default_graph()
    return _wrap_vscope(gid, _n.get_variable_scope(gid))


def _reuse_arg(reuse):
    # variable_scope.__init__ tests identity: reuse=1 is not True.
    if reuse is _reuse_auto:
        return "auto"
    if reuse is None or reuse is True or reuse is False:
        return reuse
    return [reuse]


_UNSET = object()
# auxiliary_name_scope and constraint arrived with the same releases (1.4/1.5);
# older profiles reject them like any unknown keyword.
_HAS_NEW_SCOPE_ARGS = _n.has_auxiliary_name_scope()


def _reject_new_arg(function, name, value):
    if value is not _UNSET and not _HAS_NEW_SCOPE_ARGS:
        raise TypeError("%s() got an unexpected keyword argument '%s'" % (function, name))


class variable_scope(object):
    def __init__(self, name_or_scope, default_name=None, values=None, initializer=None, regularizer=None,
                 caching_device=None, partitioner=None, custom_getter=None, reuse=None, dtype=None,
                 use_resource=None, constraint=_UNSET, auxiliary_name_scope=_UNSET):
        _reject_new_arg("variable_scope", "constraint", constraint)
        _reject_new_arg("variable_scope", "auxiliary_name_scope", auxiliary_name_scope)
        if constraint is _UNSET:
            constraint = None
        if auxiliary_name_scope is _UNSET:
            auxiliary_name_scope = True
        self._values = values
        self._gid = _gid_of(values) if values is not None else _n.default_graph()
        self._ctx = _n.vs_create(self._gid, name_or_scope, default_name, initializer, regularizer, partitioner,
                                 custom_getter, constraint, _reuse_arg(reuse), dtype, use_resource,
                                 auxiliary_name_scope)

    def __enter__(self):
        self._pushed = self._gid != _n.default_graph()
        if self._pushed:
            _n.push_graph(self._gid)
        try:
            vsid = _n.vs_enter(self._ctx)
        except BaseException:
            if self._pushed:
                _n.pop_graph(self._gid)
            raise
        return _wrap_vscope(self._gid, vsid)

    def __exit__(self, t, v, tb):
        try:
            _n.vs_exit(self._ctx)
        finally:
            if self._pushed:
                _n.pop_graph(self._gid)
        return False


def variable_op_scope(values, name_or_scope, default_name=None, initializer=None, regularizer=None,
                      caching_device=None, partitioner=None, custom_getter=None, reuse=None, dtype=None,
                      use_resource=None, constraint=None):
    return variable_scope(name_or_scope, default_name=default_name, values=values, initializer=initializer,
                          regularizer=regularizer, caching_device=caching_device, partitioner=partitioner,
                          custom_getter=custom_getter, reuse=reuse, dtype=dtype, use_resource=use_resource,
                          constraint=constraint)


def _wrap_getter_result(gid, result):
    if result[0] == "v":
        return _wrap_var(gid, result[1])
    return result[1]


def _check_custom_getter(gid, custom_getter):
    if custom_getter is None:
        custom_getter = _wrap_vscope(gid, _n.get_variable_scope(gid)).custom_getter
    if custom_getter is not None and not callable(custom_getter):
        raise ValueError("Passed a custom_getter which is not callable: %s" % (custom_getter,))


def get_variable(name, shape=None, dtype=None, initializer=None, regularizer=None, trainable=None,
                 collections=None, caching_device=None, partitioner=None, validate_shape=True,
                 use_resource=None, custom_getter=None, constraint=_UNSET, synchronization=None,
                 aggregation=None):
    _reject_new_arg("get_variable", "constraint", constraint)
    gid = _n.default_graph()
    _check_custom_getter(gid, custom_getter)
    return _wrap_getter_result(gid, _n.get_variable(gid, False, name, shape, dtype, initializer, regularizer, None,
                                                    trainable, collections, partitioner, validate_shape,
                                                    use_resource, custom_getter))


def get_local_variable(name, shape=None, dtype=None, initializer=None, regularizer=None, trainable=False,
                       collections=None, caching_device=None, partitioner=None, validate_shape=True,
                       use_resource=None, custom_getter=None, constraint=None, synchronization=None,
                       aggregation=None):
    gid = _n.default_graph()
    _check_custom_getter(gid, custom_getter)
    return _wrap_getter_result(gid, _n.get_variable(gid, True, name, shape, dtype, initializer, regularizer, None,
                                                    trainable, collections, partitioner, validate_shape,
                                                    use_resource, custom_getter))


# ------------------------------------------------------- callbacks from the engine

def _required_args(fn):
    return _n.fn_signature(fn)[2]


def _cb_custom_getter(fn, cont, gid, kw):
    name, shape, dtype, init, reg, reuse, trainable, colls, part, vshape, use_res = kw

    def _true_getter(name, shape=None, dtype=float32, initializer=None, regularizer=None, reuse=None,
                     trainable=None, collections=None, caching_device=None, partitioner=None,
                     validate_shape=True, use_resource=None, constraint=None, synchronization=None,
                     aggregation=None):
        return _wrap_getter_result(gid, _n.continue_getter(cont, name, shape, dtype, initializer, regularizer,
                                                           _reuse_code(reuse), trainable, collections,
                                                           partitioner, validate_shape, use_resource))

    kwargs = {"getter": _true_getter, "name": name, "shape": shape, "dtype": as_dtype(dtype),
              "initializer": init, "regularizer": reg, "reuse": _reuse_obj(reuse), "trainable": trainable,
              "collections": colls, "caching_device": None, "partitioner": part, "validate_shape": vshape,
              "use_resource": use_res, "synchronization": VariableSynchronization.AUTO,
              "aggregation": VariableAggregation.NONE}
    names, has_kwargs, required = _n.fn_signature(fn)
    if "constraint" in names or has_kwargs:
        kwargs["constraint"] = None
    return fn(**kwargs)


def _cb_initializer(fn, shape, dtype, has_shape):
    if has_shape:
        r = fn(shape, dtype=as_dtype(dtype), partition_info=None)
    else:
        r = fn()
    # RefVariable._init_from_args: convert_to_tensor(initial_value(), name="initial_value", dtype=dtype)
    return convert_to_tensor(r, name="initial_value", dtype=dtype if has_shape else None)


def _cb_initial_value(fn):
    return convert_to_tensor(fn(), name="initial_value")


def _cb_regularizer(fn, gid, vid):
    r = fn(_wrap_var(gid, vid))
    if r is None:
        return None
    return convert_to_tensor(r)


class _Enum(object):
    def __init__(self, cls, name, value):
        self._cls = cls
        self.name = name
        self.value = value

    def __repr__(self):
        return "<%s.%s: %d>" % (self._cls, self.name, self.value)

    def __str__(self):
        return "%s.%s" % (self._cls, self.name)


class VariableSynchronization(object):
    AUTO = _Enum("VariableSynchronization", "AUTO", 0)
    NONE = _Enum("VariableSynchronization", "NONE", 1)
    ON_WRITE = _Enum("VariableSynchronization", "ON_WRITE", 2)
    ON_READ = _Enum("VariableSynchronization", "ON_READ", 3)


class VariableAggregation(object):
    NONE = _Enum("VariableAggregation", "NONE", 0)
    SUM = _Enum("VariableAggregation", "SUM", 1)
    MEAN = _Enum("VariableAggregation", "MEAN", 2)
    ONLY_FIRST_REPLICA = _Enum("VariableAggregation", "ONLY_FIRST_REPLICA", 3)


# ------------------------------------------------------------------ initializers

class Initializer(object):
    def __call__(self, shape, dtype=None, partition_info=None):
        if dtype is None:
            dtype = self.dtype
        return _wrap_tensor(_n.default_graph(), _n.build_initializer(_n.default_graph(), self, shape, dtype))

    def get_config(self):
        return {}


class Zeros(Initializer):
    def __init__(self, dtype=float32):
        self.dtype = as_dtype(dtype)

    def _spec(self):
        return ("zeros", self.dtype, None, 0.0, 1.0, 0, None, 1.0, "fan_in", "normal")


class Ones(Initializer):
    def __init__(self, dtype=float32):
        self.dtype = as_dtype(dtype)

    def _spec(self):
        return ("ones", self.dtype, None, 0.0, 1.0, 0, None, 1.0, "fan_in", "normal")


class Constant(Initializer):
    def __init__(self, value=0, dtype=float32, verify_shape=False):
        self.value = value
        self.dtype = as_dtype(dtype)

    def _spec(self):
        return ("constant", self.dtype, self.value, 0.0, 1.0, 0, None, 1.0, "fan_in", "normal")


class RandomNormal(Initializer):
    def __init__(self, mean=0.0, stddev=1.0, seed=None, dtype=float32):
        self.mean = mean
        self.stddev = stddev
        self.seed = seed
        self.dtype = as_dtype(dtype)

    def _spec(self):
        return ("random_normal", self.dtype, None, self.mean, self.stddev, 0, None, 1.0, "fan_in", "normal")


class TruncatedNormal(RandomNormal):
    def _spec(self):
        return ("truncated_normal", self.dtype, None, self.mean, self.stddev, 0, None, 1.0, "fan_in", "normal")


class RandomUniform(Initializer):
    def __init__(self, minval=0, maxval=None, seed=None, dtype=float32):
        self.minval = minval
        self.maxval = maxval
        self.seed = seed
        self.dtype = as_dtype(dtype)

    def _spec(self):
        return ("random_uniform", self.dtype, None, 0.0, 1.0, self.minval, self.maxval, 1.0, "fan_in", "normal")


class VarianceScaling(Initializer):
    def __init__(self, scale=1.0, mode="fan_in", distribution="truncated_normal", seed=None, dtype=float32):
        if scale <= 0.:
            raise ValueError("`scale` must be positive float.")
        if mode not in ("fan_in", "fan_out", "fan_avg"):
            raise ValueError("Invalid `mode` argument:", mode)
        distribution = distribution.lower()
        if distribution not in ("normal", "uniform", "truncated_normal", "untruncated_normal"):
            raise ValueError("Invalid `distribution` argument:", distribution)
        self.scale = scale
        self.mode = mode
        self.distribution = distribution
        self.seed = seed
        self.dtype = as_dtype(dtype)

    def _spec(self):
        return ("variance_scaling", self.dtype, None, 0.0, 1.0, 0, None, float(self.scale), self.mode,
                self.distribution)


class GlorotUniform(VarianceScaling):
    def __init__(self, seed=None, dtype=float32):
        VarianceScaling.__init__(self, 1.0, "fan_avg", "uniform", seed, dtype)


class GlorotNormal(VarianceScaling):
    def __init__(self, seed=None, dtype=float32):
        VarianceScaling.__init__(self, 1.0, "fan_avg", "truncated_normal", seed, dtype)


zeros_initializer = Zeros
ones_initializer = Ones
constant_initializer = Constant
random_normal_initializer = RandomNormal
truncated_normal_initializer = TruncatedNormal
random_uniform_initializer = RandomUniform
variance_scaling_initializer = VarianceScaling
glorot_uniform_initializer = GlorotUniform
glorot_normal_initializer = GlorotNormal


def _he_normal(seed=None):
    return VarianceScaling(2.0, "fan_in", "truncated_normal", seed)


def _he_uniform(seed=None):
    return VarianceScaling(2.0, "fan_in", "uniform", seed)


def _lecun_normal(seed=None):
    return VarianceScaling(1.0, "fan_in", "truncated_normal", seed)


def _lecun_uniform(seed=None):
    return VarianceScaling(1.0, "fan_in", "uniform", seed)


# -------------------------------------------------------------------- sessions

class Session(object):
    def __init__(self, target="", graph=None, config=None):
        self._graph = graph if graph is not None else get_default_graph()
        self._closed = False
        self._entered = False

    @property
    def graph(self):
        return self._graph

    @property
    def graph_def(self):
        _not_supported("Session.graph_def")

    def __enter__(self):
        _n.push_graph(self._graph._gid)
        self._entered = True
        return self

    def __exit__(self, t, v, tb):
        if self._entered:
            self._entered = False
            _n.pop_graph(self._graph._gid)
        self._closed = True
        return False

    def close(self):
        self._closed = True

    def as_default(self):
        return _GraphDefault(self._graph._gid)

    def run(self, fetches, feed_dict=None, options=None, run_metadata=None):
        if self._closed:
            raise RuntimeError("Attempted to use a closed Session.")
        return self._fetch(fetches)

    def _fetch(self, f):
        if f is None:
            raise TypeError("Fetch argument None has invalid type <class 'NoneType'>")
        if isinstance(f, Operation):
            return None
        if isinstance(f, (list, tuple)):
            return type(f)([self._fetch(x) for x in f])
        if isinstance(f, dict):
            return {k: self._fetch(v) for k, v in f.items()}
        if isinstance(f, str):
            return self._fetch(self._graph.as_graph_element(f))
        if isinstance(f, (Tensor, RefVariable)):
            raise NotImplementedError("evaluating tensors is not supported in scopeplay")
        raise TypeError("Fetch argument %r has invalid type %r, must be a string or Tensor. (Can not convert a %s "
                        "into a Tensor or Operation.)" % (f, type(f), type(f).__name__))


InteractiveSession = Session


def device(device_name_or_function):
    return get_default_graph().device(device_name_or_function)


# ------------------------------------------------------------------ deprecation

_WARNED = set()


def _deprecated(func, date, instructions, module="tensorflow.python.ops.variables"):
    if func in _WARNED:
        return
    _WARNED.add(func)
    when = "in a future version" if date is None else "after %s" % date
    _n.write_stderr("WARNING:tensorflow:From %s: %s (from %s) is deprecated and will be removed %s.\n"
                    "Instructions for updating:\n%s\n" % (_n.user_location(), func, module, when, instructions))


def global_variables_initializer():
    return _wrap_op(_n.default_graph(), _n.global_variables_initializer(_n.default_graph()))


def initialize_all_variables():
    _deprecated("initialize_all_variables", "2017-03-02", "Use `tf.global_variables_initializer` instead.")
    return global_variables_initializer()


def variables_initializer(var_list, name="init"):
    gid = _gid_of(var_list) if var_list else _n.default_graph()
    return _wrap_op(gid, _n.variables_initializer(gid, [v._vid for v in var_list], name))


def initialize_variables(var_list, name="init"):
    _deprecated("initialize_variables", "2017-03-02", "Use `tf.variables_initializer` instead.")
    return variables_initializer(var_list, name)


def local_variables_initializer():
    return variables_initializer(local_variables(), name="init")


def initialize_local_variables():
    _deprecated("initialize_local_variables", "2017-03-02", "Use `tf.local_variables_initializer` instead.")
    return local_variables_initializer()
)PY";
}
#pragma GCC diagnostic pop

}  // namespace scopeplay::bridge
