#include "experiments/ResultsJson.h"

#include "core/Error.h"
#include "learned/Serialization.h"

#include <algorithm>
#include <cmath>
#include <faiss/Index.h>
#include <fstream>
#include <thread>
#include <torch/version.h>

namespace nnscope {
namespace {


Json systemJson(const SystemResult& s)
{
    Json j = {{"system", s.system}, {"family", s.family}, {"partitioned", s.partitioned}, {"probes", s.probes},
              {"probe_variant", s.probeVariant}, {"keeps_self", s.keepsSelf}, {"cost_note", s.costNote}, {"warnings", noticeTexts(s.warnings)},
              {"description", s.description}, {"mean_distance_to_truth", std::isfinite(s.meanDistanceToTruth) ? Json(s.meanDistanceToTruth) : Json(nullptr)}, {"answered", s.answered},
              {"recall_at_1", s.recallAt1}, {"recall_at_k", s.recallAtK}, {"single_ms_per_query", s.singleMsPerQuery},
              {"batched_ms_per_query", s.batchedMsPerQuery}, {"build_seconds", s.buildSeconds}, {"bytes", s.bytes},
              {"flops_per_query", s.flopsPerQuery}, {"mean_top_score", nullptr}};
    if (s.meanTopScore)
        j["mean_top_score"] = *s.meanTopScore;
    return j;
}

SystemResult systemFromJson(const Json& j)
{
    SystemResult s;
    s.system = jsonField<std::string>(j, "system");
    s.family = jsonField<std::string>(j, "family");
    s.partitioned = jsonField<bool>(j, "partitioned");
    s.probes = jsonField<std::size_t>(j, "probes");
    s.probeVariant = jsonField<bool>(j, "probe_variant");
    s.keepsSelf = jsonField<bool>(j, "keeps_self");
    s.costNote = jsonField<std::string>(j, "cost_note");
    s.warnings = noticesFromTexts(jsonField<std::vector<std::string>>(j, "warnings"));
    s.description = jsonField<std::string>(j, "description");
    s.meanDistanceToTruth = j.at("mean_distance_to_truth").is_null() ? NAN : jsonField<double>(j, "mean_distance_to_truth");
    if (j.contains("answered")) // results written before it was reported answered every query
        s.answered = jsonField<double>(j, "answered");
    s.recallAt1 = jsonField<double>(j, "recall_at_1");
    s.recallAtK = jsonField<double>(j, "recall_at_k");
    s.singleMsPerQuery = jsonField<double>(j, "single_ms_per_query");
    s.batchedMsPerQuery = jsonField<double>(j, "batched_ms_per_query");
    s.buildSeconds = jsonField<double>(j, "build_seconds");
    s.bytes = jsonField<std::uint64_t>(j, "bytes");
    s.flopsPerQuery = jsonField<double>(j, "flops_per_query");
    if (j.contains("mean_top_score") && !j.at("mean_top_score").is_null())
        s.meanTopScore = jsonField<double>(j, "mean_top_score");
    return s;
}

} // namespace

Json toJson(const ExperimentSettings& s)
{
    Json grid = Json::array();
    for (const GridPoint& p : s.grid)
        grid.push_back({p.words, p.clusters});
    Json protocols = Json::array();
    for (Protocol p : s.protocols)
        protocols.push_back(protocolName(p));
    Json paperEvaluations = Json::array();
    for (PaperEvaluation e : s.paperEvaluations)
        paperEvaluations.push_back(paperEvaluationName(e));
    return {{"grid", grid}, {"protocols", protocols}, {"preset", s.preset}, {"overrides", Json(s.overrides)},
            {"queries", s.queries}, {"seed", s.seed}, {"recall_k", s.recallK}, {"systems", s.systems},
            {"paper_evaluations", paperEvaluations}};
}

namespace {

ExperimentSettings settingsFromJson(const Json& j)
{
    ExperimentSettings s;
    s.grid.clear();
    for (const auto& [words, clusters] : jsonField<std::vector<std::pair<std::size_t, std::size_t>>>(j, "grid"))
        s.grid.push_back({words, clusters});
    s.protocols.clear();
    for (const std::string& p : jsonField<std::vector<std::string>>(j, "protocols"))
        s.protocols.push_back(parseProtocol(p));
    s.preset = jsonField<std::string>(j, "preset");
    s.overrides = jsonField<HierarchyOverrides>(j, "overrides");
    s.queries = jsonField<std::size_t>(j, "queries");
    s.seed = jsonField<std::uint64_t>(j, "seed");
    s.recallK = jsonField<std::size_t>(j, "recall_k");
    s.systems = jsonField<std::vector<std::string>>(j, "systems");
    s.paperEvaluations.clear();
    for (const std::string& e : jsonField<std::vector<std::string>>(j, "paper_evaluations"))
        s.paperEvaluations.push_back(parsePaperEvaluation(e));
    return s;
}

std::string cpuModel()
{
    std::ifstream info("/proc/cpuinfo");
    std::string line;
    while (std::getline(info, line))
        if (line.rfind("model name", 0) == 0)
            return line.substr(line.find(':') + 2);
    return "unknown";
}

} // namespace

Json environmentJson()
{
    return {{"nnscope", NNSCOPE_VERSION}, {"libtorch", TORCH_VERSION},
            {"faiss", std::to_string(FAISS_VERSION_MAJOR) + "." + std::to_string(FAISS_VERSION_MINOR) + "." + std::to_string(FAISS_VERSION_PATCH)}, {"compiler", __VERSION__},
            {"cpu", cpuModel()}, {"hardware_threads", std::thread::hardware_concurrency()}};
}

Json toJson(const ExperimentResult& result)
{
    Json settings = Json::array();
    for (const SettingResult& s : result.results) {
        Json systems = Json::array(), learned = Json::array();
        for (const SystemResult& system : s.systems)
            systems.push_back(systemJson(system));
        for (const LearnedResult& l : s.learned) {
            Json imbalance = Json::array();
            for (const ClusterImbalance& c : l.imbalance)
                imbalance.push_back(c);
            learned.push_back({{"name", l.name}, {"accuracy", Json(l.accuracy)},
                               {"in_sample_accuracy", l.inSampleAccuracy ? Json(*l.inSampleAccuracy) : Json(nullptr)}, {"imbalance", imbalance},
                               {"train_seconds", l.trainSeconds}, {"cost", Json(l.cost)},
                               {"layer1_epochs", l.layer1Epochs}, {"mean_layer2_epochs", l.meanLayer2Epochs}});
        }
        settings.push_back({{"words", s.point.words}, {"clusters", s.point.clusters}, {"protocol", protocolName(s.protocol)},
                            {"metric", metricName(s.metric)}, {"fingerprint", s.fingerprint}, {"query_rows", s.queryRows},
                            {"cluster_sizes", s.clusterSizes}, {"twin_layer2_accuracy", s.twinLayer2Accuracy},
                            {"systems", systems}, {"learned", learned}, {"warnings", noticeTexts(s.warnings)}});
    }
    Json skipped = Json::array();
    for (const SkippedSetting& s : result.skipped)
        skipped.push_back({{"words", s.point.words}, {"clusters", s.point.clusters}, {"reason", s.reason}, {"parameters", s.parameters},
                           {"bytes", s.bytes}, {"epoch_seconds", s.epochSeconds}, {"max_train_seconds", s.maxTrainSeconds}});
    return {{"format", "nnscope-results"}, {"version", 2}, {"settings", toJson(result.settings)}, {"skipped", skipped},
            {"dataset", {{"source", result.datasetSource}, {"fingerprint", result.datasetFingerprint}}},
            {"interrupted", result.interrupted}, {"world_size", result.worldSize}, {"results", settings}, {"environment", environmentJson()}};
}

Json toJson(const PartitionMethodResult& m, std::size_t dim, double targetRecall)
{
    const auto orNull = [](double value) { return value >= 0.0 ? Json(value) : Json(nullptr); };
    const std::string target = recallTargetKey(targetRecall);
    Json curve = Json::array();
    for (const ProbePoint& p : m.curve) {
        Json point = {{"probes", p.probes}, {"candidates", p.candidates}, {"recall_at_1", p.recallAt1}, {"recall_at_10", p.recallAt10}};
        if (!m.adaptive.empty()) {
            point["mean_probes"] = p.meanProbes;
            point["threshold"] = p.threshold;
        }
        curve.push_back(point);
    }
    return {{"method", m.method}, {"description", m.description}, {"learned", m.learned}, {"bins", m.bins}, {"bin_sizes", m.binSizes},
            {"imbalance", m.imbalance}, {"stored_rows", m.storedRows}, {"build_seconds", m.buildSeconds},
            {"train_seconds", m.trainSeconds}, {"router_flops", m.routerFlops},
            {"router_distance_equivalents", distanceEquivalents(m.routerFlops, dim)},
            {"bytes", m.bytes},
            {"candidates_at_recall_" + target, orNull(m.candidatesAtTarget)},
            {"distance_equivalents_at_recall_" + target, orNull(m.distanceEquivalentsAtTarget)},
            {"ms_per_query_at_recall_" + target, orNull(m.msPerQueryAtTarget)},
            {"probes_at_recall_" + target, m.probesAtTarget ? Json(m.probesAtTarget) : Json(nullptr)},
            {"adaptive", m.adaptive.empty() ? Json(nullptr) : Json(m.adaptive)},
            {"threshold_at_recall_" + target, std::isnan(m.thresholdAtTarget) ? Json(nullptr) : Json(m.thresholdAtTarget)},
            {"curve", curve}};
}

PartitionMethodResult partitionMethodFromJson(const Json& j, double targetRecall)
{
    const std::string target = recallTargetKey(targetRecall);
    const auto orMissing = [&](const std::string& key, double missing) {
        return j.contains(key) && j.at(key).is_null() ? missing : jsonField<double>(j, key.c_str());
    };
    PartitionMethodResult m;
    m.method = jsonField<std::string>(j, "method");
    m.description = jsonField<std::string>(j, "description");
    m.learned = jsonField<bool>(j, "learned");
    m.bins = jsonField<std::size_t>(j, "bins");
    m.binSizes = jsonField<std::vector<std::size_t>>(j, "bin_sizes");
    m.imbalance = jsonField<double>(j, "imbalance");
    m.storedRows = jsonField<std::size_t>(j, "stored_rows");
    m.buildSeconds = jsonField<double>(j, "build_seconds");
    m.trainSeconds = jsonField<double>(j, "train_seconds");
    m.routerFlops = jsonField<double>(j, "router_flops");
    m.bytes = jsonField<std::uint64_t>(j, "bytes");
    m.candidatesAtTarget = orMissing("candidates_at_recall_" + target, -1.0);
    m.distanceEquivalentsAtTarget = orMissing("distance_equivalents_at_recall_" + target, -1.0);
    m.msPerQueryAtTarget = orMissing("ms_per_query_at_recall_" + target, -1.0);
    const std::string probesKey = "probes_at_recall_" + target;
    m.probesAtTarget = j.contains(probesKey) && j.at(probesKey).is_null() ? 0 : jsonField<std::size_t>(j, probesKey.c_str());
    m.adaptive = j.contains("adaptive") && j.at("adaptive").is_null() ? std::string() : jsonField<std::string>(j, "adaptive");
    m.thresholdAtTarget = orMissing("threshold_at_recall_" + target, NAN);
    for (const Json& point : jsonField<Json>(j, "curve")) {
        ProbePoint p;
        p.probes = jsonField<std::size_t>(point, "probes");
        p.candidates = jsonField<double>(point, "candidates");
        p.recallAt1 = jsonField<double>(point, "recall_at_1");
        p.recallAt10 = jsonField<double>(point, "recall_at_10");
        // A fixed curve's point probes its bins for every query: its mean is its count.
        p.meanProbes = point.contains("mean_probes") ? jsonField<double>(point, "mean_probes") : static_cast<double>(p.probes);
        if (point.contains("threshold") && !point.at("threshold").is_null())
            p.threshold = jsonField<double>(point, "threshold");
        m.curve.push_back(p);
    }
    return m;
}

Json toJson(const PartitionExperimentResult& result)
{
    Json methods = Json::array();
    for (const PartitionMethodResult& m : result.methods)
        methods.push_back(toJson(m, result.dim, result.settings.targetRecall));
    return {{"format", "nnscope-partitions"}, {"version", 1},
            {"dataset", {{"source", result.dataset}, {"base_rows", result.baseRows}, {"dim", result.dim}}},
            {"queries", result.queries}, {"query_source", result.querySource}, {"metric", metricName(result.settings.metric)},
            {"seed", result.settings.seed}, {"target_recall_at_10", result.settings.targetRecall}, {"world_size", result.worldSize},
            {"methods", methods}, {"environment", environmentJson()}};
}

Json toJson(const PartitionScaleResult& result)
{
    const auto orNull = [](double value) { return value >= 0.0 ? Json(value) : Json(nullptr); };
    Json points = Json::array(), runs = Json::array();
    const std::vector<CrossoverPoint> crossing = crossover(result);
    for (const CrossoverPoint& p : crossing)
        points.push_back({{"rows", p.rows}, {"best_non_learned", p.bestFixed}, {"non_learned_total_cost", orNull(p.fixedCost)},
                          {"best_learned", p.bestLearned}, {"learned_total_cost", orNull(p.learnedCost)}, {"total_cost_ratio", orNull(p.costRatio)},
                          {"fastest_non_learned", p.fastestFixed}, {"non_learned_ms_per_query", orNull(p.fixedMs)},
                          {"fastest_learned", p.fastestLearned}, {"learned_ms_per_query", orNull(p.learnedMs)}, {"ms_ratio", orNull(p.msRatio)}});
    for (const PartitionExperimentResult& run : result.runs) {
        Json one = toJson(run);
        one.erase("environment"); // once, below
        runs.push_back(std::move(one));
    }
    const std::optional<std::size_t> from = crossoverRows(crossing);
    return {{"format", "nnscope-partition-scale"}, {"version", 1},
            {"dataset", {{"source", result.dataset}, {"dim", result.dim}, {"available_rows", result.availableRows}}},
            {"queries", result.queries}, {"query_source", result.querySource},
            {"crossover", points}, {"learning_pays_from_rows", from ? Json(*from) : Json(nullptr)}, {"runs", runs},
            {"environment", environmentJson()}};
}

ExperimentResult experimentResultFromJson(const Json& j)
{
    if (j.value("format", "") != "nnscope-results")
        throw Error("results: not an nnscope results file");
    if (j.value("version", 0) != 2)
        throw Error("results: version " + j.value("version", Json()).dump() + " is not supported (expected 2)");
    ExperimentResult result;
    result.settings = settingsFromJson(jsonField<Json>(j, "settings"));
    const Json dataset = jsonField<Json>(j, "dataset");
    result.datasetSource = jsonField<std::string>(dataset, "source");
    result.datasetFingerprint = jsonField<std::string>(dataset, "fingerprint");
    result.interrupted = jsonField<bool>(j, "interrupted");
    result.worldSize = j.contains("world_size") ? jsonField<int>(j, "world_size") : 1; // one process before issue 27
    for (const Json& s : jsonField<Json>(j, "skipped"))
        result.skipped.push_back({{jsonField<std::size_t>(s, "words"), jsonField<std::size_t>(s, "clusters")}, jsonField<std::string>(s, "reason"),
                                  jsonField<std::uint64_t>(s, "parameters"), jsonField<std::uint64_t>(s, "bytes"),
                                  jsonField<double>(s, "epoch_seconds"), jsonField<double>(s, "max_train_seconds")});
    for (const Json& s : jsonField<Json>(j, "results")) {
        SettingResult setting;
        setting.point = {jsonField<std::size_t>(s, "words"), jsonField<std::size_t>(s, "clusters")};
        setting.protocol = parseProtocol(jsonField<std::string>(s, "protocol"));
        setting.metric = parseMetric(jsonField<std::string>(s, "metric"));
        setting.fingerprint = jsonField<std::string>(s, "fingerprint");
        setting.queryRows = jsonField<std::vector<std::size_t>>(s, "query_rows");
        setting.clusterSizes = jsonField<std::vector<std::size_t>>(s, "cluster_sizes");
        setting.twinLayer2Accuracy = jsonField<double>(s, "twin_layer2_accuracy");
        setting.warnings = noticesFromTexts(jsonField<std::vector<std::string>>(s, "warnings"));
        for (const Json& system : jsonField<Json>(s, "systems"))
            setting.systems.push_back(systemFromJson(system));
        for (const Json& l : jsonField<Json>(s, "learned")) {
            LearnedResult learned;
            learned.name = jsonField<std::string>(l, "name");
            learned.accuracy = jsonField<AccuracyReport>(l, "accuracy");
            if (!jsonField<Json>(l, "in_sample_accuracy").is_null())
                learned.inSampleAccuracy = jsonField<AccuracyReport>(l, "in_sample_accuracy");
            learned.imbalance = jsonField<std::vector<ClusterImbalance>>(l, "imbalance");
            learned.trainSeconds = jsonField<double>(l, "train_seconds");
            learned.cost = jsonField<HierarchyCost>(l, "cost");
            learned.layer1Epochs = jsonField<std::size_t>(l, "layer1_epochs");
            learned.meanLayer2Epochs = jsonField<double>(l, "mean_layer2_epochs");
            setting.learned.push_back(std::move(learned));
        }
        result.results.push_back(std::move(setting));
    }
    return result;
}

} // namespace nnscope
