// nnscope engine — learned: every setting of the learned hierarchy, with the named presets.
//
// A result or saved model serialises these, so it can always say exactly how it was produced.
#pragma once

#include "cluster/KMeans.h"
#include "search/Metric.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace nnscope {

/// How training data is built and how accuracy is scored (docs/protocols.md).
enum class Protocol {
    /// The authors' code (AUTHORS-CODE.md): within-cluster cosine targets, rows grouped by cluster and
    /// split first 90% / last 10%, raw centroids in training, position ids compared across clusters.
    Paper,
    /// A seeded split stratified by cluster, the same centroid handling in training and test, and the
    /// query's global exact nearest neighbour as the truth.
    Corrected,
};

std::string protocolName(Protocol protocol);
Protocol parseProtocol(const std::string& name);

/// Which rows the paper protocol's figures are drawn from (AUTHORS-CODE.md, last section): the last
/// 10% of the cluster-grouped table (the held-out split), or — as every version of the authors'
/// evaluation script that could run did — uniformly from the whole table, so ~90% are training rows.
enum class PaperEvaluation { LastTenPercent, InSample };
std::string paperEvaluationName(PaperEvaluation evaluation); ///< "last-10pct" or "in-sample"
PaperEvaluation parsePaperEvaluation(const std::string& name);

/// The 1-D CNN of both layers: Conv1d(f1, k) → ReLU → MaxPool(p) → Conv1d(f2, k) → ReLU →
/// Conv1d(f3, k) → ReLU → flatten → Linear(classes). Input: the vector as a length-L, 1-channel sequence.
struct ModelSettings {
    std::size_t kernelSize = 1; ///< 1 in the authors' code; 3 is a reading of the paper's figures
    std::size_t filters1 = 128;
    std::size_t filters2 = 128;
    std::size_t filters3 = 256;
    std::size_t pool = 2;       ///< max-pool size and stride ("same" padding: ceil(L / pool) outputs)
};

enum class Optimizer { Sgd, Adam };
std::string optimizerName(Optimizer optimizer);
Optimizer parseOptimizer(const std::string& name);

/// How one classifier is trained. Early stopping and the kept weights follow the monitored accuracy
/// (training accuracy over the epoch's batches, as the authors' Keras callbacks did).
struct TrainerSettings {
    Optimizer optimizer = Optimizer::Adam;
    double learningRate = 1e-3;
    std::size_t batchSize = 32;
    std::size_t maxEpochs = 60;
    std::size_t stepsPerEpoch = 0; ///< batches per epoch; 0 = one pass over the training rows
    std::size_t patience = 5;      ///< epochs without a new best before stopping
    bool stopWhenPerfect = true;   ///< stop as soon as an epoch scores 100% (nothing left to improve)
    /// A batch's gradient as the sum of this many consecutive parts' gradients, each weighted by its
    /// share of the batch and computed on its own thread where there are cores for it (data parallelism
    /// inside one process). The weights depend on the parts, never on the threads; 1: the whole batch at
    /// once, as Keras computes it.
    std::size_t shards = 1;
};

/// Extra layer-2 training rows (the paper's proposed, untested augmentation): perturbed copies of each
/// member, labelled with their exact nearest member, plus class-balanced sampling.
struct AugmentationSettings {
    bool enabled = false;
    std::size_t copiesPerRow = 4;
    /// Noise scale: each copy is x + ε, ε ~ N(0, σ²I) with σ = noise × (distance to x's nearest
    /// member) / √d, so copies stay in x's neighbourhood whatever the data's scale.
    double noise = 0.5;
    bool classBalanced = true;     ///< sample training rows inversely to their target's frequency
};

