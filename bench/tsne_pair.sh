#!/bin/bash
# nnscope embed beside scikit-learn's t-SNE (docs/benchmarks.md §8d), one after the other on a quiet
# machine. Usage: bench/tsne_pair.sh [IDX FILE] [100k-row file]; needs python3-sklearn and a release build.
set -euo pipefail
cd "$(dirname "$0")/.."
F=${1:-/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz}
LARGE=${2:-/tmp/glove400k.txt}
N=build/release/app/cli/nnscope
summary() { python3 -c "import json,sys; j=json.load(sys.stdin); print('$1', round(j['seconds'],2), 'knn_preservation_10', j['knn_preservation_10'])"; }
for t in 1 2; do
  $N embed --data "$F" --method tsne --threads $t --json 2>/dev/null | summary "nnscope tsne threads=$t"
done
$N embed --data "$F" --method pca --json 2>/dev/null | summary "nnscope pca"
for t in 1 2; do
  OMP_NUM_THREADS=$t OPENBLAS_CORETYPE=SkylakeX /usr/bin/python3 bench/sklearn_tsne.py "$F" --threads $t
done
if [ -f "$LARGE" ]; then
  /usr/bin/time -f "%e s %M KiB" $N embed --data "$LARGE" --rows 100000 --method tsne --json 2>/tmp/tsne_large.err | summary "nnscope tsne 100,000 rows"
  tail -1 /tmp/tsne_large.err
fi
