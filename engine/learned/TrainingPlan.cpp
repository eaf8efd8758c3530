#include "learned/TrainingPlan.h"

#include "core/Error.h"
#include "core/Random.h"
#include "search/ExactSearch.h"

#include <algorithm>
#include <cmath>

namespace nnscope {
namespace {

// Nearest members of every member of one cluster, as positions in its list.
void fillWithinClusterTargets(const Dataset& data, const std::vector<std::size_t>& members, Metric metric,
                              std::size_t topTargets, std::vector<std::vector<std::uint32_t>>& targets)
{
    if (members.size() < 2)
        return; // a lone member has no neighbour in its cluster
    const std::vector<float> gathered = gatherRows(data.view(), members);
    std::vector<std::size_t> positions(members.size());
    for (std::size_t p = 0; p < members.size(); ++p)
        positions[p] = p;
    const std::size_t k = std::min(topTargets, members.size() - 1);
    const Neighbors nearest = ExactSearch({gathered.data(), members.size(), data.dim()}, metric).searchRows(positions, k);
    for (std::size_t p = 0; p < members.size(); ++p) {
        auto& list = targets[members[p]];
        for (std::size_t r = 0; r < k; ++r)
            list.push_back(static_cast<std::uint32_t>(nearest.id(p, r)));
    }
}

} // namespace

TrainingPlan buildTrainingPlan(const Dataset& data, const KMeansResult& clustering, const HierarchySettings& settings)
{
    if (clustering.assignment.size() != data.rows())
        throw Error("the clustering has " + std::to_string(clustering.assignment.size()) + " rows but the dataset has "
                    + std::to_string(data.rows()));
    if (!(settings.testFraction > 0.0 && settings.testFraction < 1.0))
        throw Error("the test fraction must be between 0 and 1");
    if (settings.topTargets == 0)
        throw Error("at least one target per row must be kept");

    TrainingPlan plan;
    plan.protocol = settings.protocol;
    plan.targetMetric = settings.protocol == Protocol::Paper ? Metric::Cosine : settings.metric;
    plan.members = clustering.members();
    plan.clusterOf = clustering.assignment;
    plan.positionOf.assign(data.rows(), 0);
    for (const auto& list : plan.members)
        for (std::size_t p = 0; p < list.size(); ++p)
            plan.positionOf[list[p]] = static_cast<std::uint32_t>(p);

    if (settings.protocol == Protocol::Paper) {
        // The authors wrote rows grouped by cluster and cut the table at 90%: the test rows are the
        // tail of the last cluster(s), not a sample.
        std::vector<std::size_t> grouped;
        for (const auto& list : plan.members)
            grouped.insert(grouped.end(), list.begin(), list.end());
        const auto trainCount = static_cast<std::size_t>(std::floor((1.0 - settings.testFraction) * grouped.size()));
        plan.trainRows.assign(grouped.begin(), grouped.begin() + static_cast<std::ptrdiff_t>(trainCount));
        plan.testRows.assign(grouped.begin() + static_cast<std::ptrdiff_t>(trainCount), grouped.end());
    } else {
        Random random(Random::derive(settings.seed, seedstream::kSplit));
        for (const auto& list : plan.members) {
            std::vector<std::size_t> shuffled = list;
            for (std::size_t i = shuffled.size(); i > 1; --i)
                std::swap(shuffled[i - 1], shuffled[random.below(i)]);
            const auto testCount = static_cast<std::size_t>(std::lround(settings.testFraction * shuffled.size()));
            plan.testRows.insert(plan.testRows.end(), shuffled.begin(), shuffled.begin() + static_cast<std::ptrdiff_t>(testCount));
            plan.trainRows.insert(plan.trainRows.end(), shuffled.begin() + static_cast<std::ptrdiff_t>(testCount), shuffled.end());
        }
        std::sort(plan.trainRows.begin(), plan.trainRows.end());
        std::sort(plan.testRows.begin(), plan.testRows.end());
    }
    if (plan.trainRows.empty() || plan.testRows.empty())
        throw Error("the split leaves no training or no test rows (" + std::to_string(data.rows()) + " rows)");

    plan.withinClusterTargets.assign(data.rows(), {});
    for (const auto& list : plan.members)
        fillWithinClusterTargets(data, list, plan.targetMetric, settings.topTargets, plan.withinClusterTargets);
    return plan;
}

std::vector<std::int64_t> globalNearest(const Dataset& data, const std::vector<std::size_t>& rows, Metric metric)
{
    const Neighbors nearest = ExactSearch(data.view(), metric).searchRows(rows, 1);
    return nearest.ids;
}

} // namespace nnscope
