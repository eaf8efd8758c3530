#include "learned/torch/Trainer.h"

#include "core/Error.h"
#include "core/ParallelFor.h"
#include "core/Random.h"
#include "core/Sha256.h"
#include "distributed/Ranks.h"

#include <algorithm>
#include <chrono>
#include <cstring>
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
//
// Across the ranks of a job (data parallelism), rank r runs parts [P·r/W, P·(r+1)/W) of each batch,
// every rank gathers every part's gradient (RankGroup::allGather) and adds them in the same order,
// and every rank's optimizer takes the same step: W ranks train the weights one process trains with
// the same shards, bit for bit.
class ShardedBatches {
public:
    ShardedBatches(ConvClassifier& model, std::size_t shards, RankGroup* ranks)
        : model_(model), shards_(shards), ranks_(ranks && ranks->size() > 1 ? ranks : nullptr)
    {
        const std::size_t world = ranks_ ? static_cast<std::size_t>(ranks_->size()) : 1;
        mostOwnParts_ = (shards + world - 1) / world;
        // A replica's own initial weights are never read; drawing them must not move the global
        // generator that later models are seeded from.
        at::Generator generator = at::detail::getDefaultCPUGenerator();
        const at::Tensor state = generator.get_state();
        const std::vector<torch::Tensor> weights = model->parameters();
        for (std::size_t p = 1; p < mostOwnParts_; ++p) {
            replicas_.emplace_back(model->settings(), model->inputLength(), model->classes());
            // The replica reads the model's own weights (shared storage, so each optimizer step reaches
            // it without a copy) and keeps gradients of its own.
            std::vector<torch::Tensor> own = replicas_.back()->parameters();
            for (std::size_t i = 0; i < own.size(); ++i)
                own[i].set_data(weights[i]);
        }
        generator.set_state(state);
        for (const torch::Tensor& weight : weights)
            gradientValues_ += static_cast<std::size_t>(weight.numel());
    }

    BatchScore step(const std::vector<std::int64_t>& batch, const TrainingSet& data)
    {
        const std::size_t rows = batch.size(), parts = std::min(shards_, rows);
        const std::size_t first = firstPartOf(rank(), parts), own = firstPartOf(rank() + 1, parts) - first;
        std::vector<BatchScore> scores(own);
        const int intraOpThreads = at::get_num_threads();
        parallelFor(own, std::min(own, ownHardwareThreads()), [&](std::size_t begin, std::size_t end) {
            // OpenMP's thread count is each thread's own: a new thread would run LibTorch's loops on
            // every core beside the other parts (measured: 0.70 s an epoch of glove-100d's layer 1
            // against 0.59 s with the run's count).
            at::set_num_threads(intraOpThreads);
            for (std::size_t q = begin; q < end; ++q) {
                ConvClassifier& network = q == 0 ? model_ : replicas_[q - 1];
                if (q > 0) // a replica's gradients from the last step (the optimizer cleared the model's)
                    network->zero_grad();
                const std::size_t p = first + q, from = rows * p / parts, to = rows * (p + 1) / parts;
                scores[q] = backwardPass(network, data, batch.data() + from, to - from,
                                         static_cast<double>(to - from) / static_cast<double>(rows));
            }
        });
        const torch::NoGradGuard noGrad;
        std::vector<torch::Tensor> gradients;
        for (const torch::Tensor& parameter : model_->parameters()) {
            if (!parameter.grad().defined()) // a rank that has run no part yet (a batch of fewer rows than ranks)
                parameter.mutable_grad() = torch::zeros_like(parameter);
            gradients.push_back(parameter.mutable_grad());
        }
        if (ranks_)
            return addEveryRanksParts(gradients, scores, parts);
        BatchScore total = scores[0];
        for (std::size_t p = 1; p < parts; ++p) {
            const std::vector<torch::Tensor> part = replicas_[p - 1]->parameters();
            for (std::size_t i = 0; i < gradients.size(); ++i)
                gradients[i].add_(part[i].grad());
            total.lossSum += scores[p].lossSum;
            total.correct += scores[p].correct;
        }
        return total;
    }

private:
    int rank() const { return ranks_ ? ranks_->rank() : 0; }
    int world() const { return ranks_ ? ranks_->size() : 1; }
    std::size_t firstPartOf(int rank, std::size_t parts) const
    {
        return parts * static_cast<std::size_t>(rank) / static_cast<std::size_t>(world());
    }

