#!/usr/bin/env bash
# Sets scopeplay up and starts it: installs what is missing (Debian packages,
# npm packages), builds the engine for WebAssembly and the web playground,
# then serves the playground on 127.0.0.1 and prints its URL.
#   SCOPEPLAY_PORT=8080 (default)   the port to serve on (another free one if taken)
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/setup.sh
scopeplay_setup_native
scopeplay_setup_web

echo "== building the engine (WebAssembly)"
cmake --preset wasm >/dev/null
cmake --build --preset wasm --target scopeplay_wasm

echo "== building the playground (dist/)"
npm run --silent build:web

exec node web/serve.mjs dist --port "${SCOPEPLAY_PORT:-8080}"
