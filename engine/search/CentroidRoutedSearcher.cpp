#include "search/CentroidRoutedSearcher.h"

#include "core/Error.h"
#include "search/ExactRanking.h"

#include <algorithm>
#include <cmath>

namespace nnscope {

CentroidRoutedSearcher::CentroidRoutedSearcher(KMeansResult clustering, std::size_t probes)
    : clustering_(std::move(clustering)), probes_(std::max<std::size_t>(1, std::min(probes, clustering_.clusters)))
{
    members_ = clustering_.members();
}

std::string CentroidRoutedSearcher::describe() const
{
    return "nearest " + std::to_string(probes_) + " of " + std::to_string(clustering_.clusters)
        + " k-means centroids, then exact search inside";
}

void CentroidRoutedSearcher::build(const Dataset& data, Metric metric)
{
    if (clustering_.assignment.size() != data.rows() || clustering_.dim != data.dim())
        throw Error("the clustering does not belong to '" + data.source() + "'");
    data_ = &data;
    metric_ = metric;
}

std::vector<std::uint32_t> CentroidRoutedSearcher::route(const float* query) const
{
    std::vector<std::pair<double, std::uint32_t>> scores(clustering_.clusters);
    for (std::size_t c = 0; c < clustering_.clusters; ++c) {
        const float* centroid = clustering_.centroid(c);
        double score = 0.0;
        for (std::size_t j = 0; j < clustering_.dim; ++j)
            score += clustering_.spherical ? -double(query[j]) * centroid[j]
                                           : (double(query[j]) - centroid[j]) * (double(query[j]) - centroid[j]);
        scores[c] = {score, static_cast<std::uint32_t>(c)};
    }
    std::partial_sort(scores.begin(), scores.begin() + static_cast<std::ptrdiff_t>(probes_), scores.end());
    std::vector<std::uint32_t> clusters;
    for (std::size_t p = 0; p < probes_; ++p)
        clusters.push_back(scores[p].second);
    return clusters;
}

Neighbors CentroidRoutedSearcher::search(MatrixView queries, std::size_t k, const std::vector<std::int64_t>* excluded) const
{
    if (!data_)
        throw Error("centroid twin: build() was not called");
    if (k == 0)
        throw Error("k must be at least 1");
    Neighbors result(queries.rows, k);
    ExactRanking ranking(metric_, data_->view());
    for (std::size_t q = 0; q < queries.rows; ++q) {
        ranking.reset(queries.row(q));
        for (std::uint32_t c : route(queries.row(q)))
            for (std::size_t row : members_[c])
                if (!excluded || (*excluded)[q] != static_cast<std::int64_t>(row))
                    ranking.add(row);
        ranking.writeBest(result, q);
    }
    return result;
}

SearchCost CentroidRoutedSearcher::cost() const
{
    if (!data_)
        return {};
    const double n = static_cast<double>(data_->rows()), d = static_cast<double>(data_->dim());
    const double scanned = n * static_cast<double>(probes_) / static_cast<double>(clustering_.clusters);
    return {static_cast<std::uint64_t>(4.0 * n * d + 4.0 * static_cast<double>(clustering_.centroids.size())),
            2.0 * static_cast<double>(clustering_.clusters) * d + 2.0 * scanned * d,
            "centroid scores + exact distances to the probed clusters' rows (average cluster size)"};
}

} // namespace nnscope