    // A part as it crosses ranks: its score, then its gradient's values parameter by parameter.
    std::size_t partBytes() const { return sizeof(double) + sizeof(std::uint64_t) + gradientValues_ * sizeof(float); }

    // This rank's parts (`scores`, gradients on the model and its replicas) to every rank and theirs to
    // it; the model's gradient becomes the sum of all parts', added in the parts' order as one process does.
    BatchScore addEveryRanksParts(std::vector<torch::Tensor>& gradients, const std::vector<BatchScore>& scores, std::size_t parts)
    {
        std::string mine(mostOwnParts_ * partBytes(), '\0'); // a rank with fewer parts sends zeros after them
        for (std::size_t q = 0; q < scores.size(); ++q) {
            char* at = mine.data() + q * partBytes();
            const std::uint64_t correct = scores[q].correct;
            std::memcpy(at, &scores[q].lossSum, sizeof(double));
            std::memcpy(at + sizeof(double), &correct, sizeof correct);
            at += sizeof(double) + sizeof correct;
            for (const torch::Tensor& parameter : (q == 0 ? model_ : replicas_[q - 1])->parameters()) {
                const torch::Tensor gradient = parameter.grad().contiguous();
                const std::size_t bytes = static_cast<std::size_t>(gradient.numel()) * sizeof(float);
                std::memcpy(at, gradient.data_ptr<float>(), bytes);
                at += bytes;
            }
        }
        const std::string every = ranks_->allGather(mine);
        BatchScore total;
        for (torch::Tensor& gradient : gradients)
            gradient.zero_();
        for (int r = 0; r < world(); ++r) {
            const std::size_t theirs = firstPartOf(r + 1, parts) - firstPartOf(r, parts);
            for (std::size_t q = 0; q < theirs; ++q) {
                const char* at = every.data() + (static_cast<std::size_t>(r) * mostOwnParts_ + q) * partBytes();
                double lossSum = 0.0;
                std::uint64_t correct = 0;
                std::memcpy(&lossSum, at, sizeof lossSum);
                std::memcpy(&correct, at + sizeof lossSum, sizeof correct);
                total.lossSum += lossSum;
                total.correct += static_cast<std::size_t>(correct);
                at += sizeof lossSum + sizeof correct;
                for (torch::Tensor& gradient : gradients) {
                    gradient.add_(torch::from_blob(const_cast<char*>(at), gradient.sizes(), torch::kFloat32));
                    at += static_cast<std::size_t>(gradient.numel()) * sizeof(float);
                }
            }
        }
        return total;
    }

    ConvClassifier& model_;
    std::size_t shards_;
    RankGroup* ranks_;                ///< null in one process
    std::size_t mostOwnParts_ = 1;    ///< the most parts of a batch one rank runs
    std::size_t gradientValues_ = 0;  ///< the model's weights, counted
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
                     const CancelToken* cancel, RankGroup* ranks)
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
    const bool dataParallel = ranks && ranks->size() > 1;
    if (dataParallel) {
        // The ranks train one network in step: the same rows, labels and settings, or none starts.
        const std::string labels(static_cast<const char*>(data.labels.contiguous().data_ptr()), static_cast<std::size_t>(data.labels.numel()) * sizeof(std::int64_t));
        ranks->agree("training set of " + record.name,
                     Sha256::hex(std::to_string(rows) + "/" + std::to_string(model->inputLength()) + "/" + std::to_string(model->classes()) + "/"
                                 + std::to_string(seed) + "/" + std::to_string(settings.shards) + "/" + labels));
    }
    ShardedBatches shards(model, settings.shards, ranks);
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
            const BatchScore score = settings.shards > 1 || dataParallel ? shards.step(indices, data)
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
