// The `tensorflow` prelude, RNN part: rnn_cell_impl.py's cells and rnn.py's
// dynamic_rnn / static_rnn / bidirectional_dynamic_rnn (TF 1.15).
// (Python run inside the module at import; see tf_prelude.h).
//
// The cells are tf.layers Layers (the layers prelude's _TFLayer), so their
// variable scopes, reuse and "already exists" errors come from the same
// variable_scope/get_variable natives as everything else. dynamic_rnn's
// while loop runs its body once: the loop's frame ops (Enter, Merge, Switch,
// Identity, NextIteration, Exit) are created in while_loop's order around one
// call of the cell, with the ops whose names are certain (the cell's ops, the
// input and output transposes, TensorArray reads, writes and the stack);
// hidden inputs and the TensorArrays' bookkeeping ops are left out rather
// than named wrongly.
#include "bridge/tf_prelude.h"

namespace scopeplay::bridge {

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverlength-strings"
std::string_view prelude_rnn() {
  return R"PY(
# tensorflow prelude, RNN part: RNN cells, dynamic_rnn, static_rnn, bidirectional_dynamic_rnn.

# The cells subclass the layers prelude's tf.layers Layer, which runs before this part.
_RNN_ENABLED = _TF_VERSION == "1.15" and "_TFLayer" in globals()
_RNNLayerBase = globals().get("_TFLayer", object)
_RNN_MODULE = "tensorflow.python.ops.rnn_cell_impl"


def _rnn_hasattr(obj, attr_name):
    try:
        getattr(obj, attr_name)
    except AttributeError:
        return False
    return True


def _assert_like_rnncell(cell_name, cell):
    conditions = [_rnn_hasattr(cell, "output_size"), _rnn_hasattr(cell, "state_size"),
                  _rnn_hasattr(cell, "get_initial_state") or _rnn_hasattr(cell, "zero_state"), callable(cell)]
    errors = ["'output_size' property is missing", "'state_size' property is missing",
              "either 'zero_state' or 'get_initial_state' method is required", "is not callable"]
    if not all(conditions):
        errors = [error for error, cond in zip(errors, conditions) if not cond]
        raise TypeError("The argument {!r} ({}) is not an RNNCell: {}.".format(cell_name, cell, ", ".join(errors)))


def _rnn_check_dtype(dtype):
    if dtype is None:
        return
    dtype = as_dtype(dtype)
    if not (dtype.is_floating or dtype.is_complex):
        raise ValueError("RNN cell only supports floating point inputs, but saw dtype: %s" % dtype)


def _rnn_check_input_dtypes(inputs):
    for t in _rnn_flatten(inputs):
        _rnn_check_dtype(t.dtype)


def _rnn_is_sequence(x):
    return isinstance(x, (list, tuple, _LSTMStateTuple))


def _rnn_flatten(structure):
    if _rnn_is_sequence(structure):
        out = []
        for x in structure:
            out.extend(_rnn_flatten(x))
        return out
    return [structure]


def _rnn_map(fn, structure):
    if isinstance(structure, _LSTMStateTuple):
        return _LSTMStateTuple(_rnn_map(fn, structure.c), _rnn_map(fn, structure.h))
    if isinstance(structure, tuple):
        return tuple([_rnn_map(fn, x) for x in structure])
    if isinstance(structure, list):
        return [_rnn_map(fn, x) for x in structure]
    return fn(structure)


def _rnn_pack(structure, flat):
    # nest.pack_sequence_as(structure, flat)
    it = iter(flat)
    return _rnn_map(lambda _: next(it), structure)


def _rnn_shape_dims(shape):
    # tf_utils.shape_type_conversion: TensorShape -> tuple of ints / None.
    if isinstance(shape, TensorShape):
        return tuple(shape.as_list()) if shape.ndims is not None else None
    return shape


def _rnn_opaque(op_type, name, inputs, outputs):
    gid = _gid_of(inputs)
    refs = _n.opaque_op(gid, op_type, name, list(inputs), [(as_dtype(d).name, s) for d, s in outputs])
    return [_wrap_tensor(gid, r) for r in refs]


class LSTMStateTuple(object):
    # collections.namedtuple("LSTMStateTuple", ("c", "h")) with a dtype property.
    __slots__ = ("c", "h")

    def __init__(self, c, h):
        self.c = c
        self.h = h

    def __iter__(self):
        return iter((self.c, self.h))

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.c, self.h)[i]

    def __eq__(self, other):
        return isinstance(other, _LSTMStateTuple) and self.c == other.c and self.h == other.h

    def __repr__(self):
        return "LSTMStateTuple(c=%r, h=%r)" % (self.c, self.h)

    def _replace(self, c=None, h=None):
        return _LSTMStateTuple(self.c if c is None else c, self.h if h is None else h)

