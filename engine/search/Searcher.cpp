#include "search/Searcher.h"

#include "core/Error.h"

#include <algorithm>

namespace nnscope {

Neighbors Searcher::search(MatrixView queries, std::size_t k, const SearchParameters& parameters) const
{
    if (k == 0)
        throw Error("k must be at least 1");
    if (parameters.probes > 0 && !probesPartitions())
        throw Error("this system probes no partitions; it takes no probes");
    if (parameters.excluded && parameters.excluded->size() != queries.rows)
        throw Error("the excluded rows do not match the queries");
    if (!parameters.excluded)
        return searchBatch(queries, k, parameters.probes);
    return dropExcluded(searchBatch(queries, k + 1, parameters.probes), k, parameters.excluded);
}

Neighbors dropExcluded(const Neighbors& widened, std::size_t k, const std::vector<std::int64_t>* excluded)
{
    Neighbors result(widened.queries, k);
    for (std::size_t q = 0; q < widened.queries; ++q) {
        std::size_t out = 0;
        for (std::size_t r = 0; r < widened.k && out < k; ++r) {
            const std::int64_t id = widened.id(q, r);
            if (id < 0 || (excluded && (*excluded)[q] == id))
                continue;
            result.ids[q * k + out] = id;
            result.distances[q * k + out] = widened.distance(q, r);
            ++out;
        }
    }
    return result;
}


double recallAtK(const Neighbors& result, const Neighbors& exact, std::size_t k)
{
    if (result.queries != exact.queries || k > result.k || k > exact.k)
        throw Error("recall@k needs results for the same queries with at least k neighbours each");
    if (result.queries == 0 || k == 0)
        return 0.0;
    std::size_t found = 0;
    for (std::size_t q = 0; q < result.queries; ++q)
        for (std::size_t i = 0; i < k; ++i) {
            const std::int64_t truth = exact.id(q, i);
            for (std::size_t j = 0; j < k; ++j)
                if (result.id(q, j) == truth) {
                    ++found;
                    break;
                }
        }
    return static_cast<double>(found) / static_cast<double>(result.queries * k);
}

} // namespace nnscope
