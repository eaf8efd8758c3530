// nnscope engine — learned: scoring a trained hierarchy on held-out rows (learned/Accuracy.h).
#pragma once

#include "learned/Accuracy.h"
#include "learned/Hierarchy.h"

namespace nnscope {

/// Up to `count` test rows drawn without replacement with the seed (all of them when count is 0 or
/// at least their number), in row order.
std::vector<std::size_t> sampleTestRows(const TrainingPlan& plan, std::size_t count, std::uint64_t seed);
/// The rows a hierarchy's figures are computed on: sampleTestRows, except under the paper protocol with
/// the in-sample draw, where they are drawn (without replacement, same seed) from every row.
std::vector<std::size_t> sampleEvaluationRows(const TrainingPlan& plan, const HierarchySettings& settings);

/// Scores the hierarchy on the given dataset rows under its protocol. `nearest` holds each row's global
/// exact nearest neighbour under the plan's metric when the caller has it (else it is searched here).
AccuracyReport evaluateAccuracy(const Hierarchy& hierarchy, const std::vector<std::size_t>& rows,
                                const std::vector<std::int64_t>& nearest = {});

} // namespace nnscope