    @property
    def dtype(self):
        c, h = self
        if c.dtype != h.dtype:
            raise TypeError("Inconsistent internal state: %s vs %s" % (str(c.dtype), str(h.dtype)))
        return c.dtype


_LSTMStateTuple = LSTMStateTuple


def _rnn_concat_static(prefix, suffix):
    p = [prefix] if not isinstance(prefix, Tensor) else [None]
    if isinstance(suffix, TensorShape):
        s = suffix.as_list()
    elif isinstance(suffix, (list, tuple)):
        s = list(suffix)
    else:
        s = [suffix]
    return p + s


def _rnn_concat(prefix, suffix):
    # rnn_cell_impl._concat(prefix, suffix, static=False)
    if isinstance(prefix, Tensor):
        p = _rnn_opaque("ExpandDims", None, [prefix], [(prefix.dtype, [1])])[0]
    else:
        p = constant([prefix], dtype=int32)
    if isinstance(suffix, TensorShape):
        suffix = suffix.as_list()
    s = constant(suffix if isinstance(suffix, (list, tuple)) else [suffix], dtype=int32)
    return concat((p, s), 0)


def _rnn_zeros(shape_tensor, static_shape, dtype):
    # array_ops.zeros(shape_tensor, dtype) followed by set_shape(static_shape).
    with name_scope(None, "zeros", [shape_tensor]) as scope:
        zero = constant(0, dtype=dtype)
        return _rnn_opaque("Fill", scope, [shape_tensor, zero], [(dtype, static_shape)])[0]


def _rnn_zero_state_tensors(state_size, batch_size, dtype):
    def get_state_shape(s):
        c = _rnn_concat(batch_size, s)
        return _rnn_zeros(c, _rnn_concat_static(batch_size, s), dtype)
    return _rnn_map(get_state_shape, state_size)


class RNNCell(_RNNLayerBase):
    def __init__(self, trainable=True, name=None, dtype=None, **kwargs):
        _RNNLayerBase.__init__(self, trainable=trainable, name=name, dtype=dtype, **kwargs)
        self._is_tf_rnn_cell = True

    def __call__(self, inputs, state, scope=None):
        if scope is not None:
            with variable_scope(scope, custom_getter=self._rnn_get_variable) as scope:
                return _RNNLayerBase.__call__(self, inputs, state, scope=scope)
        captured = getattr(self, "_rnncell_scope_object", None)
        if captured is None:
            captured = get_variable_scope()
            self._rnncell_scope_object = captured
        with variable_scope(captured, custom_getter=self._rnn_get_variable):
            return _RNNLayerBase.__call__(self, inputs, state)

    def _rnn_get_variable(self, getter, *args, **kwargs):
        variable = getter(*args, **kwargs)
        trainable = _contains(trainable_variables(), variable)
        if trainable and all(variable is not v for v in self._trainable_weights):
            self._trainable_weights.append(variable)
        elif not trainable and all(variable is not v for v in self._non_trainable_weights):
            self._non_trainable_weights.append(variable)
        return variable

    @property
    def state_size(self):
        raise NotImplementedError("Abstract method")

    @property
    def output_size(self):
        raise NotImplementedError("Abstract method")

    def build(self, _):
        pass

    def get_initial_state(self, inputs=None, batch_size=None, dtype=None):
        if inputs is not None:
            inputs = convert_to_tensor(inputs, name="inputs")
            if batch_size is not None:
                static_batch_size = batch_size if not isinstance(batch_size, Tensor) else None
                if inputs.shape.dims[0].value != static_batch_size:
                    raise ValueError("batch size from input tensor is different from the input param. Input tensor "
                                     "batch: {}, batch_size: {}".format(inputs.shape.dims[0].value, batch_size))
            if dtype is not None and inputs.dtype != dtype:
                raise ValueError("dtype from input tensor is different from the input param. Input tensor dtype: "
                                 "{}, dtype: {}".format(inputs.dtype, dtype))
            batch_size = inputs.shape.dims[0].value
            if batch_size is None:
                batch_size = _rnn_shape_slice(inputs, 0)
            dtype = inputs.dtype
        if batch_size is None or dtype is None:
            raise ValueError("batch_size and dtype cannot be None while constructing initial state: batch_size={}, "
                             "dtype={}".format(batch_size, dtype))
        return self.zero_state(batch_size, dtype)

    def zero_state(self, batch_size, dtype):
        with name_scope(type(self).__name__ + "ZeroState", values=[batch_size]):
            return _rnn_zero_state_tensors(self.state_size, batch_size, dtype)


_RNNCell = RNNCell


class LayerRNNCell(RNNCell):
    def __call__(self, inputs, state, scope=None, *args, **kwargs):
        return _RNNLayerBase.__call__(self, inputs, state, scope=scope, *args, **kwargs)


_LayerRNNCell = LayerRNNCell


def _rnn_deprecated_cell(cls_name, replacement):
    _deprecated(cls_name + ".__init__", None, "This class is equivalent as %s, and will be replaced by that in "
                "Tensorflow 2.0." % replacement, _RNN_MODULE)


def _rnn_activation(activation):
    if activation:
        return _keras_activation(activation)
    return tanh


def _rnn_input_depth(cell, inputs_shape):
    inputs_shape = _rnn_shape_dims(inputs_shape)
    if inputs_shape is None or inputs_shape[-1] is None:
        raise ValueError("Expected inputs.shape[-1] to be known, saw shape: %s" % str(inputs_shape))
    _rnn_check_dtype(cell.dtype)
    return inputs_shape[-1]


def _rnn_slice(x, begin, size):
    # array_ops.slice(x, begin, size) on a [batch, depth] state: "Slice" (its begin/size consts not modelled).
    batch = x.shape.as_list()[0]
    return _rnn_opaque("Slice", None, [x], [(x.dtype, [batch, size[1]])])[0]


def _rnn_split(value, num, axis_tensor):
    # array_ops.split(value, num, axis=<tensor>): the count becomes an unnamed Const, the
    # axis tensor feeds Split directly.
    convert_to_tensor(num)
    dims = value.shape.as_list()
    dims[1] = None if dims[1] is None else dims[1] // num
    return _rnn_opaque("Split", "split", [axis_tensor, value], [(value.dtype, dims)] * num)


class BasicRNNCell(LayerRNNCell):
    def __init__(self, num_units, activation=None, reuse=None, name=None, dtype=None, **kwargs):
        _rnn_deprecated_cell("BasicRNNCell", "tf.keras.layers.SimpleRNNCell")
        _LayerRNNCell.__init__(self, _reuse=reuse, name=name, dtype=dtype, **kwargs)
        _rnn_check_dtype(self.dtype)
        self.input_spec = _InputSpec(ndim=2)
        self._num_units = num_units
        self._activation = _rnn_activation(activation)

