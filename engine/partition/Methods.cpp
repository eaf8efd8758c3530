#include "partition/Methods.h"

#include "cluster/KMeans.h"
#include "core/ByteUnits.h"
#include "core/Error.h"
#include "core/Limits.h"
#include "core/Random.h"
#include "core/Stopwatch.h"
#include "core/VectorMath.h"
#include "learned/Cost.h"
#include "partition/NetworkRouter.h"
#include "partition/RouterWidth.h"
#include "graph/KnnGraph.h"

#include <metis.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace nnscope {
namespace {

KMeansResult clusterRows(const Dataset& data, Metric metric, const PartitionSettings& settings, const CancelToken* cancel)
{
    KMeansSettings kmeansSettings;
    kmeansSettings.clusters = settings.bins;
    kmeansSettings.nInit = settings.kmeansRestarts;
    kmeansSettings.seed = settings.seed;
    kmeansSettings.spherical = metric == Metric::Cosine;
    if (settings.kmeansTrainingRows > 0 && data.rows() > settings.kmeansTrainingRows)
        kmeansSettings.samplePerCentroid = (settings.kmeansTrainingRows + settings.bins - 1) / settings.bins;
    return kmeans(data.view(), kmeansSettings, cancel);
}

// " (trained on N sampled rows)" when the clustering trained on a sample, for a build's description.
std::string sampleNote(const KMeansResult& clustering)
{
    return clustering.trainingRows < clustering.assignment.size()
        ? " (trained on " + std::to_string(clustering.trainingRows) + " sampled rows)"
        : "";
}

std::vector<std::vector<std::uint32_t>> binsOf(const std::vector<std::uint32_t>& labels, std::size_t bins)
{
    std::vector<std::vector<std::uint32_t>> out(bins);
    for (std::size_t row = 0; row < labels.size(); ++row)
        out[labels[row]].push_back(static_cast<std::uint32_t>(row));
    return out;
}

// Adds to `members` the `count` copies with the smallest key: (key, row, bin) candidates, a row at most
// once per bin. Bins stay sorted by row.
struct Copy {
    double key;
    std::uint32_t row, bin;
};
void addCopies(std::vector<std::vector<std::uint32_t>>& members, std::vector<Copy> candidates, std::size_t count)
{
    count = std::min(count, candidates.size());
    const auto byKey = [](const Copy& a, const Copy& b) { return a.key < b.key || (a.key == b.key && (a.row < b.row || (a.row == b.row && a.bin < b.bin))); };
    std::nth_element(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(count), candidates.end(), byKey);
    for (std::size_t i = 0; i < count; ++i)
        members[candidates[i].bin].push_back(candidates[i].row);
    for (auto& bin : members)
        std::sort(bin.begin(), bin.end());
}

// The k-NN graph a build reads (graph/KnnGraph.h: exact, or approximate past its budget), from the run's
// cache when it has one.
std::shared_ptr<const KnnGraph> nearestRows(const Dataset& data, Metric metric, const KnnGraphSettings& graph, const PartitionSettings& settings,
                                            const CancelToken* cancel)
{
    if (settings.graphs)
        return settings.graphs->graph(data.view(), metric, graph, cancel);
    return std::make_shared<const KnnGraph>(buildKnnGraph(data.view(), metric, graph, cancel));
}

// Every row's `k` nearest other rows under the partition's graph settings, seed and threads.
KnnGraphSettings graphWithNeighbours(const PartitionSettings& settings, std::size_t k)
{
    KnnGraphSettings graph = settings.graph;
    graph.neighbours = k;
    graph.seed = settings.seed;
    graph.threads = settings.threads;
    return graph;
}

// ", k-NN graph: exact" or its approximation and measured recall, for a build's description.
std::string graphNote(const KnnGraph& graph)
{
    if (graph.method == GraphMethod::Exact)
        return ", exact k-NN graph";
    std::string note = ", IVF k-NN graph (" + std::to_string(graph.lists) + " lists, " + std::to_string(graph.probes) + " probed";
    if (graph.recallRows > 0)
        note += ", recall@" + std::to_string(graph.k) + " " + std::to_string(graph.recall).substr(0, 5) + " on " + std::to_string(graph.recallRows) + " rows";
    return note + ")";
}

// Per row, the distribution of its m nearest neighbours' bins (soft), or its own bin (hard);
// `neighbours` holds `stride` ids per row, nearest first.
std::vector<float> binTargets(const std::vector<std::uint32_t>& labels, const std::vector<std::int64_t>& neighbours, std::size_t stride,
                              std::size_t m, std::size_t bins, bool soft)
{
    std::vector<float> targets(labels.size() * bins, 0.0f);
    for (std::size_t row = 0; row < labels.size(); ++row) {
        float* target = targets.data() + row * bins;
        if (!soft) {
            target[labels[row]] = 1.0f;
            continue;
        }
        for (std::size_t j = 0; j < m; ++j)
            target[labels[static_cast<std::size_t>(neighbours[row * stride + j])]] += 1.0f / static_cast<float>(m);
    }
    return targets;
}

// Each row's most probable bin; with a capacity (× mean bin size), rows go most confident first to
// their most probable bin that still has room, so re-binning cannot pile the data into a few bins.
std::vector<std::uint32_t> mostProbableBins(const std::vector<float>& probabilities, std::size_t rows, std::size_t bins, double capacity)
{
    std::vector<std::uint32_t> labels(rows);
    for (std::size_t row = 0; row < rows; ++row) {
        const float* p = probabilities.data() + row * bins;
        labels[row] = static_cast<std::uint32_t>(std::max_element(p, p + bins) - p);
    }
    if (capacity <= 0.0)
        return labels;
    const auto limit = std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(capacity * static_cast<double>(rows) / static_cast<double>(bins))));
    std::vector<std::size_t> order(rows);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return probabilities[a * bins + labels[a]] > probabilities[b * bins + labels[b]];
    });
    std::vector<std::size_t> filled(bins, 0);
    std::vector<std::uint32_t> ranked(bins);
    for (std::size_t row : order) {
        const float* p = probabilities.data() + row * bins;
        std::iota(ranked.begin(), ranked.end(), 0u);
        std::stable_sort(ranked.begin(), ranked.end(), [p](std::uint32_t a, std::uint32_t b) { return p[a] > p[b]; });
        const auto room = std::find_if(ranked.begin(), ranked.end(), [&](std::uint32_t bin) { return filled[bin] < limit; });
        labels[row] = *room; // limit × bins ≥ rows, so some bin has room
        ++filled[*room];
    }
    return labels;
}

