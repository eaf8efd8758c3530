// Hierarchy: its records, prediction and search, written over the networks of a HierarchyModel (the
// forward passes run in the learned module); training and loading hand the network work to the module.
#include "learned/Hierarchy.h"

#include "core/Error.h"
#include "core/Files.h"
#include "core/Limits.h"
#include "core/Sha256.h"
#include "core/VectorMath.h"
#include "learned/Evaluation.h"
#include "learned/LearnedModule.h"
#include "learned/Serialization.h"
#include "search/ExactRanking.h"
#include "data/Formats.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <map>

namespace nnscope {
namespace {

constexpr std::int64_t kPredictionBlock = 1024;

// A model folder that is missing may be retired beside its path by a run that died while replacing it.
void restoreIfInterrupted(const std::string& directory)
{
    std::error_code error;
    if (!std::filesystem::exists(directory, error))
        StagingDirectory::recover(directory);
}

// Classes sorted by descending probability (ties: smaller index).
std::vector<std::pair<float, std::int64_t>> ranked(const float* probabilities, std::int64_t classes)
{
    std::vector<std::pair<float, std::int64_t>> order(static_cast<std::size_t>(classes));
    for (std::int64_t c = 0; c < classes; ++c)
        order[static_cast<std::size_t>(c)] = {probabilities[c], c};
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    return order;
}

void checkQueries(MatrixView queries, std::size_t dim)
{
    if (queries.rows > 0 && queries.dim != dim)
        throw Error("queries have dimension " + std::to_string(queries.dim) + " but the hierarchy was trained on "
                    + std::to_string(dim));
}

void validate(const Dataset& data, const HierarchySettings& settings)
{
    checkHierarchySettings(settings, limits::maxThreads());
    if (data.rows() < 2)
        throw Error("the hierarchy needs at least two rows");
    checkKMeans(data.view(), settings.kmeans);
}

} // namespace

HierarchyModel::~HierarchyModel() = default;
ClassifierModel::~ClassifierModel() = default;

std::vector<float> HierarchyModel::layer2Inputs(std::uint32_t cluster, MatrixView queries, bool normaliseCentroid) const
{
    const std::size_t dim = data->dim();
    std::vector<float> centroid(clustering.centroid(cluster), clustering.centroid(cluster) + dim);
    if (normaliseCentroid)
        normalise(centroid.data(), dim);
    std::vector<float> inputs(queries.rows * 2 * dim);
    for (std::size_t q = 0; q < queries.rows; ++q) {
        std::copy_n(queries.row(q), dim, inputs.begin() + static_cast<std::ptrdiff_t>(q * 2 * dim));
        std::copy(centroid.begin(), centroid.end(), inputs.begin() + static_cast<std::ptrdiff_t>(q * 2 * dim + dim));
    }
    return inputs;
}

Hierarchy::Hierarchy(std::unique_ptr<HierarchyModel> model) : model_(std::move(model)) {}
Hierarchy::Hierarchy(Hierarchy&&) noexcept = default;
Hierarchy& Hierarchy::operator=(Hierarchy&&) noexcept = default;
Hierarchy::~Hierarchy() = default;

void Hierarchy::checkTraining(const Dataset& data, const HierarchySettings& settings, int ranks)
{
    // Settings and the memory budget fail before k-means: layer 2's weights grow with the rows each
    // cluster holds, so their total depends on rows and dimension, not on how k-means splits them.
    validate(data, settings);
    checkMemoryBudget(settings, data.dim(), evenClusterSizes(data.rows(), settings.kmeans.clusters), ranks);
}

Hierarchy::Estimate Hierarchy::estimateTraining(std::size_t rows, std::size_t dim, const HierarchySettings& settings)
{
    const std::size_t clusters = std::max<std::size_t>(settings.kmeans.clusters, 1);
    const std::vector<std::size_t> sizes(clusters, rows / clusters);
    Estimate estimate;
    estimate.cost = hierarchyCost(settings.model, dim, sizes);
    estimate.epochSeconds = trainingFlopsPerEpoch(settings.model, dim, sizes, settings.layer2) / learnedModule().matrixMultiplyRate();
    estimate.maxTrainSeconds = estimate.epochSeconds * static_cast<double>(std::max(settings.layer1.maxEpochs, settings.layer2.maxEpochs));
    return estimate;
}

KMeansResult Hierarchy::cluster(const Dataset& data, const HierarchySettings& settings, const TrainingObserver& observer,
                                const CancelToken* cancel)
{
    if (observer) {
        TrainingProgress progress;
        progress.phase = TrainingProgress::Phase::Clustering;
        observer(progress);
    }
    KMeansSettings kmeansSettings = settings.kmeans;
    kmeansSettings.seed = settings.seed;
    return kmeans(data.view(), kmeansSettings, cancel);
}

Hierarchy Hierarchy::train(std::shared_ptr<const Dataset> data, const HierarchySettings& settings,
                           const TrainingObserver& observer, const CancelToken* cancel)
{
    if (!data)
        throw Error("no dataset");
    checkTraining(*data, settings);
    return train(data, cluster(*data, settings, observer, cancel), settings, observer, cancel);
}

Hierarchy Hierarchy::train(std::shared_ptr<const Dataset> data, const KMeansResult& clustering,
                           const HierarchySettings& settings, const TrainingObserver& observer, const CancelToken* cancel)
{
    return std::move(*trainOn(std::move(data), clustering, settings, observer, cancel, nullptr));
}

std::optional<Hierarchy> Hierarchy::trainAcrossRanks(std::shared_ptr<const Dataset> data, const HierarchySettings& settings,
                                                     RankGroup& ranks, const TrainingObserver& observer)
{
    if (!data)
        throw Error("no dataset");
    checkTraining(*data, settings, ranks.size());
    ranks.agree("data", data->fingerprint());
    ranks.agree("settings", Sha256::hex(Json(settings).dump()));
    try {
        const KMeansResult clustering = cluster(*data, settings, observer, &ranks.lost());
        // k-means is deterministic for a seed, but a rank on another machine may run other BLAS kernels.
        ranks.agree("clusterings", Sha256::hex(Json(clustering.assignment).dump()));
        return trainOn(std::move(data), clustering, settings, observer, &ranks.lost(), &ranks);
    } catch (const Cancelled&) {
        throw Error(ranks.lostReason());
    }
}

std::optional<Hierarchy> Hierarchy::trainOn(std::shared_ptr<const Dataset> data, const KMeansResult& clustering,
                                            const HierarchySettings& settings, const TrainingObserver& observer,
                                            const CancelToken* cancel, RankGroup* ranks)
{
    if (!data)
        throw Error("no dataset");
    validate(*data, settings);
    if (clustering.dim != data->dim() || clustering.assignment.size() != data->rows())
        throw Error("the clustering does not belong to this dataset");
    checkMemoryBudget(settings, data->dim(), clustering.sizes, ranks ? ranks->size() : 1);

    std::unique_ptr<HierarchyModel> model = learnedModule().trainHierarchy(std::move(data), clustering, settings, observer, cancel, ranks);
    if (!model)
        return std::nullopt; // a rank other than 0: its models went to rank 0
    Hierarchy hierarchy(std::move(model));
    hierarchy.model_->accuracy = evaluateAccuracy(hierarchy, sampleEvaluationRows(hierarchy.plan(), settings));
    if (observer) {
        TrainingProgress done;
        done.phase = TrainingProgress::Phase::Done;
        done.fraction = 1.0;
        done.fractionSettled = true;
        observer(done);
    }
    return hierarchy;
}

void Hierarchy::save(const std::string& directory) const { model_->save(directory); }

Hierarchy Hierarchy::load(const std::string& directory, std::shared_ptr<const Dataset> data)
{
    if (!data)
        throw Error("no dataset");
    restoreIfInterrupted(directory);
    return Hierarchy(learnedModule().loadHierarchy(directory, std::move(data)));
}

std::optional<DatasetSpec> savedDatasetSpec(const std::string& directory)
{
    restoreIfInterrupted(directory);
    Json manifest;
    try {
        // Only the dataset's entry is kept: the rest (up to 64 MiB of it) is read past, not built.
        manifest = Json::parse(readWholeFile(directory + "/" + kManifestName, kManifestLimit, false),
                               [](int depth, Json::parse_event_t event, Json& parsed) {
                                   return depth != 1 || event != Json::parse_event_t::key || parsed == "dataset";
                               });
        // Models saved before the origin was recorded, or trained on data built in memory, have none.
        const Json origin = manifest.at("dataset").value("origin", Json());
        if (origin.is_null())
            return std::nullopt;
        return DatasetSpec{jsonField<std::string>(origin, "data"), parseDataFormat(jsonField<std::string>(origin, "format")),
                           jsonField<std::size_t>(origin, "words"), origin.contains("pca") ? jsonField<std::size_t>(origin, "pca") : 0};
    } catch (const std::exception& error) { // JSON errors and an unknown format name alike
        throw Error("cannot read '" + directory + "/" + kManifestName + "': " + error.what());
    }
}

const Dataset& Hierarchy::dataset() const { return *model_->data; }
const HierarchySettings& Hierarchy::settings() const { return model_->settings; }
const KMeansResult& Hierarchy::clustering() const { return model_->clustering; }
const TrainingPlan& Hierarchy::plan() const { return model_->plan; }
const ModelRecord& Hierarchy::layer1Record() const { return model_->layer1Record; }
std::shared_ptr<const ClassifierModel> Hierarchy::layer1Classifier() const { return model_->layer1Classifier(); }
const std::vector<ModelRecord>& Hierarchy::layer2Records() const { return model_->layer2Records; }
const AccuracyReport& Hierarchy::accuracy() const { return model_->accuracy; }
double Hierarchy::trainSeconds() const { return model_->trainSeconds; }
std::uint64_t Hierarchy::parameterCount() const { return model_->parameterCount(); }

HierarchyCost Hierarchy::cost() const
{
    return hierarchyCost(model_->settings.model, model_->data->dim(), model_->clustering.sizes);
}

std::vector<std::vector<ClusterGuess>> Hierarchy::predictClusters(MatrixView queries, std::size_t top) const
{
    checkQueries(queries, model_->data->dim());
    const std::int64_t classes = model_->classes(0);
    top = std::min<std::size_t>(top, static_cast<std::size_t>(classes));
    std::vector<std::vector<ClusterGuess>> guesses(queries.rows);
    std::vector<float> probabilities;
    for (std::size_t first = 0; first < queries.rows; first += kPredictionBlock) {
        const auto count = std::min<std::int64_t>(kPredictionBlock, static_cast<std::int64_t>(queries.rows - first));
        probabilities.resize(static_cast<std::size_t>(count * classes));
        model_->probabilities(0, queries.row(first), count, probabilities.data());
        for (std::int64_t b = 0; b < count; ++b) {
            const auto order = ranked(probabilities.data() + b * classes, classes);
            auto& out = guesses[first + static_cast<std::size_t>(b)];
            for (std::size_t r = 0; r < top; ++r)
                out.push_back({static_cast<std::uint32_t>(order[r].second), order[r].first});
        }
    }
    return guesses;
}

std::vector<std::vector<MemberGuess>> Hierarchy::predictMembers(std::uint32_t cluster, MatrixView queries,
                                                                std::size_t top, bool normaliseCentroid,
                                                                const std::vector<std::int64_t>* excluded) const
{
    checkQueries(queries, model_->data->dim());
    if (cluster >= model_->layer2Records.size())
        throw Error("cluster " + std::to_string(cluster) + " does not exist (" + std::to_string(model_->layer2Records.size())
                    + " clusters)");
    const std::vector<std::size_t>& members = model_->plan.members[cluster];
    const std::int64_t classes = model_->classes(cluster + 1);
    const std::vector<float> inputs = model_->layer2Inputs(cluster, queries, normaliseCentroid);
    std::vector<std::vector<MemberGuess>> guesses(queries.rows);
    std::vector<float> probabilities;
    for (std::size_t first = 0; first < queries.rows; first += kPredictionBlock) {
        const auto count = std::min<std::int64_t>(kPredictionBlock, static_cast<std::int64_t>(queries.rows - first));
        probabilities.resize(static_cast<std::size_t>(count * classes));
        model_->probabilities(cluster + 1, inputs.data() + first * 2 * model_->data->dim(), count, probabilities.data());
        for (std::int64_t b = 0; b < count; ++b) {
            const std::size_t q = first + static_cast<std::size_t>(b);
            auto& out = guesses[q];
            for (const auto& [probability, position] : ranked(probabilities.data() + b * classes, classes)) {
                if (out.size() == top)
                    break;
                const auto row = static_cast<std::int64_t>(members[static_cast<std::size_t>(position)]);
                if (excluded && (*excluded)[q] == row)
                    continue;
                out.push_back({static_cast<std::uint32_t>(position), row, probability});
            }
        }
    }
    return guesses;
}
Neighbors Hierarchy::search(MatrixView queries, std::size_t k, const ProbeSettings& probe, Metric metric,
                            const std::vector<std::int64_t>* excluded) const
{
    if (k == 0 || probe.clusters == 0 || probe.perCluster == 0)
        throw Error("k, probed clusters and members per cluster must each be at least 1");
    const auto clusters = predictClusters(queries, probe.clusters);

    // Route: for each cluster, the queries that probe it, with their layer-1 probability.
    struct Routed {
        std::size_t query;
        float probability;
    };
    std::map<std::uint32_t, std::vector<Routed>> byCluster;
    for (std::size_t q = 0; q < queries.rows; ++q)
        for (const ClusterGuess& guess : clusters[q])
            byCluster[guess.cluster].push_back({q, guess.probability});

    struct Candidate {
        std::int64_t row;
        double score; // layer-1 × layer-2 probability
    };
    std::vector<std::vector<Candidate>> candidates(queries.rows);
    const std::size_t dim = model_->data->dim();
    for (const auto& [cluster, routed] : byCluster) {
        std::vector<float> subset(routed.size() * dim);
        std::vector<std::int64_t> subsetExcluded(routed.size(), -1);
        for (std::size_t i = 0; i < routed.size(); ++i) {
            std::copy_n(queries.row(routed[i].query), dim, subset.begin() + static_cast<std::ptrdiff_t>(i * dim));
            if (excluded)
                subsetExcluded[i] = (*excluded)[routed[i].query];
        }
        const auto members = predictMembers(cluster, {subset.data(), routed.size(), dim}, probe.perCluster,
                                            model_->settings.normaliseTestCentroid, &subsetExcluded);
        for (std::size_t i = 0; i < routed.size(); ++i)
            for (const MemberGuess& guess : members[i])
                candidates[routed[i].query].push_back({guess.row, double(routed[i].probability) * guess.probability});
    }

    Neighbors result(queries.rows, k);
    ExactRanking ranking(metric, model_->data->view()); // re-ranking: the one exact re-rank every searcher uses
    for (std::size_t q = 0; q < queries.rows; ++q) {
        if (probe.rerank) {
            ranking.reset(queries.row(q));
            for (const Candidate& candidate : candidates[q])
                ranking.add(static_cast<std::size_t>(candidate.row));
            ranking.writeBest(result, q);
            continue;
        }
        std::vector<std::pair<double, std::int64_t>> order; // (−probability, row): most probable first
        for (const Candidate& candidate : candidates[q])
            order.emplace_back(-candidate.score, candidate.row);
        std::sort(order.begin(), order.end());
        for (std::size_t r = 0; r < std::min(k, order.size()); ++r) {
            const std::int64_t row = order[r].second;
            result.ids[q * k + r] = row;
            result.distances[q * k + r] = static_cast<float>(
                distance(metric, model_->data->row(static_cast<std::size_t>(row)), queries.row(q), dim));
        }
    }
    return result;
}

} // namespace nnscope
