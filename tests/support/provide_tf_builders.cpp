// Linked into the test programs of an engine built without the TF builders'
// texts (SCOPEPLAY_EMBED_TF_BUILDERS off: the WebAssembly build): they carry
// the texts themselves and provide them before any test runs, as a host
// provides the bundle file, so that every suite sees the whole engine. The
// path that asks the host for them is tested from JavaScript (tests/js).
#include "bridge/tf_builders_bundle.h"
#include "bridge/tf_prelude.h"
#include "scopeplay/run.h"

namespace {

const bool provided = scopeplay::provide(
    "tf-builders", scopeplay::bridge::make_builders_bundle(scopeplay::bridge::lazy_prelude_texts()));

}  // namespace

// Referenced by nothing: the object file is linked directly, so the
// initializer above runs.
bool scopeplay_test_builders_provided() { return provided; }
