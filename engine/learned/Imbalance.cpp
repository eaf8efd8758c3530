#include "learned/Imbalance.h"

#include <cmath>
#include <map>

namespace nnscope {

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
            entry.testAccuracy = accuracy.perCluster[c].accuracy();
        }
    }
    return table;
}

} // namespace nnscope
