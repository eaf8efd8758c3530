#include "project/MapQuality.h"

#include "core/Error.h"
#include "core/Random.h"
#include "search/ExactSearch.h"

#include <algorithm>
#include <numeric>

namespace nnscope {

NeighbourPreservation neighbourPreservation(MatrixView original, Metric metric, const std::vector<float>& map, std::size_t k,
                                            std::size_t sampleRows, std::uint64_t seed, std::size_t threads)
{
    if (map.size() != original.rows * 2)
        throw Error("the map holds " + std::to_string(map.size() / 2) + " points for " + std::to_string(original.rows) + " rows");
    if (k == 0 || k >= original.rows)
        throw Error("neighbour preservation needs 1 <= k < rows");
    std::vector<std::size_t> rows;
    if (sampleRows == 0 || sampleRows >= original.rows) {
        rows.resize(original.rows);
        std::iota(rows.begin(), rows.end(), std::size_t(0));
    } else {
        Random random(Random::derive(seed, seedstream::kMapQuality));
        rows = random.sampleIndices(original.rows, sampleRows);
    }
    const Neighbors before = ExactSearch(original, metric, threads).searchRows(rows, k);
    const Neighbors after = ExactSearch({map.data(), original.rows, 2}, Metric::L2, threads).searchRows(rows, k);
    double sum = 0.0;
    std::vector<std::int64_t> kept(k);
    for (std::size_t q = 0; q < rows.size(); ++q) {
        std::copy_n(after.ids.begin() + static_cast<std::ptrdiff_t>(q * k), k, kept.begin());
        std::sort(kept.begin(), kept.end());
        std::size_t found = 0;
        for (std::size_t j = 0; j < k; ++j)
            found += std::binary_search(kept.begin(), kept.end(), before.id(q, j)) ? 1 : 0;
        sum += static_cast<double>(found) / static_cast<double>(k);
    }
    return {sum / static_cast<double>(rows.size()), rows.size(), k};
}

} // namespace nnscope
