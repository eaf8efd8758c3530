// The learned module's trainHierarchy: plan → layer 1 → layer-2 models (the engine checks the settings
// and the budget before, and evaluates after: learned/Hierarchy.cpp).
#include "core/Error.h"
#include "core/MatrixView.h"
#include "core/Random.h"
#include "learned/Augmentation.h"
#include "learned/torch/TorchHierarchy.h"
#include "learned/torch/Runtime.h"
#include "learned/torch/Trainer.h"

#include <chrono>

namespace nnscope::torchnn {
namespace {

torch::Tensor floatTensor(std::vector<float> values, std::int64_t rows, std::int64_t cols)
{
    return torch::from_blob(values.data(), {rows, cols}, torch::kFloat32).clone();
}

// Emits progress with the overall fraction, weighting each model by its training rows.
class ProgressTracker {
public:
    ProgressTracker(const TrainingObserver& observer, double totalWeight) : observer_(observer), total_(totalWeight) {}

    void phase(TrainingProgress::Phase phase, std::vector<std::size_t> clusterSizes = {})
    {
        current_ = {};
        current_.phase = phase;
        current_.clusterSizes = std::move(clusterSizes);
        emit();
        current_.clusterSizes.clear();
    }
    void startModel(TrainingProgress::Phase phase, std::size_t model, std::size_t models, std::size_t maxEpochs, double weight)
    {
        current_ = {};
        current_.phase = phase;
        current_.model = model;
        current_.models = models;
        current_.maxEpochs = maxEpochs;
        weight_ = weight;
        emit();
    }
    void epoch(const EpochRecord& record)
    {
        current_.epoch = record.epoch;
        current_.loss = record.loss;
        current_.accuracy = record.accuracy;
        current_.heldOutAccuracy = record.heldOutAccuracy;
        emit();
    }
    void finishModel() { done_ += weight_; weight_ = 0.0; }

private:
    void emit()
    {
        if (!observer_)
            return;
        const double partial = current_.maxEpochs ? weight_ * double(current_.epoch) / double(current_.maxEpochs) : 0.0;
        current_.fraction = total_ > 0.0 ? std::min(1.0, (done_ + partial) / total_) : 0.0;
        observer_(current_);
    }

