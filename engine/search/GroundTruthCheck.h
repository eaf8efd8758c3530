// nnscope engine — search: nnscope's exact search checked against a shipped ground truth, tie-aware:
// a query agrees when both list the same neighbours, or when the lists differ only by rows at the same
// distance (texmex lists some tied pairs larger id first; nnscope breaks ties by smaller id).
#pragma once

#include "core/MatrixView.h"
#include "data/GroundTruth.h"
#include "search/Metric.h"
#include "search/Neighbors.h"

#include <optional>
#include <string>
#include <vector>

namespace nnscope {

struct GroundTruthAgreement {
    std::size_t queries = 0;
    std::size_t agreeing = 0;
    std::vector<std::size_t> disagreeing; ///< query indices whose top-k sets differ beyond ties
    double fraction() const { return queries ? static_cast<double>(agreeing) / static_cast<double>(queries) : 1.0; }
};

/// Compares `exact` (k per query, closest first) with the truth's first k neighbours of each query.
/// Distances are recomputed in double for both lists; two lists agree when their sorted distances are
/// equal within a relative 1e-6.
GroundTruthAgreement compareWithGroundTruth(MatrixView base, MatrixView queries, const GroundTruth& truth, const Neighbors& exact,
                                            Metric metric);

/// The metric an ann-benchmarks `distance` attribute names ("euclidean" → l2, "angular" → cosine,
/// "dot"/"ip" → ip); nullopt for names nnscope does not search by (e.g. "hamming").
std::optional<Metric> metricOfDistanceName(const std::string& name);

} // namespace nnscope
