#include "search/RandomSearcher.h"

#include "core/Error.h"
#include "core/Random.h"

#include <algorithm>

namespace nnscope {

std::string RandomSearcher::describe() const
{
    return "uniformly drawn rows" + std::string(pool_.empty() ? "" : " of " + std::to_string(pool_.size())) + ", seed "
        + std::to_string(seed_);
}

void RandomSearcher::build(const Dataset& data, Metric metric)
{
    for (std::size_t row : pool_)
        if (row >= data.rows())
            throw Error("random search: pool row " + std::to_string(row) + " is outside the dataset");
    data_ = &data;
    metric_ = metric;
}

Neighbors RandomSearcher::searchBatch(MatrixView queries, std::size_t k, std::size_t) const
{
    if (!data_)
        throw Error("random search: build() was not called");
    if (queries.rows > 0 && queries.dim != data_->dim())
        throw Error("random search: queries have dimension " + std::to_string(queries.dim) + ", the data " + std::to_string(data_->dim()));
    const std::size_t n = pool_.empty() ? data_->rows() : pool_.size();
    if (k > n)
        throw Error("random search: k = " + std::to_string(k) + " does not fit " + std::to_string(n) + " rows");
    Neighbors result(queries.rows, k);
    for (std::size_t q = 0; q < queries.rows; ++q) {
        Random random(Random::derive(seed_, q));
        std::size_t drawn = 0;
        while (drawn < k) {
            const std::size_t draw = random.below(n);
            const auto row = static_cast<std::int64_t>(pool_.empty() ? draw : pool_[draw]);
            const auto first = result.ids.begin() + static_cast<std::ptrdiff_t>(q * k);
            if (std::find(first, first + static_cast<std::ptrdiff_t>(drawn), row) != first + static_cast<std::ptrdiff_t>(drawn))
                continue;
            result.ids[q * k + drawn] = row;
            result.distances[q * k + drawn] =
                static_cast<float>(distance(metric_, data_->row(static_cast<std::size_t>(row)), queries.row(q), queries.dim));
            ++drawn;
        }
    }
    return result;
}

SearchCost RandomSearcher::cost(std::size_t, std::size_t) const
{
    return {0, 0.0, "draws rows; computes only the returned distances"};
}

} // namespace nnscope
