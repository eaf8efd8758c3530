// nnscope benchmarks (Google Benchmark): every system on the same data in one run — per-query latency
// and batch throughput — plus training time per model and the learned hierarchy's forward-pass FLOP
// rate against this machine's SGEMM rate. Run: build/release/bench/nnscope_bench (see docs/benchmarks.md).
#include "workload/Workload.h"
#include "core/BlasThreads.h"
#include "learned/Hierarchy.h"
#include "systems/SystemRegistry.h"
#include "search/ExactRanking.h"
#include "search/scann/Lut16.h"
#include "core/Random.h"

#include <benchmark/benchmark.h>
#include <cblas.h>
#include <torch/torch.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <random>

using namespace nnscope;

namespace {

constexpr std::size_t kQueries = 256;
constexpr std::size_t kNeighbors = 10;

// glove-100d, its first kQueries rows as queries (their own rows excluded), and one trained hierarchy.
struct Fixture {
    std::shared_ptr<const Dataset> data = std::make_shared<const Dataset>(openDataset({"glove-100d", std::nullopt, 0, 0}));
    std::vector<float> queries = std::vector<float>(data->values().begin(), data->values().begin() + kQueries * data->dim());
    std::vector<std::int64_t> self = [] {
        std::vector<std::int64_t> ids(kQueries);
        for (std::size_t i = 0; i < kQueries; ++i)
            ids[i] = static_cast<std::int64_t>(i);
        return ids;
    }();
    std::shared_ptr<const Hierarchy> hierarchy = [this] {
        HierarchySettings settings = presetSettings("fast", Protocol::Corrected);
        settings.kmeans.clusters = 10;
        settings.kmeans.nInit = 1;
        settings.layer1.maxEpochs = settings.layer2.maxEpochs = 2; // latency does not depend on accuracy
        return std::make_shared<const Hierarchy>(Hierarchy::train(data, settings));
    }();

