#include "experiments/Experiment.h"

#include "experiments/Measurement.h"

#include "cluster/KMeans.h"
#include "core/Error.h"
#include "core/Sha256.h"
#include "experiments/ResultsJson.h"
#include "learned/Evaluation.h"
#include "learned/Hierarchy.h"
#include "learned/LearnedModule.h"
#include "partition/Methods.h"
#include "systems/SystemRegistry.h"

#include <algorithm>
#include <map>
#include <sstream>

namespace nnscope {
namespace {

using StageObserver = std::function<void(const Stage&, const TrainingProgress&)>;

void announce(const StageObserver& observer, const Stage& stage)
{
    if (!observer)
        return;
    TrainingProgress progress;
    progress.phase = TrainingProgress::Phase::Evaluating;
    observer(stage, progress);
}

} // namespace

double twinLayer2Accuracy(const Dataset& data, const KMeansResult& clustering, const TrainingPlan& plan, Metric metric,
                          const QuerySet& queries, std::size_t topTargets)
{
    PartitionedSearcher twin("twin", [&clustering](const Dataset&, Metric, const CancelToken*) { return centroidPartition(clustering, "twin"); }, 1);
    twin.build(data, metric);
    const Neighbors found = twin.search(queries.view(), topTargets, {&queries.self});
    const std::vector<std::int64_t> nearest = queries.nearest();
    std::size_t hits = 0;
    for (std::size_t q = 0; q < queries.size(); ++q) {
        const std::int64_t top = found.id(q, 0);
        if (plan.protocol == Protocol::Paper)
            hits += top >= 0 && paperLayer2Hit(plan.withinClusterTargets[queries.rows[q]], plan.positionOf[static_cast<std::size_t>(top)]);
        else
            hits += correctedLayer2Hit({found.ids.begin() + static_cast<std::ptrdiff_t>(q * found.k),
                                        found.ids.begin() + static_cast<std::ptrdiff_t>((q + 1) * found.k)},
                                       nearest[q]);
    }
    return queries.size() == 0 ? 0.0 : static_cast<double>(hits) / static_cast<double>(queries.size());
}

namespace {

// A grid point the dataset can hold: checked before any work (a mistake in the grid, not a limit).
void checkGridShape(const Dataset& data, GridPoint point)
{
    if (point.words > data.rows())
        throw Error("the grid asks for " + std::to_string(point.words) + " words but " + data.source() + " has "
                    + std::to_string(data.rows()) + " (use --grid with at most that many)");
    if (point.clusters > point.words)
        throw Error("the grid asks for " + std::to_string(point.clusters) + " clusters of " + std::to_string(point.words) + " words");
}

// Step 1: the setting's queries (the sample its hierarchy was scored on) and their exact truth.
QuerySet settingQueries(const Hierarchy& hierarchy, const ExperimentSettings& settings)
{
    const Dataset& data = hierarchy.dataset();
    const TrainingPlan& plan = hierarchy.plan();
    const std::size_t k = std::min(settings.recallK, data.rows() - 1);
    QuerySet queries = makeQuerySet(data, hierarchy.accuracy().queryRows, plan.targetMetric, k);
    // Table 1's truth under the paper's protocol: the stored within-cluster (cosine) nearest neighbour.
    if (plan.protocol == Protocol::Paper)
        for (std::size_t q = 0; q < queries.size(); ++q) {
            const std::size_t row = queries.rows[q];
            const auto& targets = plan.withinClusterTargets[row];
            queries.truth[q] = plan.rowAt(plan.clusterOf[row], targets.empty() ? plan.positionOf[row] : targets.front());
        }
    return queries;
}

// Step 2: every system of the roster, each built once per distinct build (specs differing only in
// their probes share one), measured on the same queries.
std::vector<SystemResult> measureRoster(const std::vector<std::string>& roster, const SystemResources& context, const Dataset& data,
                                        Metric metric, const QuerySet& queries, const StageObserver& observer,
                                        const CancelToken* cancel)
{
    std::map<std::string, BuiltSystem> builds;
    std::vector<SystemResult> results;
    for (const std::string& spec : roster) {
        const ResolvedSystem system = resolveSystem(spec);
        // A system that needs a hierarchy this run did not train (with or without augmentation) is left out.
        if (!availableIn(system, context))
            continue;
        announce(observer, {Stage::Kind::Measuring, system.label});
        auto built = builds.find(system.buildLabel);
        if (built == builds.end())
            built = builds.emplace(system.buildLabel, buildSystem(system, context, data, metric, cancel)).first;
        results.push_back(measureSystem(system, built->second, context, data, queries, cancel).result);
    }
    return results;
}

// Step 3: a hierarchy's accuracy figures and imbalance on the setting's queries — those it was scored
// on at the end of training, when they are the same rows (the usual case); otherwise scored again
// against the shared truth.
LearnedResult describeLearned(const std::string& name, const Hierarchy& hierarchy, const QuerySet& queries,
                              const ExperimentSettings& settings)
{
    LearnedResult result;
    result.name = name;
    result.accuracy = hierarchy.accuracy().queryRows == queries.rows ? hierarchy.accuracy()
                                                                     : evaluateAccuracy(hierarchy, queries.rows, queries.nearest());
    const bool bothDraws = settings.paperEvaluations.size() > 1;
    if (hierarchy.plan().protocol == Protocol::Paper && bothDraws && hierarchy.settings().paperEvaluation != PaperEvaluation::InSample) {
        HierarchySettings inSample = hierarchy.settings();
        inSample.paperEvaluation = PaperEvaluation::InSample;
        result.inSampleAccuracy = evaluateAccuracy(hierarchy, sampleEvaluationRows(hierarchy.plan(), inSample));
    }
    result.imbalance = layer2Imbalance(hierarchy, result.accuracy);
    result.trainSeconds = hierarchy.trainSeconds();
    result.cost = hierarchy.cost();
    result.layer1Epochs = hierarchy.layer1Record().history.size();
    double epochs = 0.0;
    for (const ModelRecord& record : hierarchy.layer2Records())
        epochs += static_cast<double>(record.history.size());
    result.meanLayer2Epochs = hierarchy.layer2Records().empty() ? 0.0 : epochs / static_cast<double>(hierarchy.layer2Records().size());
    return result;
}

// One setting from its clustering: train, then measure.
SettingResult trainAndMeasure(std::shared_ptr<const Dataset> data, const KMeansResult& clustering, Protocol protocol,
                              const ExperimentSettings& settings, const StageObserver& observer, const CancelToken* cancel)
{
    const HierarchySettings hierarchySettings = settings.hierarchySettings(protocol, clustering.clusters);
    const auto report = [&observer](Stage::Kind stage) {
        return [&observer, stage](const TrainingProgress& progress) {
            if (observer)
                observer({stage, {}}, progress);
        };
    };
    auto hierarchy = std::make_shared<const Hierarchy>(Hierarchy::train(data, clustering, hierarchySettings, report(Stage::Kind::Training), cancel));
    std::shared_ptr<const Hierarchy> augmented;
    if (settings.trainsAugmented()) {
        HierarchySettings withAugmentation = hierarchySettings;
        withAugmentation.augmentation.enabled = true;
        augmented = std::make_shared<const Hierarchy>(
            Hierarchy::train(data, clustering, withAugmentation, report(Stage::Kind::TrainingAugmented), cancel));
    }
    return measureSetting(hierarchy, augmented, settings, observer, cancel);
}

KMeansResult clusterFor(const Dataset& data, const HierarchySettings& hierarchySettings, const StageObserver& observer,
                        const CancelToken* cancel)
{
    KMeansSettings clusteringSettings = hierarchySettings.kmeans;
    clusteringSettings.seed = hierarchySettings.seed;
    if (observer)
        observer({Stage::Kind::Clustering, {}}, TrainingProgress{});
    return kmeans(data.view(), clusteringSettings, cancel);
}

} // namespace

SkippedSetting estimateSetting(const Dataset& data, GridPoint point, const ExperimentSettings& settings)
{
    const HierarchySettings hierarchy = settings.hierarchySettings(Protocol::Corrected, point.clusters);
    const Hierarchy::Estimate training = Hierarchy::estimateTraining(point.words, data.dim(), hierarchy);
    SkippedSetting estimate;
    estimate.point = point;
    estimate.parameters = training.cost.parameters();
    estimate.bytes = training.cost.bytes;
    estimate.epochSeconds = training.epochSeconds;
    estimate.maxTrainSeconds = training.maxTrainSeconds;
    try {
        checkMemoryBudget(hierarchy, data.dim(), evenClusterSizes(point.words, point.clusters), 1);
    } catch (const Error& error) {
        estimate.reason = error.what();
    }
    return estimate;
}

std::vector<std::string> defaultSystems()
{
    // layer1: the run's layer 1 routing to its clusters, scanned exactly — beside the twin, whose centroids it imitates.
    return {"exact", "random", "scann-paper", "scann", "faiss-ivf", "faiss-ivfpq", "faiss-hnsw", "twin", "layer1", "learned",
            "learned:augment=1", "learned:probes=2,per-cluster=10,rerank=1", "twin:probes=2", "layer1:probes=2",
            "learned:probes=3,per-cluster=10,rerank=1", "twin:probes=3"};
}

std::vector<std::string> withoutSystems(const std::vector<std::string>& specs, const std::function<bool(const ResolvedSystem&)>& drop)
{
    std::vector<std::string> kept;
    for (const std::string& spec : specs)
        if (!drop(resolveSystem(spec)))
            kept.push_back(spec);
    return kept;
}

std::vector<std::string> onAugmentedHierarchy(const std::vector<std::string>& specs)
{
    std::vector<std::string> labels;
    for (const std::string& spec : specs) {
        const ResolvedSystem system = resolveSystem(spec);
        std::string label = system.label;
        if (hierarchyNeed(system) == HierarchyNeed::Trained) {
            SystemSpec moved = system.spec;
            moved.set("augment", "1"); // an explicit augment=0 included
            label = resolveSystem(moved.text()).label;
        }
        if (std::find(labels.begin(), labels.end(), label) == labels.end())
            labels.push_back(label);
    }
    return labels;
}

bool usesAugmentedHierarchy(const ResolvedSystem& system)
{
    return hierarchyNeed(system) == HierarchyNeed::Augmented;
}

std::vector<GridPoint> parseGrid(const std::string& text)
{
    std::vector<GridPoint> grid;
    std::stringstream items(text);
    std::string item;
    while (std::getline(items, item, ',')) {
        const std::size_t x = item.find('x');
        try {
            if (x == std::string::npos)
                throw std::invalid_argument(item);
            std::size_t used = 0;
            const unsigned long words = std::stoul(item.substr(0, x), &used);
            if (used != x)
                throw std::invalid_argument(item);
            const std::string clustersText = item.substr(x + 1);
            const unsigned long clusters = std::stoul(clustersText, &used);
            if (used != clustersText.size() || words == 0 || clusters == 0)
                throw std::invalid_argument(item);
            grid.push_back({words, clusters});
        } catch (const std::exception&) {
            throw Error("grid item '" + item + "' is not WORDSxCLUSTERS (e.g. 2000x10)");
        }
    }
    if (grid.empty())
        throw Error("the grid is empty (expected e.g. 1000x10,2000x100)");
    return grid;
}


HierarchySettings ExperimentSettings::hierarchySettings(Protocol protocol, std::size_t clusters) const
{
    HierarchyOverrides o = overrides;
    o.clusters = clusters;
    o.evaluationQueries = queries;
    o.seed = seed;
    o.augment = false;
    const bool heldOut = std::find(paperEvaluations.begin(), paperEvaluations.end(), PaperEvaluation::LastTenPercent) != paperEvaluations.end();
    o.paperEvaluation = heldOut || paperEvaluations.empty() ? PaperEvaluation::LastTenPercent : PaperEvaluation::InSample;
    return nnscope::hierarchySettings(preset, protocol, o);
}

bool ExperimentSettings::trainsAugmented() const
{
    return std::any_of(systems.begin(), systems.end(), [](const std::string& spec) { return usesAugmentedHierarchy(resolveSystem(spec)); });
}

const SystemResult* SettingResult::system(const std::string& name) const
{
    for (const SystemResult& s : systems)
        if (s.system == name)
            return &s;
    return nullptr;
}

SettingResult measureSetting(std::shared_ptr<const Hierarchy> hierarchy, std::shared_ptr<const Hierarchy> augmented,
                             const ExperimentSettings& settings, const StageObserver& observer, const CancelToken* cancel)
{
    if (!hierarchy)
        throw Error("no trained hierarchy to measure");
    const Dataset& data = hierarchy->dataset();
    const KMeansResult& clustering = hierarchy->clustering();
    const TrainingPlan& plan = hierarchy->plan();

    SettingResult result;
    result.point = {data.rows(), clustering.clusters};
    result.protocol = plan.protocol;
    result.metric = plan.targetMetric;
    result.fingerprint = data.fingerprint();
    result.clusterSizes = clustering.sizes;
    result.warnings = clustering.warnings;

    announce(observer, {Stage::Kind::Truth, {}});
    const QuerySet queries = settingQueries(*hierarchy, settings);
    result.queryRows = queries.rows;

    // One hierarchy trained with augmentation (the studio's "Augment" run) is the augmented system.
    std::shared_ptr<const Hierarchy> plain = hierarchy;
    std::vector<std::string> roster = settings.systems;
    if (hierarchy->settings().augmentation.enabled && !augmented) {
        augmented = hierarchy;
        plain = nullptr;
        roster = onAugmentedHierarchy(roster);
    }
    SystemResources context;
    context.data = std::shared_ptr<const Dataset>(hierarchy, &data);
    context.seed = settings.seed;
    context.threads = hierarchy->settings().threads;
    context.clustering = std::shared_ptr<const KMeansResult>(hierarchy, &clustering);
    context.hierarchy = plain;
    context.augmented = augmented;
    if (plan.protocol == Protocol::Paper)
        context.randomPool = plan.testRows; // the authors drew random answers from their test table
    result.systems = measureRoster(roster, context, data, plan.targetMetric, queries, observer, cancel);
    for (const SystemResult& system : result.systems)
        for (const Notice& warning : system.warnings)
            result.warnings.push_back(warning.about(system.system));

    result.twinLayer2Accuracy = twinLayer2Accuracy(data, clustering, plan, plan.targetMetric, queries, hierarchy->settings().topTargets);
    if (plain)
        result.learned.push_back(describeLearned("learned", *plain, queries, settings));
    if (augmented)
        result.learned.push_back(describeLearned("learned:augment=1", *augmented, queries, settings));
    return result;
}

void checkExperiment(const Dataset& data, const ExperimentSettings& settings)
{
    if (settings.protocols.empty())
        throw Error("no protocol to run");
    for (const std::string& spec : settings.systems)
        resolveSystem(spec); // an unknown system fails before any work
    for (const Protocol protocol : settings.protocols)
        settings.hierarchySettings(protocol, 1); // the preset and overrides
    for (const GridPoint& point : settings.grid)
        checkGridShape(data, point);
}

namespace {

// A new result for `data` with the points that cannot fit reported with their estimated cost (never
// skipped silently); returns the points that run.
std::vector<GridPoint> startExperiment(const Dataset& data, const ExperimentSettings& settings, ExperimentResult& experiment)
{
    checkExperiment(data, settings);
    experiment.settings = settings;
    experiment.datasetSource = data.source();
    experiment.datasetFingerprint = data.fingerprint();
    std::vector<GridPoint> runnable;
    for (const GridPoint& point : settings.grid) {
        SkippedSetting estimate = estimateSetting(data, point, settings);
        if (estimate.reason.empty())
            runnable.push_back(point);
        else
            experiment.skipped.push_back(std::move(estimate));
    }
    return runnable;
}

// One grid point under every protocol, `index` counting the settings run (of `total`); each finished
// setting goes to `finished`. Cancelled propagates.
void runPoint(const std::shared_ptr<const Dataset>& data, const GridPoint& point, const ExperimentSettings& settings, std::size_t& index,
              std::size_t total, const ExperimentObserver& observer, const CancelToken* cancel,
              const std::function<void(SettingResult)>& finished)
{
    auto rows = std::make_shared<const Dataset>(data->firstRows(point.words));
    // One k-means per distinct clustering setting of this point, shared by the protocols.
    std::map<std::string, KMeansResult> clusterings;
    for (Protocol protocol : settings.protocols) {
        const auto forward = [&](const Stage& stage, const TrainingProgress& training) {
            if (!observer)
                return;
            ExperimentProgress progress;
            progress.setting = index;
            progress.settings = total;
            progress.point = point;
            progress.protocol = protocol;
            progress.stage = stage;
            progress.training = training;
            const bool measuring = stage.kind == Stage::Kind::Measuring || stage.kind == Stage::Kind::Truth;
            const double within = measuring ? 0.95 : 0.9 * training.fraction;
            progress.fraction = (static_cast<double>(index) + within) / static_cast<double>(total);
            observer(progress);
        };
        const HierarchySettings hierarchySettings = settings.hierarchySettings(protocol, point.clusters);
        KMeansSettings key = hierarchySettings.kmeans;
        const std::string clusteringKey = std::to_string(key.clusters) + "/" + std::to_string(key.nInit) + "/"
            + std::to_string(key.maxIter) + "/" + std::to_string(key.tolerance) + "/" + std::to_string(key.spherical) + "/"
            + std::to_string(hierarchySettings.seed);
        auto clustering = clusterings.find(clusteringKey);
        if (clustering == clusterings.end())
            clustering = clusterings.emplace(clusteringKey, clusterFor(*rows, hierarchySettings, forward, cancel)).first;
        SettingResult result = trainAndMeasure(rows, clustering->second, protocol, settings, forward, cancel);
        ++index;
        finished(std::move(result));
    }
}

} // namespace

ExperimentResult runExperiment(std::shared_ptr<const Dataset> data, const ExperimentSettings& settings,
                               const ExperimentObserver& observer, const std::function<void(const ExperimentResult&)>& onSetting,
                               const CancelToken* cancel)
{
    if (!data)
        throw Error("no dataset");
    ExperimentResult experiment;
    const std::vector<GridPoint> runnable = startExperiment(*data, settings, experiment);
    const std::size_t total = runnable.size() * settings.protocols.size();
    std::size_t index = 0;
    try {
        for (const GridPoint& point : runnable)
            runPoint(data, point, settings, index, total, observer, cancel, [&](SettingResult result) {
                experiment.results.push_back(std::move(result));
                if (onSetting)
                    onSetting(experiment);
            });
    } catch (const Cancelled&) {
        experiment.interrupted = true;
    }
    return experiment;
}

std::optional<ExperimentResult> runExperimentAcrossRanks(std::shared_ptr<const Dataset> data, const ExperimentSettings& settings,
                                                         RankGroup& ranks, const ExperimentObserver& observer)
{
    if (!data)
        throw Error("no dataset");
    ExperimentResult experiment;
    const std::vector<GridPoint> runnable = startExperiment(*data, settings, experiment);
    experiment.worldSize = ranks.size();
    ranks.agree("data", data->fingerprint());
    ranks.agree("settings", Sha256::hex(toJson(settings).dump()));

    // Points, not settings, are spread: the protocols of a point share its k-means.
    std::vector<double> work;
    for (const GridPoint& point : runnable)
        work.push_back(std::max(estimateSetting(*data, point, settings).maxTrainSeconds, 1e-9));
    const std::vector<int> owner = assignWorkToRanks(work, ranks.size(), false);
    std::vector<double> workOfRank(static_cast<std::size_t>(ranks.size()), 0.0);
    std::size_t total = 0;
    for (std::size_t p = 0; p < runnable.size(); ++p) {
        workOfRank[static_cast<std::size_t>(owner[p])] += work[p];
        total += owner[p] == ranks.rank() ? settings.protocols.size() : 0;
    }
    const ExperimentObserver shown = [&](const ExperimentProgress& own) {
        ranks.publishProgress(own.fraction);
        if (ranks.rank() != 0 || !observer)
            return;
        ExperimentProgress job = own;
        job.fraction = jobFraction(ranks, workOfRank);
        observer(job);
    };
    ExperimentResult mine = experiment;
    std::size_t index = 0;
    try {
        for (std::size_t p = 0; p < runnable.size(); ++p)
            if (owner[p] == ranks.rank())
                runPoint(data, runnable[p], settings, index, std::max<std::size_t>(total, 1), shown, &ranks.lost(),
                         [&](SettingResult result) { mine.results.push_back(std::move(result)); });
    } catch (const Cancelled&) {
        throw Error(ranks.lostReason());
    }
    constexpr std::uint32_t kResultsTag = 1;
    if (ranks.rank() != 0) {
        ranks.send(0, kResultsTag, toJson(mine).dump());
        return std::nullopt;
    }
    // Each rank's results come in its own point order, protocols.size() per point: joined in grid order.
    std::vector<std::vector<SettingResult>> ofRank(static_cast<std::size_t>(ranks.size()));
    ofRank[0] = std::move(mine.results);
    for (int r = 1; r < ranks.size(); ++r) {
        try {
            ofRank[static_cast<std::size_t>(r)] = experimentResultFromJson(nlohmann::json::parse(ranks.receive(r, kResultsTag))).results;
        } catch (const nlohmann::json::exception& error) {
            throw Error("rank " + std::to_string(r) + " sent results that do not parse: " + error.what());
        }
    }
    std::vector<std::size_t> next(ofRank.size(), 0);
    for (std::size_t p = 0; p < runnable.size(); ++p) {
        const auto r = static_cast<std::size_t>(owner[p]);
        for (std::size_t k = 0; k < settings.protocols.size(); ++k) {
            if (next[r] >= ofRank[r].size())
                throw Error("rank " + std::to_string(r) + " sent fewer results than its grid points");
            experiment.results.push_back(std::move(ofRank[r][next[r]++]));
        }
    }
    return experiment;
}

} // namespace nnscope
