#include "search/GroundTruthCheck.h"

#include "core/Error.h"

#include <algorithm>
#include <cmath>

namespace nnscope {

GroundTruthAgreement compareWithGroundTruth(MatrixView base, MatrixView queries, const GroundTruth& truth, const Neighbors& exact,
                                            Metric metric)
{
    if (exact.queries != queries.rows || truth.queries != queries.rows)
        throw Error("the ground truth check needs results and truth for the same queries");
    const std::size_t k = exact.k;
    if (truth.k < k)
        throw Error(truth.source + ": lists " + std::to_string(truth.k) + " neighbours per query, fewer than k = " + std::to_string(k));
    GroundTruthAgreement agreement;
    agreement.queries = queries.rows;
    std::vector<double> ours(k), theirs(k);
    for (std::size_t q = 0; q < queries.rows; ++q) {
        for (std::size_t r = 0; r < k; ++r) {
            const auto distanceTo = [&](std::int64_t id) {
                const double d = distance(metric, base.row(static_cast<std::size_t>(id)), queries.row(q), base.dim);
                return rankKey(metric, d);
            };
            ours[r] = exact.id(q, r) >= 0 ? distanceTo(exact.id(q, r)) : HUGE_VAL;
            theirs[r] = distanceTo(truth.id(q, r));
        }
        std::sort(ours.begin(), ours.end());
        std::sort(theirs.begin(), theirs.end());
        bool same = true;
        for (std::size_t r = 0; r < k && same; ++r)
            same = std::fabs(ours[r] - theirs[r]) <= 1e-6 * (1.0 + std::fabs(theirs[r]));
        if (same)
            ++agreement.agreeing;
        else
            agreement.disagreeing.push_back(q);
    }
    return agreement;
}

std::optional<Metric> metricOfDistanceName(const std::string& name)
{
    if (name == "euclidean" || name == "l2")
        return Metric::L2;
    if (name == "angular" || name == "cosine")
        return Metric::Cosine;
    if (name == "dot" || name == "ip" || name == "inner_product")
        return Metric::InnerProduct;
    return std::nullopt;
}

} // namespace nnscope
