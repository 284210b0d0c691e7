// The `tensorflow` prelude, part 6: concrete layers (keras.layers and tf.layers) and their modules.
// (Python run inside the module at import; see tf_prelude.h).
//
// Each keras layer is written once (keras/layers/*.py); the tf.layers class
// of the same name inherits from it and from the tf.layers base Layer, as in
// tensorflow/python/layers/*.py, and the functional tf.layers.* wrappers
// build one such layer with `_scope=name, _reuse=reuse` and call it.
#include "bridge/tf_prelude.h"

namespace scopeplay::bridge {

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverlength-strings"
std::string_view prelude_layers_core() {
  return R"PY(
# tensorflow prelude, part 6: concrete layers and the layers/keras modules.


def _layers_deprecated(func, instructions, module="core"):
    _deprecated(func, None, instructions, "tensorflow.python.layers." + module)


def _normalize_tuple(value, n, name):
    if isinstance(value, int):
        return (value,) * n
    try:
        value_tuple = tuple(value)
    except TypeError:
        raise ValueError("The `" + name + "` argument must be a tuple of " + str(n) + " integers. Received: " +
                         str(value))
    if len(value_tuple) != n:
        raise ValueError("The `" + name + "` argument must be a tuple of " + str(n) + " integers. Received: " +
                         str(value))
    for single_value in value_tuple:
        try:
            int(single_value)
        except (ValueError, TypeError):
            raise ValueError("The `" + name + "` argument must be a tuple of " + str(n) + " integers. Received: " +
                             str(value) + " including element " + str(single_value) + " of type " +
                             str(type(single_value)))
    return tuple([int(v) for v in value_tuple])


def _normalize_padding(value):
    if isinstance(value, (list, tuple)):
        return value
    padding = value.lower()
    if padding not in ("valid", "same", "causal"):
        raise ValueError('The `padding` argument must be a list/tuple or one of "valid", "same" (or "causal", only '
                         'for `Conv1D). Received: ' + str(padding))
    return padding


def _normalize_data_format(value):
    if value is None:
        value = "channels_last"
    data_format = value.lower()
    if data_format not in ("channels_first", "channels_last"):
        raise ValueError('The `data_format` argument must be one of "channels_first", "channels_last". Received: ' +
                         str(value))
    return data_format


def _channels_last_only(layer):
    if layer.data_format != "channels_last":
        _not_supported(type(layer).__name__ + " with data_format='channels_first'")


def _conv_output_length(input_length, filter_size, padding, stride, dilation=1):
    if input_length is None:
        return None
    dilated_filter_size = filter_size + (filter_size - 1) * (dilation - 1)
    if padding in ("same", "causal"):
        output_length = input_length
    else:
        output_length = input_length - dilated_filter_size + 1
    return (output_length + stride - 1) // stride


# ------------------------------------------------------------ Dense

class Dense(_KerasLayer):
    def __init__(self, units, activation=None, use_bias=True, kernel_initializer="glorot_uniform",
                 bias_initializer="zeros", kernel_regularizer=None, bias_regularizer=None, activity_regularizer=None,
                 kernel_constraint=None, bias_constraint=None, **kwargs):
        if "input_shape" not in kwargs and "input_dim" in kwargs:
            kwargs["input_shape"] = (kwargs.pop("input_dim"),)
        super().__init__(activity_regularizer=_keras_regularizer(activity_regularizer), **kwargs)
        self.units = int(units)
        self.activation = _keras_activation(activation)
        self.use_bias = use_bias
        self.kernel_initializer = _keras_initializer(kernel_initializer)
        self.bias_initializer = _keras_initializer(bias_initializer)
        self.kernel_regularizer = _keras_regularizer(kernel_regularizer)
        self.bias_regularizer = _keras_regularizer(bias_regularizer)
        self.kernel_constraint = kernel_constraint
        self.bias_constraint = bias_constraint
        self.supports_masking = True
        self.input_spec = _InputSpec(min_ndim=2)

    def build(self, input_shape):
        dtype = as_dtype(self.dtype or "float32")
        if not (dtype.is_floating or dtype.is_complex):
            raise TypeError("Unable to build `Dense` layer with non-floating point dtype %s" % (dtype,))
        input_shape = TensorShape(input_shape)
        if dimension_value(input_shape[-1]) is None:
            raise ValueError("The last dimension of the inputs to `Dense` should be defined. Found `None`.")
        last_dim = dimension_value(input_shape[-1])
        self.input_spec = _InputSpec(min_ndim=2, axes={-1: last_dim})
        self.kernel = self.add_weight("kernel", shape=[last_dim, self.units], initializer=self.kernel_initializer,
                                      regularizer=self.kernel_regularizer, constraint=self.kernel_constraint,
                                      dtype=self.dtype, trainable=True)
        if self.use_bias:
            self.bias = self.add_weight("bias", shape=[self.units], initializer=self.bias_initializer,
                                        regularizer=self.bias_regularizer, constraint=self.bias_constraint,
                                        dtype=self.dtype, trainable=True)
        else:
            self.bias = None
        self.built = True

    def call(self, inputs):
        rank = len(inputs.shape)
        if rank > 2:
            outputs = _tensordot(inputs, self.kernel, [[rank - 1], [0]])
            _n.set_shape(outputs._gid, outputs, inputs.shape.as_list()[:-1] + [self.units])
        else:
            inputs = _tf_cast(inputs, self._compute_dtype)
            outputs = matmul(inputs, self.kernel)
        if self.use_bias:
            outputs = bias_add(outputs, self.bias)
        if self.activation is not None:
            return self.activation(outputs)
        return outputs

    def compute_output_shape(self, input_shape):
        input_shape = TensorShape(input_shape)
        if input_shape.ndims is not None and input_shape.ndims < 2:
            raise ValueError("Shape %s must have rank at least 2" % input_shape)
        if dimension_value(input_shape[-1]) is None:
            raise ValueError("The innermost dimension of input_shape must be defined, but saw: %s" % input_shape)
        return input_shape[:-1].concatenate([self.units])


_KerasDense = Dense


def _native_tensor(fn, *args):
    gid = _gid_of(*args)
    return _wrap_tensor(gid, fn(gid, *args))


def _tensordot_reshape(a, axes, flipped=False):
    # math_ops.tensordot._tensordot_reshape (list axes).
    if a.shape.is_fully_defined():
        shape_a = a.shape.as_list()
        axes = [i if i >= 0 else i + len(shape_a) for i in axes]
        free = [i for i in range(len(shape_a)) if i not in axes]
        free_dims = [shape_a[i] for i in free]
        prod_free = 1
        for i in free:
            prod_free *= shape_a[i]
        prod_axes = 1
        for i in axes:
            prod_axes *= shape_a[i]
        perm = list(axes) + free if flipped else free + list(axes)
        new_shape = [prod_axes, prod_free] if flipped else [prod_free, prod_axes]
        reshaped_a = reshape(_native_tensor(_n.transpose, a, perm, None), new_shape)
        return reshaped_a, free_dims, free_dims
    if a.shape.ndims is None:
        _not_supported("tensordot on a tensor of unknown rank")
    shape_a = a.shape.as_list()
    axes = [i if i >= 0 else i + len(shape_a) for i in axes]
    free = [i for i in range(len(shape_a)) if i not in axes]
    free_dims_static = [shape_a[i] for i in free]
    axes = convert_to_tensor(axes, dtype=int32, name="axes")
    free = convert_to_tensor(free, dtype=int32, name="free")
    shape_a = shape(a)
    free_dims = _native_tensor(_n.gather, shape_a, free, None)
    axes_dims = _native_tensor(_n.gather, shape_a, axes, None)
    prod_free_dims = _native_tensor(_n.reduce_prod, free_dims, None)
    prod_axes_dims = _native_tensor(_n.reduce_prod, axes_dims, None)
    if flipped:
        perm = concat([axes, free], 0)
        new_shape = _native_tensor(_n.stack, [prod_axes_dims, prod_free_dims], None)
    else:
        perm = concat([free, axes], 0)
        new_shape = _native_tensor(_n.stack, [prod_free_dims, prod_axes_dims], None)
    reshaped_a = reshape(_native_tensor(_n.transpose, a, perm, None), new_shape)
    return reshaped_a, free_dims, free_dims_static


def _tensordot(a, b, axes, name=None):
    # math_ops.tensordot with axes given as two lists.
    with name_scope(name, "Tensordot", [a, b, axes]) as name:
        a = convert_to_tensor(a, name="a")
        b = convert_to_tensor(b, name="b")
        a_axes, b_axes = axes
        a_reshape, a_free_dims, a_free_dims_static = _tensordot_reshape(a, a_axes)
        b_reshape, b_free_dims, b_free_dims_static = _tensordot_reshape(b, b_axes, True)
        ab_matmul = matmul(a_reshape, b_reshape)
        if isinstance(a_free_dims, list) and isinstance(b_free_dims, list):
            return reshape(ab_matmul, a_free_dims + b_free_dims, name=name)
        a_free_dims = convert_to_tensor(a_free_dims, dtype=int32)
        b_free_dims = convert_to_tensor(b_free_dims, dtype=int32)
        product = reshape(ab_matmul, concat([a_free_dims, b_free_dims], 0), name=name)
        _n.set_shape(product._gid, product, a_free_dims_static + b_free_dims_static)
        return product


class Dense(_KerasDense, _TFLayer):
    def __init__(self, units, activation=None, use_bias=True, kernel_initializer=None,
                 bias_initializer=Zeros(), kernel_regularizer=None, bias_regularizer=None,
                 activity_regularizer=None, kernel_constraint=None, bias_constraint=None, trainable=True, name=None,
                 **kwargs):
        super().__init__(units=units, activation=activation, use_bias=use_bias,
                         kernel_initializer=kernel_initializer, bias_initializer=bias_initializer,
                         kernel_regularizer=kernel_regularizer, bias_regularizer=bias_regularizer,
                         activity_regularizer=activity_regularizer, kernel_constraint=kernel_constraint,
                         bias_constraint=bias_constraint, trainable=trainable, name=name, **kwargs)


_TFDense = Dense
del Dense


def _dense(inputs, units, activation=None, use_bias=True, kernel_initializer=None, bias_initializer=Zeros(),
           kernel_regularizer=None, bias_regularizer=None, activity_regularizer=None, kernel_constraint=None,
           bias_constraint=None, trainable=True, name=None, reuse=None):
    _layers_deprecated("dense", "Use keras.layers.Dense instead.")
    layer = _TFDense(units, activation=activation, use_bias=use_bias, kernel_initializer=kernel_initializer,
                     bias_initializer=bias_initializer, kernel_regularizer=kernel_regularizer,
                     bias_regularizer=bias_regularizer, activity_regularizer=activity_regularizer,
                     kernel_constraint=kernel_constraint, bias_constraint=bias_constraint, trainable=trainable,
                     name=name, _scope=name, _reuse=reuse)
    return layer(inputs)


# ------------------------------------------------------------ Dropout

def _nn_dropout(x, keep_prob=None, noise_shape=None, seed=None, name=None, rate=None):
    # nn_ops.dropout (v1) -> dropout_v2 under name_scope(name, "dropout").
    if keep_prob is not None:
        if rate is not None:
            raise ValueError("Cannot specify both 'rate' and 'keep_prob'.")
        rate = 1. - keep_prob
    if rate is None:
        raise ValueError("You must provide a rate to dropout.")
    with name_scope(name, "dropout", [x]) as name:
        x = convert_to_tensor(x, name="x")
        if not x.dtype.is_floating:
            raise ValueError("x has to be a floating point tensor since it's going to be scaled. Got a %s tensor "
                             "instead." % x.dtype)
        if isinstance(rate, (int, float)) and not isinstance(rate, _pybool):
            if not (rate >= 0 and rate < 1):
                raise ValueError("rate must be a scalar tensor or a float in the range [0, 1), got %g" % rate)
            if rate == 0:
                return x
        rate = convert_to_tensor(rate, dtype=x.dtype, name="rate")
        if rate.shape.ndims is not None and rate.shape.ndims != 0:
            raise ValueError("Shape %s must have rank 0" % rate.shape)
        if noise_shape is None:
            noise_shape = shape(x)
        else:
            _not_supported("tf.nn.dropout with noise_shape")
        random_tensor = random_uniform(noise_shape, seed=seed, dtype=x.dtype)
        keep_prob = 1 - rate
        scale = 1 / keep_prob
        keep_mask = random_tensor >= rate
        ret = x * scale * cast(keep_mask, x.dtype)
        _n.set_shape(ret._gid, ret, x.shape._dims)
        return ret


class Dropout(_KerasLayer):
    def __init__(self, rate, noise_shape=None, seed=None, **kwargs):
        super().__init__(**kwargs)
        self.rate = rate
        self.noise_shape = noise_shape
        self.seed = seed
        self.supports_masking = True

    def call(self, inputs, training=None):
        training = _training_from_learning_phase(training)
        if training is None:
            _not_supported("Dropout with a tensor `training` (keras_learning_phase and tf.cond)")
        if self.noise_shape is not None:
            _not_supported("Dropout with noise_shape")
        if training:
            return _nn_dropout(inputs, noise_shape=None, seed=self.seed, rate=self.rate)
        return identity(inputs)

    def compute_output_shape(self, input_shape):
        return input_shape


_KerasDropout = Dropout


class Dropout(_KerasDropout, _TFLayer):
    def __init__(self, rate=0.5, noise_shape=None, seed=None, name=None, **kwargs):
        super().__init__(rate=rate, noise_shape=noise_shape, seed=seed, name=name, **kwargs)

    def call(self, inputs, training=False):
        return super().call(inputs, training=training)


_TFDropout = Dropout
del Dropout


def _dropout(inputs, rate=0.5, noise_shape=None, seed=None, training=False, name=None):
    _layers_deprecated("dropout", "Use keras.layers.dropout instead.")
    layer = _TFDropout(rate, noise_shape=noise_shape, seed=seed, name=name)
    return layer(inputs, training=training)


# ------------------------------------------------------------ Flatten

class Flatten(_KerasLayer):
    def __init__(self, data_format=None, **kwargs):
        super().__init__(**kwargs)
        self.data_format = _normalize_data_format(data_format)
        self.input_spec = _InputSpec(min_ndim=1)

    def call(self, inputs):
        _channels_last_only(self)
        first = dimension_value(inputs.shape[0])
        if first is None:
            first = _wrap_tensor(inputs._gid, _n.strided_slice_index(inputs._gid, shape(inputs), 0))
        outputs = _wrap_tensor(inputs._gid, _n.reshape_packed(inputs._gid, inputs, [first, -1], None))
        _n.set_shape(outputs._gid, outputs, self.compute_output_shape(inputs.shape)._dims)
        return outputs

    def compute_output_shape(self, input_shape):
        input_shape = TensorShape(input_shape).as_list()
        output_shape = [input_shape[0]]
        if all(d is not None and d != 0 for d in input_shape[1:]):
            n = 1
            for d in input_shape[1:]:
                n *= d
            output_shape.append(n)
        else:
            output_shape.append(None)
        return TensorShape(output_shape)


_KerasFlatten = Flatten


class Flatten(_KerasFlatten, _TFLayer):
    pass


_TFFlatten = Flatten
del Flatten


def _flatten_fn(inputs, name=None, data_format="channels_last"):
    _layers_deprecated("flatten", "Use keras.layers.flatten instead.")
    layer = _TFFlatten(name=name, data_format=data_format)
    return layer(inputs)


# ------------------------------------------------------------ Conv2D

class Conv2D(_KerasLayer):
    def __init__(self, filters, kernel_size, strides=(1, 1), padding="valid", data_format=None,
                 dilation_rate=(1, 1), activation=None, use_bias=True, kernel_initializer="glorot_uniform",
                 bias_initializer="zeros", kernel_regularizer=None, bias_regularizer=None,
                 activity_regularizer=None, kernel_constraint=None, bias_constraint=None, trainable=True, name=None,
                 **kwargs):
        super().__init__(trainable=trainable, name=name,
                         activity_regularizer=_keras_regularizer(activity_regularizer), **kwargs)
        self.rank = 2
        self.filters = filters
        self.kernel_size = _normalize_tuple(kernel_size, 2, "kernel_size")
        self.strides = _normalize_tuple(strides, 2, "strides")
        self.padding = _normalize_padding(padding)
        if self.padding == "causal":
            raise ValueError("Causal padding is only supported for `Conv1D`and ``SeparableConv1D`.")
        self.data_format = _normalize_data_format(data_format)
        self.dilation_rate = _normalize_tuple(dilation_rate, 2, "dilation_rate")
        self.activation = _keras_activation(activation)
        self.use_bias = use_bias
        self.kernel_initializer = _keras_initializer(kernel_initializer)
        self.bias_initializer = _keras_initializer(bias_initializer)
        self.kernel_regularizer = _keras_regularizer(kernel_regularizer)
        self.bias_regularizer = _keras_regularizer(bias_regularizer)
        self.kernel_constraint = kernel_constraint
        self.bias_constraint = bias_constraint
        self.input_spec = _InputSpec(ndim=4)

    def build(self, input_shape):
        input_shape = TensorShape(input_shape)
        channel_axis = 1 if self.data_format == "channels_first" else -1
        if input_shape.dims[channel_axis].value is None:
            raise ValueError("The channel dimension of the inputs should be defined. Found `None`.")
        input_dim = int(input_shape[channel_axis])
        kernel_shape = self.kernel_size + (input_dim, self.filters)
        self.kernel = self.add_weight(name="kernel", shape=kernel_shape, initializer=self.kernel_initializer,
                                      regularizer=self.kernel_regularizer, constraint=self.kernel_constraint,
                                      trainable=True, dtype=self.dtype)
        if self.use_bias:
            self.bias = self.add_weight(name="bias", shape=(self.filters,), initializer=self.bias_initializer,
                                        regularizer=self.bias_regularizer, constraint=self.bias_constraint,
                                        trainable=True, dtype=self.dtype)
        else:
            self.bias = None
        self.input_spec = _InputSpec(ndim=4, axes={channel_axis: input_dim})
        if isinstance(self.padding, (list, tuple)):
            _not_supported("Conv2D with explicit paddings")
        self.built = True

    def call(self, inputs):
        _channels_last_only(self)
        if self.dilation_rate != (1, 1):
            _not_supported("Conv2D with dilation_rate != 1 (space_to_batch)")
        strides = [1, self.strides[0], self.strides[1], 1]
        gid = _gid_of(inputs)
        outputs = _wrap_tensor(gid, _n.conv2d(gid, inputs, self.kernel, strides, self.padding.upper(), "NHWC",
                                              [1, 1, 1, 1], None))
        if self.use_bias:
            outputs = bias_add(outputs, self.bias, data_format="NHWC")
        if self.activation is not None:
            return self.activation(outputs)
        return outputs

    def compute_output_shape(self, input_shape):
        input_shape = TensorShape(input_shape).as_list()
        _channels_last_only(self)
        space = input_shape[1:-1]
        new_space = [_conv_output_length(space[i], self.kernel_size[i], self.padding, self.strides[i],
                                         self.dilation_rate[i]) for i in range(len(space))]
        return TensorShape([input_shape[0]] + new_space + [self.filters])


_KerasConv2D = Conv2D


class Conv2D(_KerasConv2D, _TFLayer):
    def __init__(self, filters, kernel_size, strides=(1, 1), padding="valid", data_format="channels_last",
                 dilation_rate=(1, 1), activation=None, use_bias=True, kernel_initializer=None,
                 bias_initializer=Zeros(), kernel_regularizer=None, bias_regularizer=None,
                 activity_regularizer=None, kernel_constraint=None, bias_constraint=None, trainable=True, name=None,
                 **kwargs):
        super().__init__(filters=filters, kernel_size=kernel_size, strides=strides, padding=padding,
                         data_format=data_format, dilation_rate=dilation_rate, activation=activation,
                         use_bias=use_bias, kernel_initializer=kernel_initializer, bias_initializer=bias_initializer,
                         kernel_regularizer=kernel_regularizer, bias_regularizer=bias_regularizer,
                         activity_regularizer=activity_regularizer, kernel_constraint=kernel_constraint,
                         bias_constraint=bias_constraint, trainable=trainable, name=name, **kwargs)


_TFConv2D = Conv2D
del Conv2D


def _conv2d(inputs, filters, kernel_size, strides=(1, 1), padding="valid", data_format="channels_last",
            dilation_rate=(1, 1), activation=None, use_bias=True, kernel_initializer=None, bias_initializer=Zeros(),
            kernel_regularizer=None, bias_regularizer=None, activity_regularizer=None, kernel_constraint=None,
            bias_constraint=None, trainable=True, name=None, reuse=None):
    _layers_deprecated("conv2d", "Use `tf.keras.layers.Conv2D` instead.", "convolutional")
    layer = _TFConv2D(filters=filters, kernel_size=kernel_size, strides=strides, padding=padding,
                      data_format=data_format, dilation_rate=dilation_rate, activation=activation, use_bias=use_bias,
                      kernel_initializer=kernel_initializer, bias_initializer=bias_initializer,
                      kernel_regularizer=kernel_regularizer, bias_regularizer=bias_regularizer,
                      activity_regularizer=activity_regularizer, kernel_constraint=kernel_constraint,
                      bias_constraint=bias_constraint, trainable=trainable, name=name, _reuse=reuse, _scope=name)
    return layer(inputs)


# ------------------------------------------------------------ pooling

def _max_pool(value, ksize, strides, padding, data_format="NHWC", name=None, input=None):
    if input is not None:
        value = input
    gid = _gid_of(value)
    return _wrap_tensor(gid, _n.pool2d(gid, "max", value, _pool_list(ksize), _pool_list(strides), padding,
                                       data_format or "NHWC", name))


def _avg_pool(value, ksize, strides, padding, data_format="NHWC", name=None, input=None):
    if input is not None:
        value = input
    gid = _gid_of(value)
    return _wrap_tensor(gid, _n.pool2d(gid, "avg", value, _pool_list(ksize), _pool_list(strides), padding,
                                       data_format or "NHWC", name))


def _get_sequence(value, n, channel_index, name):
    # nn_ops._get_sequence: an int or n values become the 4 entries of the data format.
    if value is None:
        value = [1]
    elif isinstance(value, int):
        value = [value]
    else:
        value = list(value)
    current_n = len(value)
    if current_n == n + 2:
        return value
    elif current_n == 1:
        value = list((value[0],) * n)
    elif current_n != n:
        raise ValueError("{} should be of length 1, {} or {} but was {}".format(name, n, n + 2, current_n))
    if channel_index == 1:
        return [1, 1] + value
    return [1] + value + [1]


def _nn_conv2d(input, filter=None, strides=None, padding=None, use_cudnn_on_gpu=True, data_format="NHWC",
               dilations=[1, 1, 1, 1], name=None, filters=None):
    # nn_ops.conv2d (v1): gen_nn_ops.conv2d, an op named "Conv2D" (or `name`) with no extra scope.
    if filters is not None:
        if filter is not None:
            raise ValueError("Cannot specify both 'filters' and 'filter'.")
        filter = filters
    if isinstance(padding, (list, tuple)):
        _not_supported("tf.nn.conv2d with explicit paddings")
    if data_format is None:
        data_format = "NHWC"
    channel_index = 1 if data_format.startswith("NC") else 3
    strides = _get_sequence(strides, 2, channel_index, "strides")
    dilations = _get_sequence(dilations, 2, channel_index, "dilations")
    gid = _gid_of(input, filter)
    return _wrap_tensor(gid, _n.conv2d(gid, input, filter, strides, padding, data_format, dilations, name))


def _pool_list(v):
    if isinstance(v, int):
        return [1, v, v, 1]
    v = list(v)
    if len(v) == 1:
        return [1, v[0], v[0], 1]
    if len(v) == 2:
        return [1, v[0], v[1], 1]
    return v


class _Pooling2D(_KerasLayer):
    def __init__(self, pool_function, pool_size, strides, padding="valid", data_format=None, name=None, **kwargs):
        super().__init__(name=name, **kwargs)
        if data_format is None:
            data_format = "channels_last"
        if strides is None:
            strides = pool_size
        self.pool_function = pool_function
        self.pool_size = _normalize_tuple(pool_size, 2, "pool_size")
        self.strides = _normalize_tuple(strides, 2, "strides")
        self.padding = _normalize_padding(padding)
        self.data_format = _normalize_data_format(data_format)
        self.input_spec = _InputSpec(ndim=4)

    def call(self, inputs):
        _channels_last_only(self)
        pool_shape = (1,) + self.pool_size + (1,)
        strides = (1,) + self.strides + (1,)
        return self.pool_function(inputs, ksize=pool_shape, strides=strides, padding=self.padding.upper(),
                                  data_format="NHWC")

    def compute_output_shape(self, input_shape):
        input_shape = TensorShape(input_shape).as_list()
        _channels_last_only(self)
        rows = _conv_output_length(input_shape[1], self.pool_size[0], self.padding, self.strides[0])
        cols = _conv_output_length(input_shape[2], self.pool_size[1], self.padding, self.strides[1])
        return TensorShape([input_shape[0], rows, cols, input_shape[3]])


class MaxPooling2D(_Pooling2D):
    def __init__(self, pool_size=(2, 2), strides=None, padding="valid", data_format=None, **kwargs):
        super().__init__(_max_pool, pool_size=pool_size, strides=strides, padding=padding, data_format=data_format,
                         **kwargs)


class AveragePooling2D(_Pooling2D):
    def __init__(self, pool_size=(2, 2), strides=None, padding="valid", data_format=None, **kwargs):
        super().__init__(_avg_pool, pool_size=pool_size, strides=strides, padding=padding, data_format=data_format,
                         **kwargs)


_KerasMaxPooling2D = MaxPooling2D
_KerasAveragePooling2D = AveragePooling2D


class MaxPooling2D(_KerasMaxPooling2D, _TFLayer):
    def __init__(self, pool_size, strides, padding="valid", data_format="channels_last", name=None, **kwargs):
        if strides is None:
            raise ValueError("Argument `strides` must not be None.")
        super().__init__(pool_size=pool_size, strides=strides, padding=padding, data_format=data_format, name=name,
                         **kwargs)


class AveragePooling2D(_KerasAveragePooling2D, _TFLayer):
    def __init__(self, pool_size, strides, padding="valid", data_format="channels_last", name=None, **kwargs):
        if strides is None:
            raise ValueError("Argument `strides` must not be None.")
        super().__init__(pool_size=pool_size, strides=strides, padding=padding, data_format=data_format, name=name,
                         **kwargs)


_TFMaxPooling2D = MaxPooling2D
_TFAveragePooling2D = AveragePooling2D
del MaxPooling2D
del AveragePooling2D


def _max_pooling2d(inputs, pool_size, strides, padding="valid", data_format="channels_last", name=None):
    _layers_deprecated("max_pooling2d", "Use keras.layers.MaxPooling2D instead.", "pooling")
    layer = _TFMaxPooling2D(pool_size=pool_size, strides=strides, padding=padding, data_format=data_format, name=name)
    return layer(inputs)


def _average_pooling2d(inputs, pool_size, strides, padding="valid", data_format="channels_last", name=None):
    _layers_deprecated("average_pooling2d", "Use keras.layers.AveragePooling2D instead.", "pooling")
    layer = _TFAveragePooling2D(pool_size=pool_size, strides=strides, padding=padding, data_format=data_format,
                                name=name)
    return layer(inputs)


# ------------------------------------------------------------ BatchNormalization

def _tf_cast(x, dtype):
    # math_ops.cast: a Tensor (or ResourceVariable) of that dtype comes back as is; anything else
    # is converted inside name_scope(None, "Cast") (which uses up the name even when nothing is cast).
    base = as_dtype(dtype).base_dtype
    if isinstance(x, (Tensor, _ResourceVariable)) and x.dtype == base:
        return x
    if isinstance(x, RefVariable) and x.dtype.base_dtype == base:
        with name_scope(None, "Cast", [x]):
            return x.value()
    return cast(x, base)


def _unary_native(fn, x, name=None):
    gid = _gid_of(x)
    return _wrap_tensor(gid, fn(gid, x, name))


def _rsqrt(x, name=None):
    return _unary_native(_n.rsqrt, x, name)


def _stop_gradient(x, name=None):
    return _unary_native(_n.stop_gradient, x, name)


def _squared_difference(x, y, name=None):
    gid = _gid_of(x, y)
    return _wrap_tensor(gid, _n.squared_difference(gid, x, y, name))


def _squeeze(x, axis, name=None):
    gid = _gid_of(x)
    return _wrap_tensor(gid, _n.squeeze(gid, x, list(axis), name))


def _moments(x, axes, keep_dims=False, name=None):
    with name_scope(name, "moments", [x, axes]):
        if x.dtype == float16:
            _not_supported("tf.nn.moments on float16")
        mean = reduce_mean(x, axes, keepdims=True, name="mean")
        variance = reduce_mean(_squared_difference(x, _stop_gradient(mean)), axes, keepdims=True, name="variance")
        if not keep_dims:
            mean = _squeeze(mean, axes)
            variance = _squeeze(variance, axes)
        return (mean, variance)


def _batch_normalization(x, mean, variance, offset, scale, variance_epsilon, name=None):
    with name_scope(name, "batchnorm", [x, mean, variance, scale, offset]):
        inv = _rsqrt(variance + variance_epsilon)
        if scale is not None:
            inv *= scale
        return x * _tf_cast(inv, x.dtype) + _tf_cast(offset - mean * inv if offset is not None else -mean * inv,
                                                     x.dtype)


def _fused_batch_norm(x, scale, offset, mean=None, variance=None, epsilon=0.001, data_format="NHWC",
                      is_training=True, name=None):
    x = convert_to_tensor(x, name="input")
    scale = convert_to_tensor(scale, name="scale")
    offset = convert_to_tensor(offset, name="offset")
    if is_training:
        if mean is not None or variance is not None:
            raise ValueError("Both 'mean' and 'variance' must be None if is_training is True.")
    if mean is None:
        mean = constant([])
    if variance is None:
        variance = constant([])
    gid = _gid_of(x)
    outs = _n.fused_batch_norm(gid, x, scale, offset, mean, variance, data_format, name)
    return (_wrap_tensor(gid, outs[0]), _wrap_tensor(gid, outs[1]), _wrap_tensor(gid, outs[2]))


def _assign_sub(ref, value, name=None):
    gid = _gid_of(ref)
    return _wrap_tensor(gid, _n.assign_sub(gid, ref, value, name))


class BatchNormalization(_KerasLayer):
    # keras.layers.BatchNormalization in TF 1.15 (BatchNormalizationBase with _USE_V2_BEHAVIOR = False).

    def __init__(self, axis=-1, momentum=0.99, epsilon=1e-3, center=True, scale=True, beta_initializer="zeros",
                 gamma_initializer="ones", moving_mean_initializer="zeros", moving_variance_initializer="ones",
                 beta_regularizer=None, gamma_regularizer=None, beta_constraint=None, gamma_constraint=None,
                 renorm=False, renorm_clipping=None, renorm_momentum=0.99, fused=None, trainable=True,
                 virtual_batch_size=None, adjustment=None, name=None, **kwargs):
        super().__init__(name=name, **kwargs)
        if isinstance(axis, list):
            self.axis = axis[:]
        elif isinstance(axis, int):
            self.axis = axis
        else:
            raise TypeError("axis must be int or list, type given: %s" % type(axis))
        self.momentum = momentum
        self.epsilon = epsilon
        self.center = center
        self.scale = scale
        self.beta_initializer = _keras_initializer(beta_initializer)
        self.gamma_initializer = _keras_initializer(gamma_initializer)
        self.moving_mean_initializer = _keras_initializer(moving_mean_initializer)
        self.moving_variance_initializer = _keras_initializer(moving_variance_initializer)
        self.beta_regularizer = _keras_regularizer(beta_regularizer)
        self.gamma_regularizer = _keras_regularizer(gamma_regularizer)
        self.beta_constraint = beta_constraint
        self.gamma_constraint = gamma_constraint
        if renorm:
            _not_supported("BatchNormalization(renorm=True)")
        if virtual_batch_size is not None:
            _not_supported("BatchNormalization(virtual_batch_size=...)")
        if adjustment is not None:
            _not_supported("BatchNormalization(adjustment=...)")
        self.renorm = renorm
        self.virtual_batch_size = virtual_batch_size
        self.adjustment = adjustment
        if fused is None:
            fused = True
        self.supports_masking = True
        self.fused = fused
        self._bessels_correction_test_only = True
        self.trainable = trainable

    def _fused_can_be_used(self):
        axis = [self.axis] if isinstance(self.axis, int) else self.axis
        return not (len(axis) > 1 or axis[0] not in (-3, -1, 1, 3))

    @property
    def _param_dtype(self):
        if self.dtype == "float16" or self.dtype == "bfloat16":
            return float32
        return self.dtype or float32

    def build(self, input_shape):
        input_shape = TensorShape(input_shape)
        if not input_shape.ndims:
            raise ValueError("Input has undefined rank:", input_shape)
        ndims = len(input_shape)
        if isinstance(self.axis, int):
            self.axis = [self.axis]
        for idx in range(len(self.axis)):
            if self.axis[idx] < 0:
                self.axis[idx] = ndims + self.axis[idx]
        for x in self.axis:
            if x < 0 or x >= ndims:
                raise ValueError("Invalid axis: %d" % x)
        if len(self.axis) != len(set(self.axis)):
            raise ValueError("Duplicate axis: %s" % self.axis)
        if self.fused in (None, True):
            self.fused = ndims == 4 and self._fused_can_be_used()
        if self.fused:
            if self.axis == [1]:
                self._data_format = "NCHW"
            elif self.axis == [3]:
                self._data_format = "NHWC"
            else:
                raise ValueError("Unsupported axis, fused batch norm only supports axis == [1] or axis == [3]")
        axis_to_dim = {x: input_shape.dims[x].value for x in self.axis}
        for x in axis_to_dim:
            if axis_to_dim[x] is None:
                raise ValueError("Input has undefined `axis` dimension. Input shape: ", input_shape)
        self.input_spec = _InputSpec(ndim=ndims, axes=axis_to_dim)
        if len(axis_to_dim) == 1:
            param_shape = (list(axis_to_dim.values())[0],)
        else:
            param_shape = [axis_to_dim[i] if i in axis_to_dim else 1 for i in range(ndims)]
        if self.scale:
            self.gamma = self.add_weight(name="gamma", shape=param_shape, dtype=self._param_dtype,
                                         initializer=self.gamma_initializer, regularizer=self.gamma_regularizer,
                                         constraint=self.gamma_constraint, trainable=True,
                                         experimental_autocast=False)
        else:
            self.gamma = None
            if self.fused:
                self._gamma_const = constant(1.0, dtype=self._param_dtype, shape=param_shape)
        if self.center:
            self.beta = self.add_weight(name="beta", shape=param_shape, dtype=self._param_dtype,
                                        initializer=self.beta_initializer, regularizer=self.beta_regularizer,
                                        constraint=self.beta_constraint, trainable=True, experimental_autocast=False)
        else:
            self.beta = None
            if self.fused:
                self._beta_const = constant(0.0, dtype=self._param_dtype, shape=param_shape)
        partitioner = None
        if getattr(self, "_scope", None):
            partitioner = self._scope.partitioner
            self._scope.set_partitioner(None)
        try:
            self.moving_mean = self.add_weight(name="moving_mean", shape=param_shape, dtype=self._param_dtype,
                                               initializer=self.moving_mean_initializer,
                                               synchronization=VariableSynchronization.ON_READ, trainable=False,
                                               aggregation=VariableAggregation.MEAN, experimental_autocast=False)
            self.moving_variance = self.add_weight(name="moving_variance", shape=param_shape,
                                                   dtype=self._param_dtype,
                                                   initializer=self.moving_variance_initializer,
                                                   synchronization=VariableSynchronization.ON_READ, trainable=False,
                                                   aggregation=VariableAggregation.MEAN, experimental_autocast=False)
        finally:
            if partitioner:
                self._scope.set_partitioner(partitioner)
        self.built = True

    def _assign_moving_average(self, variable, value, momentum):
        with name_scope("AssignMovingAvg") as scope:
            decay = convert_to_tensor(1.0 - momentum, name="decay")
            if decay.dtype != variable.dtype.base_dtype:
                decay = cast(decay, variable.dtype.base_dtype)
            update_delta = (variable - _tf_cast(value, variable.dtype)) * decay
            return _assign_sub(variable, update_delta, name=scope)

    def _training_bool(self, training):
        training = _training_from_learning_phase(training)
        if training is None:
            _not_supported("BatchNormalization with a tensor `training` (keras_learning_phase and tf.cond)")
        return training

    def _fused_batch_norm_call(self, inputs, training):
        beta = self.beta if self.center else self._beta_const
        gamma = self.gamma if self.scale else self._gamma_const
        if training:
            output, mean, variance = _fused_batch_norm(inputs, gamma, beta, epsilon=self.epsilon,
                                                       data_format=self._data_format)
        else:
            output, mean, variance = _fused_batch_norm(inputs, gamma, beta, mean=self.moving_mean,
                                                       variance=self.moving_variance, epsilon=self.epsilon,
                                                       is_training=False, data_format=self._data_format)
        momentum = convert_to_tensor(self.momentum)
        if training:
            self.add_update(lambda: self._assign_moving_average(self.moving_mean, mean, momentum))
            self.add_update(lambda: self._assign_moving_average(self.moving_variance, variance, momentum))
        return output

    def call(self, inputs, training=None):
        training = self._training_bool(training)
        if training and isinstance(self.moving_mean, _ResourceVariable):
            _not_supported("Keras BatchNormalization with training=True (AssignSubVariableOp updates)")
        if self.fused:
            return self._fused_batch_norm_call(inputs, training)
        input_shape = inputs.shape
        ndims = len(input_shape)
        reduction_axes = [i for i in range(ndims) if i not in self.axis]
        broadcast_shape = [1] * ndims
        broadcast_shape[self.axis[0]] = input_shape.dims[self.axis[0]].value

        def _broadcast(v):
            if v is not None and len(v.shape) != ndims and reduction_axes != list(range(ndims - 1)):
                return reshape(v, broadcast_shape)
            return v

        scale, offset = _broadcast(self.gamma), _broadcast(self.beta)
        if not training:
            mean, variance = self.moving_mean, self.moving_variance
        else:
            keep_dims = len(self.axis) > 1
            mean, variance = _moments(_tf_cast(inputs, self._param_dtype), reduction_axes, keep_dims=keep_dims)
            new_mean, new_variance = mean, variance
            self.add_update(lambda: self._assign_moving_average(self.moving_mean, new_mean, self.momentum))
            self.add_update(lambda: self._assign_moving_average(self.moving_variance, new_variance, self.momentum))
        mean = _tf_cast(mean, inputs.dtype)
        variance = _tf_cast(variance, inputs.dtype)
        if offset is not None:
            offset = _tf_cast(offset, inputs.dtype)
        if scale is not None:
            scale = _tf_cast(scale, inputs.dtype)
        outputs = _batch_normalization(inputs, _broadcast(mean), _broadcast(variance), offset, scale, self.epsilon)
        _n.set_shape(outputs._gid, outputs, input_shape._dims)
        return outputs

    def compute_output_shape(self, input_shape):
        return input_shape


_KerasBatchNormalization = BatchNormalization


class BatchNormalization(_KerasBatchNormalization, _TFLayer):
    def __init__(self, axis=-1, momentum=0.99, epsilon=1e-3, center=True, scale=True, beta_initializer=Zeros(),
                 gamma_initializer=Ones(), moving_mean_initializer=Zeros(), moving_variance_initializer=Ones(),
                 beta_regularizer=None, gamma_regularizer=None, beta_constraint=None, gamma_constraint=None,
                 renorm=False, renorm_clipping=None, renorm_momentum=0.99, fused=None, trainable=True,
                 virtual_batch_size=None, adjustment=None, name=None, **kwargs):
        super().__init__(axis=axis, momentum=momentum, epsilon=epsilon, center=center, scale=scale,
                         beta_initializer=beta_initializer, gamma_initializer=gamma_initializer,
                         moving_mean_initializer=moving_mean_initializer,
                         moving_variance_initializer=moving_variance_initializer, beta_regularizer=beta_regularizer,
                         gamma_regularizer=gamma_regularizer, beta_constraint=beta_constraint,
                         gamma_constraint=gamma_constraint, renorm=renorm, renorm_clipping=renorm_clipping,
                         renorm_momentum=renorm_momentum, fused=fused, trainable=trainable,
                         virtual_batch_size=virtual_batch_size, adjustment=adjustment, name=name, **kwargs)

    def call(self, inputs, training=False):
        return super().call(inputs, training=training)


_TFBatchNormalization = BatchNormalization
del BatchNormalization


def _batch_normalization_fn(inputs, axis=-1, momentum=0.99, epsilon=1e-3, center=True, scale=True,
                            beta_initializer=Zeros(), gamma_initializer=Ones(), moving_mean_initializer=Zeros(),
                            moving_variance_initializer=Ones(), beta_regularizer=None, gamma_regularizer=None,
                            beta_constraint=None, gamma_constraint=None, training=False, trainable=True, name=None,
                            reuse=None, renorm=False, renorm_clipping=None, renorm_momentum=0.99, fused=None,
                            virtual_batch_size=None, adjustment=None):
    _layers_deprecated("batch_normalization", "Use keras.layers.BatchNormalization instead.  In particular, "
                       "`tf.control_dependencies(tf.GraphKeys.UPDATE_OPS)` should not be used (consult the "
                       "`tf.keras.layers.batch_normalization` documentation).", "normalization")
    layer = _TFBatchNormalization(axis=axis, momentum=momentum, epsilon=epsilon, center=center, scale=scale,
                                  beta_initializer=beta_initializer, gamma_initializer=gamma_initializer,
                                  moving_mean_initializer=moving_mean_initializer,
                                  moving_variance_initializer=moving_variance_initializer,
                                  beta_regularizer=beta_regularizer, gamma_regularizer=gamma_regularizer,
                                  beta_constraint=beta_constraint, gamma_constraint=gamma_constraint, renorm=renorm,
                                  renorm_clipping=renorm_clipping, renorm_momentum=renorm_momentum, fused=fused,
                                  trainable=trainable, virtual_batch_size=virtual_batch_size, adjustment=adjustment,
                                  name=name, _reuse=reuse, _scope=name)
    return layer(inputs, training=training)


# ------------------------------------------------------------ modules

_LAYER_MODULES = {
    "layers": {"Layer": _TFLayer, "InputSpec": _InputSpec, "Dense": _TFDense, "dense": _dense,
               "Dropout": _TFDropout, "dropout": _dropout, "Flatten": _TFFlatten, "flatten": _flatten_fn,
               "Conv2D": _TFConv2D, "conv2d": _conv2d, "Convolution2D": _TFConv2D, "convolution2d": _conv2d,
               "MaxPooling2D": _TFMaxPooling2D, "max_pooling2d": _max_pooling2d, "MaxPool2D": _TFMaxPooling2D,
               "AveragePooling2D": _TFAveragePooling2D, "average_pooling2d": _average_pooling2d,
               "AvgPool2D": _TFAveragePooling2D, "BatchNormalization": _TFBatchNormalization,
               "batch_normalization": _batch_normalization_fn},
    "nn": {"dropout": _nn_dropout, "conv2d": _nn_conv2d, "max_pool": _max_pool, "avg_pool": _avg_pool, "moments": _moments,
           "batch_normalization": _batch_normalization, "fused_batch_norm": _fused_batch_norm},
    "layers.experimental": {"keras_style_scope": _keras_style_scope, "set_keras_style": _set_keras_style},
    "keras": {},
    "keras.layers": {"Layer": _KerasLayer, "InputSpec": _InputSpec, "Dense": _KerasDense, "Dropout": _KerasDropout,
                     "Flatten": _KerasFlatten, "Conv2D": _KerasConv2D, "Convolution2D": _KerasConv2D,
                     "MaxPooling2D": _KerasMaxPooling2D, "MaxPool2D": _KerasMaxPooling2D,
                     "AveragePooling2D": _KerasAveragePooling2D, "AvgPool2D": _KerasAveragePooling2D,
                     "BatchNormalization": _KerasBatchNormalization},
    "keras.backend": {"get_uid": _get_uid, "reset_uids": _reset_uids},
}

if _LAYERS_ENABLED:
    for _m in ["layers.experimental", "keras", "keras.layers", "keras.backend"]:
        _SUBMODULES.append(_m)
        _SUBMODULES.append("compat.v1." + _m)

_fill_submodule_before_layers = _fill_submodule


def _fill_submodule(name, d):
    _fill_submodule_before_layers(name, d)
    if not _LAYERS_ENABLED:
        return
    parts = name.split(".")
    if parts[:2] == ["compat", "v1"]:
        parts = parts[2:]
    key = ".".join(parts)
    names = _LAYER_MODULES.get(key)
    if names is None:
        return
    for k in names:
        d[k] = names[k]
    if "__getattr__" not in names and (len(parts) > 1 or key == "keras"):
        d["__getattr__"] = _module_getattr("tensorflow." + key, "tf." + key)
)PY";
}
#pragma GCC diagnostic pop

}  // namespace scopeplay::bridge