// Refuses, before any work, what would need more than the memory budget.
void checkWithinBudget(const std::string& method, const std::string& what, double bytes, const PartitionSettings& settings)
{
    if (bytes > static_cast<double>(settings.memoryBudgetBytes))
        throw Error(method + ": " + what + " would need " + gibText(bytes) + ", over the " + gibText(static_cast<double>(settings.memoryBudgetBytes))
                    + " memory budget");
}

MlpSettings mlpFor(const PartitionSettings& settings, std::uint64_t stream)
{
    MlpSettings mlp = settings.mlp;
    mlp.seed = Random::derive(settings.seed, stream);
    mlp.threads = settings.threads;
    mlp.rowsPerEpoch = settings.routerRowsPerEpoch;
    return mlp;
}

// The router: an MLP trained on the rows' `targets`, reading the rows or their leading principal components.
std::shared_ptr<const Router> trainRouter(const Dataset& data, const std::vector<float>& targets, MlpLoss loss, const PartitionSettings& settings,
                                          std::uint64_t stream, const CancelToken* cancel)
{
    const std::size_t bins = settings.bins;
    const auto epochEnded = [&settings](std::size_t epoch, double meanLoss) {
        if (settings.onEpoch) {
            EpochRecord record;
            record.epoch = epoch;
            record.loss = meanLoss;
            settings.onEpoch(record, settings.mlp.epochs);
        }
    };
    if (settings.routerPca == 0) {
        Mlp network(data.dim(), bins, mlpFor(settings, stream));
        network.train(data.view(), targets, loss, cancel, epochEnded);
        return std::make_shared<MlpRouter>(std::move(network), "MLP");
    }
    constexpr std::size_t kPcaRows = 20000;
    const std::vector<std::size_t> sample =
        Random(Random::derive(settings.seed, stream ^ seedstream::kRouterPca)).sampleIndices(data.rows(), std::min(data.rows(), kPcaRows));
    const std::vector<float> fitted = gatherRows(data.view(), sample);
    Pca pca = Pca::fit({fitted.data(), sample.size(), data.dim()}, settings.routerPca);
    const std::vector<float> projected = pca.project(data.view());
    Mlp network(settings.routerPca, bins, mlpFor(settings, stream));
    network.train({projected.data(), data.rows(), settings.routerPca}, targets, loss, cancel, epochEnded);
    return std::make_shared<ProjectedMlpRouter>(ProjectedMlp(std::move(pca), std::move(network)),
                                                "MLP on " + std::to_string(settings.routerPca) + " principal components,");
}