    const TrainingObserver& observer_;
    double total_;
    double done_ = 0.0;
    double weight_ = 0.0;
    TrainingProgress current_;
};

// Layer 1 as the paper trains it: rows → their cluster, the layer-1 trainer settings and seed streams.
ConvClassifier trainLayer1Network(MatrixView rows, const std::vector<std::uint32_t>& labels, std::size_t clusters,
                                  const HierarchySettings& settings, ModelRecord& record,
                                  const std::function<void(const EpochRecord&)>& onEpoch, const CancelToken* cancel,
                                  const std::vector<float>& heldOutRows = {}, const std::vector<std::uint32_t>& heldOutLabels = {})
{
    if (labels.size() != rows.rows)
        throw Error("layer 1: every training row needs its cluster");
    for (std::uint32_t label : labels)
        if (label >= clusters)
            throw Error("layer 1: a training row's cluster is out of range");
    torch::manual_seed(Random::derive(settings.seed, seedstream::kLayer1Init));
    ConvClassifier network(settings.model, static_cast<std::int64_t>(rows.dim), static_cast<std::int64_t>(clusters));
    record.name = "layer1";
    record.inputLength = rows.dim;
    record.classes = clusters;
    record.trainRows = labels.size();
    if (clusters > 1 && !labels.empty()) {
        const std::vector<std::int64_t> classes(labels.begin(), labels.end());
        // One copy of the rows, into the tensor (from_blob reads them in place; clone owns its copy).
        const torch::Tensor inputs = torch::from_blob(const_cast<float*>(rows.data),
                                                      {static_cast<std::int64_t>(rows.rows), static_cast<std::int64_t>(rows.dim)}, torch::kFloat32)
                                         .clone();
        TrainingSet set{inputs, torch::tensor(classes, torch::kInt64), {}, {}, {}};
        if (!heldOutLabels.empty()) {
            set.heldOutInputs = floatTensor(heldOutRows, static_cast<std::int64_t>(heldOutLabels.size()), static_cast<std::int64_t>(rows.dim));
            set.heldOutLabels = torch::tensor(std::vector<std::int64_t>(heldOutLabels.begin(), heldOutLabels.end()), torch::kInt64);
        }
        trainClassifier(network, set, settings.layer1, Random::derive(settings.seed, seedstream::kLayer1Batches), record, onEpoch, cancel);
    }
    return network;
}

} // namespace

std::unique_ptr<ClassifierModel> trainLayer1(MatrixView rows, const std::vector<std::uint32_t>& labels, std::size_t clusters,
                                             const HierarchySettings& settings, ModelRecord& record,
                                             const std::function<void(const EpochRecord&)>& onEpoch, const CancelToken* cancel)
{
    configureRuntime(settings.threads);
    return std::make_unique<TorchClassifier>(trainLayer1Network(rows, labels, clusters, settings, record, onEpoch, cancel));
}

std::unique_ptr<HierarchyModel> trainHierarchy(std::shared_ptr<const Dataset> data, const KMeansResult& clustering,
                                               const HierarchySettings& settings, const TrainingObserver& observer,
                                               const CancelToken* cancel)
{
    const auto started = std::chrono::steady_clock::now();
    auto impl = std::make_unique<TorchHierarchy>();
    impl->data = data;
    impl->settings = settings;
    impl->settings.kmeans.clusters = clustering.clusters;
    impl->clustering = clustering;

    ProgressTracker progress(observer, 2.0 * static_cast<double>(data->rows()));
    progress.phase(TrainingProgress::Phase::Planning, clustering.sizes);
    impl->plan = buildTrainingPlan(*data, clustering, settings);
    const TrainingPlan& plan = impl->plan;
    torchnn::configureRuntime(settings.threads);
    const std::size_t dim = data->dim();
    const auto clusters = static_cast<std::uint32_t>(clustering.clusters);

    // Layer 1: every training row → its cluster.
    {
        std::vector<float> inputs;
        std::vector<std::uint32_t> labels;
        for (std::size_t row : plan.trainRows) {
            inputs.insert(inputs.end(), data->row(row), data->row(row) + dim);
            labels.push_back(plan.clusterOf[row]);
        }
        // The test rows, scored after each epoch as a record (held-out accuracy beside training accuracy).
        const std::vector<float> heldOut = gatherRows(data->view(), plan.testRows);
        std::vector<std::uint32_t> heldOutLabels;
        for (std::size_t row : plan.testRows)
            heldOutLabels.push_back(plan.clusterOf[row]);
        progress.startModel(TrainingProgress::Phase::Layer1, 0, 1, settings.layer1.maxEpochs, double(labels.size()));
        impl->layer1 = trainLayer1Network({inputs.data(), labels.size(), dim}, labels, clusters, settings, impl->layer1Record,
                                          [&](const EpochRecord& e) { progress.epoch(e); }, cancel, heldOut, heldOutLabels);
        progress.finishModel();
    }

    // Layer 2: per cluster, its training rows (query ⧺ raw centroid) → the nearest other member.
    std::vector<std::vector<std::size_t>> trainRowsOf(clusters), testRowsOf(clusters);
    for (std::size_t row : plan.trainRows)
        if (!plan.withinClusterTargets[row].empty())
            trainRowsOf[plan.clusterOf[row]].push_back(row);
    for (std::size_t row : plan.testRows)
        if (!plan.withinClusterTargets[row].empty())
            testRowsOf[plan.clusterOf[row]].push_back(row);
    for (std::uint32_t c = 0; c < clusters; ++c) {
        const std::vector<std::size_t>& members = plan.members[c];
        const std::vector<std::size_t>& rows = trainRowsOf[c];
        std::vector<float> queries;
        std::vector<std::int64_t> labels;
        for (std::size_t row : rows) {
            queries.insert(queries.end(), data->row(row), data->row(row) + dim);
            labels.push_back(plan.withinClusterTargets[row].front());
        }
        ModelRecord record;
        record.name = "layer2/" + std::to_string(c);
        record.inputLength = 2 * dim;
        record.classes = members.size();
        if (settings.augmentation.enabled) {
            const AugmentedRows extra = augmentCluster(*data, members, rows, settings.augmentation, plan.targetMetric,
                                                       Random::derive(settings.seed, seedstream::kAugmentation + c));
            queries.insert(queries.end(), extra.vectors.begin(), extra.vectors.end());
            labels.insert(labels.end(), extra.targets.begin(), extra.targets.end());
            record.augmentedRows = extra.targets.size();
        }
        record.trainRows = labels.size();
        const std::vector<float> inputs = impl->layer2Inputs(c, {queries.data(), labels.size(), dim}, false);

        torch::manual_seed(Random::derive(settings.seed, seedstream::kLayer2Init + c));
        torchnn::ConvClassifier model(settings.model, static_cast<std::int64_t>(2 * dim),
                                      static_cast<std::int64_t>(std::max<std::size_t>(members.size(), 1)));
        progress.startModel(TrainingProgress::Phase::Layer2, c, clusters, settings.layer2.maxEpochs, double(rows.size()));
        if (!labels.empty() && members.size() > 1) {
            torchnn::TrainingSet set{floatTensor(inputs, static_cast<std::int64_t>(labels.size()), static_cast<std::int64_t>(2 * dim)),
                                     torch::tensor(labels, torch::kInt64), {}, {}, {}};
            // The cluster's test rows, in the form the deployed model reads them, scored after each epoch.
            if (!testRowsOf[c].empty()) {
                const std::vector<float> tests = gatherRows(data->view(), testRowsOf[c]);
                std::vector<std::int64_t> targets;
                for (std::size_t row : testRowsOf[c])
                    targets.push_back(plan.withinClusterTargets[row].front());
                const std::vector<float> testInputs = impl->layer2Inputs(c, {tests.data(), targets.size(), dim}, true);
                set.heldOutInputs = floatTensor(testInputs, static_cast<std::int64_t>(targets.size()), static_cast<std::int64_t>(2 * dim));
                set.heldOutLabels = torch::tensor(targets, torch::kInt64);
            }
            if (settings.augmentation.enabled && settings.augmentation.classBalanced)
                set.sampleWeights = classBalancedWeights(labels);
            torchnn::trainClassifier(model, set, settings.layer2, Random::derive(settings.seed, seedstream::kLayer2Batches + c), record,
                                     [&](const EpochRecord& e) { progress.epoch(e); }, cancel);
        }
        progress.finishModel();
        impl->layer2.push_back(model);
        impl->layer2Records.push_back(std::move(record));
    }

    progress.phase(TrainingProgress::Phase::Evaluating);
    impl->trainSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return impl;
}

} // namespace nnscope::torchnn
