#include "experiments/PartitionExperiment.h"

#include "core/Error.h"
#include "core/Limits.h"
#include "core/Random.h"
#include "core/Sha256.h"
#include "core/Stopwatch.h"
#include "distributed/BlockSearch.h"
#include "experiments/ResultsJson.h"
#include "graph/KnnGraph.h"
#include "learned/Serialization.h"
#include "partition/LearnedStopRule.h"
#include "search/ExactSearch.h"
#include "search/PartitionedSearcher.h"
#include "systems/SystemRegistry.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <map>
#include <numeric>

namespace nnscope {
namespace {

// The spec with `bins` added when its system takes bins and the spec does not set them.
std::string withBins(const std::string& spec, std::size_t bins)
{
    const SystemSpec parsed = parseSystemSpec(spec);
    const auto& parameters = systemEntry(parsed.name).parameters;
    const bool takesBins = std::any_of(parameters.begin(), parameters.end(), [](const SystemParameter& p) { return p.key == "bins"; });
    if (!takesBins || parsed.value("bins"))
        return spec;
    return spec + (spec.find(':') == std::string::npos ? ":" : ",") + "bins=" + std::to_string(bins);
}

} // namespace

std::vector<ResolvedSystem> checkPartitionExperiment(const Dataset& data, const Dataset* externalQueries,
                                                     const PartitionExperimentSettings& settings)
{
    if (settings.methods.empty())
        throw Error("no partition method to run");
    if (!(settings.targetRecall > 0.0 && settings.targetRecall <= 1.0))
        throw Error("the target recall must be in (0, 1]");
    std::vector<ResolvedSystem> systems;
    for (const std::string& spec : settings.methods) {
        systems.push_back(resolveSystem(withBins(spec, settings.bins)));
        if (hierarchyNeed(systems.back()) != HierarchyNeed::None)
            throw Error("'" + spec + "' needs a trained hierarchy: it is not a router over bins (expected kmeans, layer1, kmeans-spill, neural, "
                        "neural-probe or twin)");
    }
    if (externalQueries && externalQueries->dim() != data.dim())
        throw Error("the queries have dimension " + std::to_string(externalQueries->dim()) + ", the data " + std::to_string(data.dim()));
    if (!externalQueries && !(settings.holdout > 0.0 && settings.holdout < 1.0))
        throw Error("the held-out share must be between 0 and 1");
    limits::checkThreads(settings.threads);
    return systems;
}

HeldOutSplit splitHeldOut(std::size_t rows, const PartitionExperimentSettings& settings)
{
    std::vector<std::size_t> order(rows);
    std::iota(order.begin(), order.end(), std::size_t(0));
    Random random(Random::derive(settings.seed, seedstream::kHoldout));
    for (std::size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[random.below(i)]);
    auto held = static_cast<std::size_t>(std::llround(settings.holdout * static_cast<double>(rows)));
    if (settings.maxQueries > 0)
        held = std::min(held, settings.maxQueries);
    if (held == 0 || held >= rows)
        throw Error("holding out " + std::to_string(held) + " of " + std::to_string(rows) + " rows leaves no queries or no base");
    HeldOutSplit split;
    split.queryRows.assign(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(held));
    split.baseRows.assign(order.begin() + static_cast<std::ptrdiff_t>(held), order.end());
    std::sort(split.queryRows.begin(), split.queryRows.end());
    std::sort(split.baseRows.begin(), split.baseRows.end());
    return split;
}

namespace {

// The split, the queries and the base: what every rank of a job makes alike before any method.
struct PartitionRun {
    PartitionExperimentResult result;
    std::vector<ResolvedSystem> systems;
    std::vector<float> queryValues;

