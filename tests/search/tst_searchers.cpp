// Every registered system behind the Searcher interface: valid ids, correct distances, self-exclusion;
// each one's recall against exact search above a floor (so a searcher returning the farthest rows
// fails); per-call probes; and the registry's spec checking.
#include "core/Error.h"
#include "experiments/Experiment.h"
#include "workload/Workload.h"
#include "learned/Hierarchy.h"
#include "learned/Layer1Network.h"
#include "partition/NetworkRouter.h"
#include "systems/SystemRegistry.h"
#include "search/ExactSearcher.h"
#include "search/PartitionedSearcher.h"
#include "support/TestSupport.h"

#include <QTest>
#include <cmath>
#include <set>

using namespace nnscope;

namespace {

struct Blobs {
    std::size_t dim = 16;
    std::shared_ptr<const Dataset> data =
        std::make_shared<const Dataset>(600, 16, test::blobMatrix(6, 100, 16, 2.0, 1), std::vector<std::string>{}, "blobs");
    std::vector<std::size_t> rows;
    std::vector<std::int64_t> self;
    std::vector<float> values;
    std::shared_ptr<const Hierarchy> hierarchy;

    Blobs()
    {
        for (std::size_t r = 0; r < data->rows(); r += 37) {
            rows.push_back(r);
            self.push_back(static_cast<std::int64_t>(r));
        }
        values = gatherRows(data->view(), rows);
        HierarchyOverrides tiny;
        tiny.clusters = 6;
        tiny.nInit = 1;
        tiny.maxEpochs = 2;
        tiny.model = ModelSettings{1, 4, 4, 8, 2};
        hierarchy = std::make_shared<const Hierarchy>(Hierarchy::train(data, hierarchySettings("fast", Protocol::Corrected, tiny)));
    }
    MatrixView queries() const { return {values.data(), rows.size(), dim}; }
    SystemResources context() const
    {
        SystemResources c;
        c.data = data;
        c.hierarchy = hierarchy;
        c.clustering = std::shared_ptr<const KMeansResult>(hierarchy, &hierarchy->clustering());
        return c;
    }
};

const Blobs& blobs()
{
    static const Blobs b;
    return b;
}

std::unique_ptr<Searcher> built(const std::string& spec, const Dataset& data, Metric metric, const SystemResources& context)
{
    auto searcher = makeSystem(resolveSystem(spec), context);
    searcher->build(data, metric);
    return searcher;
}

// recall@k of a system against exact search on the same queries (own rows excluded).
double recallOf(const std::string& spec, const Dataset& data, Metric metric, MatrixView queries,
                const std::vector<std::int64_t>& self, std::size_t k, const SystemResources& context = {}, std::size_t probes = 0)
{
    ExactSearcher exact;
    exact.build(data, metric);
    const Neighbors truth = exact.search(queries, k, {&self});
    return recallAtK(built(spec, data, metric, context)->search(queries, k, {&self, probes}), truth, k);
}

} // namespace

