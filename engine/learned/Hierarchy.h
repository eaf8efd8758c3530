// nnscope engine — learned: the paper's two-layer hierarchy as a trained, queryable, saveable object.
//
//   layer 1   one CNN over the d-dimensional query → one of C clusters
//   layer 2   per cluster c, one CNN over (query ⧺ centroid_c), length 2d → one of the members of c
//
// Training: cluster (or take a clustering), build the TrainingPlan for the protocol, check the memory
// budget, train layer 1, then each layer-2 model, then score the test rows (learned/Evaluation.h).
// LibTorch stays behind this header: clients (CLI, studio) include no torch, and the networks run in
// the learned module (learned/LearnedModule.h), loaded when a hierarchy is first trained or loaded.
#pragma once

#include "cluster/KMeans.h"
#include "learned/Accuracy.h"
#include "core/CancelToken.h"
#include "data/Dataset.h"
#include "data/DatasetSource.h"
#include "distributed/Ranks.h"
#include "learned/Cost.h"
#include "learned/ModelRecord.h"
#include "learned/Progress.h"
#include "learned/Settings.h"
#include "learned/TrainingPlan.h"
#include "search/Neighbors.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace nnscope {

class ClassifierModel;
class HierarchyModel;

struct ClusterGuess {
    std::uint32_t cluster = 0;
    float probability = 0.0f;
};

struct MemberGuess {
    std::uint32_t position = 0; ///< in the cluster's member list
    std::int64_t row = -1;      ///< dataset row
    float probability = 0.0f;
};

/// Multi-probe search: the layer-1 top `clusters`, each cluster's layer-2 top `perCluster` members;
/// the candidates are then ordered by exact distance (rerank) or by layer-1 × layer-2 probability.
struct ProbeSettings {
    std::size_t clusters = 1;
    std::size_t perCluster = 5;
    bool rerank = true;
};

class Hierarchy {
public:
    Hierarchy(Hierarchy&&) noexcept;
    Hierarchy& operator=(Hierarchy&&) noexcept;
    ~Hierarchy();

    /// The checks train() makes before k-means: settings that fit the data, weights within the budget
    /// (per rank, for a job of `ranks`: the refusal says how many ranks would fit).
    static void checkTraining(const Dataset& data, const HierarchySettings& settings, int ranks = 1);

    /// What training would take, before any is done (clusters of equal size assumed): the weights, and
    /// the time of one epoch of every model at this machine's measured matrix-multiply rate.
    struct Estimate {
        HierarchyCost cost; ///< its parameters and bytes
        double epochSeconds = 0.0;
        double maxTrainSeconds = 0.0; ///< at the settings' epoch limit (early stopping usually ends sooner)
    };
    static Estimate estimateTraining(std::size_t rows, std::size_t dim, const HierarchySettings& settings);
    /// Clusters `data` with settings.kmeans, then trains. Errors (bad settings, the memory budget
    /// exceeded: checkTraining) come before k-means; Cancelled.
    static Hierarchy train(std::shared_ptr<const Dataset> data, const HierarchySettings& settings,
                           const TrainingObserver& observer = {}, const CancelToken* cancel = nullptr);
    /// Trains on a given clustering (so that several protocols can share one).
    static Hierarchy train(std::shared_ptr<const Dataset> data, const KMeansResult& clustering,
                           const HierarchySettings& settings, const TrainingObserver& observer = {},
                           const CancelToken* cancel = nullptr);

    /// Trains as one rank of a job (distributed/Ranks.h). Every rank calls it with its own copy of the
    /// data and settings; their fingerprints must agree (else an Error on every rank), and so must the
    /// clusterings k-means gives each rank. Each rank trains its share of the models (layer 1 on rank 0,
    /// layer 2 spread by training work) within the memory budget per rank and sends them to rank 0,
    /// which returns the whole hierarchy, scored; the other ranks return nothing. For a seed, the models
    /// equal those of train(): each model's seeds derive from its own index, not from the order run.
    /// The caller then saves on rank 0 and ends the job (RankGroup::end / waitForEnd). A lost rank
    /// (RankGroup::lost) stops the training with an Error naming it.
    static std::optional<Hierarchy> trainAcrossRanks(std::shared_ptr<const Dataset> data, const HierarchySettings& settings,
                                                     RankGroup& ranks, const TrainingObserver& observer = {});

    /// Writes the hierarchy as a folder (manifest.json + weights), atomically: `directory` is replaced
    /// only once everything is written.
    void save(const std::string& directory) const;
    /// Reads a saved hierarchy; an Error when it was trained on other data or a file is corrupt.
    static Hierarchy load(const std::string& directory, std::shared_ptr<const Dataset> data);

    const Dataset& dataset() const;
    const HierarchySettings& settings() const;
    const KMeansResult& clustering() const;
    const TrainingPlan& plan() const;
    const ModelRecord& layer1Record() const;
    const std::vector<ModelRecord>& layer2Records() const;
    /// The cost formulas (learned/Cost.h) for this hierarchy's shape.
    HierarchyCost cost() const;
    /// Parameters actually held by the LibTorch modules (equals cost().parameters()).
    std::uint64_t parameterCount() const;
    /// Test-row scores computed at the end of training (and saved with the model).
    const AccuracyReport& accuracy() const;
    double trainSeconds() const;

    /// Layer 1 as a network of its own (learned/Layer1Network.h), sharing these weights.
    std::shared_ptr<const ClassifierModel> layer1Classifier() const;
    /// Layer 1: the `top` most probable clusters of each query, most probable first.
    std::vector<std::vector<ClusterGuess>> predictClusters(MatrixView queries, std::size_t top) const;
    /// Layer 2 of one cluster: the `top` most probable members for each query. `normaliseCentroid`
    /// feeds the L2-normalised centroid (the paper code's test-time quirk). A query's own row
    /// (excluded[q] ≥ 0) is skipped when `excluded` is given.
    std::vector<std::vector<MemberGuess>> predictMembers(std::uint32_t cluster, MatrixView queries, std::size_t top,
                                                         bool normaliseCentroid,
                                                         const std::vector<std::int64_t>* excluded = nullptr) const;
    /// The hierarchy as an ANN index: k neighbours per query under `metric` (distances exact).
    Neighbors search(MatrixView queries, std::size_t k, const ProbeSettings& probe, Metric metric,
                     const std::vector<std::int64_t>* excluded = nullptr) const;

private:
    explicit Hierarchy(std::unique_ptr<HierarchyModel> model);
    static KMeansResult cluster(const Dataset& data, const HierarchySettings& settings, const TrainingObserver& observer,
                                const CancelToken* cancel);
    static std::optional<Hierarchy> trainOn(std::shared_ptr<const Dataset> data, const KMeansResult& clustering,
                                            const HierarchySettings& settings, const TrainingObserver& observer,
                                            const CancelToken* cancel, RankGroup* ranks);
    std::unique_ptr<HierarchyModel> model_; ///< learned/LearnedModule.h
};

/// The dataset a saved hierarchy was trained on, as it was opened (nullopt when it was made in memory),
/// so that a client can open it again before Hierarchy::load.
std::optional<DatasetSpec> savedDatasetSpec(const std::string& directory);

} // namespace nnscope
