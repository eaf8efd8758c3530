#include "search/ExactSearch.h"

#include "core/EigenMaps.h"
#include "core/Error.h"
#include "search/ExactRanking.h"

#include <algorithm>
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

// Queries scored per block: the float score block (rows × block) stays near 64 MB.
std::size_t queryBlockSize(std::size_t rows)
{
    const std::size_t budget = (64u << 20) / sizeof(float);
    return std::clamp<std::size_t>(budget / std::max<std::size_t>(rows, 1), 1, 256);
}

} // namespace

ExactSearch::ExactSearch(MatrixView base, Metric metric) : base_(base), metric_(metric)
{
    if (base.empty())
        throw Error("exact search needs at least one row");
    baseNorms_.resize(base.rows);
    for (std::size_t i = 0; i < base.rows; ++i)
        baseNorms_[i] = norm(base.row(i), base.dim);
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

Neighbors ExactSearch::searchExcluding(MatrixView queries, std::size_t k, const std::vector<std::int64_t>& excluded) const
{
    if (queries.rows > 0 && queries.dim != base_.dim)
        throw Error("queries have dimension " + std::to_string(queries.dim) + " but the data has "
                    + std::to_string(base_.dim));
    const bool excludes = std::any_of(excluded.begin(), excluded.end(), [](std::int64_t id) { return id >= 0; });
    const std::size_t available = base_.rows - (excludes ? 1 : 0);
    if (k == 0)
        throw Error("k must be at least 1");
    if (k > available)
        throw Error("k = " + std::to_string(k) + " exceeds the " + std::to_string(available) + " rows that can be neighbours");

    Neighbors result(queries.rows, k);
    const auto base = asEigen(base_);
    const std::size_t n = base_.rows;
    const double errorFactor = dotErrorFactor(base_.dim);
    const std::size_t blockSize = queryBlockSize(n);

    Eigen::MatrixXf scores; // n × block, column-major: one column per query
    std::vector<double> lower(n), upper(n), kthUpper(n);
    std::vector<std::size_t> candidates;
    ExactRanking ranking(metric_, base_);

    for (std::size_t first = 0; first < queries.rows; first += blockSize) {
        const std::size_t count = std::min(blockSize, queries.rows - first);
        const MatrixView block{queries.row(first), count, queries.dim};
        scores.noalias() = base * asEigen(block).transpose();

        for (std::size_t b = 0; b < count; ++b) {
            const std::size_t q = first + b;
            const float* query = queries.row(q);
            const double queryNorm = norm(query, queries.dim);

            // Bounds on each row's ranking key (smaller is closer): squared L2, −cosine or −ip.
            for (std::size_t i = 0; i < n; ++i) {
                const double dot = scores(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(b));
                const double dotError = errorFactor * baseNorms_[i] * queryNorm;
                double key = 0.0, error = 0.0;
                switch (metric_) {
                case Metric::L2:
                    key = baseNorms_[i] * baseNorms_[i] + queryNorm * queryNorm - 2.0 * dot;
                    error = errorFactor * (baseNorms_[i] + queryNorm) * (baseNorms_[i] + queryNorm);
                    break;
                case Metric::Cosine:
                    if (baseNorms_[i] > 0.0 && queryNorm > 0.0) {
                        key = -dot / (baseNorms_[i] * queryNorm);
                        error = 2.0 * errorFactor;
                    }
                    break;
                case Metric::InnerProduct:
                    key = -dot;
                    error = dotError;
                    break;
                }
                lower[i] = key - error;
                upper[i] = key + error;
            }
            if (excluded[q] >= 0) {
                lower[static_cast<std::size_t>(excluded[q])] = INFINITY;
                upper[static_cast<std::size_t>(excluded[q])] = INFINITY;
            }

            // Every true top-k row has a lower bound no larger than the k-th smallest upper bound.
            kthUpper = upper;
            std::nth_element(kthUpper.begin(), kthUpper.begin() + static_cast<std::ptrdiff_t>(k - 1), kthUpper.end());
            const double threshold = kthUpper[k - 1];
            candidates.clear();
            for (std::size_t i = 0; i < n; ++i)
                if (lower[i] <= threshold)
                    candidates.push_back(i);

            ranking.reset(query);
            for (std::size_t i : candidates)
                ranking.add(i);
            ranking.writeBest(result, q);
        }
    }
    return result;
}

} // namespace nnscope
