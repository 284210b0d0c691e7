#!/usr/bin/env bash
# Sets scopeplay up and starts it: builds the native engine and runs the six
# snippets of the seed tutorial through the `scopeplay` CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/setup.sh
scopeplay_setup_native

cmake --preset native >/dev/null
cmake --build --preset native

for snippet in examples/seed/*.py; do
  echo "=== scopeplay run $snippet"
  tf_version=$(sed -n 's/^# tf: *//p' "$snippet" | head -n 1)
  build/native/scopeplay run --tf "${tf_version:-1.15}" "$snippet" || true
done
echo
echo "scopeplay is built: run your own snippet with  build/native/scopeplay run FILE.py"
