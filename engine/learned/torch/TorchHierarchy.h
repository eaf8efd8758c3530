// nnscope engine — learned module (LibTorch): a hierarchy's networks, and the module's entry points
// that make them (learned/LearnedModule.h).
#pragma once

#include "learned/LearnedModule.h"
#include "learned/Serialization.h"
#include "learned/torch/ConvClassifier.h"

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

class TorchHierarchy final : public HierarchyModel {
public:
    ConvClassifier layer1{nullptr};
    std::vector<ConvClassifier> layer2;

    std::int64_t classes(std::size_t index) const override { return model(index)->classes(); }
    void probabilities(std::size_t index, const float* inputs, std::int64_t count, float* out) const override;
    std::uint64_t parameterCount() const override;
    std::shared_ptr<const ClassifierModel> layer1Classifier() const override { return std::make_shared<TorchClassifier>(layer1); }
    void save(const std::string& directory) const override; // HierarchyStorage.cpp

private:
    const ConvClassifier& model(std::size_t index) const { return index == 0 ? layer1 : layer2.at(index - 1); }
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
