// nnscope engine — learned module (LibTorch): a hierarchy's networks, and the module's entry points
// that make them (learned/LearnedModule.h).
#pragma once

#include "learned/LearnedModule.h"
#include "learned/Serialization.h"
#include "learned/torch/ConvClassifier.h"

#include <map>
#include <mutex>

namespace nnscope::torchnn {

/// One CNN on its own behind ClassifierModel (the layer-1 router's network). Copies of a ConvClassifier
/// share its weights, so a hierarchy's layer 1 is lent without copying.
class TorchClassifier final : public ClassifierModel {
public:
    explicit TorchClassifier(ConvClassifier network) : network_(std::move(network)) {}
    std::int64_t classes() const override { return network_->classes(); }
    void probabilities(const float* inputs, std::int64_t count, float* out) const override;
    std::uint64_t parameterCount() const override;

private:
    ConvClassifier network_;
};

/// Layer-2 models another rank trained, kept in files in a private temporary folder of this rank and
/// read back when asked for, the last two in memory: so rank 0 of a job holds in memory only its own
/// share and the model in use, as the memory budget per rank assumes. The folder is removed with it.
class SpilledModels {
public:
    SpilledModels();
    ~SpilledModels();
    SpilledModels(const SpilledModels&) = delete;
    SpilledModels& operator=(const SpilledModels&) = delete;

    /// Keeps a model whose weights were checked against `entry` (unpackWeights).
    void add(std::size_t cluster, Json entry, const std::string& weights);
    bool holds(std::size_t cluster) const { return entries_.count(cluster) > 0; }
    const Json& entry(std::size_t cluster) const { return entries_.at(cluster); }
    std::string weights(std::size_t cluster) const;
    /// The model, read (and checked) again when it is not among the last two used. Thread-safe.
    ConvClassifier model(std::size_t cluster, const ModelSettings& settings) const;

private:
    std::string path(std::size_t cluster) const;

    std::string folder_;
    std::map<std::size_t, Json> entries_;
    mutable std::mutex mutex_;
    mutable std::vector<std::pair<std::size_t, ConvClassifier>> recent_; ///< most recent last
};

class TorchHierarchy final : public HierarchyModel {
public:
    ConvClassifier layer1{nullptr};
    std::vector<ConvClassifier> layer2; ///< null where the model is spilled
    std::shared_ptr<const SpilledModels> spilled;

    std::int64_t classes(std::size_t index) const override { return model(index)->classes(); }
    void probabilities(std::size_t index, const float* inputs, std::int64_t count, float* out) const override;
    std::uint64_t parameterCount() const override;
    std::shared_ptr<const ClassifierModel> layer1Classifier() const override { return std::make_shared<TorchClassifier>(layer1); }
    void save(const std::string& directory) const override; // HierarchyStorage.cpp

private:
    ConvClassifier model(std::size_t index) const;
};

/// LearnedModule::trainLayer1 (HierarchyTraining.cpp).
std::unique_ptr<ClassifierModel> trainLayer1(MatrixView rows, const std::vector<std::uint32_t>& labels, std::size_t clusters,
                                             const HierarchySettings& settings, ModelRecord& record,
                                             const std::function<void(const EpochRecord&)>& onEpoch, const CancelToken* cancel);
/// LearnedModule::trainHierarchy (HierarchyTraining.cpp).
std::unique_ptr<HierarchyModel> trainHierarchy(std::shared_ptr<const Dataset> data, const KMeansResult& clustering,
                                               const HierarchySettings& settings, const TrainingObserver& observer,
                                               const CancelToken* cancel, RankGroup* ranks);
/// LearnedModule::loadHierarchy (HierarchyStorage.cpp).
std::unique_ptr<HierarchyModel> loadHierarchy(const std::string& directory, std::shared_ptr<const Dataset> data);
/// LearnedModule::joinRanks (C10dRankGroup.cpp).
std::unique_ptr<RankGroup> joinRanks(const RankWorld& world);

/// One trained model as it leaves its process (a saved folder's weights file, a message to rank 0): its
/// manifest entry (the record, the tensor table, the byte count and SHA-256) and its raw float32 weights.
struct PackedModel {
    Json entry;
    std::string weights;
};
PackedModel packModel(const ConvClassifier& model, const ModelRecord& record);
/// The bytes `entry`'s tensor table says `model` must be given (Error when the table does not match it).
std::uint64_t packedWeightBytes(const ConvClassifier& model, const Json& entry, const std::string& what);
/// Checks `weights` against `entry` (size, SHA-256, every value finite and in range) and copies them in.
void unpackWeights(ConvClassifier& model, const Json& entry, const std::string& weights, const std::string& what);

/// LearnedModule::makeMlp (Mlp.cpp).
std::unique_ptr<MlpModel> makeMlp(std::size_t inputs, std::size_t outputs, const MlpSettings& settings);

} // namespace nnscope::torchnn
