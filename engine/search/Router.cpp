#include "search/Router.h"

#include "core/Error.h"
#include "core/VectorMath.h"

#include <algorithm>
#include <numeric>

namespace nnscope {

std::vector<std::vector<std::uint32_t>> Router::route(MatrixView queries, std::size_t probes) const
{
    const std::size_t count = bins();
    const std::vector<float> all = scores(queries);
    const std::size_t kept = probes == 0 ? count : std::min(probes, count);
    std::vector<std::vector<std::uint32_t>> routes(queries.rows);
    for (std::size_t q = 0; q < queries.rows; ++q)
        rankBins(all.data() + q * count, count, kept, routes[q]);
    return routes;
}

void rankBins(const float* scores, std::size_t bins, std::size_t kept, std::vector<std::uint32_t>& order)
{
    order.resize(bins);
    std::iota(order.begin(), order.end(), 0u);
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(kept), order.end(),
                      [scores](std::uint32_t a, std::uint32_t b) { return scores[a] > scores[b] || (scores[a] == scores[b] && a < b); });
    order.resize(kept);
}

CentroidRouter::CentroidRouter(std::vector<float> centroids, std::size_t dim, bool spherical)
    : centroids_(std::move(centroids)), dim_(dim), spherical_(spherical)
{
    if (dim_ == 0 || centroids_.empty() || centroids_.size() % dim_ != 0)
        throw Error("centroid router: the centroids do not form whole vectors");
}

std::vector<float> CentroidRouter::scores(MatrixView queries) const
{
    const std::size_t bins = this->bins();
    std::vector<float> out(queries.rows * bins);
    for (std::size_t q = 0; q < queries.rows; ++q)
        for (std::size_t c = 0; c < bins; ++c)
            out[q * bins + c] = static_cast<float>(-centreScore(queries.row(q), centroids_.data() + c * dim_, dim_, spherical_));
    return out;
}

std::string CentroidRouter::describe() const
{
    return "nearest of " + std::to_string(bins()) + (spherical_ ? " spherical" : "") + " centroids";
}

} // namespace nnscope
