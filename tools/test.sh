#!/usr/bin/env bash
# Runs every scopeplay test: the native build (unit + golden suites through
# CTest), the same suites under AddressSanitizer + UndefinedBehaviorSanitizer,
# a two-minute fuzzing smoke run (tests/fuzz), then the WebAssembly build: the
# same suites under Node, and the engine's JavaScript API tests (node --test
# tests/js/), and last the web playground: type check, unit tests, the site's
# build and its browser tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/setup.sh
scopeplay_setup_native

jobs=$(nproc 2>/dev/null || echo 2)

echo "== native build and tests"
cmake --preset native >/dev/null
cmake --build --preset native -j "$jobs"
ctest --preset native -j "$jobs"

echo "== sanitizer build (ASan + UBSan) and tests"
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$jobs"
# AddressSanitizer pads every stack frame with red zones (a parser frame grows
# from ~0.3 KB to ~4.5 KB), so the deliberately deep inputs of the hostile-input
# tests need more than the default 8 MB main stack here; the native and
# WebAssembly runs above and below keep their normal stacks.
(ulimit -s 65536 2>/dev/null || true
 ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --preset asan -j "$jobs")

echo "== fuzz smoke: the libFuzzer harness for 2 minutes from the golden seeds (tests/fuzz)"
tests/fuzz/smoke.sh 120

echo "== WebAssembly build (Emscripten), the same suites under Node, JavaScript API tests"
scopeplay_setup_web
cmake --preset wasm >/dev/null
cmake --build --preset wasm -j "$jobs"
ctest --preset wasm
node --test tests/js/

echo "== web playground: type check, unit tests, build (dist/), browser tests (Chromium)"
scopeplay_setup_web
npm run --silent typecheck:web
npm run --silent test:unit:web
npm run --silent build:web
npm run --silent test:e2e
