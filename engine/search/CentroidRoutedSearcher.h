// nnscope engine — search: the learned hierarchy's non-learned twin. Layer 1 becomes "nearest
// centroid(s)", layer 2 becomes "exact search inside the chosen cluster(s)": an IVF over the same
// k-means clusters, so each learned layer can be compared with the computation it emulates.
#pragma once

#include "cluster/KMeans.h"
#include "search/SystemSpec.h"

#include <optional>

namespace nnscope {

class CentroidRoutedSearcher : public Searcher {
public:
    /// Routes by a given clustering as it is (no re-clustering), probing `probes` clusters by default.
    CentroidRoutedSearcher(KMeansResult clustering, std::size_t probes = 1);
    /// Clusters the data itself at build(), with these settings.
    CentroidRoutedSearcher(KMeansSettings clusteringSettings, std::size_t probes);

    std::string describe() const override;
    void build(const Dataset& data, Metric metric) override;
    SearchCost cost(std::size_t probes = 0) const override;
    bool probesPartitions() const override { return true; }
    std::size_t defaultProbes() const override { return probes_; }

    /// The `probes` nearest clusters of each query (squared L2; largest cosine for spherical clusterings).
    std::vector<std::uint32_t> route(const float* query, std::size_t probes) const;

protected:
    Neighbors searchBatch(MatrixView queries, std::size_t k, std::size_t probes) const override;

private:
    std::size_t probesFor(std::size_t requested) const;

    std::optional<KMeansSettings> clusteringSettings_;
    KMeansResult clustering_;
    std::size_t probes_;
    std::vector<std::vector<std::size_t>> members_;
    const Dataset* data_ = nullptr;
    Metric metric_ = Metric::L2;
};

/// `twin:probes=P,clusters=C`: the run's clustering when it has one, else k-means with C clusters.
SystemEntry twinSystem();

} // namespace nnscope
