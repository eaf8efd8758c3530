#include "learned/torch/TorchHierarchy.h"

#include <algorithm>

namespace nnscope::torchnn {

void TorchHierarchy::probabilities(std::size_t index, const float* inputs, std::int64_t count, float* out) const
{
    const ConvClassifier& network = model(index);
    const torch::Tensor probabilities = predictProbabilities(network, inputs, count).contiguous();
    std::copy_n(probabilities.data_ptr<float>(), count * network->classes(), out);
}

std::uint64_t TorchHierarchy::parameterCount() const
{
    std::uint64_t count = 0;
    auto add = [&](const ConvClassifier& network) {
        for (const torch::Tensor& parameter : network->parameters())
            count += static_cast<std::uint64_t>(parameter.numel());
    };
    add(layer1);
    for (const ConvClassifier& network : layer2)
        add(network);
    return count;
}

} // namespace nnscope::torchnn
