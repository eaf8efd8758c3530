#include "search/ExactSearcher.h"

#include "core/Error.h"

namespace nnscope {

void ExactSearcher::build(const Dataset& data, Metric metric)
{
    search_.emplace(data.view(), metric);
}

Neighbors ExactSearcher::searchBatch(MatrixView queries, std::size_t k, std::size_t) const
{
    if (!search_)
        throw Error("exact search: build() was not called");
    return search_->search(queries, k);
}

SearchCost ExactSearcher::cost(std::size_t, std::size_t) const
{
    if (!search_)
        return {};
    const MatrixView base = search_->base();
    return {4ull * base.rows * base.dim, 2.0 * static_cast<double>(base.rows * base.dim),
            "one d-dimensional dot product per row"};
}

} // namespace nnscope
