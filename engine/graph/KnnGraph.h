// nnscope engine — graph: every row's k nearest other rows, the k-NN graph the learned partitions start
// from (METIS cuts it, the routers learn from it) and a neighbour-preserving map needs.
//
// Exact search (search/ExactSearch.h, the blocked GEMM) costs rows² × dim multiply-adds: seconds at
// 100,000 rows, most of an hour at a million. Past a budget of multiply-adds the graph is approximate —
// inverted lists (k-means on a sample), each row searched over its `probes` nearest lists — and its
// recall is then measured, not assumed: exact search on a seeded sample of rows, the mean share of each
// sampled row's k true neighbours that the graph found. The lists are searched by exact search itself,
// list by list, so a candidate costs what it costs exact search (FAISS IndexIVFFlat's distance loop was
// slower per candidate than exact search's matrix products here: docs/benchmarks.md §8c). Work goes in
// batches (cancel between them); beyond the data, memory is the graph, one list's rows and one batch.
#pragma once

#include "core/CancelToken.h"
#include "core/MatrixView.h"
#include "search/Metric.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <memory>
#include <map>
#include <string>
#include <vector>

namespace nnscope {

enum class GraphMethod { Auto, Exact, Ivf };

/// "auto", "exact" or "ivf".
std::string graphMethodName(GraphMethod method);
/// Parses "auto", "exact" or "ivf"; an Error for anything else.
GraphMethod parseGraphMethod(const std::string& name);

struct KnnGraphSettings {
    std::size_t neighbours = 10;
    GraphMethod method = GraphMethod::Auto;
    /// auto: exact while rows² × dim stays within this many multiply-adds (10^13: 400,000 × 100 rows
    /// are 1.6 × 10^13, about 7 minutes here; 100,000 × 100 are 10^12, under a minute).
    double exactMultiplyAdds = 1e13;
    /// ivf: inverted lists (0: √rows) and the lists each row searches.
    std::size_t lists = 0;
    std::size_t probes = 16;
    /// Rows whose approximate neighbours are checked against exact search (0: no check).
    std::size_t recallSample = 1000;
    std::uint64_t seed = 0;
    std::size_t threads = 0; ///< 0: automatic (core/BlasThreads.h)
};

struct KnnGraph {
    std::size_t rows = 0;
    std::size_t k = 0;
    std::vector<std::int64_t> ids;  ///< row-major, nearest first, the row itself excluded
    GraphMethod method = GraphMethod::Exact; ///< the method used (never Auto)
    bool automatic = false;         ///< chosen by auto, from exactMultiplyAdds against the budget
    double exactMultiplyAdds = 0.0; ///< what exact search costs on these rows: rows² × dim
    std::size_t lists = 0, probes = 0; ///< ivf only
    /// Mean recall@k against exact search over `recallRows` sampled rows (exact: 1 by construction,
    /// recallRows 0; approximate without a sample: -1, not measured).
    double recall = 1.0;
    std::size_t recallRows = 0;
    double seconds = 0.0;           ///< building the graph
    double recallSeconds = 0.0;     ///< measuring its recall

    std::int64_t id(std::size_t row, std::size_t rank) const { return ids[row * k + rank]; }
};

/// An Error unless 1 <= neighbours < rows, probes >= 1 and lists <= rows.
void checkKnnGraphSettings(const KnnGraphSettings& settings, std::size_t rows);

/// The memory a graph of `rows` rows takes while it is built (at most; exact search needs less).
double knnGraphBytes(std::size_t rows, const KnnGraphSettings& settings);

/// The k-NN graph of `data` under `metric`. `progress`, when set, is called with the fraction of rows
/// searched after each batch.
KnnGraph buildKnnGraph(MatrixView data, Metric metric, const KnnGraphSettings& settings, const CancelToken* cancel = nullptr,
                       const std::function<void(double)>& progress = {});

/// Rows [first, end) of the graph buildKnnGraph would build (their neighbours among every row; the
/// other rows' left -1), as one rank of a job builds its block: the same method and inverted lists as
/// the whole graph, so that the blocks join into it. No recall is measured (measureGraphRecall).
KnnGraph buildKnnGraphRows(MatrixView data, Metric metric, const KnnGraphSettings& settings, std::size_t first, std::size_t end,
                           const CancelToken* cancel = nullptr, const std::function<void(double)>& progress = {});

/// An approximate graph's recall@k against exact search on settings.recallSample seeded rows (exact
/// graphs: nothing to measure).
void measureGraphRecall(MatrixView data, Metric metric, const KnnGraphSettings& settings, KnnGraph& graph, const CancelToken* cancel = nullptr);

/// k-NN graphs built once and shared by the builds that ask for the same one: the learned partitions of
/// one run (neural and neural-probe) build theirs on the same base rows with the same settings, and at a
/// million rows a graph takes minutes. Thread-safe; holds each graph as long as the cache lives.
class KnnGraphCache {
public:
    /// The graph of `data` (identified by its storage and shape) under these settings: built on the first
    /// call, then the same graph.
    std::shared_ptr<const KnnGraph> graph(MatrixView data, Metric metric, const KnnGraphSettings& settings, const CancelToken* cancel = nullptr);
    /// Holds `graph`, built elsewhere (by row blocks on a job's ranks), as that graph; an Error when its
    /// shape does not fit `data` and the settings.
    void insert(MatrixView data, Metric metric, const KnnGraphSettings& settings, std::shared_ptr<const KnnGraph> graph);
    /// Whether the cache holds that graph (built or inserted).
    bool contains(MatrixView data, Metric metric, const KnnGraphSettings& settings) const;
    /// Graphs built by graph() (inserted ones not counted).
    std::size_t builds() const;

private:
    static std::string key(MatrixView data, Metric metric, const KnnGraphSettings& settings);
    mutable std::mutex mutex_;
    std::map<std::string, std::shared_ptr<const KnnGraph>> graphs_;
    std::size_t builds_ = 0;
};

/// Mean over `rows` of the share of each row's `k` exact neighbours (`exact`, k per row, row-major)
/// found among the graph's first k neighbours of that row.
double graphRecall(const KnnGraph& graph, const std::vector<std::size_t>& rows, const std::vector<std::int64_t>& exact, std::size_t k);

} // namespace nnscope
