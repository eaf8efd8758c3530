// nnscope engine — learned: the paper's proposed (untested) layer-2 data augmentation.
#pragma once

#include "data/Dataset.h"
#include "learned/Settings.h"

#include <cstdint>
#include <vector>

namespace nnscope {

struct AugmentedRows {
    std::vector<float> vectors;          ///< copies × dim
    std::vector<std::uint32_t> targets;  ///< per copy: the position of its nearest member
};

/// For each source row (a training member of the cluster), `copiesPerRow` perturbed copies
/// x + N(0, σ²I), σ = noise × ‖x − nearest other member‖ / √d, each labelled with its exact nearest
/// member under `metric` other than x itself (as a member's own target excludes itself).
AugmentedRows augmentCluster(const Dataset& data, const std::vector<std::size_t>& members,
                             const std::vector<std::size_t>& sourceRows, const AugmentationSettings& settings,
                             Metric metric, std::uint64_t seed);

/// Class-balanced sampling weights: 1 / (number of samples with the same label).
std::vector<double> classBalancedWeights(const std::vector<std::int64_t>& labels);

} // namespace nnscope
