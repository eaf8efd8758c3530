// Exact k-NN is the ground truth of nnscope: it must equal an independent double-precision loop,
// ids and order included, for every metric, with self-exclusion and deterministic tie-breaks.
#include "core/Error.h"
#include "search/ExactSearch.h"
#include "search/TopKFilter.h"
#include "core/Random.h"
#include "support/TestSupport.h"

#include <QTest>
#include <cmath>

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
};

QTEST_APPLESS_MAIN(ExactSearchTest)
#include "tst_exact_search.moc"
