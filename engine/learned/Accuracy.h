// nnscope engine — learned: how well a trained hierarchy does on held-out rows, per protocol.
#pragma once

#include "learned/Settings.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace nnscope {

/// One cluster's layer-2 model scored on the evaluated queries that belong to it, with the true
/// cluster given (so layer-1 mistakes do not hide or excuse layer-2 ones).
struct ClusterAccuracy {
    std::size_t queries = 0;
    std::size_t hits = 0;
    double accuracy() const { return queries ? static_cast<double>(hits) / static_cast<double>(queries) : 0.0; }
};

/// Scores over the evaluated test rows. Hit definitions by protocol:
///   paper      layer 2 hits when its top-1 position (in the layer-1-predicted cluster) is among the
///              query's stored within-cluster top-5 positions (positions compared as numbers, even
///              across clusters, as the authors' code did)
///   corrected  layer 2 hits when the query's global exact nearest neighbour is among the layer-2
///              top-5 rows of the predicted cluster (the query's own row skipped)
/// One evaluated query, for drilling into a cluster: layer 2's top answer with the true cluster given,
/// whether it hits under the protocol, and how much farther it is than the exact nearest neighbour.
struct QueryOutcome {
    std::size_t row = 0;
    std::uint32_t cluster = 0;        ///< the row's own (k-means) cluster
    std::uint32_t routedCluster = 0;  ///< layer 1's choice
    std::int64_t answer = -1;         ///< layer 2's top-1 in the true cluster (the query's own row skipped under the corrected protocol)
    std::int64_t nearest = -1;        ///< the exact nearest neighbour
    bool hit = false;                 ///< the protocol's layer-2 hit, true cluster given
    double distanceGap = 0.0;         ///< distance(answer) − distance(nearest) under the plan's metric
};

struct AccuracyReport {
    Protocol protocol = Protocol::Corrected;
    std::vector<std::size_t> queryRows;
    double layer1Accuracy = 0.0;        ///< predicted cluster = the row's k-means cluster
    double layer1NeighborCluster = 0.0; ///< predicted cluster holds the global exact nearest neighbour
    double layer2Accuracy = 0.0;        ///< the protocol's top-5 hit, routed by layer 1
    double layer2OracleAccuracy = 0.0;  ///< the same hit with the true cluster given
    double recallAt1 = 0.0;             ///< layer-2 top-1 (routed by layer 1) = global exact nearest neighbour
    std::vector<ClusterAccuracy> perCluster;
    std::vector<QueryOutcome> outcomes; ///< one per query row, in queryRows order
};

/// The paper protocol's layer-2 hit: the answer's position in its cluster's list is among the query's
/// stored within-cluster target positions (positions compared as numbers, even across clusters, as
/// the authors' code did).
bool paperLayer2Hit(const std::vector<std::uint32_t>& targetPositions, std::uint32_t answerPosition);
/// The corrected protocol's layer-2 hit: the query's exact nearest neighbour is among the answers.
bool correctedLayer2Hit(const std::vector<std::int64_t>& answerRows, std::int64_t nearest);

} // namespace nnscope
