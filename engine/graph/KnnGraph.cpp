#include "graph/KnnGraph.h"

#include "cluster/KMeans.h"
#include "core/Error.h"
#include "core/Limits.h"
#include "core/Random.h"
#include "core/Stopwatch.h"
#include "search/ExactSearch.h"

#include <algorithm>
#include <cstdio>
#include <cmath>
#include <limits>
#include <numeric>

namespace nnscope {
namespace {

// Rows searched per batch: a cancel waits for at most one batch, and the results held beside the
// graph are one batch's ids and distances.
constexpr std::size_t kBatchRows = 8192;

// The exact graph of rows [first, end), batch by batch.
void searchExact(const ExactSearch& search, KnnGraph& graph, std::size_t first, std::size_t end, const CancelToken* cancel,
                 const std::function<void(double)>& progress)
{
    std::vector<std::size_t> batch;
    for (std::size_t start = first; start < end; start += kBatchRows) {
        throwIfCancelled(cancel);
        batch.resize(std::min(kBatchRows, end - start));
        std::iota(batch.begin(), batch.end(), start);
        const Neighbors found = search.searchRows(batch, graph.k);
        std::copy(found.ids.begin(), found.ids.end(), graph.ids.begin() + static_cast<std::ptrdiff_t>(start * graph.k));
        if (progress)
            progress(static_cast<double>(start + batch.size() - first) / static_cast<double>(end - first));
    }
}

// Whether (key, id) ranks before (otherKey, otherId); an empty slot (id -1) ranks after everything.
bool ranksBefore(float key, std::int64_t id, float otherKey, std::int64_t otherId)
{
    return otherId < 0 || key < otherKey || (key == otherKey && id < otherId);
}

// One row's running top k: rank keys (smaller is closer) and ids, nearest first, ties by the smaller
// id, so the graph does not depend on the order lists are visited in.
void offer(float key, std::int64_t id, float* keys, std::int64_t* ids, std::size_t k)
{
    if (!ranksBefore(key, id, keys[k - 1], ids[k - 1]))
        return;
    std::size_t at = k - 1;
    for (; at > 0 && ranksBefore(key, id, keys[at - 1], ids[at - 1]); --at) {
        keys[at] = keys[at - 1];
        ids[at] = ids[at - 1];
    }
    keys[at] = key;
    ids[at] = id;
}

// The approximate graph, IVF by blocks: k-means on a sample (FAISS's rule, 256 rows per list) puts each
// row in one list; each row probes its `probes` nearest lists; then list by list, the rows probing it
// are searched against its members by exact search (one matrix product per block of such rows, so at
// the speed of exact search per candidate, not of a distance loop) and merged into each row's running
// top k. A row whose lists held fewer than k other rows is searched exactly over every row. Only rows
// [first, end) probe; the lists are made from every row, the same for any block.
void searchIvf(MatrixView data, Metric metric, const KnnGraphSettings& settings, const ExactSearch& exact, KnnGraph& graph,
               std::size_t first, std::size_t end, const CancelToken* cancel, const std::function<void(double)>& progress)
{
    const std::size_t n = data.rows, k = graph.k;
    graph.lists = settings.lists ? settings.lists : std::max<std::size_t>(1, static_cast<std::size_t>(std::lround(std::sqrt(static_cast<double>(n)))));
    graph.probes = std::min(settings.probes, graph.lists);
    KMeansSettings coarse;
    coarse.clusters = graph.lists;
    coarse.nInit = 1;
    coarse.maxIter = 25;
    coarse.samplePerCentroid = 256;
    coarse.seed = settings.seed;
    coarse.spherical = metric == Metric::Cosine;
    coarse.threads = settings.threads;
    const KMeansResult lists = kmeans(data, coarse, cancel);
    const std::vector<std::vector<std::size_t>> members = lists.members();

    // Who probes each list, in row order: each row's nearest centroids (by cosine for cosine rows, else
    // Euclidean, as the lists were made), searched in batches.
    const Metric probeMetric = metric == Metric::Cosine ? Metric::Cosine : Metric::L2;
    const ExactSearch centroids({lists.centroids.data(), lists.clusters, data.dim}, probeMetric, settings.threads);
    std::vector<std::vector<std::uint32_t>> probers(lists.clusters);
    for (std::size_t start = first; start < end; start += kBatchRows) {
        throwIfCancelled(cancel);
        const std::size_t count = std::min(kBatchRows, end - start);
        const Neighbors nearest = centroids.search({data.row(start), count, data.dim}, graph.probes);
        for (std::size_t q = 0; q < count; ++q)
            for (std::size_t j = 0; j < graph.probes; ++j)
                probers[static_cast<std::size_t>(nearest.id(q, j))].push_back(static_cast<std::uint32_t>(start + q));
    }

    // graph.ids start at -1 (buildKnnGraph): an empty slot. A float distance's rank key is exact in float.
    std::vector<float> keys(n * k, std::numeric_limits<float>::infinity());
    std::vector<std::size_t> block;
    for (std::size_t list = 0; list < lists.clusters; ++list) {
        throwIfCancelled(cancel);
        if (members[list].empty())
            continue;
        const std::vector<float> rows = gatherRows(data, members[list]);
        const ExactSearch inList({rows.data(), members[list].size(), data.dim}, metric, settings.threads);
        const std::size_t wanted = std::min(k + 1, members[list].size());
        const std::vector<std::uint32_t>& queries = probers[list];
        for (std::size_t start = 0; start < queries.size(); start += kBatchRows) {
            block.assign(queries.begin() + static_cast<std::ptrdiff_t>(start),
                         queries.begin() + static_cast<std::ptrdiff_t>(std::min(queries.size(), start + kBatchRows)));
            const std::vector<float> queryRows = gatherRows(data, block);
            const Neighbors found = inList.search({queryRows.data(), block.size(), data.dim}, wanted);
            for (std::size_t q = 0; q < block.size(); ++q) {
                const std::size_t row = block[q];
                for (std::size_t j = 0; j < wanted; ++j) {
                    const auto id = static_cast<std::int64_t>(members[list][static_cast<std::size_t>(found.id(q, j))]);
                    if (id != static_cast<std::int64_t>(row))
                        offer(static_cast<float>(rankKey(metric, found.distance(q, j))), id, &keys[row * k], &graph.ids[row * k], k);
                }
            }
        }
        if (progress)
            progress(static_cast<double>(list + 1) / static_cast<double>(lists.clusters));
    }
    std::vector<std::size_t> incomplete;
    for (std::size_t row = first; row < end; ++row)
        if (graph.ids[row * k + k - 1] < 0)
            incomplete.push_back(row);
    if (!incomplete.empty()) {
        const Neighbors found = exact.searchRows(incomplete, k);
        for (std::size_t i = 0; i < incomplete.size(); ++i)
            std::copy_n(found.ids.begin() + static_cast<std::ptrdiff_t>(i * k), k, graph.ids.begin() + static_cast<std::ptrdiff_t>(incomplete[i] * k));
    }
}

} // namespace

std::string graphMethodName(GraphMethod method)
{
    switch (method) {
    case GraphMethod::Auto: return "auto";
    case GraphMethod::Exact: return "exact";
    case GraphMethod::Ivf: return "ivf";
    }
    return "auto";
}

GraphMethod parseGraphMethod(const std::string& name)
{
    for (GraphMethod method : {GraphMethod::Auto, GraphMethod::Exact, GraphMethod::Ivf})
        if (graphMethodName(method) == name)
            return method;
    throw Error("unknown k-NN graph method '" + name + "' (auto, exact or ivf)");
}

double knnGraphBytes(std::size_t rows, const KnnGraphSettings& settings)
{
    // ids and rank keys per neighbour (8 + 4 bytes); approximate: each row's probed lists (4 bytes each)
    return static_cast<double>(rows) * (12.0 * static_cast<double>(settings.neighbours) + 4.0 * static_cast<double>(settings.probes));
}

void checkKnnGraphSettings(const KnnGraphSettings& settings, std::size_t rows)
{
    checkNeighbourCount(settings.neighbours, rows, true);
    if (settings.threads != 0) // 0: automatic
        limits::checkThreads(settings.threads);
    if (settings.probes == 0)
        throw Error("k-NN graph: probes must be at least 1");
    if (settings.lists > rows)
        throw Error("k-NN graph: " + std::to_string(settings.lists) + " inverted lists need at least as many rows (" + std::to_string(rows) + ")");
}

KnnGraph buildKnnGraphRows(MatrixView data, Metric metric, const KnnGraphSettings& settings, std::size_t first, std::size_t end,
                           const CancelToken* cancel, const std::function<void(double)>& progress)
{
    checkKnnGraphSettings(settings, data.rows);
    if (first > end || end > data.rows)
        throw Error("k-NN graph: rows " + std::to_string(first) + " to " + std::to_string(end) + " are not within the data's " + std::to_string(data.rows));
    KnnGraph graph;
    graph.rows = data.rows;
    graph.k = settings.neighbours;
    graph.exactMultiplyAdds = static_cast<double>(data.rows) * static_cast<double>(data.rows) * static_cast<double>(data.dim);
    graph.automatic = settings.method == GraphMethod::Auto;
    graph.method = settings.method != GraphMethod::Auto ? settings.method
                   : graph.exactMultiplyAdds <= settings.exactMultiplyAdds ? GraphMethod::Exact
                                                                           : GraphMethod::Ivf;
    graph.ids.assign(graph.rows * graph.k, -1);
    const ExactSearch exact(data, metric, settings.threads);
    const Clock::time_point start = Clock::now();
    if (graph.method == GraphMethod::Exact)
        searchExact(exact, graph, first, end, cancel, progress);
    else
        searchIvf(data, metric, settings, exact, graph, first, end, cancel, progress);
    graph.seconds = secondsSince(start);
    if (graph.method == GraphMethod::Ivf)
        graph.recall = -1.0; // not measured yet
    return graph;
}

void measureGraphRecall(MatrixView data, Metric metric, const KnnGraphSettings& settings, KnnGraph& graph, const CancelToken* cancel)
{
    if (graph.method == GraphMethod::Exact || settings.recallSample == 0)
        return; // exact: recall 1 by construction
    throwIfCancelled(cancel);
    const Clock::time_point checking = Clock::now();
    Random random(Random::derive(settings.seed, seedstream::kGraphRecall));
    const std::vector<std::size_t> sample = random.sampleIndices(graph.rows, std::min(settings.recallSample, graph.rows));
    const ExactSearch exact(data, metric, settings.threads);
    graph.recall = graphRecall(graph, sample, exact.searchRows(sample, graph.k).ids, graph.k);
    graph.recallRows = sample.size();
    graph.recallSeconds = secondsSince(checking);
}

KnnGraph buildKnnGraph(MatrixView data, Metric metric, const KnnGraphSettings& settings, const CancelToken* cancel,
                       const std::function<void(double)>& progress)
{
    KnnGraph graph = buildKnnGraphRows(data, metric, settings, 0, data.rows, cancel, progress);
    measureGraphRecall(data, metric, settings, graph, cancel);
    return graph;
}

double graphRecall(const KnnGraph& graph, const std::vector<std::size_t>& rows, const std::vector<std::int64_t>& exact, std::size_t k)
{
    if (rows.empty() || k == 0)
        return -1.0;
    if (k > graph.k || exact.size() != rows.size() * k)
        throw Error("k-NN graph recall: " + std::to_string(rows.size()) + " rows × " + std::to_string(k) + " exact neighbours expected");
    std::size_t found = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto first = graph.ids.begin() + static_cast<std::ptrdiff_t>(rows[i] * graph.k);
        for (std::size_t j = 0; j < k; ++j)
            found += std::find(first, first + static_cast<std::ptrdiff_t>(k), exact[i * k + j]) != first + static_cast<std::ptrdiff_t>(k);
    }
    return static_cast<double>(found) / static_cast<double>(rows.size() * k);
}

} // namespace nnscope

