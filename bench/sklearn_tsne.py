#!/usr/bin/python3
"""scikit-learn's Barnes-Hut t-SNE (and PCA) on an IDX image file: the anchor for `nnscope embed` in
docs/benchmarks.md, with knn_preservation_10 measured as nnscope measures it (each row's 10 nearest other
rows in the original space, by exact Euclidean search, against its 10 nearest on the map).

Usage: bench/sklearn_tsne.py FILE.idx[.gz] [--threads 1] [--iterations 1000] [--perplexity 30] [--seed 0]
Needs Debian's python3-sklearn (apt-get install python3-sklearn); prints one JSON line per method.
"""
import argparse
import gzip
import json
import time

import numpy as np
from sklearn.decomposition import PCA
from sklearn.manifold import TSNE
from sklearn.neighbors import NearestNeighbors
from threadpoolctl import threadpool_limits


def load_idx(path):
    raw = (gzip.open if path.endswith(".gz") else open)(path, "rb").read()
    dims = raw[3]
    shape = [int.from_bytes(raw[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    values = np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * dims)
    return values.reshape(shape[0], -1).astype(np.float32)


def preservation(data, points, k=10):
    before = NearestNeighbors(n_neighbors=k + 1, algorithm="brute").fit(data).kneighbors(data, return_distance=False)[:, 1:]
    after = NearestNeighbors(n_neighbors=k + 1, algorithm="brute").fit(points).kneighbors(points, return_distance=False)[:, 1:]
    return float(np.mean([len(set(b) & set(a)) / k for b, a in zip(before, after)]))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--iterations", type=int, default=1000)
    parser.add_argument("--perplexity", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    data = load_idx(args.file)
    with threadpool_limits(limits=args.threads):
        start = time.perf_counter()
        points = PCA(n_components=2).fit_transform(data)
        seconds = time.perf_counter() - start
        print(json.dumps({"method": "pca", "rows": data.shape[0], "dim": data.shape[1], "seconds": round(seconds, 2),
                          "knn_preservation_10": preservation(data, points)}), flush=True)
        start = time.perf_counter()
        points = TSNE(n_components=2, perplexity=args.perplexity, init="pca", learning_rate="auto", method="barnes_hut", angle=0.5,
                      n_iter=args.iterations, random_state=args.seed, n_jobs=args.threads).fit_transform(data)
        seconds = time.perf_counter() - start
        print(json.dumps({"method": "tsne", "rows": data.shape[0], "dim": data.shape[1], "threads": args.threads,
                          "seconds": round(seconds, 2), "knn_preservation_10": preservation(data, points)}), flush=True)


if __name__ == "__main__":
    main()
