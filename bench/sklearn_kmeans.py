#!/usr/bin/python3
"""scikit-learn's KMeans on a GloVe-format file: the anchor for nnscope's k-means in docs/benchmarks.md.

Usage: OMP_NUM_THREADS=1 bench/sklearn_kmeans.py FILE [--clusters 100] [--n-init 10] [--seed 0]
Needs Debian's python3-sklearn (apt-get install python3-sklearn); prints one JSON line.
"""
import argparse
import json
import time

import numpy as np
from sklearn.cluster import KMeans
from threadpoolctl import threadpool_limits


def load_glove(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split(" ")
            rows.append(np.asarray(parts[1:], dtype=np.float32))
    return np.vstack(rows)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--clusters", type=int, default=100)
    parser.add_argument("--n-init", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    data = load_glove(args.file)
    with threadpool_limits(limits=args.threads):
        start = time.perf_counter()
        model = KMeans(n_clusters=args.clusters, init="k-means++", n_init=args.n_init, max_iter=300,
                       random_state=args.seed, algorithm="lloyd").fit(data)
        seconds = time.perf_counter() - start
    print(json.dumps({"rows": data.shape[0], "dim": data.shape[1], "clusters": args.clusters, "n_init": args.n_init,
                      "seconds": round(seconds, 2), "inertia": float(model.inertia_), "iterations": int(model.n_iter_)}))


if __name__ == "__main__":
    main()
