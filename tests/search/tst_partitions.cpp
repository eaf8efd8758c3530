// The partition family: probing every bin is exact search; spilling and SOAR on hand examples; METIS
// separates what is separate; probe curves and their interpolation; learned partitions are seeded;
// bad settings are refused before any work; cancelling stops training.
#include "core/Error.h"
#include "experiments/PartitionExperiment.h"
#include "experiments/PartitionScale.h"
#include "experiments/ResultsJson.h"
#include "learned/Serialization.h"
#include "partition/LearnedStopRule.h"
#include "partition/Methods.h"
#include "partition/RouterWidth.h"
#include "search/ExactSearch.h"
#include "systems/SystemRegistry.h"
#include "support/TestSupport.h"

#include <QTest>
#include <QRegularExpression>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <numeric>
#include <set>

using namespace nnscope;

namespace {

Dataset blobs()
{
    return Dataset(600, 8, test::blobMatrix(6, 100, 8, 2.0, 3), {}, "blobs");
}

PartitionSettings small(std::size_t bins)
{
    PartitionSettings s;
    s.bins = bins;
    s.kmeansRestarts = 1;
    s.mlp.hidden = 32;
    s.mlp.epochs = 5;
    s.labelNeighbors = 20;
    return s;
}

using Builder = PartitionIndex (*)(const Dataset&, Metric, const PartitionSettings&, const CancelToken*);

// Every way to build a partition, by the name its registry entry has.
const std::vector<std::pair<std::string, Builder>>& builders()
{
    static const std::vector<std::pair<std::string, Builder>> all = {
        {"kmeans", &buildKMeansPartition}, {"layer1", &buildLayer1Partition}, {"kmeans-spill", &buildSpilledKMeansPartition},
        {"neural", &buildNeuralPartition}, {"neural-probe", &buildNeuralProbePartition}};
    return all;
}

PartitionIndex buildPartition(const std::string& method, const Dataset& data, Metric metric, const PartitionSettings& settings,
                              const CancelToken* cancel = nullptr)
{
    for (const auto& [name, builder] : builders())
        if (name == method)
            return builder(data, metric, settings, cancel);
    throw Error("no partition method " + method);
}

std::vector<std::int64_t> truthOf(const Dataset& base, MatrixView queries)
{
    return ExactSearch(base.view(), Metric::L2).search(queries, 10).ids;
}

// Random rows without clusters, split into a base and held-out queries: the 10 nearest of a query near
// a bin's edge live in several bins, of one in its middle in one.
struct HeldOut {
    Dataset base;
    std::vector<float> queryValues;
    MatrixView queries() const { return {queryValues.data(), queryValues.size() / base.dim(), base.dim()}; }
};
HeldOut unclusteredRows()
{
    const std::size_t dim = 4, rows = 900, held = 90;
    const std::vector<float> all = test::randomMatrix(rows, dim, 5);
    const std::vector<float> queries(all.begin(), all.begin() + held * dim), base(all.begin() + held * dim, all.end());
    return {Dataset(rows - held, dim, base, {}, "random rows"), queries};
}

// A router's scores at a price: what a width trial costs without training a network.
class PricedRouter : public Router {
public:
    PricedRouter(std::shared_ptr<const Router> inner, double flops) : inner_(std::move(inner)), flops_(flops) {}
    std::size_t bins() const override { return inner_->bins(); }
    std::vector<float> scores(MatrixView queries) const override { return inner_->scores(queries); }
    double flopsPerQuery() const override { return flops_; }
    std::uint64_t bytes() const override { return 0; }
    std::string describe() const override { return "priced"; }
    bool learned() const override { return true; }
    bool probabilities() const override { return false; }

private:
    std::shared_ptr<const Router> inner_;
    double flops_;
};

// Every bin scored the same: each query probes the bins in index order, whatever it is.
class BlindRouter : public Router {
public:
    explicit BlindRouter(std::size_t bins) : bins_(bins) {}
    std::size_t bins() const override { return bins_; }
    std::vector<float> scores(MatrixView queries) const override { return std::vector<float>(queries.rows * bins_, 1.0f); }
    double flopsPerQuery() const override { return 0.0; }
    std::uint64_t bytes() const override { return 0; }
    std::string describe() const override { return "blind"; }
    bool learned() const override { return true; }
    bool probabilities() const override { return false; }

private:
    std::size_t bins_;
};

// The width a build chose, read from its description.
std::size_t chosenWidth(const PartitionIndex& index)
{
    const auto match = QRegularExpression("hidden width (\\d+) chosen of 8 / 32 by total cost at recall@10 = 0.90 on 60 held-in rows \\((\\d+) / (\\d+)\\)")
                           .match(QString::fromStdString(index.description));
    return match.hasMatch() ? match.captured(1).toULongLong() : 0;
}

} // namespace

