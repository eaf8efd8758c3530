// nnscope engine — learned module (LibTorch): a hierarchy's networks, and the module's entry points
// that make them (learned/LearnedModule.h).
#pragma once

#include "learned/LearnedModule.h"
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
                                               const CancelToken* cancel);
/// LearnedModule::loadHierarchy (HierarchyStorage.cpp).
std::unique_ptr<HierarchyModel> loadHierarchy(const std::string& directory, std::shared_ptr<const Dataset> data);
/// LearnedModule::makeMlp (Mlp.cpp).
std::unique_ptr<MlpModel> makeMlp(std::size_t inputs, std::size_t outputs, const MlpSettings& settings);

} // namespace nnscope::torchnn
