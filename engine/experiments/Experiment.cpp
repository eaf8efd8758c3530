#include "experiments/Experiment.h"

#include "experiments/Measurement.h"

#include "cluster/KMeans.h"
#include "core/Error.h"
#include "learned/Evaluation.h"
#include "learned/Hierarchy.h"
#include "learned/HierarchySearcher.h"
#include "search/CentroidRoutedSearcher.h"
#include "search/ExactSearcher.h"
#include "search/RandomSearcher.h"
#include "search/SearcherFactory.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <sstream>

namespace nnscope {
namespace {

// One system to measure: how to make it, and whether it must skip the query's own row.
struct Contender {
    std::string name;
    std::unique_ptr<Searcher> searcher;
    bool excludeSelf = true;
};

// The twin scored with the protocol's layer-2 definition (learned/Accuracy.h), routed by centroid;
// `nearest` holds each query row's global exact nearest neighbour.
double twinLayer2Accuracy(const Dataset& data, const KMeansResult& clustering, const TrainingPlan& plan, Metric metric,
                          const std::vector<std::size_t>& rows, const std::vector<std::int64_t>& nearest,
                          std::size_t topTargets)
{
    CentroidRoutedSearcher twin(clustering, 1);
    twin.build(data, metric);
    const std::vector<float> values = gatherRows(data.view(), rows);
    const std::vector<std::int64_t> self(rows.begin(), rows.end());
    const Neighbors found = twin.search({values.data(), rows.size(), data.dim()}, topTargets, &self);
    std::size_t hits = 0;
    for (std::size_t q = 0; q < rows.size(); ++q) {
        if (plan.protocol == Protocol::Paper) {
            const std::int64_t top = found.id(q, 0);
            const auto& targets = plan.withinClusterTargets[rows[q]];
            hits += top >= 0 && std::find(targets.begin(), targets.end(), plan.positionOf[static_cast<std::size_t>(top)]) != targets.end();
        } else {
            for (std::size_t r = 0; r < topTargets; ++r)
                if (found.id(q, r) == nearest[q]) {
                    ++hits;
                    break;
                }
        }
    }
    return rows.empty() ? 0.0 : static_cast<double>(hits) / static_cast<double>(rows.size());
}

// A grid point the dataset can hold: at most its rows as words, at most the words as clusters.
void checkGridPoint(const Dataset& data, GridPoint point)
{
    if (point.words > data.rows())
        throw Error("the grid asks for " + std::to_string(point.words) + " words but " + data.source() + " has "
                    + std::to_string(data.rows()) + " (use --grid with at most that many)");
    if (point.clusters > point.words)
        throw Error("the grid asks for " + std::to_string(point.clusters) + " clusters of " + std::to_string(point.words) + " words");
}

LearnedResult describeLearned(const std::string& name, const Hierarchy& hierarchy, const std::vector<std::size_t>& rows)
{
    LearnedResult result;
    result.name = name;
    result.accuracy = evaluateAccuracy(hierarchy, rows);
    result.imbalance = layer2Imbalance(hierarchy);
    result.trainSeconds = hierarchy.trainSeconds();
    result.cost = hierarchy.cost();
    result.layer1Epochs = hierarchy.layer1Record().history.size();
    double epochs = 0.0;
    for (const ModelRecord& record : hierarchy.layer2Records())
        epochs += static_cast<double>(record.history.size());
    result.meanLayer2Epochs = hierarchy.layer2Records().empty() ? 0.0 : epochs / static_cast<double>(hierarchy.layer2Records().size());
    return result;
}

} // namespace

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
    HierarchySettings s = presetSettings(preset, protocol);
    s.kmeans.clusters = clusters;
    if (protocol == Protocol::Corrected)
        s.metric = correctedMetric;
    s.model = model;
    if (maxEpochs > 0)
        s.layer1.maxEpochs = s.layer2.maxEpochs = maxEpochs;
    s.threads = threads;
    s.memoryBudgetBytes = memoryBudgetBytes;
    s.evaluationQueries = queries;
    s.seed = seed;
    return s;
}

const SystemResult* SettingResult::system(const std::string& name) const
{
    for (const SystemResult& s : systems)
        if (s.system == name)
            return &s;
    return nullptr;
}

