#!/bin/bash
# Side by side: the paper's layer-1 CNN trained on whole batches and on batches in two shards (one per
# core), alternating, one run each (docs/benchmarks.md §5h). Seconds per epoch, so that a different
# number of epochs to the early stop does not count as speed.
#   bench/shards_pair.sh [BUILD_DIR] [FILE]
# BUILD_DIR holds app/cli/nnscope (default build/release); FILE is a text of vectors (default
# /tmp/glove400k.txt, the generated file of §8: synthetic values).
#   partition: `layer1` over 16 k-means bins of 100,000 rows, 3 epochs of the fast preset (as an epoch at
#              1,000,000 rows: 100,000 drawn rows), the log's epoch times
#   train:     `nnscope train --data glove-100d --clusters 10` (both layers, fast preset), the saved
#              model's per-model seconds and epochs
set -euo pipefail
build=${1:-build/release} file=${2:-/tmp/glove400k.txt}
cli="$build/app/cli/nnscope"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for shards in 1 2; do
  "$cli" partition --data "$file" --words 100000 --method "layer1:shards=$shards,max-epochs=3" --max-queries 1000 --json \
    > "$out/p$shards.json" 2> "$out/p$shards.log"
  python3 - "$out/p$shards.json" "$out/p$shards.log" "$shards" <<'PY'
import json, re, sys
result, log, shards = json.load(open(sys.argv[1])), open(sys.argv[2]).read(), sys.argv[3]
stamps = [int(t) for t in re.findall(r"\[\s*(\d+) s\] training .*?: epoch \d+ of", log)]
entry = result["methods"][0]
print(f"partition layer1, {shards} shard(s): train {entry['train_seconds']:.1f} s, epochs 2-3 {stamps[-1] - stamps[0]} s "
      f"({(stamps[-1] - stamps[0]) / (len(stamps) - 1):.1f} s an epoch), candidates at recall@10 = 0.9 {entry['candidates_at_recall_0_9']:.1f}")
PY
done
for shards in 1 2; do
  /usr/bin/time -f "%e" -o "$out/t$shards.time" "$cli" train --data glove-100d --clusters 10 --shards "$shards" --out "$out/m$shards" \
    > "$out/t$shards.out" 2> /dev/null
  python3 - "$out/m$shards/manifest.json" "$out/t$shards.time" "$shards" <<'PY'
import json, sys
manifest, wall, shards = json.load(open(sys.argv[1])), float(open(sys.argv[2]).read().split()[-1]), sys.argv[3]
layer1, layer2 = manifest["models"][0], manifest["models"][1:]
epochs2 = sum(len(m["history"]) for m in layer2)
seconds2 = sum(m["seconds"] for m in layer2)
accuracy = manifest["accuracy"]
print(f"train glove-100d, {shards} shard(s): wall {wall:.1f} s; layer 1 {layer1['seconds']:.1f} s / {len(layer1['history'])} epochs "
      f"= {layer1['seconds'] / len(layer1['history']):.3f} s an epoch; layer 2 {seconds2:.1f} s / {epochs2} epochs = {seconds2 / epochs2:.3f} s an epoch; "
      f"layer-1 accuracy {accuracy['layer1_accuracy']:.3f}, layer-2 {accuracy['layer2_accuracy']:.3f}")
PY
done
