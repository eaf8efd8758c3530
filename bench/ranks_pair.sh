#!/bin/bash
# An nnscope command in one process beside the same command as a job of 2 and 4 local ranks
# (`nnscope launch`, docs/benchmarks.md §3b and §8c), one after the other, and whether their outputs
# are the same (a model folder: every model's SHA-256; a report: its results without timings, numbers
# to 12 significant digits; a file: its bytes).
# Usage: [NPROCS="2 4"] bench/ranks_pair.sh [COMMAND OPTIONS...]   (default: train --data glove-100d
# --clusters 10); the command must take --out. Needs a release build; run it on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
N=$PWD/build/release/app/cli/nnscope
COMMAND=("${@:-train}")
[ $# -eq 0 ] && COMMAND=(train --data glove-100d --clusters 10)
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
run() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$OUT/time" "$@" > /dev/null 2> "$OUT/err" || { tail -3 "$OUT/err"; exit 1; }
  read -r seconds kib < "$OUT/time"
  echo "$label $seconds $kib"
}
NPROCS=${NPROCS:-2 4}
fingerprint() { # a model folder: every model's SHA-256; a report folder: results.json or partition.json without its timings; a file: its bytes
  python3 - "$1" <<'PY'
import hashlib, json, os, sys
path = sys.argv[1]
def untimed(x):
    # 12 digits: a learned stop rule's threshold differs in its last bits when BLAS runs on one thread
    # per rank rather than on every core (the same as one process under OMP_NUM_THREADS=1).
    if isinstance(x, float):
        return float(f"{x:.12g}")
    if isinstance(x, dict):
        return {k: untimed(v) for k, v in x.items()
                if not any(t in k for t in ("ms", "seconds", "per_second", "environment", "world_size"))}
    return [untimed(v) for v in x] if isinstance(x, list) else x
if os.path.exists(os.path.join(path, "manifest.json")):
    print(" ".join(m["sha256"] for m in json.load(open(os.path.join(path, "manifest.json")))["models"]))
elif any(os.path.exists(os.path.join(path, f)) for f in ("results.json", "partition.json")):
    name = "results.json" if os.path.exists(os.path.join(path, "results.json")) else "partition.json"
    print(hashlib.sha256(json.dumps(untimed(json.load(open(os.path.join(path, name)))), sort_keys=True).encode()).hexdigest())
else:
    print(hashlib.sha256(open(path, "rb").read()).hexdigest())
PY
}
echo "run wall_seconds peak_rss_kib_of_the_largest_process"
run "one-process" "$N" "${COMMAND[@]}" --out "$OUT/one"
for ranks in $NPROCS; do
  run "launch-nproc-$ranks" "$N" launch --nproc "$ranks" -- "$N" "${COMMAND[@]}" --out "$OUT/ranks$ranks"
done
for ranks in $NPROCS; do
  one=$(fingerprint "$OUT/one"); theirs=$(fingerprint "$OUT/ranks$ranks")
  if [ -n "$one" ] && [ "$one" = "$theirs" ]; then
    echo "nproc $ranks: the same output as one process"
  else
    echo "nproc $ranks: DIFFERENT output"; exit 1
  fi
done
