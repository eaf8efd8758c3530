// The learned module's trainHierarchy: plan → layer 1 → layer-2 models (the engine checks the settings
// and the budget before, and evaluates after: learned/Hierarchy.cpp).
#include "core/Error.h"
#include "core/MatrixView.h"
#include "core/Random.h"
#include "learned/Augmentation.h"
#include "learned/Cost.h"
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
        // The rows read in place, not copied: they outlive the training set, and training only reads them
        // (batches are index_select copies). A copy of 990,000 rows × 100 is 396 MB.
        const torch::Tensor inputs = torch::from_blob(const_cast<float*>(rows.data),
                                                      {static_cast<std::int64_t>(rows.rows), static_cast<std::int64_t>(rows.dim)}, torch::kFloat32);
        TrainingSet set{inputs, torch::tensor(classes, torch::kInt64), {}, {}, {}};
        if (!heldOutLabels.empty()) {
            set.heldOutInputs = floatTensor(heldOutRows, static_cast<std::int64_t>(heldOutLabels.size()), static_cast<std::int64_t>(rows.dim));
            set.heldOutLabels = torch::tensor(std::vector<std::int64_t>(heldOutLabels.begin(), heldOutLabels.end()), torch::kInt64);
        }
        trainClassifier(network, set, settings.layer1, Random::derive(settings.seed, seedstream::kLayer1Batches), record, onEpoch, cancel);
    }
    return network;
}

// Each model's share of the run, in training FLOPs per epoch, in the order they train: layer 1, then
// layer 2 cluster by cluster (a model with nothing to learn does no work).
std::vector<ModelWork> trainingWork(const TrainingPlan& plan, const std::vector<std::vector<std::size_t>>& trainRowsOf,
                                    std::size_t dim, const HierarchySettings& settings)
{
    const std::size_t clusters = plan.members.size();
    std::vector<ModelWork> work;
    const bool layer1Learns = clusters > 1 && !plan.trainRows.empty();
    work.push_back({TrainingProgress::Phase::Layer1,
                    layer1Learns ? classifierTrainingFlopsPerEpoch(settings.model, dim, clusters, plan.trainRows.size(), settings.layer1) : 0.0,
                    settings.layer1.maxEpochs});
    const std::size_t copies = settings.augmentation.enabled ? settings.augmentation.copiesPerRow : 0;
    for (std::size_t c = 0; c < clusters; ++c) {
        const std::size_t members = plan.members[c].size(), rows = trainRowsOf[c].size() * (1 + copies);
        work.push_back({TrainingProgress::Phase::Layer2,
                        members > 1 && rows > 0 ? classifierTrainingFlopsPerEpoch(settings.model, 2 * dim, members, rows, settings.layer2) : 0.0,
                        settings.layer2.maxEpochs});
    }
    return work;
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

    if (observer) {
        TrainingProgress planning;
        planning.phase = TrainingProgress::Phase::Planning;
        planning.clusterSizes = clustering.sizes;
        observer(planning);
    }
    impl->plan = buildTrainingPlan(*data, clustering, settings);
    const TrainingPlan& plan = impl->plan;
    torchnn::configureRuntime(settings.threads);
    const std::size_t dim = data->dim();
    const auto clusters = static_cast<std::uint32_t>(clustering.clusters);

    // Layer 2 of cluster c: its training rows (those with a target) → the nearest other member.
    std::vector<std::vector<std::size_t>> trainRowsOf(clusters), testRowsOf(clusters);
    for (std::size_t row : plan.trainRows)
        if (!plan.withinClusterTargets[row].empty())
            trainRowsOf[plan.clusterOf[row]].push_back(row);
    for (std::size_t row : plan.testRows)
        if (!plan.withinClusterTargets[row].empty())
            testRowsOf[plan.clusterOf[row]].push_back(row);
    ProgressTracker progress(observer, trainingWork(plan, trainRowsOf, dim, settings));
    const auto reportEpoch = [&progress](const EpochRecord& e) { progress.epoch(e); };

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
        progress.startModel(0, 1);
        impl->layer1 = trainLayer1Network({inputs.data(), labels.size(), dim}, labels, clusters, settings, impl->layer1Record,
                                          reportEpoch, cancel, heldOut, heldOutLabels);
        progress.finishModel();
    }

    // Layer 2: per cluster, its training rows (query ⧺ raw centroid) → the nearest other member.
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
        progress.startModel(c, clusters);
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
                                     reportEpoch, cancel);
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
