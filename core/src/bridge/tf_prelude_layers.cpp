// The `tensorflow` prelude, part 5: the Layer hierarchy of TF 1.15 in graph mode.
// (Python run inside the module at import; see tf_prelude.h).
//
// keras/engine/base_layer.py's Layer (names from backend.unique_object_name's
// per-graph counters, calls under name_scope(layer.name)) and, on top of it,
// layers/base.py's Layer, which captures a variable scope and creates its
// weights with get_variable, so `reuse` and variable scopes apply to it. Both
// are plain clients of the scope natives: every name still comes from
// name_scope, variable_scope and the op wrappers.
#include "bridge/tf_prelude.h"

namespace scopeplay::bridge {

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverlength-strings"
std::string_view prelude_layers() {
  return R"PY(
# tensorflow prelude, part 5: keras base Layer, tf.layers base Layer, core layers.

_LAYERS_ENABLED = _TF_VERSION == "1.15"


# ------------------------------------------------------------ keras backend

_OBJECT_NAME_UIDS = {}


def _graph_uid_map():
    gid = _n.default_graph()
    m = _OBJECT_NAME_UIDS.get(gid)
    if m is None:
        m = {}
        _OBJECT_NAME_UIDS[gid] = m
    return m


def _unique_object_name(name, name_uid_map=None, avoid_names=None, namespace="", zero_based=False):
    # keras.backend.unique_object_name: a per-graph counter per (namespace, name).
    if name_uid_map is None:
        name_uid_map = _graph_uid_map()
    if avoid_names is None:
        avoid_names = set()
    proposed_name = None
    while proposed_name is None or proposed_name in avoid_names:
        key = (namespace, name)
        number = name_uid_map.get(key, 0)
        if zero_based:
            proposed_name = name + "_" + str(number) if number else name
            name_uid_map[key] = number + 1
        else:
            name_uid_map[key] = number + 1
            proposed_name = name + "_" + str(number + 1)
    return proposed_name


def _get_uid(prefix=""):
    m = _graph_uid_map()
    m[prefix] = m.get(prefix, 0) + 1
    return m[prefix]


def _reset_uids():
    _OBJECT_NAME_UIDS.clear()


_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LOWER = "abcdefghijklmnopqrstuvwxyz"
_LOWER_DIGIT = _LOWER + "0123456789"


def _to_snake_case(name):
    # generic_utils.to_snake_case: re.sub('(.)([A-Z][a-z0-9]+)', r'\1_\2'), then
    # re.sub('([a-z])([A-Z])', r'\1_\2'), lower-cased; a leading '_' gets 'private'.
    out = ""
    i = 0
    n = len(name)
    while i < n:
        if i + 2 < n and name[i + 1] in _UPPER and name[i + 2] in _LOWER_DIGIT:
            j = i + 3
            while j < n and name[j] in _LOWER_DIGIT:
                j += 1
            out += name[i] + "_" + name[i + 1:j]
            i = j
        else:
            out += name[i]
            i += 1
    second = ""
    i = 0
    n = len(out)
    while i < n:
        if i + 1 < n and out[i] in _LOWER and out[i + 1] in _UPPER:
            second += out[i] + "_" + out[i + 1]
            i += 2
        else:
            second += out[i]
            i += 1
    insecure = second.lower()
    if insecure[0] != "_":
        return insecure
    return "private" + insecure


# ------------------------------------------------------------ nest helpers

def _flatten(structure):
    if isinstance(structure, (list, tuple)):
        out = []
        for x in structure:
            out.extend(_flatten(x))
        return out
    if isinstance(structure, dict):
        out = []
        for k in sorted(structure.keys()):
            out.extend(_flatten(structure[k]))
        return out
    return [structure]


def _map_structure(fn, structure):
    if isinstance(structure, list):
        return [_map_structure(fn, x) for x in structure]
    if isinstance(structure, tuple):
        return tuple([_map_structure(fn, x) for x in structure])
    if isinstance(structure, dict):
        return {k: _map_structure(fn, structure[k]) for k in structure}
    return fn(structure)


def _to_list(x):
    if isinstance(x, list):
        return x
    return [x]


def _is_tensor(x):
    return isinstance(x, (Tensor, RefVariable))


def _contains(items, x):
    for y in items:
        if y is x:
            return True
    return False


def _add_elements_to_collection(elements, collection_list):
    # layers/base.py _add_elements_to_collection: identity-deduplicated appends.
    elements = _flatten(elements)
    for name in _flatten(collection_list):
        existing = get_collection(name)
        for element in elements:
            if not _contains(existing, element):
                add_to_collection(name, element)
                existing.append(element)


# ------------------------------------------------------------ InputSpec

class InputSpec(object):
    def __init__(self, dtype=None, shape=None, ndim=None, max_ndim=None, min_ndim=None, axes=None):
        self.dtype = as_dtype(dtype).name if dtype is not None else None
        if shape is not None:
            self.ndim = len(shape)
            self.shape = shape
        else:
            self.ndim = ndim
            self.shape = None
        self.max_ndim = max_ndim
        self.min_ndim = min_ndim
        try:
            axes = axes or {}
            self.axes = {int(k): axes[k] for k in axes}
        except (ValueError, TypeError):
            raise TypeError("The keys in axes must be integers.")
        if self.axes and (self.ndim is not None or self.max_ndim is not None):
            max_dim = (self.ndim if self.ndim else self.max_ndim) - 1
            max_axis = max(self.axes)
            if max_axis > max_dim:
                raise ValueError("Axis {} is greater than the maximum allowed value: {}".format(max_axis, max_dim))

    def __repr__(self):
        spec = [("dtype=" + str(self.dtype)) if self.dtype else "",
                ("shape=" + str(self.shape)) if self.shape else "",
                ("ndim=" + str(self.ndim)) if self.ndim else "",
                ("max_ndim=" + str(self.max_ndim)) if self.max_ndim else "",
                ("min_ndim=" + str(self.min_ndim)) if self.min_ndim else "",
                ("axes=" + str(self.axes)) if self.axes else ""]
        return "InputSpec(%s)" % ", ".join(x for x in spec if x)


_InputSpec = InputSpec
del InputSpec


def _assert_input_compatibility(input_spec, inputs, layer_name):
    if not input_spec:
        return
    inputs = _flatten(inputs)
    input_spec = _flatten(input_spec)
    if len(inputs) != len(input_spec):
        raise ValueError("Layer " + layer_name + " expects " + str(len(input_spec)) + " inputs, but it received " +
                         str(len(inputs)) + " input tensors. Inputs received: " + str(inputs))
    for input_index in range(len(inputs)):
        x = inputs[input_index]
        spec = input_spec[input_index]
        if spec is None:
            continue
        prefix = "Input " + str(input_index) + " of layer " + layer_name + " is incompatible with the layer: "
        if spec.ndim is not None or spec.min_ndim is not None or spec.max_ndim is not None:
            if x.shape.ndims is None:
                raise ValueError(prefix + "its rank is undefined, but the layer requires a defined rank.")
        if spec.ndim is not None:
            ndim = x.shape.ndims
            if ndim != spec.ndim:
                raise ValueError(prefix + "expected ndim=" + str(spec.ndim) + ", found ndim=" + str(ndim) +
                                 ". Full shape received: " + str(x.shape.as_list()))
        if spec.max_ndim is not None:
            ndim = x.shape.ndims
            if ndim is not None and ndim > spec.max_ndim:
                raise ValueError(prefix + "expected max_ndim=" + str(spec.max_ndim) + ", found ndim=" + str(ndim))
        if spec.min_ndim is not None:
            ndim = x.shape.ndims
            if ndim is not None and ndim < spec.min_ndim:
                raise ValueError(prefix + ": expected min_ndim=" + str(spec.min_ndim) + ", found ndim=" + str(ndim) +
                                 ". Full shape received: " + str(x.shape.as_list()))
        if spec.dtype is not None:
            if x.dtype != spec.dtype:
                raise ValueError(prefix + "expected dtype=" + str(spec.dtype) + ", found dtype=" + str(x.dtype))
        if spec.axes:
            shape = x.shape.as_list()
            for axis in spec.axes:
                value = spec.axes[axis]
                if isinstance(value, Dimension):
                    value = value.value
                if value is not None and shape[int(axis)] not in (value, None):
                    raise ValueError("Input " + str(input_index) + " of layer " + layer_name + " is incompatible with "
                                     "the layer: expected axis " + str(axis) + " of input shape to have value " +
                                     str(value) + " but received input with shape " + str(shape))
        if spec.shape is not None:
            shape = x.shape.as_list()
            for spec_dim, dim in zip(spec.shape, shape):
                if spec_dim is not None and dim is not None and spec_dim != dim:
                    raise ValueError("Input " + str(input_index) + " is incompatible with layer " + layer_name +
                                     ": expected shape=" + str(spec.shape) + ", found shape=" + str(shape))


# ------------------------------------------------------------ keras initializers, regularizers, activations

def _keras_initializer(identifier):
    if identifier is None or callable(identifier) and not isinstance(identifier, str):
        return identifier
    if isinstance(identifier, str):
        table = {"zeros": Zeros, "Zeros": Zeros, "ones": Ones, "Ones": Ones, "constant": Constant,
                 "Constant": Constant, "glorot_uniform": GlorotUniform, "GlorotUniform": GlorotUniform,
                 "glorot_normal": GlorotNormal, "GlorotNormal": GlorotNormal, "random_normal": RandomNormal,
                 "RandomNormal": RandomNormal, "random_uniform": RandomUniform, "RandomUniform": RandomUniform,
                 "truncated_normal": TruncatedNormal, "TruncatedNormal": TruncatedNormal,
                 "he_normal": _he_normal, "he_uniform": _he_uniform, "lecun_normal": _lecun_normal,
                 "lecun_uniform": _lecun_uniform, "VarianceScaling": VarianceScaling}
        if identifier in table:
            return table[identifier]()
        raise ValueError("Unknown initializer: " + identifier)
    raise ValueError("Could not interpret initializer identifier: " + str(identifier))


def _keras_regularizer(identifier):
    if identifier is None:
        return None
    if callable(identifier):
        return identifier
    raise ValueError("Could not interpret regularizer identifier: " + str(identifier))


def _linear(x):
    return x


def _keras_activation(identifier):
    # keras.activations.get: None -> linear; names -> the keras activation functions.
    if identifier is None:
        return _linear
    if isinstance(identifier, str):
        table = {"linear": _linear, "relu": relu, "sigmoid": sigmoid, "tanh": tanh, "softmax": softmax}
        if identifier in table:
            return table[identifier]
        raise ValueError("Unknown activation function:" + identifier)
    if callable(identifier):
        return identifier
    raise TypeError("Could not interpret activation function identifier: " + repr(identifier))


# ------------------------------------------------------------ call context

class _CallContext(object):
    def __init__(self):
        self.layer = None
        self.inputs = None
        self.build_graph = False
        self.training = None

    @property
    def in_call(self):
        return self.layer is not None


_CALL_CONTEXT = _CallContext()


# ------------------------------------------------------------ keras base Layer

_KERAS_ALLOWED_KWARGS = ("input_shape", "batch_input_shape", "batch_size", "weights", "activity_regularizer",
                         "autocast")


class Layer(object):
    # keras.engine.base_layer.Layer (TF 1.15, graph mode).

    def __init__(self, trainable=True, name=None, dtype=None, dynamic=False, **kwargs):
        for kwarg in kwargs:
            if kwarg not in _KERAS_ALLOWED_KWARGS:
                raise TypeError("Keyword argument not understood:", kwarg)
        if "weights" in kwargs and kwargs["weights"] is not None:
            _not_supported("Layer(weights=...) (initial weight values)")
        self._trainable = trainable
        self.stateful = False
        self.built = False
        self._input_spec = None
        self.supports_masking = False
        self._init_set_name(name)
        self._activity_regularizer = kwargs.pop("activity_regularizer", None)
        if not hasattr(self, "_trainable_weights"):
            self._trainable_weights = []
        if not hasattr(self, "_non_trainable_weights"):
            self._non_trainable_weights = []
        self._updates = []
        self._callable_losses = []
        self._losses = []
        self._set_dtype_policy(dtype)
        self._autocast = kwargs.get("autocast", False)
        if not hasattr(self, "_layers"):
            self._layers = []
        self._inbound_nodes = []
        self._outbound_nodes = []
        self._init_call_fn_args()
        self._dynamic = dynamic
        if "input_shape" in kwargs or "batch_input_shape" in kwargs:
            if "batch_input_shape" in kwargs:
                batch_input_shape = tuple(kwargs["batch_input_shape"])
            else:
                batch_input_shape = (kwargs.get("batch_size"),) + tuple(kwargs["input_shape"])
            self._batch_input_shape = batch_input_shape
        self._initial_weights = None

    def __setattr__(self, name, value):
        # Layers assigned as attributes become sub-layers (their weights, updates and losses are gathered).
        if isinstance(value, _KerasLayer) and value is not self:
            layers = self.__dict__.get("_layers")
            if layers is None:
                layers = []
                object.__setattr__(self, "_layers", layers)
            if not _contains(layers, value):
                layers.append(value)
        object.__setattr__(self, name, value)

    def _init_set_name(self, name, zero_based=True):
        if not name:
            self._name = _unique_object_name(_to_snake_case(self.__class__.__name__), zero_based=zero_based)
        else:
            self._name = name

    def _set_dtype_policy(self, dtype):
        # Policy('infer') (also the global policy without V2 dtype behaviour) keeps the dtype unset
        # until the first input or weight decides it.
        if isinstance(dtype, str) and (dtype.startswith("mixed_") or dtype.endswith("_with_float32_vars")):
            _not_supported("Mixed-precision dtype policies")
        if dtype is None or dtype is _INFER_POLICY:
            self._dtype_name = None
        else:
            self._dtype_name = as_dtype(dtype).name

    def _init_call_fn_args(self):
        names, has_kwargs, _required = _n.fn_signature(self.call)
        self._call_fn_args = names
        self._call_accepts_kwargs = has_kwargs
        self._expects_training_arg = "training" in names or has_kwargs
        self._expects_mask_arg = "mask" in names or has_kwargs

    # ---- subclass API

    def build(self, input_shape):
        self.built = True

    def call(self, inputs, **kwargs):
        return inputs

    def compute_mask(self, inputs, mask=None):
        return None

    def add_weight(self, name=None, shape=None, dtype=None, initializer=None, regularizer=None, trainable=None,
                   constraint=None, partitioner=None, use_resource=None,
                   synchronization=VariableSynchronization.AUTO, aggregation=VariableAggregation.NONE, **kwargs):
        if shape is None:
            shape = ()
        for kwarg in kwargs:
            if kwarg not in ("getter", "collections", "experimental_autocast"):
                raise TypeError("Unknown keyword argument:", kwarg)
        getter = kwargs.pop("getter", _make_keras_variable)
        collections_arg = kwargs.pop("collections", None)
        if dtype is None:
            dtype = self.dtype or "float32"
        dtype = as_dtype(dtype)
        if self._dtype_name is None:
            self._dtype_name = dtype.base_dtype.name
        initializer = _keras_initializer(initializer)
        regularizer = _keras_regularizer(regularizer)
        if synchronization is VariableSynchronization.ON_READ:
            if trainable:
                raise ValueError("Synchronization value can be set to VariableSynchronization.ON_READ only for "
                                 "non-trainable variables. You have specified trainable=True and "
                                 "synchronization=VariableSynchronization.ON_READ.")
            trainable = False
        elif trainable is None:
            trainable = True
        if initializer is None:
            if dtype.is_floating:
                initializer = GlorotUniform()
            elif dtype.is_integer or dtype.is_unsigned or dtype.is_bool:
                initializer = Zeros()
            else:
                raise ValueError("An initializer for variable %s of type %s is required for layer %s"
                                 % (name, dtype.base_dtype, self.name))
        variable = getter(name=name, shape=shape, dtype=dtype, initializer=initializer, constraint=constraint,
                          trainable=trainable, partitioner=partitioner, use_resource=use_resource,
                          collections=collections_arg, synchronization=synchronization, aggregation=aggregation)
        if regularizer is not None:
            name_in_scope = variable.name[:variable.name.find(":")]
            self._handle_weight_regularization(name_in_scope, variable, regularizer)
        if trainable:
            self._trainable_weights.append(variable)
        else:
            self._non_trainable_weights.append(variable)
        return variable

    def add_variable(self, *args, **kwargs):
        _deprecated("Layer.add_variable", None, "Please use `layer.add_weight` method instead.",
                    "tensorflow.python.keras.engine.base_layer")
        return self.add_weight(*args, **kwargs)

    def _handle_weight_regularization(self, name, variable, regularizer):
        def _loss_for_variable():
            with name_scope(name + "/Regularizer"):
                return regularizer(variable)
        self.add_loss(_loss_for_variable)

    def add_loss(self, losses, inputs=None):
        def _tag_unconditional(loss):
            if callable(loss):
                loss = loss()
            if loss is None:
                return None
            if not _is_tensor(loss):
                loss = convert_to_tensor(loss, dtype=float32)
            loss._unconditional_loss = inputs is None
            return loss

        callable_losses = []
        symbolic_losses = []
        for loss in _to_list(losses):
            if callable(loss) and not _is_tensor(loss):
                callable_losses.append(_Partial(_tag_unconditional, loss))
                continue
            if loss is None:
                continue
            if not _is_tensor(loss):
                loss = convert_to_tensor(loss, dtype=float32)
            symbolic_losses.append(_tag_unconditional(loss))
        self._callable_losses += callable_losses
        self._losses += symbolic_losses

    def add_update(self, updates, inputs=None):
        result = []
        for x in _to_list(updates):
            if callable(x) and not _is_tensor(x) and not isinstance(x, Operation):
                x = x()
            if isinstance(x, Operation):
                update = x
            elif isinstance(x, (Tensor, RefVariable)):
                update = x.op
            else:
                update = convert_to_tensor(x)
            update._unconditional_update = inputs is None and not _CALL_CONTEXT.in_call
            result.append(update)
        self._updates += result

    # ---- calling

    def __call__(self, inputs, *args, **kwargs):
        input_list = _flatten(inputs)
        if any(isinstance(x, (float, int)) for x in input_list):
            inputs = _map_structure(lambda x: convert_to_tensor(x) if isinstance(x, (float, int)) else x, inputs)
            input_list = _flatten(inputs)
        build_graph = all(_is_tensor(x) for x in input_list)

        training_value = None
        training_arg_passed_by_framework = False
        if self._call_arg_was_passed("training", args, kwargs):
            training_value = self._get_call_arg_value("training", args, kwargs)
            if not self._expects_training_arg:
                kwargs.pop("training")
        else:
            if _CALL_CONTEXT.training is not None:
                training_value = _CALL_CONTEXT.training
            if self._expects_training_arg and training_value is not None:
                if isinstance(training_value, Tensor):
                    training_value = cast(training_value, bool)
                else:
                    training_value = _pybool(training_value)
                kwargs["training"] = training_value
                training_arg_passed_by_framework = True

        saved = (_CALL_CONTEXT.layer, _CALL_CONTEXT.inputs, _CALL_CONTEXT.build_graph, _CALL_CONTEXT.training)
        _CALL_CONTEXT.layer = self
        _CALL_CONTEXT.inputs = inputs
        _CALL_CONTEXT.build_graph = build_graph
        _CALL_CONTEXT.training = training_value
        try:
            if build_graph:
                _assert_input_compatibility(self.input_spec, inputs, self.name)
            with name_scope(self._name_scope()):
                self._maybe_build(inputs)
                outputs = self.call(inputs, *args, **kwargs)
                if outputs is None:
                    raise ValueError("A layer's `call` method should return a Tensor or a list of Tensors, not None "
                                     "(layer: " + self.name + ").")
                if build_graph and _have_all_keras_metadata(inputs):
                    if training_arg_passed_by_framework:
                        kwargs.pop("training")
                    inputs, outputs = self._set_connectivity_metadata_(inputs, outputs, args, kwargs)
                self._handle_activity_regularization(inputs, outputs)
                if hasattr(self, "_set_inputs") and not self.inputs:
                    self._set_inputs(inputs, outputs)
        finally:
            _CALL_CONTEXT.layer, _CALL_CONTEXT.inputs, _CALL_CONTEXT.build_graph, _CALL_CONTEXT.training = saved
        return outputs

    def apply(self, inputs, *args, **kwargs):
        _deprecated("Layer.apply", None, "Please use `layer.__call__` method instead.",
                    "tensorflow.python.keras.engine.base_layer")
        return self.__call__(inputs, *args, **kwargs)

    def _call_arg_was_passed(self, arg_name, args, kwargs, inputs_in_args=False):
        if arg_name in kwargs:
            return True
        call_fn_args = self._call_fn_args
        if not inputs_in_args:
            call_fn_args = call_fn_args[1:]
        return arg_name in call_fn_args[:len(args)]

    def _get_call_arg_value(self, arg_name, args, kwargs, inputs_in_args=False):
        if arg_name in kwargs:
            return kwargs[arg_name]
        call_fn_args = self._call_fn_args
        if not inputs_in_args:
            call_fn_args = call_fn_args[1:]
        return args[call_fn_args.index(arg_name)]

    def _name_scope(self):
        return self.name

    @property
    def _compute_dtype(self):
        return self._dtype_name

    def _maybe_build(self, inputs):
        if not self.built:
            _assert_input_compatibility(self.input_spec, inputs, self.name)
            input_list = _flatten(inputs)
            if input_list and self._dtype_name is None:
                first = input_list[0]
                if hasattr(first, "dtype"):
                    self._dtype_name = first.dtype.base_dtype.name
            input_shapes = None
            if all(hasattr(x, "shape") for x in input_list):
                input_shapes = _map_structure(lambda x: x.shape, inputs)
            self.build(input_shapes)
            self.built = True

    def _handle_activity_regularization(self, inputs, outputs):
        # The regularizer's loss over the batch size: shape(output)[0] cast to the loss dtype.
        if self._activity_regularizer:
            with name_scope("ActivityRegularizer"):
                for output in _flatten(outputs):
                    activity_loss = self._activity_regularizer(output)
                    gid = _gid_of(output)
                    first = _wrap_tensor(gid, _n.strided_slice_index(gid, shape(output), 0))
                    batch_size = cast(first, activity_loss.dtype)
                    self.add_loss(activity_loss / batch_size, inputs=inputs)

    def _set_connectivity_metadata_(self, inputs, outputs, args, kwargs):
        # Outputs that are inputs passed through are copied, so their Keras metadata stays apart.
        input_list = _flatten(inputs)

        def copy_if_input(x):
            if _contains(input_list, x):
                with name_scope(self.name):
                    x = identity(x)
            return x
        outputs = _map_structure(copy_if_input, outputs)
        node_index = len(self._inbound_nodes)
        self._inbound_nodes.append((inputs, outputs))
        flat = _flatten(outputs)
        for i in range(len(flat)):
            flat[i]._keras_history = (self, node_index, i)
        return inputs, outputs

    # ---- properties

    @property
    def dtype(self):
        return self._dtype_name

    @property
    def name(self):
        return self._name

    @property
    def dynamic(self):
        return self._dynamic

    @property
    def trainable(self):
        return self._trainable

    @trainable.setter
    def trainable(self, value):
        self._trainable = value
        for layer in getattr(self, "_layers", []):
            layer.trainable = value

    @property
    def activity_regularizer(self):
        return self._activity_regularizer

    @property
    def input_spec(self):
        return self._input_spec

    @input_spec.setter
    def input_spec(self, value):
        for v in _flatten(value):
            if v is not None and not isinstance(v, _InputSpec):
                raise TypeError("Layer input_spec must be an instance of InputSpec. Got: {}".format(v))
        self._input_spec = value

    def _gather_children_attribute(self, attribute):
        out = []
        for layer in getattr(self, "_layers", []):
            out.extend(getattr(layer, attribute))
        return out

    @property
    def trainable_weights(self):
        if self.trainable:
            return self._trainable_weights + self._gather_children_attribute("trainable_weights")
        return []

    @property
    def non_trainable_weights(self):
        if self.trainable:
            return self._non_trainable_weights + self._gather_children_attribute("non_trainable_weights")
        return self._trainable_weights + self._non_trainable_weights + self._gather_children_attribute("weights")

    @property
    def weights(self):
        return self.trainable_weights + self.non_trainable_weights

    @property
    def variables(self):
        return self.weights

    @property
    def trainable_variables(self):
        return self.trainable_weights

    @property
    def non_trainable_variables(self):
        return self.non_trainable_weights

    @property
    def updates(self):
        if not self.trainable and not self.stateful:
            return []
        return list(self._updates) + self._gather_children_attribute("updates")

    @property
    def losses(self):
        collected = list(self._losses)
        for regularizer in self._callable_losses:
            loss_tensor = regularizer()
            if loss_tensor is not None:
                collected.append(loss_tensor)
        return collected + self._gather_children_attribute("losses")

    def get_updates_for(self, inputs):
        if inputs is None:
            return [u for u in self.updates if u._unconditional_update]
        _not_supported("Layer.get_updates_for(inputs)")

    def get_losses_for(self, inputs):
        if inputs is None:
            return [l for l in self.losses if l._unconditional_loss]
        _not_supported("Layer.get_losses_for(inputs)")

    def count_params(self):
        if not self.built:
            raise ValueError("You tried to call `count_params` on " + self.name + ", but the layer isn't built. "
                             "You can build it manually via: `" + self.name + ".build(batch_input_shape)`.")
        total = 0
        for w in self.weights:
            total += w.shape.num_elements()
        return total

    def get_config(self):
        config = {"name": self.name, "trainable": self.trainable}
        if hasattr(self, "_batch_input_shape"):
            config["batch_input_shape"] = self._batch_input_shape
        config["dtype"] = self.dtype
        return config

    def compute_output_shape(self, input_shape):
        _not_supported("Layer.compute_output_shape")

    @property
    def inbound_nodes(self):
        return self._inbound_nodes

    @property
    def outbound_nodes(self):
        return self._outbound_nodes


class _Partial(object):
    def __init__(self, fn, arg):
        self._fn = fn
        self._arg = arg

    def __call__(self):
        return self._fn(self._arg)


_INFER_POLICY = object()


def _have_all_keras_metadata(inputs):
    return all(getattr(x, "_keras_history", None) is not None for x in _flatten(inputs))


class _ResourceVariable(RefVariable):
    # resource_variable_ops.ResourceVariable in graph mode: every read is a new ReadVariableOp.

    def value(self):
        return _wrap_tensor(self._gid, _n.resource_var_read(self._gid, self._vid))

    def _snapshot(self):
        return self.value()

    def read_value(self):
        with name_scope("Read"):
            value = self.value()
        return identity(value)

    def _as_graph_element(self):
        return _wrap_tensor(self._gid, self._graph_element_ref)

    def _ref(self):
        _not_supported("ResourceVariable._ref")

    def assign(self, value, use_locking=None, name=None, read_value=True):
        _not_supported("ResourceVariable.assign (AssignVariableOp)")

    def __add__(self, other):
        return self.value() + other

    def __radd__(self, other):
        return other + self.value()

    def __sub__(self, other):
        return self.value() - other

    def __rsub__(self, other):
        return other - self.value()

    def __mul__(self, other):
        return self.value() * other

    def __rmul__(self, other):
        return other * self.value()

    def __truediv__(self, other):
        return self.value() / other

    def __rtruediv__(self, other):
        return other / self.value()

    def __matmul__(self, other):
        return matmul(self.value(), other)

    def __rmatmul__(self, other):
        return matmul(other, self.value())


def _make_keras_variable(name, shape=None, dtype=float32, initializer=None, trainable=None, caching_device=None,
                         validate_shape=True, constraint=None, use_resource=None, collections=None,
                         synchronization=None, aggregation=None, partitioner=None):
    # base_layer_utils.make_variable: VariableV1(initial_value=lambda: initializer(shape, dtype=dtype),
    # use_resource=True), a ResourceVariable named by the current name scope only.
    if partitioner is not None:
        _not_supported("Keras layer weights with a partitioner")
    if isinstance(initializer, type):
        initializer = initializer(dtype=dtype)
    if initializer is not None and not callable(initializer):
        init_val = lambda: initializer
        variable_dtype = None
    else:
        init_val = lambda: initializer(shape, dtype=dtype)
        variable_dtype = as_dtype(dtype).base_dtype
    gid = _n.default_graph()
    vid, element = _n.resource_var_create(gid, init_val, trainable, collections, name, variable_dtype,
                                          TensorShape(shape).as_list())
    v = _ResourceVariable.__new__(_ResourceVariable)
    v._gid = gid
    v._vid = vid
    v._graph_element_ref = element
    _VARIABLES[(gid, vid)] = v
    return v


_KerasLayer = Layer


# ------------------------------------------------------------ tf.layers base Layer

_KERAS_STYLE_SCOPE = [False]


class _KerasStyleScope(object):
    def __enter__(self):
        self._saved = _KERAS_STYLE_SCOPE[0]
        _KERAS_STYLE_SCOPE[0] = True
        return None

    def __exit__(self, t, v, tb):
        _KERAS_STYLE_SCOPE[0] = self._saved
        return False


def _keras_style_scope():
    return _KerasStyleScope()


def _set_keras_style():
    _KERAS_STYLE_SCOPE[0] = True


class Layer(_KerasLayer):
    # tensorflow/python/layers/base.py Layer: weights through get_variable in a captured variable scope.

    def __init__(self, trainable=True, name=None, dtype=None, **kwargs):
        self._use_resource_variables = False
        scope = kwargs.pop("_scope", None)
        self._reuse = kwargs.pop("_reuse", None)
        self._trainable_weights = []
        self.built = False
        if dtype is None:
            dtype = _INFER_POLICY
        if "autocast" not in kwargs:
            kwargs["autocast"] = False
        super().__init__(trainable=trainable, name=name, dtype=dtype, **kwargs)
        if _KERAS_STYLE_SCOPE[0]:
            if scope is not None:
                raise ValueError("scope argument not allowed when keras style layers are enabled, but saw: {}"
                                 .format(scope))
            if self._reuse is not None:
                raise ValueError("reuse argument not allowed when keras style layers are enabled, but saw: {}"
                                 .format(self._reuse))
            self._keras_style = True
        else:
            self._keras_style = False
        self._call_has_scope_arg = "scope" in self._call_fn_args
        if scope:
            with variable_scope(scope) as captured_scope:
                self._scope = captured_scope
        else:
            self._scope = None
        self._current_scope = None

    @property
    def graph(self):
        _deprecated("Layer.graph", None, "Stop using this property because tf.layers layers no longer track their "
                    "graph.", "tensorflow.python.layers.base")
        return None

    def _init_set_name(self, name):
        if isinstance(name, VariableScope):
            base_name = name.name
            self._name, _ = self._make_unique_name()
        else:
            base_name = name
            self._name = name
        if not name:
            self._name, base_name = self._make_unique_name()
        self._base_name = base_name

    def _make_unique_name(self, name_uid_map=None, avoid_names=None, namespace="", zero_based=False):
        base_name = _to_snake_case(self.__class__.__name__)
        name = _unique_object_name(base_name, name_uid_map=name_uid_map, avoid_names=avoid_names,
                                   namespace=namespace, zero_based=zero_based)
        return (name, base_name)

    @property
    def scope_name(self):
        if not self._scope:
            raise ValueError('No name available for layer scope because the layer "' + self._name +
                             '" has not been used yet. The scope name  is determined the first time the layer '
                             'instance is called. You must therefore call the layer before querying `scope_name`.')
        return self._scope.name

    def add_loss(self, losses, inputs=None):
        previous_losses_length = len(self._losses)
        previous_callable_losses_length = len(self._callable_losses)
        super().add_loss(losses, inputs=inputs)
        new_losses = self._losses[previous_losses_length:]
        for regularizer in self._callable_losses[previous_callable_losses_length:]:
            loss_tensor = regularizer()
            if loss_tensor is not None:
                new_losses.append(loss_tensor)
        _add_elements_to_collection(new_losses, GraphKeys.REGULARIZATION_LOSSES)

    def _name_scope(self):
        if self._keras_style:
            return super()._name_scope()
        return self._current_scope.original_name_scope

    def _set_scope(self, scope=None):
        if self._scope is None:
            if self._reuse:
                with variable_scope(scope if scope is not None else self._base_name) as captured_scope:
                    self._scope = captured_scope
            else:
                with variable_scope(scope, default_name=self._base_name) as captured_scope:
                    self._scope = captured_scope

    def add_weight(self, name, shape, dtype=None, initializer=None, regularizer=None, trainable=None,
                   constraint=None, use_resource=None, synchronization=VariableSynchronization.AUTO,
                   aggregation=VariableAggregation.NONE, partitioner=None, **kwargs):
        for kwarg in kwargs:
            if kwarg != "experimental_autocast":
                raise TypeError("Unknown keyword argument:", kwarg)
        if self._keras_style:
            return super().add_weight(name=name, shape=shape, dtype=dtype, initializer=initializer,
                                                 regularizer=regularizer, trainable=trainable and self.trainable,
                                                 constraint=constraint, use_resource=use_resource,
                                                 partitioner=partitioner, **kwargs)
        if synchronization is VariableSynchronization.ON_READ:
            if trainable:
                raise ValueError("Synchronization value can be set to VariableSynchronization.ON_READ only for "
                                 "non-trainable variables. You have specified trainable=True and "
                                 "synchronization=VariableSynchronization.ON_READ.")
            trainable = False
        elif trainable is None:
            trainable = True
        existing_variables = global_variables()
        if dtype is None:
            dtype = self.dtype or float32
        self._set_scope(None)
        reuse = self.built or self._reuse
        prev_len_trainable = len(self._trainable_weights)
        with variable_scope(self._scope, reuse=reuse, auxiliary_name_scope=False) as scope:
            self._current_scope = scope
            with name_scope(self._name_scope()):
                use_resource = use_resource or self._use_resource_variables or scope.use_resource
                if use_resource:
                    _not_supported("tf.layers weights with use_resource=True")
                if initializer is None:
                    initializer = scope.initializer
                variable = super().add_weight(name, shape, dtype=as_dtype(dtype), initializer=initializer,
                                                         trainable=trainable and self.trainable,
                                                         constraint=constraint, partitioner=partitioner,
                                                         use_resource=use_resource, synchronization=synchronization,
                                                         aggregation=aggregation, getter=_layers_get_variable,
                                                         **kwargs)
                if regularizer and not _contains(existing_variables, variable):
                    self._handle_weight_regularization(name, variable, regularizer)
                if trainable and self.trainable and not _contains(trainable_variables(), variable):
                    extra = self._trainable_weights[prev_len_trainable:]
                    self._trainable_weights = self._trainable_weights[:prev_len_trainable]
                    self._non_trainable_weights += extra
        return variable

    def __call__(self, inputs, *args, **kwargs):
        scope = kwargs.pop("scope", None)
        if self._keras_style:
            if scope is not None:
                raise ValueError("scope argument not allowed when keras style layers are enabled, but saw: {}"
                                 .format(scope))
            return super().__call__(inputs, *args, **kwargs)
        self._set_scope(scope)
        if self.built:
            scope_context_manager = variable_scope(self._scope, reuse=True, auxiliary_name_scope=False)
        else:
            scope_context_manager = variable_scope(self._scope, reuse=self._reuse, auxiliary_name_scope=False)
        with scope_context_manager as scope:
            self._current_scope = scope
            if getattr(self, "_call_has_scope_arg", False):
                kwargs["scope"] = scope
            outputs = super().__call__(inputs, *args, **kwargs)
        _add_elements_to_collection(self.updates, GraphKeys.UPDATE_OPS)
        return outputs

    def __setattr__(self, name, value):
        # layers/base.py: no automatic tracking of sub-layers.
        object.__setattr__(self, name, value)

    @property
    def _is_legacy_layer(self):
        return True


def _layers_get_variable(name, shape=None, dtype=None, initializer=None, trainable=None, partitioner=None,
                         use_resource=None, collections=None, constraint=None, synchronization=None,
                         aggregation=None):
    return get_variable(name, shape=shape, dtype=dtype, initializer=initializer, trainable=trainable,
                        collections=collections, partitioner=partitioner, use_resource=use_resource,
                        constraint=constraint)


_TFLayer = Layer
del Layer
)PY";
}
#pragma GCC diagnostic pop

}  // namespace scopeplay::bridge