SettingResult runSetting(const Dataset& full, GridPoint point, Protocol protocol, const ExperimentSettings& settings,
                         const std::function<void(const std::string&, const TrainingProgress&)>& observer,
                         const CancelToken* cancel)
{
    checkGridPoint(full, point);
    auto data = std::make_shared<const Dataset>(full.firstRows(point.words));
    const HierarchySettings hierarchySettings = settings.hierarchySettings(protocol, point.clusters);
    const auto report = [&](const std::string& stage) {
        return [&observer, stage](const TrainingProgress& progress) {
            if (observer)
                observer(stage, progress);
        };
    };

    KMeansSettings clusteringSettings = hierarchySettings.kmeans;
    clusteringSettings.seed = hierarchySettings.seed;
    report("clustering")(TrainingProgress{});
    const KMeansResult clustering = kmeans(data->view(), clusteringSettings, cancel);
    auto hierarchy = std::make_shared<const Hierarchy>(
        Hierarchy::train(data, clustering, hierarchySettings, report("training"), cancel));
    std::shared_ptr<const Hierarchy> augmented;
    if (settings.augmentation) {
        HierarchySettings withAugmentation = hierarchySettings;
        withAugmentation.augmentation.enabled = true;
        augmented = std::make_shared<const Hierarchy>(
            Hierarchy::train(data, clustering, withAugmentation, report("training (augmented)"), cancel));
    }
    return measureSetting(hierarchy, augmented, settings, observer, cancel);
}

SettingResult measureSetting(std::shared_ptr<const Hierarchy> hierarchy, std::shared_ptr<const Hierarchy> augmented,
                             const ExperimentSettings& settings,
                             const std::function<void(const std::string&, const TrainingProgress&)>& observer,
                             const CancelToken* cancel)
{
    if (!hierarchy)
        throw Error("no trained hierarchy to measure");
    const Dataset* data = &hierarchy->dataset();
    const KMeansResult& clustering = hierarchy->clustering();
    const HierarchySettings& hierarchySettings = hierarchy->settings();
    const Protocol protocol = hierarchySettings.protocol;
    const GridPoint point{data->rows(), clustering.clusters};

    SettingResult result;
    result.point = point;
    result.protocol = protocol;
    result.fingerprint = data->fingerprint();
    result.clusterSizes = clustering.sizes;
    result.warnings = clustering.warnings;
    const TrainingPlan& plan = hierarchy->plan();
    const Metric metric = plan.targetMetric;
    result.metric = metric;
    result.queryRows = sampleTestRows(plan, settings.queries, settings.seed);
    const std::vector<std::size_t>& rows = result.queryRows;
    const std::size_t k = std::min(settings.recallK, data->rows() - 1);

    // The truth of Table 1: the stored within-cluster (cosine) nearest neighbour for the paper's
    // protocol, the global exact nearest neighbour for the corrected one.
    std::vector<std::size_t> truth(rows.size());
    const std::vector<std::int64_t> nearest = globalNearest(*data, rows, metric);
    for (std::size_t q = 0; q < rows.size(); ++q)
        truth[q] = protocol == Protocol::Paper
            ? plan.rowAt(plan.clusterOf[rows[q]], plan.withinClusterTargets[rows[q]].empty() ? plan.positionOf[rows[q]]
                                                                                              : plan.withinClusterTargets[rows[q]].front())
            : static_cast<std::size_t>(nearest[q]);
    const std::vector<float> queryValues = gatherRows(data->view(), rows);
    const std::vector<std::int64_t> self(rows.begin(), rows.end());
    ExactSearcher exactSearch;
    exactSearch.build(*data, metric);
    const Neighbors exact = exactSearch.search({queryValues.data(), rows.size(), data->dim()}, k, &self);

    std::vector<Contender> contenders;
    contenders.push_back({"exact", std::make_unique<ExactSearcher>(), true});
    contenders.push_back({"random", std::make_unique<RandomSearcher>(settings.seed, protocol == Protocol::Paper ? plan.testRows : std::vector<std::size_t>{}), true});
    for (const char* preset : {"paper", "default"}) {
        ScannSettings scann = scannPreset(preset);
        scann.seed = settings.seed;
        contenders.push_back({std::string("scann-") + preset, std::make_unique<ScannSearcher>(scann), true});
    }
    if (settings.faissPeers)
        for (const char* peer : {"faiss-ivf", "faiss-ivfpq", "faiss-hnsw"}) {
            SearcherSpec spec;
            spec.system = peer;
            spec.faiss.threads = settings.threads;
            contenders.push_back({peer, makeSearcher(spec), true});
        }
    contenders.push_back({"centroid-twin", std::make_unique<CentroidRoutedSearcher>(clustering, 1), true});
    // The paper's pipeline: layer-1 top cluster, layer-2 ranking; the authors' code could return the
    // query itself, so the paper protocol does not exclude it.
    const bool paper = protocol == Protocol::Paper;
    contenders.push_back({"learned", std::make_unique<HierarchySearcher>(hierarchy, ProbeSettings{1, k, false}), !paper});
    if (augmented)
        contenders.push_back({"learned+augment", std::make_unique<HierarchySearcher>(augmented, ProbeSettings{1, k, false}), !paper});
    for (std::size_t probes : settings.probes) {
        if (probes > point.clusters)
            continue;
        const std::string suffix = "-probe" + std::to_string(probes);
        contenders.push_back({"learned" + suffix, std::make_unique<HierarchySearcher>(hierarchy, ProbeSettings{probes, settings.perCluster, true}), true});
        contenders.push_back({"centroid-twin" + suffix, std::make_unique<CentroidRoutedSearcher>(clustering, probes), true});
    }
    for (Contender& contender : contenders) {
        if (observer) {
            TrainingProgress measuring;
            measuring.phase = TrainingProgress::Phase::Evaluating;
            observer("measuring " + contender.name, measuring);
        }
        result.systems.push_back(measureSystem(contender.name, *contender.searcher, *data, metric, rows, truth, exact, k,
                                               contender.excludeSelf, cancel)
                                     .result);
        for (const std::string& warning : contender.searcher->warnings())
            result.warnings.push_back(warning);
    }

    result.twinLayer2Accuracy = twinLayer2Accuracy(*data, clustering, plan, metric, rows, nearest, hierarchySettings.topTargets);
    result.learned.push_back(describeLearned("learned", *hierarchy, rows));
    if (augmented)
        result.learned.push_back(describeLearned("learned+augment", *augmented, rows));
    return result;
}

