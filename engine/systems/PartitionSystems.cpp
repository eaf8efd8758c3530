// Every router over bins as a registered system: the hierarchy's twin, the k-means partition, the
// paper's layer 1 as a router, the spilled and the learned partitions. Each entry captures its builder,
// so nothing dispatches on a method's name.
#include "systems/Entries.h"

#include "core/Error.h"
#include "learned/Hierarchy.h"
#include "partition/LearnedStopRule.h"
#include "partition/Methods.h"
#include "partition/RouterWidth.h"

#include <cmath>

namespace nnscope {
namespace {

using PartitionBuilder = PartitionIndex (*)(const Dataset&, Metric, const PartitionSettings&, const CancelToken*);
using GraphOfBuild = KnnGraphSettings (*)(const PartitionSettings&);

// The spec's values read into PartitionSettings (keys an entry does not declare keep their defaults).
PartitionSettings partitionSettings(const SystemArguments& a, const SystemResources& c)
{
    PartitionSettings s;
    s.bins = a.count("bins");
    s.seed = a.isSet("seed") ? a.seed("seed") : c.seed;
    s.threads = c.threads;
    s.graphs = c.graphs;
    s.onEpoch = c.onEpoch;
    for (const auto& [key, field] : {std::pair<const char*, std::size_t*>{"n-init", &s.kmeansRestarts}, {"kmeans-rows", &s.kmeansTrainingRows}, {"knn", &s.graphNeighbors},
                                     {"m", &s.labelNeighbors}, {"rebin", &s.rebinRounds}, {"k", &s.probeNeighbors},
                                     {"epochs", &s.mlp.epochs},
                                     {"epoch-rows", &s.routerRowsPerEpoch}, {"pca", &s.routerPca}})
        a.read(key, *field);
    if (a.has("hidden") && a.text("hidden") == "auto")
        s.routerWidths = kAutoRouterWidths;
    else
        a.read("hidden", s.mlp.hidden);
    a.read("spill", s.spill);
    a.read("lambda", s.soarLambda);
    a.read("init", s.initial);
    a.read("soft", s.softLabels);
    a.read("capacity", s.rebinCapacity);
    a.read("share", s.spillShare);
    a.read("redundancy", s.redundancy);
    a.read("preset", s.layer1Preset);
    a.read("shards", s.layer1Shards);
    a.read("max-epochs", s.layer1MaxEpochs);
    std::string graph = graphMethodName(s.graph.method);
    a.read("graph", graph);
    s.graph.method = parseGraphMethod(graph);
    return s;
}

const SystemParameter kProbes{"probes", ParameterKind::Count, "1", "bins probed per query"};
const SystemParameter kAdaptive{"adaptive", ParameterKind::Text, "none",
                                "adaptive probing: a query stops when it has enough: ratio (score gap to the best bin), mass (the router's "
                                "probability probed) or learned (a model of when the top 10 is complete)",
                                {"none", "ratio", "mass", "learned"}};
const SystemParameter kThreshold{"threshold", ParameterKind::Number, "", "the adaptive rule's threshold (default: ratio 0.5, mass 0.9, learned 0.9)"};

// An adaptive spec's searcher: its rule made over the built index (the learned one trained there).
void probeAdaptivelyIfAsked(PartitionedSearcher& searcher, const SystemArguments& a, std::uint64_t seed)
{
    const std::string rule = a.text("adaptive");
    if (rule == "none")
        return;
    const double threshold = a.isSet("threshold") ? a.number("threshold") : std::nan("");
    searcher.probeAdaptively([rule, seed](const PartitionIndex& index, const Dataset& data, Metric metric, const CancelToken* cancel) {
        return makeProbingRule(rule, index, data, metric, seed, cancel);
    }, threshold);
}
const SystemParameter kRestarts{"n-init", ParameterKind::Count, "3", "k-means restarts", {}, 1, limits::kMaxRestarts};
const SystemParameter kKMeansRows{"kmeans-rows", ParameterKind::Count, "100000",
                                  "k-means trains on at most this many rows, drawn at random, then assigns every row (0: every row)"};
const SystemParameter kHidden{"hidden", ParameterKind::Count, "32",
                              "router MLP hidden width (two hidden layers; Neural LSH: 512; 32 had the lowest total cost on the development sets), "
                              "or auto: 32, 128 or 512, the lowest total cost at recall@10 = 0.9 on held-in base rows, chosen in the build",
                              {"auto"}, 1, 1 << 16};
const SystemParameter kGraph{"graph", ParameterKind::Text, "auto",
                             "k-NN graph: exact, ivf (inverted lists, its recall measured on 1,000 rows) or auto (exact up to 10^13 multiply-adds)",
                             {"auto", "exact", "ivf"}};
const SystemParameter kEpochs{"epochs", ParameterKind::Count, "30", "router training epochs (Adam, batch 256)", {}, 1, limits::kMaxEpochs};
const SystemParameter kRouterPca{"pca", ParameterKind::Count, "0", "the router reads the query's leading principal components (0: the query)"};
const SystemParameter kEpochRows{"epoch-rows", ParameterKind::Count, "100000", "rows each router epoch trains on, drawn afresh (0: every row)"};

SystemEntry partitionEntry(const std::string& method, const std::string& summary, std::vector<SystemParameter> extra, PartitionBuilder builder,
                           GraphOfBuild graphRead = nullptr)
{
    SystemEntry entry;
    entry.name = method;
    entry.summary = summary;
    entry.parameters = {{"bins", ParameterKind::Count, "16", "bins of the partition", {}, 2, limits::kMaxInt}, kProbes, kAdaptive, kThreshold,
                        {"seed", ParameterKind::Count, "", "seed of clustering and training (default: the run's seed)"}};
    entry.parameters.insert(entry.parameters.end(), extra.begin(), extra.end());
    entry.probeKey = "probes";
    entry.searchKeys = {kAdaptive.key, kThreshold.key};
    entry.make = [method, builder](const SystemArguments& a, const SystemResources& c) -> std::unique_ptr<Searcher> {
        const PartitionSettings s = partitionSettings(a, c);
        auto searcher = std::make_unique<PartitionedSearcher>(
            method, [builder, s](const Dataset& data, Metric metric, const CancelToken* cancel) { return builder(data, metric, s, cancel); },
            a.count("probes"), c.cancel);
        probeAdaptivelyIfAsked(*searcher, a, s.seed);
        return searcher;
    };
    if (graphRead)
        entry.graphRead = [graphRead](const SystemArguments& a, const SystemResources& c) { return graphRead(partitionSettings(a, c)); };
    return entry;
}

// A partition over the run's clustering (the twin, layer1 over the run's hierarchy): checked against
// the rows it is built on.
std::unique_ptr<PartitionedSearcher> overRunsClustering(const std::string& method, std::function<PartitionIndex()> make,
                                                       std::shared_ptr<const KMeansResult> clustering, std::size_t probes)
{
    return std::make_unique<PartitionedSearcher>(
        method,
        [method, make = std::move(make), clustering](const Dataset& data, Metric, const CancelToken*) {
            if (clustering->assignment.size() != data.rows() || clustering->dim != data.dim())
                throw Error(method + ": the run's clustering does not belong to '" + data.source() + "'");
            return make();
        },
        probes);
}

} // namespace

SystemEntry twinSystem()
{
    SystemEntry entry;
    entry.name = "twin";
    entry.summary = "the hierarchy's non-learned twin: nearest centroid(s) of the run's clustering, exact search inside (an IVF over k-means)";
    entry.parameters = {kProbes,
                        {"clusters", ParameterKind::Count, "", "k-means clusters when the run has no clustering (default: round(sqrt(rows)))"},
                        {"n-init", ParameterKind::Count, "10", "k-means restarts of its own clustering", {}, 1, limits::kMaxRestarts}};
    entry.probeKey = kProbes.key;
    entry.make = [](const SystemArguments& a, const SystemResources& c) -> std::unique_ptr<Searcher> {
        if (c.clustering && !a.isSet("clusters")) {
            const std::shared_ptr<const KMeansResult> clustering = c.clustering;
            return overRunsClustering("twin", [clustering] { return centroidPartition(*clustering, "the run's k-means clusters"); },
                                      clustering, a.count("probes"));
        }
        const std::size_t clusters = a.count("clusters"), restarts = a.count("n-init");
        const std::uint64_t seed = c.seed;
        return std::make_unique<PartitionedSearcher>(
            "twin",
            [clusters, restarts, seed](const Dataset& data, Metric metric, const CancelToken* cancel) {
                KMeansSettings settings;
                settings.clusters = clusters ? clusters : std::max<std::size_t>(1, static_cast<std::size_t>(std::lround(std::sqrt(static_cast<double>(data.rows())))));
                settings.nInit = restarts;
                settings.seed = seed;
                settings.spherical = metric == Metric::Cosine;
                return centroidPartition(kmeans(data.view(), settings, cancel), "its own k-means clusters");
            },
            a.count("probes"), c.cancel);
    };
    return entry;
}

SystemEntry kmeansPartitionSystem()
{
    return partitionEntry("kmeans", "k-means bins, nearest-centroid routing: the IVF baseline", {kRestarts, kKMeansRows}, &buildKMeansPartition);
}

SystemEntry layer1System()
{
    SystemEntry entry = partitionEntry(
        "layer1", "the paper's layer-1 CNN as a router over k-means bins, trained on the rows (in a run with a trained hierarchy: its layer 1 "
                  "and clusters, and bins, n-init and preset do not apply)",
        {kRestarts, kKMeansRows, {"preset", ParameterKind::Text, "fast", "the hierarchy preset layer 1 is trained with", {"fast", "paper"}}, kEpochRows,
         {"shards", ParameterKind::Count, "2",
          "each batch's gradient summed from this many parts, each on a thread of its own (1: the whole batch at once, as the paper's Keras)",
          {}, 1, 256},
         {"max-epochs", ParameterKind::Count, "", "layer 1's most training epochs (default: the preset's, fast 60, paper 500)", {}, 1, limits::kMaxEpochs}},
        &buildLayer1Partition);
    const auto ownTraining = entry.make;
    entry.make = [ownTraining](const SystemArguments& a, const SystemResources& c) -> std::unique_ptr<Searcher> {
        // A run's trained hierarchy lends its layer 1 and its clustering: the comparison with its twin.
        // Augmentation changes layer 2 only, so an augmented run's layer 1 serves as well.
        const std::shared_ptr<const Hierarchy> hierarchy = c.hierarchy ? c.hierarchy : c.augmented;
        if (!hierarchy)
            return ownTraining(a, c);
        const std::shared_ptr<const KMeansResult> clustering(hierarchy, &hierarchy->clustering());
        auto searcher = overRunsClustering(
            "layer1", [hierarchy] { return layer1Partition(hierarchy->clustering(), Layer1Network::of(*hierarchy), "the run's layer 1 over its k-means clusters"); },
            clustering, a.count("probes"));
        probeAdaptivelyIfAsked(*searcher, a, a.isSet("seed") ? a.seed("seed") : c.seed);
        return searcher;
    };
    return entry;
}

SystemEntry kmeansSpillSystem()
{
    return partitionEntry("kmeans-spill", "k-means bins with every row also in a second bin (SOAR or next-nearest): the non-learned control",
                          {kRestarts, kKMeansRows, {"spill", ParameterKind::Text, "soar", "the second bin: soar or nearest", {"soar", "nearest"}},
                           {"lambda", ParameterKind::Number, "1", "SOAR's weight on the residuals' alignment"},
                           {"share", ParameterKind::Number, "1", "share of rows spilled, those nearest a boundary (storage 1 + share x the rows)"}},
                          &buildSpilledKMeansPartition);
}

SystemEntry neuralPartitionSystem()
{
    return partitionEntry("neural", "Neural LSH: balanced k-NN-graph bins, an MLP router trained on soft labels (rows optionally re-binned by it)",
                          {kRestarts, kKMeansRows, {"init", ParameterKind::Text, "metis", "initial bins: metis (the k-NN graph) or kmeans", {"metis", "kmeans"}},
                           {"knn", ParameterKind::Count, "10", "neighbours per row in the k-NN graph"},
                           {"m", ParameterKind::Count, "10", "neighbours whose bins form a row's soft label (Neural LSH's code: 50)"},
                           {"soft", ParameterKind::Flag, "1", "soft labels (else the row's own bin)"},
                           {"rebin", ParameterKind::Count, "0", "train-and-re-bin rounds (0: keep the initial bins; Neural LSH: 1)", {}, 0, 1000},
                           {"capacity", ParameterKind::Number, "0", "re-binning: largest bin allowed, x mean bin (0: no limit)"}, kGraph, kHidden, kRouterPca, kEpochs, kEpochRows},
                          &buildNeuralPartition, &neuralPartitionGraph);
}

SystemEntry neuralProbeSystem()
{
    return partitionEntry("neural-probe", "LIRA-style: k-means bins, an MLP prober trained on where each row's nearest neighbours live",
                          {kRestarts, kKMeansRows, {"k", ParameterKind::Count, "10", "neighbours whose bins form a row's target"}, kGraph, kHidden, kRouterPca, kEpochs,
                           kEpochRows,
                           {"redundancy", ParameterKind::Number, "0",
                            "LIRA's learned redundancy: extra copies, a share of the rows, each row also where the prober routes it"}},
                          &buildNeuralProbePartition, &neuralProbeGraph);
}

} // namespace nnscope
