#include "graph/KnnGraph.h"

#include "core/BlasThreads.h"
#include "core/Error.h"
#include "core/Random.h"
#include "core/VectorMath.h"
#include "search/ExactSearch.h"

#include <faiss/IndexFlat.h>
#include <faiss/IndexIVFFlat.h>
#include <faiss/impl/FaissException.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <omp.h>

namespace nnscope {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Rows searched per batch: a cancel waits for at most one batch, and the results held beside the
// graph are one batch's (k + 1) ids and distances per row.
constexpr std::size_t kBatchRows = 8192;

// The exact graph, batch by batch.
void searchExact(const ExactSearch& search, KnnGraph& graph, const CancelToken* cancel, const std::function<void(double)>& progress)
{
    std::vector<std::size_t> batch;
    for (std::size_t start = 0; start < graph.rows; start += kBatchRows) {
        throwIfCancelled(cancel);
        batch.resize(std::min(kBatchRows, graph.rows - start));
        std::iota(batch.begin(), batch.end(), start);
        const Neighbors found = search.searchRows(batch, graph.k);
        std::copy(found.ids.begin(), found.ids.end(), graph.ids.begin() + static_cast<std::ptrdiff_t>(start * graph.k));
        if (progress)
            progress(static_cast<double>(start + batch.size()) / static_cast<double>(graph.rows));
    }
}

// The approximate graph: FAISS IndexIVFFlat over the rows, each row searched for k + 1 neighbours in
// its `probes` nearest lists and itself dropped. A row whose lists held fewer than k other rows is
// searched exactly, so every id is a row.
void searchIvf(MatrixView data, Metric metric, const KnnGraphSettings& settings, const ExactSearch& exact, KnnGraph& graph,
               const CancelToken* cancel, const std::function<void(double)>& progress)
{
    const std::size_t n = data.rows, dim = data.dim, k = graph.k;
    std::vector<float> normalised;
    const float* rows = data.data;
    if (metric == Metric::Cosine) { // FAISS ranks by inner product; cosine is that over unit rows
        normalised.assign(data.data, data.data + n * dim);
        normaliseRows(normalised, dim);
        rows = normalised.data();
    }
    graph.lists = settings.lists ? settings.lists : std::max<std::size_t>(1, static_cast<std::size_t>(std::lround(std::sqrt(static_cast<double>(n)))));
    graph.probes = std::min(settings.probes, graph.lists);
    omp_set_num_threads(static_cast<int>(resolveThreads(settings.threads, n * dim)));
    const auto d = static_cast<faiss::Index::idx_t>(dim);
    const faiss::MetricType faissMetric = metric == Metric::L2 ? faiss::METRIC_L2 : faiss::METRIC_INNER_PRODUCT;
    std::vector<std::size_t> incomplete;
    try {
        faiss::IndexFlat quantizer(d, faissMetric);
        faiss::IndexIVFFlat index(&quantizer, dim, graph.lists, faissMetric);
        index.cp.seed = static_cast<int>(settings.seed & 0x7fffffff);
        index.cp.min_points_per_centroid = 1; // a small set is searched, not refused; lists of a few rows are fine
        index.nprobe = graph.probes;
        throwIfCancelled(cancel);
        index.train(static_cast<faiss::Index::idx_t>(n), rows);
        throwIfCancelled(cancel);
        index.add(static_cast<faiss::Index::idx_t>(n), rows);
        std::vector<float> distances(kBatchRows * (k + 1));
        std::vector<faiss::Index::idx_t> ids(kBatchRows * (k + 1));
        for (std::size_t start = 0; start < n; start += kBatchRows) {
            throwIfCancelled(cancel);
            const std::size_t count = std::min(kBatchRows, n - start);
            index.search(static_cast<faiss::Index::idx_t>(count), rows + start * dim, static_cast<faiss::Index::idx_t>(k + 1), distances.data(), ids.data());
            for (std::size_t q = 0; q < count; ++q) {
                const std::size_t row = start + q;
                std::size_t kept = 0;
                for (std::size_t j = 0; j <= k && kept < k; ++j) {
                    const faiss::Index::idx_t id = ids[q * (k + 1) + j];
                    if (id >= 0 && static_cast<std::size_t>(id) != row)
                        graph.ids[row * k + kept++] = id;
                }
                if (kept < k)
                    incomplete.push_back(row);
            }
            if (progress)
                progress(static_cast<double>(start + count) / static_cast<double>(n));
        }
    } catch (const faiss::FaissException& error) {
        throw Error("k-NN graph: FAISS refused to build its index: " + error.msg);
    }
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

void checkKnnGraphSettings(const KnnGraphSettings& settings, std::size_t rows)
{
    checkNeighbourCount(settings.neighbours, rows, true);
    if (settings.probes == 0)
        throw Error("k-NN graph: probes must be at least 1");
    if (settings.lists > rows)
        throw Error("k-NN graph: " + std::to_string(settings.lists) + " inverted lists need at least as many rows (" + std::to_string(rows) + ")");
}

KnnGraph buildKnnGraph(MatrixView data, Metric metric, const KnnGraphSettings& settings, const CancelToken* cancel,
                       const std::function<void(double)>& progress)
{
    checkKnnGraphSettings(settings, data.rows);
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
        searchExact(exact, graph, cancel, progress);
    else
        searchIvf(data, metric, settings, exact, graph, cancel, progress);
    graph.seconds = secondsSince(start);

    if (graph.method == GraphMethod::Exact)
        return graph; // recall 1 by construction
    graph.recall = -1.0;
    if (settings.recallSample == 0)
        return graph;
    throwIfCancelled(cancel);
    const Clock::time_point checking = Clock::now();
    Random random(Random::derive(settings.seed, seedstream::kGraphRecall));
    const std::vector<std::size_t> sample = random.sampleIndices(graph.rows, std::min(settings.recallSample, graph.rows));
    graph.recall = graphRecall(graph, sample, exact.searchRows(sample, graph.k).ids, graph.k);
    graph.recallRows = sample.size();
    graph.recallSeconds = secondsSince(checking);
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
