#include "learned/Imbalance.h"

#include "core/Random.h"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <map>

namespace nnscope {

std::pair<double, double> wilsonInterval(std::size_t hits, std::size_t trials)
{
    if (trials == 0)
        return {0.0, 1.0};
    const double z = 1.96, n = static_cast<double>(trials), p = static_cast<double>(hits) / n;
    const double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    const double half = z * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n);
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

Trend fitTrend(const std::vector<double>& x, const std::vector<double>& y, const std::vector<double>& weights)
{
    Trend trend;
    double w = 0.0, mx = 0.0, my = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i)
        if (weights[i] > 0.0) {
            w += weights[i];
            mx += weights[i] * x[i];
            my += weights[i] * y[i];
            ++trend.points;
        }
    if (trend.points < 2 || w <= 0.0)
        return trend;
    mx /= w;
    my /= w;
    double sxx = 0.0, syy = 0.0, sxy = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxx += weights[i] * (x[i] - mx) * (x[i] - mx);
        syy += weights[i] * (y[i] - my) * (y[i] - my);
        sxy += weights[i] * (x[i] - mx) * (y[i] - my);
    }
    trend.slope = sxx > 0.0 ? sxy / sxx : 0.0;
    trend.intercept = my - trend.slope * mx;
    trend.correlation = sxx > 0.0 && syy > 0.0 ? sxy / std::sqrt(sxx * syy) : 0.0;
    return trend;
}

TrendVerdict judgeTrend(const std::vector<double>& x, const std::vector<double>& y, const std::vector<double>& weights,
                        std::uint64_t seed, std::size_t resamples)
{
    TrendVerdict verdict;
    verdict.trend = fitTrend(x, y, weights);
    std::vector<std::size_t> measured; // clusters with test queries
    for (std::size_t i = 0; i < x.size(); ++i)
        if (weights[i] > 0.0)
            measured.push_back(i);
    if (measured.size() < 3 || resamples == 0)
        return verdict;
    Random random(Random::derive(seed, seedstream::kTrendBootstrap));
    std::vector<double> slopes;
    std::vector<double> bx(measured.size()), by(measured.size()), bw(measured.size());
    for (std::size_t r = 0; r < resamples; ++r) {
        for (std::size_t i = 0; i < measured.size(); ++i) {
            const std::size_t pick = measured[random.below(measured.size())];
            bx[i] = x[pick];
            by[i] = y[pick];
            bw[i] = weights[pick];
        }
        const Trend t = fitTrend(bx, by, bw);
        const bool spread = std::any_of(bx.begin(), bx.end(), [&](double v) { return v != bx.front(); });
        if (t.points >= 2 && spread) // a resample of one repeated x has no slope
            slopes.push_back(t.slope);
    }
    if (slopes.size() < resamples / 2)
        return verdict;
    std::sort(slopes.begin(), slopes.end());
    const auto at = [&](double q) { return slopes[std::min(slopes.size() - 1, static_cast<std::size_t>(q * static_cast<double>(slopes.size())))]; };
    verdict.slopeLow = at(0.025);
    verdict.slopeHigh = at(0.975);
    verdict.kind = verdict.slopeLow > 0.0 ? TrendVerdict::Kind::Rises : verdict.slopeHigh < 0.0 ? TrendVerdict::Kind::Falls : TrendVerdict::Kind::Unclear;
    return verdict;
}

AnswerSpread answerSpread(const AccuracyReport& accuracy, std::uint32_t cluster)
{
    AnswerSpread spread;
    std::map<std::int64_t, AnswerSpread::Count> counts;
    for (const QueryOutcome& o : accuracy.outcomes)
        if (o.cluster == cluster) {
            ++spread.queries;
            ++counts[o.answer].answered;
            ++counts[o.nearest].nearest;
        }
    for (auto& [row, count] : counts) {
        count.row = row;
        spread.counts.push_back(count);
    }
    std::stable_sort(spread.counts.begin(), spread.counts.end(), [](const AnswerSpread::Count& a, const AnswerSpread::Count& b) {
        return a.answered != b.answered ? a.answered > b.answered : a.nearest > b.nearest;
    });
    spread.collapsed = spread.queries >= 3 && !spread.counts.empty() && 2 * spread.counts.front().answered >= spread.queries;
    return spread;
}

std::vector<ClusterImbalance> layer2Imbalance(const Hierarchy& hierarchy)
{
    return layer2Imbalance(hierarchy, hierarchy.accuracy());
}

std::vector<ClusterImbalance> layer2Imbalance(const Hierarchy& hierarchy, const AccuracyReport& accuracy)
{
    const TrainingPlan& plan = hierarchy.plan();
    std::vector<ClusterImbalance> table(plan.clusters());
    std::vector<std::map<std::uint32_t, std::size_t>> targetCounts(plan.clusters());
    for (std::size_t c = 0; c < plan.clusters(); ++c) {
        table[c].cluster = c;
        table[c].size = plan.members[c].size();
    }
    for (std::size_t row : plan.trainRows) {
        const std::uint32_t c = plan.clusterOf[row];
        if (plan.withinClusterTargets[row].empty())
            continue;
        ++table[c].trainRows;
        ++targetCounts[c][plan.withinClusterTargets[row].front()];
    }
    for (std::size_t row : plan.testRows)
        ++table[plan.clusterOf[row]].testRows;
    for (std::size_t c = 0; c < plan.clusters(); ++c) {
        ClusterImbalance& entry = table[c];
        entry.distinctTargets = targetCounts[c].size();
        std::size_t largest = 0;
        for (const auto& [target, count] : targetCounts[c]) {
            largest = std::max(largest, count);
            const double p = static_cast<double>(count) / static_cast<double>(entry.trainRows);
            entry.targetEntropyBits -= p * std::log2(p);
        }
        entry.largestTargetShare = entry.trainRows ? static_cast<double>(largest) / static_cast<double>(entry.trainRows) : 0.0;
        entry.trainAccuracy = hierarchy.layer2Records()[c].trained ? hierarchy.layer2Records()[c].bestAccuracy : 0.0;
        if (c < accuracy.perCluster.size()) {
            entry.testQueries = accuracy.perCluster[c].queries;
            entry.testHits = accuracy.perCluster[c].hits;
            entry.testAccuracy = accuracy.perCluster[c].accuracy();
        }
        std::tie(entry.testLow, entry.testHigh) = wilsonInterval(entry.testHits, entry.testQueries);
        entry.memorising = entry.testQueries > 0 && entry.trainAccuracy - entry.testHigh >= 0.3;
    }
    return table;
}

} // namespace nnscope
