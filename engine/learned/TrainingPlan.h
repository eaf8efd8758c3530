// nnscope engine — learned: what each model is trained on and what each query is scored against,
// built from a clustering under one protocol. Torch-free, so it can be checked against exact search.
#pragma once

#include "cluster/KMeans.h"
#include "data/Dataset.h"
#include "learned/Settings.h"

#include <cstdint>
#include <vector>

namespace nnscope {

struct TrainingPlan {
    Protocol protocol = Protocol::Corrected;
    Metric targetMetric = Metric::L2;
    /// Rows of each cluster in row order; a row's layer-2 class is its position in this list.
    std::vector<std::vector<std::size_t>> members;
    std::vector<std::uint32_t> clusterOf;   ///< per row
    std::vector<std::uint32_t> positionOf;  ///< per row: its position in its cluster's list
    std::vector<std::size_t> trainRows;     ///< row ids
    std::vector<std::size_t> testRows;      ///< row ids
    /// Per row: its nearest members of its own cluster (positions, closest first, itself excluded,
    /// at most topTargets) under targetMetric. Entry 0 is the layer-2 training target.
    std::vector<std::vector<std::uint32_t>> withinClusterTargets;

    std::size_t clusters() const { return members.size(); }
    /// Per row: whether it is held out (testRows is in the protocol's order, not sorted).
    std::vector<bool> testMask() const
    {
        std::vector<bool> mask(clusterOf.size(), false);
        for (std::size_t row : testRows)
            mask[row] = true;
        return mask;
    }
    /// The row at a position of a cluster's list.
    std::size_t rowAt(std::uint32_t cluster, std::uint32_t position) const { return members[cluster][position]; }
};

/// Builds the plan. Paper: rows grouped by cluster (cluster 0's rows in row order, then cluster 1's …),
/// the first (1 − testFraction) of that order train, the rest test; targets by cosine. Corrected: each
/// cluster's rows shuffled with the seed and round(testFraction × size) of them held out; targets by
/// settings.metric.
TrainingPlan buildTrainingPlan(const Dataset& data, const KMeansResult& clustering, const HierarchySettings& settings);

/// The global exact nearest neighbour (row id, itself excluded) of each given row under `metric`.
std::vector<std::int64_t> globalNearest(const Dataset& data, const std::vector<std::size_t>& rows, Metric metric);

} // namespace nnscope
