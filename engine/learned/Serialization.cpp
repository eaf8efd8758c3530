#include "learned/Serialization.h"

#include "core/Error.h"

#include <cmath>

namespace nnscope {
namespace {

Json toJson(const TrainerSettings& s)
{
    return {{"optimizer", optimizerName(s.optimizer)}, {"learning_rate", s.learningRate}, {"batch_size", s.batchSize},
            {"max_epochs", s.maxEpochs}, {"steps_per_epoch", s.stepsPerEpoch}, {"patience", s.patience},
            {"stop_when_perfect", s.stopWhenPerfect}, {"shards", s.shards}};
}

TrainerSettings trainerFromJson(const Json& j)
{
    TrainerSettings s;
    s.optimizer = parseOptimizer(jsonField<std::string>(j, "optimizer"));
    s.learningRate = jsonField<double>(j, "learning_rate");
    s.batchSize = jsonField<std::size_t>(j, "batch_size");
    s.maxEpochs = jsonField<std::size_t>(j, "max_epochs");
    s.stepsPerEpoch = jsonField<std::size_t>(j, "steps_per_epoch");
    s.patience = jsonField<std::size_t>(j, "patience");
    s.stopWhenPerfect = jsonField<bool>(j, "stop_when_perfect");
    if (j.contains("shards")) // models saved before batches were split: whole batches
        s.shards = jsonField<std::size_t>(j, "shards");
    return s;
}

} // namespace

void to_json(Json& json, const ModelSettings& m)
{
    json = {{"kernel_size", m.kernelSize}, {"filters", {m.filters1, m.filters2, m.filters3}}, {"pool", m.pool}};
}

void from_json(const Json& j, ModelSettings& m)
{
    m = ModelSettings{};
    m.kernelSize = jsonField<std::size_t>(j, "kernel_size");
    const auto filters = jsonField<std::vector<std::size_t>>(j, "filters");
    if (filters.size() != 3)
        throw Error("field 'filters' must hold three filter counts");
    m.filters1 = filters[0];
    m.filters2 = filters[1];
    m.filters3 = filters[2];
    m.pool = jsonField<std::size_t>(j, "pool");
}

void to_json(Json& json, const HierarchySettings& s)
{
    json = {
        {"protocol", protocolName(s.protocol)},
        {"preset", s.preset},
        {"clusters", s.kmeans.clusters},
        {"kmeans", {{"n_init", s.kmeans.nInit}, {"max_iter", s.kmeans.maxIter}, {"tol", s.kmeans.tolerance},
                    {"spherical", s.kmeans.spherical}}},
        {"model", Json(s.model)},
        {"layer1", toJson(s.layer1)},
        {"layer2", toJson(s.layer2)},
        {"augmentation", {{"enabled", s.augmentation.enabled}, {"copies_per_row", s.augmentation.copiesPerRow},
                          {"noise", s.augmentation.noise}, {"class_balanced", s.augmentation.classBalanced}}},
        {"metric", metricName(s.metric)},
        {"test_fraction", s.testFraction},
        {"normalise_test_centroid", s.normaliseTestCentroid},
        {"top_targets", s.topTargets},
        {"evaluation_queries", s.evaluationQueries},
        {"paper_evaluation", paperEvaluationName(s.paperEvaluation)},
        {"seed", s.seed},
        {"threads", s.threads},
        {"memory_budget_bytes", s.memoryBudgetBytes},
    };
}

void from_json(const Json& j, HierarchySettings& s)
{
    s = {};
    s.protocol = parseProtocol(jsonField<std::string>(j, "protocol"));
    s.preset = jsonField<std::string>(j, "preset");
    s.kmeans.clusters = jsonField<std::size_t>(j, "clusters");
    const Json kmeans = jsonField<Json>(j, "kmeans");
    s.kmeans.nInit = jsonField<std::size_t>(kmeans, "n_init");
    s.kmeans.maxIter = jsonField<std::size_t>(kmeans, "max_iter");
    s.kmeans.tolerance = jsonField<double>(kmeans, "tol");
    s.kmeans.spherical = jsonField<bool>(kmeans, "spherical");
    s.model = jsonField<ModelSettings>(j, "model");
    s.layer1 = trainerFromJson(jsonField<Json>(j, "layer1"));
    s.layer2 = trainerFromJson(jsonField<Json>(j, "layer2"));
    const Json augmentation = jsonField<Json>(j, "augmentation");
    s.augmentation.enabled = jsonField<bool>(augmentation, "enabled");
    s.augmentation.copiesPerRow = jsonField<std::size_t>(augmentation, "copies_per_row");
    s.augmentation.noise = jsonField<double>(augmentation, "noise");
    s.augmentation.classBalanced = jsonField<bool>(augmentation, "class_balanced");
    s.metric = parseMetric(jsonField<std::string>(j, "metric"));
    s.testFraction = jsonField<double>(j, "test_fraction");
    s.normaliseTestCentroid = jsonField<bool>(j, "normalise_test_centroid");
    s.topTargets = jsonField<std::size_t>(j, "top_targets");
    s.evaluationQueries = jsonField<std::size_t>(j, "evaluation_queries");
    // Saved before the in-sample draw existed: the held-out rows.
    s.paperEvaluation = parsePaperEvaluation(j.value("paper_evaluation", std::string("last-10pct")));
    s.seed = jsonField<std::uint64_t>(j, "seed");
    s.threads = jsonField<std::size_t>(j, "threads");
    s.memoryBudgetBytes = jsonField<std::uint64_t>(j, "memory_budget_bytes");
}

void to_json(Json& json, const ModelRecord& r)
{
    Json history = Json::array(), heldOut = Json::array();
    bool scored = false;
    for (const EpochRecord& e : r.history) {
        history.push_back({e.epoch, e.loss, e.accuracy});
        scored = scored || std::isfinite(e.heldOutAccuracy);
        heldOut.push_back(std::isfinite(e.heldOutAccuracy) ? Json(e.heldOutAccuracy) : Json(nullptr));
    }
    json = {{"name", r.name}, {"input_length", r.inputLength}, {"classes", r.classes}, {"train_rows", r.trainRows},
            {"augmented_rows", r.augmentedRows}, {"trained", r.trained}, {"best_epoch", r.bestEpoch},
            {"best_accuracy", r.bestAccuracy}, {"seconds", r.seconds}, {"history", history}};
    if (scored)
        json["held_out_accuracy"] = heldOut; // one per epoch (null where none); absent in models saved before it
}

void from_json(const Json& j, ModelRecord& r)
{
    r = {};
    r.name = jsonField<std::string>(j, "name");
    r.inputLength = jsonField<std::size_t>(j, "input_length");
    r.classes = jsonField<std::size_t>(j, "classes");
    r.trainRows = jsonField<std::size_t>(j, "train_rows");
    r.augmentedRows = jsonField<std::size_t>(j, "augmented_rows");
    r.trained = jsonField<bool>(j, "trained");
    r.bestEpoch = jsonField<std::size_t>(j, "best_epoch");
    r.bestAccuracy = jsonField<double>(j, "best_accuracy");
    r.seconds = jsonField<double>(j, "seconds");
    for (const auto& e : jsonField<std::vector<std::tuple<std::size_t, double, double>>>(j, "history"))
        r.history.push_back({std::get<0>(e), std::get<1>(e), std::get<2>(e)});
    if (j.contains("held_out_accuracy")) {
        const Json& heldOut = j.at("held_out_accuracy");
        if (!heldOut.is_array() || heldOut.size() != r.history.size())
            throw Error("'held_out_accuracy' of " + r.name + " needs one entry per epoch");
        for (std::size_t e = 0; e < heldOut.size(); ++e) {
            if (heldOut[e].is_null())
                continue;
            if (!heldOut[e].is_number() || !(heldOut[e].get<double>() >= 0.0 && heldOut[e].get<double>() <= 1.0))
                throw Error("'held_out_accuracy' of " + r.name + " holds a value outside [0, 1]");
            r.history[e].heldOutAccuracy = heldOut[e].get<double>();
        }
    }
}

void to_json(Json& json, const AccuracyReport& a)
{
    Json perCluster = Json::array();
    for (const ClusterAccuracy& c : a.perCluster)
        perCluster.push_back({c.queries, c.hits});
    Json outcomes = Json::array();
    for (const QueryOutcome& o : a.outcomes)
        outcomes.push_back({o.row, o.cluster, o.routedCluster, o.answer, o.nearest, o.hit, o.distanceGap});
    json = {{"protocol", protocolName(a.protocol)}, {"queries", a.queryRows.size()}, {"query_rows", a.queryRows},
            {"layer1_accuracy", a.layer1Accuracy}, {"layer1_neighbor_cluster", a.layer1NeighborCluster},
            {"layer2_accuracy", a.layer2Accuracy}, {"layer2_oracle_accuracy", a.layer2OracleAccuracy},
            {"recall_at_1", a.recallAt1}, {"per_cluster_queries_hits", perCluster},
            {"outcomes_row_cluster_routed_answer_nearest_hit_gap", outcomes}};
}

void from_json(const Json& j, AccuracyReport& a)
{
    a = {};
    a.protocol = parseProtocol(jsonField<std::string>(j, "protocol"));
    a.queryRows = jsonField<std::vector<std::size_t>>(j, "query_rows");
    a.layer1Accuracy = jsonField<double>(j, "layer1_accuracy");
    a.layer1NeighborCluster = jsonField<double>(j, "layer1_neighbor_cluster");
    a.layer2Accuracy = jsonField<double>(j, "layer2_accuracy");
    a.layer2OracleAccuracy = jsonField<double>(j, "layer2_oracle_accuracy");
    a.recallAt1 = jsonField<double>(j, "recall_at_1");
    for (const auto& [queries, hits] : jsonField<std::vector<std::pair<std::size_t, std::size_t>>>(j, "per_cluster_queries_hits"))
        a.perCluster.push_back({queries, hits});
    // Saved before per-query outcomes were kept: none.
    if (j.contains("outcomes_row_cluster_routed_answer_nearest_hit_gap"))
        for (const auto& [row, cluster, routed, answer, nearest, hit, gap] :
             jsonField<std::vector<std::tuple<std::size_t, std::uint32_t, std::uint32_t, std::int64_t, std::int64_t, bool, double>>>(
                 j, "outcomes_row_cluster_routed_answer_nearest_hit_gap"))
            a.outcomes.push_back({row, cluster, routed, answer, nearest, hit, gap});
}

void to_json(Json& json, const HierarchyCost& c)
{
    json = {{"parameters", c.parameters()}, {"layer1_parameters", c.layer1Parameters},
            {"layer2_parameters", c.layer2Parameters}, {"largest_layer2_parameters", c.largestLayer2Parameters},
            {"bytes", c.bytes}, {"layer1_flops", c.layer1Flops}, {"layer2_flops_per_query", c.layer2FlopsPerQuery},
            {"flops_per_query", c.flopsPerQuery}, {"exact_search_flops_per_query", c.exactSearchFlopsPerQuery},
            {"exact_search_bytes", c.exactSearchBytes}};
}

void to_json(Json& json, const KMeansResult& k)
{
    json = {{"clusters", k.clusters}, {"dim", k.dim}, {"spherical", k.spherical}, {"inertia", k.inertia},
            {"iterations", k.iterations}, {"centroids", k.centroids}, {"assignment", k.assignment}};
}

void from_json(const Json& j, KMeansResult& k)
{
    k = {};
    k.clusters = jsonField<std::size_t>(j, "clusters");
    k.dim = jsonField<std::size_t>(j, "dim");
    k.spherical = jsonField<bool>(j, "spherical");
    k.inertia = jsonField<double>(j, "inertia");
    k.iterations = jsonField<std::size_t>(j, "iterations");
    k.centroids = jsonField<std::vector<float>>(j, "centroids");
    k.assignment = jsonField<std::vector<std::uint32_t>>(j, "assignment");
    // Divided, not multiplied: clusters × dim may wrap.
    if (k.clusters == 0 || k.dim == 0 || k.centroids.size() % k.dim != 0 || k.centroids.size() / k.dim != k.clusters)
        throw Error("the clustering's centroids do not match its cluster count and dimension");
    k.sizes.assign(k.clusters, 0);
    for (std::uint32_t label : k.assignment) {
        if (label >= k.clusters)
            throw Error("the clustering assigns a row to cluster " + std::to_string(label) + " of " + std::to_string(k.clusters));
        ++k.sizes[label];
    }
}

void to_json(Json& json, const ClusterImbalance& c)
{
    json = {{"cluster", c.cluster}, {"size", c.size}, {"train_rows", c.trainRows}, {"test_rows", c.testRows},
            {"distinct_targets", c.distinctTargets}, {"largest_target_share", c.largestTargetShare},
            {"target_entropy_bits", c.targetEntropyBits}, {"train_accuracy", c.trainAccuracy},
            {"test_queries", c.testQueries}, {"test_hits", c.testHits}, {"test_accuracy", c.testAccuracy},
            {"test_interval", {c.testLow, c.testHigh}}, {"memorising", c.memorising}};
}

void from_json(const Json& j, ClusterImbalance& c)
{
    c = {};
    c.cluster = jsonField<std::size_t>(j, "cluster");
    c.size = jsonField<std::size_t>(j, "size");
    c.trainRows = jsonField<std::size_t>(j, "train_rows");
    c.testRows = jsonField<std::size_t>(j, "test_rows");
    c.distinctTargets = jsonField<std::size_t>(j, "distinct_targets");
    c.largestTargetShare = jsonField<double>(j, "largest_target_share");
    c.targetEntropyBits = jsonField<double>(j, "target_entropy_bits");
    c.trainAccuracy = jsonField<double>(j, "train_accuracy");
    c.testQueries = jsonField<std::size_t>(j, "test_queries");
    c.testAccuracy = jsonField<double>(j, "test_accuracy");
    c.testHits = jsonField<std::size_t>(j, "test_hits");
    const auto interval = jsonField<std::pair<double, double>>(j, "test_interval");
    c.testLow = interval.first;
    c.testHigh = interval.second;
    c.memorising = jsonField<bool>(j, "memorising");
}

void from_json(const Json& j, HierarchyCost& c)
{
    c = {};
    c.layer1Parameters = jsonField<std::uint64_t>(j, "layer1_parameters");
    c.layer2Parameters = jsonField<std::uint64_t>(j, "layer2_parameters");
    c.largestLayer2Parameters = jsonField<std::uint64_t>(j, "largest_layer2_parameters");
    c.bytes = jsonField<std::uint64_t>(j, "bytes");
    c.layer1Flops = jsonField<std::uint64_t>(j, "layer1_flops");
    c.layer2FlopsPerQuery = jsonField<double>(j, "layer2_flops_per_query");
    c.flopsPerQuery = jsonField<double>(j, "flops_per_query");
    c.exactSearchFlopsPerQuery = jsonField<double>(j, "exact_search_flops_per_query");
    c.exactSearchBytes = jsonField<std::uint64_t>(j, "exact_search_bytes");
}

namespace {

template <typename T>
void putIfSet(Json& json, const char* name, const std::optional<T>& value)
{
    if (value)
        json[name] = *value;
}

template <typename T>
void takeIfPresent(const Json& json, const char* name, std::optional<T>& value)
{
    value.reset();
    if (json.contains(name) && !json.at(name).is_null())
        value = jsonField<T>(json, name);
}

} // namespace

void to_json(Json& json, const HierarchyOverrides& o)
{
    json = Json::object();
    putIfSet(json, "clusters", o.clusters);
    putIfSet(json, "n_init", o.nInit);
    putIfSet(json, "model", o.model);
    putIfSet(json, "kernel_size", o.kernelSize);
    putIfSet(json, "max_epochs", o.maxEpochs);
    putIfSet(json, "augment", o.augment);
    if (o.metric)
        json["metric"] = metricName(*o.metric);
    putIfSet(json, "normalise_test_centroid", o.normaliseTestCentroid);
    putIfSet(json, "evaluation_queries", o.evaluationQueries);
    if (o.paperEvaluation)
        json["paper_evaluation"] = paperEvaluationName(*o.paperEvaluation);
    putIfSet(json, "seed", o.seed);
    putIfSet(json, "threads", o.threads);
    putIfSet(json, "memory_budget_bytes", o.memoryBudgetBytes);
    putIfSet(json, "shards", o.shards);
}

void from_json(const Json& j, HierarchyOverrides& o)
{
    if (!j.is_object())
        throw Error("settings overrides must be a JSON object");
    takeIfPresent(j, "clusters", o.clusters);
    takeIfPresent(j, "n_init", o.nInit);
    takeIfPresent(j, "model", o.model);
    takeIfPresent(j, "kernel_size", o.kernelSize);
    takeIfPresent(j, "max_epochs", o.maxEpochs);
    takeIfPresent(j, "augment", o.augment);
    std::optional<std::string> metric;
    takeIfPresent(j, "metric", metric);
    o.metric = metric ? std::optional<Metric>(parseMetric(*metric)) : std::nullopt;
    takeIfPresent(j, "normalise_test_centroid", o.normaliseTestCentroid);
    takeIfPresent(j, "evaluation_queries", o.evaluationQueries);
    std::optional<std::string> paperEvaluation;
    takeIfPresent(j, "paper_evaluation", paperEvaluation);
    o.paperEvaluation = paperEvaluation ? std::optional<PaperEvaluation>(parsePaperEvaluation(*paperEvaluation)) : std::nullopt;
    takeIfPresent(j, "seed", o.seed);
    takeIfPresent(j, "threads", o.threads);
    takeIfPresent(j, "memory_budget_bytes", o.memoryBudgetBytes);
    takeIfPresent(j, "shards", o.shards);
}

} // namespace nnscope
