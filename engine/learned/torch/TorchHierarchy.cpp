#include "learned/torch/TorchHierarchy.h"

#include <algorithm>

namespace nnscope::torchnn {

namespace {

std::uint64_t parametersOf(const ConvClassifier& network)
{
    std::uint64_t count = 0;
    for (const torch::Tensor& parameter : network->parameters())
        count += static_cast<std::uint64_t>(parameter.numel());
    return count;
}

void writeProbabilities(const ConvClassifier& network, const float* inputs, std::int64_t count, float* out)
{
    const torch::Tensor probabilities = predictProbabilities(network, inputs, count).contiguous();
    std::copy_n(probabilities.data_ptr<float>(), count * network->classes(), out);
}

} // namespace

std::uint64_t TorchHierarchy::parameterCount() const
{
    std::uint64_t count = parametersOf(layer1);
    for (const ConvClassifier& network : layer2)
        count += parametersOf(network);
    return count;
}

void TorchClassifier::probabilities(const float* inputs, std::int64_t count, float* out) const
{
    writeProbabilities(network_, inputs, count, out);
}

std::uint64_t TorchClassifier::parameterCount() const
{
    return parametersOf(network_);
}

void TorchHierarchy::probabilities(std::size_t index, const float* inputs, std::int64_t count, float* out) const
{
    writeProbabilities(model(index), inputs, count, out);
}

} // namespace nnscope::torchnn
