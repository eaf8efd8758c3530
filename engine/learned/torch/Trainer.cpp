#include "learned/torch/Trainer.h"

#include "core/Error.h"
#include "core/ParallelFor.h"
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

// What a batch, or a part of one, scored: its summed loss and the rows it classified right.
struct BatchScore {
    double lossSum = 0.0;
    std::size_t correct = 0;
};

// Forward and backward over `count` rows of `indices`, the gradient (of the mean loss times `weight`)
// accumulated into the model's parameters.
BatchScore backwardPass(ConvClassifier& model, const TrainingSet& data, const std::int64_t* indices, std::size_t count, double weight)
{
    const torch::Tensor index = torch::tensor(at::ArrayRef<std::int64_t>(indices, count), torch::kInt64);
    const torch::Tensor inputs = data.inputs.index_select(0, index);
    const torch::Tensor labels = data.labels.index_select(0, index);
    const torch::Tensor logits = model->forward(inputs);
    const torch::Tensor loss = torch::nn::functional::cross_entropy(logits, labels);
    if (weight == 1.0)
        loss.backward();
    else
        (loss * weight).backward();
    return {loss.item<double>() * static_cast<double>(count),
            static_cast<std::size_t>(logits.argmax(1).eq(labels).sum().item<std::int64_t>())};
}

// A batch's gradient as the weighted sum of its parts' (TrainerSettings::shards): part p, rows
// [n·p/P, n·(p+1)/P), runs on its own replica of the model (the first on the model itself), the
// replicas' gradients are added into the model's in the parts' order, and the optimizer steps once.
// The parts and the order of the sum are fixed, so the weights do not depend on how many threads ran
// them. The network has no batch statistics, so a part's loss is its rows' alone.
class ShardedBatches {
public:
    ShardedBatches(ConvClassifier& model, std::size_t shards) : model_(model)
    {
        // A replica's own initial weights are never read; drawing them must not move the global
        // generator that later models are seeded from.
        at::Generator generator = at::detail::getDefaultCPUGenerator();
        const at::Tensor state = generator.get_state();
        const std::vector<torch::Tensor> weights = model->parameters();
        for (std::size_t p = 1; p < shards; ++p) {
            replicas_.emplace_back(model->settings(), model->inputLength(), model->classes());
            // The replica reads the model's own weights (shared storage, so each optimizer step reaches
            // it without a copy) and keeps gradients of its own.
            std::vector<torch::Tensor> own = replicas_.back()->parameters();
            for (std::size_t i = 0; i < own.size(); ++i)
                own[i].set_data(weights[i]);
        }
        generator.set_state(state);
    }

    BatchScore step(const std::vector<std::int64_t>& batch, const TrainingSet& data)
    {
        const std::size_t rows = batch.size(), parts = std::min(replicas_.size() + 1, rows);
        std::vector<BatchScore> scores(parts);
        const int intraOpThreads = at::get_num_threads();
        parallelFor(parts, std::min(parts, ownHardwareThreads()), [&](std::size_t begin, std::size_t end) {
            // OpenMP's thread count is each thread's own: a new thread would run LibTorch's loops on
            // every core beside the other parts (measured: 0.70 s an epoch of glove-100d's layer 1
            // against 0.59 s with the run's count).
            at::set_num_threads(intraOpThreads);
            for (std::size_t p = begin; p < end; ++p) {
                ConvClassifier& model = p == 0 ? model_ : replicas_[p - 1];
                if (p > 0) // a replica's gradients from the last step (the optimizer cleared the model's)
                    model->zero_grad();
                const std::size_t first = rows * p / parts, last = rows * (p + 1) / parts;
                scores[p] = backwardPass(model, data, batch.data() + first, last - first,
                                         static_cast<double>(last - first) / static_cast<double>(rows));
            }
        });
        const torch::NoGradGuard noGrad;
        std::vector<torch::Tensor> gradients;
        for (const torch::Tensor& parameter : model_->parameters())
            gradients.push_back(parameter.mutable_grad());
        BatchScore total = scores[0];
        for (std::size_t p = 1; p < parts; ++p) {
            const std::vector<torch::Tensor> own = replicas_[p - 1]->parameters();
            for (std::size_t i = 0; i < gradients.size(); ++i)
                gradients[i].add_(own[i].grad());
            total.lossSum += scores[p].lossSum;
            total.correct += scores[p].correct;
        }
        return total;
    }

private:
    ConvClassifier& model_;
    std::vector<ConvClassifier> replicas_;
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
    checkTrainerSettings(settings);

    model->train();
    auto optimizer = makeOptimizer(model, settings);
    BatchSampler sampler(rows, settings.batchSize, data.sampleWeights, seed);
    ShardedBatches shards(model, settings.shards);
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
            optimizer->zero_grad();
            const BatchScore score = settings.shards > 1 ? shards.step(indices, data)
                                                          : backwardPass(model, data, indices.data(), indices.size(), 1.0);
            optimizer->step();
            lossSum += score.lossSum;
            correct += score.correct;
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