    @property
    def state_size(self):
        return self._num_units

    @property
    def output_size(self):
        return self._num_units

    def build(self, inputs_shape):
        input_depth = _rnn_input_depth(self, inputs_shape)
        self._kernel = self.add_variable("kernel", shape=[input_depth + self._num_units, self._num_units])
        self._bias = self.add_variable("bias", shape=[self._num_units], initializer=Zeros(dtype=self.dtype))
        self.built = True

    def call(self, inputs, state):
        _rnn_check_input_dtypes([inputs, state])
        gate_inputs = matmul(concat([inputs, state], 1), self._kernel)
        gate_inputs = bias_add(gate_inputs, self._bias)
        output = self._activation(gate_inputs)
        return output, output


class GRUCell(LayerRNNCell):
    def __init__(self, num_units, activation=None, reuse=None, kernel_initializer=None, bias_initializer=None,
                 name=None, dtype=None, **kwargs):
        _rnn_deprecated_cell("GRUCell", "tf.keras.layers.GRUCell")
        _LayerRNNCell.__init__(self, _reuse=reuse, name=name, dtype=dtype, **kwargs)
        _rnn_check_dtype(self.dtype)
        self.input_spec = _InputSpec(ndim=2)
        self._num_units = num_units
        self._activation = _rnn_activation(activation)
        self._kernel_initializer = _keras_initializer(kernel_initializer)
        self._bias_initializer = _keras_initializer(bias_initializer)

    @property
    def state_size(self):
        return self._num_units

    @property
    def output_size(self):
        return self._num_units

    def build(self, inputs_shape):
        input_depth = _rnn_input_depth(self, inputs_shape)
        n = self._num_units
        self._gate_kernel = self.add_variable("gates/kernel", shape=[input_depth + n, 2 * n],
                                              initializer=self._kernel_initializer)
        self._gate_bias = self.add_variable(
            "gates/bias", shape=[2 * n],
            initializer=(self._bias_initializer if self._bias_initializer is not None
                         else Constant(1.0, dtype=self.dtype)))
        self._candidate_kernel = self.add_variable("candidate/kernel", shape=[input_depth + n, n],
                                                   initializer=self._kernel_initializer)
        self._candidate_bias = self.add_variable(
            "candidate/bias", shape=[n],
            initializer=(self._bias_initializer if self._bias_initializer is not None
                         else Zeros(dtype=self.dtype)))
        self.built = True

    def call(self, inputs, state):
        _rnn_check_input_dtypes([inputs, state])
        gate_inputs = matmul(concat([inputs, state], 1), self._gate_kernel)
        gate_inputs = bias_add(gate_inputs, self._gate_bias)
        value = sigmoid(gate_inputs)
        r, u = split(value=value, num_or_size_splits=2, axis=1)
        r_state = r * state
        candidate = matmul(concat([inputs, r_state], 1), self._candidate_kernel)
        candidate = bias_add(candidate, self._candidate_bias)
        c = self._activation(candidate)
        new_h = u * state + (1 - u) * c
        return new_h, new_h


class BasicLSTMCell(LayerRNNCell):
    def __init__(self, num_units, forget_bias=1.0, state_is_tuple=True, activation=None, reuse=None, name=None,
                 dtype=None, **kwargs):
        _rnn_deprecated_cell("BasicLSTMCell", "tf.keras.layers.LSTMCell")
        _LayerRNNCell.__init__(self, _reuse=reuse, name=name, dtype=dtype, **kwargs)
        _rnn_check_dtype(self.dtype)
        self.input_spec = _InputSpec(ndim=2)
        self._num_units = num_units
        self._forget_bias = forget_bias
        self._state_is_tuple = state_is_tuple
        self._activation = _rnn_activation(activation)

    @property
    def state_size(self):
        if self._state_is_tuple:
            return _LSTMStateTuple(self._num_units, self._num_units)
        return 2 * self._num_units

    @property
    def output_size(self):
        return self._num_units

    def build(self, inputs_shape):
        input_depth = _rnn_input_depth(self, inputs_shape)
        h_depth = self._num_units
        self._kernel = self.add_variable("kernel", shape=[input_depth + h_depth, 4 * self._num_units])
        self._bias = self.add_variable("bias", shape=[4 * self._num_units], initializer=Zeros(dtype=self.dtype))
        self.built = True

