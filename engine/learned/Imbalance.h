// nnscope engine — learned: layer-2 imbalance diagnosis, per cluster. The paper blames its weak
// layer-2 models on "data imbalance"; these are the numbers that test that.
#pragma once

#include "learned/Hierarchy.h"

#include <vector>

namespace nnscope {

struct ClusterImbalance {
    std::size_t cluster = 0;
    std::size_t size = 0;            ///< members (= layer-2 classes)
    std::size_t trainRows = 0;       ///< members used for training (with a target)
    std::size_t testRows = 0;
    std::size_t distinctTargets = 0; ///< distinct training targets
    double largestTargetShare = 0.0; ///< share of training rows whose target is the most common one
    double targetEntropyBits = 0.0;  ///< entropy of the training-target distribution
    double trainAccuracy = 0.0;      ///< the layer-2 model's best monitored accuracy
    std::size_t testQueries = 0;     ///< evaluated test queries of this cluster
    double testAccuracy = 0.0;       ///< their layer-2 hit rate with the true cluster given
};

/// Per cluster: its training targets' balance and its layer-2 test accuracy on the queries `accuracy`
/// was scored on (the hierarchy's own end-of-training figures by default).
std::vector<ClusterImbalance> layer2Imbalance(const Hierarchy& hierarchy, const AccuracyReport& accuracy);
std::vector<ClusterImbalance> layer2Imbalance(const Hierarchy& hierarchy);

} // namespace nnscope
