#!/usr/bin/env bash
# Builds the fuzzer's seed corpus: every golden snippet (tests/golden/**/*.py),
# copied flat into DIR (default build/fuzz/seeds), one file per snippet.
#
#   tests/fuzz/make_corpus.sh [DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=${1:-build/fuzz/seeds}
mkdir -p "$dir"
n=0
while IFS= read -r -d '' f; do
  name=${f#tests/golden/}
  cp "$f" "$dir/${name//\//_}"
  n=$((n + 1))
done < <(find tests/golden -name '*.py' -print0)
echo "seed corpus: $n snippets in $dir"
