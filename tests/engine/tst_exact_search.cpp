// Exact k-NN is the ground truth of nnscope: it must equal an independent double-precision loop,
// ids and order included, for every metric, with self-exclusion and deterministic tie-breaks.
#include "core/CancelToken.h"
#include "core/Error.h"
#include "graph/KnnGraph.h"
#include "search/ExactSearch.h"
#include "search/RowDistances.h"
#include "search/TopKFilter.h"
#include "core/Random.h"
#include "support/TestSupport.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

using namespace nnscope;

Q_DECLARE_METATYPE(nnscope::Metric)

namespace {

// Compares every query's result with the naive loop: same ids in the same order, same distances.
void verifyAgainstNaive(MatrixView base, MatrixView queries, const Neighbors& result, Metric metric,
                        const std::vector<std::int64_t>& excluded)
{
    QCOMPARE(result.queries, queries.rows);
    for (std::size_t q = 0; q < queries.rows; ++q) {
        const auto expected = test::naiveKnn(base, queries.row(q), result.k, metric, excluded[q]);
        for (std::size_t r = 0; r < result.k; ++r) {
            QCOMPARE(result.id(q, r), expected[r].id);
            QVERIFY2(std::fabs(result.distance(q, r) - expected[r].distance) <= 1e-5 * (1.0 + std::fabs(expected[r].distance)),
                     qPrintable(QString("query %1 rank %2: %3 vs %4").arg(q).arg(r).arg(result.distance(q, r)).arg(expected[r].distance)));
        }
    }
}

// 0, 1, …, n − 1: every row of a graph, as the rows its checks run over.
std::vector<std::size_t> everyRow(std::size_t n)
{
    std::vector<std::size_t> rows(n);
    std::iota(rows.begin(), rows.end(), std::size_t(0));
    return rows;
}

} // namespace

class ExactSearchTest : public QObject {
    Q_OBJECT
private slots:
    void externalQueriesMatchTheNaiveLoop_data()
    {
        QTest::addColumn<Metric>("metric");
        QTest::newRow("l2") << Metric::L2;
        QTest::newRow("cosine") << Metric::Cosine;
        QTest::newRow("ip") << Metric::InnerProduct;
    }
    void externalQueriesMatchTheNaiveLoop()
    {
        QFETCH(Metric, metric);
        const std::size_t n = 700, dim = 23;
        const auto base = test::randomMatrix(n, dim, 1);
        const auto queries = test::randomMatrix(40, dim, 2);
        const MatrixView baseView{base.data(), n, dim}, queryView{queries.data(), 40, dim};
        const Neighbors result = ExactSearch(baseView, metric).search(queryView, 15);
        verifyAgainstNaive(baseView, queryView, result, metric, std::vector<std::int64_t>(40, -1));
    }

    void datasetRowsExcludeThemselves_data() { externalQueriesMatchTheNaiveLoop_data(); }
    void datasetRowsExcludeThemselves()
    {
        QFETCH(Metric, metric);
        const std::size_t n = 500, dim = 9;
        const auto base = test::randomMatrix(n, dim, 3);
        const MatrixView view{base.data(), n, dim};
        std::vector<std::size_t> rows;
        std::vector<std::int64_t> excluded;
        for (std::size_t i = 0; i < n; i += 7) {
            rows.push_back(i);
            excluded.push_back(static_cast<std::int64_t>(i));
        }
        const Neighbors result = ExactSearch(view, metric).searchRows(rows, 8);
        std::vector<float> queries;
        for (std::size_t row : rows)
            queries.insert(queries.end(), view.row(row), view.row(row) + dim);
        verifyAgainstNaive(view, {queries.data(), rows.size(), dim}, result, metric, excluded);
        for (std::size_t q = 0; q < rows.size(); ++q)
            for (std::size_t r = 0; r < 8; ++r)
                QVERIFY(result.id(q, r) != static_cast<std::int64_t>(rows[q]));
    }

    void tiesAreBrokenBySmallerRowId()
    {
        // Integer grid points with many exact duplicates and equal distances, as in uci-letter.
        std::vector<float> base;
        for (int i = 0; i < 300; ++i)
            for (int j = 0; j < 4; ++j)
                base.push_back(static_cast<float>((i * 7 + j * 3) % 5));
        const MatrixView view{base.data(), 300, 4};
        for (Metric metric : {Metric::L2, Metric::Cosine, Metric::InnerProduct}) {
            const std::vector<std::size_t> rows = {0, 1, 2, 150, 299};
            const Neighbors result = ExactSearch(view, metric).searchRows(rows, 30);
            std::vector<float> queries;
            std::vector<std::int64_t> excluded;
            for (std::size_t row : rows) {
                queries.insert(queries.end(), view.row(row), view.row(row) + 4);
                excluded.push_back(static_cast<std::int64_t>(row));
            }
            verifyAgainstNaive(view, {queries.data(), rows.size(), 4}, result, metric, excluded);
        }
    }

