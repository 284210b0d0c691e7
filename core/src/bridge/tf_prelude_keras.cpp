// The `tensorflow` prelude, part 7: Keras models and helpers in TF 1.15 graph mode.
// (Python run inside the module at import; see tf_prelude.h).
//
// InputLayer/Input (a placeholder named after the layer), Sequential (built at
// add() time when the first layer knows its input shape, otherwise deferred
// until called, when its layers run under name_scope("sequential")), Model
// subclasses (layers assigned as attributes are tracked), activation layers,
// regularizers and keras.backend helpers. Naming still comes from the layers'
// name scopes; nothing here picks a name itself.
#include "bridge/tf_prelude.h"

namespace scopeplay::bridge {

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverlength-strings"
std::string_view prelude_keras() {
  return R"PY(
# tensorflow prelude, part 7: keras Input, Sequential, Model, activations, regularizers, backend.


def _keras_placeholder(shape=None, ndim=None, dtype=None, sparse=False, name=None, ragged=False):
    # keras.backend.placeholder
    if sparse or ragged:
        _not_supported("Sparse and ragged Keras placeholders")
    if dtype is None:
        dtype = "float32"
    if not shape:
        if ndim:
            shape = tuple([None for _ in range(ndim)])
    return placeholder(dtype, shape=shape, name=name)


# ------------------------------------------------------------ learning phase

_LEARNING_PHASES = {}


def _placeholder_with_default(input, shape, name=None):
    gid = _gid_of(input)
    return _wrap_tensor(gid, _n.placeholder_with_default(gid, input, shape, name))


def _learning_phase():
    # backend.symbolic_learning_phase: one keras_learning_phase placeholder per graph, made at the root,
    # unless set_learning_phase stored a Python 0 or 1 for the graph.
    gid = _n.default_graph()
    if gid not in _LEARNING_PHASES:
        with name_scope(""):
            _LEARNING_PHASES[gid] = _placeholder_with_default(False, shape=(), name="keras_learning_phase")
    return _LEARNING_PHASES[gid]


def _set_learning_phase(value):
    if value not in (0, 1):
        raise ValueError("Expected learning phase to be 0 or 1.")
    _LEARNING_PHASES[_n.default_graph()] = value


def _clear_session():
    reset_default_graph()
    _reset_uids()
    with name_scope(""):
        _LEARNING_PHASES[_n.default_graph()] = _placeholder_with_default(False, shape=(), name="keras_learning_phase")


def _training_from_learning_phase(training):
    # Dropout/BatchNormalization.call: training=None means K.learning_phase(); a Python 0/1 set by
    # set_learning_phase is static, the placeholder needs tf.cond.
    if training is None:
        training = _learning_phase()
    if isinstance(training, Tensor):
        return None
    return _pybool(training)


# ------------------------------------------------------------ regularizers

class _L1L2(object):
    def __init__(self, l1=0., l2=0.):
        self.l1 = float(l1)
        self.l2 = float(l2)

    def __call__(self, x):
        if not self.l1 and not self.l2:
            return constant(0.)
        regularization = 0.
        if self.l1:
            _not_supported("The L1 regularizer (tf.abs)")
        if self.l2:
            regularization += self.l2 * reduce_sum(square(x))
        return regularization

    def get_config(self):
        return {"l1": self.l1, "l2": self.l2}


def _l1(l=0.01):
    return _L1L2(l1=l)


def _l2(l=0.01):
    return _L1L2(l2=l)


def _l1_l2(l1=0.01, l2=0.01):
    return _L1L2(l1=l1, l2=l2)


_keras_regularizer_base = _keras_regularizer


def _keras_regularizer(identifier):
    if isinstance(identifier, str):
        table = {"l1": _l1, "l2": _l2, "l1_l2": _l1_l2}
        if identifier in table:
            return table[identifier]()
        raise ValueError("Unknown regularizer: " + identifier)
    return _keras_regularizer_base(identifier)


# ------------------------------------------------------------ activation layers

class ReLU(_KerasLayer):
    def __init__(self, max_value=None, negative_slope=0, threshold=0, **kwargs):
        super().__init__(**kwargs)
        if max_value is not None and max_value < 0.:
            raise ValueError("max_value of Relu layer cannot be negative value: " + str(max_value))
        if negative_slope < 0.:
            raise ValueError("negative_slope of Relu layer cannot be negative value: " + str(negative_slope))
        self.support_masking = True
        self.max_value = max_value
        self.negative_slope = negative_slope
        self.threshold = threshold

    def call(self, inputs):
        if self.negative_slope or self.threshold or self.max_value is not None:
            _not_supported("ReLU with max_value, negative_slope or threshold")
        return relu(inputs)


class Activation(_KerasLayer):
    def __init__(self, activation, **kwargs):
        super().__init__(**kwargs)
        self.supports_masking = True
        self.activation = _keras_activation(activation)

    def call(self, inputs):
        return self.activation(inputs)


_KerasReLU = ReLU
_KerasActivation = Activation
del ReLU
del Activation


# ------------------------------------------------------------ Input

class InputLayer(_KerasLayer):
    def __init__(self, input_shape=None, batch_size=None, dtype=None, input_tensor=None, sparse=False, name=None,
                 ragged=False, **kwargs):
        if "batch_input_shape" in kwargs:
            batch_input_shape = kwargs.pop("batch_input_shape")
            if input_shape and batch_input_shape:
                raise ValueError("Only provide the input_shape OR batch_input_shape argument to InputLayer, not both "
                                 "at the same time.")
            batch_size = batch_input_shape[0]
            input_shape = batch_input_shape[1:]
        if kwargs:
            raise ValueError("Unrecognized keyword arguments:", kwargs.keys())
        if not name:
            prefix = "input"
            name = prefix + "_" + str(_get_uid(prefix))
        if not dtype:
            dtype = "float32" if input_tensor is None else input_tensor.dtype.base_dtype.name
        elif input_tensor is not None and input_tensor.dtype != dtype:
            raise ValueError("`input_tensor.dtype` differs from `dtype`: %s vs. %s" % (input_tensor.dtype, dtype))
        super().__init__(dtype=dtype, name=name)
        self.built = True
        self.sparse = sparse
        self.ragged = ragged
        self.batch_size = batch_size
        self.supports_masking = True
        if isinstance(input_shape, TensorShape):
            input_shape = tuple(input_shape.as_list())
        elif isinstance(input_shape, int):
            input_shape = (input_shape,)
        if input_tensor is None:
            if input_shape is not None:
                batch_input_shape = (batch_size,) + tuple(input_shape)
            else:
                batch_input_shape = None
            input_tensor = _keras_placeholder(shape=batch_input_shape, dtype=dtype, name=self.name, sparse=sparse,
                                              ragged=ragged)
            self.is_placeholder = True
            self._batch_input_shape = batch_input_shape
        else:
            self.is_placeholder = False
            self._batch_input_shape = tuple(input_tensor.shape.as_list())
        input_tensor._keras_history = (self, 0, 0)
        self._inbound_nodes.append(([input_tensor], [input_tensor]))


_KerasInputLayer = InputLayer
del InputLayer


def _keras_input(shape=None, batch_size=None, name=None, dtype=None, sparse=False, tensor=None, ragged=False,
                 **kwargs):
    if sparse and ragged:
        raise ValueError("Cannot set both sparse and ragged to True in a Keras input.")
    batch_input_shape = kwargs.pop("batch_input_shape", kwargs.pop("batch_shape", None))
    if shape and batch_input_shape:
        raise ValueError("Only provide the shape OR batch_shape argument to Input, not both at the same time.")
    if kwargs:
        raise ValueError("Unrecognized keyword arguments:", kwargs.keys())
    if shape is None and tensor is None and batch_input_shape is None:
        raise ValueError("Please provide to Input either a `shape` or a `tensor` argument. Note that `shape` does not "
                         "include the batch dimension.")
    if batch_input_shape is not None:
        layer = _KerasInputLayer(batch_input_shape=batch_input_shape, name=name, dtype=dtype, sparse=sparse,
                                 input_tensor=tensor, ragged=ragged)
    else:
        layer = _KerasInputLayer(input_shape=shape, batch_size=batch_size, name=name, dtype=dtype, sparse=sparse,
                                 input_tensor=tensor, ragged=ragged)
    return layer._inbound_nodes[0][1][0]


# ------------------------------------------------------------ Model and Sequential

class Model(_KerasLayer):
    # keras.engine.training.Model over network.Network: subclassed models (layers assigned as
    # attributes are tracked and run inside the model's name scope) and, for Sequential, graph
    # networks that replay their layers on new inputs.

    def __init__(self, *args, **kwargs):
        inputs = outputs = None
        if len(args) == 2 or "inputs" in kwargs and "outputs" in kwargs:
            inputs = args[0] if args else kwargs.pop("inputs")
            outputs = args[1] if args else kwargs.pop("outputs")
        elif args:
            _not_supported("Model(...) with these positional arguments")
        name = kwargs.pop("name", None)
        trainable = kwargs.pop("trainable", True)
        dtype = kwargs.pop("dtype", None)
        dynamic = kwargs.pop("dynamic", False)
        for kwarg in kwargs:
            raise TypeError("Keyword argument not understood:", kwarg)
        object.__setattr__(self, "_layers", [])
        super().__init__(name=name, trainable=trainable, dtype=dtype, dynamic=dynamic)
        self._is_graph_network = False
        self.inputs = None
        self.outputs = None
        self._network_nodes = []
        if inputs is not None:
            self._init_graph_network(inputs, outputs)

    def _init_graph_network(self, inputs, outputs):
        # network.Network._init_graph_network for a chain of single-input layers from one
        # keras.Input to one output (their calls already happened; this only records them).
        cls_name = self.__class__.__name__
        inputs = _flatten(inputs)
        outputs = _flatten(outputs)
        for x in inputs:
            if not hasattr(x, "_keras_history"):
                raise ValueError("Input tensors to a " + cls_name + " must come from `tf.keras.Input`. Received: " +
                                 str(x) + " (missing previous layer metadata).")
        for x in outputs:
            if not hasattr(x, "_keras_history"):
                raise ValueError("Output tensors to a " + cls_name + " must be the output of a TensorFlow `Layer` "
                                 "(thus holding past layer metadata). Found: " + str(x))
        if len(inputs) != 1 or len(outputs) != 1:
            _not_supported("Functional models with several inputs or outputs")
        chain = []
        t = outputs[0]
        while not isinstance(t._keras_history[0], _KerasInputLayer):
            layer, node_index = t._keras_history[0], t._keras_history[1]
            node_input, node_output = layer._inbound_nodes[node_index]
            if not isinstance(node_input, Tensor) or not hasattr(node_input, "_keras_history"):
                _not_supported("Functional models other than a chain of single-input layers")
            chain.append((layer, node_input, node_output))
            t = node_input
        if t is not inputs[0]:
            _not_supported("Functional models whose output does not come from their input")
        chain.reverse()
        self._layers.append(t._keras_history[0])
        for node in chain:
            if not _contains(self._layers, node[0]):
                self._layers.append(node[0])
        self._network_nodes = chain
        self.inputs = inputs
        self.outputs = outputs
        self._is_graph_network = True
        self.built = True

    @property
    def layers(self):
        return list(self._layers)

    def get_layer(self, name=None, index=None):
        if index is not None:
            if len(self.layers) <= index:
                raise ValueError("Was asked to retrieve layer at index " + str(index) + " but model only has " +
                                 str(len(self.layers)) + " layers.")
            return self.layers[index]
        if not name:
            raise ValueError("Provide either a layer name or layer index.")
        for layer in self.layers:
            if layer.name == name:
                return layer
        raise ValueError("No such layer: " + name)

    def build(self, input_shape):
        if self._is_graph_network:
            self.built = True
            return
        _not_supported("Model.build(input_shape) on a subclassed model")

    def call(self, inputs, training=None, mask=None):
        if not self._is_graph_network:
            raise NotImplementedError("When subclassing the `Model` class, you should implement a `call` method.")
        return self._run_internal_graph(inputs, training=training)

    def _run_internal_graph(self, inputs, training=None):
        # Replays the recorded (layer, input, output) chain on new inputs.
        tensor_map = {}
        sources = _flatten(self.inputs)
        new_inputs = _flatten(inputs)
        for i in range(len(sources)):
            tensor_map[id(sources[i])] = new_inputs[i]
        output = None
        for layer, node_input, node_output in self._network_nodes:
            x = tensor_map[id(node_input)]
            kwargs = {}
            names = layer._call_fn_args
            if "training" in names:
                kwargs["training"] = training
            output = layer(x, **kwargs)
            tensor_map[id(node_output)] = output
        return tensor_map[id(self.outputs[0])]

    def summary(self, line_length=None, positions=None, print_fn=None):
        if not self.built:
            raise ValueError("This model has not yet been built. Build the model first by calling `build()` or "
                             "calling `fit()` with some data, or specify an `input_shape` argument in the first "
                             "layer(s) for automatic build.")
        _print_summary(self, line_length, positions, print_fn)

    def compile(self, *args, **kwargs):
        _not_supported("Model.compile")

    def fit(self, *args, **kwargs):
        _not_supported("Model.fit")


class Sequential(Model):
    def __init__(self, layers=None, name=None):
        super().__init__(name=name)
        self.supports_masking = True
        self._build_input_shape = None
        if layers:
            if not isinstance(layers, (list, tuple)):
                layers = [layers]
            for layer in layers:
                self.add(layer)

    @property
    def layers(self):
        layers = list(self._layers)
        if layers and isinstance(layers[0], _KerasInputLayer):
            return layers[1:]
        return layers

    def add(self, layer):
        if hasattr(layer, "_keras_history"):
            origin_layer = layer._keras_history[0]
            if isinstance(origin_layer, _KerasInputLayer):
                layer = origin_layer
        if not isinstance(layer, _KerasLayer):
            raise TypeError("The added layer must be an instance of class Layer. Found: " + str(layer))
        if getattr(layer, "_is_legacy_layer", False):
            raise TypeError("The following are legacy tf.layers.Layers:\n  " + str(layer) + "\nTo use keras as a "
                            "framework (for instance using the Network, Model, or Sequential classes), please use "
                            "the tf.keras.layers implementation instead. (Or, if writing custom layers, subclass "
                            "from tf.keras.layers rather than tf.layers)")
        self.built = False
        set_inputs = False
        if not self._layers:
            if isinstance(layer, _KerasInputLayer):
                set_inputs = True
                self._layers.append(layer)
                self.inputs = [layer._inbound_nodes[-1][1][0]]
                self.outputs = list(self.inputs)
            else:
                batch_shape = getattr(layer, "_batch_input_shape", None)
                if batch_shape:
                    x = _keras_input(batch_shape=batch_shape, dtype=layer.dtype, name=layer.name + "_input")
                    self._layers.append(x._keras_history[0])
                    self.inputs = [x]
                    self.outputs = [x]
                    set_inputs = True
        if self.outputs and not (set_inputs and isinstance(layer, _KerasInputLayer)):
            source = self.outputs[0]
            output_tensor = layer(source)
            if len(_flatten(output_tensor)) != 1:
                raise TypeError("All layers in a Sequential model should have a single output tensor. For "
                                "multi-output layers, use the functional API.")
            self._network_nodes.append((layer, source, output_tensor))
            self.outputs = [output_tensor]
        if self.outputs:
            self.built = True
            self._is_graph_network = True
        if not isinstance(layer, _KerasInputLayer):
            self._layers.append(layer)

    def pop(self):
        _not_supported("Sequential.pop")

    def build(self, input_shape=None):
        if self._is_graph_network:
            self.built = True
            return
        _not_supported("Sequential.build(input_shape) (its layers are built when the model is called)")

    def call(self, inputs, training=None, mask=None):
        if self._is_graph_network:
            return self._run_internal_graph(inputs, training=training)
        outputs = inputs
        for layer in self.layers:
            kwargs = {}
            if "training" in layer._call_fn_args:
                kwargs["training"] = training
            outputs = layer(inputs, **kwargs)
            inputs = outputs
        return outputs


_KerasModel = Model


def _int_shape(x):
    return tuple(x.shape.as_list())


def _layer_output_shape(self):
    # base_layer.Layer.output_shape: the shapes of the outputs of its (single) inbound node.
    if not self._inbound_nodes:
        raise AttributeError("The layer has never been called and thus has no defined output shape.")
    shapes = [str(_map_structure(_int_shape, node[1])) for node in self._inbound_nodes]
    if len(set(shapes)) == 1:
        return _map_structure(_int_shape, self._inbound_nodes[0][1])
    raise AttributeError('The layer "%s" has multiple inbound nodes, with different output shapes. Hence the notion '
                         'of "output shape" is ill-defined for the layer. Use `get_output_shape_at(node_index)` '
                         'instead.' % self.name)


_KerasLayer.output_shape = property(_layer_output_shape)


def _print_summary(model, line_length=None, positions=None, print_fn=None):
    # keras.utils.layer_utils.print_summary for the sequential-like models scopeplay builds.
    if print_fn is None:
        print_fn = print
    line_length = line_length or 65
    positions = positions or [.45, .85, 1.]
    if positions[-1] <= 1:
        positions = [int(line_length * p) for p in positions]

    def print_row(fields):
        line = ""
        for i in range(len(fields)):
            if i > 0:
                line = line[:-1] + " "
            line += str(fields[i])
            line = line[:positions[i]]
            line += " " * (positions[i] - len(line))
        print_fn(line)

    print_fn('Model: "{}"'.format(model.name))
    print_fn("_" * line_length)
    print_row(["Layer (type)", "Output Shape", "Param #"])
    print_fn("=" * line_length)
    layers = model.layers
    for i in range(len(layers)):
        layer = layers[i]
        try:
            output_shape = layer.output_shape
        except AttributeError:
            output_shape = "multiple"
        print_row([layer.name + " (" + layer.__class__.__name__ + ")", output_shape, layer.count_params()])
        print_fn("=" * line_length if i == len(layers) - 1 else "_" * line_length)
    trainable = []
    for w in model.trainable_weights:
        if not _contains(trainable, w):
            trainable.append(w)
    trainable_count = sum(w.shape.num_elements() for w in trainable)
    non_trainable_count = sum(w.shape.num_elements() for w in model.non_trainable_weights)
    print_fn("Total params: {:,}".format(trainable_count + non_trainable_count))
    print_fn("Trainable params: {:,}".format(trainable_count))
    print_fn("Non-trainable params: {:,}".format(non_trainable_count))
    print_fn("_" * line_length)
_KerasSequential = Sequential
del Model
del Sequential


def _model_maybe_build(self, inputs):
    # Network leaves `build` alone when it is the default (base_layer_utils.default): calling a
    # model only marks it built, its layers build themselves.
    if not self.built:
        _assert_input_compatibility(self.input_spec, inputs, self.name)
        input_list = _flatten(inputs)
        if input_list and self._dtype_name is None and hasattr(input_list[0], "dtype"):
            self._dtype_name = input_list[0].dtype.base_dtype.name
        if type(self).build is not _KerasModel.build and type(self).build is not _KerasSequential.build:
            input_shapes = None
            if all(hasattr(x, "shape") for x in input_list):
                input_shapes = _map_structure(lambda x: x.shape, inputs)
            self.build(input_shapes)
        self.built = True


_KerasModel._maybe_build = _model_maybe_build


_KERAS_API = {
    "keras": "Model Sequential Input activations applications backend callbacks constraints datasets estimator "
             "experimental initializers layers losses metrics mixed_precision models optimizers preprocessing "
             "regularizers utils wrappers",
    "keras.layers": "AbstractRNNCell Activation ActivityRegularization Add AdditiveAttention AlphaDropout Attention "
                    "Average AveragePooling1D AveragePooling2D AveragePooling3D AvgPool1D AvgPool2D AvgPool3D "
                    "BatchNormalization Bidirectional Concatenate Conv1D Conv2D Conv2DTranspose Conv3D "
                    "Conv3DTranspose ConvLSTM2D Convolution1D Convolution2D Convolution2DTranspose Convolution3D "
                    "Convolution3DTranspose Cropping1D Cropping2D Cropping3D Dense DenseFeatures DepthwiseConv2D Dot "
                    "Dropout ELU Embedding Flatten GRU GRUCell GaussianDropout GaussianNoise GlobalAveragePooling1D "
                    "GlobalAveragePooling2D GlobalAveragePooling3D GlobalAvgPool1D GlobalAvgPool2D GlobalAvgPool3D "
                    "GlobalMaxPool1D GlobalMaxPool2D GlobalMaxPool3D GlobalMaxPooling1D GlobalMaxPooling2D "
                    "GlobalMaxPooling3D Input InputLayer InputSpec LSTM LSTMCell Lambda Layer LayerNormalization "
                    "LeakyReLU LocallyConnected1D LocallyConnected2D Masking MaxPool1D MaxPool2D MaxPool3D "
                    "MaxPooling1D MaxPooling2D MaxPooling3D Maximum Minimum Multiply PReLU Permute RNN ReLU "
                    "RepeatVector Reshape SeparableConv1D SeparableConv2D SeparableConvolution1D "
                    "SeparableConvolution2D SimpleRNN SimpleRNNCell Softmax SpatialDropout1D SpatialDropout2D "
                    "SpatialDropout3D StackedRNNCells Subtract ThresholdedReLU TimeDistributed UpSampling1D "
                    "UpSampling2D UpSampling3D Wrapper ZeroPadding1D ZeroPadding2D ZeroPadding3D add average "
                    "concatenate deserialize dot experimental maximum minimum multiply serialize subtract",
}


def _keras_getattr(module):
    known = _KERAS_API.get(module, "").split(" ")

    def __getattr__(name):
        if name in known:
            raise NotImplementedError("tf.%s.%s is not supported in scopeplay" % (module, name))
        raise AttributeError("module 'tensorflow.%s' has no attribute '%s'" % (module, name))
    return __getattr__


_LAYER_MODULES["keras"]["__getattr__"] = _keras_getattr("keras")
_LAYER_MODULES["keras.layers"]["__getattr__"] = _keras_getattr("keras.layers")
_LAYER_MODULES["keras"].update({"Sequential": _KerasSequential, "Model": _KerasModel, "Input": _keras_input})
_LAYER_MODULES["keras.layers"].update({"ReLU": _KerasReLU, "Activation": _KerasActivation,
                                       "InputLayer": _KerasInputLayer, "Input": _keras_input})
_LAYER_MODULES["keras.backend"].update({"placeholder": _keras_placeholder, "learning_phase": _learning_phase,
                                        "set_learning_phase": _set_learning_phase, "clear_session": _clear_session,
                                        "floatx": lambda: "float32"})
_LAYER_MODULES["keras.models"] = {"Sequential": _KerasSequential, "Model": _KerasModel}
_LAYER_MODULES["keras.regularizers"] = {"l1": _l1, "l2": _l2, "l1_l2": _l1_l2, "L1L2": _L1L2}
_LAYER_MODULES["keras.initializers"] = {
    "Zeros": Zeros, "Ones": Ones, "Constant": Constant, "RandomNormal": RandomNormal, "RandomUniform": RandomUniform,
    "TruncatedNormal": TruncatedNormal, "VarianceScaling": VarianceScaling, "GlorotUniform": GlorotUniform,
    "GlorotNormal": GlorotNormal, "zeros": Zeros, "ones": Ones, "constant": Constant, "random_normal": RandomNormal,
    "random_uniform": RandomUniform, "truncated_normal": TruncatedNormal, "glorot_uniform": GlorotUniform,
    "glorot_normal": GlorotNormal, "he_normal": _he_normal, "he_uniform": _he_uniform, "lecun_normal": _lecun_normal,
    "lecun_uniform": _lecun_uniform}
_LAYER_MODULES["keras.activations"] = {"relu": relu, "sigmoid": sigmoid, "tanh": tanh, "softmax": softmax,
                                       "linear": _linear}
if _LAYERS_ENABLED:
    for _m in ["keras.models", "keras.regularizers", "keras.initializers", "keras.activations"]:
        _SUBMODULES.append(_m)
        _SUBMODULES.append("compat.v1." + _m)
)PY";
}
#pragma GCC diagnostic pop

}  // namespace scopeplay::bridge
