#include "learned/torch/TorchHierarchy.h"

#include "core/Error.h"
#include "core/Files.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

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
    for (std::size_t c = 0; c < layer2.size(); ++c)
        count += layer2[c] ? parametersOf(layer2[c]) : spilled->entry(c).at("bytes").get<std::uint64_t>() / sizeof(float);
    return count;
}

ConvClassifier TorchHierarchy::model(std::size_t index) const
{
    if (index == 0)
        return layer1;
    const ConvClassifier& held = layer2.at(index - 1);
    return held ? held : spilled->model(index - 1, settings.model);
}

SpilledModels::SpilledModels()
{
    std::string pattern = (std::filesystem::temp_directory_path() / "nnscope-models-XXXXXX").string();
    if (!::mkdtemp(pattern.data()))
        throw Error("cannot make a temporary folder for the other ranks' models in " + std::filesystem::temp_directory_path().string());
    folder_ = pattern;
}

SpilledModels::~SpilledModels()
{
    std::error_code ignored;
    std::filesystem::remove_all(folder_, ignored);
}

std::string SpilledModels::path(std::size_t cluster) const { return folder_ + "/layer2-" + std::to_string(cluster) + ".bin"; }

void SpilledModels::add(std::size_t cluster, Json entry, const std::string& weights)
{
    writeFileAtomically(path(cluster), weights);
    entries_[cluster] = std::move(entry);
}

std::string SpilledModels::weights(std::size_t cluster) const
{
    return readWholeFile(path(cluster), entry(cluster).at("bytes").get<std::uint64_t>(), false);
}

ConvClassifier SpilledModels::model(std::size_t cluster, const ModelSettings& settings) const
{
    std::lock_guard<std::mutex> lock(mutex_);
    for (const auto& [held, network] : recent_)
        if (held == cluster)
            return network;
    const ModelRecord record = entry(cluster).get<ModelRecord>();
    ConvClassifier network(settings, static_cast<std::int64_t>(record.inputLength), static_cast<std::int64_t>(std::max<std::size_t>(record.classes, 1)));
    unpackWeights(network, entry(cluster), weights(cluster), "the spilled layer 2 of cluster " + std::to_string(cluster));
    network->eval();
    if (recent_.size() == 2)
        recent_.erase(recent_.begin());
    recent_.emplace_back(cluster, network);
    return network;
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
