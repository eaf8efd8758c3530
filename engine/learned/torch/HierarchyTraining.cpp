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
#include <cstring>

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
                                  const std::vector<float>& heldOutRows = {}, const std::vector<std::uint32_t>& heldOutLabels = {},
                                  RankGroup* together = nullptr)
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
        trainClassifier(network, set, settings.layer1, Random::derive(settings.seed, seedstream::kLayer1Batches), record, onEpoch, cancel,
                        together);
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

// A layer-2 model from another rank: its record and weights checked against the model this rank's
// plan describes (a rank that differs is refused at rendezvous; this is the check that the bytes
// arrived whole), then kept in `spilled`, not in memory.
void receiveLayer2(const std::string& message, const HierarchySettings& settings, std::size_t dim, std::size_t members,
                   std::size_t cluster, ModelRecord& record, SpilledModels& spilled, const std::string& what)
{
    std::uint64_t entryLength = 0;
    if (message.size() < sizeof entryLength)
        throw Error(what + " arrived truncated");
    std::memcpy(&entryLength, message.data(), sizeof entryLength);
    if (entryLength > message.size() - sizeof entryLength)
        throw Error(what + " arrived truncated");
    Json entry;
    try {
        entry = Json::parse(message.substr(sizeof entryLength, entryLength));
        record = entry.get<ModelRecord>();
    } catch (const nlohmann::json::exception& error) {
        throw Error(what + " arrived malformed: " + error.what());
    }
    if (record.inputLength != 2 * dim || record.classes != members)
        throw Error(what + " arrived for another model (" + std::to_string(record.inputLength) + " inputs, " + std::to_string(record.classes)
                    + " classes; this plan has " + std::to_string(2 * dim) + " and " + std::to_string(members) + ")");
    const std::string weights = message.substr(sizeof entryLength + entryLength);
    {
        ConvClassifier check(settings.model, static_cast<std::int64_t>(2 * dim), static_cast<std::int64_t>(std::max<std::size_t>(members, 1)));
        unpackWeights(check, entry, weights, what);
    }
    spilled.add(cluster, std::move(entry), weights);
}