    MatrixView queries() const { return {queryValues.data(), result.queries, result.dim}; }
};

PartitionRun startPartitionRun(Dataset data, const Dataset* externalQueries, const PartitionExperimentSettings& settings)
{
    PartitionRun run;
    run.systems = checkPartitionExperiment(data, externalQueries, settings);
    // Base and held-out queries: queries never take part in building bins, graphs or routers.
    PartitionExperimentResult& result = run.result;
    result.settings = settings;
    result.dataset = data.source();
    std::vector<std::size_t> baseRows, queryRows;
    if (externalQueries) {
        baseRows.resize(data.rows());
        std::iota(baseRows.begin(), baseRows.end(), std::size_t(0));
        result.querySource = externalQueries->source();
    } else {
        HeldOutSplit split = splitHeldOut(data.rows(), settings);
        queryRows = std::move(split.queryRows);
        baseRows = std::move(split.baseRows);
        result.querySource = "held-out rows (" + std::to_string(queryRows.size()) + ", seed " + std::to_string(settings.seed) + ")";
    }
    run.queryValues = externalQueries ? externalQueries->values() : gatherRows(data.view(), queryRows);
    const std::size_t dim = data.dim();
    result.baseRowIds = baseRows;
    const std::string baseSource = data.source() + " (base)";
    result.base = std::make_shared<const Dataset>(std::move(data).keepRows(baseRows, baseSource));
    if (result.base->rows() <= 10)
        throw Error("the base needs more than 10 rows for recall@10");
    result.baseRows = result.base->rows();
    result.dim = dim;
    result.queries = run.queryValues.size() / dim;
    return run;
}

SystemResources buildResources(const PartitionExperimentSettings& settings, std::shared_ptr<KnnGraphCache> graphs, const CancelToken* cancel)
{
    SystemResources context;
    context.seed = settings.seed;
    context.threads = settings.threads;
    context.cancel = cancel;
    context.graphs = std::move(graphs);
    return context;
}

// The k-NN graph a build reads that the run's graphs do not hold yet; nothing where it reads none or they do.
std::optional<KnnGraphSettings> graphStillToBuild(const std::string& buildLabel, const Dataset& base, Metric metric,
                                                  const SystemResources& resources)
{
    const std::optional<KnnGraphSettings> read = graphReadBy(resolveSystem(buildLabel), resources);
    if (!read || resources.graphs->contains(base.view(), metric, *read))
        return std::nullopt;
    return read;
}

// One build, shared by the specs that differ only in how a query probes (probes, adaptive, threshold). Its
// network's epochs are told as stages: a layer-1 CNN at 400,000 rows trains for minutes.
std::shared_ptr<Searcher> buildSystem(const std::string& buildLabel, const Dataset& base, const PartitionExperimentSettings& settings,
                                      const SystemResources& resources, const std::function<void(const Stage&)>& say)
{
    // The searcher keeps its settings, and so this observer, after the build and past the run's own
    // observer: it tells only while this build runs.
    const auto building = std::make_shared<bool>(true);
    SystemResources told = resources;
    told.onEpoch = [say, buildLabel, building](const EpochRecord& epoch, std::size_t maxEpochs) {
        if (!*building)
            return;
        Stage stage{Stage::Kind::Epoch, buildLabel};
        stage.step = epoch.epoch;
        stage.steps = maxEpochs;
        stage.loss = epoch.loss;
        say(stage);
    };
    std::shared_ptr<Searcher> searcher = makeSystem(resolveSystem(buildLabel), told);
    searcher->build(base, settings.metric);
    *building = false; // (a build that throws leaves no searcher behind)
    if (!searcher->partitions())
        throw Error("'" + buildLabel + "' is not a router over bins scanned exactly (expected kmeans, layer1, kmeans-spill, neural, "
                    "neural-probe or twin)");
    return searcher;
}

// `count` of the queries, evenly spread over them (held-out rows come in file order, often by frequency).
std::vector<float> spreadQueries(MatrixView queries, std::size_t count)
{
    std::vector<std::size_t> rows(count);
    for (std::size_t i = 0; i < count; ++i)
        rows[i] = i * queries.rows / count;
    return gatherRows(queries, rows);
}

// A spec over its build: its adaptive rule (a learned one trains on held-in base rows here), its probe
// curve on the queries, the candidates at the target and the measured time of a search reaching it.
PartitionMethodResult measureMethod(const ResolvedSystem& system, const std::shared_ptr<Searcher>& searcher, const Dataset& base,
                                    MatrixView queries, const std::vector<std::int64_t>& truth, const PartitionExperimentSettings& settings,
                                    const std::function<void(const Stage&)>& say, const CancelToken* cancel)
{
    const PartitionIndex& index = *searcher->partitions();
    PartitionMethodResult method;
    method.method = system.label;
    method.buildSeconds = index.buildSeconds;
    method.trainSeconds = index.trainSeconds;
    std::shared_ptr<const ProbingRule> rule;
    if (system.arguments.has("adaptive") && system.arguments.text("adaptive") != "none") {
        const auto ruleStart = Clock::now();
        const std::uint64_t seed = system.arguments.isSet("seed") ? system.arguments.seed("seed") : settings.seed;
        rule = makeProbingRule(system.arguments.text("adaptive"), index, base, settings.metric, seed, cancel);
        const double seconds = secondsSince(ruleStart);
        method.buildSeconds += seconds;
        if (rule->learned())
            method.trainSeconds += seconds;
        method.adaptive = rule->name();
        method.rule = rule;
    }
    say({Stage::Kind::Probing, system.label});
    method.description = searcher->describe() + (rule ? "; " + rule->describe() : "");
    method.learned = index.router->learned() || (rule && rule->learned());
    method.bins = index.bins.size();
    method.binSizes = index.binSizes();
    method.imbalance = index.imbalance();
    method.storedRows = index.storedRows();
    method.routerFlops = index.router->flopsPerQuery() + (rule ? rule->flopsPerQuery() : 0.0);
    method.bytes = searcher->cost(10).bytes;
    const ProbeTrace trace = traceProbes(index, queries, truth, index.bins.size());
    method.curve = rule ? adaptiveCurve(trace, probeKeys(index, base.view(), settings.metric, queries, *rule, rule->sweepLimit()))
                        : probeCurve(trace);
    method.index = std::shared_ptr<const PartitionIndex>(searcher, &index); // kept alive by its searcher
    method.candidatesAtTarget = candidatesAtRecall(method.curve, settings.targetRecall);
    if (method.candidatesAtTarget >= 0.0)
        method.distanceEquivalentsAtTarget = method.candidatesAtTarget + distanceEquivalents(method.routerFlops, base.dim());
    const auto reaching = std::find_if(method.curve.begin(), method.curve.end(),
                                       [&](const ProbePoint& p) { return p.recallAt10 >= settings.targetRecall; });
    if (reaching != method.curve.end()) {
        throwIfCancelled(cancel);
        SearchParameters probing;
        probing.probes = reaching->probes;
        method.msPerQueryAtTarget = 1000.0 * secondsPerQuery(queries, [&](MatrixView some) {
            const auto searchStart = Clock::now();
            if (rule)
                (void)searchAdaptively(index, base.view(), settings.metric, some, 10, *rule, reaching->threshold);
            else
                (void)searcher->search(some, 10, probing);
            return secondsSince(searchStart);
        });
        method.probesAtTarget = reaching->probes;
        method.thresholdAtTarget = reaching->threshold;
    }
    return method;
}

// What every rank must share for a job: the experiment's settings but the threads.
std::string settingsText(const PartitionExperimentSettings& settings)
{
    std::string text;
    for (const std::string& method : settings.methods)
        text += method + ";";
    char numbers[256];
    std::snprintf(numbers, sizeof numbers, " %zu %d %.17g %zu %llu %.17g", settings.bins, static_cast<int>(settings.metric), settings.holdout,
                  settings.maxQueries, static_cast<unsigned long long>(settings.seed), settings.targetRecall);
    return text + numbers;
}

// Tags of one experiment's transfers, from its part's first tag on: the truth's search by blocks 1 and 2,
// its share 3, the methods 4, each graph two from 16 on (a run has far fewer than 2,000 graphs).
constexpr std::uint32_t kTagsPerPart = 4096, kTruthSearchTag = 1, kTruthTag = 3, kMethodsTag = 4, kGraphTags = 16;

} // namespace

PartitionExperimentResult runPartitionExperiment(Dataset data, const Dataset* externalQueries,
                                                 const PartitionExperimentSettings& settings,
                                                 const std::function<void(const Stage&)>& observer, const CancelToken* cancel)
{
    const auto say = [&observer](const Stage& stage) {
        if (observer)
            observer(stage);
    };
    PartitionRun run = startPartitionRun(std::move(data), externalQueries, settings);
    PartitionExperimentResult& result = run.result;
    const Dataset& base = *result.base;
    const MatrixView queries = run.queries();
    say({Stage::Kind::Truth, {}});
    const std::vector<std::int64_t> truth = ExactSearch(base.view(), settings.metric).search(queries, 10).ids;
    // Neural and neural-probe share one k-NN graph.
    const SystemResources resources = buildResources(settings, std::make_shared<KnnGraphCache>(), cancel);
    std::map<std::string, std::shared_ptr<Searcher>> builds;
    for (const ResolvedSystem& system : run.systems) {
        throwIfCancelled(cancel);
        say({Stage::Kind::Building, system.label});
        std::shared_ptr<Searcher>& searcher = builds[system.buildLabel];
        if (!searcher) {
            // The k-NN graph a build reads first (minutes at a million rows) is a step of its own.
            if (const std::optional<KnnGraphSettings> read = graphStillToBuild(system.buildLabel, base, settings.metric, resources))
                say({Stage::Kind::Graph, std::to_string(read->neighbours)});
            searcher = buildSystem(system.buildLabel, base, settings, resources, say);
        }
        result.methods.push_back(measureMethod(system, searcher, base, queries, truth, settings, say, cancel));
    }
    return std::move(result);
}

std::optional<PartitionExperimentResult> runPartitionExperimentAcrossRanks(Dataset data, const Dataset* externalQueries,
                                                                           const PartitionExperimentSettings& settings, RankGroup& ranks,
                                                                           const std::function<void(const Stage&)>& observer,
                                                                           std::size_t part)
{
    const auto say = [&observer](const Stage& stage) {
        if (observer)
            observer(stage);
    };
    if (part >= std::numeric_limits<std::int32_t>::max() / kTagsPerPart)
        throw Error("a job runs at most " + std::to_string(std::numeric_limits<std::int32_t>::max() / kTagsPerPart) + " partition experiments");
    const std::string suffix = part == 0 ? std::string() : " #" + std::to_string(part);
    const auto tag = [part](std::uint32_t t) { return static_cast<std::uint32_t>(part) * kTagsPerPart + t; };
    checkPartitionExperiment(data, externalQueries, settings);
    ranks.agree("data" + suffix, data.fingerprint() + (externalQueries ? " queries " + externalQueries->fingerprint() : std::string()));
    ranks.agree("settings" + suffix, Sha256::hex(settingsText(settings)));
    PartitionRun run = startPartitionRun(std::move(data), externalQueries, settings);
    PartitionExperimentResult& result = run.result;
    result.worldSize = ranks.size();
    const Dataset& base = *result.base;
    const MatrixView queries = run.queries();
    const CancelToken* cancel = &ranks.lost();

    // The truth by query blocks, then on every rank: each probes its methods against it.
    say({Stage::Kind::Truth, {}});
    const std::optional<Neighbors> joined = searchByBlocks(queries.rows, 10, ranks, [&](RowBlock block) {
        return ExactSearch(base.view(), settings.metric).search(MatrixView{queries.row(block.first), block.end - block.first, queries.dim}, 10);
    }, tag(kTruthSearchTag));
    const std::string truthBytes = shareFromRankZero(
        joined ? std::string(reinterpret_cast<const char*>(joined->ids.data()), joined->ids.size() * sizeof(std::int64_t)) : std::string(),
        tag(kTruthTag), ranks);
    std::vector<std::int64_t> truth(queries.rows * 10);
    if (truthBytes.size() != truth.size() * sizeof(std::int64_t))
        throw Error("rank 0 sent " + std::to_string(truthBytes.size()) + " bytes of neighbours for " + std::to_string(queries.rows) + " queries");
    std::memcpy(truth.data(), truthBytes.data(), truthBytes.size());

    // One build per build label; every k-NN graph a build reads is built first by row blocks, in the
    // settings' order on every rank, and held where that build will ask for it.
    std::vector<std::string> buildLabels;
    for (const ResolvedSystem& system : run.systems)
        if (std::find(buildLabels.begin(), buildLabels.end(), system.buildLabel) == buildLabels.end())
            buildLabels.push_back(system.buildLabel);
    // As in one process, a graph's time counts in the build time of the first build that reads it.
    const auto graphs = std::make_shared<KnnGraphCache>();
    const SystemResources resources = buildResources(settings, graphs, cancel);
    std::map<std::string, double> graphSeconds;
    std::uint32_t graphTag = tag(kGraphTags);
    for (const std::string& label : buildLabels) {
        const std::optional<KnnGraphSettings> read = graphStillToBuild(label, base, settings.metric, resources);
        if (!read)
            continue;
        say({Stage::Kind::Graph, std::to_string(read->neighbours)});
        std::optional<KnnGraph> graph = buildKnnGraphByBlocks(base.view(), settings.metric, *read, ranks, graphTag, true);
        graphSeconds[label] = graph->seconds + graph->recallSeconds;
        graphs->insert(base.view(), settings.metric, *read, std::make_shared<const KnnGraph>(std::move(*graph)));
        graphTag += 2;
    }

    // The builds as a work queue: each rank takes the next when it is free (no estimate of a build's time
    // is needed), and measures the specs over it.
    std::vector<std::optional<PartitionMethodResult>> methods(run.systems.size());
    Json mine = Json::array();
    const std::string queue = "partition-builds" + suffix;
    for (std::size_t b = ranks.claim(queue); b < buildLabels.size(); b = ranks.claim(queue)) {
        throwIfCancelled(cancel);
        say({Stage::Kind::Building, buildLabels[b]});
        const std::shared_ptr<Searcher> searcher = buildSystem(buildLabels[b], base, settings, resources, say);
        for (std::size_t m = 0; m < run.systems.size(); ++m)
            if (run.systems[m].buildLabel == buildLabels[b]) {
                methods[m] = measureMethod(run.systems[m], searcher, base, queries, truth, settings, say, cancel);
                methods[m]->buildSeconds += graphSeconds[buildLabels[b]];
                mine.push_back({{"system", m}, {"result", toJson(*methods[m], result.dim, settings.targetRecall)}});
            }
    }
    if (ranks.rank() != 0) {
        ranks.send(0, tag(kMethodsTag), mine.dump());
        return std::nullopt;
    }
    for (int r = 1; r < ranks.size(); ++r) {
        say({Stage::Kind::Gathering, std::to_string(r)});
        try {
            for (const Json& entry : Json::parse(ranks.receive(r, tag(kMethodsTag)))) {
                const auto m = jsonField<std::size_t>(entry, "system");
                if (m >= methods.size() || methods[m])
                    throw Error("rank " + std::to_string(r) + " sent method " + std::to_string(m) + ", which is not one it built");
                methods[m] = partitionMethodFromJson(jsonField<Json>(entry, "result"), settings.targetRecall);
            }
        } catch (const Json::exception& error) {
            throw Error("rank " + std::to_string(r) + " sent methods that do not parse: " + error.what());
        }
    }
    for (std::size_t m = 0; m < methods.size(); ++m) {
        if (!methods[m])
            throw Error("no rank sent the results of '" + run.systems[m].label + "'");
        result.methods.push_back(std::move(*methods[m]));
    }
    return std::move(result);
}

double secondsPerQuery(MatrixView queries, const std::function<double(MatrixView)>& search)
{
    const std::size_t first = std::min<std::size_t>(queries.rows, 100);
    const std::vector<float> warming = spreadQueries(queries, first);
    const double estimate = search({warming.data(), first, queries.dim}) * static_cast<double>(queries.rows) / static_cast<double>(first);
    if (estimate < 1.0) {
        double fastest = search(queries);
        for (int repeat = 1; repeat < 3 && fastest < 1.0; ++repeat)
            fastest = std::min(fastest, search(queries));
        return fastest / static_cast<double>(queries.rows);
    }
    const auto count = std::clamp<std::size_t>(static_cast<std::size_t>(std::llround(2.0 * static_cast<double>(queries.rows) / estimate)), first,
                                               queries.rows);
    const std::vector<float> some = spreadQueries(queries, count);
    return search({some.data(), count, queries.dim}) / static_cast<double>(count);
}

std::string recallTargetText(double target)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g", target);
    return text;
}

