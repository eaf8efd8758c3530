// nnscope engine — search: the paper's random baseline — k distinct rows drawn uniformly (seeded).
#pragma once

#include "search/Searcher.h"

namespace nnscope {

class RandomSearcher : public Searcher {
public:
    /// Draws from every row, or only from `pool` when it is given (the paper drew from its test table).
    explicit RandomSearcher(std::uint64_t seed = 0, std::vector<std::size_t> pool = {})
        : seed_(seed), pool_(std::move(pool))
    {
    }

    std::string describe() const override;
    void build(const Dataset& data, Metric metric) override;
    SearchCost cost(std::size_t k, std::size_t probes = 0) const override;

protected:
    /// The rows in the order they were drawn, not by distance: a random system has no ranking, so its
    /// top-1 is one uniform draw. Query q of a batch draws from its own stream (seed, q).
    Neighbors searchBatch(MatrixView queries, std::size_t k, std::size_t probes) const override;

private:
    std::uint64_t seed_;
    std::vector<std::size_t> pool_;
    const Dataset* data_ = nullptr;
    Metric metric_ = Metric::L2;
};

} // namespace nnscope
