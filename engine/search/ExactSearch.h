// nnscope engine — search: exact (brute-force) k-nearest-neighbour search, the ground truth of nnscope.
//
// The result is defined exactly: neighbours ordered by their distance computed in double precision
// (search/Metric.h), ties broken by the smaller row id. To be fast without giving that up, blocks of
// queries are scored against chunks of rows with float matrix products (SGEMM through the BLAS that
// LibTorch and FAISS use), every score carrying a proven rounding-error bound, a top-k filter kept per
// query; only the rows within that bound of the k-th best are re-scored in double.
#pragma once

#include "core/MatrixView.h"
#include "search/Metric.h"
#include "search/Neighbors.h"

#include <cstdint>
#include <vector>

namespace nnscope {

/// An Error unless 1 <= k <= the rows that can be neighbours (`rows`, less one when each query's own
/// row is excluded): the one check of k, made before a searcher widens it to k + 1.
void checkNeighbourCount(std::size_t k, std::size_t rows, bool excludesOwnRow);

class ExactSearch {
public:
    /// Searches `base` (not copied: it must outlive this object) under `metric`, the matrix products
    /// on `threads` BLAS threads (0: automatic, core/BlasThreads.h).
    ExactSearch(MatrixView base, Metric metric, std::size_t threads = 0);

    /// The k nearest rows of `base` for each query row. k must not exceed the number of rows.
    Neighbors search(MatrixView queries, std::size_t k) const;

    /// The k nearest rows for each of the given rows of `base`, each query's own row excluded.
    Neighbors searchRows(const std::vector<std::size_t>& rows, std::size_t k) const;

    Metric metric() const { return metric_; }
    MatrixView base() const { return base_; }

private:
    Neighbors searchExcluding(MatrixView queries, std::size_t k, const std::vector<std::int64_t>& excluded) const;

    MatrixView base_;
    Metric metric_;
    std::vector<float> keyOffset_;  // per row: key = keyOffset + keyScale · (q·x) (see searchExcluding)
    std::vector<float> keyScale_;
    double maxKeyOffset_ = 0.0;     // for the error bound: the largest |keyOffset|
    double maxScaledNorm_ = 0.0;    // and the largest |keyScale| · ‖x‖
    std::size_t threads_ = 1;
};

} // namespace nnscope
