#include "learned/QueryInspection.h"

#include "core/Error.h"
#include "core/VectorMath.h"
#include "search/ExactSearch.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace nnscope {

namespace {

// The inspection of `query`: dataset row `row` (excluded from its own exact neighbours), or no row.
QueryInspection inspect(const Hierarchy& hierarchy, const float* query, std::optional<std::size_t> row, std::size_t top, ProbeSettings probe)
{
    const Dataset& data = hierarchy.dataset();
    const TrainingPlan& plan = hierarchy.plan();
    if (top == 0)
        throw Error("the inspection needs at least one answer per list");
    QueryInspection inspection;
    inspection.row = row.value_or(0);
    inspection.external = !row;
    inspection.metric = plan.targetMetric;
    if (row) {
        inspection.ownCluster = plan.clusterOf[*row];
        inspection.isTest = std::find(plan.testRows.begin(), plan.testRows.end(), *row) != plan.testRows.end();
    } else { // no row: the cluster k-means would assign it, by k-means' own centroid score
        const KMeansResult& clustering = hierarchy.clustering();
        double best = HUGE_VAL;
        for (std::size_t c = 0; c < clustering.clusters; ++c)
            if (const double score = centreScore(query, clustering.centroid(c), data.dim(), clustering.spherical); score < best) {
                best = score;
                inspection.ownCluster = static_cast<std::uint32_t>(c);
            }
    }

    const MatrixView view{query, 1, data.dim()};
    inspection.clusters = hierarchy.predictClusters(view, std::min(top, plan.clusters()))[0];
    const std::uint32_t routed = inspection.clusters.front().cluster;
    // One more than `top`, so that the list keeps `top` answers besides the query's own row.
    std::vector<MemberGuess> members;
    inspection.probe = probe;
    if (probe.clusters <= 1 && !probe.rerank) {
        members = hierarchy.predictMembers(routed, view, top + 1, hierarchy.settings().normaliseTestCentroid)[0];
    } else { // the hierarchy as an index (nnscope predict --probe): its answer, the query's own row excluded
        probe.perCluster = probe.perCluster ? probe.perCluster : top;
        const std::vector<std::int64_t> self = {row ? static_cast<std::int64_t>(*row) : -1}; // one excluded id per query (−1: none)
        const Neighbors answer = hierarchy.search(view, top, probe, plan.targetMetric, &self);
        for (std::size_t r = 0; r < answer.k && answer.id(0, r) >= 0; ++r)
            members.push_back({0, answer.id(0, r), std::numeric_limits<float>::quiet_NaN()});
    }
    const ExactSearch exactSearch(data.view(), plan.targetMetric);
    const Neighbors exact = row ? exactSearch.searchRows({*row}, std::min(top, data.rows() - 1)) : exactSearch.search(view, std::min(top, data.rows()));

    const auto inExact = [&](std::int64_t id) { return std::find(exact.ids.begin(), exact.ids.end(), id) != exact.ids.end(); };
    std::size_t answers = 0;
    for (const MemberGuess& guess : members) {
        const bool isQuery = row && guess.row == static_cast<std::int64_t>(*row);
        if (!isQuery && answers == top)
            continue;
        answers += !isQuery;
        const double d = distance(plan.targetMetric, data.row(static_cast<std::size_t>(guess.row)), query, data.dim());
        inspection.layer2.push_back({guess.row, guess.position, guess.probability, d, isQuery, inExact(guess.row)});
        if (!isQuery && inspection.answer < 0)
            inspection.answer = guess.row;
    }
    for (std::size_t r = 0; r < exact.k; ++r) {
        const std::int64_t id = exact.id(0, r);
        const bool found = std::any_of(inspection.layer2.begin(), inspection.layer2.end(),
                                       [&](const InspectedMember& m) { return !m.isQuery && m.row == id; });
        inspection.exact.push_back({id, exact.distance(0, r), plan.clusterOf[static_cast<std::size_t>(id)], found});
    }
    inspection.truth = exact.k > 0 ? exact.id(0, 0) : -1;
    if (inspection.answer >= 0 && inspection.truth >= 0)
        inspection.distanceGap = distance(plan.targetMetric, data.row(static_cast<std::size_t>(inspection.answer)), query, data.dim()) - exact.distance(0, 0);
    return inspection;
}

} // namespace

QueryInspection inspectQuery(const Hierarchy& hierarchy, std::size_t row, std::size_t top, ProbeSettings probe)
{
    const Dataset& data = hierarchy.dataset();
    if (row >= data.rows())
        throw Error("row " + std::to_string(row) + " is outside the dataset (" + std::to_string(data.rows()) + " rows)");
    return inspect(hierarchy, data.row(row), row, top, probe);
}

QueryInspection inspectVector(const Hierarchy& hierarchy, const float* query, std::size_t top, ProbeSettings probe)
{
    for (std::size_t d = 0; d < hierarchy.dataset().dim(); ++d)
        if (!std::isfinite(query[d]))
            throw Error("the query has a value that is not a finite number");
    return inspect(hierarchy, query, std::nullopt, top, probe);
}

} // namespace nnscope
