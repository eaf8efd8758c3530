#include "search/faiss/FaissSearcher.h"

#include "core/Error.h"

#include <faiss/IndexFlat.h>
#include <faiss/IndexHNSW.h>
#include <faiss/IndexIVFFlat.h>
#include <faiss/IndexIVFPQFastScan.h>
#include <faiss/IndexRefine.h>
#include <faiss/impl/AuxIndexStructures.h>
#include <faiss/impl/FaissException.h>
#include <cmath>
#include <omp.h>

namespace nnscope {
namespace {

void normaliseRows(std::vector<float>& values, std::size_t dim)
{
    for (std::size_t start = 0; start < values.size(); start += dim) {
        double length = 0.0;
        for (std::size_t j = 0; j < dim; ++j)
            length += double(values[start + j]) * values[start + j];
        length = std::sqrt(length);
        if (length > 0.0)
            for (std::size_t j = 0; j < dim; ++j)
                values[start + j] = static_cast<float>(values[start + j] / length);
    }
}

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

FaissSearcher::Kind FaissSearcher::parseKind(const std::string& name)
{
    if (name == "faiss-flat")
        return Kind::Flat;
    if (name == "faiss-ivf")
        return Kind::IvfFlat;
    if (name == "faiss-ivfpq")
        return Kind::IvfPqFastScan;
    if (name == "faiss-hnsw")
        return Kind::Hnsw;
    throw Error("unknown FAISS system '" + name + "' (expected faiss-flat, faiss-ivf, faiss-ivfpq or faiss-hnsw)");
}

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
        warnings_.push_back(name() + ": " + std::to_string(n) + " rows train " + std::to_string(nlist_)
                            + " lists (FAISS advises at least 39 rows per list)");
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
        if (kind_ == Kind::IvfPqFastScan) {
            auto refine = std::make_unique<faiss::IndexRefineFlat>(base, rows.data());
            refine->k_factor = static_cast<float>(settings_.refineFactor);
            index_ = refine.get();
            owned_.push_back(std::move(refine));
        }
    } catch (const faiss::FaissException& error) {
        throw Error(name() + ": FAISS refused to build: " + error.msg);
    }
}

Neighbors FaissSearcher::search(MatrixView queries, std::size_t k, const std::vector<std::int64_t>* excluded) const
{
    if (!index_)
        throw Error(name() + ": build() was not called");
    if (queries.rows > 0 && queries.dim != data_->dim())
        throw Error(name() + ": queries have dimension " + std::to_string(queries.dim) + ", the index " + std::to_string(data_->dim()));
    if (k == 0)
        throw Error("k must be at least 1");
    const std::size_t dim = data_->dim();
    const std::size_t wide = std::min(k + (excluded ? 1 : 0), data_->rows());
    std::vector<float> queryRows(queries.data, queries.data + queries.rows * dim);
    if (metric_ == Metric::Cosine)
        normaliseRows(queryRows, dim);
    Neighbors widened(queries.rows, wide);
    std::vector<float> scores(queries.rows * wide);
    omp_set_num_threads(static_cast<int>(std::max<std::size_t>(settings_.threads, 1)));
    faiss::hnsw_stats.reset();
    try {
        index_->search(static_cast<faiss::Index::idx_t>(queries.rows), queryRows.data(), static_cast<faiss::Index::idx_t>(wide),
                       scores.data(), widened.ids.data());
    } catch (const faiss::FaissException& error) {
        throw Error(name() + ": FAISS search failed: " + error.msg);
    }
    if (kind_ == Kind::Hnsw && queries.rows > 0)
        // FAISS 1.7.3 counts the level-0 distance computations in n3 and the upper levels' in ndis.
        distancesPerQuery_ = static_cast<double>(faiss::hnsw_stats.n3 + faiss::hnsw_stats.ndis) / static_cast<double>(queries.rows);
    for (std::size_t i = 0; i < widened.ids.size(); ++i)
        if (widened.ids[i] >= 0)
            widened.distances[i] = static_cast<float>(
                distance(metric_, data_->row(static_cast<std::size_t>(widened.ids[i])), queries.row(i / wide), dim));
    return dropExcluded(widened, k, excluded);
}

SearchCost FaissSearcher::cost() const
{
    if (!data_)
        return {};
    const double n = static_cast<double>(data_->rows()), d = static_cast<double>(data_->dim());
    const double rows = 4.0 * n * d, ids = 8.0 * n, lists = 4.0 * static_cast<double>(nlist_) * d;
    const double scanned = n * static_cast<double>(nprobe_) / static_cast<double>(std::max<std::size_t>(nlist_, 1));
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
                2.0 * static_cast<double>(nlist_) * d + 2.0 * 16.0 * d + scanned * m + 2.0 * 10.0 * static_cast<double>(settings_.refineFactor) * d,
                "list centroids + LUT + one table add per sub-quantizer per scanned code + refine of k x factor (k = 10)"};
        break;
    }
    case Kind::Hnsw:
        cost = {static_cast<std::uint64_t>(rows + n * 2.0 * static_cast<double>(settings_.hnswM) * 4.0),
                2.0 * d * distancesPerQuery_, "distance computations counted by FAISS in the last search"};
        break;
    }
    return cost;
}

} // namespace nnscope
