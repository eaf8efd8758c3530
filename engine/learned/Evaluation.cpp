#include "learned/Evaluation.h"

#include "core/Error.h"
#include "core/Random.h"

#include <algorithm>

namespace nnscope {

namespace {

std::vector<std::size_t> sampleRows(std::vector<std::size_t> rows, std::size_t count, std::uint64_t seed)
{
    if (count == 0 || count >= rows.size())
        return rows;
    Random random(Random::derive(seed, seedstream::kEvaluation));
    for (std::size_t i = 0; i < count; ++i) // partial Fisher–Yates
        std::swap(rows[i], rows[i + random.below(rows.size() - i)]);
    rows.resize(count);
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace

std::vector<std::size_t> sampleTestRows(const TrainingPlan& plan, std::size_t count, std::uint64_t seed)
{
    return sampleRows(plan.testRows, count, seed);
}

std::vector<std::size_t> sampleEvaluationRows(const TrainingPlan& plan, const HierarchySettings& settings)
{
    if (plan.protocol != Protocol::Paper || settings.paperEvaluation == PaperEvaluation::LastTenPercent)
        return sampleTestRows(plan, settings.evaluationQueries, settings.seed);
    std::vector<std::size_t> all(plan.clusterOf.size());
    for (std::size_t row = 0; row < all.size(); ++row)
        all[row] = row;
    return sampleRows(std::move(all), settings.evaluationQueries, settings.seed);
}

bool paperLayer2Hit(const std::vector<std::uint32_t>& targetPositions, std::uint32_t answerPosition)
{
    return std::find(targetPositions.begin(), targetPositions.end(), answerPosition) != targetPositions.end();
}

bool correctedLayer2Hit(const std::vector<std::int64_t>& answerRows, std::int64_t nearest)
{
    return nearest >= 0 && std::find(answerRows.begin(), answerRows.end(), nearest) != answerRows.end();
}

AccuracyReport evaluateAccuracy(const Hierarchy& hierarchy, const std::vector<std::size_t>& rows,
                                const std::vector<std::int64_t>& knownNearest)
{
    const Dataset& data = hierarchy.dataset();
    const TrainingPlan& plan = hierarchy.plan();
    const HierarchySettings& settings = hierarchy.settings();
    const bool paper = plan.protocol == Protocol::Paper;
    const std::size_t dim = data.dim(), topK = settings.topTargets;

    AccuracyReport report;
    report.protocol = plan.protocol;
    report.queryRows = rows;
    report.perCluster.assign(plan.clusters(), {});
    if (rows.empty())
        return report;

    const std::vector<float> queries = gatherRows(data.view(), rows);
    const std::vector<std::int64_t> self(rows.begin(), rows.end());
    const MatrixView view{queries.data(), rows.size(), dim};
    if (!knownNearest.empty() && knownNearest.size() != rows.size())
        throw Error("evaluation: the nearest neighbours given do not match the rows");
    const std::vector<std::int64_t> nearest = knownNearest.empty() ? globalNearest(data, rows, plan.targetMetric) : knownNearest;
    const auto routes = hierarchy.predictClusters(view, 1);

    // Layer 2 is asked twice per query: in the predicted cluster and in the true one.
    auto layer2For = [&](auto clusterOfQuery) {
        std::vector<std::vector<MemberGuess>> guesses(rows.size());
        std::vector<std::vector<std::size_t>> byCluster(plan.clusters());
        for (std::size_t q = 0; q < rows.size(); ++q)
            byCluster[clusterOfQuery(q)].push_back(q);
        for (std::uint32_t c = 0; c < plan.clusters(); ++c) {
            if (byCluster[c].empty())
                continue;
            std::vector<float> subset;
            std::vector<std::int64_t> subsetSelf;
            for (std::size_t q : byCluster[c]) {
                subset.insert(subset.end(), view.row(q), view.row(q) + dim);
                subsetSelf.push_back(self[q]);
            }
            // The paper's code keeps the query's own row as a possible answer; the corrected protocol skips it.
            const auto members = hierarchy.predictMembers(c, {subset.data(), byCluster[c].size(), dim}, topK,
                                                          settings.normaliseTestCentroid, paper ? nullptr : &subsetSelf);
            for (std::size_t i = 0; i < byCluster[c].size(); ++i)
                guesses[byCluster[c][i]] = members[i];
        }
        return guesses;
    };
    const auto routed = layer2For([&](std::size_t q) { return routes[q][0].cluster; });
    const auto oracle = layer2For([&](std::size_t q) { return plan.clusterOf[rows[q]]; });

    auto hit = [&](std::size_t q, const std::vector<MemberGuess>& guesses) {
        if (guesses.empty())
            return false;
        if (paper)
            return paperLayer2Hit(plan.withinClusterTargets[rows[q]], guesses.front().position);
        std::vector<std::int64_t> answers;
        for (const MemberGuess& g : guesses)
            answers.push_back(g.row);
        return correctedLayer2Hit(answers, nearest[q]);
    };

    std::size_t layer1Hits = 0, neighborClusterHits = 0, layer2Hits = 0, oracleHits = 0, top1Hits = 0;
    for (std::size_t q = 0; q < rows.size(); ++q) {
        const std::uint32_t predicted = routes[q][0].cluster;
        const std::uint32_t own = plan.clusterOf[rows[q]];
        layer1Hits += predicted == own;
        neighborClusterHits += predicted == plan.clusterOf[static_cast<std::size_t>(nearest[q])];
        layer2Hits += hit(q, routed[q]);
        const bool oracleHit = hit(q, oracle[q]);
        oracleHits += oracleHit;
        top1Hits += !routed[q].empty() && routed[q].front().row == nearest[q];
        ++report.perCluster[own].queries;
        report.perCluster[own].hits += oracleHit;
        QueryOutcome outcome;
        outcome.row = rows[q];
        outcome.cluster = own;
        outcome.routedCluster = predicted;
        outcome.answer = oracle[q].empty() ? -1 : oracle[q].front().row;
        outcome.nearest = nearest[q];
        outcome.hit = oracleHit;
        if (outcome.answer >= 0 && outcome.nearest >= 0)
            outcome.distanceGap = distance(plan.targetMetric, data.row(static_cast<std::size_t>(outcome.answer)), data.row(rows[q]), dim)
                - distance(plan.targetMetric, data.row(static_cast<std::size_t>(outcome.nearest)), data.row(rows[q]), dim);
        report.outcomes.push_back(outcome);
    }
    const double n = static_cast<double>(rows.size());
    report.layer1Accuracy = static_cast<double>(layer1Hits) / n;
    report.layer1NeighborCluster = static_cast<double>(neighborClusterHits) / n;
    report.layer2Accuracy = static_cast<double>(layer2Hits) / n;
    report.layer2OracleAccuracy = static_cast<double>(oracleHits) / n;
    report.recallAt1 = static_cast<double>(top1Hits) / n;
    return report;
}

} // namespace nnscope
