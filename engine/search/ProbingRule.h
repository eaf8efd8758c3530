// nnscope engine — search: adaptive probing, a query that stops probing when it has enough. A probing
// rule gives each next bin (in the router's order) a key from what the query knows after the bins
// probed so far; the bin is probed while every key so far is at most the rule's threshold. A smaller
// threshold probes fewer bins, so a sweep of thresholds draws a recall-against-candidates curve like
// the fixed probes' one (experiments/PartitionExperiment.h). The first bin is always probed.
//
//   ratio    the next bin's score gap to the best, relative to the best: for centroids, probe while
//            ‖q − c‖² ≤ (1 + t) × the nearest centroid's (a non-learned rule for any router)
//   mass     the routers' probability already probed: probe until the cumulative share reaches t (routers
//            whose scores are probabilities)
//   learned  a model's probability that the top 10 is complete, from the router's scores and the running
//            top-10 distances (AdaptNN / DARTH style; partition/LearnedStopRule.h)
#pragma once

#include "core/MatrixView.h"
#include "search/ExactRanking.h"
#include "search/Metric.h"

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace nnscope {

struct PartitionIndex;

/// What one query knows after probing `probed` bins (≥ 1), deciding whether to probe order[probed].
struct ProbeState {
    const float* query = nullptr;
    std::size_t dim = 0;
    const float* scores = nullptr;          ///< the router's score of every bin (higher is better)
    const std::uint32_t* order = nullptr;   ///< every bin, best first
    std::size_t bins = 0;
    std::size_t probed = 0;
    std::size_t candidates = 0;             ///< distinct rows ranked so far
    /// Rank keys (search/Metric.h) of the nearest and the 10th nearest candidate so far; +inf when fewer.
    double nearest = std::numeric_limits<double>::infinity();
    double tenth = std::numeric_limits<double>::infinity();
};

class ProbingRule {
public:
    virtual ~ProbingRule() = default;
    /// The rule's id: "ratio", "mass" or "learned".
    virtual std::string name() const = 0;
    /// The key of probing order[state.probed]; the bin is probed while every key so far is ≤ the threshold.
    virtual double key(const ProbeState& state) const = 0;
    /// Whether key() reads the running candidates (nearest, tenth, candidates): a curve must then scan
    /// the bins to know the keys, not just route.
    virtual bool readsCandidates() const { return false; }
    /// Whether the rule was trained (its probing is learned even over centroids).
    virtual bool learned() const { return false; }
    /// The rule's arithmetic per query beyond the router's (a multiply-add counts 2).
    virtual double flopsPerQuery() const { return 0.0; }
    /// The largest threshold worth sweeping (a curve stops computing a query's keys past it).
    virtual double sweepLimit() const { return std::numeric_limits<double>::infinity(); }
    /// The threshold a search uses when none is given.
    virtual double defaultThreshold() const = 0;
    virtual std::string describe() const = 0;
};

/// The score gap rule: key = (s_best − s_next) / |s_best|.
class RatioRule : public ProbingRule {
public:
    std::string name() const override { return "ratio"; }
    double key(const ProbeState& state) const override;
    double defaultThreshold() const override { return 0.5; }
    std::string describe() const override { return "probing while a bin's score gap to the best is within t of the best's"; }
};

/// The probability mass rule: key = the share of the routers' probabilities in the bins probed so far.
class MassRule : public ProbingRule {
public:
    std::string name() const override { return "mass"; }
    double key(const ProbeState& state) const override;
    double defaultThreshold() const override { return 0.9; }
    std::string describe() const override { return "probing until the bins probed hold t of the router's probability"; }
};

/// One query's probes in its router's order: each probe ranks the bin's rows not seen before and keeps
/// the running nearest and 10th. One object per thread; the base and index must outlive it.
class ProbeWalk {
public:
    /// The running nearest keys a rule may read (ProbeState::tenth is the last of them).
    static constexpr std::size_t kTracked = 10;
    static constexpr std::uint32_t kNoBin = UINT32_MAX;

    /// `ranksRows` false: probes only count (for rules that read the scores alone), or read each bin's
    /// nearest keys known beforehand (start's `binNearest`).
    ProbeWalk(const PartitionIndex& index, MatrixView base, Metric metric, bool ranksRows = true);
    /// Starts a query: its scores for every bin (the router's) are read, not copied. `binNearest`, when
    /// given (with ranksRows false), holds the query's kTracked smallest rank keys in every bin, bins ×
    /// kTracked, +inf past a bin's rows (nearestKeysPerBin); each probe merges its bin's instead of
    /// ranking the bin's rows, to the same state when no row sits in two bins. Read, not copied.
    void start(const float* query, const float* scores, const double* binNearest = nullptr);
    /// Scans the next bin in the router's order; false when every bin is probed.
    bool probeNext();
    const ProbeState& state() const { return state_; }
    /// Rows ranked for this query (the current query's candidates, (rank key, row) in the order scanned).
    const std::vector<std::pair<double, std::int64_t>>& ranked() const { return ranking_.candidates(); }
    /// Writes the query's result.k best candidates into query q of `result` (ExactRanking::writeBest).
    void writeBest(Neighbors& result, std::size_t q) { ranking_.writeBest(result, q); }
    /// Skips this row when scanning (a held-in query's own row); −1: none. Reading known keys, they must
    /// leave it out too (nearestKeysPerBin's `ownRows`) and `bin`, the row's bin, counts one candidate
    /// fewer (an Error without it).
    void skipRow(std::int64_t row, std::uint32_t bin = kNoBin);

private:
    const PartitionIndex& index_;
    bool ranksRows_;
    ExactRanking ranking_;
    std::vector<std::uint32_t> order_;
    std::vector<std::uint32_t> seenBy_;
    std::vector<std::uint32_t> fresh_; ///< the probed bin's rows not seen before, ranked together
    std::uint32_t stamp_ = 0;
    std::int64_t skipped_ = -1;
    std::uint32_t skippedBin_ = kNoBin;
    const double* binNearest_ = nullptr;
    std::vector<double> best_; ///< the 10 smallest rank keys so far, a max-heap
    ProbeState state_;

    void keep(double key); ///< a candidate's key into the running nearest and best_
};

/// Each query's ProbeWalk::kTracked smallest rank keys in every bin, queries × bins × kTracked (+inf past
/// a bin's rows), as a walk that ranked the bin would find them: each bin's rows are searched exactly for
/// every query at once (ExactSearch: matrix products, exact re-scoring) and the keys of the rows found
/// computed as ExactRanking computes them. A walk over a partition of disjoint bins reads it instead of
/// ranking every probed row one query at a time.
/// `ownRows`, when given: each query's own row of the base (a held-in query), left out of its bin's keys.
std::vector<double> nearestKeysPerBin(const PartitionIndex& index, MatrixView base, Metric metric, MatrixView queries,
                                      const std::size_t* ownRows = nullptr);

/// Probes a started walk under `rule` at `threshold`: the first bin, then each next one while its key is
/// ≤ threshold (the first key above it stops the query). Returns the bins probed.
std::size_t probeWhileAllowed(ProbeWalk& walk, const ProbingRule& rule, double threshold);

/// Makes "ratio" or "mass" (the rules that need no training); an Error for another name, or for mass over
/// a router whose scores are not probabilities.
std::shared_ptr<const ProbingRule> makeScoreRule(const std::string& name, const PartitionIndex& index);

} // namespace nnscope
