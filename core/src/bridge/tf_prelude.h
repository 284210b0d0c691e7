// The Python half of `tensorflow`, embedded as source text.
//
// TF's user-facing surface is large and Pythonic (keyword signatures whose
// errors must name the real function, context managers, operator dunders,
// properties, object identity), so it is written in Python on top of the
// `_scopeplay_tf` natives: four eager parts run in order inside the module
// at import (from trees packed when the engine is built, see below), and lazy
// parts run when first needed; the frames are internal, so user tracebacks
// never show them. No naming logic lives here: every name is decided in scope/.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace scopeplay::bridge {

// The file name the prelude's frames carry (internal: never shown to users).
inline constexpr const char* kPreludeFile = "<tensorflow>";

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

// The eager parts, run in this order at `import tensorflow`. The engine runs
// them from their parsed trees, packed when it is built (core/gen/pack_prelude.cpp,
// syntax/ast_pack.h): a cold first run (in a browser, V8 compiling and
// re-compiling the engine's code as it goes) then neither lexes, parses nor
// checks 60 KB of Python, and the texts are not in the engine's binary.
inline std::vector<std::string_view> eager_prelude_texts() {
  return {prelude_types(), prelude_graph(), prelude_scopes(), prelude_ops()};
}

// The eager parts' packed trees (with their line tables), in the order of
// eager_prelude_texts(); generated into the build directory.
std::vector<std::string_view> packed_eager_preludes();

// The lazy parts (the builders), run from their text the first time a snippet
// reaches for a name the eager parts lack: an attribute of tf or of a tf
// submodule, or an `import tensorflow.x`. They only add names (and extend
// _fill_submodule), never replace what an eager part defined, so a snippet
// sees the same module whether or not they ran.
inline std::vector<std::string_view> lazy_prelude_texts() {
  return {prelude_gradients(), prelude_template(), prelude_layers(), prelude_layers_core(),
          prelude_keras(),     prelude_rnn(),      prelude_train()};
}

// The digest (tf_builders_bundle.h) of lazy_prelude_texts() as this engine
// was built; generated with the packed trees.
std::string_view builders_digest_built();

// The lazy parts as the engine runs them (tf_builders.cpp): compiled in
// (SCOPEPLAY_EMBED_TF_BUILDERS, the native build), or provided by the host as
// the bundle the build wrote (the WebAssembly build leaves their texts out);
// nullopt when neither, and the run must ask the host for them.
std::optional<std::vector<std::string_view>> builder_texts();

// Takes the bundle for every later run in the process, and parses its parts
// at once (the host provides it while idle, or for the run that needs it);
// false if it is not the bundle of this engine's texts. Once taken, it is
// never replaced (runs on other threads may be reading it).
bool provide_builders(std::string_view bundle);

}  // namespace scopeplay::bridge