// The router's width: `settings.mlp.hidden`, or the one chosen among `settings.routerWidths` by routers
// trained on `targets` over `bins` (their trials' seconds added to `trainSeconds`, the choice to `note`).
std::size_t routerWidth(const Dataset& data, Metric metric, const std::vector<std::vector<std::uint32_t>>& bins, const std::vector<float>& targets,
                        MlpLoss loss, const PartitionSettings& settings, std::uint64_t stream, const CancelToken* cancel, double& trainSeconds,
                        std::string& note)
{
    if (settings.routerWidths.empty())
        return settings.mlp.hidden;
    const WidthChoice choice = chooseRouterWidth(
        data, metric, bins, settings.routerWidths, settings.routerWidthRecall, settings.seed,
        [&](std::size_t hidden, const std::vector<std::size_t>& heldOut) {
            PartitionSettings trial = settings;
            trial.mlp.hidden = hidden;
            trial.mlp.heldOutRows = heldOut;
            return trainRouter(data, targets, loss, trial, Random::derive(stream ^ seedstream::kWidthTrial, hidden), cancel);
        },
        cancel);
    trainSeconds += choice.trainSeconds;
    note = choice.describe(settings.routerWidthRecall);
    return choice.hidden;
}

} // namespace

void checkPartitionSettings(const std::string& method, const PartitionSettings& s, std::size_t rows)
{
    if (s.bins < 2 || s.bins > rows / 2)
        throw Error(method + ": " + std::to_string(s.bins) + " bins do not fit " + std::to_string(rows) + " rows (2 to rows / 2 = "
                    + std::to_string(rows / 2) + ")");
    if (s.spill != "soar" && s.spill != "nearest")
        throw Error(method + ": spill must be soar or nearest, got '" + s.spill + "'");
    if (s.initial != "metis" && s.initial != "kmeans")
        throw Error(method + ": init must be metis or kmeans, got '" + s.initial + "'");
    if (s.rebinCapacity != 0.0 && !(s.rebinCapacity >= 1.0))
        throw Error(method + ": capacity must be 0 (no limit) or at least 1 (x the mean bin)");
    if (!(s.spillShare > 0.0 && s.spillShare <= 1.0))
        throw Error(method + ": share must be in (0, 1] (the share of rows spilled)");
    if (!(s.redundancy >= 0.0 && s.redundancy <= static_cast<double>(s.bins - 1)))
        throw Error(method + ": redundancy must be 0 to bins - 1 (extra copies, a share of the rows)");
    limits::checkCount(s.kmeansRestarts, limits::kMaxRestarts, method + ": n-init");
    limits::checkCount(s.rebinRounds + 1, limits::kMaxEpochs, method + ": rebin rounds + 1");
    limits::checkThreads(s.threads);
}

