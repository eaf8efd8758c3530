// nnscope engine — experiments: learned partitions against k-means on held-out queries (issue: "the
// designs that work"). Each method is a partition system spec (partition/Methods.h); all are built on
// the same base rows, probed for 1 … B bins on the same queries, and compared by candidates scanned
// against recall@10 — with the router's own arithmetic counted beside.
#pragma once

#include "core/CancelToken.h"
#include "core/Stage.h"
#include "data/Dataset.h"
#include "distributed/Ranks.h"
#include "search/PartitionedSearcher.h"
#include "search/Metric.h"
#include "systems/SystemRegistry.h"

#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace nnscope {

struct PartitionExperimentSettings {
    /// System specs. The adaptive entries probe the bins of the entry before them (one build each).
    /// At 1.2 × the rows' storage, SOAR's spill of the rows nearest a boundary against LIRA's learned copies.
    std::vector<std::string> methods = {"kmeans",       "kmeans:adaptive=ratio",      "kmeans:adaptive=learned", "layer1",
                                        "kmeans-spill", "kmeans-spill:share=0.2",     "neural",                  "neural:adaptive=mass",
                                        "neural:adaptive=learned", "neural-probe",    "neural-probe:adaptive=mass",
                                        "neural-probe:redundancy=0.2"};
    std::size_t bins = 16;        ///< for every spec that does not set bins itself
    Metric metric = Metric::L2;
    double holdout = 0.1;         ///< seeded share of rows held out as queries (when no external queries are given)
    /// At most this many held out (0: no cap): over 10,000 queries the standard error of recall@10 is
    /// below 0.005 (a per-query recall in [0, 1] deviates at most 0.5), and at a
    /// million rows 10 % would cost more exact search than every build together. Every set in
    /// docs/results.md holds out fewer.
    std::size_t maxQueries = 10000;
    std::uint64_t seed = 0;
    std::size_t threads = 1;
    double targetRecall = 0.9;    ///< recall@10 the candidates are counted at, in (0, 1]
};

struct PartitionMethodResult {
    std::string method;           ///< the spec's label
    std::string description;
    bool learned = false;         ///< its router was trained (a network), not computed from the bins
    std::size_t bins = 0;
    std::vector<std::size_t> binSizes;
    double imbalance = 0.0;       ///< largest bin / mean bin
    std::size_t storedRows = 0;   ///< rows over all bins (more than the base when spilled)
    double buildSeconds = 0.0;
    double trainSeconds = 0.0;
    double routerFlops = 0.0;     ///< per query
    std::uint64_t bytes = 0;      ///< rows, extra spilled ids and router weights
    double candidatesAtTarget = -1.0;           ///< interpolated; −1 when never reached
    double distanceEquivalentsAtTarget = -1.0;  ///< candidates + router multiply-adds / d
    /// Measured: the held-out queries searched at once, probing the fewest bins whose curve point reaches
    /// the target (router, scan and ranking: the cost a user feels), in ms per query, the fastest of three
    /// searches of every query — or, where one would take over a second, one search of as many queries
    /// (evenly spread) as fill about two; −1 when never reached.
    double msPerQueryAtTarget = -1.0;
    std::size_t probesAtTarget = 0;             ///< the probes that search used (0: never reached; adaptive: their mean, rounded)
    /// Adaptive probing (search/ProbingRule.h): the rule's id ("" for fixed probes), the threshold whose
    /// sweep point first reaches the target (NaN when never), the curve then being the threshold sweep.
    std::string adaptive;
    double thresholdAtTarget = std::numeric_limits<double>::quiet_NaN();
    std::shared_ptr<const ProbingRule> rule; ///< null for fixed probes
    std::vector<ProbePoint> curve;
    /// The built partition (bins over base rows, router), for inspecting one query's routing.
    std::shared_ptr<const PartitionIndex> index;
};

struct PartitionExperimentResult {
    std::string dataset;
    std::size_t baseRows = 0;
    std::size_t dim = 0;
    std::size_t queries = 0;
    std::string querySource;      ///< "held-out rows (10%, seed 0)" or the external set
    PartitionExperimentSettings settings;
    /// Ranks that built the methods (runPartitionExperimentAcrossRanks); their times shared a machine's
    /// cores when they ran on one.
    int worldSize = 1;
    std::vector<PartitionMethodResult> methods;
    std::vector<std::size_t> baseRowIds; ///< the dataset row of each base row (bins hold base rows)
    std::shared_ptr<const Dataset> base;
};

