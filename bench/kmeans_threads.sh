#!/bin/bash
# Side by side: two builds of nnscope clustering the same file on one and on two threads, alternating,
# three runs each (docs/benchmarks.md §8b, "k-means on any thread count").
#   bench/kmeans_threads.sh OLD_BUILD_DIR NEW_BUILD_DIR FILE
# A build dir holds app/cli/nnscope and engine/ (its shared libraries). One thread is LOCAL_WORLD_SIZE=2
# (the share of one of two ranks on this 2-core machine); two threads are the default.
set -euo pipefail
old=$1 new=$2 file=$3
for rep in 1 2 3; do
  for build in "$old" "$new"; do
    for ranks in 2 1; do
      for args in "--words 120000 --clusters 16 --n-init 3 --sample 6250" "--clusters 100 --n-init 1 --sample 256"; do
        LOCAL_WORLD_SIZE=$ranks LD_LIBRARY_PATH="$build/engine" "$build/app/cli/nnscope" kmeans --data "$file" $args --json 2>/dev/null |
          python3 -c "import json, sys; d = json.load(sys.stdin); print('$rep', '$build', 'threads', 3 - $ranks, '| $args |', round(d['seconds'], 2), 's, inertia', d['inertia'])"
      done
    done
  done
done
