#include "experiments/PartitionScale.h"

#include "core/Error.h"
#include "core/Random.h"

#include <algorithm>
#include <numeric>

namespace nnscope {

namespace {

// One size's experiment on its base rows and the shared queries, as the `part`-th of the run (from 1);
// nothing where another process holds the result (a rank other than 0).
using RunAtSize = std::function<std::optional<PartitionExperimentResult>(Dataset base, const Dataset& queries, std::size_t part,
                                                                        const std::function<void(const Stage&)>& observer)>;

std::optional<PartitionScaleResult> runScale(Dataset data, const Dataset* externalQueries, const PartitionExperimentSettings& settings,
                                             std::vector<std::size_t> sizes, const std::function<void(const Stage&)>& observer,
                                             const CancelToken* cancel, const RunAtSize& runAtSize)
{
    checkPartitionExperiment(data, externalQueries, settings);
    if (sizes.empty())
        throw Error("--scale needs at least one row count");
    std::sort(sizes.begin(), sizes.end());
    sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());

    // The queries once, for every size: held out of the whole data (or given).
    PartitionScaleResult result;
    result.dataset = data.source();
    result.dim = data.dim();
    const std::size_t dim = data.dim();
    std::vector<float> queryValues;
    std::vector<std::size_t> baseRows;
    if (externalQueries) {
        queryValues = externalQueries->values();
        result.querySource = externalQueries->source();
        baseRows.resize(data.rows());
        std::iota(baseRows.begin(), baseRows.end(), std::size_t(0));
    } else {
        HeldOutSplit split = splitHeldOut(data.rows(), settings);
        queryValues = gatherRows(data.view(), split.queryRows);
        baseRows = std::move(split.baseRows);
        result.querySource = "held-out rows (" + std::to_string(split.queryRows.size()) + ", seed " + std::to_string(settings.seed) + ")";
    }
    result.queries = queryValues.size() / dim;
    result.availableRows = baseRows.size();
    const Dataset queries(result.queries, dim, std::move(queryValues), {}, result.querySource);
    if (sizes.back() > baseRows.size())
        throw Error("--scale asks for " + std::to_string(sizes.back()) + " rows; " + std::to_string(baseRows.size())
                    + " are left once the queries are held out");
    if (sizes.front() < 2 * settings.bins || sizes.front() <= 10)
        throw Error("--scale: " + std::to_string(sizes.front()) + " rows are too few for " + std::to_string(settings.bins) + " bins and recall@10");

    // Nested subsets: the base rows in one seeded order, each size its first N (ascending in the file).
    Random random(Random::derive(settings.seed, seedstream::kScaleSubsets));
    for (std::size_t i = baseRows.size(); i > 1; --i)
        std::swap(baseRows[i - 1], baseRows[random.below(i)]);
    bool holdsResult = true;
    for (std::size_t s = 0; s < sizes.size(); ++s) {
        throwIfCancelled(cancel);
        const std::size_t rows = sizes[s];
        std::vector<std::size_t> subset(baseRows.begin(), baseRows.begin() + static_cast<std::ptrdiff_t>(rows));
        std::sort(subset.begin(), subset.end());
        Dataset base(rows, dim, gatherRows(data.view(), subset), {}, data.source() + " (" + std::to_string(rows) + " rows)");
        const std::string prefix = std::to_string(rows) + " rows: ";
        std::optional<PartitionExperimentResult> run = runAtSize(std::move(base), queries, s + 1, [&](const Stage& stage) {
            if (observer)
                observer({stage.kind, prefix + stage.subject});
        });
        if (!run) {
            holdsResult = false;
            continue;
        }
        // Only the figures are kept: the next size needs the memory.
        run->dataset = data.source();
        run->querySource = result.querySource;
        run->base.reset();
        for (PartitionMethodResult& method : run->methods) {
            method.index.reset();
            method.rule.reset();
        }
        result.runs.push_back(std::move(*run));
    }
    if (!holdsResult)
        return std::nullopt;
    return result;
}

} // namespace

PartitionScaleResult runPartitionScale(Dataset data, const Dataset* externalQueries, const PartitionExperimentSettings& settings,
                                       std::vector<std::size_t> sizes, const std::function<void(const Stage&)>& observer,
                                       const CancelToken* cancel)
{
    return *runScale(std::move(data), externalQueries, settings, std::move(sizes), observer, cancel,
                     [&](Dataset base, const Dataset& queries, std::size_t, const std::function<void(const Stage&)>& say) {
                         return std::optional(runPartitionExperiment(std::move(base), &queries, settings, say, cancel));
                     });
}

std::optional<PartitionScaleResult> runPartitionScaleAcrossRanks(Dataset data, const Dataset* externalQueries,
                                                                 const PartitionExperimentSettings& settings, std::vector<std::size_t> sizes,
                                                                 RankGroup& ranks, const std::function<void(const Stage&)>& observer)
{
    std::string sizesText;
    for (std::size_t rows : sizes)
        sizesText += std::to_string(rows) + ",";
    ranks.agree("scale", data.fingerprint() + " sizes " + sizesText);
    return runScale(std::move(data), externalQueries, settings, std::move(sizes), observer, &ranks.lost(),
                    [&](Dataset base, const Dataset& queries, std::size_t part, const std::function<void(const Stage&)>& say) {
                        return runPartitionExperimentAcrossRanks(std::move(base), &queries, settings, ranks, say, part);
                    });
}

std::vector<CrossoverPoint> crossover(const PartitionScaleResult& result)
{
    std::vector<CrossoverPoint> points;
    for (const PartitionExperimentResult& run : result.runs) {
        CrossoverPoint point;
        point.rows = run.baseRows;
        for (const PartitionMethodResult& m : run.methods) {
            std::string& best = m.learned ? point.bestLearned : point.bestFixed;
            double& cost = m.learned ? point.learnedCost : point.fixedCost;
            if (m.distanceEquivalentsAtTarget >= 0.0 && (cost < 0.0 || m.distanceEquivalentsAtTarget < cost)) {
                cost = m.distanceEquivalentsAtTarget;
                best = m.method;
            }
            std::string& fastest = m.learned ? point.fastestLearned : point.fastestFixed;
            double& ms = m.learned ? point.learnedMs : point.fixedMs;
            if (m.msPerQueryAtTarget >= 0.0 && (ms < 0.0 || m.msPerQueryAtTarget < ms)) {
                ms = m.msPerQueryAtTarget;
                fastest = m.method;
            }
        }
        if (point.fixedCost > 0.0 && point.learnedCost >= 0.0)
            point.costRatio = point.learnedCost / point.fixedCost;
        if (point.fixedMs > 0.0 && point.learnedMs >= 0.0)
            point.msRatio = point.learnedMs / point.fixedMs;
        points.push_back(point);
    }
    return points;
}

std::optional<std::size_t> crossoverRows(const std::vector<CrossoverPoint>& points)
{
    std::optional<std::size_t> from;
    for (const CrossoverPoint& point : points) {
        const bool pays = point.costRatio >= 0.0 && point.costRatio < 1.0;
        if (!pays)
            from.reset();
        else if (!from)
            from = point.rows;
    }
    return from;
}

} // namespace nnscope