    void nearTiesFarFromTheOriginAreOrderedExactly()
    {
        // Large offsets make float ||x||² + ||q||² − 2x·q lose the differences entirely; the bounded
        // re-ranking in double must still recover the exact order.
        const std::size_t n = 400, dim = 16;
        auto base = test::randomMatrix(n, dim, 5);
        for (float& v : base)
            v = 1000.0f + v * 1e-3f;
        auto queries = test::randomMatrix(10, dim, 6);
        for (float& v : queries)
            v = 1000.0f + v * 1e-3f;
        const MatrixView baseView{base.data(), n, dim}, queryView{queries.data(), 10, dim};
        for (Metric metric : {Metric::L2, Metric::Cosine, Metric::InnerProduct}) {
            const Neighbors result = ExactSearch(baseView, metric).search(queryView, 20);
            verifyAgainstNaive(baseView, queryView, result, metric, std::vector<std::int64_t>(10, -1));
        }
    }

    void kEqualToAllOtherRowsGivesTheFullOrder()
    {
        const auto base = test::randomMatrix(60, 5, 8);
        const MatrixView view{base.data(), 60, 5};
        const Neighbors result = ExactSearch(view, Metric::L2).searchRows({10}, 59);
        verifyAgainstNaive(view, {view.row(10), 1, 5}, result, Metric::L2, {10});
    }

    void badRequestsAreClearErrors()
    {
        const auto base = test::randomMatrix(10, 3, 9);
        const ExactSearch search({base.data(), 10, 3}, Metric::L2);
        QVERIFY_THROWS_EXCEPTION(Error, search.searchRows({0}, 10)); // only 9 others
        QVERIFY_THROWS_EXCEPTION(Error, search.searchRows({0}, 0));
        QVERIFY_THROWS_EXCEPTION(Error, search.searchRows({10}, 1));
        const auto wrongDim = test::randomMatrix(2, 4, 10);
        QVERIFY_THROWS_EXCEPTION(Error, search.search({wrongDim.data(), 2, 4}, 1));
    }

