// nnscope engine — learned: the boundary between the engine and its LibTorch module.
//
// Everything that runs a network (the hierarchy's CNNs, the partition routers' MLPs) lives in a
// separate shared library, libnnscope_learned.so, opened the first time a network is made, trained or
// loaded. Starting LibTorch costs about 0.4 s here (its static initialisation and ~300 linked
// libraries), so commands that need no network (`info`, `knn`, `kmeans`, `pca`, `search` over
// non-learned systems) start without it. The engine talks to the module only through the two
// interfaces below and the entry points of LearnedModule; Hierarchy and Mlp (their public faces) stay
// as they are for every client.
#pragma once

#include "cluster/KMeans.h"
#include "core/CancelToken.h"
#include "core/MatrixView.h"
#include "data/Dataset.h"
#include "distributed/Ranks.h"
#include "learned/Accuracy.h"
#include "learned/ModelRecord.h"
#include "learned/Progress.h"
#include "learned/Settings.h"
#include "learned/TrainingPlan.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace nnscope {

struct MlpSettings;
enum class MlpLoss;

/// One trained classifier's network on its own: the paper's layer-1 CNN as a router's network
/// (learned/Layer1Network.h). Const and thread-safe.
class ClassifierModel {
public:
    virtual ~ClassifierModel();
    virtual std::int64_t classes() const = 0;
    /// Softmax probabilities for `count` input rows, written to `out` (count × classes()).
    virtual void probabilities(const float* inputs, std::int64_t count, float* out) const = 0;
    virtual std::uint64_t parameterCount() const = 0;
};

/// What a trained hierarchy holds: its data, split and records (plain data, read by the engine) and
/// its networks (behind the virtual calls, in the module). Model `index` 0 is layer 1; index c + 1 is
/// layer 2 of cluster c.
class HierarchyModel {
public:
    std::shared_ptr<const Dataset> data;
    HierarchySettings settings;
    KMeansResult clustering;
    TrainingPlan plan;
    ModelRecord layer1Record;
    std::vector<ModelRecord> layer2Records;
    AccuracyReport accuracy;
    double trainSeconds = 0.0;

    virtual ~HierarchyModel();
    /// Output classes of model `index`.
    virtual std::int64_t classes(std::size_t index) const = 0;
    /// Softmax probabilities of model `index` for `count` input rows (its input length each), written
    /// to `out` (count × classes(index)). Const and thread-safe.
    virtual void probabilities(std::size_t index, const float* inputs, std::int64_t count, float* out) const = 0;
    virtual std::uint64_t parameterCount() const = 0;
    /// Layer 1 as a classifier of its own, sharing this hierarchy's weights (they stay alive with it).
    virtual std::shared_ptr<const ClassifierModel> layer1Classifier() const = 0;
    /// Writes the folder `directory` (replaced atomically; learned/Hierarchy.h).
    virtual void save(const std::string& directory) const = 0;

    /// Rows of `query ⧺ centroid_c` (raw or L2-normalised centroid): layer 2's inputs for cluster c.
    std::vector<float> layer2Inputs(std::uint32_t cluster, MatrixView queries, bool normaliseCentroid) const;
};

/// A multilayer perceptron's networks (learned/Mlp.h checks every shape before calling these).
class MlpModel {
public:
    virtual ~MlpModel();
    virtual void train(MatrixView inputs, const std::vector<float>& targets, MlpLoss loss, const CancelToken* cancel,
                       const std::function<void(std::size_t, double)>& progress) = 0;
    virtual std::vector<float> predict(MatrixView inputs) const = 0;
    virtual std::uint64_t parameters() const = 0;
};

/// The module's entry points (one table, returned by its `nnscope_learned_module` symbol).
struct LearnedModule {
    /// Must equal kLearnedModuleAbi: a module built from other sources is refused.
    std::uint32_t abi;
    /// Plans the split and targets, trains layer 1 and every layer-2 model (progress up to Evaluating);
    /// the settings and data are checked by the caller. With `ranks`, this rank trains its share of the
    /// models (assignWorkToRanks) and sends them to rank 0, which alone returns the whole hierarchy
    /// (the others return null).
    std::unique_ptr<HierarchyModel> (*trainHierarchy)(std::shared_ptr<const Dataset> data, const KMeansResult& clustering,
                                                      const HierarchySettings& settings, const TrainingObserver& observer,
                                                      const CancelToken* cancel, RankGroup* ranks);
    /// Reads a saved folder (learned/Hierarchy.h: bounded, data-only reads).
    std::unique_ptr<HierarchyModel> (*loadHierarchy)(const std::string& directory, std::shared_ptr<const Dataset> data);
    std::unique_ptr<MlpModel> (*makeMlp)(std::size_t inputs, std::size_t outputs, const MlpSettings& settings);
    /// Trains the paper's layer 1 alone, exactly as trainHierarchy trains it: `rows` labelled with
    /// their cluster (`clusters` classes), settings.model and settings.layer1, the layer-1 seed streams;
    /// fills `record` (name, epochs, accuracy).
    std::unique_ptr<ClassifierModel> (*trainLayer1)(MatrixView rows, const std::vector<std::uint32_t>& labels, std::size_t clusters,
                                                    const HierarchySettings& settings, ModelRecord& record,
                                                    const std::function<void(const EpochRecord&)>& onEpoch, const CancelToken* cancel);
    /// This machine's float32 matrix-multiply rate through LibTorch (FLOP/s), measured once per process.
    double (*matrixMultiplyRate)();
    /// Joins a job of several processes (distributed/Ranks.h) through c10d: a TCP store and Gloo.
    std::unique_ptr<RankGroup> (*joinRanks)(const RankWorld& world);
};

/// Bumped whenever the table or the interfaces above change.
constexpr std::uint32_t kLearnedModuleAbi = 4;

/// The module, opened on first use (thread-safe): $NNSCOPE_LEARNED_MODULE if set, else
/// libnnscope_learned.so beside libnnscope_engine.so. An Error naming the file and why it failed.
const LearnedModule& learnedModule();

} // namespace nnscope
