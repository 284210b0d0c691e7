#!/usr/bin/env bash
# The fuzzer's CI smoke run: builds the libFuzzer harness (preset "fuzz") and
# fuzzes from the golden-test seed corpus for a fixed time with a fixed seed.
# Any crash, sanitizer report, leak or timeout fails it; the input is left in
# build/fuzz/findings/. Skips (exit 0) with a message when clang's libFuzzer
# runtime is not installed (Debian: libclang-rt-14-dev, see tools/setup.sh).
#
#   tests/fuzz/smoke.sh [SECONDS]     default 120
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-120}

if ! command -v clang++-14 >/dev/null ||
   ! echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, unsigned long) { return 0; }' |
     clang++-14 -x c++ -fsanitize=fuzzer - -o /dev/null 2>/dev/null; then
  echo "fuzz smoke: skipped, clang++-14 with its libFuzzer runtime is not installed (apt-get install clang-14 libclang-rt-14-dev)"
  exit 0
fi

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
tests/fuzz/make_corpus.sh build/fuzz/seeds >/dev/null
mkdir -p build/fuzz/findings
# New inputs go to a fresh folder, so every smoke run starts from the seeds.
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
build/fuzz/tests/fuzz/scopeplay_fuzz "$corpus" build/fuzz/seeds \
  -dict=tests/fuzz/scopeplay.dict -seed=1 -max_total_time="$seconds" \
  -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix=build/fuzz/findings/
