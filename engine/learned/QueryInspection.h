// nnscope engine — learned: everything the hierarchy does with one dataset row as its query, beside
// exact search — what the studio's Query view and `nnscope predict` show, computed in one place so
// both give the same answer.
#pragma once

#include "learned/Hierarchy.h"

#include <vector>

namespace nnscope {

struct InspectedMember {
    std::int64_t row = -1;
    std::uint32_t position = 0; ///< in its cluster's member list
    float probability = 0.0f;   ///< layer 2's
    double distance = 0.0;      ///< to the query, under the plan's metric
    bool isQuery = false;       ///< the query's own row (the model may well rank it first)
    bool inExactTop = false;    ///< among the exact top `top` neighbours
};

struct InspectedNeighbor {
    std::int64_t row = -1;
    double distance = 0.0;
    std::uint32_t cluster = 0;
    bool foundByLayer2 = false; ///< among layer 2's answers
};

struct QueryInspection {
    std::size_t row = 0;               ///< the dataset row inspected (unused for an external query)
    bool external = false;             ///< a vector that is no dataset row (a query of the dataset's own query set)
    bool isTest = false;               ///< a held-out row of the hierarchy's split
    std::uint32_t ownCluster = 0;      ///< its k-means cluster (an external query's: its nearest centroid)
    Metric metric = Metric::L2;        ///< the plan's (targets and truth)
    std::vector<ClusterGuess> clusters; ///< layer 1's most probable clusters
    /// Layer 2's most probable members in layer 1's top cluster, in probability order; the query's own
    /// row is kept and marked, so the list holds `top` answers besides it. Probing several clusters or
    /// re-ranking (ProbeSettings): the hierarchy's search answer instead — `top` candidates, in exact
    /// distance order when re-ranked (probability and position then unknown: NaN and 0), own row excluded.
    std::vector<InspectedMember> layer2;
    ProbeSettings probe{1, 0, false};  ///< how layer 2's answers were gathered
    std::vector<InspectedNeighbor> exact; ///< exact search's top neighbours (own row excluded)
    /// The hierarchy's answer: layer 2's most probable member other than the query (-1 if none).
    std::int64_t answer = -1;
    std::int64_t truth = -1;           ///< the exact nearest neighbour
    double distanceGap = 0.0;          ///< distance(answer) − distance(truth)
};

/// Inspects dataset row `row` with `top` answers per list; an Error for a row outside the data.
QueryInspection inspectQuery(const Hierarchy& hierarchy, std::size_t row, std::size_t top = 5, ProbeSettings probe = {1, 0, false});
/// Inspects a vector of the data's dimension that is no dataset row (a query of the dataset's own query
/// set, as `nnscope knn` reads them): nothing is excluded and it is nobody's test row.
QueryInspection inspectVector(const Hierarchy& hierarchy, const float* query, std::size_t top = 5, ProbeSettings probe = {1, 0, false});

} // namespace nnscope
