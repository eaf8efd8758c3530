// nnscope_scale_bench: the figures of docs/benchmarks.md's "at scale" table, measured side by side in one
// run on a large GloVe-format file (make_glove400k writes the 400,000 × 100 one):
//   loading (MB/s, resident memory; 1 against 2 parsing threads), exact search against FAISS IndexFlat (1,000 queries in one batch,
//   and one query per call; l2, cosine, ip), k-means against FAISS's Kmeans (100 clusters).
// Usage: nnscope_scale_bench FILE [--queries 1000] [--threads 1] [--kmeans-restarts 10] [--skip-kmeans]
//        [--sampled-kmeans] (k-means trained on 256 rows per centroid, beside FAISS Kmeans with its defaults)
//        [--graph [--probes P] [--exact-graph]] (the approximate 10-NN graph beside FAISS IndexIVFFlat and exact
//        search, recall on the same 1,000 rows; exact search projected from them, or over every row with --exact-graph)
#include "cluster/KMeans.h"
#include "core/BlasThreads.h"
#include "core/Random.h"
#include "core/Stopwatch.h"
#include "core/VectorMath.h"
#include "graph/KnnGraph.h"
#include "workload/Workload.h"
#include "search/ExactSearch.h"

#include <faiss/Clustering.h>
#include <faiss/IndexFlat.h>
#include <faiss/IndexIVFFlat.h>
#include <omp.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <sys/stat.h>

using namespace nnscope;

namespace {

// A /proc/self/status memory field in MB: VmRSS (resident now) or VmHWM (the peak so far).
double residentMegabytes(const std::string& field = "VmRSS:")
{
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind(field, 0) == 0)
            return std::stod(line.substr(field.size())) / 1024.0;
    return 0.0;
}

// FAISS IndexFlat over the same rows; cosine runs as inner product on normalised copies.
struct FaissFlat {
    std::vector<float> rows;
    std::unique_ptr<faiss::IndexFlat> index;
    Metric metric;

    FaissFlat(const Dataset& data, Metric m) : rows(data.values()), metric(m)
    {
        if (metric == Metric::Cosine)
            normaliseRows(rows, data.dim());
        index = std::make_unique<faiss::IndexFlat>(static_cast<faiss::Index::idx_t>(data.dim()), metric == Metric::L2 ? faiss::METRIC_L2 : faiss::METRIC_INNER_PRODUCT);
        index->add(static_cast<faiss::Index::idx_t>(data.rows()), rows.data());
    }
    void search(const float* queries, std::size_t count, std::size_t dim, std::size_t k) const
    {
        std::vector<float> q(queries, queries + count * dim), distances(count * k);
        std::vector<faiss::Index::idx_t> ids(count * k);
        if (metric == Metric::Cosine)
            normaliseRows(q, dim);
        index->search(static_cast<faiss::Index::idx_t>(count), q.data(), static_cast<faiss::Index::idx_t>(k), distances.data(), ids.data());
    }
};

} // namespace

