#!/bin/bash
# `nnscope train` in one process beside the same training as a job of 2 and 4 local ranks
# (`nnscope launch`, docs/benchmarks.md §3b), one after the other on a quiet machine, and whether the
# saved weights are the same. Usage: bench/ranks_pair.sh [train options]; needs a release build.
set -euo pipefail
cd "$(dirname "$0")/.."
N=$PWD/build/release/app/cli/nnscope
OPTIONS=(${@:-"--data" "glove-100d" "--clusters" "10"})
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
run() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$OUT/time" "$@" > /dev/null 2> "$OUT/err" || { tail -3 "$OUT/err"; exit 1; }
  read -r seconds kib < "$OUT/time"
  echo "$label $seconds $kib"
}
digests() { python3 -c "import json,sys; print(' '.join(m['sha256'][:12] for m in json.load(open(sys.argv[1]))['models']))" "$1/manifest.json"; }
echo "run wall_seconds peak_rss_kib_of_the_largest_process"
run "one-process" "$N" train "${OPTIONS[@]}" --out "$OUT/one"
for ranks in 2 4; do
  run "launch-nproc-$ranks" "$N" launch --nproc "$ranks" -- "$N" train "${OPTIONS[@]}" --out "$OUT/ranks$ranks"
done
for ranks in 2 4; do
  if [ "$(digests "$OUT/one")" = "$(digests "$OUT/ranks$ranks")" ]; then
    echo "nproc $ranks: the same weights as one process (every model's SHA-256)"
  else
    echo "nproc $ranks: DIFFERENT weights"; exit 1
  fi
done