void checkRouterTraining(const std::string& method, const PartitionSettings& s, std::size_t rows, std::size_t dim, std::size_t neighbours)
{
    checkPartitionSettings(method, s, rows);
    if (neighbours == 0 || neighbours >= rows)
        throw Error(method + ": " + std::to_string(neighbours) + " neighbours per row need more than " + std::to_string(rows) + " rows");
    // The widest router the build trains (one at a time): the width, or the widest `hidden=auto` tries.
    const std::size_t hidden = std::max(s.mlp.hidden, s.routerWidths.empty() ? 0 : *std::max_element(s.routerWidths.begin(), s.routerWidths.end()));
    if (hidden == 0 || s.mlp.epochs == 0 || std::count(s.routerWidths.begin(), s.routerWidths.end(), 0) > 0)
        throw Error(method + ": the router needs a hidden width and epochs of at least 1");
    limits::checkCount(s.mlp.epochs, limits::kMaxEpochs, method + ": epochs");
    limits::checkCount(hidden, limits::kMaxInt, method + ": hidden");
    if (s.routerPca >= dim)
        throw Error(method + ": the router's pca=" + std::to_string(s.routerPca) + " components must be fewer than the data's " + std::to_string(dim)
                    + " dimensions (0: the query itself)");
    KnnGraphSettings graph = s.graph;
    graph.neighbours = neighbours;
    const double graphBytes = knnGraphBytes(rows, graph);
    const double routerWeights = static_cast<double>(dim * hidden + hidden * hidden * (s.mlp.hiddenLayers - 1) + hidden * s.bins);
    // The inputs and the targets, the weights with Adam's moments. Training now reads the inputs and the
    // targets in place (TorchMlp standardises batch by batch), so the first term overcounts what it
    // allocates; the budget keeps it rather than admit larger runs unmeasured.
    const double trainingBytes = 4.0 * static_cast<double>(rows) * static_cast<double>(dim + s.bins) + 16.0 * routerWeights;
    checkWithinBudget(method, "the k-NN graph and the router's training", graphBytes + trainingBytes, s);
}

std::vector<std::uint32_t> partitionGraph(const KnnGraph& graph, std::size_t neighbours, std::size_t parts, double imbalance,
                                          std::uint64_t seed)
{
    if (neighbours > graph.k || graph.ids.size() != graph.rows * graph.k)
        throw Error("the k-NN graph holds " + std::to_string(graph.k) + " neighbours per row, not " + std::to_string(neighbours));
    // CSR of the symmetrised, duplicate-free graph, written in place: each row's edges both ways go into
    // one array (counted first), then each row is sorted, made unique and moved down over the gaps. No
    // list per row: at a million rows those cost more than the edges.
    const std::size_t n = graph.rows;
    const auto each = [&](const auto& edge) {
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t r = 0; r < neighbours; ++r) {
                const auto j = static_cast<std::size_t>(graph.id(i, r));
                if (j != i)
                    edge(i, j);
            }
    };
    std::vector<idx_t> xadj(n + 1, 0);
    each([&](std::size_t i, std::size_t j) {
        ++xadj[i + 1];
        ++xadj[j + 1];
    });
    for (std::size_t i = 0; i < n; ++i)
        xadj[i + 1] += xadj[i];
    std::vector<idx_t> adjncy(static_cast<std::size_t>(xadj[n]));
    {
        std::vector<idx_t> next(xadj.begin(), xadj.end() - 1);
        each([&](std::size_t i, std::size_t j) {
            adjncy[static_cast<std::size_t>(next[i]++)] = static_cast<idx_t>(j);
            adjncy[static_cast<std::size_t>(next[j]++)] = static_cast<idx_t>(i);
        });
    }
    std::size_t written = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto first = adjncy.begin() + xadj[i], last = adjncy.begin() + xadj[i + 1];
        std::sort(first, last);
        const auto unique = std::unique(first, last);
        xadj[i] = static_cast<idx_t>(written);
        written = static_cast<std::size_t>(std::move(first, unique, adjncy.begin() + static_cast<std::ptrdiff_t>(written)) - adjncy.begin());
    }
    xadj[n] = static_cast<idx_t>(written);
    adjncy.resize(written);
    idx_t vertices = static_cast<idx_t>(n), constraints = 1, partCount = static_cast<idx_t>(parts), cut = 0;
    real_t tolerance = static_cast<real_t>(imbalance);
    idx_t options[METIS_NOPTIONS];
    METIS_SetDefaultOptions(options);
    options[METIS_OPTION_SEED] = static_cast<idx_t>(seed % 2147483647);
    options[METIS_OPTION_NUMBERING] = 0;
    std::vector<idx_t> labels(n, 0);
    const int status = METIS_PartGraphKway(&vertices, &constraints, xadj.data(), adjncy.data(), nullptr, nullptr, nullptr, &partCount,
                                           nullptr, &tolerance, options, &cut, labels.data());
    if (status != METIS_OK)
        throw Error("METIS could not partition the k-NN graph (status " + std::to_string(status) + ")");
    return {labels.begin(), labels.end()};
}