    def call(self, inputs, state):
        _rnn_check_input_dtypes([inputs, state])
        one = constant(1, dtype=int32)
        if self._state_is_tuple:
            c, h = state
        else:
            c, h = _rnn_split(state, 2, one)
        gate_inputs = matmul(concat([inputs, h], 1), self._kernel)
        gate_inputs = bias_add(gate_inputs, self._bias)
        i, j, f, o = _rnn_split(gate_inputs, 4, one)
        forget_bias_tensor = constant(self._forget_bias, dtype=f.dtype)
        new_c = add(multiply(c, sigmoid(add(f, forget_bias_tensor))), multiply(sigmoid(i), self._activation(j)))
        new_h = multiply(self._activation(new_c), sigmoid(o))
        if self._state_is_tuple:
            new_state = _LSTMStateTuple(new_c, new_h)
        else:
            new_state = concat([new_c, new_h], 1)
        return new_h, new_state


class LSTMCell(LayerRNNCell):
    def __init__(self, num_units, use_peepholes=False, cell_clip=None, initializer=None, num_proj=None,
                 proj_clip=None, num_unit_shards=None, num_proj_shards=None, forget_bias=1.0, state_is_tuple=True,
                 activation=None, reuse=None, name=None, dtype=None, **kwargs):
        _rnn_deprecated_cell("LSTMCell", "tf.keras.layers.LSTMCell")
        _LayerRNNCell.__init__(self, _reuse=reuse, name=name, dtype=dtype, **kwargs)
        _rnn_check_dtype(self.dtype)
        if num_unit_shards is not None or num_proj_shards is not None:
            _not_supported("LSTMCell(num_unit_shards=..., num_proj_shards=...) (partitioned variables)")
        self.input_spec = _InputSpec(ndim=2)
        self._num_units = num_units
        self._use_peepholes = use_peepholes
        self._cell_clip = cell_clip
        self._initializer = _keras_initializer(initializer)
        self._num_proj = num_proj
        self._proj_clip = proj_clip
        self._forget_bias = forget_bias
        self._state_is_tuple = state_is_tuple
        self._activation = _rnn_activation(activation)
        if num_proj:
            self._state_size = _LSTMStateTuple(num_units, num_proj) if state_is_tuple else num_units + num_proj
            self._output_size = num_proj
        else:
            self._state_size = _LSTMStateTuple(num_units, num_units) if state_is_tuple else 2 * num_units
            self._output_size = num_units

    @property
    def state_size(self):
        return self._state_size

    @property
    def output_size(self):
        return self._output_size

    def build(self, inputs_shape):
        input_depth = _rnn_input_depth(self, inputs_shape)
        h_depth = self._num_units if self._num_proj is None else self._num_proj
        self._kernel = self.add_variable("kernel", shape=[input_depth + h_depth, 4 * self._num_units],
                                         initializer=self._initializer, partitioner=None)
        initializer = Zeros(dtype=self.dtype) if self.dtype is not None else Zeros
        self._bias = self.add_variable("bias", shape=[4 * self._num_units], initializer=initializer)
        if self._use_peepholes:
            self._w_f_diag = self.add_variable("w_f_diag", shape=[self._num_units], initializer=self._initializer)
            self._w_i_diag = self.add_variable("w_i_diag", shape=[self._num_units], initializer=self._initializer)
            self._w_o_diag = self.add_variable("w_o_diag", shape=[self._num_units], initializer=self._initializer)
        if self._num_proj is not None:
            self._proj_kernel = self.add_variable("projection/kernel", shape=[self._num_units, self._num_proj],
                                                  initializer=self._initializer, partitioner=None)
        self.built = True

    def call(self, inputs, state):
        _rnn_check_input_dtypes([inputs, state])
        num_proj = self._num_units if self._num_proj is None else self._num_proj
        if self._cell_clip is not None or self._proj_clip is not None:
            _not_supported("LSTMCell clipping (clip_ops.clip_by_value)")
        if self._state_is_tuple:
            c_prev, m_prev = state
        else:
            c_prev = _rnn_slice(state, [0, 0], [-1, self._num_units])
            m_prev = _rnn_slice(state, [0, self._num_units], [-1, num_proj])
        input_size = inputs.get_shape().as_list()[1]
        if input_size is None:
            raise ValueError("Could not infer input size from inputs.get_shape()[-1]")
        lstm_matrix = matmul(concat([inputs, m_prev], 1), self._kernel)
        lstm_matrix = bias_add(lstm_matrix, self._bias)
        i, j, f, o = split(value=lstm_matrix, num_or_size_splits=4, axis=1)
        if self._use_peepholes:
            c = (sigmoid(f + self._forget_bias + self._w_f_diag * c_prev) * c_prev +
                 sigmoid(i + self._w_i_diag * c_prev) * self._activation(j))
        else:
            c = sigmoid(f + self._forget_bias) * c_prev + sigmoid(i) * self._activation(j)
        if self._use_peepholes:
            m = sigmoid(o + self._w_o_diag * c) * self._activation(c)
        else:
            m = sigmoid(o) * self._activation(c)
        if self._num_proj is not None:
            m = matmul(m, self._proj_kernel)
        return m, (_LSTMStateTuple(c, m) if self._state_is_tuple else concat([c, m], 1))


class MultiRNNCell(RNNCell):
    def __init__(self, cells, state_is_tuple=True):
        _deprecated("MultiRNNCell.__init__", None, "This class is equivalent as tf.keras.layers.StackedRNNCells, "
                    "and will be replaced by that in Tensorflow 2.0.", _RNN_MODULE)
        _RNNCell.__init__(self)
        if not cells:
            raise ValueError("Must specify at least one cell for MultiRNNCell.")
        if not isinstance(cells, (list, tuple)):
            raise TypeError("cells must be a list or tuple, but saw: %s." % cells)
        self._cells = cells
        self._state_is_tuple = state_is_tuple
        if not state_is_tuple:
            if any(_rnn_is_sequence(c.state_size) for c in self._cells):
                raise ValueError("Some cells return tuples of states, but the flag state_is_tuple is not set.  "
                                 "State sizes are: %s" % str([c.state_size for c in self._cells]))

    @property
    def state_size(self):
        if self._state_is_tuple:
            return tuple(cell.state_size for cell in self._cells)
        return sum(cell.state_size for cell in self._cells)

    @property
    def output_size(self):
        return self._cells[-1].output_size

