// Where the lazy prelude parts come from (bridge/tf_prelude.h): the texts
// compiled into the engine, or the bundle a host provided.
#include <mutex>
#include <string>

#include "bridge/tf_builders_bundle.h"
#include "bridge/tf_prelude.h"

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
  std::lock_guard<std::mutex> lock(p.mutex);
  if (!p.parts.empty()) return p.bundle == bundle;
  p.bundle.assign(bundle);
  std::optional<std::vector<std::string_view>> parts = read_builders_bundle(p.bundle, builders_digest_built());
  if (!parts || parts->empty()) {
    std::string().swap(p.bundle);
    return false;
  }
  p.parts = std::move(*parts);
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
