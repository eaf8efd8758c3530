// nnscope engine — learned: what a hierarchy costs — parameters, bytes and FLOPs per query — from the
// model formulas alone, so it can be known before training (and refused when it will not fit).
#pragma once

#include "learned/Settings.h"

#include <cstdint>
#include <vector>

namespace nnscope {

/// One classifier: parameter count and forward-pass FLOPs (a multiply-add counts 2; activations,
/// pooling and softmax are ignored as they are linear in the layer sizes).
struct ClassifierCost {
    std::uint64_t parameters = 0;
    std::uint64_t flops = 0;
};

/// Input: a length-`inputLength` sequence of one channel; `classes` outputs.
ClassifierCost classifierCost(const ModelSettings& model, std::size_t inputLength, std::size_t classes);

struct HierarchyCost {
    std::uint64_t layer1Parameters = 0;
    std::uint64_t layer2Parameters = 0;       ///< all layer-2 models together
    std::uint64_t largestLayer2Parameters = 0;
    std::uint64_t bytes = 0;                  ///< float32 weights of both layers
    std::uint64_t layer1Flops = 0;
    /// Expected layer-2 FLOPs of one query routed to cluster c with probability size_c / n.
    double layer2FlopsPerQuery = 0.0;
    double flopsPerQuery = 0.0;               ///< layer 1 + expected layer 2
    /// Exact search over the same rows: one d-dimensional dot product (2d FLOPs) per row.
    double exactSearchFlopsPerQuery = 0.0;
    std::uint64_t exactSearchBytes = 0;       ///< the float32 rows themselves

    std::uint64_t parameters() const { return layer1Parameters + layer2Parameters; }
};

/// Layer 1 sees d values and predicts one of clusterSizes.size() clusters; the layer-2 model of
/// cluster c sees 2d values (query ⧺ centroid) and predicts one of clusterSizes[c] members.
HierarchyCost hierarchyCost(const ModelSettings& model, std::size_t dim, const std::vector<std::size_t>& clusterSizes);

/// Training arithmetic of one epoch of one classifier under `trainer`: forward + backward ≈ 3 forward
/// passes per training row seen (`rows`, or the trainer's fixed steps × batch).
double classifierTrainingFlopsPerEpoch(const ModelSettings& model, std::size_t inputLength, std::size_t classes,
                                       std::size_t rows, const TrainerSettings& trainer);

/// Training arithmetic of one epoch of the whole hierarchy under `trainer`: layer 1 over every row, each
/// layer-2 model over its cluster's clusterSizes[c] rows (classifierTrainingFlopsPerEpoch of each).
double trainingFlopsPerEpoch(const ModelSettings& model, std::size_t dim, const std::vector<std::size_t>& clusterSizes,
                             const TrainerSettings& trainer);

/// `rows` split as evenly as `clusters` allow: the sizes a check before k-means assumes.
std::vector<std::size_t> evenClusterSizes(std::size_t rows, std::size_t clusters);

/// What training one classifier of `weightBytes` holds beyond its weights: their gradients, the
/// optimizer's moments (Adam: two a weight; SGD: none), the best epoch's weights kept for early
/// stopping, and a gradient more for each extra shard of a batch this process runs (the replicas read
/// the model's weights). `ranksSharing` ranks that train it together run the shards between them.
std::uint64_t trainingStateBytes(std::uint64_t weightBytes, const TrainerSettings& trainer, int ranksSharing = 1);

/// The most memory for models each of `ranks` ranks of a job needs (one process: `ranks` 1): the weights
/// it holds — layer 1 on rank 0, the layer-2 models spread by assignWorkToRanks (distributed/Ranks.h)
/// over their weights — and the largest of what it holds besides at some time: a model's training state
/// (trainingStateBytes; layer 1's on every rank where it trains on all, layer1TrainsOnEveryRank) or, on
/// rank 0 of a job, two of the largest layer-2 models (it reads the others' models back from disk two at
/// a time to score and save the hierarchy). An upper bound, and an estimate: training spreads the models
/// by training work, which grows with the same member counts.
std::vector<std::uint64_t> bytesPerRank(const HierarchySettings& settings, std::size_t dim, const std::vector<std::size_t>& clusterSizes, int ranks);

/// The budget (settings.memoryBudgetBytes, per rank): throws Error when a rank would need more
/// (bytesPerRank), saying by how much, what for, and how many ranks would fit within it.
void checkMemoryBudget(const HierarchySettings& settings, std::size_t dim, const std::vector<std::size_t>& clusterSizes, int ranks);

} // namespace nnscope
