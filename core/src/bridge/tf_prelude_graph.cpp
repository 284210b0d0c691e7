// The `tensorflow` prelude, part 2: Graph, its context managers, the default graph.
// (Python run inside the module at import; see tf_prelude.h).
#include "bridge/tf_prelude.h"

namespace scopeplay::bridge {

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverlength-strings"
std::string_view prelude_graph() {
  return R"PY(
# tensorflow prelude, part 2: Graph, its context managers and the default graph.


class _GraphDefault(object):
    def __init__(self, gid):
        self._gid = gid

    def __enter__(self):
        _n.push_graph(self._gid)
        return _graph(self._gid)

    def __exit__(self, t, v, tb):
        _n.pop_graph(self._gid)
        return False


class _GraphNameScope(object):
    def __init__(self, gid, name):
        self._gid = gid
        self._name = name

    def __enter__(self):
        self._tok, s = _n.name_scope_enter(self._gid, self._name, None, False, False)
        return s

    def __exit__(self, t, v, tb):
        _n.name_scope_exit(self._gid, self._tok)
        return False


class _DeviceScope(object):
    def __init__(self, gid, name):
        self._gid = gid
        self._name = name

    def __enter__(self):
        _n.push_device(self._gid, self._name)
        return None

    def __exit__(self, t, v, tb):
        _n.pop_device(self._gid)
        return False


class Graph(object):
    def __init__(self):
        self._gid = _n.new_graph()
        self._finalized = False
        _GRAPHS[self._gid] = self

    def as_default(self):
        return _GraphDefault(self._gid)

    def name_scope(self, name):
        return _GraphNameScope(self._gid, name)

    def unique_name(self, name, mark_as_used=True):
        return _n.unique_name(self._gid, name, mark_as_used)

    def get_name_scope(self):
        return _n.get_name_scope(self._gid)

    def get_operations(self):
        return [_wrap_op(self._gid, o) for o in _n.get_operations(self._gid)]

    def get_operation_by_name(self, name):
        if not isinstance(name, str):
            raise TypeError("Operation names are strings (or similar), not %s." % type(name).__name__)
        return _wrap_op(self._gid, _n.op_by_name(self._gid, name))

    def get_tensor_by_name(self, name):
        if not isinstance(name, str):
            raise TypeError("Tensor names are strings (or similar), not %s." % type(name).__name__)
        return _wrap_tensor(self._gid, _n.tensor_by_name(self._gid, name))

    def as_graph_element(self, obj, allow_tensor=True, allow_operation=True):
        if allow_tensor and allow_operation:
            types_str = "Tensor or Operation"
        elif allow_tensor:
            types_str = "Tensor"
        elif allow_operation:
            types_str = "Operation"
        else:
            raise ValueError("allow_tensor and allow_operation can't both be False.")
        if isinstance(obj, str):
            name = obj
            if ":" in name and allow_tensor:
                return self.get_tensor_by_name(name)
            if ":" not in name and allow_operation:
                return self.get_operation_by_name(name)
            if ":" not in name and allow_tensor and not allow_operation:
                raise ValueError("The name %s looks a like an Operation name, but is not allowed to be one. "
                                 "Please use the `name:0` form to get a Tensor." % repr(name))
            raise ValueError("Name %s appears to refer to a Tensor, not a %s." % (repr(name), types_str))
        if isinstance(obj, RefVariable):
            obj = obj.value()
        if isinstance(obj, Tensor) and allow_tensor:
            if obj._gid != self._gid:
                raise ValueError("Tensor %s is not an element of this graph." % obj)
            return obj
        if isinstance(obj, Operation) and allow_operation:
            if obj._gid != self._gid:
                raise ValueError("Operation %s is not an element of this graph." % obj)
            return obj
        raise TypeError("Can not convert a %s into a %s." % (type(obj).__name__, types_str))

    def get_collection(self, name, scope=None):
        return _wrap_items(self._gid, _n.get_collection(self._gid, name, scope))

    def get_collection_ref(self, name):
        return self.get_collection(name)

    def add_to_collection(self, name, value):
        _n.add_to_collection(self._gid, name, value)

    def add_to_collections(self, names, value):
        if isinstance(names, str):
            names = [names]
        for n in set(names) if not isinstance(names, list) else names:
            _n.add_to_collection(self._gid, n, value)

    def get_all_collection_keys(self):
        return _n.get_all_collection_keys(self._gid)

    def clear_collection(self, name):
        _n.clear_collection(self._gid, name)

    def device(self, device_name_or_function):
        if callable(device_name_or_function):
            _not_supported("tf.device with a device function")
        if device_name_or_function is not None and not isinstance(device_name_or_function, str):
            device_name_or_function = device_name_or_function.to_string()
        return _DeviceScope(self._gid, device_name_or_function)

    @property
    def finalized(self):
        return self._finalized

    def finalize(self):
        self._finalized = True

    @property
    def version(self):
        return _n.num_ops(self._gid)

    @property
    def building_function(self):
        return False

    def is_feedable(self, tensor):
        return True

    def control_dependencies(self, control_inputs):
        _not_supported("Graph.control_dependencies")

    def __repr__(self):
        return "<tensorflow.python.framework.ops.Graph object at 0x%x>" % (0x7f0000000000 + self._gid * 0x1000)


def get_default_graph():
    return _graph(_n.default_graph())


def reset_default_graph():
    _n.reset_default_graph()
)PY";
}
#pragma GCC diagnostic pop

}  // namespace scopeplay::bridge
