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

    std::string name() const override { return "random"; }
    std::string describe() const override { return "uniformly drawn rows, seed " + std::to_string(seed_); }
    void build(const Dataset& data, Metric metric) override;
    /// Query q of a batch draws from its own stream (seed, q): the same batch gives the same answer.
    Neighbors search(MatrixView queries, std::size_t k, const std::vector<std::int64_t>* excluded = nullptr) const override;
    SearchCost cost() const override;

private:
    std::uint64_t seed_;
    std::vector<std::size_t> pool_;
    const Dataset* data_ = nullptr;
    Metric metric_ = Metric::L2;
};

} // namespace nnscope