    static Fixture& get()
    {
        static Fixture fixture;
        return fixture;
    }
};

// One built searcher per system spec, shared by that system's benchmarks; the run's trained hierarchy
// and its clustering come through the registry's context, as in the experiments.
Searcher& builtSystem(const std::string& spec)
{
    static std::map<std::string, std::unique_ptr<Searcher>> built;
    auto& searcher = built[spec];
    if (!searcher) {
        Fixture& f = Fixture::get();
        SystemResources context;
        context.data = f.data;
        context.clustering = std::shared_ptr<const KMeansResult>(f.hierarchy, &f.hierarchy->clustering());
        context.hierarchy = f.hierarchy;
        searcher = makeSystem(resolveSystem(spec), context);
        searcher->build(*f.data, Metric::L2);
    }
    return *searcher;
}

void singleQuery(benchmark::State& state, const std::string& name)
{
    Fixture& f = Fixture::get();
    Searcher& searcher = builtSystem(name);
    std::size_t q = 0;
    for (auto _ : state) {
        const std::vector<std::int64_t> one = {f.self[q]};
        benchmark::DoNotOptimize(searcher.search({f.queries.data() + q * f.data->dim(), 1, f.data->dim()}, kNeighbors, {&one}));
        q = (q + 1) % kQueries;
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

void batch(benchmark::State& state, const std::string& name)
{
    Fixture& f = Fixture::get();
    Searcher& searcher = builtSystem(name);
    for (auto _ : state)
        benchmark::DoNotOptimize(searcher.search({f.queries.data(), kQueries, f.data->dim()}, kNeighbors, {&f.self}));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * kQueries));
}

// Training one layer-2 model of the 10-cluster hierarchy for 5 epochs (fast preset).
void trainLayer2Model(benchmark::State& state)
{
    Fixture& f = Fixture::get();
    HierarchySettings settings = presetSettings("fast", Protocol::Corrected);
    settings.kmeans.clusters = 10;
    settings.layer1.maxEpochs = 1;
    settings.layer2.maxEpochs = 5;
    settings.layer2.stopWhenPerfect = false;
    settings.layer2.patience = 100;
    for (auto _ : state) {
        const Hierarchy h = Hierarchy::train(f.data, f.hierarchy->clustering(), settings);
        double seconds = 0.0;
        for (const ModelRecord& r : h.layer2Records())
            seconds += r.seconds;
        state.counters["s_per_layer2_model"] = seconds / static_cast<double>(h.layer2Records().size());
        state.counters["s_layer1_epoch"] = h.layer1Record().seconds;
    }
}

// The layer-1 forward pass on a batch of queries, as FLOP/s by the cost formulas.
void layer1Forward(benchmark::State& state)
{
    Fixture& f = Fixture::get();
    const auto batchSize = static_cast<std::size_t>(state.range(0));
    std::vector<float> queries(f.data->values().begin(), f.data->values().begin() + batchSize * f.data->dim());
    for (auto _ : state)
        benchmark::DoNotOptimize(f.hierarchy->predictClusters({queries.data(), batchSize, f.data->dim()}, 1));
    const double flops = static_cast<double>(f.hierarchy->cost().layer1Flops) * static_cast<double>(batchSize);
    state.counters["FLOPs"] = benchmark::Counter(flops, benchmark::Counter::kIsIterationInvariantRate);
}

// The machine's single-precision matrix multiply through the BLAS LibTorch uses.
void sgemm(benchmark::State& state)
{
    const auto n = state.range(0);
    torch::manual_seed(0);
    const torch::Tensor a = torch::randn({n, n}), b = torch::randn({n, n});
    for (auto _ : state)
        benchmark::DoNotOptimize(torch::mm(a, b));
    state.counters["FLOPs"] = benchmark::Counter(2.0 * static_cast<double>(n * n * n), benchmark::Counter::kIsIterationInvariantRate);
}

// The ScaNN-style scoring loop alone: 4-bit codes of 50 blocks (100-d, 2 dims per block) for 32,768
// points, looked up in one int8 table per block; AVX2 (the default path here) against the scalar loop.
void lut16Scan(benchmark::State& state, bool simd)
{
    constexpr std::size_t points = 32768, blocks = 50;
    Random random(1);
    std::vector<std::uint8_t> codes(points * blocks), table(blocks * 16);
    for (auto& c : codes)
        c = static_cast<std::uint8_t>(random.below(16));
    for (auto& v : table)
        v = static_cast<std::uint8_t>(random.below(256));
    const scann::PackedCodes packed(blocks, codes);
    std::vector<std::uint32_t> sums(packed.groups() * 32);
    for (auto _ : state) {
        if (simd)
            scann::accumulate(packed, table.data(), sums.data());
        else
            scann::accumulateScalar(packed, table.data(), sums.data());
        benchmark::DoNotOptimize(sums.data());
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * points));
    state.SetLabel(simd && scann::lut16UsesAvx2() ? "avx2" : "scalar");
}