    def zero_state(self, batch_size, dtype):
        with name_scope(type(self).__name__ + "ZeroState", values=[batch_size]):
            if self._state_is_tuple:
                return tuple(cell.zero_state(batch_size, dtype) for cell in self._cells)
            return _rnn_zero_state_tensors(self.state_size, batch_size, dtype)

    @property
    def trainable_weights(self):
        if not self.trainable:
            return []
        weights = []
        for cell in self._cells:
            if isinstance(cell, _KerasLayer):
                weights += cell.trainable_weights
        return weights

    @property
    def non_trainable_weights(self):
        weights = []
        for cell in self._cells:
            if isinstance(cell, _KerasLayer):
                weights += cell.non_trainable_weights
        if not self.trainable:
            trainable_weights = []
            for cell in self._cells:
                if isinstance(cell, _KerasLayer):
                    trainable_weights += cell.trainable_weights
            return trainable_weights + weights
        return weights

    def call(self, inputs, state):
        cur_state_pos = 0
        cur_inp = inputs
        new_states = []
        for i, cell in enumerate(self._cells):
            with variable_scope("cell_%d" % i):
                if self._state_is_tuple:
                    if not _rnn_is_sequence(state):
                        raise ValueError("Expected state to be a tuple of length %d, but received: %s"
                                         % (len(self.state_size), state))
                    cur_state = state[i]
                else:
                    cur_state = _rnn_slice(state, [0, cur_state_pos], [-1, cell.state_size])
                    cur_state_pos += cell.state_size
                cur_inp, new_state = cell(cur_inp, cur_state)
                new_states.append(new_state)
        return cur_inp, (tuple(new_states) if self._state_is_tuple else concat(new_states, 1))


class DropoutWrapper(_RNNCell):
    # rnn_cell_impl.DropoutWrapper (rnn_cell_wrapper_impl.DropoutWrapperBase on
    # _RNNCellWrapperV1): no scope of its own, so the variables are the wrapped cell's.
    def __init__(self, cell, input_keep_prob=1.0, output_keep_prob=1.0, state_keep_prob=1.0,
                 variational_recurrent=False, input_size=None, dtype=None, seed=None,
                 dropout_state_filter_visitor=None, **kwargs):
        _RNNCell.__init__(self, dtype=dtype, **kwargs)
        _assert_like_rnncell("cell", cell)
        self.cell = cell
        if dropout_state_filter_visitor is not None and not callable(dropout_state_filter_visitor):
            raise TypeError("dropout_state_filter_visitor must be callable")
        if dropout_state_filter_visitor is not None:
            _not_supported("DropoutWrapper(dropout_state_filter_visitor=...)")
        with name_scope("DropoutWrapperInit"):
            for prob, attr in [(input_keep_prob, "input_keep_prob"), (state_keep_prob, "state_keep_prob"),
                               (output_keep_prob, "output_keep_prob")]:
                tensor_prob = convert_to_tensor(prob)
                if isinstance(prob, (int, float)) and not isinstance(prob, _pybool):
                    if prob < 0 or prob > 1:
                        raise ValueError("Parameter %s must be between 0 and 1: %d" % (attr, prob))
                    setattr(self, "_%s" % attr, float(prob))
                else:
                    setattr(self, "_%s" % attr, tensor_prob)
        if variational_recurrent:
            _not_supported("DropoutWrapper(variational_recurrent=True)")
        self._seed = seed

    @property
    def wrapped_cell(self):
        return self.cell

    @property
    def state_size(self):
        return self.cell.state_size

    @property
    def output_size(self):
        return self.cell.output_size

    @property
    def trainable_weights(self):
        return self.cell.trainable_weights

    @property
    def non_trainable_weights(self):
        return self.cell.non_trainable_weights

    def zero_state(self, batch_size, dtype):
        with name_scope(type(self).__name__ + "ZeroState", values=[batch_size]):
            return self.cell.zero_state(batch_size, dtype)

    def _dropout(self, values, keep_prob, filtered=None):
        def dropout(v):
            rate = 1. - keep_prob if isinstance(keep_prob, float) else 1 - keep_prob
            return _nn_dropout(v, rate=rate, seed=self._seed)
        if filtered is None:
            return _rnn_map(dropout, values)
        return _rnn_map(lambda pair: dropout(pair[1]) if pair[0] else pair[1], filtered)

