// nnscope engine — search: exact search behind the Searcher interface (the ground truth, the 0 line).
#pragma once

#include "search/ExactSearch.h"
#include "search/Searcher.h"

#include <optional>

namespace nnscope {

class ExactSearcher : public Searcher {
public:
    std::string name() const override { return "exact"; }
    std::string describe() const override { return "brute force, double-precision ranking"; }
    void build(const Dataset& data, Metric metric) override;
    Neighbors search(MatrixView queries, std::size_t k, const std::vector<std::int64_t>* excluded = nullptr) const override;
    SearchCost cost() const override;

private:
    std::optional<ExactSearch> search_;
};

} // namespace nnscope