namespace nnscope {

std::string KnnGraphCache::key(MatrixView data, Metric metric, const KnnGraphSettings& settings)
{
    // Everything the graph depends on (the threads only change how fast it is built).
    char key[256];
    std::snprintf(key, sizeof key, "%p %zu %zu %d %zu %d %.17g %zu %zu %zu %llu", static_cast<const void*>(data.data), data.rows, data.dim,
                  static_cast<int>(metric), settings.neighbours, static_cast<int>(settings.method), settings.exactMultiplyAdds, settings.lists,
                  settings.probes, settings.recallSample, static_cast<unsigned long long>(settings.seed));
    return key;
}

std::shared_ptr<const KnnGraph> KnnGraphCache::graph(MatrixView data, Metric metric, const KnnGraphSettings& settings, const CancelToken* cancel)
{
    const std::lock_guard<std::mutex> lock(mutex_);
    std::shared_ptr<const KnnGraph>& graph = graphs_[key(data, metric, settings)];
    if (!graph) {
        graph = std::make_shared<const KnnGraph>(buildKnnGraph(data, metric, settings, cancel));
        ++builds_;
    }
    return graph;
}

void KnnGraphCache::insert(MatrixView data, Metric metric, const KnnGraphSettings& settings, std::shared_ptr<const KnnGraph> graph)
{
    if (!graph || graph->rows != data.rows || graph->k != settings.neighbours || graph->ids.size() != graph->rows * graph->k)
        throw Error("a k-NN graph of " + std::to_string(graph ? graph->rows : 0) + " rows does not fit " + std::to_string(data.rows) + " rows, "
                    + std::to_string(settings.neighbours) + " neighbours each");
    const std::lock_guard<std::mutex> lock(mutex_);
    graphs_[key(data, metric, settings)] = std::move(graph);
}

bool KnnGraphCache::contains(MatrixView data, Metric metric, const KnnGraphSettings& settings) const
{
    const std::lock_guard<std::mutex> lock(mutex_);
    const auto found = graphs_.find(key(data, metric, settings));
    return found != graphs_.end() && found->second;
}

std::size_t KnnGraphCache::builds() const
{
    const std::lock_guard<std::mutex> lock(mutex_);
    return builds_;
}

} // namespace nnscope