std::string packLayer2(const ConvClassifier& model, const ModelRecord& record)
{
    const PackedModel packed = packModel(model, record);
    const std::string entry = packed.entry.dump();
    const std::uint64_t entryLength = entry.size();
    std::string message(reinterpret_cast<const char*>(&entryLength), sizeof entryLength);
    return message + entry + packed.weights;
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
                                               const CancelToken* cancel, RankGroup* ranks)
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
    // Across ranks, each trains the models assignWorkToRanks gives it and reports its own share's
    // progress; rank 0 shows the job's. Layer 1 trains on every rank at once or on rank 0 alone
    // (layer1TrainsOnEveryRank; Trainer.h's data parallelism).
    const std::vector<ModelWork> work = trainingWork(plan, trainRowsOf, dim, settings);
    const int rank = ranks ? ranks->rank() : 0, worldSize = ranks ? ranks->size() : 1;
    const bool layer1Together = layer1TrainsOnEveryRank(settings, worldSize);
    std::vector<double> workOfModel, workOfRank(static_cast<std::size_t>(worldSize), 0.0);
    for (const ModelWork& model : work)
        workOfModel.push_back(model.workPerEpoch * static_cast<double>(model.maxEpochs));
    const double layer1Share = workOfModel[0] / static_cast<double>(worldSize);
    if (layer1Together)
        workOfModel[0] = 0.0; // every rank's share is counted below; the layer-2 models spread over the rest
    const std::vector<int> owner = assignWorkToRanks(workOfModel, worldSize);
    std::vector<ModelWork> ownWork;
    for (std::size_t m = 0; m < work.size(); ++m) {
        workOfRank[static_cast<std::size_t>(owner[m])] += workOfModel[m];
        if (m == 0 && layer1Together) {
            for (double& load : workOfRank)
                load += layer1Share;
            ownWork.push_back({work[0].phase, work[0].workPerEpoch / static_cast<double>(worldSize), work[0].maxEpochs});
        } else if (owner[m] == rank) {
            ownWork.push_back(work[m]);
        }
    }
    TrainingObserver shown = observer;
    if (ranks)
        shown = [&](const TrainingProgress& own) {
            ranks->publishProgress(own.fraction);
            if (rank != 0 || !observer)
                return;
            TrainingProgress job = own;
            job.fraction = jobFraction(*ranks, workOfRank);
            observer(job);
        };
    ProgressTracker progress(shown, ownWork);
    const auto reportEpoch = [&progress](const EpochRecord& e) { progress.epoch(e); };

    // Layer 1: every training row → its cluster.
    if (owner[0] == rank || layer1Together) {
        std::vector<float> inputs;
        std::vector<std::uint32_t> labels;
        for (std::size_t row : plan.trainRows) {
            inputs.insert(inputs.end(), data->row(row), data->row(row) + dim);
            labels.push_back(plan.clusterOf[row]);
        }
        // The test rows, scored after each epoch as a record (held-out accuracy beside training accuracy).
        // The score never steers the training, and only rank 0's record is kept: the others skip it.
        const std::vector<std::size_t> scored = rank == 0 ? plan.testRows : std::vector<std::size_t>{};
        const std::vector<float> heldOut = gatherRows(data->view(), scored);
        std::vector<std::uint32_t> heldOutLabels;
        for (std::size_t row : scored)
            heldOutLabels.push_back(plan.clusterOf[row]);
        progress.startModel(0, 1);
        impl->layer1 = trainLayer1Network({inputs.data(), labels.size(), dim}, labels, clusters, settings, impl->layer1Record,
                                          reportEpoch, cancel, heldOut, heldOutLabels, layer1Together ? ranks : nullptr);
        progress.finishModel();
        if (rank != 0)
            impl->layer1 = nullptr; // rank 0's to keep; every rank trained the same weights
    }

    // Layer 2: per cluster, its training rows (query ⧺ raw centroid) → the nearest other member.
    for (std::uint32_t c = 0; c < clusters; ++c) {
        if (owner[c + 1] != rank) {
            impl->layer2.emplace_back(nullptr); // another rank's; rank 0 receives it below
            impl->layer2Records.emplace_back();
            continue;
        }
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
        if (rank != 0) {
            ranks->send(0, c + 1, packLayer2(model, record));
            impl->layer2.emplace_back(nullptr);
            impl->layer2Records.emplace_back();
            continue;
        }
        impl->layer2.push_back(model);
        impl->layer2Records.push_back(std::move(record));
    }
    if (rank != 0)
        return nullptr;
    std::shared_ptr<SpilledModels> spilled;
    // While rank 0 waits for the others' models, its bar follows their progress (twice a second).
    auto lastShown = std::chrono::steady_clock::now() - std::chrono::seconds(1);
    const auto showWaiting = [&] {
        if (!observer || std::chrono::steady_clock::now() - lastShown < std::chrono::milliseconds(500))
            return;
        lastShown = std::chrono::steady_clock::now();
        TrainingProgress waiting;
        waiting.phase = TrainingProgress::Phase::Layer2;
        waiting.models = clusters;
        waiting.fraction = jobFraction(*ranks, workOfRank);
        observer(waiting);
    };
    for (std::uint32_t c = 0; ranks && c < clusters; ++c) {
        const int from = owner[c + 1];
        if (from == 0)
            continue;
        const std::string what = "layer 2 of cluster " + std::to_string(c) + " from rank " + std::to_string(from);
        if (!spilled)
            spilled = std::make_shared<SpilledModels>();
        receiveLayer2(ranks->receive(from, c + 1, showWaiting), settings, dim, plan.members[c].size(), c, impl->layer2Records[c], *spilled, what);
    }
    impl->spilled = spilled;

    progress.phase(TrainingProgress::Phase::Evaluating);
    impl->trainSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return impl;
}

} // namespace nnscope::torchnn
