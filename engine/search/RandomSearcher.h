// nnscope engine — search: the paper's random baseline — k distinct rows drawn uniformly (seeded).
#pragma once

#include "search/Searcher.h"

namespace nnscope {

class RandomSearcher : public Searcher {
public:
    explicit RandomSearcher(std::uint64_t seed = 0) : seed_(seed) {}

    std::string name() const override { return "random"; }
    std::string describe() const override { return "uniformly drawn rows, seed " + std::to_string(seed_); }
    void build(const Dataset& data, Metric metric) override;
    /// Query q of a batch draws from its own stream (seed, q): the same batch gives the same answer.
    Neighbors search(MatrixView queries, std::size_t k, const std::vector<std::int64_t>* excluded = nullptr) const override;
    SearchCost cost() const override;

private:
    std::uint64_t seed_;
    const Dataset* data_ = nullptr;
    Metric metric_ = Metric::L2;
};

} // namespace nnscope