    def __call__(self, inputs, state, scope=None):
        def should_dropout(p):
            return (not isinstance(p, float)) or p < 1
        if should_dropout(self._input_keep_prob):
            inputs = self._dropout(inputs, self._input_keep_prob)
        output, new_state = self.cell(inputs, state, scope=scope)
        if should_dropout(self._state_keep_prob):
            # _default_dropout_state_filter_visitor: an LSTM's memory c is kept as is.
            def pairs(sub):
                if isinstance(sub, _LSTMStateTuple):
                    return _LSTMStateTuple(_RNNDropPair(False, sub.c), _RNNDropPair(True, sub.h))
                if isinstance(sub, (list, tuple)):
                    return type(sub)([pairs(x) for x in sub])
                return _RNNDropPair(True, sub)
            new_state = _rnn_map(lambda pr: self._dropout(pr.value, self._state_keep_prob) if pr.drop else pr.value,
                                 pairs(new_state))
        if should_dropout(self._output_keep_prob):
            output = self._dropout(output, self._output_keep_prob)
        return output, new_state


class _RNNDropPair(object):
    def __init__(self, drop, value):
        self.drop = drop
        self.value = value


# ------------------------------------------------------------------ rnn.py

def _rnn_transpose_batch_time(x):
    dims = x.shape.as_list() if x.shape.ndims is not None else None
    if dims is not None and len(dims) < 2:
        return x
    if dims is None:
        _not_supported("dynamic_rnn on inputs of unknown rank")
    return _rnn_opaque("Transpose", "transpose", [x], [(x.dtype, [dims[1], dims[0]] + dims[2:])])[0]


def _rnn_best_effort_batch_size(flat_input):
    for input_ in flat_input:
        shape = input_.shape
        if shape.ndims is None:
            continue
        if shape.ndims < 2:
            raise ValueError("Expected input tensor %s to have rank at least 2" % input_)
        batch_size = shape.dims[1].value
        if batch_size is not None:
            return batch_size
    return None


def _rnn_infer_state_dtype(explicit_dtype, state):
    if explicit_dtype is not None:
        return as_dtype(explicit_dtype)
    return _rnn_flatten(state)[0].dtype


class _RNNDims(object):
    # The static [batch, ...] dims of one state tensor (a leaf for _rnn_map / _rnn_flatten).
    def __init__(self, dims):
        self.dims = dims


def _rnn_state_size_dims(state_size, batch_size):
    return _rnn_map(lambda s: _RNNDims(_rnn_concat_static(batch_size, s)), state_size)


def _rnn_dynamic_loop(cell, inputs, state_dims, dtype):
    # _dynamic_rnn_loop: the while loop's frame ops (Enter, Merge, Less, LoopCond,
    # Switch, Identity, NextIteration, Exit) in while_loop's order around one
    # call of the cell; their hidden inputs (Less/Enter, add/y, the
    # TensorArrays' own ops) are left out.
    flat_input = _rnn_flatten(inputs)
    inputs_got_shape = [x.shape.as_list() for x in flat_input]
    for shape in inputs_got_shape:
        if len(shape) < 3:
            raise ValueError("Shape %s must have rank at least 3" % TensorShape(shape))
        if any(d is None for d in shape[2:]):
            raise ValueError("Input size (depth of inputs) must be accessible via shape inference, but saw value "
                             "None.")
    const_time_steps, const_batch_size = inputs_got_shape[0][:2]
    for shape in inputs_got_shape:
        if const_time_steps != shape[0]:
            raise ValueError("Time steps is not the same for all the elements in the input in a batch.")
        if const_batch_size != shape[1]:
            raise ValueError("Batch_size is not the same for all the elements in the input.")
    state_dtype = _rnn_infer_state_dtype(dtype, state_dims[1])
    flat_state_dims = _rnn_flatten(state_dims[0])
    flat_output_size = _rnn_flatten(cell.output_size)
    constant(0, dtype=int32, name="time")
    with name_scope("dynamic_rnn"):
        pass
    # while_loop(cond, body, (time, output_ta, state), maximum_iterations=time_steps): the
    # loop variables are the iteration counter, time, one TensorArray flow per output, the state.
    specs = ([(int32, []), (int32, [])] + [(float32, [])] * len(flat_output_size) +
             [(state_dtype, d.dims) for d in flat_state_dims])
    first_state_var = 2 + len(flat_output_size)
    with name_scope("while") as loop_scope:
        counter = constant(0, dtype=int32, name="iteration_counter")
        enters = [_rnn_opaque("Enter", None, [counter] if k == 0 else [], [specs[k]])[0] for k in range(len(specs))]
        merges = [_rnn_opaque("Merge", None, [e, e], [spec, (int32, [])])[0] for e, spec in zip(enters, specs)]
        less = _rnn_opaque("Less", None, [merges[0]], [(bool, [])])[0]
        less_1 = _rnn_opaque("Less", None, [merges[1]], [(bool, [])])[0]
        pivot = _rnn_opaque("LoopCond", None, [_rnn_opaque("LogicalAnd", None, [less, less_1], [(bool, [])])[0]],
                            [(bool, [])])[0]
        switches = [_rnn_opaque("Switch", None, [m, pivot], [spec, spec]) for m, spec in zip(merges, specs)]
        body_vars = [_rnn_opaque("Identity", None, [sw[1]], [spec])[0] for sw, spec in zip(switches, specs)]
        next_counter = _rnn_opaque("AddV2", "add", [body_vars[0]], [(int32, [])])[0]
        input_t = [_rnn_opaque("TensorArrayReadV3", None, [x, body_vars[1]], [(x.dtype, s[1:])])[0]
                   for x, s in zip(flat_input, inputs_got_shape)]
        input_t = _rnn_pack(inputs, input_t)
        output, new_state = cell(input_t, _rnn_pack(state_dims[0], body_vars[first_state_var:]))
        flat_output = _rnn_flatten(output)
        flows = []
        for k, out in enumerate(flat_output):
            with name_scope("TensorArrayWrite"):
                flows.append(_rnn_opaque("TensorArrayWriteV3", None, [body_vars[1], out, body_vars[2 + k]],
                                         [(float32, [])])[0])
        next_time = _rnn_opaque("AddV2", "add", [body_vars[1]], [(int32, [])])[0]
        results = [next_counter, next_time] + flows + _rnn_flatten(new_state)
        for r, spec in zip(results, specs):
            _rnn_opaque("NextIteration", None, [r], [spec])
        exits = [_rnn_opaque("Exit", None, [sw[0]], [spec])[0] for sw, spec in zip(switches, specs)]
    exits = exits[first_state_var:]
    final_state = _rnn_pack(state_dims[0], exits)
    with name_scope("TensorArrayStack"):
        stacked = [_rnn_opaque("TensorArrayGatherV3", None, [o],
                               [(o.dtype, [const_time_steps, const_batch_size] + o.shape.as_list()[1:])])[0]
                   for o in flat_output]
    return _rnn_pack(cell.output_size, stacked), final_state


def _rnn_initial_state_dims(cell, initial_state, batch_size, dtype):
    # (structure with the static [batch, ...] dims of every state tensor, the state itself)
    if initial_state is not None:
        return (_rnn_map(lambda t: _RNNDims(t.shape.as_list()), initial_state), initial_state)
    if not dtype:
        raise ValueError("If there is no initial_state, you must give a dtype.")
    return (_rnn_state_size_dims(cell.state_size, batch_size), None)


def dynamic_rnn(cell, inputs, sequence_length=None, initial_state=None, dtype=None, parallel_iterations=None,
                swap_memory=False, time_major=False, scope=None):
    _deprecated("dynamic_rnn", None, "Please use `keras.layers.RNN(cell)`, which is equivalent to this API",
                "tensorflow.python.ops.rnn")
    _assert_like_rnncell("cell", cell)
    with variable_scope(scope or "rnn"):
        flat_input = _rnn_flatten(inputs)
        if not time_major:
            flat_input = [convert_to_tensor(x) for x in flat_input]
            flat_input = tuple(_rnn_transpose_batch_time(x) for x in flat_input)
        if sequence_length is not None:
            if not (isinstance(sequence_length, Tensor) and sequence_length.dtype == int32):
                sequence_length = cast(sequence_length, int32)
            if sequence_length.get_shape().ndims not in (None, 1):
                raise ValueError("sequence_length must be a vector of length batch_size, but saw shape: %s"
                                 % sequence_length.get_shape())
            sequence_length = identity(sequence_length, name="sequence_length")
        batch_size = _rnn_best_effort_batch_size(flat_input)
        dims, state = _rnn_initial_state_dims(cell, initial_state, batch_size, dtype)
        if state is None:
            state = _rnn_map(lambda d: _RNN_DTYPE_ONLY(as_dtype(dtype)), dims)
        inputs = _rnn_pack(inputs, flat_input)
        outputs, final_state = _rnn_dynamic_loop(cell, inputs, (dims, state), dtype)
        if not time_major:
            outputs = _rnn_map(_rnn_transpose_batch_time, outputs)
        return outputs, final_state


class _RNN_DTYPE_ONLY(object):
    # The zero state's dtype, all _dynamic_rnn_loop reads of a state it did not receive.
    def __init__(self, dtype):
        self.dtype = dtype


def static_rnn(cell, inputs, initial_state=None, dtype=None, sequence_length=None, scope=None):
    _deprecated("static_rnn", None, "Please use `keras.layers.RNN(cell, unroll=True)`, which is equivalent to this "
                "API", "tensorflow.python.ops.rnn")
    _assert_like_rnncell("cell", cell)
    if not isinstance(inputs, (list, tuple)):
        raise TypeError("inputs must be a sequence")
    if not inputs:
        raise ValueError("inputs must not be empty")
    if sequence_length is not None:
        _not_supported("static_rnn(sequence_length=...)")
    outputs = []
    with variable_scope(scope or "rnn") as varscope:
        first_input = inputs
        while isinstance(first_input, (list, tuple)):
            first_input = first_input[0]
        if first_input.get_shape().ndims != 1:
            input_shape = first_input.get_shape().as_list()
            if len(input_shape) < 2:
                raise ValueError("Shape %s must have rank at least 2" % first_input.get_shape())
            fixed_batch_size = input_shape[0]
            for flat_input in _rnn_flatten(inputs):
                shape = flat_input.get_shape().as_list()
                for i, size in enumerate(shape[1:]):
                    if size is None:
                        raise ValueError("Input size (dimension %d of inputs) must be accessible via shape "
                                         "inference, but saw value None." % i)
        else:
            fixed_batch_size = first_input.get_shape().as_list()[0]
        if fixed_batch_size:
            batch_size = fixed_batch_size
        else:
            batch_size = _rnn_shape_slice(first_input, 0)
        if initial_state is not None:
            state = initial_state
        else:
            if not dtype:
                raise ValueError("If no initial_state is provided, dtype must be specified")
            state = cell.get_initial_state(inputs=None, batch_size=batch_size, dtype=dtype)
        for time, input_ in enumerate(inputs):
            if time > 0:
                varscope.reuse_variables()
            output, state = cell(input_, state)
            outputs.append(output)
        return outputs, state


def _rnn_shape_slice(x, index):
    # array_ops.shape(x)[index]: Shape, then a StridedSlice whose const inputs are not modelled.
    s = shape(x)
    return _rnn_opaque("StridedSlice", "strided_slice", [s], [(int32, [])])[0]


def _rnn_reverse(x, seq_lengths):
    # bidirectional_dynamic_rnn._reverse: reverse_sequence with lengths, else reverse (ReverseV2).
    dims = x.shape.as_list()
    if seq_lengths is not None:
        return _rnn_opaque("ReverseSequence", None, [x, seq_lengths], [(x.dtype, dims)])[0]
    return _rnn_opaque("ReverseV2", None, [x], [(x.dtype, dims)])[0]


def bidirectional_dynamic_rnn(cell_fw, cell_bw, inputs, sequence_length=None, initial_state_fw=None,
                              initial_state_bw=None, dtype=None, parallel_iterations=None, swap_memory=False,
                              time_major=False, scope=None):
    _deprecated("bidirectional_dynamic_rnn", None, "Please use `keras.layers.Bidirectional(keras.layers.RNN(cell))`, "
                "which is equivalent to this API", "tensorflow.python.ops.rnn")
    _assert_like_rnncell("cell_fw", cell_fw)
    _assert_like_rnncell("cell_bw", cell_bw)
    time_axis = 0 if time_major else 1
    with variable_scope(scope or "bidirectional_rnn"):
        with variable_scope("fw") as fw_scope:
            output_fw, output_state_fw = _rnn_dynamic_rnn(cell=cell_fw, inputs=inputs, sequence_length=sequence_length,
                                                          initial_state=initial_state_fw, dtype=dtype,
                                                          time_major=time_major, scope=fw_scope)
        with variable_scope("bw") as bw_scope:
            inputs_reverse = _rnn_map(lambda inp: _rnn_reverse(inp, sequence_length), inputs)
            tmp, output_state_bw = _rnn_dynamic_rnn(cell=cell_bw, inputs=inputs_reverse,
                                                    sequence_length=sequence_length, initial_state=initial_state_bw,
                                                    dtype=dtype, time_major=time_major, scope=bw_scope)
    output_bw = _rnn_map(lambda t: _rnn_reverse(t, sequence_length), tmp)
    return (output_fw, output_bw), (output_state_fw, output_state_bw)


def static_bidirectional_rnn(cell_fw, cell_bw, inputs, initial_state_fw=None, initial_state_bw=None, dtype=None,
                             sequence_length=None, scope=None):
    _deprecated("static_bidirectional_rnn", None, "Please use `keras.layers.Bidirectional(keras.layers.RNN(cell, "
                "unroll=True))`, which is equivalent to this API", "tensorflow.python.ops.rnn")
    _assert_like_rnncell("cell_fw", cell_fw)
    _assert_like_rnncell("cell_bw", cell_bw)
    if not isinstance(inputs, (list, tuple)):
        raise TypeError("inputs must be a sequence")
    if not inputs:
        raise ValueError("inputs must not be empty")
    if sequence_length is not None:
        _not_supported("static_bidirectional_rnn(sequence_length=...)")
    with variable_scope(scope or "bidirectional_rnn"):
        with variable_scope("fw") as fw_scope:
            output_fw, output_state_fw = _rnn_static_rnn(cell_fw, inputs, initial_state_fw, dtype, None,
                                                         scope=fw_scope)
        with variable_scope("bw") as bw_scope:
            tmp, output_state_bw = _rnn_static_rnn(cell_bw, list(reversed(inputs)), initial_state_bw, dtype, None,
                                                   scope=bw_scope)
    output_bw = list(reversed(tmp))
    flat_outputs = [concat([fw, bw], 1) for fw, bw in zip(_rnn_flatten(output_fw), _rnn_flatten(output_bw))]
    return (_rnn_pack(output_fw, flat_outputs), output_state_fw, output_state_bw)


# ------------------------------------------------------------------ modules

_rnn_dynamic_rnn = dynamic_rnn
_rnn_static_rnn = static_rnn
# The cells and functions live only in tf.nn, tf.nn.rnn_cell and tf.contrib.rnn, not at tf's top level.
_RNN_PUBLIC = {}
for _k in ("RNNCell", "BasicRNNCell", "BasicLSTMCell", "LSTMCell", "GRUCell", "MultiRNNCell", "LSTMStateTuple",
           "DropoutWrapper", "dynamic_rnn", "static_rnn", "bidirectional_dynamic_rnn", "static_bidirectional_rnn"):
    _RNN_PUBLIC[_k] = globals().pop(_k)

_RNN_CELL_NAMES = ["RNNCell", "BasicRNNCell", "BasicLSTMCell", "LSTMCell", "GRUCell", "MultiRNNCell",
                   "LSTMStateTuple", "DropoutWrapper"]
_RNN_NN_NAMES = ["dynamic_rnn", "static_rnn", "bidirectional_dynamic_rnn", "static_bidirectional_rnn"]
_fill_submodule_before_rnn = _fill_submodule


def _rnn_contrib_getattr(name):
    # tf.contrib is large; only tf.contrib.rnn is modelled.
    if name.startswith("__"):
        raise AttributeError("module 'tensorflow.contrib' has no attribute '%s'" % name)
    raise NotImplementedError("tf.contrib.%s is not supported in scopeplay" % name)


def _fill_submodule(name, d):
    parts = name.split(".")
    if parts[:2] == ["compat", "v1"] and len(parts) > 2:
        parts = parts[2:]
    if parts == ["nn", "rnn_cell"]:
        for k in _RNN_CELL_NAMES:
            d[k] = _RNN_PUBLIC[k]
        d["__getattr__"] = _module_getattr("tensorflow.nn.rnn_cell", "tf.nn.rnn_cell")
        return
    if parts == ["contrib"]:
        d["__getattr__"] = _rnn_contrib_getattr
        return
    if parts == ["contrib", "rnn"]:
        for k in _RNN_CELL_NAMES + ["static_rnn", "static_bidirectional_rnn"]:
            d[k] = _RNN_PUBLIC[k]
        d["__getattr__"] = _module_getattr("tensorflow.contrib.rnn", "tf.contrib.rnn")
        return
    _fill_submodule_before_rnn(name, d)
    if parts == ["nn"] and _RNN_ENABLED:
        for k in _RNN_NN_NAMES:
            d[k] = _RNN_PUBLIC[k]


if _RNN_ENABLED:
    _SUBMODULES.extend(["nn.rnn_cell", "compat.v1.nn.rnn_cell"])
    if "contrib" not in _SUBMODULES:
        _SUBMODULES.extend(["contrib", "contrib.rnn"])
else:
    _fill_submodule = _fill_submodule_before_rnn
)PY";
}
#pragma GCC diagnostic pop

}  // namespace scopeplay::bridge
