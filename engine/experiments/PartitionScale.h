// nnscope engine — experiments: when a learned index pays, by size. The partition experiment
// (experiments/PartitionExperiment.h) run on nested subsets of the base rows — the same held-out
// queries throughout, their exact truth on each subset — and, at each size, the best learned method's
// total cost (candidates + the router's arithmetic in distance computations, at the target recall)
// against the best non-learned one's: the crossover is the row count from which learning pays.
#pragma once

#include "experiments/PartitionExperiment.h"

#include <optional>

namespace nnscope {

struct PartitionScaleResult {
    std::string dataset;
    std::size_t dim = 0;
    std::size_t queries = 0;
    std::string querySource;
    std::size_t availableRows = 0; ///< base rows the subsets are drawn from
    /// One partition experiment per size, ascending. Their bases, bins and rules are released after each
    /// run (only the figures are kept).
    std::vector<PartitionExperimentResult> runs;
};

/// At one size: the cheapest non-learned and learned method by total cost at the target recall (empty
/// label when none reached it) and by measured time per query.
struct CrossoverPoint {
    std::size_t rows = 0;
    std::string bestFixed, bestLearned;
    double fixedCost = -1.0, learnedCost = -1.0; ///< distance-equivalents at the target
    double costRatio = -1.0;                      ///< learned / non-learned; −1 when either is missing
    std::string fastestFixed, fastestLearned;
    double fixedMs = -1.0, learnedMs = -1.0;      ///< ms per query at the target
    double msRatio = -1.0;
};
std::vector<CrossoverPoint> crossover(const PartitionScaleResult& result);
/// The smallest size from which the learned total cost stays below the non-learned one at every larger
/// size; none when learning does not pay at the largest.
std::optional<std::size_t> crossoverRows(const std::vector<CrossoverPoint>& points);

/// Checks the sizes (ascending order not needed; each ≥ 2 × the bins and ≤ the base rows once the
/// queries are held out) and runs the experiment at each. `observer` hears each stage, its label
/// prefixed by the size.
PartitionScaleResult runPartitionScale(Dataset data, const Dataset* externalQueries, const PartitionExperimentSettings& settings,
                                       std::vector<std::size_t> sizes, const std::function<void(const Stage&)>& observer = {},
                                       const CancelToken* cancel = nullptr);

/// The same as one rank of a job (every rank calls it with the same data, settings and sizes, checked
/// first): each size's experiment spread over the ranks as runPartitionExperimentAcrossRanks spreads
/// one, the sizes one after the other. Rank 0 returns the result; the other ranks return nothing.
std::optional<PartitionScaleResult> runPartitionScaleAcrossRanks(Dataset data, const Dataset* externalQueries,
                                                                 const PartitionExperimentSettings& settings, std::vector<std::size_t> sizes,
                                                                 RankGroup& ranks, const std::function<void(const Stage&)>& observer = {});

} // namespace nnscope
