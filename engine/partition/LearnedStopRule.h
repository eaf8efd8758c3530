// nnscope engine — partition: learned early termination (AdaptNN, Li et al. 2020; DARTH, Chatzakis et
// al. 2025): after each probe a model predicts from what the query knows — the router's scores, the
// running top-10 distances, the distance to the next bin and its size — how many of the query's true
// 10 nearest the next bin adds, and the query probes it while the rows scanned per neighbour expected
// stay within the threshold: across queries that spends candidates where they buy the most recall (a
// greedy knapsack), where "stop once the top 10 is probably complete" (tried first) spends them on
// queries that are already nearly done. The model is a logistic regression on that share (0 … 1),
// trained on held-in rows only: a seeded sample of the base rows searched as queries (their own row
// skipped), labelled after each probe by the share of their exact 10 nearest other rows it found.
#pragma once

#include "core/CancelToken.h"
#include "data/Dataset.h"
#include "search/ProbingRule.h"

#include <array>
#include <memory>

namespace nnscope {

struct LearnedStopSettings {
    std::size_t trainingQueries = 2000; ///< base rows searched as training queries (at most a quarter of the rows)
    std::uint64_t seed = 0;
    double ridge = 1e-3;                ///< L2 weight on the standardised coefficients
    /// Rank every probed row of the held-in walks even where the bins are disjoint, instead of reading
    /// each bin's nearest keys: the slow reference the shortcut is checked against (the same rule).
    bool rankEveryRow = false;
};

class LearnedStopRule : public ProbingRule {
public:
    static constexpr std::size_t kFeatures = 9; ///< bias included

    /// Trains the rule on `base` (the rows `index` bins) under `metric`.
    static std::shared_ptr<const LearnedStopRule> train(const PartitionIndex& index, const Dataset& base, Metric metric,
                                                        const LearnedStopSettings& settings, const CancelToken* cancel);

    std::string name() const override { return "learned"; }
    /// Rows of the next bin per true neighbour it is predicted to add: its size / (10 × the predicted share).
    double key(const ProbeState& state) const override;
    /// The predicted share of the true 10 nearest that the next bin adds.
    double predictedGain(const ProbeState& state) const;
    bool readsCandidates() const override { return true; }
    bool learned() const override { return true; }
    /// The distance from the query to each bin's mean, at most every bin (the features' other terms are
    /// a few operations a probe).
    double flopsPerQuery() const override { return 2.0 * static_cast<double>(means_.size()); }
    /// A bin is worth its rows while it is expected to add half a neighbour for two mean bins' rows.
    double defaultThreshold() const override { return 2.0 * meanBinRows_; }
    /// Past 50 mean bins' rows per neighbour (a fiftieth of a neighbour a bin) a sweep would scan nearly
    /// every bin of every query for recall beyond any target here.
    double sweepLimit() const override { return 50.0 * meanBinRows_; }
    std::string describe() const override;

    /// The features of a state (standardised before the weights apply), for tests and inspection.
    std::array<double, kFeatures> features(const ProbeState& state) const;
    std::size_t trainingStates() const { return trainingStates_; }
    /// The mean share of the true 10 a training state's next bin added.
    double trainingMeanGain() const { return meanGain_; }

private:
    LearnedStopRule(std::vector<float> means, std::vector<double> radii, std::vector<double> binRows, Metric metric, double meanBinRows)
        : means_(std::move(means)), radii_(std::move(radii)), binRows_(std::move(binRows)), metric_(metric), meanBinRows_(meanBinRows)
    {
    }

    std::vector<float> means_;  ///< bins × dim
    std::vector<double> radii_; ///< each bin's root mean squared distance of its rows to its mean
    std::vector<double> binRows_;
    Metric metric_;
    double meanBinRows_;
    std::array<double, kFeatures> weights_{};
    std::array<double, kFeatures> centre_{}, scale_{};
    std::size_t trainingStates_ = 0;
    double meanGain_ = 0.0;
};

/// The rule `name` over a built index: "ratio" and "mass" as they are (search/ProbingRule.h), "learned"
/// trained here (its seed the partition's).
std::shared_ptr<const ProbingRule> makeProbingRule(const std::string& name, const PartitionIndex& index, const Dataset& base, Metric metric,
                                                   std::uint64_t seed, const CancelToken* cancel);

} // namespace nnscope
