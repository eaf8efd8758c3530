#include "learned/torch/Trainer.h"

#include "core/Error.h"
#include "core/Random.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <numeric>

namespace nnscope::torchnn {
namespace {

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(ConvClassifier& model, const TrainerSettings& settings)
{
    if (settings.optimizer == Optimizer::Sgd)
        return std::make_unique<torch::optim::SGD>(model->parameters(), torch::optim::SGDOptions(settings.learningRate));
    return std::make_unique<torch::optim::Adam>(model->parameters(), torch::optim::AdamOptions(settings.learningRate));
}

// Yields batch index lists: shuffled passes over the rows, or weighted draws with replacement.
class BatchSampler {
public:
    BatchSampler(std::size_t rows, std::size_t batchSize, const std::vector<double>& weights, std::uint64_t seed)
        : rows_(rows), batchSize_(batchSize), random_(seed)
    {
        if (!weights.empty()) {
            cumulative_.resize(weights.size());
            std::partial_sum(weights.begin(), weights.end(), cumulative_.begin());
        }
    }

    std::vector<std::int64_t> next()
    {
        std::vector<std::int64_t> batch;
        if (!cumulative_.empty()) {
            for (std::size_t i = 0; i < batchSize_; ++i) {
                const double target = random_.uniform() * cumulative_.back();
                const auto row = std::upper_bound(cumulative_.begin(), cumulative_.end(), target) - cumulative_.begin();
                batch.push_back(std::min<std::int64_t>(row, static_cast<std::int64_t>(rows_) - 1));
            }
            return batch;
        }
        for (std::size_t i = 0; i < batchSize_; ++i) {
            if (cursor_ == order_.size()) {
                if (i > 0)
                    break; // a pass ends with a short batch, as in Keras
                reshuffle();
            }
            batch.push_back(order_[cursor_++]);
        }
        return batch;
    }

    /// Batches in one pass over the data.
    std::size_t batchesPerPass() const { return (rows_ + batchSize_ - 1) / batchSize_; }

private:
    void reshuffle()
    {
        order_.resize(rows_);
        std::iota(order_.begin(), order_.end(), 0);
        for (std::size_t i = rows_; i > 1; --i)
            std::swap(order_[i - 1], order_[random_.below(i)]);
        cursor_ = 0;
    }

    std::size_t rows_;
    std::size_t batchSize_;
    Random random_;
    std::vector<double> cumulative_;
    std::vector<std::int64_t> order_;
    std::size_t cursor_ = 0;
};

using Snapshot = std::vector<torch::Tensor>;

Snapshot snapshot(ConvClassifier& model)
{
    Snapshot state;
    for (const torch::Tensor& parameter : model->parameters())
        state.push_back(parameter.detach().clone());
    return state;
}

void restore(ConvClassifier& model, const Snapshot& state)
{
    torch::NoGradGuard noGrad;
    auto parameters = model->parameters();
    for (std::size_t i = 0; i < parameters.size(); ++i)
        parameters[i].copy_(state[i]);
}

} // namespace

void trainClassifier(ConvClassifier& model, const TrainingSet& data, const TrainerSettings& settings,
                     std::uint64_t seed, ModelRecord& record, const std::function<void(const EpochRecord&)>& onEpoch,
                     const CancelToken* cancel)
{
    const auto started = std::chrono::steady_clock::now();
    const auto rows = static_cast<std::size_t>(data.inputs.size(0));
    if (settings.batchSize == 0 || settings.maxEpochs == 0)
        throw Error("training needs a batch size and a maximum number of epochs of at least 1");
    if (!(settings.learningRate > 0.0))
        throw Error("the learning rate must be positive");

    model->train();
    auto optimizer = makeOptimizer(model, settings);
    BatchSampler sampler(rows, settings.batchSize, data.sampleWeights, seed);
    const std::size_t batchesPerEpoch = settings.stepsPerEpoch > 0 ? settings.stepsPerEpoch : sampler.batchesPerPass();

    Snapshot best = snapshot(model);
    record.bestAccuracy = -1.0;
    std::size_t epochsWithoutImprovement = 0;
    for (std::size_t epoch = 1; epoch <= settings.maxEpochs; ++epoch) {
        double lossSum = 0.0;
        std::size_t seen = 0, correct = 0;
        for (std::size_t step = 0; step < batchesPerEpoch; ++step) {
            throwIfCancelled(cancel);
            const std::vector<std::int64_t> indices = sampler.next();
            const torch::Tensor index = torch::tensor(indices, torch::kInt64);
            const torch::Tensor inputs = data.inputs.index_select(0, index);
            const torch::Tensor labels = data.labels.index_select(0, index);
            optimizer->zero_grad();
            const torch::Tensor logits = model->forward(inputs);
            const torch::Tensor loss = torch::nn::functional::cross_entropy(logits, labels);
            loss.backward();
            optimizer->step();
            lossSum += loss.item<double>() * static_cast<double>(indices.size());
            correct += static_cast<std::size_t>(logits.argmax(1).eq(labels).sum().item<std::int64_t>());
            seen += indices.size();
        }
        EpochRecord result{epoch, lossSum / static_cast<double>(seen), static_cast<double>(correct) / static_cast<double>(seen)};
        if (data.heldOutInputs.defined() && data.heldOutInputs.size(0) > 0) {
            // Scored in eval mode without gradients: the training trajectory is the same with or without it.
            const torch::NoGradGuard noGradients;
            model->eval();
            const torch::Tensor predicted = model->forward(data.heldOutInputs).argmax(1);
            result.heldOutAccuracy = predicted.eq(data.heldOutLabels).to(torch::kFloat64).mean().item<double>();
            model->train();
        }
        record.history.push_back(result);
        if (result.accuracy > record.bestAccuracy) {
            record.bestAccuracy = result.accuracy;
            record.bestEpoch = epoch;
            best = snapshot(model);
            epochsWithoutImprovement = 0;
        } else {
            ++epochsWithoutImprovement;
        }
        if (onEpoch)
            onEpoch(result);
        if (epochsWithoutImprovement >= settings.patience || (settings.stopWhenPerfect && result.accuracy >= 1.0))
            break;
    }
    restore(model, best);
    model->eval();
    record.trained = true;
    record.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
}

} // namespace nnscope::torchnn
