// nnscope engine — search: a router ranks the bins of a partition for a query, as FAISS's quantizer
// does for IndexIVF. Every partitioned system is a router over bins (search/PartitionedSearcher.h): the
// hierarchy's twin and the k-means partitions route by the nearest centroid (here), the learned
// partitions and the paper's layer 1 by a network's probabilities (partition/NetworkRouter.h).
#pragma once

#include "core/MatrixView.h"

#include <cstdint>
#include <string>
#include <vector>

namespace nnscope {

/// Ranks bins for queries.
class Router {
public:
    virtual ~Router() = default;
    virtual std::size_t bins() const = 0;
    /// Each query's score for every bin (higher is better; a probability for learned routers), rows × bins.
    virtual std::vector<float> scores(MatrixView queries) const = 0;
    /// Each query's bins, best first, `probes` of them (all bins when probes is 0), ties to the smaller bin.
    std::vector<std::vector<std::uint32_t>> route(MatrixView queries, std::size_t probes) const;
    /// Arithmetic of routing one query (a multiply-add counts 2).
    virtual double flopsPerQuery() const = 0;
    virtual std::uint64_t bytes() const = 0;
    virtual std::string describe() const = 0;
    /// Whether the router was trained (a network) rather than computed from the bins (centroids).
    virtual bool learned() const = 0;
    /// Whether the scores are probabilities (non-negative, summing to about one over the bins for a
    /// softmax, or each in [0, 1] for a multi-label network): what the mass probing rule reads.
    virtual bool probabilities() const = 0;
};

/// Routing arithmetic of `flops` in distance computations over `dim` dimensions (one costs 2·dim flops):
/// what a query's total cost adds to the candidates it scans.
inline double distanceEquivalents(double flops, std::size_t dim)
{
    return flops / (2.0 * static_cast<double>(dim > 0 ? dim : 1));
}

/// Writes into `order` the `kept` best of `bins` bins by score, best first, ties to the smaller bin (the
/// order every router routes in).
void rankBins(const float* scores, std::size_t bins, std::size_t kept, std::vector<std::uint32_t>& order);

/// Nearest centroid(s): squared L2, or the largest inner product for spherical (cosine) centroids.
class CentroidRouter : public Router {
public:
    CentroidRouter(std::vector<float> centroids, std::size_t dim, bool spherical);
    std::size_t bins() const override { return centroids_.size() / dim_; }
    std::vector<float> scores(MatrixView queries) const override;
    double flopsPerQuery() const override { return 2.0 * static_cast<double>(centroids_.size()); }
    std::uint64_t bytes() const override { return 4ull * centroids_.size(); }
    std::string describe() const override;
    bool learned() const override { return false; }
    bool probabilities() const override { return false; }

private:
    std::vector<float> centroids_;
    std::size_t dim_;
    bool spherical_;
};

} // namespace nnscope
