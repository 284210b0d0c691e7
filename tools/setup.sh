#!/usr/bin/env bash
# Installs what scopeplay needs on Debian 12 (as root, or through sudo), or
# says exactly what is missing. Sourced by start.sh and test.sh; safe to re-run.
#
#   SCOPEPLAY_SETUP=native   compiler, CMake, Ninja, GoogleTest, Google Benchmark, python3,
#                            clang 14 with its libFuzzer runtime (tests/fuzz)
#   scopeplay_setup_web      Emscripten (the engine's WebAssembly build), Node.js >= 20.19
#                            with npm (the machine's, or Debian's), Chromium and a CJK font
#                            (browser tests), then the npm packages (npm ci)
set -euo pipefail

scopeplay_need_native=(g++ cmake ninja-build libgtest-dev libgmock-dev libbenchmark-dev python3 pkg-config clang-14 libclang-rt-14-dev)

scopeplay_missing_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  echo "${missing[@]:-}"
}

scopeplay_apt_install() {
  local missing
  missing=$(scopeplay_missing_packages "$@")
  [ -z "$missing" ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else
      echo "scopeplay: missing Debian packages: $missing" >&2
      echo "scopeplay: install them as root: apt-get install -y $missing" >&2
      return 1
    fi
  fi
  if ! command -v apt-get >/dev/null; then
    echo "scopeplay: missing packages (no apt-get here): $missing" >&2
    return 1
  fi
  echo "scopeplay: installing $missing" >&2
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
}

scopeplay_setup_native() {
  scopeplay_apt_install "${scopeplay_need_native[@]}"
}

# binaryen: wasm-split, which splits the .wasm in two (wasm/CMakeLists.txt).
scopeplay_need_wasm_build=(emscripten binaryen node-acorn)
scopeplay_need_browser=(chromium fonts-wqy-microhei)

# The web playground: the WebAssembly toolchain, Node.js + npm, Chromium, the
# npm packages of package-lock.json (installed again only when the lock changed).
scopeplay_setup_web() {
  scopeplay_apt_install "${scopeplay_need_wasm_build[@]}" "${scopeplay_need_browser[@]}"
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    scopeplay_apt_install nodejs npm
  fi
  if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
    echo "scopeplay: the playground's build (Vite) needs Node.js >= 20.19; this machine has $(node --version)" >&2
    return 1
  fi
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "scopeplay: npm ci" >&2
    npm ci --no-audit --no-fund --loglevel=error
  fi
}
