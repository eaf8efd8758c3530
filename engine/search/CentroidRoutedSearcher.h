// nnscope engine — search: the learned hierarchy's non-learned twin. Layer 1 becomes "nearest
// centroid(s)", layer 2 becomes "exact search inside the chosen cluster(s)": an IVF over the same
// k-means clusters, so each learned layer can be compared with the computation it emulates.
#pragma once

#include "cluster/KMeans.h"
#include "search/Searcher.h"

namespace nnscope {

class CentroidRoutedSearcher : public Searcher {
public:
    /// Uses the clustering's centroids and assignment as they are (no re-clustering).
    CentroidRoutedSearcher(KMeansResult clustering, std::size_t probes = 1);

    std::string name() const override { return "centroid-twin"; }
    std::string describe() const override;
    void build(const Dataset& data, Metric metric) override;
    Neighbors search(MatrixView queries, std::size_t k, const std::vector<std::int64_t>* excluded = nullptr) const override;
    SearchCost cost() const override;

    /// The `probes` nearest clusters of each query (squared L2; largest cosine for spherical clusterings).
    std::vector<std::uint32_t> route(const float* query) const;

private:
    KMeansResult clustering_;
    std::size_t probes_;
    std::vector<std::vector<std::size_t>> members_;
    const Dataset* data_ = nullptr;
    Metric metric_ = Metric::L2;
};

} // namespace nnscope
