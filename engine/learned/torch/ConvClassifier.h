// nnscope engine — learned (internal, LibTorch): the 1-D CNN both layers use. Only the engine's
// LibTorch translation units include this header; nothing Qt ever sees it.
#pragma once

#include "learned/Settings.h"

#include <torch/torch.h>

namespace nnscope::torchnn {

/// Conv1d(f1, k, same) → ReLU → MaxPool(p, same) → Conv1d(f2, k, same) → ReLU → Conv1d(f3, k, same) →
/// ReLU → flatten → Linear(classes). Input [batch, length]; output logits [batch, classes].
class ConvClassifierImpl : public torch::nn::Module {
public:
    ConvClassifierImpl(const ModelSettings& settings, std::int64_t inputLength, std::int64_t classes);

    /// Const, so that many threads may predict with one trained model: it reads the weights and
    /// changes no module state (the network has no dropout or batch norm, so train/eval mode is moot).
    torch::Tensor forward(torch::Tensor inputs) const;

    std::int64_t inputLength() const { return inputLength_; }
    std::int64_t classes() const { return classes_; }
    const ModelSettings& settings() const { return settings_; }

private:
    torch::nn::Conv1d conv1_{nullptr};
    torch::nn::Conv1d conv2_{nullptr};
    torch::nn::Conv1d conv3_{nullptr};
    torch::nn::Linear output_{nullptr};
    ModelSettings settings_;
    std::int64_t pool_;
    std::int64_t inputLength_;
    std::int64_t classes_;
};
TORCH_MODULE(ConvClassifier);

/// Softmax probabilities for a block of inputs (rows × inputLength floats), without autograd.
torch::Tensor predictProbabilities(const ConvClassifier& model, const float* inputs, std::int64_t rows);

} // namespace nnscope::torchnn
