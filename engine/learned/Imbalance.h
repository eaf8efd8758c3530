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
    std::size_t testHits = 0;
    double testAccuracy = 0.0;       ///< their layer-2 hit rate with the true cluster given
    double testLow = 0.0;            ///< the 95% Wilson interval of that rate (0–1 with no queries)
    double testHigh = 1.0;
    /// Training accuracy far above even the optimistic end of the test interval (by 0.3 or more): the
    /// model learned its training rows' targets, not a rule that carries to new queries.
    bool memorising = false;
};

/// The 95% Wilson score interval of `hits` successes in `trials` (z = 1.96); {0, 1} for no trials.
std::pair<double, double> wilsonInterval(std::size_t hits, std::size_t trials);

/// A weighted least-squares line y = intercept + slope·x and the weighted correlation, for "is layer-2
/// accuracy explained by imbalance?" (weights: the clusters' test-query counts).
struct Trend {
    double slope = 0.0;
    double intercept = 0.0;
    double correlation = 0.0;
    std::size_t points = 0;
};
Trend fitTrend(const std::vector<double>& x, const std::vector<double>& y, const std::vector<double>& weights);

/// Per cluster: its training targets' balance and its layer-2 test accuracy on the queries `accuracy`
/// was scored on (the hierarchy's own end-of-training figures by default).
std::vector<ClusterImbalance> layer2Imbalance(const Hierarchy& hierarchy, const AccuracyReport& accuracy);
std::vector<ClusterImbalance> layer2Imbalance(const Hierarchy& hierarchy);

} // namespace nnscope