PartitionIndex centroidPartition(const KMeansResult& clustering, std::string description)
{
    PartitionIndex index;
    index.router = std::make_shared<CentroidRouter>(clustering.centroids, clustering.dim, clustering.spherical);
    index.bins = binsOf(clustering.assignment, clustering.clusters);
    index.description = std::move(description);
    return index;
}

PartitionIndex layer1Partition(const KMeansResult& clustering, Layer1Network network, std::string description)
{
    if (network.outputs() != clustering.clusters || network.inputs() != clustering.dim)
        throw Error("layer 1 and the clustering it routes over disagree");
    PartitionIndex index;
    index.trainSeconds = network.record().seconds;
    index.router = std::make_shared<Layer1Router>(std::move(network), "the paper's layer-1 CNN");
    index.bins = binsOf(clustering.assignment, clustering.clusters);
    index.description = std::move(description);
    return index;
}

PartitionIndex buildKMeansPartition(const Dataset& data, Metric metric, const PartitionSettings& settings, const CancelToken* cancel)
{
    checkPartitionSettings("kmeans", settings, data.rows());
    const KMeansResult clustering = clusterRows(data, metric, settings, cancel);
    return centroidPartition(clustering, "k-means" + sampleNote(clustering));
}

PartitionIndex buildLayer1Partition(const Dataset& data, Metric metric, const PartitionSettings& settings, const CancelToken* cancel)
{
    checkPartitionSettings("layer1", settings, data.rows());
    HierarchySettings hierarchy = presetSettings(settings.layer1Preset, Protocol::Corrected);
    hierarchy.seed = settings.seed;
    hierarchy.threads = settings.threads;
    hierarchy.kmeans.clusters = settings.bins;
    hierarchy.layer1.shards = settings.layer1Shards;
    if (settings.layer1MaxEpochs > 0)
        hierarchy.layer1.maxEpochs = settings.layer1MaxEpochs;
    checkTrainerSettings(hierarchy.layer1); // before the clustering: shards beyond the batch refused at once
    // An epoch of the fast preset is one pass over the rows: past routerRowsPerEpoch rows it becomes that
    // many rows' worth of batches (the paper preset has its own fixed steps per epoch).
    if (settings.routerRowsPerEpoch > 0 && data.rows() > settings.routerRowsPerEpoch && hierarchy.layer1.stepsPerEpoch == 0)
        hierarchy.layer1.stepsPerEpoch = (settings.routerRowsPerEpoch + hierarchy.layer1.batchSize - 1) / hierarchy.layer1.batchSize;
    const std::uint64_t routerBytes = 4 * classifierCost(hierarchy.model, data.dim(), settings.bins).parameters;
    checkWithinBudget("layer1", "the router's weights and training state",
                      static_cast<double>(routerBytes + trainingStateBytes(routerBytes, hierarchy.layer1)), settings);
    const KMeansResult clustering = clusterRows(data, metric, settings, cancel);
    return layer1Partition(clustering, Layer1Network::train(data.view(), clustering, hierarchy, cancel, settings.onEpoch),
                           "k-means bins, the paper's layer-1 CNN as router (" + settings.layer1Preset + " preset)");
}

std::vector<std::uint32_t> spillAssignments(MatrixView data, const KMeansResult& clustering, double soarLambda)
{
    const std::size_t dim = data.dim, bins = clustering.clusters;
    std::vector<std::uint32_t> second(data.rows);
    std::vector<float> x(dim), residual(dim);
    for (std::size_t row = 0; row < data.rows; ++row) {
        std::copy_n(data.row(row), dim, x.begin());
        if (clustering.spherical)
            normalise(x.data(), dim);
        const std::uint32_t primary = clustering.assignment[row];
        for (std::size_t j = 0; j < dim; ++j)
            residual[j] = x[j] - clustering.centroid(primary)[j];
        const double residualNorm = dot(residual.data(), residual.data(), dim);
        double best = HUGE_VAL;
        second[row] = primary;
        for (std::uint32_t c = 0; c < bins; ++c) {
            if (c == primary)
                continue;
            const float* centroid = clustering.centroid(c);
            double squared = 0.0, along = 0.0;
            for (std::size_t j = 0; j < dim; ++j) {
                const double r = double(x[j]) - centroid[j];
                squared += r * r;
                along += r * residual[j];
            }
            const double loss = squared + (soarLambda > 0.0 && residualNorm > 0.0 ? soarLambda * along * along / residualNorm : 0.0);
            if (loss < best) {
                best = loss;
                second[row] = c;
            }
        }
    }
    return second;
}

