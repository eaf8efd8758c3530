#include "experiments/Measurement.h"

#include <chrono>
#include <cmath>

namespace nnscope {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

} // namespace

Measured measureSystem(const std::string& name, Searcher& searcher, const Dataset& data, Metric metric,
                       const std::vector<std::size_t>& rows, const std::vector<std::size_t>& truth, const Neighbors& exact,
                       std::size_t k, bool excludeSelf, const CancelToken* cancel)
{
    const std::vector<float> values = gatherRows(data.view(), rows);
    const MatrixView queries{values.data(), rows.size(), data.dim()};
    const std::vector<std::int64_t> self(rows.begin(), rows.end());
    const std::vector<std::int64_t>* excluded = excludeSelf ? &self : nullptr;

    SystemResult result;
    result.system = name;
    auto start = Clock::now();
    searcher.build(data, metric);
    result.buildSeconds = secondsSince(start);
    throwIfCancelled(cancel);

    start = Clock::now();
    const Neighbors found = searcher.search(queries, k, excluded);
    result.batchedMsPerQuery = 1000.0 * secondsSince(start) / static_cast<double>(rows.size());
    start = Clock::now();
    for (std::size_t q = 0; q < rows.size(); ++q) {
        const std::vector<std::int64_t> one = {self[q]};
        searcher.search({queries.row(q), 1, data.dim()}, k, excludeSelf ? &one : nullptr);
        if (q % 64 == 0)
            throwIfCancelled(cancel);
    }
    result.singleMsPerQuery = 1000.0 * secondsSince(start) / static_cast<double>(rows.size());

    // Table 1 asks each system for its single best answer (for the random baseline: one uniform draw,
    // not the closest of k draws).
    const Neighbors best = searcher.search(queries, 1, excluded);
    double distanceSum = 0.0;
    for (std::size_t q = 0; q < rows.size(); ++q) {
        const std::int64_t top = best.id(q, 0);
        // A system that returns nothing for a query counts as the farthest answer it could give: none.
        if (top >= 0)
            distanceSum += distance(Metric::L2, data.row(static_cast<std::size_t>(top)), data.row(truth[q]), data.dim());
    }
    result.meanDistanceToTruth = distanceSum / static_cast<double>(rows.size());
    result.recallAt1 = recallAtK(found, exact, 1);
    result.recallAtK = recallAtK(found, exact, k);
    const SearchCost cost = searcher.cost();
    result.bytes = cost.bytes;
    result.flopsPerQuery = cost.flopsPerQuery;
    result.description = searcher.describe();
    if (name == "scann-paper") {
        // What the authors' ScaNN column averaged: ScaNN's own score of its top-1, the inner product of
        // the (unnormalised) query with the L2-normalised row, i.e. ‖q‖ cos(q, x).
        double scoreSum = 0.0;
        for (std::size_t q = 0; q < rows.size(); ++q) {
            const std::int64_t top = found.id(q, 0);
            if (top < 0)
                continue;
            const float* x = data.row(static_cast<std::size_t>(top));
            const double norm = std::sqrt(distance(Metric::InnerProduct, x, x, data.dim()));
            if (norm > 0.0)
                scoreSum += distance(Metric::InnerProduct, x, queries.row(q), data.dim()) / norm;
        }
        result.meanTopScore = scoreSum / static_cast<double>(rows.size());
    }
    return {result, found};
}

} // namespace nnscope