// The learned single query's memory-bandwidth floor, in the same run and on the same queries as
// single_query/learned: per query, one GEMV over a matrix the shape of layer 1's output layer and one
// over a matrix the shape of the output layer of the cluster layer 1 predicts for it (members ×
// filters3 · ceil(2d / pool)). Those heads are nearly all the weights a query reads (the convolutions
// hold 0.2 MB per network); a query can do no better than read them once at this machine's bandwidth.
void learnedHeadsFloor(benchmark::State& state)
{
    Fixture& f = Fixture::get();
    const ModelSettings& model = f.hierarchy->settings().model;
    const std::size_t dim = f.data->dim();
    const auto pooledWidth = [&](std::size_t length) { return model.filters3 * ((length + model.pool - 1) / model.pool); };
    const std::size_t width1 = pooledWidth(dim), width2 = pooledWidth(2 * dim);
    const std::vector<std::size_t>& sizes = f.hierarchy->clustering().sizes;
    Random random(7);
    const auto randomMatrix = [&](std::size_t rows, std::size_t columns) {
        std::vector<float> m(rows * columns);
        for (float& w : m)
            w = static_cast<float>(random.uniform() - 0.5);
        return m;
    };
    const std::vector<float> head1 = randomMatrix(sizes.size(), width1);
    std::vector<std::vector<float>> heads2;
    for (std::size_t size : sizes)
        heads2.push_back(randomMatrix(size, width2));
    const std::vector<float> input = randomMatrix(1, width2);
    std::vector<float> output(*std::max_element(sizes.begin(), sizes.end()));
    const auto guesses = f.hierarchy->predictClusters({f.queries.data(), kQueries, dim}, 1);
    const auto gemv = [&](const std::vector<float>& weights, std::size_t rows, std::size_t columns) {
        cblas_sgemv(CblasRowMajor, CblasNoTrans, static_cast<int>(rows), static_cast<int>(columns), 1.0f, weights.data(),
                    static_cast<int>(columns), input.data(), 1, 0.0f, output.data(), 1);
    };
    std::size_t q = 0, bytes = 0;
    for (auto _ : state) {
        const std::uint32_t cluster = guesses[q].front().cluster;
        gemv(head1, sizes.size(), width1);
        gemv(heads2[cluster], sizes[cluster], width2);
        benchmark::DoNotOptimize(output.data());
        bytes += (head1.size() + heads2[cluster].size()) * sizeof(float);
        q = (q + 1) % kQueries;
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
    state.SetLabel(std::to_string(bytes / std::max<std::size_t>(state.iterations(), 1) / 1000) + " kB of weights per query");
}

// The scan that ends every partitioned search: one query's exact distances to every row of glove-100d, in
// a shuffled order (as a bin's rows lie in the data), one row at a time (ExactRanking::add) against
// several rows together (addRows, the same bits).
// With `rows` set, the rows are that many random ones (100-d, far past the caches), as at scale.
void exactRanking(benchmark::State& state, Metric metric, bool together, std::size_t randomRows)
{
    Fixture& f = Fixture::get();
    static std::vector<float> random;
    if (randomRows > 0 && random.size() != randomRows * f.data->dim()) {
        Random draw(11);
        random.resize(randomRows * f.data->dim());
        for (float& value : random)
            value = static_cast<float>(draw.uniform() - 0.5);
    }
    const MatrixView data = randomRows > 0 ? MatrixView{random.data(), randomRows, f.data->dim()} : f.data->view();
    std::vector<std::uint32_t> rows(data.rows);
    std::iota(rows.begin(), rows.end(), 0u);
    std::shuffle(rows.begin(), rows.end(), std::mt19937(3));
    ExactRanking ranking(metric, data);
    std::size_t q = 0;
    for (auto _ : state) {
        ranking.reset(f.queries.data() + q * f.data->dim());
        if (together)
            ranking.addRows(rows.data(), rows.size());
        else
            for (std::uint32_t row : rows)
                ranking.add(row);
        benchmark::DoNotOptimize(ranking.candidates().data());
        q = (q + 1) % kQueries;
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * rows.size()));
}

void registerAll()
{
    for (const auto& [metricLabel, metric] : {std::pair{"l2", Metric::L2}, std::pair{"cosine", Metric::Cosine}})
        for (const bool together : {false, true})
            benchmark::RegisterBenchmark((std::string("exact_ranking/") + (together ? "rows_together/" : "one_at_a_time/") + metricLabel).c_str(),
                                         exactRanking, metric, together, std::size_t(0))
                ->Unit(benchmark::kMicrosecond);
    for (const bool together : {false, true})
        benchmark::RegisterBenchmark((std::string("exact_ranking/") + (together ? "rows_together" : "one_at_a_time") + "/l2/400k_random_rows").c_str(),
                                     exactRanking, Metric::L2, together, std::size_t(400000))
            ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("lut16_scan/simd", lut16Scan, true)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("lut16_scan/scalar", lut16Scan, false)->Unit(benchmark::kMicrosecond);
    for (const char* name : {"exact", "random", "scann-paper", "scann", "faiss-flat", "faiss-ivf", "faiss-ivfpq", "faiss-hnsw",
                             "twin", "learned", "learned:probes=3,rerank=1"}) {
        benchmark::RegisterBenchmark((std::string("single_query/") + name).c_str(), singleQuery, std::string(name))
            ->Unit(benchmark::kMicrosecond);
        benchmark::RegisterBenchmark((std::string("batch256/") + name).c_str(), batch, std::string(name))
            ->Unit(benchmark::kMillisecond);
    }
    benchmark::RegisterBenchmark("train/layer2_model_5_epochs", trainLayer2Model)->Unit(benchmark::kSecond)->Iterations(1);
    benchmark::RegisterBenchmark("forward/layer1", layer1Forward)->Arg(1)->Arg(32)->Arg(256)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("floor/learned_heads_gemv", learnedHeadsFloor)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("sgemm/torch_mm", sgemm)->Arg(256)->Arg(1024)->Unit(benchmark::kMillisecond);
}

} // namespace

int main(int argc, char** argv)
{
    useFittingBlasKernels(argv);
    torch::set_num_threads(1);
    registerAll();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