PartitionIndex buildSpilledKMeansPartition(const Dataset& data, Metric metric, const PartitionSettings& settings, const CancelToken* cancel)
{
    checkPartitionSettings("kmeans-spill", settings, data.rows());
    const KMeansResult clustering = clusterRows(data, metric, settings, cancel);
    const std::size_t dim = data.dim(), bins = settings.bins;
    const bool soar = settings.spill == "soar";
    std::vector<std::vector<std::uint32_t>> members = binsOf(clustering.assignment, bins);
    const std::vector<std::uint32_t> second = spillAssignments(data.view(), clustering, soar ? settings.soarLambda : 0.0);
    // The rows nearest a boundary first: the smallest gap between the second bin's centroid score and the
    // row's own (every row when the share is 1).
    std::vector<Copy> copies;
    for (std::size_t row = 0; row < data.rows(); ++row)
        if (second[row] != clustering.assignment[row]) {
            const double gap = centreScore(data.row(row), clustering.centroids.data() + second[row] * dim, dim, clustering.spherical)
                - centreScore(data.row(row), clustering.centroids.data() + clustering.assignment[row] * dim, dim, clustering.spherical);
            copies.push_back({gap, static_cast<std::uint32_t>(row), second[row]});
        }
    addCopies(members, std::move(copies), static_cast<std::size_t>(std::llround(settings.spillShare * static_cast<double>(data.rows()))));
    PartitionIndex index;
    index.router = std::make_shared<CentroidRouter>(clustering.centroids, dim, clustering.spherical);
    index.bins = std::move(members);
    index.description = (soar ? "k-means, spilled by SOAR (lambda " + std::to_string(settings.soarLambda).substr(0, 4) + ")"
                              : std::string("k-means, spilled to the next-nearest centroid"))
        + (settings.spillShare < 1.0 ? ", the " + std::to_string(settings.spillShare).substr(0, 4) + " of rows nearest a boundary" : "")
        + sampleNote(clustering);
    return index;
}

KnnGraphSettings neuralPartitionGraph(const PartitionSettings& settings)
{
    return graphWithNeighbours(settings, std::max(settings.graphNeighbors, settings.labelNeighbors));
}

KnnGraphSettings neuralProbeGraph(const PartitionSettings& settings)
{
    return graphWithNeighbours(settings, settings.probeNeighbors);
}

PartitionIndex buildNeuralPartition(const Dataset& data, Metric metric, const PartitionSettings& settings, const CancelToken* cancel)
{
    const KnnGraphSettings graphSettings = neuralPartitionGraph(settings);
    checkRouterTraining("neural", settings, data.rows(), data.dim(), graphSettings.neighbours);
    const std::size_t n = data.rows(), bins = settings.bins, m = graphSettings.neighbours;
    const std::shared_ptr<const KnnGraph> graph = nearestRows(data, metric, graphSettings, settings, cancel);
    const KnnGraph& nearest = *graph;
    const std::vector<std::int64_t>& neighbours = nearest.ids;

    std::vector<std::uint32_t> labels;
    if (settings.initial == "metis") {
        labels = partitionGraph(nearest, settings.graphNeighbors, bins, settings.graphImbalance, settings.seed);
    } else {
        labels = clusterRows(data, metric, settings, cancel).assignment;
    }
    throwIfCancelled(cancel);

    // Train on the current bins, then (rebinRounds times) move every row to the network's most
    // probable bin and train again on the new bins; the last network routes.
    double trainSeconds = 0.0;
    std::string widthNote;
    PartitionSettings trained = settings;
    std::shared_ptr<const Router> router;
    for (std::size_t round = 0; round <= settings.rebinRounds; ++round) {
        if (round > 0)
            labels = mostProbableBins(router->scores(data.view()), n, bins, settings.rebinCapacity);
        const std::vector<float> targets = binTargets(labels, neighbours, m, settings.labelNeighbors, bins, settings.softLabels);
        if (round == 0)
            trained.mlp.hidden = routerWidth(data, metric, binsOf(labels, bins), targets, MlpLoss::SoftLabels, settings,
                                             seedstream::kNeuralRouter, cancel, trainSeconds, widthNote);
        const auto trainStart = Clock::now();
        router = trainRouter(data, targets, MlpLoss::SoftLabels, trained, seedstream::kNeuralRouter + round, cancel);
        trainSeconds += secondsSince(trainStart);
    }
    if (settings.rebinRounds > 0)
        labels = mostProbableBins(router->scores(data.view()), n, bins, settings.rebinCapacity);
    PartitionIndex index;
    index.bins = binsOf(labels, bins);
    index.router = std::move(router);
    index.description = std::string("Neural LSH (") + (settings.initial == "metis" ? "METIS" : "k-means") + " bins, "
        + (settings.softLabels ? "soft labels from " + std::to_string(settings.labelNeighbors) + " neighbours" : "hard labels") + ", "
        + std::to_string(settings.rebinRounds) + " re-binning round" + (settings.rebinRounds == 1 ? "" : "s")
        + (settings.rebinCapacity > 0.0 && settings.rebinRounds > 0 ? ", bins capped at " + std::to_string(settings.rebinCapacity).substr(0, 4) + "x the mean" : "")
        + graphNote(nearest) + widthNote + ")";
    index.trainSeconds = trainSeconds;
    return index;
}

