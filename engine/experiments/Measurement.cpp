#include "experiments/Measurement.h"

#include "core/Error.h"
#include "core/Stopwatch.h"
#include "core/VectorMath.h"
#include "search/ExactSearch.h"
#include "search/ExactSearcher.h"

#include <chrono>
#include <cmath>

namespace nnscope {
namespace {

// What the authors' ScaNN column averaged: ScaNN's own score of its top-1, the inner product of the
// (unnormalised) query with the L2-normalised row, i.e. ‖q‖ cos(q, x).
double meanScannScore(const Dataset& data, const QuerySet& queries, const Neighbors& found)
{
    double scoreSum = 0.0;
    for (std::size_t q = 0; q < queries.size(); ++q) {
        const std::int64_t top = found.id(q, 0);
        if (top < 0)
            continue;
        const float* x = data.row(static_cast<std::size_t>(top));
        const double norm = std::sqrt(dot(x, x, data.dim()));
        if (norm > 0.0)
            scoreSum += dot(x, queries.view().row(q), data.dim()) / norm;
    }
    return scoreSum / static_cast<double>(queries.size());
}

} // namespace

std::vector<std::int64_t> QuerySet::nearest() const
{
    std::vector<std::int64_t> ids(size(), -1); // dataset rows or external queries alike
    for (std::size_t q = 0; q < size(); ++q)
        ids[q] = exact.k > 0 ? exact.id(q, 0) : -1;
    return ids;
}

namespace {

void searchTruth(QuerySet& set, const Dataset& data, Metric metric, std::size_t k)
{
    checkNeighbourCount(k, data.rows(), !set.external()); // before the searchers widen k to k + 1
    ExactSearcher exact;
    exact.build(data, metric);
    set.exact = exact.search(set.view(), k, {set.external() ? nullptr : &set.self});
    set.truth.resize(set.size());
    for (std::size_t q = 0; q < set.size(); ++q)
        set.truth[q] = static_cast<std::size_t>(set.exact.id(q, 0));
}

} // namespace

QuerySet makeQuerySet(const Dataset& data, std::vector<std::size_t> rows, Metric metric, std::size_t k)
{
    if (rows.empty())
        throw Error("no queries to measure");
    QuerySet set;
    set.rows = std::move(rows);
    set.values = gatherRows(data.view(), set.rows);
    set.self.assign(set.rows.begin(), set.rows.end());
    set.dim = data.dim();
    searchTruth(set, data, metric, k);
    return set;
}

QuerySet makeQuerySet(const Dataset& data, MatrixView queries, Metric metric, std::size_t k)
{
    if (queries.rows == 0)
        throw Error("no queries to measure");
    if (queries.dim != data.dim())
        throw Error("the queries have dimension " + std::to_string(queries.dim) + ", the data " + std::to_string(data.dim()));
    QuerySet set;
    set.values.assign(queries.data, queries.data + queries.rows * queries.dim);
    set.dim = data.dim();
    searchTruth(set, data, metric, k);
    return set;
}

BuiltSystem buildSystem(const ResolvedSystem& system, const SystemResources& context, const Dataset& data, Metric metric,
                        const CancelToken* cancel)
{
    BuiltSystem built;
    built.searcher = makeSystem(system, context);
    const auto start = Clock::now();
    built.searcher->build(data, metric);
    built.buildSeconds = secondsSince(start);
    throwIfCancelled(cancel);
    return built;
}

Measured measureSystem(const ResolvedSystem& system, const BuiltSystem& built, const SystemResources& context,
                       const Dataset& data, const QuerySet& queries, const CancelToken* cancel)
{
    const Searcher& searcher = *built.searcher;
    const std::size_t k = queries.exact.k, n = queries.size();
    const bool keepSelf = keepsSelf(system, context);
    SearchParameters parameters;
    parameters.excluded = keepSelf || queries.external() ? nullptr : &queries.self;
    parameters.probes = system.probes;

    SystemResult result;
    result.system = system.label;
    result.family = system.entry->name;
    result.partitioned = searcher.probesPartitions();
    result.probes = searcher.probesPartitions() ? (system.probes ? system.probes : searcher.defaultProbes()) : 0;
    result.probeVariant = !system.entry->probeKey.empty() && system.spec.value(system.entry->probeKey).has_value();
    result.keepsSelf = keepSelf;
    result.buildSeconds = built.buildSeconds;

    auto start = Clock::now();
    const Neighbors found = searcher.search(queries.view(), k, parameters);
    result.batchedMsPerQuery = 1000.0 * secondsSince(start) / static_cast<double>(n);
    start = Clock::now();
    for (std::size_t q = 0; q < n; ++q) {
        const std::vector<std::int64_t> one = {queries.external() ? -1 : queries.self[q]};
        SearchParameters single = parameters;
        single.excluded = parameters.excluded ? &one : nullptr;
        searcher.search({queries.view().row(q), 1, queries.dim}, k, single);
        if (q % 64 == 0)
            throwIfCancelled(cancel);
    }
    result.singleMsPerQuery = 1000.0 * secondsSince(start) / static_cast<double>(n);

    // Table 1 asks each system for its single best answer (for the random baseline: one uniform draw);
    // a query it leaves unanswered is counted as such, not as a distance.
    const Neighbors best = searcher.search(queries.view(), 1, parameters);
    double distanceSum = 0.0;
    std::size_t answered = 0;
    for (std::size_t q = 0; q < n; ++q) {
        const std::int64_t top = best.id(q, 0);
        if (top < 0)
            continue;
        distanceSum += distance(Metric::L2, data.row(static_cast<std::size_t>(top)), data.row(queries.truth[q]), data.dim());
        ++answered;
    }
    result.answered = static_cast<double>(answered) / static_cast<double>(n);
    result.meanDistanceToTruth = answered ? distanceSum / static_cast<double>(answered) : NAN;
    result.recallAt1 = recallAtK(found, queries.exact, 1);
    result.recallAtK = recallAtK(found, queries.exact, k);
    const SearchCost cost = searcher.cost(k, system.probes);
    result.bytes = cost.bytes;
    result.flopsPerQuery = cost.flopsPerQuery;
    result.costNote = cost.note;
    const bool probedOtherwise = searcher.probesPartitions() && system.probes && system.probes != searcher.defaultProbes();
    result.description = searcher.describe() + (probedOtherwise ? " (searched with probes " + std::to_string(system.probes) + ")" : "");
    result.warnings = searcher.warnings();
    if (system.entry->reportsScannScore)
        result.meanTopScore = meanScannScore(data, queries, found);
    return {result, found};
}

} // namespace nnscope