/// Where one query goes in each method: the bins its router ranks first (with their scores) and the bins
/// that hold its exact 10 nearest base rows; `probesForTarget` is how many of the router's bins must be
/// probed to reach the target recall of those 10 (0 if never).
struct QueryRouting {
    std::string method;
    std::vector<std::pair<std::uint32_t, float>> topBins;  ///< best first
    std::vector<std::uint32_t> neighbourBins;              ///< the bins of the 10 nearest, nearest first (a row may be in two)
    std::size_t probesForTarget = 0;
    /// An adaptive method's probes for this query under its rule at the threshold that reaches the
    /// target on average (0: fixed probes, or the target never reached).
    std::size_t probesByRule = 0;
};
std::vector<QueryRouting> routeQuery(const PartitionExperimentResult& result, const float* query, Metric metric, std::size_t top = 5);

/// Seconds per query of a search of many queries at once (`search` searches the queries it is given and
/// returns its seconds): the fastest of three searches of every query while one takes under a second (the
/// first pays for cold caches and idle BLAS threads; a hundred queries, evenly spread, go first to warm
/// them and to size the rest); past a second, one search of as many queries, evenly spread, as fill about
/// two seconds — at 400,000 rows one search of 10,000 queries took ten minutes for a method that scans a
/// third of the rows, and a run measures a dozen methods.
double secondsPerQuery(MatrixView queries, const std::function<double(MatrixView)>& search);

/// The target recall as written in labels: "0.9", "0.95".
std::string recallTargetText(double target);
/// ... and in JSON keys: "0_9" (candidates_at_recall_0_9).
std::string recallTargetKey(double target);
/// Of a query's 10 nearest, how many the target recall asks for (0.9: 9).
std::size_t neighboursForTarget(double target);

/// The checks runPartitionExperiment makes before any work (methods that are routers over bins, a
/// target recall in (0, 1], queries of the data's dimension, a held-out share in (0, 1), threads);
/// returns the methods resolved.
std::vector<ResolvedSystem> checkPartitionExperiment(const Dataset& data, const Dataset* externalQueries,
                                                     const PartitionExperimentSettings& settings);

/// The seeded split of `rows` into held-out queries and base rows (both ascending) that
/// runPartitionExperiment makes when no queries are given; an Error when either would be empty.
struct HeldOutSplit {
    std::vector<std::size_t> queryRows, baseRows;
};
HeldOutSplit splitHeldOut(std::size_t rows, const PartitionExperimentSettings& settings);

/// Splits off the queries (or uses `externalQueries`), computes their exact 10 nearest base rows,
/// builds every method on the base and measures its probe curve. `observer` hears each stage.
/// `data` is taken by value and becomes the base in its own storage (the queries copied out first):
/// a caller that moves its dataset in holds the vectors once, not twice, at a million rows.
PartitionExperimentResult runPartitionExperiment(Dataset data, const Dataset* externalQueries,
                                                 const PartitionExperimentSettings& settings,
                                                 const std::function<void(const Stage&)>& observer = {},
                                                 const CancelToken* cancel = nullptr);

/// The same as one rank of a job (every rank calls it with the same data and settings, checked first):
/// the queries' exact neighbours and each k-NN graph a method reads are searched by row blocks on every
/// rank, then the builds go to whichever rank is free next (a work queue: RankGroup::claim), each
/// method built, probed and timed on one rank. Rank 0 returns the result, its methods in the settings'
/// order with the figures of one process on a rank's share of the cores (k-means on many rows depends on
/// the BLAS thread count) but for the times; the other ranks return nothing. The methods other ranks
/// built arrive without their index and rule (PartitionMethodResult::index is null). A job that runs
/// several experiments (`--scale`, one per size) numbers them by `part`, which keeps their agreements,
/// transfers and work queues apart.
std::optional<PartitionExperimentResult> runPartitionExperimentAcrossRanks(Dataset data, const Dataset* externalQueries,
                                                                           const PartitionExperimentSettings& settings, RankGroup& ranks,
                                                                           const std::function<void(const Stage&)>& observer = {},
                                                                           std::size_t part = 0);

} // namespace nnscope