PartitionIndex buildNeuralProbePartition(const Dataset& data, Metric metric, const PartitionSettings& settings, const CancelToken* cancel)
{
    const KnnGraphSettings graphSettings = neuralProbeGraph(settings);
    checkRouterTraining("neural-probe", settings, data.rows(), data.dim(), graphSettings.neighbours);
    const std::size_t n = data.rows(), bins = settings.bins, k = graphSettings.neighbours;
    const KMeansResult clustering = clusterRows(data, metric, settings, cancel);
    const std::shared_ptr<const KnnGraph> graph = nearestRows(data, metric, graphSettings, settings, cancel);
    const KnnGraph& nearest = *graph;
    const std::vector<std::int64_t>& neighbours = nearest.ids;
    // Multi-label target: the bins holding the row's k nearest neighbours.
    std::vector<float> targets(n * bins, 0.0f);
    for (std::size_t row = 0; row < n; ++row)
        for (std::size_t j = 0; j < k; ++j)
            targets[row * bins + clustering.assignment[static_cast<std::size_t>(neighbours[row * k + j])]] = 1.0f;
    PartitionIndex index;
    index.bins = binsOf(clustering.assignment, bins);
    std::string widthNote;
    PartitionSettings trained = settings;
    trained.mlp.hidden = routerWidth(data, metric, index.bins, targets, MlpLoss::MultiLabel, settings, seedstream::kProbeRouter, cancel,
                                     index.trainSeconds, widthNote);
    const auto trainStart = Clock::now();
    std::shared_ptr<const Router> router = trainRouter(data, targets, MlpLoss::MultiLabel, trained, seedstream::kProbeRouter, cancel);
    index.trainSeconds += secondsSince(trainStart);
    if (settings.redundancy > 0.0) {
        // LIRA's learned redundancy: each row also where the prober routes it as a query, best rated first.
        const std::vector<float> rated = router->scores(data.view());
        std::vector<Copy> copies;
        copies.reserve(n * (bins - 1));
        for (std::size_t row = 0; row < n; ++row)
            for (std::uint32_t b = 0; b < bins; ++b)
                if (b != clustering.assignment[row])
                    copies.push_back({-static_cast<double>(rated[row * bins + b]), static_cast<std::uint32_t>(row), b});
        addCopies(index.bins, std::move(copies), static_cast<std::size_t>(std::llround(settings.redundancy * static_cast<double>(n))));
    }
    index.router = std::move(router);
    index.description = "k-means bins" + sampleNote(clustering) + ", LIRA-style prober (bins of each row's " + std::to_string(k)
        + " nearest neighbours" + graphNote(nearest) + widthNote + ")"
        + (settings.redundancy > 0.0 ? ", " + std::to_string(settings.redundancy).substr(0, 4) + " x the rows copied where the prober routes them" : "");
    return index;
}

} // namespace nnscope