int main(int argc, char** argv)
{
    useFittingBlasKernels(argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: nnscope_scale_bench FILE [--queries N] [--threads T] [--kmeans-restarts R] [--skip-kmeans] "
                             "[--sampled-kmeans] [--graph [--probes P] [--exact-graph]]\n");
        return 2;
    }
    std::size_t queryCount = 1000, threads = 1, restarts = 10, k = 10;
    std::size_t probes = KnnGraphSettings{}.probes;
    bool skipKmeans = false, sampledKmeans = false, graph = false, exactGraph = false;
    for (int i = 2; i < argc; ++i) {
        const std::string option = argv[i];
        if (option == "--skip-kmeans")
            skipKmeans = true;
        else if (option == "--sampled-kmeans")
            sampledKmeans = true;
        else if (option == "--graph")
            graph = true;
        else if (option == "--exact-graph")
            exactGraph = true;
        else if (i + 1 < argc && option == "--probes")
            probes = std::stoul(argv[++i]);
        else if (i + 1 < argc && option == "--queries")
            queryCount = std::stoul(argv[++i]);
        else if (i + 1 < argc && option == "--threads")
            threads = std::stoul(argv[++i]);
        else if (i + 1 < argc && option == "--kmeans-restarts")
            restarts = std::stoul(argv[++i]);
    }
    omp_set_num_threads(static_cast<int>(threads));
    setBlasThreads(threads);

    struct stat info {};
    ::stat(argv[1], &info);
    const double before = residentMegabytes();
    auto start = Clock::now();
    DatasetSpec spec{argv[1], std::nullopt, 0, 0};
    spec.threads = threads;
    const Dataset data = openDataset(spec);
    const double loadSeconds = secondsSince(start);
    const double after = residentMegabytes();
    std::size_t labelBytes = 0;
    for (const std::string& label : data.labels())
        labelBytes += label.size();
    const double payload = (4.0 * static_cast<double>(data.values().size()) + static_cast<double>(labelBytes)) / (1024.0 * 1024.0);
    std::printf("| step | nnscope | anchor | ratio |\n|---|---:|---:|---:|\n");
    std::printf("| load %s (%.0f MB), %zu x %zu | %.2f s = %.0f MB/s; +%.0f MB resident for %.0f MB of vectors + labels (%.2fx) | | |\n", argv[1],
                static_cast<double>(info.st_size) / 1e6, data.rows(), data.dim(), loadSeconds, static_cast<double>(info.st_size) / 1e6 / loadSeconds,
                after - before, payload, (after - before) / payload);
    std::fflush(stdout);

    if (graph) {
        // The approximate graph as `nnscope graph` builds it past the exact budget, beside FAISS IndexIVFFlat
        // with the same lists and probes (its own training: 25 iterations on 256 rows per list) and exact
        // search. The recall of both on the same 1,000 seeded rows; FAISS's search and exact search timed on
        // those rows and projected to every row (both cost the same per row; a full FAISS pass at 1M rows
        // would take most of an hour), or exact search over every row with --exact-graph.
        KnnGraphSettings settings;
        settings.method = GraphMethod::Ivf;
        settings.probes = probes;
        settings.threads = threads;
        settings.recallSample = 0;
        const double peakBefore = residentMegabytes("VmHWM:");
        const KnnGraph ours = buildKnnGraph(data.view(), Metric::L2, settings);
        const double peakGrowth = residentMegabytes("VmHWM:") - peakBefore;

        Random random(Random::derive(0, seedstream::kGraphRecall));
        const std::vector<std::size_t> sample = random.sampleIndices(data.rows(), std::min<std::size_t>(1000, data.rows()));
        const double perRow = static_cast<double>(data.rows()) / static_cast<double>(sample.size());
        start = Clock::now();
        const std::vector<std::int64_t> truth = ExactSearch(data.view(), Metric::L2, threads).searchRows(sample, k).ids;
        double exactSeconds = secondsSince(start) * perRow;
        const char* how = "projected from 1,000 rows";
        if (exactGraph) {
            settings.method = GraphMethod::Exact;
            exactSeconds = buildKnnGraph(data.view(), Metric::L2, settings).seconds;
            how = "every row";
        }

        const auto d = static_cast<faiss::Index::idx_t>(data.dim());
        faiss::IndexFlatL2 quantizer(d);
        faiss::IndexIVFFlat index(&quantizer, data.dim(), ours.lists, faiss::METRIC_L2);
        index.nprobe = ours.probes;
        start = Clock::now();
        index.train(static_cast<faiss::Index::idx_t>(data.rows()), data.values().data());
        index.add(static_cast<faiss::Index::idx_t>(data.rows()), data.values().data());
        const double faissBuild = secondsSince(start);
        const std::vector<float> sampleRows = gatherRows(data.view(), sample);
        std::vector<float> distances(sample.size() * (k + 1));
        std::vector<faiss::Index::idx_t> ids(sample.size() * (k + 1));
        start = Clock::now();
        index.search(static_cast<faiss::Index::idx_t>(sample.size()), sampleRows.data(), static_cast<faiss::Index::idx_t>(k + 1), distances.data(), ids.data());
        const double faissSeconds = faissBuild + secondsSince(start) * perRow;
        KnnGraph theirs; // FAISS's answers for the sampled rows, in the graph's layout, each row's own id dropped
        theirs.rows = data.rows();
        theirs.k = k;
        theirs.ids.assign(data.rows() * k, -1);
        for (std::size_t i = 0; i < sample.size(); ++i)
            for (std::size_t j = 0, kept = 0; j <= k && kept < k; ++j)
                if (ids[i * (k + 1) + j] != static_cast<faiss::Index::idx_t>(sample[i]))
                    theirs.ids[sample[i] * k + kept++] = ids[i * (k + 1) + j];

        std::printf("| 10-NN graph, l2, %zu threads: IVF by blocks of exact search, %zu lists, %zu probed per row | %.1f s, recall@10 %.4f, "
                    "peak resident +%.0f MB (data %.0f MB) | FAISS IndexIVFFlat, same lists and probes (search projected from 1,000 rows): "
                    "%.1f s, recall@10 %.4f | %.3fx |\n",
                    threads, ours.lists, ours.probes, ours.seconds, graphRecall(ours, sample, truth, k), peakGrowth, payload, faissSeconds,
                    graphRecall(theirs, sample, truth, k), ours.seconds / faissSeconds);
        std::printf("| 10-NN graph, exact search (blocked GEMM), %s | | %.1f s | %.3fx |\n", how, exactSeconds, ours.seconds / exactSeconds);
        return 0;
    }

    // Loading with one parsing thread against two, alternated, the best of three each.
    double best[3] = {0.0, 1e30, 1e30};
    for (int round = 0; round < 3; ++round)
        for (std::size_t parsers : {std::size_t(1), std::size_t(2)}) {
            spec.threads = parsers;
            const auto loadStart = Clock::now();
            const Dataset again = openDataset(spec);
            best[parsers] = std::min(best[parsers], secondsSince(loadStart));
        }
    const double megabytes = static_cast<double>(info.st_size) / 1e6;
    std::printf("| load, 2 parsing threads (best of 3) | %.2f s = %.0f MB/s | 1 thread: %.2f s = %.0f MB/s | %.2fx |\n", best[2],
                megabytes / best[2], best[1], megabytes / best[1], best[2] / best[1]);
    std::fflush(stdout);

    // Queries: every (rows / queryCount)-th row, searched against all rows (as FAISS is).
    std::vector<float> queries;
    for (std::size_t q = 0; q < queryCount; ++q)
        queries.insert(queries.end(), data.row(q * (data.rows() / queryCount)), data.row(q * (data.rows() / queryCount)) + data.dim());
    const MatrixView view{queries.data(), queryCount, data.dim()};
    for (Metric metric : {Metric::L2, Metric::Cosine, Metric::InnerProduct}) {
        const ExactSearch exact(data.view(), metric, threads);
        const FaissFlat faiss(data, metric);
        start = Clock::now();
        exact.search(view, k);
        const double ours = secondsSince(start) * 1000.0 / static_cast<double>(queryCount);
        start = Clock::now();
        faiss.search(queries.data(), queryCount, data.dim(), k);
        const double theirs = secondsSince(start) * 1000.0 / static_cast<double>(queryCount);
        std::printf("| exact search, %zu queries in one batch, k = %zu, %s | %.3f ms/query | FAISS IndexFlat %.3f ms/query | %.2fx |\n", queryCount,
                    k, metricName(metric).c_str(), ours, theirs, ours / theirs);
        const std::size_t singles = std::min<std::size_t>(queryCount, 100);
        start = Clock::now();
        for (std::size_t q = 0; q < singles; ++q)
            exact.search({view.row(q), 1, data.dim()}, k);
        const double oursSingle = secondsSince(start) * 1000.0 / static_cast<double>(singles);
        start = Clock::now();
        for (std::size_t q = 0; q < singles; ++q)
            faiss.search(view.row(q), 1, data.dim(), k);
        const double theirsSingle = secondsSince(start) * 1000.0 / static_cast<double>(singles);
        std::printf("| exact search, one query per call, %s | %.3f ms | FAISS IndexFlat %.3f ms | %.2fx |\n", metricName(metric).c_str(), oursSingle,
                    theirsSingle, oursSingle / theirsSingle);
        std::fflush(stdout);
    }
    if (skipKmeans)
        return 0;
    if (sampledKmeans) {
        // FAISS's rule on both sides: train on 256 rows per centroid, assign every row once. FAISS Kmeans
        // with its defaults (random init, 25 iterations, one run); nnscope (k-means++, Lloyd on the sample to
        // convergence, then capped at 25, 15, 10 and 5 iterations: the fewest that reach FAISS's inertia is
        // nnscope's time to it). Inertia over every row, measured the same way.
        const auto inertiaOf = [&data](const float* centroids, const std::vector<faiss::Index::idx_t>& labels) {
            double total = 0.0;
            for (std::size_t i = 0; i < data.rows(); ++i)
                total += squaredDistance(data.row(i), centroids + labels[i] * data.dim(), data.dim());
            return total;
        };
        faiss::ClusteringParameters parameters; // max_points_per_centroid 256, niter 25, nredo 1
        parameters.seed = 1234;
        faiss::Clustering clustering(static_cast<int>(data.dim()), 100, parameters);
        faiss::IndexFlatL2 assignIndex(static_cast<faiss::Index::idx_t>(data.dim()));
        start = Clock::now();
        clustering.train(static_cast<faiss::Index::idx_t>(data.rows()), data.values().data(), assignIndex);
        std::vector<float> distances(data.rows());
        std::vector<faiss::Index::idx_t> labels(data.rows());
        assignIndex.search(static_cast<faiss::Index::idx_t>(data.rows()), data.values().data(), 1, distances.data(), labels.data());
        const double faissSeconds = secondsSince(start); // training and the assignment of every row
        const double faissInertia = inertiaOf(clustering.centroids.data(), labels);
        for (std::size_t maxIter : {std::size_t(300), std::size_t(25), std::size_t(15), std::size_t(10), std::size_t(5)}) {
            KMeansSettings sampled;
            sampled.clusters = 100;
            sampled.nInit = 1;
            sampled.maxIter = maxIter;
            sampled.samplePerCentroid = 256;
            sampled.threads = threads;
            start = Clock::now();
            const KMeansResult ours = kmeans(data.view(), sampled);
            const double oursSeconds = secondsSince(start);
            std::printf("| k-means, 100 clusters, trained on 256 rows per centroid (%zu rows), then every row assigned; nnscope max_iter %zu "
                        "(%zu iterations) | %.2f s, inertia %.6g | FAISS Kmeans, its defaults (random init, 25 iterations, 256 per centroid) "
                        "%.2f s, inertia %.6g | %.2fx time, %.4fx inertia |\n",
                        ours.trainingRows, maxIter, ours.iterations, oursSeconds, ours.inertia, faissSeconds, faissInertia,
                        oursSeconds / faissSeconds, ours.inertia / faissInertia);
            std::fflush(stdout);
        }
        return 0;
    }

    KMeansSettings settings;
    settings.clusters = 100;
    settings.nInit = restarts;
    settings.threads = threads;
    start = Clock::now();
    const KMeansResult ours = kmeans(data.view(), settings);
    const double oursSeconds = secondsSince(start);
    // FAISS's Kmeans: random initialisation and a fixed iteration count (not k-means++, not to
    // convergence), as many restarts; reported beside, its inertia measured the same way.
    faiss::ClusteringParameters parameters;
    parameters.niter = 25;
    parameters.nredo = static_cast<int>(restarts);
    parameters.seed = 1234;
    parameters.max_points_per_centroid = 1u << 30; // no subsampling: the same data as ours
    faiss::Clustering clustering(static_cast<int>(data.dim()), static_cast<int>(settings.clusters), parameters);
    faiss::IndexFlatL2 assignIndex(static_cast<faiss::Index::idx_t>(data.dim()));
    start = Clock::now();
    clustering.train(static_cast<faiss::Index::idx_t>(data.rows()), data.values().data(), assignIndex);
    const double faissSeconds = secondsSince(start);
    std::vector<float> distances(data.rows());
    std::vector<faiss::Index::idx_t> labels(data.rows());
    assignIndex.search(static_cast<faiss::Index::idx_t>(data.rows()), data.values().data(), 1, distances.data(), labels.data());
    double faissInertia = 0.0;
    for (std::size_t i = 0; i < data.rows(); ++i)
        faissInertia += squaredDistance(data.row(i), clustering.centroids.data() + labels[i] * data.dim(), data.dim());
    std::printf("| k-means, 100 clusters, n_init %zu, k-means++ (%zu iterations in the kept restart) | %.1f s, inertia %.6g | FAISS Kmeans (random init, 25 iterations) %.1f s, inertia %.6g | %.2fx |\n",
                restarts, ours.iterations, oursSeconds, ours.inertia, faissSeconds, faissInertia, oursSeconds / faissSeconds);
    return 0;
}