    void everyFilterKernelAddsWhatTheScalarPassAdds()
    {
        // Keys offset + scale · dot over a ragged length (tails of both SIMD widths), values whose keys
        // tie and sit exactly on the threshold's rounding, several chunks into one filter.
        Random random(3);
        constexpr std::size_t rows = 1003;
        std::vector<float> dots(rows), offsets(rows), scales(rows);
        for (std::size_t i = 0; i < rows; ++i) {
            dots[i] = static_cast<float>(random.uniform() * 8.0 - 4.0);
            offsets[i] = i % 7 == 0 ? 0.0f : static_cast<float>(random.uniform() * 10.0);
            scales[i] = i % 5 == 0 ? -2.0f : static_cast<float>(-random.uniform());
            if (i % 97 == 0 && i > 0) // exact ties of an earlier key
                dots[i] = dots[i - 1], offsets[i] = offsets[i - 1], scales[i] = scales[i - 1];
        }
        const auto candidates = [&](FilterKernel kernel) {
            TopKFilter filter(11, 0.05);
            for (std::size_t first = 0; first < rows; first += 250) {
                const std::size_t count = std::min<std::size_t>(250, rows - first);
                filterChunk(kernel, dots.data() + first, offsets.data() + first, scales.data() + first, count, first, filter);
            }
            std::vector<std::size_t> kept;
            filter.finish([&](std::size_t row) { kept.push_back(row); });
            return kept;
        };
        const std::vector<std::size_t> scalar = candidates(FilterKernel::Scalar);
        QVERIFY(scalar.size() >= 11 && scalar.size() < rows / 4);
        for (FilterKernel kernel : {FilterKernel::Avx, FilterKernel::Avx512}) {
            if (!cpuRuns(kernel))
                continue;
            QCOMPARE(candidates(kernel), scalar);
        }
        QVERIFY(cpuRuns(fastestFilterKernel()));
    }
    // The scans rank rows several at a time (distances()); the values must be distance()'s bit for bit,
    // whatever the batch and its remainder, and distance() the textbook formula.
    void batchedDistancesAreTheSameBitsAsOneAtATime_data() { externalQueriesMatchTheNaiveLoop_data(); }
    void batchedDistancesAreTheSameBitsAsOneAtATime()
    {
        QFETCH(Metric, metric);
        const std::size_t n = 19, dim = 37; // 19: two AVX blocks of eight, one scalar of four, three alone
        auto rows = test::randomMatrix(n, dim, 3);
        std::fill_n(rows.begin() + 5 * dim, dim, 0.0f); // a zero row: cosine distance 1
        const auto query = test::randomMatrix(1, dim, 4);
        std::vector<const float*> pointers;
        for (std::size_t i = 0; i < n; ++i)
            pointers.push_back(rows.data() + i * dim);
        for (DistanceKernel kernel : {DistanceKernel::Scalar, DistanceKernel::Avx}) {
            if (!cpuRuns(kernel))
                continue;
            for (std::size_t count = 0; count <= n; ++count) {
                std::vector<double> batched(count, -1.0);
                rowDistances(kernel, metric, pointers.data(), count, query.data(), dim, batched.data());
                for (std::size_t i = 0; i < count; ++i) {
                    const double single = distance(metric, pointers[i], query.data(), dim);
                    QVERIFY2(std::memcmp(&batched[i], &single, sizeof single) == 0,
                             qPrintable(QString("kernel %1, %2 rows, row %3: %4 against %5")
                                            .arg(int(kernel)).arg(count).arg(i).arg(batched[i], 0, 'g', 17).arg(single, 0, 'g', 17)));
                }
            }
        }
        std::vector<double> fastest(n);
        distances(metric, pointers.data(), n, query.data(), dim, fastest.data());
        for (std::size_t i = 0; i < n; ++i)
            QCOMPARE(fastest[i], distance(metric, pointers[i], query.data(), dim));
        for (std::size_t i = 0; i < n; ++i) {
            long double dot = 0, rowNorm = 0, queryNorm = 0, squared = 0;
            for (std::size_t j = 0; j < dim; ++j) {
                const long double x = rows[i * dim + j], y = query[j];
                dot += x * y;
                rowNorm += x * x;
                queryNorm += y * y;
                squared += (x - y) * (x - y);
            }
            const long double expected = metric == Metric::L2 ? std::sqrt(squared)
                : metric == Metric::InnerProduct             ? dot
                : rowNorm == 0                               ? 1.0L
                                                             : 1.0L - dot / std::sqrt(rowNorm * queryNorm);
            QVERIFY(std::fabs(static_cast<long double>(distance(metric, pointers[i], query.data(), dim)) - expected)
                    <= 1e-12L * (1.0L + std::fabs(expected)));
        }
    }

    void zeroVectorsHaveCosineDistanceOne()
    {
        const std::vector<float> base = {0, 0, 1, 0, 0, 1};
        const std::vector<float> query = {1, 0};
        const Neighbors result = ExactSearch({base.data(), 3, 2}, Metric::Cosine).search({query.data(), 1, 2}, 3);
        QCOMPARE(result.id(0, 0), std::int64_t(1));
        QCOMPARE(result.distance(0, 0), 0.0f);
        QCOMPARE(result.id(0, 1), std::int64_t(0)); // zero vector: distance 1, tied with the orthogonal row
        QCOMPARE(result.distance(0, 1), 1.0f);
        QCOMPARE(result.id(0, 2), std::int64_t(2));
    }

