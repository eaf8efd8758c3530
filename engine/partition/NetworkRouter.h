// nnscope engine — partition: routers whose scores are a trained network's probabilities — an MLP
// (Neural LSH, the LIRA-style prober) or the paper's layer-1 CNN over the k-means bins. The bins and
// the exact scan are the same as for the centroid router (search/PartitionedSearcher.h).
#pragma once

#include "learned/Layer1Network.h"
#include "learned/Mlp.h"
#include "partition/ProjectedMlp.h"
#include "search/Router.h"

#include <string>

namespace nnscope {

/// A network's probability per bin. `Network` has inputs(), outputs() (the bins), predict(queries)
/// (rows × outputs probabilities), parameters() and flopsPerQuery().
template <typename Network>
class NetworkRouter : public Router {
public:
    /// `kind` names the network in descriptions ("MLP", "the paper's layer-1 CNN").
    NetworkRouter(Network network, std::string kind) : network_(std::move(network)), kind_(std::move(kind)) {}
    std::size_t bins() const override { return network_.outputs(); }
    std::vector<float> scores(MatrixView queries) const override { return network_.predict(queries); }
    double flopsPerQuery() const override { return network_.flopsPerQuery(); }
    std::uint64_t bytes() const override { return 4ull * network_.parameters(); }
    std::string describe() const override
    {
        return kind_ + " " + std::to_string(network_.inputs()) + " → " + std::to_string(network_.outputs()) + " bins ("
            + std::to_string(network_.parameters()) + " weights)";
    }
    bool learned() const override { return true; }
    bool probabilities() const override { return true; }
    const Network& network() const { return network_; }

private:
    Network network_;
    std::string kind_;
};

/// Neural LSH's and the LIRA-style prober's router.
using MlpRouter = NetworkRouter<Mlp>;
/// The same router reading the query's leading principal components (`pca=`).
using ProjectedMlpRouter = NetworkRouter<ProjectedMlp>;
/// The paper's layer 1 routing to its k-means clusters (bin c = cluster c).
using Layer1Router = NetworkRouter<Layer1Network>;

} // namespace nnscope
