// nnscope engine — search: the one probing model. A partition is bins over the data rows (disjoint or
// spilled) and a router that ranks them for a query (search/Router.h); the searcher probes the
// router's top bins and ranks every row found there exactly, as FAISS's IndexIVF(quantizer) does. The
// hierarchy's twin, k-means (the IVF baseline), k-means with a spilled second assignment (SOAR), Neural
// LSH, the LIRA-style prober and the paper's layer 1 are all this shape (partition/Methods.h builds
// them), so they are compared on the same queries, on one recall-against-candidates curve.
#pragma once

#include "core/CancelToken.h"
#include "search/ProbingRule.h"
#include "search/Router.h"
#include "search/Searcher.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace nnscope {

/// Bins (a row may sit in more than one, e.g. spilled) and their router.
struct PartitionIndex {
    std::shared_ptr<const Router> router;
    std::vector<std::vector<std::uint32_t>> bins; ///< rows of each bin
    double buildSeconds = 0.0;   ///< all of the build (graphs, clustering, training): timed by PartitionedSearcher::build
    double trainSeconds = 0.0;   ///< of which training a network
    std::string description;

    std::size_t storedRows() const;
    /// Whether each of rows 0 … rows − 1 sits in exactly one bin (no spilled or redundant copies).
    bool holdsEachRowOnce(std::size_t rows) const;
    /// Each of rows 0 … rows − 1's bin (UINT32_MAX where none holds it; the last bin where several do).
    std::vector<std::uint32_t> binOfEachRow(std::size_t rows) const;
    /// Largest bin over the mean bin size (1 is perfectly balanced).
    double imbalance() const;
    std::vector<std::size_t> binSizes() const;
};

/// One point of a probe curve: what probing `probes` bins costs and finds, averaged over the queries. On
/// an adaptive rule's curve (adaptiveCurve) each query probes its own number of bins: `probes` is their
/// mean rounded, `meanProbes` the mean and `threshold` the rule's threshold (NaN on a fixed curve).
struct ProbePoint {
    std::size_t probes = 0;
    double candidates = 0.0;   ///< distinct rows scanned
    double recallAt1 = 0.0;    ///< the exact nearest neighbour among them (exact re-ranking then returns it first)
    double recallAt10 = 0.0;   ///< the share of the exact 10 nearest among them
    double meanProbes = 0.0;
    double threshold = std::numeric_limits<double>::quiet_NaN();
};

/// Every query's distinct candidates and finds after each number of probes 1 … maxProbes, in its
/// router's order, from one routing of every query: `truth` holds each query's exact 10 nearest base rows
/// (10 per query). Exact re-ranking of the candidates makes recall a property of the candidate set, so
/// nothing is searched here.
struct ProbeTrace {
    std::size_t queries = 0;
    std::size_t maxProbes = 0;
    std::vector<float> candidates;         ///< queries × maxProbes: distinct rows after p + 1 probes
    std::vector<std::uint8_t> found;       ///< queries × maxProbes: of the 10 nearest, found after p + 1 probes
    std::vector<std::uint32_t> nearestAt;  ///< per query, the probe (from 0) that found the nearest; maxProbes if none
};
ProbeTrace traceProbes(const PartitionIndex& index, MatrixView queries, const std::vector<std::int64_t>& truth, std::size_t maxProbes);

/// The fixed curve: every query probes p bins, p = 1 … maxProbes.
std::vector<ProbePoint> probeCurve(const ProbeTrace& trace);
std::vector<ProbePoint> probeCurve(const PartitionIndex& index, MatrixView queries, const std::vector<std::int64_t>& truth,
                                   std::size_t maxProbes);

/// Each query's keys under `rule` (search/ProbingRule.h) as a running maximum, queries × bins: entry p ≥ 1
/// is the largest key of probing bins 1 … p of the router's order (entry 0, the first bin, is −inf).
/// A rule that reads candidates needs the bins' rows ranked: over disjoint bins from each bin's nearest
/// keys found for many queries at once (nearestKeysPerBin), over spilled bins by ranking every probed row.
/// From the first key past `sweepLimit` (or NaN) on the entries are +inf: no swept threshold reaches
/// them, as no search at such a threshold probes there. The queries' walks run on this process's cores
/// (ownHardwareThreads); the keys depend neither on it nor on which way the bins were ranked.
std::vector<double> probeKeys(const PartitionIndex& index, MatrixView base, Metric metric, MatrixView queries, const ProbingRule& rule,
                              double sweepLimit = std::numeric_limits<double>::infinity());

/// The adaptive curve: for each threshold t of a sweep (up to `points` quantiles of the keys, ascending),
/// every query probes the bins whose running key is ≤ t, and the point averages their candidates and finds.
std::vector<ProbePoint> adaptiveCurve(const ProbeTrace& trace, const std::vector<double>& keys, std::size_t points = 64);

/// Searches every query under an adaptive rule at `threshold`: the union of the bins it probes ranked exactly.
Neighbors searchAdaptively(const PartitionIndex& index, MatrixView base, Metric metric, MatrixView queries, std::size_t k,
                           const ProbingRule& rule, double threshold);

/// Candidates scanned at recall@10 = `target`, interpolated linearly between the curve's points; −1
/// when the curve never reaches it.
double candidatesAtRecall(const std::vector<ProbePoint>& curve, double target);

/// Searches a partition: the router's top `probes` bins, the union of their rows ranked exactly.
class PartitionedSearcher : public Searcher {
public:
    using Builder = std::function<PartitionIndex(const Dataset&, Metric, const CancelToken*)>;
    /// Makes the adaptive probing rule over the built index (a learned rule trains here).
    using RuleMaker = std::function<std::shared_ptr<const ProbingRule>(const PartitionIndex&, const Dataset&, Metric, const CancelToken*)>;
    /// `builder` makes the index at build(), stoppable through `cancel`; `probes` is the default per query.
    PartitionedSearcher(std::string method, Builder builder, std::size_t probes, const CancelToken* cancel = nullptr);
    /// Searches adaptively: `makeRule` runs after the index is built; `threshold` NaN: the rule's default.
    void probeAdaptively(RuleMaker makeRule, double threshold);

    std::string describe() const override;
    void build(const Dataset& data, Metric metric) override;
    SearchCost cost(std::size_t k, std::size_t probes = 0) const override;
    bool probesPartitions() const override { return true; }
    std::size_t defaultProbes() const override { return probes_; }
    const PartitionIndex* partitions() const override { return index_.router ? &index_ : nullptr; }

protected:
    Neighbors searchBatch(MatrixView queries, std::size_t k, std::size_t probes) const override;

private:
    std::string method_;
    Builder builder_;
    std::size_t probes_;
    const CancelToken* cancel_;
    PartitionIndex index_;
    RuleMaker makeRule_;
    std::shared_ptr<const ProbingRule> rule_;
    double threshold_ = std::numeric_limits<double>::quiet_NaN();
    const Dataset* data_ = nullptr;
    Metric metric_ = Metric::L2;
};

} // namespace nnscope
