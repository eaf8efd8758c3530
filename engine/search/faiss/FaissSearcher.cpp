#include "search/faiss/FaissSearcher.h"

#include "core/Error.h"
#include "core/VectorMath.h"
#include "search/ExactRanking.h"

#include <faiss/IndexFlat.h>
#include <faiss/IndexHNSW.h>
#include <faiss/IndexIVFFlat.h>
#include <faiss/IndexIVFPQFastScan.h>
#include <faiss/impl/AuxIndexStructures.h>
#include <faiss/impl/FaissException.h>
#include <cmath>
#include <omp.h>

namespace nnscope {
namespace {


// The largest divisor of d that is at most d / 2 (PQ sub-vectors of 2 dims when d is even).
std::size_t defaultSubquantizers(std::size_t dim)
{
    for (std::size_t m = std::max<std::size_t>(dim / 2, 1); m > 1; --m)
        if (dim % m == 0)
            return m;
    return 1;
}

} // namespace

FaissSearcher::FaissSearcher(Kind kind, FaissSettings settings) : kind_(kind), settings_(settings) {}
FaissSearcher::~FaissSearcher() = default;

std::string FaissSearcher::name() const
{
    switch (kind_) {
    case Kind::Flat: return "faiss-flat";
    case Kind::IvfFlat: return "faiss-ivf";
    case Kind::IvfPqFastScan: return "faiss-ivfpq";
    case Kind::Hnsw: return "faiss-hnsw";
    }
    return "faiss";
}

std::string FaissSearcher::describe() const
{
    switch (kind_) {
    case Kind::Flat: return "IndexFlat";
    case Kind::IvfFlat: return "IndexIVFFlat, nlist " + std::to_string(nlist_) + ", nprobe " + std::to_string(nprobe_);
    case Kind::IvfPqFastScan:
        return "IndexIVFPQFastScan, nlist " + std::to_string(nlist_) + ", nprobe " + std::to_string(nprobe_) + ", PQ"
            + std::to_string(subquantizers_) + "x4, refine x" + std::to_string(settings_.refineFactor);
    case Kind::Hnsw:
        return "IndexHNSWFlat, M " + std::to_string(settings_.hnswM) + ", efConstruction "
            + std::to_string(settings_.efConstruction) + ", efSearch " + std::to_string(settings_.efSearch);
    }
    return "";
}

void FaissSearcher::build(const Dataset& data, Metric metric)
{
    data_ = &data;
    metric_ = metric;
    warnings_.clear();
    owned_.clear();
    ivf_ = nullptr;
    const std::size_t n = data.rows(), dim = data.dim();
    const auto d = static_cast<faiss::Index::idx_t>(dim);
    const faiss::MetricType faissMetric = metric == Metric::L2 ? faiss::METRIC_L2 : faiss::METRIC_INNER_PRODUCT;
    std::vector<float> rows = data.values();
    if (metric == Metric::Cosine)
        normaliseRows(rows, dim);
    omp_set_num_threads(static_cast<int>(std::max<std::size_t>(settings_.threads, 1)));

    nlist_ = settings_.nlist ? settings_.nlist : static_cast<std::size_t>(std::lround(std::sqrt(static_cast<double>(n))));
    nlist_ = std::clamp<std::size_t>(nlist_, 1, n);
    nprobe_ = std::min(settings_.nprobe ? settings_.nprobe : std::max<std::size_t>(1, nlist_ / 10), nlist_);
    subquantizers_ = settings_.pqSubquantizers ? settings_.pqSubquantizers : defaultSubquantizers(dim);
    if (dim % subquantizers_ != 0)
        throw Error("faiss-ivfpq: " + std::to_string(subquantizers_) + " sub-quantizers do not divide dimension " + std::to_string(dim));
    if ((kind_ == Kind::IvfFlat || kind_ == Kind::IvfPqFastScan) && n < 39 * nlist_)
        warnings_.push_back(Notice::of(Notice::Kind::FewRowsPerList, name(), {n, nlist_}));
    try {
        switch (kind_) {
        case Kind::Flat:
            owned_.push_back(std::make_unique<faiss::IndexFlat>(d, faissMetric));
            break;
        case Kind::IvfFlat:
        case Kind::IvfPqFastScan: {
            owned_.push_back(std::make_unique<faiss::IndexFlat>(d, faissMetric));
            faiss::Index* quantizer = owned_.back().get();
            std::unique_ptr<faiss::IndexIVF> ivf;
            if (kind_ == Kind::IvfFlat)
                ivf = std::make_unique<faiss::IndexIVFFlat>(quantizer, dim, nlist_, faissMetric);
            else {
                auto pq = std::make_unique<faiss::IndexIVFPQFastScan>(quantizer, dim, nlist_, subquantizers_, 4, faissMetric);
                pq->pq.cp.min_points_per_centroid = 1;
                ivf = std::move(pq);
            }
            ivf->cp.min_points_per_centroid = 1; // small data is the point here; we warn ourselves above
            ivf->nprobe = nprobe_;
            ivf_ = ivf.get();
            owned_.push_back(std::move(ivf));
            break;
        }
        case Kind::Hnsw: {
            auto hnsw = std::make_unique<faiss::IndexHNSWFlat>(static_cast<int>(dim), static_cast<int>(settings_.hnswM), faissMetric);
            hnsw->hnsw.efConstruction = static_cast<int>(settings_.efConstruction);
            hnsw->hnsw.efSearch = static_cast<int>(settings_.efSearch);
            owned_.push_back(std::move(hnsw));
            break;
        }
        }
        faiss::Index* base = owned_.back().get();
        base->train(static_cast<faiss::Index::idx_t>(n), rows.data());
        base->add(static_cast<faiss::Index::idx_t>(n), rows.data());
        index_ = base;
    } catch (const faiss::FaissException& error) {
        throw Error(name() + ": FAISS refused to build: " + error.msg);
    }
}

std::size_t FaissSearcher::nprobeFor(std::size_t requested) const
{
    return std::clamp<std::size_t>(requested ? requested : nprobe_, 1, std::max<std::size_t>(nlist_, 1));
}

Neighbors FaissSearcher::searchBatch(MatrixView queries, std::size_t k, std::size_t probes) const
{
    if (!index_)
        throw Error(name() + ": build() was not called");
    if (queries.rows > 0 && queries.dim != data_->dim())
        throw Error(name() + ": queries have dimension " + std::to_string(queries.dim) + ", the index " + std::to_string(data_->dim()));
    const std::size_t dim = data_->dim();
    const bool refine = kind_ == Kind::IvfPqFastScan;
    const std::size_t wide = std::min(refine ? k * std::max<std::size_t>(settings_.refineFactor, 1) : k, data_->rows());
    std::vector<float> queryRows(queries.data, queries.data + queries.rows * dim);
    if (metric_ == Metric::Cosine)
        normaliseRows(queryRows, dim);
    Neighbors found(queries.rows, wide);
    std::vector<float> scores(queries.rows * wide);
    // FAISS 1.7.3's fast-scan IVF takes no SearchParameters, so nprobe is set on the index for the
    // call; the lock keeps concurrent calls with different probes apart.
    std::lock_guard<std::mutex> lock(searchMutex_);
    if (ivf_)
        ivf_->nprobe = nprobeFor(probes);
    omp_set_num_threads(static_cast<int>(std::max<std::size_t>(settings_.threads, 1)));
    try {
        index_->search(static_cast<faiss::Index::idx_t>(queries.rows), queryRows.data(), static_cast<faiss::Index::idx_t>(wide),
                       scores.data(), found.ids.data());
    } catch (const faiss::FaissException& error) {
        throw Error(name() + ": FAISS search failed: " + error.msg);
    }
    // Every system reports the requested metric's exact distances; IVF-PQ's candidates are also ranked by them.
    Neighbors result(queries.rows, k);
    ExactRanking ranking(metric_, data_->view());
    for (std::size_t q = 0; q < queries.rows; ++q) {
        ranking.reset(queries.row(q));
        for (std::size_t r = 0; r < wide; ++r)
            if (found.id(q, r) >= 0)
                ranking.add(static_cast<std::size_t>(found.id(q, r)));
        if (refine) {
            ranking.writeBest(result, q);
            continue;
        }
        for (std::size_t r = 0; r < k && r < wide; ++r) { // FAISS's own order, exact distances
            const std::int64_t id = found.id(q, r);
            result.ids[q * k + r] = id;
            if (id >= 0)
                result.distances[q * k + r] = static_cast<float>(distance(metric_, data_->row(static_cast<std::size_t>(id)), queries.row(q), dim));
        }
    }
    return result;
}

double FaissSearcher::hnswDistancesPerQuery(std::size_t k) const
{
    // Measured on a fixed sample (the first rows as queries), once per k: the same whatever was
    // searched before. FAISS 1.7.3 counts the level-0 distance computations in hnsw_stats.n3 and the
    // upper levels' in ndis; the counters are global, so the search lock covers reading them.
    std::lock_guard<std::mutex> lock(searchMutex_);
    const auto cached = hnswDistances_.find(k);
    if (cached != hnswDistances_.end())
        return cached->second;
    const std::size_t sample = std::min<std::size_t>(kCostSample, data_->rows()), dim = data_->dim();
    std::vector<float> queries(data_->row(0), data_->row(0) + sample * dim);
    if (metric_ == Metric::Cosine)
        normaliseRows(queries, dim);
    const std::size_t wide = std::min(k, data_->rows());
    std::vector<float> scores(sample * wide);
    std::vector<faiss::Index::idx_t> ids(sample * wide);
    omp_set_num_threads(static_cast<int>(std::max<std::size_t>(settings_.threads, 1)));
    faiss::hnsw_stats.reset();
    try {
        index_->search(static_cast<faiss::Index::idx_t>(sample), queries.data(), static_cast<faiss::Index::idx_t>(wide), scores.data(), ids.data());
    } catch (const faiss::FaissException& error) {
        throw Error(name() + ": FAISS search failed: " + error.msg);
    }
    const double perQuery = static_cast<double>(faiss::hnsw_stats.n3 + faiss::hnsw_stats.ndis) / static_cast<double>(sample);
    hnswDistances_[k] = perQuery;
    return perQuery;
}

SearchCost FaissSearcher::cost(std::size_t k, std::size_t probes) const
{
    if (!data_)
        return {};
    const std::size_t nprobe = nprobeFor(probes);
    const double n = static_cast<double>(data_->rows()), d = static_cast<double>(data_->dim());
    const double rows = 4.0 * n * d, ids = 8.0 * n, lists = 4.0 * static_cast<double>(nlist_) * d;
    const double scanned = n * static_cast<double>(nprobe) / static_cast<double>(std::max<std::size_t>(nlist_, 1));
    SearchCost cost;
    switch (kind_) {
    case Kind::Flat:
        cost = {static_cast<std::uint64_t>(rows), 2.0 * n * d, "one dot product per row"};
        break;
    case Kind::IvfFlat:
        cost = {static_cast<std::uint64_t>(rows + ids + lists), 2.0 * static_cast<double>(nlist_) * d + 2.0 * scanned * d,
                "list centroids + the rows of the probed lists"};
        break;
    case Kind::IvfPqFastScan: {
        const double m = static_cast<double>(subquantizers_);
        cost = {static_cast<std::uint64_t>(n * m / 2.0 + ids + lists + 4.0 * 16.0 * d + rows),
                2.0 * static_cast<double>(nlist_) * d + 2.0 * 16.0 * d + scanned * m
                    + 2.0 * static_cast<double>(std::min<std::size_t>(k * std::max<std::size_t>(settings_.refineFactor, 1), data_->rows())) * d,
                "list centroids + LUT + one table add per sub-quantizer per scanned code + exact refine of k x factor"};
        break;
    }
    case Kind::Hnsw:
        cost = {static_cast<std::uint64_t>(rows + n * 2.0 * static_cast<double>(settings_.hnswM) * 4.0),
                2.0 * d * hnswDistancesPerQuery(k),
                "distance computations counted by FAISS for k on a fixed sample of " + std::to_string(std::min<std::size_t>(kCostSample, data_->rows())) + " rows"};
        break;
    }
    return cost;
}

} // namespace nnscope
