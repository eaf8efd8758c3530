#include "partition/LearnedStopRule.h"

#include "core/EigenMaps.h"
#include "core/Error.h"
#include "core/ParallelFor.h"
#include "core/Random.h"
#include "core/VectorMath.h"
#include "search/ExactSearch.h"
#include "search/PartitionedSearcher.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_set>

namespace nnscope {
namespace {

constexpr double kClip = 50.0; // features are clipped so a far-off or empty state stays finite
constexpr std::size_t kStatesAfterComplete = 3;

double clipped(double x)
{
    return std::isfinite(x) ? std::clamp(x, -kClip, kClip) : (x > 0 ? kClip : -kClip);
}

// Logistic regression by Newton's method with a ridge on every weight but the bias; rows of x are states.
std::array<double, LearnedStopRule::kFeatures> fitLogistic(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, double ridge)
{
    const Eigen::Index n = x.rows(), f = x.cols();
    Eigen::VectorXd w = Eigen::VectorXd::Zero(f);
    Eigen::VectorXd penalty = Eigen::VectorXd::Constant(f, ridge * static_cast<double>(n));
    penalty(0) = 0.0;
    for (int iteration = 0; iteration < 50; ++iteration) {
        Eigen::VectorXd probability(n);
        for (Eigen::Index i = 0; i < n; ++i)
            probability(i) = 1.0 / (1.0 + std::exp(-x.row(i).dot(w)));
        const Eigen::VectorXd gradient = x.transpose() * (y - probability) - penalty.cwiseProduct(w);
        const Eigen::VectorXd weight = (probability.array() * (1.0 - probability.array())).max(1e-9).matrix();
        Eigen::MatrixXd hessian = x.transpose() * weight.asDiagonal() * x;
        hessian.diagonal() += penalty + Eigen::VectorXd::Constant(f, 1e-9);
        const Eigen::VectorXd step = hessian.ldlt().solve(gradient);
        w += step;
        if (step.cwiseAbs().maxCoeff() < 1e-8)
            break;
    }
    std::array<double, LearnedStopRule::kFeatures> out{};
    for (Eigen::Index j = 0; j < f; ++j)
        out[static_cast<std::size_t>(j)] = w(j);
    return out;
}

} // namespace

std::array<double, LearnedStopRule::kFeatures> LearnedStopRule::features(const ProbeState& s) const
{
    const double best = s.scores[s.order[0]], next = s.scores[s.order[s.probed]];
    double mass = 0.0, total = 0.0;
    for (std::size_t i = 0; i < s.bins; ++i) {
        const double score = s.scores[s.order[i]];
        total += std::max(0.0, score);
        if (i < s.probed)
            mass += std::max(0.0, score);
    }
    const double toNextBin = rankKey(metric_, distance(metric_, means_.data() + s.order[s.probed] * s.dim, s.query, s.dim));
    const double spread = std::abs(s.tenth) + 1e-12;
    // The triangle inequality's bound: a bin whose mean lies farther than the current 10th by more than
    // its radius holds nothing nearer (exact for the farthest row; the radius is the typical one).
    const double beyondRadius = metric_ == Metric::InnerProduct
        ? 0.0
        : clipped((std::sqrt(std::max(toNextBin, 0.0)) - std::sqrt(std::max(s.tenth, 0.0))) / (radii_[s.order[s.probed]] + 1e-12));
    return {1.0,
            static_cast<double>(s.probed) / static_cast<double>(s.bins),
            clipped((best - next) / (std::abs(best) + 1e-12)),
            total > 0.0 ? mass / total : 0.0,
            std::log1p(static_cast<double>(s.candidates) / std::max(meanBinRows_, 1.0)),
            clipped((toNextBin - s.tenth) / spread),
            clipped((s.tenth - s.nearest) / spread),
            beyondRadius,
            std::log((binRows_[s.order[s.probed]] + 1.0) / (meanBinRows_ + 1.0))};
}

double LearnedStopRule::predictedGain(const ProbeState& state) const
{
    const auto x = features(state);
    double z = weights_[0];
    for (std::size_t j = 1; j < kFeatures; ++j)
        z += weights_[j] * (x[j] - centre_[j]) / scale_[j];
    return 1.0 / (1.0 + std::exp(-z));
}

double LearnedStopRule::key(const ProbeState& state) const
{
    return binRows_[state.order[state.probed]] / (10.0 * predictedGain(state) + 1e-12);
}

std::string LearnedStopRule::describe() const
{
    char text[160];
    std::snprintf(text, sizeof text, "probing while a bin's rows per true neighbour it adds, as a logistic model predicts (%zu held-in states), stay within t",
                  trainingStates_);
    return text;
}

std::shared_ptr<const LearnedStopRule> LearnedStopRule::train(const PartitionIndex& index, const Dataset& base, Metric metric,
                                                              const LearnedStopSettings& settings, const CancelToken* cancel)
{
    const std::size_t rows = base.rows(), dim = base.dim(), binCount = index.bins.size();
    if (rows <= 11 || binCount < 2)
        throw Error("adaptive=learned needs more than 11 rows and 2 bins to train on");
    // Each bin's mean row: the "distance to the next bin" feature, defined for any router.
    std::vector<float> means(binCount * dim, 0.0f);
    for (std::size_t b = 0; b < binCount; ++b) {
        std::vector<double> sum(dim, 0.0);
        for (std::uint32_t row : index.bins[b])
            for (std::size_t j = 0; j < dim; ++j)
                sum[j] += base.row(row)[j];
        for (std::size_t j = 0; j < dim; ++j)
            means[b * dim + j] = index.bins[b].empty() ? 0.0f : static_cast<float>(sum[j] / static_cast<double>(index.bins[b].size()));
    }
    std::vector<double> radii(binCount, 0.0);
    for (std::size_t b = 0; b < binCount; ++b) {
        for (std::uint32_t row : index.bins[b])
            radii[b] += squaredDistance(base.row(row), means.data() + b * dim, dim);
        radii[b] = index.bins[b].empty() ? 0.0 : std::sqrt(radii[b] / static_cast<double>(index.bins[b].size()));
    }
    std::vector<double> binRows(binCount);
    for (std::size_t b = 0; b < binCount; ++b)
        binRows[b] = static_cast<double>(index.bins[b].size());
    std::shared_ptr<LearnedStopRule> rule(new LearnedStopRule(std::move(means), std::move(radii), std::move(binRows), metric,
                                                              static_cast<double>(index.storedRows()) / static_cast<double>(binCount)));

    // Held-in queries: a seeded sample of base rows, their exact 10 nearest other rows.
    const std::size_t count = std::max<std::size_t>(1, std::min(settings.trainingQueries, rows / 4));
    const std::vector<std::size_t> order = Random(Random::derive(settings.seed, seedstream::kStopTraining)).sampleIndices(rows, count);
    const Neighbors truth = ExactSearch(base.view(), metric).searchRows(order, 10);
    const std::vector<float> queries = gatherRows(base.view(), order);
    const std::vector<float> scores = index.router->scores({queries.data(), count, dim});

    // Over disjoint bins the walks read each bin's nearest keys, found for every held-in query at once
    // (search/ProbingRule.h: the same states as ranking every probed row; 2,000 queries hold 160 KB of
    // keys a bin), and a probe adds the true neighbours that live in its bin.
    const bool knownNearest = !settings.rankEveryRow && index.holdsEachRowOnce(rows);
    const std::vector<double> nearest =
        knownNearest ? nearestKeysPerBin(index, base.view(), metric, {queries.data(), count, dim}, order.data()) : std::vector<double>();
    const std::vector<std::uint32_t> binOf = knownNearest ? index.binOfEachRow(rows) : std::vector<std::uint32_t>();

    // The queries' walks are independent: contiguous ranges of them on this process's cores, their
    // states joined in query order, so the fit does not depend on the thread count.
    std::vector<std::vector<std::array<double, kFeatures>>> statesOf(count);
    std::vector<std::vector<double>> labelsOf(count);
    parallelFor(count, ownHardwareThreads(), [&](std::size_t begin, std::size_t end) {
        ProbeWalk walk(index, base.view(), metric, !knownNearest);
        for (std::size_t q = begin; q < end; ++q) {
            throwIfCancelled(cancel);
            walk.start(base.row(order[q]), scores.data() + q * binCount,
                       knownNearest ? nearest.data() + q * binCount * ProbeWalk::kTracked : nullptr);
            walk.skipRow(static_cast<std::int64_t>(order[q]), knownNearest ? binOf[order[q]] : ProbeWalk::kNoBin);
            auto& states = statesOf[q];
            auto& labels = labelsOf[q];
            std::unordered_set<std::int64_t> wanted(truth.ids.begin() + static_cast<std::ptrdiff_t>(q * 10),
                                                    truth.ids.begin() + static_cast<std::ptrdiff_t>(q * 10 + 10));
            wanted.erase(-1);
            // A state after each probe, labelled by the share of the true 10 the next probe adds; once
            // every one is found, a few more states (adding none) and the query ends.
            walk.probeNext();
            std::size_t seen = 0, afterComplete = 0;
            const auto takeFound = [&] {
                std::size_t found = 0;
                if (knownNearest) { // the wanted rows in the bin just probed
                    const std::uint32_t bin = walk.state().order[walk.state().probed - 1];
                    for (auto w = wanted.begin(); w != wanted.end();)
                        if (binOf[static_cast<std::size_t>(*w)] == bin) {
                            w = wanted.erase(w);
                            ++found;
                        } else {
                            ++w;
                        }
                    return found;
                }
                const auto& ranked = walk.ranked(); // the rows a probe added are the tail of the ranked list
                for (std::size_t i = seen; i < ranked.size(); ++i)
                    found += wanted.erase(ranked[i].second);
                seen = ranked.size();
                return found;
            };
            takeFound();
            while (walk.state().probed < binCount && afterComplete < kStatesAfterComplete) {
                states.push_back(rule->features(walk.state()));
                walk.probeNext();
                labels.push_back(static_cast<double>(takeFound()) / 10.0);
                if (wanted.empty())
                    ++afterComplete;
            }
        }
    });
    std::vector<std::array<double, kFeatures>> states;
    std::vector<double> labels;
    for (std::size_t q = 0; q < count; ++q) {
        states.insert(states.end(), statesOf[q].begin(), statesOf[q].end());
        labels.insert(labels.end(), labelsOf[q].begin(), labelsOf[q].end());
    }
    if (states.empty())
        throw Error("adaptive=learned: no held-in query left a state to learn from");

    // Standardise every feature but the bias, then fit.
    const std::size_t n = states.size();
    rule->centre_.fill(0.0);
    rule->scale_.fill(1.0);
    for (std::size_t j = 1; j < kFeatures; ++j) {
        double sum = 0.0, squares = 0.0;
        for (const auto& s : states)
            sum += s[j];
        const double mean = sum / static_cast<double>(n);
        for (const auto& s : states)
            squares += (s[j] - mean) * (s[j] - mean);
        rule->centre_[j] = mean;
        rule->scale_[j] = std::max(std::sqrt(squares / static_cast<double>(n)), 1e-9);
    }
    Eigen::MatrixXd x(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(kFeatures));
    Eigen::VectorXd y(static_cast<Eigen::Index>(n));
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < kFeatures; ++j)
            x(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = j == 0 ? 1.0 : (states[i][j] - rule->centre_[j]) / rule->scale_[j];
        y(static_cast<Eigen::Index>(i)) = labels[i];
    }
    rule->weights_ = fitLogistic(x, y, settings.ridge);
    rule->trainingStates_ = n;
    rule->meanGain_ = y.mean();
    return rule;
}

std::shared_ptr<const ProbingRule> makeProbingRule(const std::string& name, const PartitionIndex& index, const Dataset& base, Metric metric,
                                                   std::uint64_t seed, const CancelToken* cancel)
{
    if (name != "learned")
        return makeScoreRule(name, index);
    LearnedStopSettings settings;
    settings.seed = seed;
    return LearnedStopRule::train(index, base, metric, settings, cancel);
}

} // namespace nnscope
