// nnscope engine — search: exact search behind the Searcher interface (the ground truth, the 0 line).
#pragma once

#include "search/ExactSearch.h"
#include "search/Searcher.h"

#include <optional>

namespace nnscope {

class ExactSearcher : public Searcher {
public:
    std::string describe() const override { return "brute force, double-precision ranking"; }
    void build(const Dataset& data, Metric metric) override;
    SearchCost cost(std::size_t k, std::size_t probes = 0) const override;

protected:
    Neighbors searchBatch(MatrixView queries, std::size_t k, std::size_t probes) const override;

private:
    std::optional<ExactSearch> search_;
};

} // namespace nnscope
