// Where the lazy prelude parts come from (bridge/tf_prelude.h): the texts
// compiled into the engine, or the bundle a host provided.
#include <mutex>
#include <string>

#include "bridge/tf_builders_bundle.h"
#include "bridge/tf_prelude.h"
#include "runtime/native.h"

namespace scopeplay::bridge {
namespace {

struct Provided {
  std::mutex mutex;
  std::string bundle;                    // owns the texts the views point into
  std::vector<std::string_view> parts;   // empty until a bundle is taken
};

Provided& provided() {
  static Provided* p = new Provided();  // never destroyed: runs may outlive static destruction
  return *p;
}

}  // namespace

bool provide_builders(std::string_view bundle) {
  Provided& p = provided();
  std::vector<std::string_view> parts;
  {
    std::lock_guard<std::mutex> lock(p.mutex);
    if (!p.parts.empty()) return p.bundle == bundle;
    p.bundle.assign(bundle);
    std::optional<std::vector<std::string_view>> read = read_builders_bundle(p.bundle, builders_digest_built());
    if (!read || read->empty()) {
      std::string().swap(p.bundle);
      return false;
    }
    p.parts = parts = std::move(*read);
  }
  // Parsed now, as load_lazy_parts() will run them: the first snippet that
  // uses a builder does not parse 200 KB of Python.
  for (std::string_view part : parts) runtime::prepare_python(part, kPreludeFile, true);
  return true;
}

std::optional<std::vector<std::string_view>> builder_texts() {
#ifdef SCOPEPLAY_EMBED_TF_BUILDERS
  return lazy_prelude_texts();
#else
  Provided& p = provided();
  std::lock_guard<std::mutex> lock(p.mutex);
  if (p.parts.empty()) return std::nullopt;
  return p.parts;
#endif
}

}  // namespace scopeplay::bridge