ExperimentResult runExperiment(std::shared_ptr<const Dataset> data, const ExperimentSettings& settings,
                               const ExperimentObserver& observer, const std::function<void(const ExperimentResult&)>& onSetting,
                               const CancelToken* cancel)
{
    if (!data)
        throw Error("no dataset");
    if (settings.protocols.empty())
        throw Error("no protocol to run");
    for (const GridPoint& point : settings.grid) {
        checkGridPoint(*data, point);
        // Refuse a setting that cannot fit before spending time on the others.
        const HierarchyCost cost = hierarchyCost(settings.model, data->dim(), std::vector<std::size_t>(point.clusters, point.words / point.clusters));
        checkMemoryBudget(cost, settings.memoryBudgetBytes);
    }
    ExperimentResult experiment;
    experiment.settings = settings;
    experiment.datasetSource = data->source();
    experiment.datasetFingerprint = data->fingerprint();
    const std::size_t total = settings.grid.size() * settings.protocols.size();
    std::size_t index = 0;
    for (const GridPoint& point : settings.grid)
        for (Protocol protocol : settings.protocols) {
            const auto forward = [&](const std::string& stage, const TrainingProgress& training) {
                if (!observer)
                    return;
                ExperimentProgress progress;
                progress.setting = index;
                progress.settings = total;
                progress.point = point;
                progress.protocol = protocol;
                progress.stage = stage;
                progress.training = training;
                const double within = stage.rfind("measuring", 0) == 0 ? 0.95 : 0.9 * training.fraction;
                progress.fraction = (static_cast<double>(index) + within) / static_cast<double>(total);
                observer(progress);
            };
            try {
                experiment.results.push_back(runSetting(*data, point, protocol, settings, forward, cancel));
            } catch (const Cancelled&) {
                experiment.interrupted = true;
                return experiment;
            }
            ++index;
            if (onSetting)
                onSetting(experiment);
        }
    return experiment;
}

} // namespace nnscope
