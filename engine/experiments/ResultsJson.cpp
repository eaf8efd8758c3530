#include "experiments/ResultsJson.h"

#include "core/Error.h"
#include "learned/Serialization.h"

#include <faiss/Index.h>
#include <fstream>
#include <thread>
#include <torch/version.h>

namespace nnscope {
namespace {

template <typename T>
T field(const Json& json, const char* name)
{
    try {
        return json.at(name).get<T>();
    } catch (const nlohmann::json::exception&) {
        throw Error(std::string("results: missing or malformed field '") + name + "'");
    }
}

Json systemJson(const SystemResult& s)
{
    Json j = {{"system", s.system}, {"description", s.description}, {"mean_distance_to_truth", s.meanDistanceToTruth},
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
    s.system = field<std::string>(j, "system");
    s.description = field<std::string>(j, "description");
    s.meanDistanceToTruth = field<double>(j, "mean_distance_to_truth");
    s.recallAt1 = field<double>(j, "recall_at_1");
    s.recallAtK = field<double>(j, "recall_at_k");
    s.singleMsPerQuery = field<double>(j, "single_ms_per_query");
    s.batchedMsPerQuery = field<double>(j, "batched_ms_per_query");
    s.buildSeconds = field<double>(j, "build_seconds");
    s.bytes = field<std::uint64_t>(j, "bytes");
    s.flopsPerQuery = field<double>(j, "flops_per_query");
    if (j.contains("mean_top_score") && !j.at("mean_top_score").is_null())
        s.meanTopScore = field<double>(j, "mean_top_score");
    return s;
}

Json imbalanceJson(const ClusterImbalance& c)
{
    return {{"cluster", c.cluster}, {"size", c.size}, {"train_rows", c.trainRows}, {"test_rows", c.testRows},
            {"distinct_targets", c.distinctTargets}, {"largest_target_share", c.largestTargetShare},
            {"target_entropy_bits", c.targetEntropyBits}, {"train_accuracy", c.trainAccuracy},
            {"test_queries", c.testQueries}, {"test_accuracy", c.testAccuracy}};
}

ClusterImbalance imbalanceFromJson(const Json& j)
{
    ClusterImbalance c;
    c.cluster = field<std::size_t>(j, "cluster");
    c.size = field<std::size_t>(j, "size");
    c.trainRows = field<std::size_t>(j, "train_rows");
    c.testRows = field<std::size_t>(j, "test_rows");
    c.distinctTargets = field<std::size_t>(j, "distinct_targets");
    c.largestTargetShare = field<double>(j, "largest_target_share");
    c.targetEntropyBits = field<double>(j, "target_entropy_bits");
    c.trainAccuracy = field<double>(j, "train_accuracy");
    c.testQueries = field<std::size_t>(j, "test_queries");
    c.testAccuracy = field<double>(j, "test_accuracy");
    return c;
}

HierarchyCost costFromJson(const Json& j)
{
    HierarchyCost c;
    c.layer1Parameters = field<std::uint64_t>(j, "layer1_parameters");
    c.layer2Parameters = field<std::uint64_t>(j, "layer2_parameters");
    c.largestLayer2Parameters = field<std::uint64_t>(j, "largest_layer2_parameters");
    c.bytes = field<std::uint64_t>(j, "bytes");
    c.layer1Flops = field<std::uint64_t>(j, "layer1_flops");
    c.layer2FlopsPerQuery = field<double>(j, "layer2_flops_per_query");
    c.flopsPerQuery = field<double>(j, "flops_per_query");
    c.exactSearchFlopsPerQuery = field<double>(j, "exact_search_flops_per_query");
    c.exactSearchBytes = field<std::uint64_t>(j, "exact_search_bytes");
    return c;
}

Json settingsJson(const ExperimentSettings& s)
{
    Json grid = Json::array();
    for (const GridPoint& p : s.grid)
        grid.push_back({p.words, p.clusters});
    Json protocols = Json::array();
    for (Protocol p : s.protocols)
        protocols.push_back(protocolName(p));
    return {{"grid", grid}, {"protocols", protocols}, {"preset", s.preset}, {"queries", s.queries}, {"seed", s.seed},
            {"recall_k", s.recallK}, {"augmentation", s.augmentation}, {"probes", s.probes}, {"per_cluster", s.perCluster},
            {"faiss_peers", s.faissPeers}, {"corrected_metric", metricName(s.correctedMetric)},
            {"model", {{"kernel_size", s.model.kernelSize}, {"filters", {s.model.filters1, s.model.filters2, s.model.filters3}}, {"pool", s.model.pool}}},
            {"max_epochs", s.maxEpochs}, {"threads", s.threads}, {"memory_budget_bytes", s.memoryBudgetBytes}};
}

ExperimentSettings settingsFromJson(const Json& j)
{
    ExperimentSettings s;
    s.grid.clear();
    for (const auto& [words, clusters] : field<std::vector<std::pair<std::size_t, std::size_t>>>(j, "grid"))
        s.grid.push_back({words, clusters});
    s.protocols.clear();
    for (const std::string& p : field<std::vector<std::string>>(j, "protocols"))
        s.protocols.push_back(parseProtocol(p));
    s.preset = field<std::string>(j, "preset");
    s.queries = field<std::size_t>(j, "queries");
    s.seed = field<std::uint64_t>(j, "seed");
    s.recallK = field<std::size_t>(j, "recall_k");
    s.augmentation = field<bool>(j, "augmentation");
    s.probes = field<std::vector<std::size_t>>(j, "probes");
    s.perCluster = field<std::size_t>(j, "per_cluster");
    s.faissPeers = field<bool>(j, "faiss_peers");
    s.correctedMetric = parseMetric(field<std::string>(j, "corrected_metric"));
    const Json model = field<Json>(j, "model");
    s.model.kernelSize = field<std::size_t>(model, "kernel_size");
    const auto filters = field<std::vector<std::size_t>>(model, "filters");
    if (filters.size() != 3)
        throw Error("results: 'filters' must hold three counts");
    s.model.filters1 = filters[0];
    s.model.filters2 = filters[1];
    s.model.filters3 = filters[2];
    s.model.pool = field<std::size_t>(model, "pool");
    s.maxEpochs = field<std::size_t>(j, "max_epochs");
    s.threads = field<std::size_t>(j, "threads");
    s.memoryBudgetBytes = field<std::uint64_t>(j, "memory_budget_bytes");
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
                imbalance.push_back(imbalanceJson(c));
            learned.push_back({{"name", l.name}, {"accuracy", nnscope::toJson(l.accuracy)}, {"imbalance", imbalance},
                               {"train_seconds", l.trainSeconds}, {"cost", nnscope::toJson(l.cost)},
                               {"layer1_epochs", l.layer1Epochs}, {"mean_layer2_epochs", l.meanLayer2Epochs}});
        }
        settings.push_back({{"words", s.point.words}, {"clusters", s.point.clusters}, {"protocol", protocolName(s.protocol)},
                            {"metric", metricName(s.metric)}, {"fingerprint", s.fingerprint}, {"query_rows", s.queryRows},
                            {"cluster_sizes", s.clusterSizes}, {"twin_layer2_accuracy", s.twinLayer2Accuracy},
                            {"systems", systems}, {"learned", learned}, {"warnings", s.warnings}});
    }
    return {{"format", "nnscope-results"}, {"version", 1}, {"settings", settingsJson(result.settings)},
            {"dataset", {{"source", result.datasetSource}, {"fingerprint", result.datasetFingerprint}}},
            {"interrupted", result.interrupted}, {"results", settings}, {"environment", environmentJson()}};
}

ExperimentResult experimentResultFromJson(const Json& j)
{
    if (j.value("format", "") != "nnscope-results")
        throw Error("results: not an nnscope results file");
    ExperimentResult result;
    result.settings = settingsFromJson(field<Json>(j, "settings"));
    const Json dataset = field<Json>(j, "dataset");
    result.datasetSource = field<std::string>(dataset, "source");
    result.datasetFingerprint = field<std::string>(dataset, "fingerprint");
    result.interrupted = field<bool>(j, "interrupted");
    for (const Json& s : field<Json>(j, "results")) {
        SettingResult setting;
        setting.point = {field<std::size_t>(s, "words"), field<std::size_t>(s, "clusters")};
        setting.protocol = parseProtocol(field<std::string>(s, "protocol"));
        setting.metric = parseMetric(field<std::string>(s, "metric"));
        setting.fingerprint = field<std::string>(s, "fingerprint");
        setting.queryRows = field<std::vector<std::size_t>>(s, "query_rows");
        setting.clusterSizes = field<std::vector<std::size_t>>(s, "cluster_sizes");
        setting.twinLayer2Accuracy = field<double>(s, "twin_layer2_accuracy");
        setting.warnings = field<std::vector<std::string>>(s, "warnings");
        for (const Json& system : field<Json>(s, "systems"))
            setting.systems.push_back(systemFromJson(system));
        for (const Json& l : field<Json>(s, "learned")) {
            LearnedResult learned;
            learned.name = field<std::string>(l, "name");
            learned.accuracy = accuracyReportFromJson(field<Json>(l, "accuracy"));
            for (const Json& c : field<Json>(l, "imbalance"))
                learned.imbalance.push_back(imbalanceFromJson(c));
            learned.trainSeconds = field<double>(l, "train_seconds");
            learned.cost = costFromJson(field<Json>(l, "cost"));
            learned.layer1Epochs = field<std::size_t>(l, "layer1_epochs");
            learned.meanLayer2Epochs = field<double>(l, "mean_layer2_epochs");
            setting.learned.push_back(std::move(learned));
        }
        result.results.push_back(std::move(setting));
    }
    return result;
}

} // namespace nnscope
