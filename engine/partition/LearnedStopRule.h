// nnscope engine — partition: learned early termination (AdaptNN, Li et al. 2020; DARTH, Chatzakis et
// al. 2025): after each probe a model predicts from what the query knows — the router's scores, the
// running top-10 distances, the distance to the next bin — whether its top 10 is already complete,
// and the query stops when that probability passes the threshold. The model is a logistic regression
// trained on held-in rows only: a seeded sample of the base rows searched as queries (their own row
// skipped), labelled after each probe by whether all of their exact 10 nearest other rows were found.
#pragma once

#include "core/CancelToken.h"
#include "data/Dataset.h"
#include "search/ProbingRule.h"

#include <array>
#include <memory>

namespace nnscope {

struct LearnedStopSettings {
    std::size_t trainingQueries = 1000; ///< base rows searched as training queries (at most a tenth of the rows)
    std::uint64_t seed = 0;
    double ridge = 1e-3;                ///< L2 weight on the standardised coefficients
};

class LearnedStopRule : public ProbingRule {
public:
    static constexpr std::size_t kFeatures = 8; ///< bias included

    /// Trains the rule on `base` (the rows `index` bins) under `metric`.
    static std::shared_ptr<const LearnedStopRule> train(const PartitionIndex& index, const Dataset& base, Metric metric,
                                                        const LearnedStopSettings& settings, const CancelToken* cancel);

    std::string name() const override { return "learned"; }
    /// The predicted probability that the top 10 is complete after state.probed bins.
    double key(const ProbeState& state) const override;
    bool readsCandidates() const override { return true; }
    bool learned() const override { return true; }
    /// The distance from the query to each bin's mean, at most every bin (the features' other terms are
    /// a few operations a probe).
    double flopsPerQuery() const override { return 2.0 * static_cast<double>(means_.size()); }
    double defaultThreshold() const override { return 0.9; }
    /// Past 0.99 a sweep would scan nearly every bin of every query for recall beyond any target here.
    double sweepLimit() const override { return 0.99; }
    std::string describe() const override;

    /// The features of a state (standardised before the weights apply), for tests and inspection.
    std::array<double, kFeatures> features(const ProbeState& state) const;
    std::size_t trainingStates() const { return trainingStates_; }
    double trainingPositiveShare() const { return positiveShare_; }

private:
    LearnedStopRule(std::vector<float> means, std::vector<double> radii, Metric metric, double meanBinRows)
        : means_(std::move(means)), radii_(std::move(radii)), metric_(metric), meanBinRows_(meanBinRows)
    {
    }

    std::vector<float> means_;  ///< bins × dim
    std::vector<double> radii_; ///< each bin's root mean squared distance of its rows to its mean
    Metric metric_;
    double meanBinRows_;
    std::array<double, kFeatures> weights_{};
    std::array<double, kFeatures> centre_{}, scale_{};
    std::size_t trainingStates_ = 0;
    double positiveShare_ = 0.0;
};

/// The rule `name` over a built index: "ratio" and "mass" as they are (search/ProbingRule.h), "learned"
/// trained here (its seed the partition's).
std::shared_ptr<const ProbingRule> makeProbingRule(const std::string& name, const PartitionIndex& index, const Dataset& base, Metric metric,
                                                   std::uint64_t seed, const CancelToken* cancel);

} // namespace nnscope