class SearchersTest : public QObject {
    Q_OBJECT
private slots:
    void everySystemReturnsValidIdsAndTheirTrueDistances()
    {
        const Blobs& b = blobs();
        const std::size_t k = 8;
        for (const SystemEntry& entry : systemEntries())
            for (Metric metric : {Metric::L2, Metric::Cosine, Metric::InnerProduct}) {
                const std::string where = entry.name + " / " + metricName(metric);
                const Neighbors result = built(entry.name, *b.data, metric, b.context())->search(b.queries(), k, {&b.self});
                QCOMPARE(result.queries, b.rows.size());
                for (std::size_t q = 0; q < b.rows.size(); ++q) {
                    std::set<std::int64_t> seen;
                    for (std::size_t r = 0; r < k; ++r) {
                        const std::int64_t id = result.id(q, r);
                        QVERIFY2(id >= 0 && id < static_cast<std::int64_t>(b.data->rows()), where.c_str());
                        QVERIFY2(id != b.self[q], where.c_str());
                        QVERIFY2(seen.insert(id).second, where.c_str());
                        const double truth = distance(metric, b.data->row(static_cast<std::size_t>(id)), b.queries().row(q), b.dim);
                        QVERIFY2(std::fabs(result.distance(q, r) - truth) <= 1e-5 * (1 + std::fabs(truth)), where.c_str());
                    }
                }
            }
    }
    void exactAndFaissFlatAgreeWithTheNaiveLoop()
    {
        const std::size_t n = 300, dim = 10;
        const Dataset data(n, dim, test::randomMatrix(n, dim, 2), {}, "random");
        const auto queryValues = test::randomMatrix(12, dim, 3);
        const MatrixView queries{queryValues.data(), 12, dim};
        for (const char* system : {"exact", "faiss-flat"})
            for (Metric metric : {Metric::L2, Metric::Cosine, Metric::InnerProduct}) {
                const Neighbors result = built(system, data, metric, {})->search(queries, 5);
                for (std::size_t q = 0; q < 12; ++q) {
                    const auto expected = test::naiveKnn(data.view(), queries.row(q), 5, metric, -1);
                    for (std::size_t r = 0; r < 5; ++r)
                        QCOMPARE(result.id(q, r), expected[r].id);
                }
            }
    }
    void probingEveryPartitionIsExactSearch()
    {
        // IVF with every list probed, and the twin with every cluster probed, scan every row exactly.
        const Blobs& b = blobs();
        for (Metric metric : {Metric::L2, Metric::Cosine}) {
            QCOMPARE(recallOf("faiss-ivf:nlist=12,nprobe=12", *b.data, metric, b.queries(), b.self, 10), 1.0);
            QCOMPARE(recallOf("twin:probes=6", *b.data, metric, b.queries(), b.self, 10, b.context()), 1.0);
            QCOMPARE(recallOf("twin:clusters=9,probes=9", *b.data, metric, b.queries(), b.self, 10), 1.0);
        }
    }
    void everyApproximateSystemClearsItsRecallFloorOnGlove()
    {
        // Floors on real data (glove-100d, 200 queries, recall@10, l2); each is well below what the
        // system measures here and far above what a wrong ranking (e.g. the farthest rows) would give.
        const auto data = std::make_shared<const Dataset>(openDataset({"glove-100d", std::nullopt, 0, 0}));
        std::vector<std::size_t> rows;
        std::vector<std::int64_t> self;
        for (std::size_t r = 0; r < 200; ++r) {
            rows.push_back(r * 13);
            self.push_back(static_cast<std::int64_t>(r * 13));
        }
        const std::vector<float> values = gatherRows(data->view(), rows);
        const MatrixView queries{values.data(), rows.size(), data->dim()};
        const std::vector<std::pair<std::string, double>> floors = {
            {"faiss-hnsw:ef=64", 0.95}, {"faiss-ivf:nlist=52,nprobe=52", 1.0}, {"faiss-ivf:nlist=52,nprobe=8", 0.6},
            {"faiss-ivfpq", 0.6},       {"scann", 0.6},                        {"scann-paper", 0.5},
            {"twin:clusters=52,probes=8", 0.6},
        };
        for (const auto& [spec, floor] : floors) {
            const double recall = recallOf(spec, *data, Metric::L2, queries, self, 10);
            QVERIFY2(recall >= floor, qPrintable(QString("%1: recall@10 %2 < %3").arg(QString::fromStdString(spec)).arg(recall).arg(floor)));
        }
        // The random baseline finds about k/n of the truth, and nothing ranks it better.
        QVERIFY(recallOf("random", *data, Metric::L2, queries, self, 10) < 0.02);
    }
    void aCallsProbesOverrideTheBuiltSetting()
    {
        // One twin built with probes=1, searched with probes=3, answers as one built with probes=3.
        const Blobs& b = blobs();
        const auto one = built("twin", *b.data, Metric::L2, b.context());
        const auto three = built("twin:probes=3", *b.data, Metric::L2, b.context());
        QCOMPARE(one->search(b.queries(), 10, {&b.self, 3}).ids, three->search(b.queries(), 10, {&b.self}).ids);
        QCOMPARE(one->cost(10, 3).flopsPerQuery, three->cost(10).flopsPerQuery);
        QVERIFY(one->cost(10, 3).flopsPerQuery > one->cost(10).flopsPerQuery);
        // A system without partitions refuses probes.
        QVERIFY_THROWS_EXCEPTION(Error, built("exact", *b.data, Metric::L2, {})->search(b.queries(), 1, {nullptr, 2}));
    }
    void exclusionIsTheSameForEverySystem()
    {
        // Without exclusion exact search returns each query's own row first; with it, never.
        const Blobs& b = blobs();
        const auto exact = built("exact", *b.data, Metric::L2, {});
        const Neighbors kept = exact->search(b.queries(), 3), dropped = exact->search(b.queries(), 3, {&b.self});
        for (std::size_t q = 0; q < b.rows.size(); ++q) {
            QCOMPARE(kept.id(q, 0), b.self[q]);
            QCOMPARE(dropped.id(q, 0), kept.id(q, 1));
            QCOMPARE(dropped.id(q, 1), kept.id(q, 2));
        }
    }
    void randomDrawsAreSeededUniformAndInDrawOrder()
    {
        const Dataset data(50, 2, test::randomMatrix(50, 2, 4), {}, "random");
        SystemResources context;
        context.seed = 7;
        const auto a = built("random", data, Metric::L2, context), b = built("random:seed=7", data, Metric::L2, {});
        std::vector<float> queries(2 * 500, 0.0f);
        const Neighbors x = a->search({queries.data(), 500, 2}, 1), y = b->search({queries.data(), 500, 2}, 1);
        QCOMPARE(x.ids, y.ids);
        std::set<std::int64_t> distinct(x.ids.begin(), x.ids.end());
        QVERIFY(distinct.size() > 40); // 500 draws over 50 rows reach nearly all of them
        // Asking for more keeps the first draws: a random answer's top-1 is one draw, not the best of several.
        const Neighbors wide = a->search({queries.data(), 500, 2}, 5);
        for (std::size_t q = 0; q < 500; ++q)
            QCOMPARE(wide.id(q, 0), x.id(q, 0));
    }
    void recallAtKCountsSharedIds()
    {
        Neighbors result(2, 2), truth(2, 2);
        result.ids = {1, 2, 3, 4};
        truth.ids = {2, 9, 4, 3};
        QCOMPARE(recallAtK(result, truth, 2), 0.75);
        QCOMPARE(recallAtK(result, truth, 1), 0.0);
    }
    void specsAreParsedIntoCanonicalLabels()
    {
        const ResolvedSystem scann = resolveSystem(" scann : reorder=50 , leaves=20 ");
        QCOMPARE(scann.label, std::string("scann:leaves=20,reorder=50")); // the entry's parameter order
        QCOMPARE(scann.arguments.count("leaves"), std::size_t(20));
        QCOMPARE(resolveSystem("scann:reorder=100").label, std::string("scann")); // a default drops out
        const ResolvedSystem probed = resolveSystem("learned:probes=3,rerank=1");
        QCOMPARE(probed.probes, std::size_t(3));
        QCOMPARE(probed.buildLabel, std::string("learned:rerank=1")); // shares its build with every probe count
        QCOMPARE(resolveSystem("faiss-ivf:nprobe=4").probes, std::size_t(4));
        QCOMPARE(resolveSystem("exact:self=keep").keepSelf, std::optional<bool>(true));
        QCOMPARE(splitSystemSpecs("exact; twin:probes=2;;").size(), std::size_t(2));
        // A spec edited and written back reads the same; moved onto the augmented hierarchy, a system
        // that named augment=0 is the augmented one, not an error.
        SystemSpec spec = parseSystemSpec("learned:augment=0,probes=2");
        spec.set("augment", "1");
        spec.set("rerank", "1");
        QCOMPARE(spec.text(), std::string("learned:augment=1,probes=2,rerank=1"));
        QCOMPARE(parseSystemSpec(spec.text()).values, spec.values);
        QCOMPARE(onAugmentedHierarchy({"learned:augment=0,probes=2", "exact", "learned:probes=2,augment=1", "twin"}),
                 (std::vector<std::string>{"learned:augment=1,probes=2", "exact", "twin"}));
    }
    void badSpecsAreClearErrorsNamingWhatIsAllowed()
    {
        const auto message = [](const std::string& spec) {
            try {
                resolveSystem(spec);
            } catch (const Error& error) {
                return std::string(error.what());
            }
            return std::string("no error");
        };
        QVERIFY(message("annoy").find("faiss-hnsw") != std::string::npos);         // lists the systems
        QVERIFY(message("scann:leafs=3").find("leaves") != std::string::npos);      // lists the keys
        QVERIFY(message("scann:leaves=many").find("non-negative integer") != std::string::npos);
        QVERIFY(message("scann:t=nan").find("number") != std::string::npos);
        QVERIFY(message("exact:self=maybe").find("exclude, keep") != std::string::npos);
        QVERIFY(message("twin:probes").find("KEY=VALUE") != std::string::npos);
        QVERIFY(message("twin:probes=1,probes=2").find("twice") != std::string::npos);
        QVERIFY(message(":probes=1").find("no name") != std::string::npos);
        QVERIFY_THROWS_EXCEPTION(Error, makeSystem(resolveSystem("learned"), {})); // no trained hierarchy to search
    }
    void unbuiltSearchersAreClearErrors()
    {
        std::vector<float> query(4, 0.0f);
        for (const SystemEntry& entry : systemEntries())
            if (hierarchyNeed(resolveSystem(entry.name)) == HierarchyNeed::None)
                QVERIFY_THROWS_EXCEPTION(Error, makeSystem(resolveSystem(entry.name), {})->search({query.data(), 1, 4}, 1));
    }
    void theTwinWithPProbesAnswersAsTheKMeansPartitionOnTheSameClustering()
    {
        // One probing model: the twin over a clustering and the kmeans partition that clusters the same
        // rows with the same settings are the same router over the same bins.
        const Blobs& b = blobs();
        KMeansSettings settings;
        settings.clusters = 6;
        settings.nInit = 3;
        settings.seed = 5;
        SystemResources resources;
        resources.clustering = std::make_shared<const KMeansResult>(kmeans(b.data->view(), settings));
        const auto twin = built("twin", *b.data, Metric::L2, resources);
        const auto partition = built("kmeans:bins=6,n-init=3,seed=5", *b.data, Metric::L2, {});
        QVERIFY(twin->partitions() && partition->partitions());
        QCOMPARE(twin->partitions()->bins, partition->partitions()->bins);
        for (std::size_t probes = 1; probes <= 3; ++probes) {
            const Neighbors x = twin->search(b.queries(), 10, {&b.self, probes}), y = partition->search(b.queries(), 10, {&b.self, probes});
            QCOMPARE(x.ids, y.ids);
            QCOMPARE(x.distances, y.distances);
            QCOMPARE(twin->cost(10, probes).flopsPerQuery, partition->cost(10, probes).flopsPerQuery);
        }
    }
    void theLayer1RoutersTopBinIsTheHierarchysLayer1Prediction()
    {
        const Blobs& b = blobs();
        const Layer1Router router(Layer1Network::of(*b.hierarchy), "layer 1");
        QCOMPARE(router.bins(), b.hierarchy->clustering().clusters);
        const auto routes = router.route(b.queries(), 3);
        const auto guesses = b.hierarchy->predictClusters(b.queries(), 3);
        for (std::size_t q = 0; q < b.rows.size(); ++q)
            for (std::size_t r = 0; r < 3; ++r)
                QCOMPARE(routes[q][r], guesses[q][r].cluster);
        // The layer1 system over the run's hierarchy routes by it and scans the hierarchy's clusters.
        const auto layer1 = built("layer1", *b.data, Metric::L2, b.context());
        QVERIFY(layer1->partitions() && layer1->partitions()->router->learned());
        QCOMPARE(layer1->partitions()->bins.size(), b.hierarchy->clustering().clusters);
        QCOMPARE(layer1->partitions()->router->route(b.queries(), 1), router.route(b.queries(), 1));
    }
    void theHnswCostDoesNotDependOnWhatWasSearchedBefore()
    {
        const Blobs& b = blobs();
        const auto first = built("faiss-hnsw:ef=16", *b.data, Metric::L2, {});
        const auto second = built("faiss-hnsw:ef=16", *b.data, Metric::L2, {});
        const double before = first->cost(10).flopsPerQuery;
        first->search(b.queries(), 1);  // a k = 1 search (Table 1's) once changed the reported cost
        second->search(b.queries(), 100);
        QCOMPARE(first->cost(10).flopsPerQuery, before);
        QCOMPARE(second->cost(10).flopsPerQuery, before);
        QVERIFY(before > 0.0);
        QVERIFY(first->cost(100).flopsPerQuery > before); // a wider beam (ef = max(ef, k)) computes more distances
    }
};

QTEST_APPLESS_MAIN(SearchersTest)
#include "tst_searchers.moc"
