// Every system behind the Searcher interface: valid ids, correct distances, self-exclusion.
#include "core/Error.h"
#include "learned/HierarchySearcher.h"
#include "search/ExactSearcher.h"
#include "search/SearcherFactory.h"
#include "support/TestSupport.h"

#include <QTest>
#include <cmath>
#include <set>

using namespace nnscope;

class SearchersTest : public QObject {
    Q_OBJECT
private slots:
    void everySystemReturnsValidIdsAndTheirTrueDistances()
    {
        const std::size_t n = 600, dim = 16, k = 8;
        const Dataset data(n, dim, test::blobMatrix(6, 100, dim, 2.0, 1), {}, "blobs");
        std::vector<std::size_t> rows;
        std::vector<std::int64_t> self;
        for (std::size_t r = 0; r < n; r += 37) {
            rows.push_back(r);
            self.push_back(static_cast<std::int64_t>(r));
        }
        const std::vector<float> values = gatherRows(data.view(), rows);
        const MatrixView queries{values.data(), rows.size(), dim};
        for (const std::string& system : searcherNames())
            for (Metric metric : {Metric::L2, Metric::Cosine, Metric::InnerProduct}) {
                const std::string where = system + " / " + metricName(metric);
                SearcherSpec spec;
                spec.system = system;
                auto searcher = makeSearcher(spec);
                searcher->build(data, metric);
                const Neighbors result = searcher->search(queries, k, &self);
                QCOMPARE(result.queries, rows.size());
                for (std::size_t q = 0; q < rows.size(); ++q) {
                    std::set<std::int64_t> seen;
                    for (std::size_t r = 0; r < k; ++r) {
                        const std::int64_t id = result.id(q, r);
                        QVERIFY2(id >= 0 && id < static_cast<std::int64_t>(n), where.c_str());
                        QVERIFY2(id != self[q], where.c_str());
                        QVERIFY2(seen.insert(id).second, where.c_str());
                        const double truth = distance(metric, data.row(static_cast<std::size_t>(id)), queries.row(q), dim);
                        QVERIFY2(std::fabs(result.distance(q, r) - truth) <= 1e-5 * (1 + std::fabs(truth)), where.c_str());
                        if (r > 0)
                            QVERIFY2(!closer(metric, result.distance(q, r), result.distance(q, r - 1) - 1e-5 * (1 + std::fabs(truth))), where.c_str());
                    }
                }
            }
    }
    void exactAndFaissFlatAgreeWithTheNaiveLoop()
    {
        const std::size_t n = 300, dim = 10;
        const auto values = test::randomMatrix(n, dim, 2);
        const Dataset data(n, dim, values, {}, "random");
        const auto queryValues = test::randomMatrix(12, dim, 3);
        const MatrixView queries{queryValues.data(), 12, dim};
        for (const char* system : {"exact", "faiss-flat"})
            for (Metric metric : {Metric::L2, Metric::Cosine, Metric::InnerProduct}) {
                SearcherSpec spec;
                spec.system = system;
                auto searcher = makeSearcher(spec);
                searcher->build(data, metric);
                const Neighbors result = searcher->search(queries, 5);
                for (std::size_t q = 0; q < 12; ++q) {
                    const auto expected = test::naiveKnn(data.view(), queries.row(q), 5, metric, -1);
                    for (std::size_t r = 0; r < 5; ++r)
                        QCOMPARE(result.id(q, r), expected[r].id);
                }
            }
    }
    void randomDrawsAreSeededAndUniformEnough()
    {
        const Dataset data(50, 2, test::randomMatrix(50, 2, 4), {}, "random");
        SearcherSpec spec;
        spec.system = "random";
        spec.seed = 7;
        auto a = makeSearcher(spec), b = makeSearcher(spec);
        a->build(data, Metric::L2);
        b->build(data, Metric::L2);
        std::vector<float> queries(2 * 500, 0.0f);
        const Neighbors x = a->search({queries.data(), 500, 2}, 1), y = b->search({queries.data(), 500, 2}, 1);
        QCOMPARE(x.ids, y.ids);
        std::set<std::int64_t> distinct(x.ids.begin(), x.ids.end());
        QVERIFY(distinct.size() > 40); // 500 draws over 50 rows reach nearly all of them
    }
    void recallAtKCountsSharedIds()
    {
        Neighbors result(2, 2), truth(2, 2);
        result.ids = {1, 2, 3, 4};
        truth.ids = {2, 9, 4, 3};
        QCOMPARE(recallAtK(result, truth, 2), 0.75);
        QCOMPARE(recallAtK(result, truth, 1), 0.0);
    }
    void unknownSystemsAndUnbuiltSearchersAreClearErrors()
    {
        SearcherSpec spec;
        spec.system = "annoy";
        QVERIFY_THROWS_EXCEPTION(Error, makeSearcher(spec));
        spec.system = "scann";
        auto searcher = makeSearcher(spec);
        std::vector<float> query(4, 0.0f);
        QVERIFY_THROWS_EXCEPTION(Error, searcher->search({query.data(), 1, 4}, 1));
    }
};

QTEST_APPLESS_MAIN(SearchersTest)
#include "tst_searchers.moc"
