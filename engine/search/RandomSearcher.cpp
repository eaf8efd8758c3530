#include "search/RandomSearcher.h"

#include "core/Error.h"
#include "core/Random.h"
#include "search/ExactRanking.h"

#include <algorithm>

namespace nnscope {

void RandomSearcher::build(const Dataset& data, Metric metric)
{
    for (std::size_t row : pool_)
        if (row >= data.rows())
            throw Error("random search: pool row " + std::to_string(row) + " is outside the dataset");
    data_ = &data;
    metric_ = metric;
}

Neighbors RandomSearcher::search(MatrixView queries, std::size_t k, const std::vector<std::int64_t>* excluded) const
{
    if (!data_)
        throw Error("random search: build() was not called");
    const std::size_t n = pool_.empty() ? data_->rows() : pool_.size();
    if (k == 0 || k + (excluded ? 1 : 0) > n)
        throw Error("random search: k = " + std::to_string(k) + " does not fit " + std::to_string(n) + " rows");
    Neighbors result(queries.rows, k);
    ExactRanking ranking(metric_, data_->view());
    for (std::size_t q = 0; q < queries.rows; ++q) {
        Random random(Random::derive(seed_, q));
        std::vector<std::int64_t> drawn;
        while (drawn.size() < k) {
            const std::size_t draw = random.below(n);
            const auto row = static_cast<std::int64_t>(pool_.empty() ? draw : pool_[draw]);
            if ((excluded && (*excluded)[q] == row) || std::find(drawn.begin(), drawn.end(), row) != drawn.end())
                continue;
            drawn.push_back(row);
        }
        ranking.reset(queries.row(q));
        for (std::int64_t row : drawn)
            ranking.add(static_cast<std::size_t>(row));
        ranking.writeBest(result, q);
    }
    return result;
}

SearchCost RandomSearcher::cost() const
{
    return {0, 0.0, "draws rows; computes only the returned distances"};
}

} // namespace nnscope
