// nnscope engine — learned: layer-2 imbalance diagnosis, per cluster. The paper blames its weak
// layer-2 models on "data imbalance"; these are the numbers that test that.
#pragma once

#include "learned/Hierarchy.h"

#include <cstdint>
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

/// The trend with a 95% percentile bootstrap interval on its slope (clusters resampled with replacement,
/// `resamples` times, seeded) and what it lets one say.
struct TrendVerdict {
    enum class Kind {
        TooFew,  ///< fewer than 3 clusters with test queries: nothing to tell
        Unclear, ///< the slope's interval spans 0: too few test queries to tell
        Rises,   ///< accuracy rises with the property (the whole interval above 0)
        Falls,   ///< accuracy falls with it
    };
    Trend trend;
    double slopeLow = 0.0, slopeHigh = 0.0;
    Kind kind = Kind::TooFew;
};
TrendVerdict judgeTrend(const std::vector<double>& x, const std::vector<double>& y, const std::vector<double>& weights,
                        std::uint64_t seed, std::size_t resamples = 2000);

/// Layer 2's top-1 answers on one cluster's test queries (true cluster given) beside their exact nearest
/// neighbours — the histogram that shows a model collapsing — and whether it does (one answer given for at
/// least half of at least 3 queries).
struct AnswerSpread {
    /// A row layer 2 answered or that was a query's exact nearest neighbour, with how often each.
    struct Count {
        std::int64_t row = -1; ///< -1: no answer / no neighbour
        std::size_t answered = 0;
        std::size_t nearest = 0;
        bool operator==(const Count& o) const { return row == o.row && answered == o.answered && nearest == o.nearest; }
    };
    std::size_t queries = 0;
    /// Most often answered first (ties: most often nearest, then row); rows never answered last.
    std::vector<Count> counts;
    bool collapsed = false;
};
AnswerSpread answerSpread(const AccuracyReport& accuracy, std::uint32_t cluster);

/// Per cluster: its training targets' balance and its layer-2 test accuracy on the queries `accuracy`
/// was scored on (the hierarchy's own end-of-training figures by default).
std::vector<ClusterImbalance> layer2Imbalance(const Hierarchy& hierarchy, const AccuracyReport& accuracy);
std::vector<ClusterImbalance> layer2Imbalance(const Hierarchy& hierarchy);

} // namespace nnscope
