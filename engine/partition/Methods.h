// nnscope engine — partition: the ways to build a partition (a router over bins,
// search/PartitionedSearcher.h), each a registered system (systems/PartitionSystems.cpp;
// LEARNED-PARTITIONS.md has the literature):
//
//   kmeans        k-means bins, nearest-centroid routing — the IVF baseline (the hierarchy's twin is
//                 the same over the run's clustering)
//   layer1        the same k-means bins routed by the paper's layer-1 CNN, trained as the paper trains
//                 it: does a CNN route better than the centroids it imitates?
//   kmeans-spill  each row also stored in a second bin: the next-nearest centroid, or SOAR's choice
//                 (the residual most orthogonal to the first) — not learned, the control to beat
//   neural        Neural LSH: a balanced METIS partition of the k-NN graph (or k-means) as initial
//                 bins, an MLP trained on soft labels (the bins of each row's m nearest neighbours),
//                 then every row re-binned to the network's most probable bin
//   neural-probe  LIRA-style: k-means bins, an MLP trained on the bins where each row's k nearest
//                 neighbours live (multi-label), probing by its probabilities
#pragma once

#include "cluster/KMeans.h"
#include "data/Dataset.h"
#include "graph/KnnGraph.h"
#include "learned/Layer1Network.h"
#include "learned/Mlp.h"
#include "learned/Settings.h"
#include "search/PartitionedSearcher.h"