class PartitionsTest : public QObject {
    Q_OBJECT
private slots:
    void probingEveryBinFindsEveryNeighbour()
    {
        const Dataset data = blobs();
        const auto queryValues = test::randomMatrix(20, 8, 9);
        const MatrixView queries{queryValues.data(), 20, 8};
        for (const auto& [method, builder] : builders()) {
            const PartitionIndex index = builder(data, Metric::L2, small(6), nullptr);
            const auto curve = probeCurve(index, queries, truthOf(data, queries), 6);
            QCOMPARE(curve.size(), std::size_t(6));
            QCOMPARE(curve.back().recallAt10, 1.0);
            QCOMPARE(curve.back().recallAt1, 1.0);
            QCOMPARE(curve.back().candidates, 600.0); // every row once, spilled rows not counted twice
            for (std::size_t p = 1; p < curve.size(); ++p) {
                QVERIFY(curve[p].candidates >= curve[p - 1].candidates);
                QVERIFY(curve[p].recallAt10 >= curve[p - 1].recallAt10);
            }
        }
    }
    void theCurveCountsWhatTheProbedBinsHold()
    {
        // Against sets built here: the distinct rows of the probed bins and the neighbours among them, for
        // disjoint bins, spilled bins (rows in two) and bins where rows sit in three or twice in one.
        const Dataset data = blobs();
        const auto queryValues = test::randomMatrix(25, 8, 11);
        const MatrixView queries{queryValues.data(), 25, 8};
        const std::vector<std::int64_t> truth = truthOf(data, queries);
        PartitionIndex disjoint = buildKMeansPartition(data, Metric::L2, small(6), nullptr);
        PartitionIndex spilled = buildSpilledKMeansPartition(data, Metric::L2, small(6), nullptr);
        PartitionIndex tangled = spilled;
        for (std::uint32_t row = 0; row < 600; row += 7)
            tangled.bins[row % 6].push_back(row); // a third bin for some, a second copy in one bin for others
        for (const PartitionIndex* index : {&disjoint, &spilled, &tangled}) {
            const auto curve = probeCurve(*index, queries, truth, 6);
            const auto routes = index->router->route(queries, 6);
            for (std::size_t p = 0; p < 6; ++p) {
                double candidates = 0.0, recall = 0.0, nearest = 0.0;
                for (std::size_t q = 0; q < 25; ++q) {
                    std::set<std::int64_t> probed;
                    for (std::size_t j = 0; j <= p; ++j)
                        probed.insert(index->bins[routes[q][j]].begin(), index->bins[routes[q][j]].end());
                    candidates += static_cast<double>(probed.size());
                    for (std::size_t t = 0; t < 10; ++t)
                        recall += probed.count(truth[q * 10 + t]) / 10.0;
                    nearest += static_cast<double>(probed.count(truth[q * 10]));
                }
                QCOMPARE(curve[p].candidates, candidates / 25.0);
                QVERIFY(std::fabs(curve[p].recallAt10 - recall / 25.0) < 1e-12);
                QCOMPARE(curve[p].recallAt1, nearest / 25.0);
            }
        }
    }
    void theSearcherReturnsWhatTheCurveCounts()
    {
        // recall@10 of the searcher at p probes equals the curve's (exact re-ranking of the candidates).
        const Dataset data = blobs();
        const auto queryValues = test::randomMatrix(30, 8, 10);
        const MatrixView queries{queryValues.data(), 30, 8};
        PartitionedSearcher searcher("kmeans", [](const Dataset& d, Metric m, const CancelToken* c) { return buildKMeansPartition(d, m, small(6), c); }, 2);
        searcher.build(data, Metric::L2);
        const std::vector<std::int64_t> truth = truthOf(data, queries);
        const auto curve = probeCurve(*searcher.partitions(), queries, truth, 6);
        Neighbors exact(30, 10);
        exact.ids = truth;
        for (std::size_t p = 1; p <= 6; ++p)
            QCOMPARE(recallAtK(searcher.search(queries, 10, {nullptr, p}), exact, 10), curve[p - 1].recallAt10);
    }
    void theRatioRuleProbesTheBinsWithinTheRatio()
    {
        // Centroids at 1, 2 and 4 on a line, the query at 0: squared distances 1, 4, 16, so the second
        // bin's key is (4 − 1) / 1 = 3 and the third's 15. Mass needs probabilities: refused over centroids.
        const Dataset data(3, 1, {1.0f, 2.0f, 4.0f}, {}, "line");
        PartitionIndex index;
        index.router = std::make_shared<CentroidRouter>(std::vector<float>{1.0f, 2.0f, 4.0f}, 1, false);
        index.bins = {{0}, {1}, {2}};
        const float query = 0.0f;
        const std::vector<float> scores = index.router->scores({&query, 1, 1});
        const RatioRule rule;
        ProbeWalk walk(index, data.view(), Metric::L2);
        for (const auto& [threshold, probes] : {std::pair{2.9, 1}, {3.0, 2}, {14.9, 2}, {15.0, 3}}) {
            walk.start(&query, scores.data());
            QCOMPARE(probeWhileAllowed(walk, rule, threshold), std::size_t(probes));
            QCOMPARE(walk.state().candidates, std::size_t(probes)); // one row a bin, each ranked
            QCOMPARE(walk.state().nearest, 1.0);
        }
        QVERIFY_THROWS_EXCEPTION(Error, makeScoreRule("mass", index));
        QVERIFY_THROWS_EXCEPTION(Error, makeScoreRule("fixed", index));
    }
    void anAdaptiveCurveIsWhatTheSearchFindsAtEachThreshold()
    {
        // For every rule: one probe each below every key, monotone, and at each threshold the curve's
        // recall@10 is the recall searchAdaptively gets there.
        const HeldOut set = unclusteredRows();
        const MatrixView queries = set.queries();
        const std::vector<std::int64_t> truth = truthOf(set.base, queries);
        Neighbors exact(queries.rows, 10);
        exact.ids = truth;
        const PartitionIndex kmeans = buildKMeansPartition(set.base, Metric::L2, small(6), nullptr);
        const PartitionIndex neural = buildNeuralPartition(set.base, Metric::L2, small(6), nullptr);
        const std::vector<std::pair<const PartitionIndex*, std::string>> cases = {{&kmeans, "ratio"}, {&kmeans, "learned"}, {&neural, "mass"}, {&neural, "learned"}};
        for (const auto& [index, name] : cases) {
            const auto rule = makeProbingRule(name, *index, set.base, Metric::L2, 0, nullptr);
            const ProbeTrace trace = traceProbes(*index, queries, truth, 0);
            const auto curve = adaptiveCurve(trace, probeKeys(*index, set.base.view(), Metric::L2, queries, *rule, rule->sweepLimit()));
            const auto fixed = probeCurve(trace);
            QVERIFY2(curve.size() >= 3, name.c_str());
            QCOMPARE(curve.front().meanProbes, 1.0);
            QCOMPARE(curve.front().candidates, fixed.front().candidates);
            for (std::size_t i = 0; i < curve.size(); ++i) {
                QVERIFY(i == 0 || (curve[i].candidates >= curve[i - 1].candidates && curve[i].recallAt10 >= curve[i - 1].recallAt10
                                   && curve[i].threshold > curve[i - 1].threshold));
                const Neighbors found = searchAdaptively(*index, set.base.view(), Metric::L2, queries, 10, *rule, curve[i].threshold);
                QVERIFY2(std::fabs(recallAtK(found, exact, 10) - curve[i].recallAt10) < 1e-12,
                         qPrintable(QString("%1 at %2: %3 against %4").arg(name.c_str()).arg(curve[i].threshold).arg(recallAtK(found, exact, 10)).arg(curve[i].recallAt10)));
            }
            if (!rule->learned())
                QCOMPARE(curve.back().recallAt10, 1.0); // the largest key probes every bin
        }
    }
    void theLearnedRuleStopsSoonerThanFixedProbes()
    {
        // Trained on held-in base rows only, the learned rule reaches recall@10 = 0.9 on the held-out
        // queries with fewer mean candidates than probing the same number of bins for every query.
        const HeldOut set = unclusteredRows();
        const MatrixView queries = set.queries();
        const std::vector<std::int64_t> truth = truthOf(set.base, queries);
        const PartitionIndex index = buildKMeansPartition(set.base, Metric::L2, small(6), nullptr);
        const auto rule = makeProbingRule("learned", index, set.base, Metric::L2, 0, nullptr);
        const auto& learned = dynamic_cast<const LearnedStopRule&>(*rule);
        QCOMPARE(learned.trainingStates() > 0, true);
        QVERIFY(learned.trainingMeanGain() > 0.0 && learned.trainingMeanGain() < 1.0);
        const ProbeTrace trace = traceProbes(index, queries, truth, 0);
        const double fixed = candidatesAtRecall(probeCurve(trace), 0.9);
        const double adaptive = candidatesAtRecall(adaptiveCurve(trace, probeKeys(index, set.base.view(), Metric::L2, queries, *rule, rule->sweepLimit())), 0.9);
        QVERIFY2(adaptive > 0.0 && adaptive < fixed, qPrintable(QString("adaptive %1, fixed %2").arg(adaptive).arg(fixed)));
    }
    void aWalkReadingEachBinsNearestKeysIsOneRankingItsRows()
    {
        // The sweep's shortcut over disjoint bins: each bin's 10 nearest keys found for every query at once
        // give, probe after probe, the running state of a walk that ranks every row: the same bits.
        // Bins of uneven size: one of 3 rows (fewer than 10), one empty, the rest by row id.
        const HeldOut set = unclusteredRows();
        const MatrixView queries = set.queries();
        PartitionIndex index;
        index.bins.resize(7);
        for (std::uint32_t row = 0; row < set.base.rows(); ++row)
            index.bins[row < 3 ? 5 : row % 5].push_back(row);
        for (Metric metric : {Metric::L2, Metric::Cosine}) {
            const std::vector<double> nearest = nearestKeysPerBin(index, set.base.view(), metric, queries);
            QCOMPARE(nearest.size(), queries.rows * 7 * ProbeWalk::kTracked);
            ProbeWalk ranking(index, set.base.view(), metric), reading(index, set.base.view(), metric, false);
            std::vector<float> scores(7);
            std::size_t compared = 0;
            for (std::size_t q = 0; q < queries.rows; ++q) {
                for (std::size_t b = 0; b < 7; ++b)
                    scores[b] = static_cast<float>((q * 7 + b * 3) % 11); // every query its own order
                ranking.start(queries.row(q), scores.data());
                reading.start(queries.row(q), scores.data(), nearest.data() + q * 7 * ProbeWalk::kTracked);
                while (ranking.probeNext()) {
                    QVERIFY(reading.probeNext());
                    const ProbeState &a = ranking.state(), &b = reading.state();
                    QCOMPARE(b.probed, a.probed);
                    QCOMPARE(b.candidates, a.candidates);
                    QCOMPARE(std::memcmp(&b.nearest, &a.nearest, sizeof(double)), 0);
                    QCOMPARE(std::memcmp(&b.tenth, &a.tenth, sizeof(double)), 0);
                    compared += std::isfinite(a.tenth) ? 1 : 0;
                }
                QVERIFY(!reading.probeNext());
            }
            QVERIFY(compared > queries.rows); // the tenth was known, not only +inf
        }
        // The learned rule's held-in walks read the known keys too (their own row left out, the neighbours a
        // probe adds from the bins they live in): the rule trained by ranking every row, bit for bit.
        const PartitionIndex kmeans = buildKMeansPartition(set.base, Metric::L2, small(6), nullptr);
        LearnedStopSettings reference;
        reference.rankEveryRow = true;
        const auto known = LearnedStopRule::train(kmeans, set.base, Metric::L2, {}, nullptr);
        const auto ranked = LearnedStopRule::train(kmeans, set.base, Metric::L2, reference, nullptr);
        QCOMPARE(known->trainingStates(), ranked->trainingStates());
        QCOMPARE(known->trainingMeanGain(), ranked->trainingMeanGain());
        const std::vector<double> fast = probeKeys(kmeans, set.base.view(), Metric::L2, queries, *known, known->sweepLimit());
        const std::vector<double> slow = probeKeys(kmeans, set.base.view(), Metric::L2, queries, *ranked, ranked->sweepLimit());
        QCOMPARE(std::memcmp(fast.data(), slow.data(), fast.size() * sizeof(double)), 0);
        QVERIFY(std::count_if(fast.begin(), fast.end(), [](double key) { return std::isfinite(key); }) > 0);
        // A walk either reads the known keys or ranks the rows.
        ProbeWalk both(index, set.base.view(), Metric::L2);
        const std::vector<float> scores(7, 0.0f);
        const std::vector<double> keys(7 * ProbeWalk::kTracked, 1.0);
        QVERIFY_THROWS_EXCEPTION(Error, both.start(queries.row(0), scores.data(), keys.data()));
        // Reading known keys, a skipped row counts one candidate fewer in its bin, which it must be told.
        ProbeWalk reading(index, set.base.view(), Metric::L2, false);
        reading.start(queries.row(0), scores.data(), keys.data());
        QVERIFY_THROWS_EXCEPTION(Error, reading.skipRow(7));
    }
    void theKeysAndTheLearnedRuleDoNotDependOnTheThreads()
    {
        // The held-in walks and the keys run on this process's cores (on every core here; one where 64
        // ranks share them): the same learned weights and keys, bit for bit.
        const HeldOut set = unclusteredRows();
        const PartitionIndex index = buildKMeansPartition(set.base, Metric::L2, small(6), nullptr);
        const auto keysOn = [&](const char* localRanks) {
            qputenv("LOCAL_WORLD_SIZE", localRanks);
            const auto rule = makeProbingRule("learned", index, set.base, Metric::L2, 0, nullptr);
            auto keys = probeKeys(index, set.base.view(), Metric::L2, set.queries(), *rule, rule->sweepLimit());
            qunsetenv("LOCAL_WORLD_SIZE");
            return keys;
        };
        const std::vector<double> everyCore = keysOn("1"), oneThread = keysOn("64");
        QCOMPARE(everyCore.size(), oneThread.size());
        QCOMPARE(std::memcmp(everyCore.data(), oneThread.data(), everyCore.size() * sizeof(double)), 0);
        QVERIFY(std::count_if(everyCore.begin(), everyCore.end(), [](double key) { return std::isfinite(key); }) > 0);
    }
    void anAdaptiveSpecSharesItsPartitionsBuild()
    {
        // adaptive and threshold are read by the search, not the build: the same build label.
        QCOMPARE(resolveSystem("kmeans:adaptive=ratio,threshold=0.2,probes=3").buildLabel, std::string("kmeans"));
        QVERIFY_THROWS_EXCEPTION(Error, resolveSystem("kmeans:adaptive=often"));
        // From the registry, a searcher probing adaptively searches as searchAdaptively does.
        const HeldOut set = unclusteredRows();
        auto searcher = makeSystem(resolveSystem("kmeans:bins=6,n-init=1,adaptive=ratio,threshold=0.4"));
        searcher->build(set.base, Metric::L2);
        const Neighbors direct = searchAdaptively(*searcher->partitions(), set.base.view(), Metric::L2, set.queries(), 10, RatioRule(), 0.4);
        QCOMPARE(searcher->search(set.queries(), 10).ids, direct.ids);
        QVERIFY(QString::fromStdString(searcher->describe()).contains("t = 0.4"));
        // In the experiment, the adaptive entries are their own methods over the same bins.
        PartitionExperimentSettings settings;
        settings.methods = {"kmeans:n-init=1", "kmeans:n-init=1,adaptive=ratio", "kmeans:n-init=1,adaptive=learned"};
        settings.bins = 6;
        const PartitionExperimentResult result = runPartitionExperiment(blobs(), nullptr, settings);
        QCOMPARE(result.methods.size(), std::size_t(3));
        const PartitionMethodResult &fixed = result.methods[0], &ratio = result.methods[1], &learned = result.methods[2];
        QCOMPARE(ratio.binSizes, fixed.binSizes);
        QCOMPARE(learned.binSizes, fixed.binSizes);
        QCOMPARE(ratio.adaptive, std::string("ratio"));
        QVERIFY(fixed.adaptive.empty() && std::isnan(fixed.thresholdAtTarget));
        QVERIFY(!fixed.learned && !ratio.learned && learned.learned); // the rule, not the router, is trained
        QVERIFY(learned.routerFlops > fixed.routerFlops);             // its features cost their distances
        for (const PartitionMethodResult* m : {&ratio, &learned}) {
            QVERIFY(m->candidatesAtTarget > 0.0);
            QVERIFY(!std::isnan(m->thresholdAtTarget) && m->msPerQueryAtTarget > 0.0);
            const auto at = std::find_if(m->curve.begin(), m->curve.end(), [](const ProbePoint& p) { return p.recallAt10 >= 0.9; });
            QCOMPARE(at->threshold, m->thresholdAtTarget);
        }
        // One query's routing says how many bins each adaptive rule probes for it, as the walk does.
        const auto routings = routeQuery(result, result.base->row(0), Metric::L2);
        QCOMPARE(routings[0].probesByRule, std::size_t(0));
        for (std::size_t m : {1, 2}) {
            const PartitionMethodResult& method = result.methods[m];
            ProbeWalk walk(*method.index, result.base->view(), Metric::L2);
            const std::vector<float> scores = method.index->router->scores({result.base->row(0), 1, result.dim});
            walk.start(result.base->row(0), scores.data());
            QCOMPARE(routings[m].probesByRule, probeWhileAllowed(walk, *method.rule, method.thresholdAtTarget));
            QVERIFY(routings[m].probesByRule >= 1);
        }
    }
    void theScaleRunKeepsItsQueriesAndFindsTheCrossover()
    {
        // The same held-out queries at every size; each size's cheapest learned and non-learned method
        // by total cost; learning pays from the first size after which it always does.
        PartitionExperimentSettings settings;
        settings.methods = {"kmeans:n-init=1", "kmeans:n-init=1,adaptive=learned"};
        settings.bins = 6;
        const PartitionScaleResult result = runPartitionScale(blobs(), nullptr, settings, {400, 200, 540});
        QCOMPARE(result.runs.size(), std::size_t(3));
        QCOMPARE(result.queries, std::size_t(60));
        QCOMPARE(result.availableRows, std::size_t(540));
        const std::vector<CrossoverPoint> points = crossover(result);
        const std::size_t sizes[] = {200, 400, 540}; // ascending, whatever the order asked
        for (std::size_t i = 0; i < 3; ++i) {
            const PartitionExperimentResult& run = result.runs[i];
            QCOMPARE(run.baseRows, sizes[i]);
            QCOMPARE(run.queries, std::size_t(60));
            QVERIFY(!run.base && !run.methods[0].index); // released: only the figures are kept
            const PartitionMethodResult &fixed = run.methods[0], &learned = run.methods[1];
            QCOMPARE(points[i].rows, run.baseRows);
            QCOMPARE(points[i].fixedCost, fixed.distanceEquivalentsAtTarget);
            QCOMPARE(points[i].learnedCost, learned.distanceEquivalentsAtTarget);
            QCOMPARE(points[i].bestLearned, learned.method);
            QCOMPARE(points[i].costRatio, learned.distanceEquivalentsAtTarget / fixed.distanceEquivalentsAtTarget);
        }
        // The whole base at the largest size: the same figures as the experiment on it alone.
        const PartitionExperimentResult whole = runPartitionExperiment(blobs(), nullptr, settings);
        QCOMPARE(result.runs.back().methods[0].candidatesAtTarget, whole.methods[0].candidatesAtTarget);
        // The crossover: below 1 from some size to the largest.
        const auto at = [](std::size_t rows, double ratio) {
            CrossoverPoint p;
            p.rows = rows;
            p.costRatio = ratio;
            return p;
        };
        QCOMPARE(crossoverRows({at(10, 0.9), at(20, 1.1), at(30, 0.8), at(40, 0.7)}), std::optional<std::size_t>(30));
        QCOMPARE(crossoverRows({at(10, 0.9), at(20, 1.1)}), std::optional<std::size_t>());
        QCOMPARE(crossoverRows({at(10, 0.9), at(20, -1.0)}), std::optional<std::size_t>()); // not reached at the largest
        // Sizes the base cannot give, or too small for the bins, are refused before any work.
        QVERIFY_THROWS_EXCEPTION(Error, runPartitionScale(blobs(), nullptr, settings, {541}));
        QVERIFY_THROWS_EXCEPTION(Error, runPartitionScale(blobs(), nullptr, settings, {11}));
        QVERIFY_THROWS_EXCEPTION(Error, runPartitionScale(blobs(), nullptr, settings, {}));
    }
    void theLearnedPartitionsShareOneGraph()
    {
        // neural and neural-probe ask for the same k-NN graph of the same rows: built once, and the
        // partitions are the ones each builds alone.
        const Dataset data = blobs();
        PartitionSettings alone = small(6);
        alone.labelNeighbors = alone.probeNeighbors; // both read the 10 nearest (the defaults)
        PartitionSettings shared = alone;
        shared.graphs = std::make_shared<KnnGraphCache>();
        const PartitionIndex neural = buildNeuralPartition(data, Metric::L2, shared, nullptr);
        const PartitionIndex probe = buildNeuralProbePartition(data, Metric::L2, shared, nullptr);
        QCOMPARE(shared.graphs->builds(), std::size_t(1));
        QCOMPARE(neural.bins, buildNeuralPartition(data, Metric::L2, alone, nullptr).bins);
        QCOMPARE(probe.bins, buildNeuralProbePartition(data, Metric::L2, alone, nullptr).bins);
        KnnGraphSettings other;
        other.neighbours = 5;
        const auto five = shared.graphs->graph(data.view(), Metric::L2, other);
        QCOMPARE(shared.graphs->builds(), std::size_t(2)); // other settings: another graph
        QCOMPARE(five.get(), shared.graphs->graph(data.view(), Metric::L2, other).get());
        QCOMPARE(five->k, std::size_t(5));
    }
    void aBuildReadsTheGraphItsEntryNames()
    {
        // What the registry says a spec's build reads is what it reads: with that graph held by the cache
        // (as a job's ranks hold the one they built by row blocks), the build makes none of its own.
        const Dataset data = blobs();
        const auto graphs = std::make_shared<KnnGraphCache>();
        SystemResources resources;
        resources.seed = 3;
        resources.graphs = graphs;
        for (const char* spec : {"neural:bins=6,n-init=1,epochs=2,m=12", "neural-probe:bins=6,n-init=1,epochs=2,k=7,graph=ivf"}) {
            const ResolvedSystem system = resolveSystem(spec);
            const std::optional<KnnGraphSettings> read = graphReadBy(system, resources);
            QVERIFY(read);
            QVERIFY(!graphs->contains(data.view(), Metric::L2, *read));
            graphs->insert(data.view(), Metric::L2, *read, std::make_shared<const KnnGraph>(buildKnnGraph(data.view(), Metric::L2, *read)));
            QVERIFY(graphs->contains(data.view(), Metric::L2, *read));
            auto searcher = makeSystem(system, resources);
            searcher->build(data, Metric::L2);
            QCOMPARE(graphs->builds(), std::size_t(0));
        }
        QCOMPARE(graphReadBy(resolveSystem("neural:m=12"), resources)->neighbours, std::size_t(12));
        QCOMPARE(graphReadBy(resolveSystem("neural-probe:k=7,graph=ivf"), resources)->method, GraphMethod::Ivf);
        QVERIFY(!graphReadBy(resolveSystem("kmeans"), resources)); // k-means reads no graph
        // A graph that does not fit the rows is refused.
        KnnGraphSettings ten;
        QVERIFY_THROWS_EXCEPTION(Error, graphs->insert(data.view(), Metric::L2, ten, std::make_shared<const KnnGraph>()));
    }
    void aSlowSearchIsTimedOnAShareOfTheQueries()
    {
        // A search of the given queries that "takes" 1 ms each: 10,000 would take 10 s, so after the hundred
        // that size it one search of the 2,000 that fill two seconds, evenly spread (their first values).
        const std::size_t count = 10000;
        std::vector<float> values(count);
        std::iota(values.begin(), values.end(), 0.0f);
        const MatrixView queries{values.data(), count, 1};
        std::vector<std::size_t> searched;
        std::vector<float> firstValues;
        const auto milliseconds = [&](double each) {
            return [&, each](MatrixView some) {
                searched.push_back(some.rows);
                firstValues.push_back(some.rows > 1 ? some.row(1)[0] : -1.0f);
                return each * static_cast<double>(some.rows);
            };
        };
        QCOMPARE(secondsPerQuery(queries, milliseconds(0.001)), 0.001);
        QCOMPARE(searched, (std::vector<std::size_t>{100, 2000}));
        QCOMPARE(firstValues, (std::vector<float>{100.0f, 5.0f})); // every 100th, then every 5th query
        // Fast: the fastest of three searches of every query, after the hundred.
        searched.clear();
        QCOMPARE(secondsPerQuery(queries, milliseconds(0.00001)), 0.00001);
        QCOMPARE(searched, (std::vector<std::size_t>{100, count, count, count}));
        // Fewer than a hundred queries: all of them from the start.
        searched.clear();
        QCOMPARE(secondsPerQuery({values.data(), 40, 1}, milliseconds(0.001)), 0.001);
        QCOMPARE(searched, (std::vector<std::size_t>{40, 40, 40, 40}));
    }
    void aMethodsFiguresTravelAsJson()
    {
        // A job's ranks send their methods to rank 0 as JSON: every figure comes back (but the index).
        PartitionExperimentSettings settings;
        settings.methods = {"kmeans:n-init=1", "kmeans:n-init=1,adaptive=ratio"};
        settings.bins = 6;
        settings.targetRecall = 0.95;
        const PartitionExperimentResult result = runPartitionExperiment(blobs(), nullptr, settings);
        for (const PartitionMethodResult& m : result.methods) {
            const PartitionMethodResult back = partitionMethodFromJson(toJson(m, result.dim, 0.95), 0.95);
            QCOMPARE(back.method, m.method);
            QCOMPARE(back.description, m.description);
            QCOMPARE(back.binSizes, m.binSizes);
            QCOMPARE(back.candidatesAtTarget, m.candidatesAtTarget);
            QCOMPARE(back.msPerQueryAtTarget, m.msPerQueryAtTarget);
            QCOMPARE(back.probesAtTarget, m.probesAtTarget);
            QCOMPARE(back.adaptive, m.adaptive);
            QCOMPARE(std::isnan(back.thresholdAtTarget), std::isnan(m.thresholdAtTarget));
            QCOMPARE(back.curve.size(), m.curve.size());
            for (std::size_t i = 0; i < m.curve.size(); ++i) {
                QCOMPARE(back.curve[i].probes, m.curve[i].probes);
                QCOMPARE(back.curve[i].meanProbes, m.curve[i].meanProbes);
                QCOMPARE(back.curve[i].recallAt10, m.curve[i].recallAt10);
                QCOMPARE(std::isnan(back.curve[i].threshold), std::isnan(m.curve[i].threshold));
            }
            QVERIFY(!back.index);
        }
        Json broken = toJson(result.methods[0], result.dim, 0.95);
        broken.erase("curve");
        QVERIFY_THROWS_EXCEPTION(Error, partitionMethodFromJson(broken, 0.95));
    }
    void aRouterCanReadTheQuerysPrincipalComponents()
    {
        // pca=P: the router reads P leading components; its cost counts the projection and its narrower
        // first layer, its scores are still probabilities over the bins. P must be below the dimension.
        const Dataset data = blobs();
        PartitionSettings wide = small(6), projected = small(6);
        wide.mlp.hidden = projected.mlp.hidden = 64;
        projected.routerPca = 3;
        const PartitionIndex plain = buildNeuralPartition(data, Metric::L2, wide, nullptr);
        const PartitionIndex reduced = buildNeuralPartition(data, Metric::L2, projected, nullptr);
        QVERIFY(reduced.router->probabilities() && reduced.router->learned());
        // A multiply-add per weight and bias: d·h + h·h + h·B against P·d + P·h + h·h + h·B (d 8, h 64, B 6, P 3).
        QCOMPARE(plain.router->flopsPerQuery(), 2.0 * (8 * 64 + 64 + 64 * 64 + 64 + 64 * 6 + 6));
        QCOMPARE(reduced.router->flopsPerQuery(), 2.0 * (3 * 8 + 3 * 64 + 64 + 64 * 64 + 64 + 64 * 6 + 6));
        QVERIFY(QString::fromStdString(reduced.router->describe()).contains("3 principal components"));
        const std::vector<float> scores = reduced.router->scores(data.view());
        for (std::size_t row = 0; row < data.rows(); row += 97) {
            double sum = 0.0;
            for (std::size_t b = 0; b < 6; ++b)
                sum += scores[row * 6 + b];
            QVERIFY(std::fabs(sum - 1.0) < 1e-4);
        }
        projected.routerPca = 8;
        QVERIFY_THROWS_EXCEPTION(Error, buildNeuralPartition(data, Metric::L2, projected, nullptr));
    }
    void spillsAndCopiesKeepToTheirStorageBudget()
    {
        // kmeans-spill:share=s spills the s·N rows nearest a boundary; neural-probe:redundancy=r adds r·N
        // copies where the prober rates the rows highest, never into a row's own bin.
        const Dataset data = blobs();
        PartitionSettings settings = small(6);
        const PartitionIndex plain = buildKMeansPartition(data, Metric::L2, settings, nullptr);
        settings.spillShare = 0.2;
        settings.spill = "nearest"; // the second bin is the next-nearest centroid: its gap is known here
        const PartitionIndex spilled = buildSpilledKMeansPartition(data, Metric::L2, settings, nullptr);
        QCOMPARE(spilled.storedRows(), std::size_t(720));
        // The spilled rows are the nearest to a boundary: no row left out is nearer than one spilled.
        const std::vector<float> scores = spilled.router->scores(data.view()); // −squared distance per bin
        std::vector<int> copies(600, 0);
        for (const auto& bin : spilled.bins)
            for (std::uint32_t row : bin)
                ++copies[row];
        double widestSpilled = 0.0, narrowestKept = 1e300;
        for (std::size_t row = 0; row < 600; ++row) {
            std::vector<float> own(scores.begin() + static_cast<std::ptrdiff_t>(row * 6), scores.begin() + static_cast<std::ptrdiff_t>(row * 6 + 6));
            std::sort(own.rbegin(), own.rend());
            const double gap = static_cast<double>(own[0]) - own[1];
            (copies[row] == 2 ? widestSpilled : narrowestKept) =
                copies[row] == 2 ? std::max(widestSpilled, gap) : std::min(narrowestKept, gap);
        }
        QVERIFY2(widestSpilled <= narrowestKept * (1 + 1e-5), qPrintable(QString("%1 > %2").arg(widestSpilled).arg(narrowestKept)));
        settings.spill = "soar";
        settings.spillShare = 1.0;
        QCOMPARE(buildSpilledKMeansPartition(data, Metric::L2, settings, nullptr).storedRows(), std::size_t(1200));
        settings.redundancy = 0.2;
        const PartitionIndex copied = buildNeuralProbePartition(data, Metric::L2, settings, nullptr);
        QCOMPARE(copied.storedRows(), std::size_t(720));
        const PartitionIndex alone = buildNeuralProbePartition(data, Metric::L2, small(6), nullptr);
        for (std::size_t b = 0; b < 6; ++b) // the k-means bins, each with copies of rows from other bins added
            QVERIFY(std::includes(copied.bins[b].begin(), copied.bins[b].end(), alone.bins[b].begin(), alone.bins[b].end()));
        QCOMPARE(plain.storedRows(), std::size_t(600));
        for (const double bad : {0.0, 1.5}) {
            PartitionSettings refused = small(6);
            refused.spillShare = bad;
            QVERIFY_THROWS_EXCEPTION(Error, buildSpilledKMeansPartition(data, Metric::L2, refused, nullptr));
        }
        settings.redundancy = -0.1;
        QVERIFY_THROWS_EXCEPTION(Error, buildNeuralProbePartition(data, Metric::L2, settings, nullptr));
    }
    void soarSpillsToTheOrthogonalCentroid()
    {
        // x = (0.9, 0), own centroid c0 = (0, 0) (residual along x). c1 = (2, 0) is nearer (1.21) than
        // c2 = (0.9, 1.2) (1.44), but its residual is parallel to the first: SOAR (λ = 1) adds 1.21 and
        // picks c2; plain spilling picks c1.
        const std::vector<float> x = {0.9f, 0.0f};
        KMeansResult clustering;
        clustering.clusters = 3;
        clustering.dim = 2;
        clustering.centroids = {0, 0, 2, 0, 0.9f, 1.2f};
        clustering.assignment = {0};
        clustering.sizes = {1, 0, 0};
        QCOMPARE(spillAssignments({x.data(), 1, 2}, clustering, 0.0), std::vector<std::uint32_t>{1});
        QCOMPARE(spillAssignments({x.data(), 1, 2}, clustering, 1.0), std::vector<std::uint32_t>{2});
        // A spilled partition stores rows twice and says so in its memory.
        const Dataset data = blobs();
        const PartitionIndex spilled = buildSpilledKMeansPartition(data, Metric::L2, small(6), nullptr);
        QCOMPARE(spilled.storedRows(), std::size_t(1200));
    }
    void metisSeparatesDisconnectedGroups()
    {
        // Two 10-cliques with no edge between them: a balanced 2-way cut splits them exactly.
        // Each row lists its 9 clique mates, then a row of the other clique that the first 9 leave out.
        KnnGraph graph;
        graph.rows = 20;
        graph.k = 10;
        for (std::int64_t i = 0; i < 20; ++i) {
            for (std::int64_t j = 0; j < 20; ++j)
                if (i != j && (i < 10) == (j < 10))
                    graph.ids.push_back(j);
            graph.ids.push_back((i + 10) % 20);
        }
        const std::vector<std::uint32_t> parts = partitionGraph(graph, 9, 2, 1.05, 1);
        for (std::uint32_t i = 1; i < 10; ++i) {
            QCOMPARE(parts[i], parts[0]);
            QCOMPARE(parts[10 + i], parts[10]);
        }
        QVERIFY(parts[0] != parts[10]);
        QVERIFY_THROWS_EXCEPTION(Error, partitionGraph(graph, 11, 2, 1.05, 1));
    }
    void candidatesAtRecallInterpolates()
    {
        const std::vector<ProbePoint> curve = {{1, 100, 0.5, 0.6}, {2, 200, 0.8, 0.8}, {3, 400, 0.9, 1.0}};
        QCOMPARE(candidatesAtRecall(curve, 0.9), 300.0);
        QCOMPARE(candidatesAtRecall(curve, 0.6), 100.0);
        QCOMPARE(candidatesAtRecall({{1, 100, 0.5, 0.6}}, 0.9), -1.0);
    }
    void learnedPartitionsAreSeeded()
    {
        const Dataset data = blobs();
        for (const char* method : {"neural", "neural-probe"}) {
            const PartitionIndex a = buildPartition(method, data, Metric::L2, small(6));
            const PartitionIndex b = buildPartition(method, data, Metric::L2, small(6));
            QCOMPARE(a.bins, b.bins);
            const auto query = test::randomMatrix(3, 8, 4);
            QCOMPARE(a.router->scores({query.data(), 3, 8}), b.router->scores({query.data(), 3, 8}));
        }
    }
    void aRouterEpochDrawsItsRowsAndEveryRowIsNoDraw()
    {
        // rows per epoch: as many as the data (or more) is today's training, fewer trains on other batches.
        const Dataset data = blobs();
        const auto query = test::randomMatrix(3, 8, 4);
        std::vector<std::vector<float>> scores;
        for (std::size_t rows : {std::size_t(0), std::size_t(600), std::size_t(5000), std::size_t(100)}) {
            PartitionSettings s = small(6);
            s.routerRowsPerEpoch = rows;
            scores.push_back(buildPartition("neural-probe", data, Metric::L2, s).router->scores({query.data(), 3, 8}));
        }
        QCOMPARE(scores[1], scores[0]);
        QCOMPARE(scores[2], scores[0]);
        QVERIFY(scores[3] != scores[0]);
    }
    void pastItsTrainingRowsKMeansTrainsOnASample()
    {
        // 600 rows, k-means on at most 120 of them (20 per bin), then every row assigned: six separate
        // blobs still come out as six bins of 100.
        PartitionSettings s = small(6);
        s.kmeansTrainingRows = 120;
        const PartitionIndex index = buildPartition("kmeans", blobs(), Metric::L2, s);
        QCOMPARE(index.description, std::string("k-means (trained on 120 sampled rows)"));
        s.kmeansTrainingRows = 600; // as many as the data: Lloyd on every row, no sample named
        QCOMPARE(buildPartition("kmeans", blobs(), Metric::L2, s).description, std::string("k-means"));
        for (const auto& bin : index.bins) {
            QCOMPARE(bin.size(), std::size_t(100));
            QCOMPARE(bin.front() / 100, bin.back() / 100); // one blob (rows 100 b … 100 b + 99)
        }
    }
    void anApproximateGraphIsNamedWithItsRecall()
    {
        PartitionSettings s = small(6);
        s.graph.method = GraphMethod::Ivf;
        s.graph.lists = 12;
        s.graph.probes = 3;
        const PartitionIndex index = buildPartition("neural", blobs(), Metric::L2, s);
        QVERIFY2(QString::fromStdString(index.description).contains(QRegularExpression("IVF k-NN graph \\(12 lists, 3 probed, recall@20 [01]\\.[0-9]+ on 600 rows\\)")),
                 index.description.c_str());
        s.graph.method = GraphMethod::Auto; // 600 rows: exact
        QVERIFY(QString::fromStdString(buildPartition("neural", blobs(), Metric::L2, s).description).contains("exact k-NN graph"));
    }
    void cappedRebinningKeepsBinsWithinCapacity()
    {
        // 4 bins over 6 blobs of 100: a blob cannot sit whole in a bin of 150, so an uncapped router
        // leaves some bins over; capped at 1.1x the mean, no bin exceeds ceil(1.1 x 150) = 165.
        PartitionSettings s = small(4);
        s.rebinRounds = 1;
        s.rebinCapacity = 1.1;
        const PartitionIndex index = buildPartition("neural", blobs(), Metric::L2, s);
        std::size_t total = 0;
        std::set<std::uint32_t> rows;
        for (const auto& bin : index.bins) {
            QVERIFY2(bin.size() <= 165, std::to_string(bin.size()).c_str());
            total += bin.size();
            rows.insert(bin.begin(), bin.end());
        }
        QCOMPARE(total, std::size_t(600));
        QCOMPARE(rows.size(), std::size_t(600)); // every row in exactly one bin
    }
    void badSettingsAreRefusedBeforeWork()
    {
        const Dataset data = blobs();
        QVERIFY_THROWS_EXCEPTION(Error, buildPartition("kmeans", data, Metric::L2, small(1)));
        QVERIFY_THROWS_EXCEPTION(Error, buildPartition("kmeans", data, Metric::L2, small(301)));
        PartitionSettings many = small(6);
        many.labelNeighbors = 600;
        QVERIFY_THROWS_EXCEPTION(Error, buildPartition("neural", data, Metric::L2, many));
        PartitionSettings tight = small(6);
        tight.memoryBudgetBytes = 1000;
        QVERIFY_THROWS_EXCEPTION(Error, buildPartition("neural", data, Metric::L2, tight));
        PartitionSettings belowMean = small(6);
        belowMean.rebinCapacity = 0.5; // 6 bins of at most 50 cannot hold 600 rows
        QVERIFY_THROWS_EXCEPTION(Error, buildPartition("neural", data, Metric::L2, belowMean));
    }
    void cancellingStopsTraining()
    {
        CancelToken cancel;
        cancel.cancel();
        QVERIFY_THROWS_EXCEPTION(Cancelled, buildPartition("neural-probe", blobs(), Metric::L2, small(6), &cancel));
    }
    void theExperimentHoldsOutItsQueries()
    {
        PartitionExperimentSettings settings;
        settings.methods = {"kmeans:n-init=1", "kmeans-spill:n-init=1"};
        settings.bins = 6;
        const PartitionExperimentResult result = runPartitionExperiment(blobs(), nullptr, settings);
        QCOMPARE(result.queries, std::size_t(60));
        QCOMPARE(result.baseRows, std::size_t(540));
        settings.maxQueries = 25; // a cap on the held-out share: the rest stay in the base
        const PartitionExperimentResult capped = runPartitionExperiment(blobs(), nullptr, settings);
        QCOMPARE(capped.queries, std::size_t(25));
        QCOMPARE(capped.baseRows, std::size_t(575));
        // The base is the data without the queries, compacted in the data's own storage: row i of the
        // base is the data's row baseRowIds[i], and no held-out row is among them.
        const Dataset data = blobs();
        QCOMPARE(capped.baseRowIds.size(), std::size_t(575));
        for (std::size_t i = 0; i < capped.baseRowIds.size(); ++i) {
            QVERIFY(i == 0 || capped.baseRowIds[i] > capped.baseRowIds[i - 1]);
            QVERIFY(std::equal(data.row(capped.baseRowIds[i]), data.row(capped.baseRowIds[i]) + data.dim(), capped.base->row(i)));
        }
        QCOMPARE(result.methods.size(), std::size_t(2));
        for (const PartitionMethodResult& m : result.methods) {
            QCOMPARE(m.curve.size(), std::size_t(6));
            QVERIFY(m.candidatesAtTarget > 0 && m.candidatesAtTarget <= 540);
            // Searched for real, and timed, at the fewest probes whose curve point reaches the target.
            QVERIFY(m.probesAtTarget >= 1 && m.probesAtTarget <= 6);
            QVERIFY(m.curve[m.probesAtTarget - 1].recallAt10 >= settings.targetRecall);
            QVERIFY(m.probesAtTarget == 1 || m.curve[m.probesAtTarget - 2].recallAt10 < settings.targetRecall);
            QVERIFY(m.msPerQueryAtTarget > 0.0);
            std::size_t stored = 0;
            for (std::size_t size : m.binSizes)
                stored += size;
            QCOMPARE(stored, m.storedRows);
        }
        // Only routers over bins are partition methods: exact search is not one, the hierarchy needs a run.
        for (const char* other : {"exact", "learned", "faiss-hnsw"}) {
            settings.methods = {other};
            QVERIFY_THROWS_EXCEPTION(Error, runPartitionExperiment(blobs(), nullptr, settings));
        }
    }
    void theTwinAndTheLayer1RouterLandOnTheSameCurveAsKMeans()
    {
        // One probing model: the twin clustering the base itself is the kmeans partition (same curve);
        // layer1 scans the same k-means bins with a learned router, whose cost is counted.
        PartitionExperimentSettings settings;
        settings.methods = {"kmeans:n-init=1", "twin:clusters=6,n-init=1", "layer1:n-init=1"};
        settings.bins = 6;
        const PartitionExperimentResult result = runPartitionExperiment(blobs(), nullptr, settings);
        QCOMPARE(result.methods.size(), std::size_t(3));
        const PartitionMethodResult &kmeans = result.methods[0], &twin = result.methods[1], &layer1 = result.methods[2];
        QCOMPARE(twin.method, std::string("twin:clusters=6,n-init=1"));
        QCOMPARE(twin.binSizes, kmeans.binSizes);
        for (std::size_t p = 0; p < kmeans.curve.size(); ++p) {
            QCOMPARE(twin.curve[p].candidates, kmeans.curve[p].candidates);
            QCOMPARE(twin.curve[p].recallAt10, kmeans.curve[p].recallAt10);
        }
        QCOMPARE(layer1.binSizes, kmeans.binSizes); // the same bins ...
        QVERIFY(!kmeans.learned && !twin.learned && layer1.learned);
        QVERIFY(layer1.routerFlops > kmeans.routerFlops); // ... routed by a CNN, which costs more than 6 centroids
        QCOMPARE(layer1.curve.back().recallAt10, 1.0);    // every bin probed: every neighbour found
    }
    void aNetworkTrainedAroundHeldOutRowsIsOneTrainedWithoutThem()
    {
        // The rows are neither standardised over nor drawn into a batch: the same weights, bit for bit,
        // as training on the other rows alone; and not the weights of training on every row.
        const Dataset data = blobs();
        const std::size_t bins = 6;
        std::vector<float> targets(600 * bins, 0.0f);
        for (std::size_t row = 0; row < 600; ++row)
            targets[row * bins + row / 100] = 1.0f;
        const std::vector<std::size_t> heldOut = {0, 5, 99, 100, 333, 599};
        std::vector<std::size_t> kept;
        for (std::size_t row = 0; row < 600; ++row)
            if (!std::binary_search(heldOut.begin(), heldOut.end(), row))
                kept.push_back(row);
        std::vector<float> keptTargets;
        for (std::size_t row : kept)
            keptTargets.insert(keptTargets.end(), targets.begin() + static_cast<std::ptrdiff_t>(row * bins),
                               targets.begin() + static_cast<std::ptrdiff_t>((row + 1) * bins));
        const std::vector<float> keptRows = gatherRows(data.view(), kept);
        MlpSettings settings;
        settings.hidden = 16;
        settings.epochs = 3;
        settings.batchSize = 64;
        settings.seed = 7;
        MlpSettings around = settings;
        around.heldOutRows = heldOut;
        Mlp aroundThem(8, bins, around), withoutThem(8, bins, settings), withThem(8, bins, settings);
        aroundThem.train(data.view(), targets, MlpLoss::SoftLabels);
        withoutThem.train({keptRows.data(), kept.size(), 8}, keptTargets, MlpLoss::SoftLabels);
        withThem.train(data.view(), targets, MlpLoss::SoftLabels);
        const std::vector<float> a = aroundThem.predict(data.view()), b = withoutThem.predict(data.view()), c = withThem.predict(data.view());
        QCOMPARE(std::memcmp(a.data(), b.data(), a.size() * sizeof(float)), 0);
        QVERIFY(a != c);
        std::vector<std::size_t> everyRow(600);
        std::iota(everyRow.begin(), everyRow.end(), std::size_t(0));
        around.heldOutRows = everyRow;
        Mlp nothingLeft(8, bins, around);
        QVERIFY_THROWS_EXCEPTION(Error, nothingLeft.train(data.view(), targets, MlpLoss::SoftLabels));
    }
    void theRouterWidthChosenIsTheCheapestOnHeldInRows()
    {
        // Widths stand for routers here: 1 and 4 route by the centroids at no arithmetic, 2 blindly (bins
        // in index order), 3 by the centroids at 10^5 flops. The choice scores each against the held-in
        // rows' exact neighbours, as the partition experiment scores a method against its queries.
        const Dataset data = blobs();
        const PartitionIndex kmeans = buildKMeansPartition(data, Metric::L2, small(6), nullptr);
        std::vector<std::vector<std::size_t>> heldOutSeen;
        const WidthTrainer train = [&](std::size_t hidden, const std::vector<std::size_t>& heldOut) -> std::shared_ptr<const Router> {
            heldOutSeen.push_back(heldOut);
            if (hidden == 2)
                return std::make_shared<BlindRouter>(6);
            return std::make_shared<PricedRouter>(kmeans.router, hidden == 3 ? 1e5 : 0.0);
        };
        const WidthChoice choice = chooseRouterWidth(data, Metric::L2, kmeans.bins, {3, 2, 4, 1}, 0.9, 11, train, nullptr);
        QCOMPARE(choice.hidden, std::size_t(1)); // 4 costs the same: ties go to the narrower
        QCOMPARE(choice.validationRows, widthValidationRows(600));
        QCOMPARE(choice.validationRows, std::size_t(60));
        QCOMPARE(heldOutSeen.size(), std::size_t(4));
        const std::vector<std::size_t>& heldIn = heldOutSeen.front();
        QCOMPARE(heldIn.size(), std::size_t(60));
        QVERIFY(std::adjacent_find(heldIn.begin(), heldIn.end(), std::greater_equal<>()) == heldIn.end()); // sorted, distinct
        for (const auto& seen : heldOutSeen)
            QCOMPARE(seen, heldIn);
        // The trials' figures: the centroids' curve on the held-in rows against their 10 nearest other rows.
        const std::vector<float> rows = gatherRows(data.view(), heldIn);
        const MatrixView asQueries{rows.data(), 60, 8};
        const Neighbors truth = ExactSearch(data.view(), Metric::L2).searchRows(heldIn, 10);
        const double centroids = candidatesAtRecall(probeCurve(kmeans, asQueries, truth.ids, 6), 0.9);
        QVERIFY(centroids > 0.0 && centroids < 600.0);
        QCOMPARE(choice.trials.size(), std::size_t(4));
        QCOMPARE(choice.trials[0].hidden, std::size_t(3));
        QCOMPARE(choice.trials[0].candidates, centroids);
        QCOMPARE(choice.trials[0].routerCost, 1e5 / 16.0);
        QVERIFY(choice.trials[1].candidates > centroids); // blind probing needs more rows for the same recall
        QCOMPARE(choice.trials[3].total(), centroids);
        QVERIFY(QString::fromStdString(choice.describe(0.9)).startsWith(", hidden width 1 chosen of 3 / 2 / 4 / 1 by total cost at recall@10 = 0.90 on 60 held-in rows ("));
        QVERIFY_THROWS_EXCEPTION(Error, chooseRouterWidth(data, Metric::L2, kmeans.bins, {}, 0.9, 11, train, nullptr));
    }
    void layer1TrainsInShardsTheSameOnAnyThreadCount()
    {
        // The paper's CNN as a router trains each batch in two parts by default (on both cores): the
        // weights are those of the parts, not of the cores that ran them; one part is the whole batch.
        const Dataset data = blobs();
        PartitionSettings settings = small(6);
        settings.layer1MaxEpochs = 2;
        std::vector<std::size_t> epochsTold;
        settings.onEpoch = [&](const EpochRecord& epoch, std::size_t most) {
            QCOMPARE(most, std::size_t(2));
            epochsTold.push_back(epoch.epoch);
        };
        QCOMPARE(settings.layer1Shards, std::size_t(2));
        const std::vector<float> sharded = buildLayer1Partition(data, Metric::L2, settings, nullptr).router->scores(data.view());
        QCOMPARE(epochsTold, (std::vector<std::size_t>{1, 2}));
        ::setenv("LOCAL_WORLD_SIZE", "64", 1); // ownHardwareThreads(): one thread, the parts one after the other
        const std::vector<float> oneThread = buildLayer1Partition(data, Metric::L2, settings, nullptr).router->scores(data.view());
        ::unsetenv("LOCAL_WORLD_SIZE");
        QVERIFY(sharded == oneThread);
        settings.layer1Shards = 1;
        const std::vector<float> whole = buildLayer1Partition(data, Metric::L2, settings, nullptr).router->scores(data.view());
        QVERIFY(whole != sharded);
        // A batch of 32 rows is not cut into 33; the registry's keys name these settings.
        settings.layer1Shards = 33;
        QVERIFY_THROWS_EXCEPTION(Error, buildLayer1Partition(data, Metric::L2, settings, nullptr));
        QVERIFY_THROWS_EXCEPTION(Error, resolveSystem("layer1:shards=0"));
        QCOMPARE(resolveSystem("layer1:shards=1,max-epochs=4").label, std::string("layer1:shards=1,max-epochs=4"));
        QCOMPARE(resolveSystem("layer1:shards=2").label, std::string("layer1")); // the default
    }
    void hiddenAutoTrainsTheChosenWidthAsThatWidthWouldBe()
    {
        // The width chosen among 8 and 32, trained on every row with the router's own seed: the same bins
        // and router, bit for bit, as a build given that width; the trials' epochs are told too.
        const Dataset data = blobs();
        const auto queryValues = test::randomMatrix(20, 8, 9);
        const MatrixView queries{queryValues.data(), 20, 8};
        for (const std::string method : {"neural", "neural-probe"}) {
            PartitionSettings automatic = small(6);
            automatic.routerWidths = {8, 32};
            std::size_t epochs = 0;
            automatic.onEpoch = [&epochs](const EpochRecord&, std::size_t) { ++epochs; };
            const PartitionIndex chosen = buildPartition(method, data, Metric::L2, automatic);
            const std::size_t width = chosenWidth(chosen);
            QVERIFY2(width == 8 || width == 32, chosen.description.c_str());
            QCOMPARE(epochs, std::size_t(3 * 5)); // two trials and the kept router, 5 epochs each
            PartitionSettings fixed = small(6);
            fixed.mlp.hidden = width;
            const PartitionIndex given = buildPartition(method, data, Metric::L2, fixed);
            QCOMPARE(chosen.bins, given.bins);
            const std::vector<float> a = chosen.router->scores(queries), b = given.router->scores(queries);
            QCOMPARE(std::memcmp(a.data(), b.data(), a.size() * sizeof(float)), 0);
            QVERIFY(chosen.trainSeconds > 0.0);
            QVERIFY(given.description.find("chosen") == std::string::npos);
            // The searcher's description keeps the whole of the build's (it was once cut at 256 bytes).
            auto searcher = makeSystem(resolveSystem(method + ":bins=6,hidden=auto,epochs=2,n-init=1"));
            searcher->build(data, Metric::L2);
            QVERIFY2(QString::fromStdString(searcher->describe()).contains(QRegularExpression("held-in rows \\(\\d+ / \\d+ / \\d+\\)\\): 6 bins")),
                     searcher->describe().c_str());
        }
        QVERIFY_THROWS_EXCEPTION(Error, resolveSystem("neural:hidden=wide"));
        QVERIFY_THROWS_EXCEPTION(Error, resolveSystem("neural:hidden=0"));
        QVERIFY_THROWS_EXCEPTION(Error, resolveSystem("kmeans:hidden=auto")); // k-means has no router to size
    }
    void aBuildTellsEachEpochOfItsNetwork()
    {
        // A router's and the layer-1 CNN's epochs reach the run's stages (a CNN at 400,000 rows trains for
        // minutes), inside their build: after its Building stage, before its Probing stage; none from k-means.
        // Neural LSH's k-NN graph is announced as its own step.
        PartitionExperimentSettings settings;
        settings.methods = {"kmeans:n-init=1", "neural:n-init=1,epochs=3", "layer1:n-init=1"};
        settings.bins = 6;
        std::vector<Stage> stages;
        const PartitionExperimentResult result = runPartitionExperiment(blobs(), nullptr, settings, [&](const Stage& s) { stages.push_back(s); });
        const auto epochsOf = [&](const std::string& label) {
            const auto built = std::find(stages.begin(), stages.end(), Stage{Stage::Kind::Building, label});
            const auto probed = std::find(built, stages.end(), Stage{Stage::Kind::Probing, label});
            std::vector<Stage> epochs;
            for (auto s = stages.begin(); s != stages.end(); ++s)
                if (s->kind == Stage::Kind::Epoch && s->subject == label) {
                    if (s < built || s > probed)
                        return std::vector<Stage>{}; // told outside its build: fails below
                    epochs.push_back(*s);
                }
            return epochs;
        };
        QCOMPARE(result.methods.size(), std::size_t(3));
        QVERIFY(epochsOf(result.methods[0].method).empty());
        const std::vector<Stage> router = epochsOf(result.methods[1].method);
        QCOMPARE(router.size(), std::size_t(3));
        for (std::size_t e = 0; e < router.size(); ++e) {
            QCOMPARE(router[e].step, e + 1);
            QCOMPARE(router[e].steps, std::size_t(3));
            QVERIFY(std::isfinite(router[e].loss) && router[e].loss > 0.0);
        }
        // Layer 1 may stop early: its epochs count up from 1 to at most its preset's limit.
        const std::vector<Stage> cnn = epochsOf(result.methods[2].method);
        QVERIFY(!cnn.empty());
        for (std::size_t e = 0; e < cnn.size(); ++e) {
            QCOMPARE(cnn[e].step, e + 1);
            QCOMPARE(cnn[e].steps, presetSettings("fast", Protocol::Corrected).layer1.maxEpochs);
        }
        QVERIFY(cnn.size() <= cnn.front().steps);
        QCOMPARE(stageText(router[1]).substr(0, 55), std::string("training neural:bins=6,n-init=1,epochs=3: epoch 2 of at"));
        // Its k-NN graph is a step of its own, once, after the build begins and before its router trains.
        const auto graph = std::find_if(stages.begin(), stages.end(), [](const Stage& s) { return s.kind == Stage::Kind::Graph; });
        QCOMPARE(std::count_if(stages.begin(), stages.end(), [](const Stage& s) { return s.kind == Stage::Kind::Graph; }), std::ptrdiff_t(1));
        QVERIFY(graph > std::find(stages.begin(), stages.end(), Stage{Stage::Kind::Building, result.methods[1].method}));
        QVERIFY(graph < std::find(stages.begin(), stages.end(), router.front()));
    }
};

QTEST_APPLESS_MAIN(PartitionsTest)
#include "tst_partitions.moc"
