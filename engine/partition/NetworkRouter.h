// nnscope engine — partition: routers whose scores are a trained network's probabilities — an MLP
// (Neural LSH, the LIRA-style prober) or the paper's layer-1 CNN over the k-means bins. The bins and
// the exact scan are the same as for the centroid router (search/PartitionedSearcher.h).
#pragma once

#include "learned/Layer1Network.h"
#include "learned/Mlp.h"
#include "search/Router.h"

#include <memory>

namespace nnscope {

/// A trained MLP's probability per bin.
class MlpRouter : public Router {
public:
    explicit MlpRouter(Mlp network) : network_(std::move(network)) {}
    std::size_t bins() const override { return network_.outputs(); }
    std::vector<float> scores(MatrixView queries) const override { return network_.predict(queries); }
    double flopsPerQuery() const override { return network_.flopsPerQuery(); }
    std::uint64_t bytes() const override { return 4ull * network_.parameters(); }
    std::string describe() const override;
    bool learned() const override { return true; }

private:
    Mlp network_;
};

/// The paper's layer 1: its CNN's probability for each k-means cluster (bin c = cluster c).
class Layer1Router : public Router {
public:
    explicit Layer1Router(Layer1Network network) : network_(std::move(network)) {}
    std::size_t bins() const override { return network_.clusters(); }
    std::vector<float> scores(MatrixView queries) const override { return network_.probabilities(queries); }
    double flopsPerQuery() const override { return network_.flopsPerQuery(); }
    std::uint64_t bytes() const override { return 4ull * network_.parameters(); }
    std::string describe() const override;
    bool learned() const override { return true; }
    const Layer1Network& network() const { return network_; }

private:
    Layer1Network network_;
};

} // namespace nnscope