namespace nnscope {

struct PartitionSettings {
    std::size_t bins = 16;
    std::uint64_t seed = 0;
    std::size_t threads = 1;
    std::size_t kmeansRestarts = 3;
    /// k-means trains on at most this many rows, a seeded sample, and then assigns every row once
    /// (cluster/KMeans.h; 0: Lloyd on every row). Every set of docs/results.md has fewer base rows; at
    /// 390,000 rows full Lloyd took 147 s for 16 bins here, and each of four methods runs it.
    std::size_t kmeansTrainingRows = 100000;
    /// kmeans-spill: the second bin — "nearest" (next-nearest centroid) or "soar" (SOAR's
    /// orthogonality-amplified residual, weight `soarLambda`).
    std::string spill = "soar";
    double soarLambda = 1.0;
    /// kmeans-spill: the share of rows spilled, those nearest a boundary (the smallest gap between their
    /// second bin's centroid score and their own's); 1: every row. Storage is (1 + share) × the rows.
    double spillShare = 1.0;
    /// neural: initial bins from "metis" (balanced partition of the symmetrised k-NN graph) or "kmeans".
    std::string initial = "metis";
    std::size_t graphNeighbors = 10;  ///< k of the k-NN graph
    /// How the k-NN graph (and the neighbours labels come from) is built: exact or approximate, chosen
    /// by size under auto. Its neighbours, seed and threads are the partition's.
    KnnGraphSettings graph;
    /// m: soft labels from the bins of a row's m nearest neighbours. Neural LSH's code uses 50 on a
    /// million rows; 10 needed fewer candidates on glove-100d, and again on glove-50d and siftsmall
    /// (docs/results.md, "Learned partitions").
    std::size_t labelNeighbors = 10;
    bool softLabels = true;           ///< else one-hot labels of the row's own bin (ablation)
    /// Train → re-bin rounds after the first training (0: keep the initial bins, the router routes
    /// queries only). Re-binning, Neural LSH's step 4, cost candidates on every dataset here (results.md).
    std::size_t rebinRounds = 0;
    double graphImbalance = 1.05;     ///< METIS: largest part / mean part allowed
    /// Re-binning: a bin holds at most capacity × mean bin rows (0: no limit, every row to its most
    /// probable bin). Rows are placed most confident first, each in its most probable bin with room.
    double rebinCapacity = 0.0;
    /// neural-probe: the neighbours whose bins form a row's multi-label target.
    std::size_t probeNeighbors = 10;
    /// neural-probe, LIRA's learned redundancy: extra stored copies as a share of the rows (storage
    /// (1 + redundancy) × the rows), each the (row, bin) pair outside the row's own bin that the trained
    /// prober rates highest for the row as a query — where the queries near it are routed. 0: none.
    double redundancy = 0.0;
    /// The router MLP. Its hidden width is 32, not Neural LSH's 512: on the development sets (glove-100d
    /// and glove-50d, 16 bins) 32 gave the lowest total cost, candidates plus the router's arithmetic in
    /// distance computations, at recall@10 = 0.9 (731 and 1,275 against 3,813 and 6,932 for 512; 16, 64
    /// and 128 and PCA inputs were tried: docs/results.md, "Cheap routers").
    MlpSettings mlp = [] {
        MlpSettings s;
        s.hidden = 32;
        return s;
    }();
    /// `hidden=auto`: the router's width is chosen in the build among these (partition/RouterWidth.h), each
    /// trained without a held-in sample of base rows and scored on them by total cost at recall@10 =
    /// `routerWidthRecall`; the chosen width is then trained on every row as `mlp.hidden` would be.
    /// Empty: `mlp.hidden`. Re-binning keeps the width chosen on the initial bins.
    std::vector<std::size_t> routerWidths;
    double routerWidthRecall = 0.9;
    /// The router reads the query's leading `routerPca` principal components (fitted on at most 20,000
    /// seeded rows) instead of the query: a cheaper first layer (0: the query itself).
    std::size_t routerPca = 0;
    /// Rows each router epoch trains on (a fresh seeded draw per epoch; 0: every row). Every set of
    /// docs/results.md has fewer base rows, so this bounds training at a million rows only.
    std::size_t routerRowsPerEpoch = 100000;
    /// layer1: the hierarchy preset whose layer-1 network and trainer are used ("fast" or "paper").
    std::string layer1Preset = "fast";
    /// layer1: each batch's gradient as the sum of this many parts' gradients, the parts trained on
    /// threads of their own (TrainerSettings::shards; the result does not depend on the cores).
    std::size_t layer1Shards = 2;
    /// layer1: the most epochs it trains (0: the preset's).
    std::size_t layer1MaxEpochs = 0;
    std::uint64_t memoryBudgetBytes = 2ull << 30; ///< k-NN graph + router, checked before any work
    /// Where the k-NN graph comes from when another build of the run has made the same one; null: built here.
    std::shared_ptr<KnnGraphCache> graphs;
    /// Told after each epoch of the router's training (each round's, with re-binning) or the layer-1
    /// CNN's; empty: nobody listens.
    EpochObserver onEpoch;
};

/// Throws Error for settings that cannot work on `rows` rows (bins < 2 or > rows / 2, an unknown spill
/// or initialisation, a spill share outside (0, 1], a redundancy outside [0, bins − 1]).
void checkPartitionSettings(const std::string& method, const PartitionSettings& settings, std::size_t rows);
/// The same, and for a trained router: `neighbours` per row of its k-NN graph (≥ 1, < rows), a hidden
/// width and epochs, and the graph and training within the memory budget.
void checkRouterTraining(const std::string& method, const PartitionSettings& settings, std::size_t rows, std::size_t dim,
                         std::size_t neighbours);

/// A clustering's bins, each routed to by its centroid: the k-means partition and the hierarchy's twin.
PartitionIndex centroidPartition(const KMeansResult& clustering, std::string description);
/// A clustering's bins routed by a layer-1 network over the same clusters.
PartitionIndex layer1Partition(const KMeansResult& clustering, Layer1Network network, std::string description);

PartitionIndex buildKMeansPartition(const Dataset& data, Metric metric, const PartitionSettings& settings, const CancelToken* cancel);
PartitionIndex buildSpilledKMeansPartition(const Dataset& data, Metric metric, const PartitionSettings& settings, const CancelToken* cancel);
PartitionIndex buildNeuralPartition(const Dataset& data, Metric metric, const PartitionSettings& settings, const CancelToken* cancel);
PartitionIndex buildNeuralProbePartition(const Dataset& data, Metric metric, const PartitionSettings& settings, const CancelToken* cancel);
/// The k-NN graph of its rows that buildNeuralPartition and buildNeuralProbePartition read (through
/// `settings.graphs` when set), so that a job can build it beforehand — by row blocks on its ranks.
KnnGraphSettings neuralPartitionGraph(const PartitionSettings& settings);
KnnGraphSettings neuralProbeGraph(const PartitionSettings& settings);
/// The k-means bins of buildKMeansPartition (same settings, same bins), routed by the paper's layer 1
/// trained on every row of the data under `settings.layer1Preset`.
PartitionIndex buildLayer1Partition(const Dataset& data, Metric metric, const PartitionSettings& settings, const CancelToken* cancel);

/// The second bin of every row (its own when there is no other): the nearest other centroid, or with
/// `soarLambda` > 0 SOAR's choice, argmin over c ≠ primary of ‖x − c‖² + λ ⟨x − c, r̂⟩² where r̂ is the
/// unit residual to the row's own centroid. Rows are normalised first for spherical clusterings.
std::vector<std::uint32_t> spillAssignments(MatrixView data, const KMeansResult& clustering, double soarLambda);

/// Balanced k-way partition (METIS, seeded) of the undirected graph joining each row to its first
/// `neighbours` in `graph`; an Error when METIS fails.
std::vector<std::uint32_t> partitionGraph(const KnnGraph& graph, std::size_t neighbours, std::size_t parts, double imbalance,
                                          std::uint64_t seed);

} // namespace nnscope
