#include "search/ExactSearch.h"

#include "core/BlasThreads.h"
#include "core/Error.h"
#include "search/ExactRanking.h"
#include "search/TopKFilter.h"

#include <algorithm>
#include <cblas.h>
#include <cmath>
#include <numeric>

namespace nnscope {
namespace {

double norm(const float* x, std::size_t dim)
{
    double sum = 0.0;
    for (std::size_t j = 0; j < dim; ++j)
        sum += double(x[j]) * double(x[j]);
    return std::sqrt(sum);
}

// Rounding-error bound of a float dot product of length d under any summation order:
// |fl(x·q) − x·q| ≤ γ_d Σ|x_j q_j| ≤ γ_d ||x|| ||q||, with γ_d = d·u / (1 − d·u), u = 2^-24. We use twice
// that, plus slack for the few extra float operations around it.
double dotErrorFactor(std::size_t dim)
{
    const double u = std::ldexp(1.0, -24);
    const double terms = static_cast<double>(dim + 4);
    return 2.0 * terms * u / (1.0 - terms * u);
}

// A block of queries × a chunk of base rows is scored by one SGEMM; 512 × 4,096 floats = 8 MB.
constexpr std::size_t kQueryBlock = 512;
constexpr std::size_t kBaseChunk = 4096;

} // namespace

ExactSearch::ExactSearch(MatrixView base, Metric metric, std::size_t threads)
    : base_(base), metric_(metric), threads_(resolveThreads(threads, base.rows * base.dim))
{
    if (base.empty())
        throw Error("exact search needs at least one row");
    keyOffset_.resize(base.rows);
    keyScale_.resize(base.rows);
    for (std::size_t i = 0; i < base.rows; ++i) {
        const double rowNorm = norm(base.row(i), base.dim);
        switch (metric) {
        case Metric::L2:
            keyOffset_[i] = static_cast<float>(rowNorm * rowNorm);
            keyScale_[i] = -2.0f;
            break;
        case Metric::Cosine: // a zero row's cosine is 0: key 0, like its distance 1
            keyScale_[i] = rowNorm > 0.0 ? static_cast<float>(-1.0 / rowNorm) : 0.0f;
            break;
        case Metric::InnerProduct:
            keyScale_[i] = -1.0f;
            break;
        }
        maxKeyOffset_ = std::max(maxKeyOffset_, double(keyOffset_[i]));
        maxScaledNorm_ = std::max(maxScaledNorm_, std::fabs(double(keyScale_[i])) * rowNorm * 1.000001);
    }
}

Neighbors ExactSearch::search(MatrixView queries, std::size_t k) const
{
    return searchExcluding(queries, k, std::vector<std::int64_t>(queries.rows, -1));
}

Neighbors ExactSearch::searchRows(const std::vector<std::size_t>& rows, std::size_t k) const
{
    const std::vector<float> gathered = gatherRows(base_, rows);
    const std::vector<std::int64_t> excluded(rows.begin(), rows.end());
    return searchExcluding({gathered.data(), rows.size(), base_.dim}, k, excluded);
}

void checkNeighbourCount(std::size_t k, std::size_t rows, bool excludesOwnRow)
{
    const std::size_t available = rows - (excludesOwnRow && rows > 0 ? 1 : 0);
    if (k == 0)
        throw Error("k must be at least 1");
    if (k > available)
        throw Error("k = " + std::to_string(k) + " exceeds the " + std::to_string(available) + " rows that can be neighbours");
}

Neighbors ExactSearch::searchExcluding(MatrixView queries, std::size_t k, const std::vector<std::int64_t>& excluded) const
{
    if (queries.rows > 0 && queries.dim != base_.dim)
        throw Error("queries have dimension " + std::to_string(queries.dim) + " but the data has "
                    + std::to_string(base_.dim));
    checkNeighbourCount(k, base_.rows, std::any_of(excluded.begin(), excluded.end(), [](std::int64_t id) { return id >= 0; }));

    // Each row's ranking key (smaller is closer) is keyOffset_ + keyScale_ · (q·x), in float: squared L2
    // without the query's constant ‖q‖², −cosine times ‖q‖, or −ip. Its error is bounded: the float dot
    // product is within γ_d ‖x‖ ‖q‖ of the true one (dotErrorFactor), and the two float operations
    // after it add at most a few units in the last place of the operands. With E the largest such error
    // over the base, every approximate key is within E of the true one, so the rows whose approximate
    // key is within 2E of the approximate k-th key hold the true top k (ties included); only they are
    // re-scored in double (ExactRanking) and ordered exactly.
    Neighbors result(queries.rows, k);
    const std::size_t n = base_.rows, dim = base_.dim;
    const double errorFactor = dotErrorFactor(dim), unit = std::ldexp(1.0, -24);
    std::vector<float> scores(std::min(kQueryBlock, queries.rows) * std::min(n, kBaseChunk));
    ExactRanking ranking(metric_, base_);
    std::vector<TopKFilter> filters;
    const FilterKernel kernel = fastestFilterKernel();

    for (std::size_t first = 0; first < queries.rows; first += kQueryBlock) {
        const std::size_t count = std::min(kQueryBlock, queries.rows - first);
        filters.clear();
        for (std::size_t b = 0; b < count; ++b) {
            const double queryNorm = norm(queries.row(first + b), dim);
            // |keyScale| · ‖x‖ ‖q‖ over the base: the size of the scaled dot product.
            const double scaledDot = maxScaledNorm_ * queryNorm;
            const double error = errorFactor * scaledDot + 4.0 * unit * (maxKeyOffset_ + scaledDot);
            filters.emplace_back(k + 1, 2.0 * 1.01 * error); // k + 1: the query's own row may be among them
        }
        for (std::size_t chunk = 0; chunk < n; chunk += kBaseChunk) {
            const std::size_t rows = std::min(kBaseChunk, n - chunk);
            // scores[b][i] = q_b · x_(chunk+i), row-major count × rows.
            setBlasThreads(threads_);
            if (count == 1)
                cblas_sgemv(CblasRowMajor, CblasNoTrans, static_cast<int>(rows), static_cast<int>(dim), 1.0f, base_.row(chunk),
                            static_cast<int>(dim), queries.row(first), 1, 0.0f, scores.data(), 1);
            else
                cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, static_cast<int>(count), static_cast<int>(rows), static_cast<int>(dim), 1.0f,
                            queries.row(first), static_cast<int>(dim), base_.row(chunk), static_cast<int>(dim), 0.0f, scores.data(),
                            static_cast<int>(rows));
            const float* offsets = keyOffset_.data() + chunk;
            const float* scales = keyScale_.data() + chunk;
            for (std::size_t b = 0; b < count; ++b)
                filterChunk(kernel, scores.data() + b * rows, offsets, scales, rows, chunk, filters[b]);
        }
        for (std::size_t b = 0; b < count; ++b) {
            const std::int64_t skip = excluded[first + b];
            ranking.reset(queries.row(first + b));
            filters[b].finish([&](std::size_t row) {
                if (static_cast<std::int64_t>(row) != skip)
                    ranking.add(row);
            });
            ranking.writeBest(result, first + b);
        }
    }
    return result;
}

} // namespace nnscope
