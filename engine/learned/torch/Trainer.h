// nnscope engine — learned (internal, LibTorch): trains one classifier with early stopping on the
// monitored training accuracy and restores the best weights, as the authors' Keras callbacks did.
#pragma once

#include "core/CancelToken.h"
#include "learned/ModelRecord.h"
#include "learned/Settings.h"
#include "learned/torch/ConvClassifier.h"

#include <functional>
#include <vector>

namespace nnscope {
class RankGroup;
}

namespace nnscope::torchnn {

struct TrainingSet {
    torch::Tensor inputs;              ///< [rows, inputLength] float32
    torch::Tensor labels;              ///< [rows] int64
    std::vector<double> sampleWeights; ///< empty: shuffled passes; else sampling with replacement by weight
    torch::Tensor heldOutInputs;       ///< held-out rows scored after every epoch (undefined or empty: none)
    torch::Tensor heldOutLabels;
};

/// Trains `model` in place and fills record.history / bestEpoch / bestAccuracy / seconds.
/// `onEpoch` is called after each epoch; `cancel` is checked before every batch.
/// With `ranks` (a job of several), every rank calls it with the same set, settings and seed, and each
/// runs its share of every batch's shards (data parallelism): every rank ends with the weights one
/// process would train with those shards. The set must be the same on every rank (its size, labels, the settings and seed are checked first).
void trainClassifier(ConvClassifier& model, const TrainingSet& data, const TrainerSettings& settings,
                     std::uint64_t seed, ModelRecord& record, const std::function<void(const EpochRecord&)>& onEpoch,
                     const CancelToken* cancel, RankGroup* ranks = nullptr);

} // namespace nnscope::torchnn
