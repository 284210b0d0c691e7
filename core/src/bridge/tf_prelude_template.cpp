// The `tensorflow` prelude, template part: tf.make_template (template.py).
// (Python run inside the module at import; see tf_prelude.h).
#include "bridge/tf_prelude.h"

namespace scopeplay::bridge {

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverlength-strings"
std::string_view prelude_template() {
  return R"PY(
# tensorflow prelude, template part: make_template. The first call creates the
# template's variable scope (unless create_scope_now_) and its variables;
# later calls re-enter that scope object with reuse=True.


class _pure_variable_scope(object):
    # variable_scope._pure_variable_scope for a string: no name scope, and the
    # new scope's original_name_scope is the bare name.
    def __init__(self, name, custom_getter=None):
        self._gid = _n.default_graph()
        self._ctx = _n.vs_create_pure(self._gid, name, custom_getter)

    def __enter__(self):
        return _wrap_vscope(self._gid, _n.vs_enter(self._ctx))

    def __exit__(self, t, v, tb):
        _n.vs_exit(self._ctx)
        return False


def _skip_common_stack_elements(stacktrace, base_case):
    for i, (trace, base) in enumerate(zip(stacktrace, base_case)):
        if trace != base:
            return stacktrace[i:]
    return stacktrace[-1:]


def _bind_template_kwargs(func, bound):
    # functools.partial(func, **bound): call-time keywords win.
    def partial(*args, **kwargs):
        merged = dict(bound)
        merged.update(kwargs)
        return func(*args, **merged)
    return partial


class Template(object):
    def __init__(self, name, func, create_scope_now=False, unique_name=None, custom_getter=None,
                 create_graph_function=False):
        self._func = func
        self._stacktrace = _n.user_stack()
        self._name = name
        self._unique_name = unique_name
        self._custom_getter = custom_getter
        if name is None:
            raise ValueError("name cannot be None.")
        if create_scope_now:
            scope_name = self._unique_name or _n.vs_unique_name(_n.default_graph(), self._name)
            with _pure_variable_scope(scope_name, custom_getter=self._custom_getter) as vs:
                self._variable_scope = vs
        else:
            self._variable_scope = None
        self._variables_created = False
        self._first_call = True

    def _call_func(self, args, kwargs):
        try:
            if self._variables_created:
                vars_at_start = len(get_collection(GraphKeys.GLOBAL_VARIABLES))
                trainable_at_start = len(get_collection(GraphKeys.TRAINABLE_VARIABLES))
                result = self._func(*args, **kwargs)
                trainable = get_collection(GraphKeys.TRAINABLE_VARIABLES)
                if trainable_at_start != len(trainable):
                    raise ValueError("Trainable variable created when calling a template after the first time, "
                                     "perhaps you used tf.Variable when you meant tf.get_variable: %s"
                                     % (trainable[trainable_at_start:],))
            elif self._first_call:
                self._first_call = False
                try:
                    result = self._func(*args, **kwargs)
                except BaseException:
                    self._first_call = True
                    raise
                self._variables_created = True
            else:
                result = self._func(*args, **kwargs)
            return result
        except Exception as exc:
            args = exc.args
            arg0 = args[0] if args else ""
            trace = "".join(_skip_common_stack_elements(self._stacktrace, _n.user_stack()))
            exc.args = tuple(["%s\n\noriginally defined at:\n%s" % (arg0, trace)] + list(args[1:]))
            raise

    def __call__(self, *args, **kwargs):
        if self._variable_scope:
            with variable_scope(self._variable_scope, reuse=not self._first_call):
                return self._call_func(args, kwargs)
        with variable_scope(self._unique_name, self._name, custom_getter=self._custom_getter) as vs:
            self._variable_scope = vs
            return self._call_func(args, kwargs)

    @property
    def name(self):
        return self._name

    @property
    def func(self):
        return self._func

    @property
    def variable_scope(self):
        return self._variable_scope

    @property
    def variable_scope_name(self):
        if self._variable_scope:
            name = self._variable_scope.name
            if not name or name[-1] == "/":
                return name
            return name + "/"

    @property
    def variables(self):
        return self.global_variables + self.local_variables

    @property
    def trainable_variables(self):
        if self._variables_created:
            return get_collection(GraphKeys.TRAINABLE_VARIABLES, self.variable_scope_name)
        return []

    @property
    def non_trainable_variables(self):
        trainable = set(self.trainable_variables)
        return [x for x in self.global_variables if x not in trainable]

    @property
    def global_variables(self):
        if self._variables_created:
            return get_collection(GraphKeys.GLOBAL_VARIABLES, self.variable_scope_name)
        return []

    @property
    def local_variables(self):
        if self._variables_created:
            return get_collection(GraphKeys.LOCAL_VARIABLES, self.variable_scope_name)
        return []

    @property
    def weights(self):
        return self.variables

    @property
    def trainable_weights(self):
        return self.trainable_variables

    @property
    def non_trainable_weights(self):
        return self.non_trainable_variables

    @property
    def var_scope(self):
        _deprecated("Template.var_scope", "2017-02-21",
                    "The .var_scope property is deprecated. Please change your code to use the .variable_scope "
                    "property", "tensorflow.python.ops.template")
        return self._variable_scope


if _TF_VERSION == "1.3":
    # TF 1.3's Template had only these two properties.
    for _k in ("name", "func", "variable_scope_name", "variables", "trainable_variables",
               "non_trainable_variables", "global_variables", "local_variables", "weights", "trainable_weights",
               "non_trainable_weights"):
        delattr(Template, _k)


# template.Template is not exported at tf's top level.
_Template = Template
del Template


def make_template(name_, func_, create_scope_now_=False, unique_name_=None, custom_getter_=None, **kwargs):
    if kwargs:
        func_ = _bind_template_kwargs(func_, kwargs)
    return _Template(name_, func_, create_scope_now=create_scope_now_, unique_name=unique_name_,
                    custom_getter=custom_getter_)
)PY";
}
#pragma GCC diagnostic pop

}  // namespace scopeplay::bridge
