#include "search/CentroidRoutedSearcher.h"

#include "core/Error.h"
#include "core/VectorMath.h"
#include "search/ExactRanking.h"

#include <algorithm>
#include <cmath>

namespace nnscope {

CentroidRoutedSearcher::CentroidRoutedSearcher(KMeansResult clustering, std::size_t probes)
    : clustering_(std::move(clustering)), probes_(std::max<std::size_t>(1, std::min(probes, clustering_.clusters)))
{
    members_ = clustering_.members();
}

CentroidRoutedSearcher::CentroidRoutedSearcher(KMeansSettings clusteringSettings, std::size_t probes)
    : clusteringSettings_(std::move(clusteringSettings)), probes_(std::max<std::size_t>(1, probes))
{
}

std::string CentroidRoutedSearcher::describe() const
{
    return "nearest " + std::to_string(probes_) + " of " + std::to_string(clustering_.clusters)
        + (clusteringSettings_ ? " k-means centroids (its own clustering)" : " k-means centroids")
        + ", then exact search inside";
}

void CentroidRoutedSearcher::build(const Dataset& data, Metric metric)
{
    if (clusteringSettings_) {
        KMeansSettings settings = *clusteringSettings_;
        if (settings.clusters == 0)
            settings.clusters = std::max<std::size_t>(1, static_cast<std::size_t>(std::lround(std::sqrt(static_cast<double>(data.rows())))));
        clustering_ = kmeans(data.view(), settings);
        members_ = clustering_.members();
    }
    if (clustering_.assignment.size() != data.rows() || clustering_.dim != data.dim())
        throw Error("the clustering does not belong to '" + data.source() + "'");
    probes_ = std::min(probes_, clustering_.clusters);
    data_ = &data;
    metric_ = metric;
}

std::size_t CentroidRoutedSearcher::probesFor(std::size_t requested) const
{
    return std::min(requested ? requested : probes_, clustering_.clusters);
}

std::vector<std::uint32_t> CentroidRoutedSearcher::route(const float* query, std::size_t probes) const
{
    std::vector<std::pair<double, std::uint32_t>> scores(clustering_.clusters);
    for (std::size_t c = 0; c < clustering_.clusters; ++c) {
        const float* centroid = clustering_.centroid(c);
        scores[c] = {clustering_.spherical ? -dot(query, centroid, clustering_.dim) : squaredDistance(query, centroid, clustering_.dim),
                     static_cast<std::uint32_t>(c)};
    }
    const std::size_t count = std::min(probesFor(probes), scores.size());
    std::partial_sort(scores.begin(), scores.begin() + static_cast<std::ptrdiff_t>(count), scores.end());
    std::vector<std::uint32_t> clusters;
    for (std::size_t p = 0; p < count; ++p)
        clusters.push_back(scores[p].second);
    return clusters;
}

Neighbors CentroidRoutedSearcher::searchBatch(MatrixView queries, std::size_t k, std::size_t probes) const
{
    if (!data_)
        throw Error("centroid twin: build() was not called");
    if (queries.rows > 0 && queries.dim != data_->dim())
        throw Error("centroid twin: queries have dimension " + std::to_string(queries.dim) + ", the data " + std::to_string(data_->dim()));
    Neighbors result(queries.rows, k);
    ExactRanking ranking(metric_, data_->view());
    for (std::size_t q = 0; q < queries.rows; ++q) {
        ranking.reset(queries.row(q));
        for (std::uint32_t c : route(queries.row(q), probes))
            for (std::size_t row : members_[c])
                ranking.add(row);
        ranking.writeBest(result, q);
    }
    return result;
}

SearchCost CentroidRoutedSearcher::cost(std::size_t probes) const
{
    if (!data_)
        return {};
    const double n = static_cast<double>(data_->rows()), d = static_cast<double>(data_->dim());
    const double scanned = n * static_cast<double>(probesFor(probes)) / static_cast<double>(clustering_.clusters);
    return {static_cast<std::uint64_t>(4.0 * n * d + 4.0 * static_cast<double>(clustering_.centroids.size())),
            2.0 * static_cast<double>(clustering_.clusters) * d + 2.0 * scanned * d,
            "centroid scores + exact distances to the probed clusters' rows (average cluster size)"};
}

SystemEntry twinSystem()
{
    SystemEntry entry;
    entry.name = "twin";
    entry.summary = "the hierarchy's non-learned twin: nearest centroid(s), exact search inside (an IVF over k-means)";
    entry.parameters = {
        {"probes", ParameterKind::Count, "1", "clusters probed per query"},
        {"clusters", ParameterKind::Count, "", "k-means clusters when the run has no clustering (default: round(sqrt(rows)))"},
        {"n-init", ParameterKind::Count, "10", "k-means restarts of its own clustering"},
    };
    entry.probeKey = "probes";
    entry.partitioned = true;
    entry.make = [](const SystemArguments& a, const SystemContext& c) -> std::unique_ptr<Searcher> {
        if (c.clustering && !a.isSet("clusters"))
            return std::make_unique<CentroidRoutedSearcher>(*c.clustering, a.count("probes"));
        KMeansSettings settings;
        settings.clusters = a.count("clusters"); // 0: chosen at build() from the rows
        settings.nInit = a.count("n-init");
        settings.seed = c.seed;
        return std::make_unique<CentroidRoutedSearcher>(settings, a.count("probes"));
    };
    return entry;
}

} // namespace nnscope