std::string recallTargetKey(double target)
{
    std::string key = recallTargetText(target);
    std::replace(key.begin(), key.end(), '.', '_');
    return key;
}

std::size_t neighboursForTarget(double target)
{
    return static_cast<std::size_t>(std::ceil(target * 10.0 - 1e-9));
}

std::vector<QueryRouting> routeQuery(const PartitionExperimentResult& result, const float* query, Metric metric, std::size_t top)
{
    if (!result.base)
        throw Error("no partition experiment to route in");
    const MatrixView one{query, 1, result.base->dim()};
    const std::vector<std::int64_t> nearest = ExactSearch(result.base->view(), metric).search(one, std::min<std::size_t>(10, result.base->rows())).ids;
    std::vector<QueryRouting> routings;
    for (const PartitionMethodResult& method : result.methods) {
        const PartitionIndex& index = *method.index;
        QueryRouting routing;
        routing.method = method.method;
        const std::vector<float> scores = index.router->scores(one);
        const auto order = index.router->route(one, 0)[0];
        for (std::size_t i = 0; i < std::min(top, order.size()); ++i)
            routing.topBins.emplace_back(order[i], scores[order[i]]);
        // The bins of the 10 nearest only (a list per base row took most of a routing at 400,000 rows).
        std::vector<std::vector<std::uint32_t>> binsOfNearest(nearest.size());
        for (std::uint32_t b = 0; b < index.bins.size(); ++b)
            for (std::uint32_t row : index.bins[b])
                for (std::size_t n = 0; n < nearest.size(); ++n)
                    if (nearest[n] == static_cast<std::int64_t>(row))
                        binsOfNearest[n].push_back(b);
        for (const std::vector<std::uint32_t>& bins : binsOfNearest)
            routing.neighbourBins.insert(routing.neighbourBins.end(), bins.begin(), bins.end());
        // Probes needed to reach the target: walk the router's order until enough of the 10 are in.
        const std::size_t needed = std::min(neighboursForTarget(result.settings.targetRecall), nearest.size());
        std::size_t covered = 0;
        std::vector<bool> found(nearest.size(), false);
        for (std::size_t p = 0; p < order.size() && covered < needed; ++p)
            for (std::size_t n = 0; n < nearest.size(); ++n)
                if (!found[n]) {
                    const auto& bins = binsOfNearest[n];
                    if (std::find(bins.begin(), bins.end(), order[p]) != bins.end()) {
                        found[n] = true;
                        if (++covered == needed)
                            routing.probesForTarget = p + 1;
                    }
                }
        if (method.rule && !std::isnan(method.thresholdAtTarget)) {
            ProbeWalk walk(index, result.base->view(), metric, method.rule->readsCandidates());
            walk.start(query, scores.data());
            routing.probesByRule = probeWhileAllowed(walk, *method.rule, method.thresholdAtTarget);
        }
        routings.push_back(std::move(routing));
    }
    return routings;
}

} // namespace nnscope