    // The k-NN graph: exact by default on small data, the same as searching every row; FAISS IVF
    // past the budget, exhaustive (and so exact) when every list is probed, and with few probes a
    // recall that is measured on a sample and agrees with the recall over every row.
    void theExactGraphIsEveryRowsSearch_data() { externalQueriesMatchTheNaiveLoop_data(); }
    void theExactGraphIsEveryRowsSearch()
    {
        QFETCH(Metric, metric);
        const std::size_t n = 900, dim = 12, k = 7;
        const auto values = test::randomMatrix(n, dim, 5);
        const MatrixView view{values.data(), n, dim};
        KnnGraphSettings settings;
        settings.neighbours = k;
        const KnnGraph graph = buildKnnGraph(view, metric, settings);
        QCOMPARE(graph.method, GraphMethod::Exact);
        QVERIFY(graph.automatic);
        QCOMPARE(graph.exactMultiplyAdds, double(n) * n * dim);
        QCOMPARE(graph.recall, 1.0);
        QCOMPARE(graph.ids, ExactSearch(view, metric).searchRows(everyRow(n), k).ids);
    }
    void anIvfGraphProbingEveryListIsExact_data() { externalQueriesMatchTheNaiveLoop_data(); }
    void anIvfGraphProbingEveryListIsExact()
    {
        QFETCH(Metric, metric);
        const std::size_t n = 1200, dim = 10, k = 5;
        const auto values = test::randomMatrix(n, dim, 6);
        const MatrixView view{values.data(), n, dim};
        KnnGraphSettings settings;
        settings.neighbours = k;
        settings.exactMultiplyAdds = 1e6; // past the budget: auto chooses the approximation
        settings.lists = 20;
        settings.probes = 20;
        const KnnGraph graph = buildKnnGraph(view, metric, settings);
        QCOMPARE(graph.method, GraphMethod::Ivf);
        QVERIFY(graph.automatic);
        QCOMPARE(graph.lists, std::size_t(20));
        QCOMPARE(graph.recallRows, std::size_t(1000));
        QCOMPARE(graph.recall, 1.0);
        const std::vector<std::size_t> rows = everyRow(n);
        QCOMPARE(graphRecall(graph, rows, ExactSearch(view, metric).searchRows(rows, k).ids, k), 1.0);
    }
    void anApproximateGraphReportsTheRecallItHas()
    {
        // Gaussian rows, no clusters to follow: with 40 lists and 2 probed, a row's neighbours are
        // mostly, not always, found.
        const std::size_t k = 10, dim = 8, n = 6000;
        const auto values = test::randomMatrix(n, dim, 7);
        const MatrixView view{values.data(), n, dim};
        KnnGraphSettings settings;
        settings.neighbours = k;
        settings.method = GraphMethod::Ivf;
        settings.lists = 40;
        settings.probes = 2;
        settings.recallSample = 1500;
        const KnnGraph graph = buildKnnGraph(view, Metric::L2, settings);
        QVERIFY(!graph.automatic);
        const std::vector<std::size_t> rows = everyRow(n);
        const double overAll = graphRecall(graph, rows, ExactSearch(view, Metric::L2).searchRows(rows, k).ids, k);
        QVERIFY2(overAll > 0.3 && overAll < 0.999, qPrintable(QString::number(overAll))); // approximate, not useless
        QVERIFY2(std::fabs(graph.recall - overAll) < 0.04, qPrintable(QString("%1 on the sample, %2 on every row").arg(graph.recall).arg(overAll)));
        for (std::size_t row = 0; row < n; ++row) {
            std::vector<std::int64_t> ids(graph.ids.begin() + static_cast<std::ptrdiff_t>(row * k), graph.ids.begin() + static_cast<std::ptrdiff_t>((row + 1) * k));
            for (std::int64_t id : ids)
                QVERIFY(id >= 0 && id < static_cast<std::int64_t>(n) && id != static_cast<std::int64_t>(row));
            std::sort(ids.begin(), ids.end());
            QVERIFY(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
        }
        settings.seed = 3; // seeded: the same seed gives the same graph
        QCOMPARE(buildKnnGraph(view, Metric::L2, settings).ids, buildKnnGraph(view, Metric::L2, settings).ids);
    }
    void badGraphRequestsAreClearErrorsAndCancelStops()
    {
        const auto values = test::randomMatrix(50, 4, 8);
        const MatrixView view{values.data(), 50, 4};
        KnnGraphSettings settings;
        settings.neighbours = 50; // only 49 other rows
        QVERIFY_THROWS_EXCEPTION(Error, buildKnnGraph(view, Metric::L2, settings));
        settings.neighbours = 5;
        settings.probes = 0;
        QVERIFY_THROWS_EXCEPTION(Error, buildKnnGraph(view, Metric::L2, settings));
        settings.probes = 1;
        settings.lists = 51;
        QVERIFY_THROWS_EXCEPTION(Error, buildKnnGraph(view, Metric::L2, settings));
        QCOMPARE(parseGraphMethod("ivf"), GraphMethod::Ivf);
        QVERIFY_THROWS_EXCEPTION(Error, parseGraphMethod("hnsw"));
        settings.lists = 0;
        CancelToken cancel;
        cancel.cancel();
        for (GraphMethod method : {GraphMethod::Exact, GraphMethod::Ivf}) {
            settings.method = method;
            QVERIFY_THROWS_EXCEPTION(Cancelled, buildKnnGraph(view, Metric::L2, settings, &cancel));
        }
    }
};

QTEST_APPLESS_MAIN(ExactSearchTest)
#include "tst_exact_search.moc"
