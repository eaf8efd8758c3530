// nnscope engine — partition: space partitions for nearest-neighbour search — bins over the data rows
// and a router that ranks the bins for a query — and the searcher over them: probe the router's top
// bins, rank every row found there exactly. k-means (the IVF baseline), k-means with a spilled second
// assignment (SOAR), Neural LSH (learned bins) and a LIRA-style learned prober are all this shape
// (partition/Methods.h builds them), so they are compared on the same queries with the same metric.
#pragma once

#include "core/CancelToken.h"
#include "learned/Mlp.h"
#include "search/SystemSpec.h"

#include <memory>
#include <string>
#include <vector>

namespace nnscope {

/// Ranks bins for queries.
class Router {
public:
    virtual ~Router() = default;
    virtual std::size_t bins() const = 0;
    /// Each query's bins, best first, `probes` of them (all bins when probes is 0).
    virtual std::vector<std::vector<std::uint32_t>> route(MatrixView queries, std::size_t probes) const = 0;
    /// Each query's score for every bin (higher is better; a probability for learned routers), rows × bins.
    virtual std::vector<float> scores(MatrixView queries) const = 0;
    virtual double flopsPerQuery() const = 0;
    virtual std::uint64_t bytes() const = 0;
    virtual std::string describe() const = 0;
};

/// Nearest centroid(s): squared L2, or the largest inner product for spherical (cosine) centroids.
class CentroidRouter : public Router {
public:
    CentroidRouter(std::vector<float> centroids, std::size_t dim, bool spherical);
    std::size_t bins() const override { return centroids_.size() / dim_; }
    std::vector<std::vector<std::uint32_t>> route(MatrixView queries, std::size_t probes) const override;
    std::vector<float> scores(MatrixView queries) const override;
    double flopsPerQuery() const override { return 2.0 * static_cast<double>(centroids_.size()); }
    std::uint64_t bytes() const override { return 4ull * centroids_.size(); }
    std::string describe() const override;

private:
    std::vector<float> centroids_;
    std::size_t dim_;
    bool spherical_;
};

/// A trained network's probability per bin.
class MlpRouter : public Router {
public:
    explicit MlpRouter(Mlp network) : network_(std::move(network)) {}
    std::size_t bins() const override { return network_.outputs(); }
    std::vector<std::vector<std::uint32_t>> route(MatrixView queries, std::size_t probes) const override;
    std::vector<float> scores(MatrixView queries) const override { return network_.predict(queries); }
    double flopsPerQuery() const override { return network_.flopsPerQuery(); }
    std::uint64_t bytes() const override { return 4ull * network_.parameters(); }
    std::string describe() const override;

private:
    Mlp network_;
};

/// Bins (a row may sit in more than one, e.g. spilled) and their router.
struct PartitionIndex {
    std::shared_ptr<const Router> router;
    std::vector<std::vector<std::uint32_t>> bins; ///< rows of each bin
    double buildSeconds = 0.0;   ///< all of the build (graphs, clustering, training)
    double trainSeconds = 0.0;   ///< of which training a network
    std::string description;

    std::size_t storedRows() const;
    /// Largest bin over the mean bin size (1 is perfectly balanced).
    double imbalance() const;
    std::vector<std::size_t> binSizes() const;
};

/// One point of a probe curve: what probing `probes` bins costs and finds, averaged over the queries.
struct ProbePoint {
    std::size_t probes = 0;
    double candidates = 0.0;   ///< distinct rows scanned
    double recallAt1 = 0.0;    ///< the exact nearest neighbour among them (exact re-ranking then returns it first)
    double recallAt10 = 0.0;   ///< the share of the exact 10 nearest among them
};

/// The curve for probes 1 … maxProbes from one routing of every query: `truth` holds each query's
/// exact 10 nearest base rows (10 per query). Exact re-ranking of the candidates makes recall a
/// property of the candidate set, so nothing is searched here.
std::vector<ProbePoint> probeCurve(const PartitionIndex& index, MatrixView queries, const std::vector<std::int64_t>& truth,
                                   std::size_t maxProbes);

/// Candidates scanned at recall@10 = `target`, interpolated linearly between the curve's points; −1
/// when the curve never reaches it.
double candidatesAtRecall(const std::vector<ProbePoint>& curve, double target);

/// Searches a partition: the router's top `probes` bins, the union of their rows ranked exactly.
class PartitionedSearcher : public Searcher {
public:
    using Builder = std::function<PartitionIndex(const Dataset&, Metric, const CancelToken*)>;
    /// `builder` makes the index at build(); `probes` is the default per query.
    PartitionedSearcher(std::string method, Builder builder, std::size_t probes);

    std::string describe() const override;
    void build(const Dataset& data, Metric metric) override { build(data, metric, nullptr); }
    /// The same, stoppable within one training batch.
    void build(const Dataset& data, Metric metric, const CancelToken* cancel);
    SearchCost cost(std::size_t probes = 0) const override;
    bool probesPartitions() const override { return true; }
    std::size_t defaultProbes() const override { return probes_; }

    const PartitionIndex& index() const { return index_; }

protected:
    Neighbors searchBatch(MatrixView queries, std::size_t k, std::size_t probes) const override;

private:
    std::string method_;
    Builder builder_;
    std::size_t probes_;
    PartitionIndex index_;
    const Dataset* data_ = nullptr;
    Metric metric_ = Metric::L2;
};

} // namespace nnscope