struct HierarchySettings {
    Protocol protocol = Protocol::Corrected;
    std::string preset = "fast";
    KMeansSettings kmeans;             ///< clusters, restarts, seed of the clustering
    ModelSettings model;
    TrainerSettings layer1;
    TrainerSettings layer2;
    AugmentationSettings augmentation;
    Metric metric = Metric::L2;        ///< corrected protocol: the metric of targets and truth
    double testFraction = 0.1;
    /// The paper's code L2-normalises the centroid fed to layer 2 at test time only.
    bool normaliseTestCentroid = false;
    std::size_t topTargets = 5;        ///< nearest members kept per row for top-k scoring
    std::size_t evaluationQueries = 1000; ///< test rows sampled for the accuracy figures (0: all)
    /// Paper protocol: where those rows are drawn from (the corrected protocol always uses its test rows).
    PaperEvaluation paperEvaluation = PaperEvaluation::LastTenPercent;
    std::uint64_t seed = 0;
    std::size_t threads = 1;           ///< LibTorch intra-op threads
    /// Refuse to train when the estimated parameter memory exceeds this many bytes.
    std::uint64_t memoryBudgetBytes = 2ull << 30;
};

/// The `paper` preset: SGD (lr 0.01), batch 32, 1024 steps per epoch, up to 500 epochs, patience 7
/// (layer 1) and 2 (layer 2) on training accuracy, as in the authors' code (the paper says patience 3).
/// The `fast` preset: Adam (lr 1e-3), batch 32, one pass per epoch, up to 60 epochs, patience 5,
/// stopping at 100% training accuracy.
HierarchySettings presetSettings(const std::string& preset, Protocol protocol);

/// The one override layer on top of a preset, shared by the CLI, the studio and the experiments: each
/// field left unset keeps the preset's value.
struct HierarchyOverrides {
    std::optional<std::size_t> clusters;
    std::optional<std::size_t> nInit;
    std::optional<ModelSettings> model;            ///< the whole architecture (kernelSize then applies on top)
    std::optional<std::size_t> kernelSize;
    std::optional<std::size_t> maxEpochs;          ///< both layers
    std::optional<bool> augment;
    std::optional<Metric> metric;                  ///< the corrected protocol's (the paper's is cosine)
    std::optional<bool> normaliseTestCentroid;
    std::optional<std::size_t> evaluationQueries;
    std::optional<PaperEvaluation> paperEvaluation;
    std::optional<std::uint64_t> seed;
    std::optional<std::size_t> threads;
    std::optional<std::uint64_t> memoryBudgetBytes;
    std::optional<std::size_t> shards;             ///< both layers' TrainerSettings::shards
};

/// Every overridable field of `settings`, stated as overrides: hierarchySettings(settings.preset, protocol,
/// overridesOf(settings)) gives those fields back (a reopened model's settings in a results file).
HierarchyOverrides overridesOf(const HierarchySettings& settings);

/// The preset's settings for the protocol with the overrides applied, then validated (checkHierarchySettings,
/// with the machine's thread limit): an Error naming the setting when one is out of range.
HierarchySettings hierarchySettings(const std::string& preset, Protocol protocol, const HierarchyOverrides& overrides);

/// The one range check of hierarchy settings, for those typed by a user and those read from a saved
/// model alike, so that `train` never saves a model `predict` refuses: every count within what nnscope
/// can train (clusters, restarts, epochs, kernel, filters, pool, targets, threads up to `maxThreads`)
/// and a positive budget; an Error naming the setting.
void checkHierarchySettings(const HierarchySettings& settings, std::size_t maxThreads);

/// The part of it for one network's trainer (epochs, batch size, steps, shards within the batch): what
/// a network trained outside a hierarchy (the partitions' layer 1) is checked by before any work.
void checkTrainerSettings(const TrainerSettings& trainer);

/// Across a job of `ranks` ranks, layer 1 trains on all of them at once (data parallelism: each rank runs
/// its share of every batch's shards) when its batches have a shard for each rank, else on rank 0 alone
/// while the others start on layer 2. Either way the weights are one process's with the same shards.
bool layer1TrainsOnEveryRank(const HierarchySettings& settings, int ranks);

} // namespace nnscope
