// The Python half of `tensorflow`, embedded as source text.
//
// TF's user-facing surface is large and Pythonic (keyword signatures whose
// errors must name the real function, context managers, operator dunders,
// properties, object identity), so it is written in Python on top of the
// `_scopeplay_tf` natives, in four parts run in order inside the module;
// the frames are internal, so user tracebacks never show them. No naming
// logic lives here: every name is decided in scope/.
#pragma once

#include <string_view>
#include <vector>

namespace scopeplay::bridge {

std::string_view prelude_types();   // tf_prelude_types.cpp
std::string_view prelude_graph();   // tf_prelude_graph.cpp
std::string_view prelude_scopes();  // tf_prelude_scopes.cpp
std::string_view prelude_ops();     // tf_prelude_ops.cpp
std::string_view prelude_layers();       // tf_prelude_layers.cpp
std::string_view prelude_layers_core();  // tf_prelude_layers_core.cpp
std::string_view prelude_keras();        // tf_prelude_keras.cpp
std::string_view prelude_template();  // tf_prelude_template.cpp
// RNN cells and loops; subclasses the layers part's Layer, so it comes after it.
std::string_view prelude_rnn();       // tf_prelude_rnn.cpp
// tf.gradients and gradient functions; then optimizers, the global step and Saver names.
std::string_view prelude_gradients();  // tf_prelude_gradients.cpp
std::string_view prelude_train();      // tf_prelude_train.cpp
// `numpy`: arrays that carry only dtype and shape (what graph building reads).
std::string_view prelude_numpy();   // tf_prelude_numpy.cpp

struct PreludePart {
  std::string_view source;
  const char* filename;
  // Lazy parts (the builders) run the first time a snippet reaches for a
  // name the eager parts lack: an attribute of tf or of a tf submodule, or an
  // `import tensorflow.x`. They only add names (and extend _fill_submodule),
  // never replace what an eager part defined, so a snippet sees the same
  // module whether or not they ran.
  bool lazy = false;
};
inline std::vector<PreludePart> prelude_sources() {
  return {{prelude_types(), "<tensorflow>"},
          {prelude_graph(), "<tensorflow>"},
          {prelude_scopes(), "<tensorflow>"},
          {prelude_ops(), "<tensorflow>"},
          {prelude_gradients(), "<tensorflow>", true},
          {prelude_template(), "<tensorflow>", true},
          {prelude_layers(), "<tensorflow>", true},
          {prelude_layers_core(), "<tensorflow>", true},
          {prelude_keras(), "<tensorflow>", true},
          {prelude_rnn(), "<tensorflow>", true},
          {prelude_train(), "<tensorflow>", true}};
}

}  // namespace scopeplay::bridge
