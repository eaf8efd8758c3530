// 2-D maps: Barnes-Hut t-SNE and the neighbour-preservation measure, on data whose answer is known.
#include "core/CancelToken.h"
#include "core/Error.h"
#include "core/Random.h"
#include "project/MapQuality.h"
#include "project/Pca.h"
#include "project/PointDensity.h"
#include "project/Tsne.h"
#include "search/ExactSearch.h"

#include <QTest>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

using namespace nnscope;

namespace {

// `clusters` tight Gaussian clusters around random centres in `dim` dimensions, `per` rows each, in
// cluster order: 2-D PCA overlaps most of them, a neighbour-preserving map must keep them apart.
std::vector<float> clusteredRows(std::size_t clusters, std::size_t per, std::size_t dim, std::uint64_t seed)
{
    Random random(seed);
    const auto gaussian = [&random] {
        return std::sqrt(-2.0 * std::log(1.0 - random.uniform())) * std::cos(6.283185307179586 * random.uniform());
    };
    std::vector<float> values;
    for (std::size_t c = 0; c < clusters; ++c) {
        std::vector<double> centre(dim);
        for (double& v : centre)
            v = 2.0 * gaussian();
        for (std::size_t r = 0; r < per; ++r)
            for (std::size_t d = 0; d < dim; ++d)
                values.push_back(static_cast<float>(centre[d] + gaussian()));
    }
    return values;
}

// The share of each point's 10 nearest on the map that come from its own cluster.
double mapPurity(const std::vector<float>& map, std::size_t per)
{
    const std::size_t n = map.size() / 2;
    std::vector<std::size_t> rows(n);
    for (std::size_t i = 0; i < n; ++i)
        rows[i] = i;
    const Neighbors nearest = ExactSearch({map.data(), n, 2}, Metric::L2, 1).searchRows(rows, 10);
    std::size_t same = 0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < 10; ++j)
            same += static_cast<std::size_t>(nearest.id(i, j)) / per == i / per ? 1 : 0;
    return static_cast<double>(same) / static_cast<double>(n * 10);
}

} // namespace

class MapsTest : public QObject {
    Q_OBJECT
private slots:
    void tsneSeparatesClustersThatPcaOverlaps()
    {
        const std::size_t clusters = 12, per = 40, dim = 50;
        const std::vector<float> values = clusteredRows(clusters, per, dim, 3);
        const MatrixView data{values.data(), clusters * per, dim};
        TsneSettings settings;
        settings.iterations = 500;
        TsneReport report;
        const std::vector<float> map = tsne(data, Metric::L2, settings, nullptr, {}, &report);
        QCOMPARE(map.size(), 2 * data.rows);
        for (float v : map)
            QVERIFY(std::isfinite(v));
        QCOMPARE(report.neighbours, std::size_t(91)); // 3 × perplexity + 1
        QVERIFY(report.exactNeighbours);
        const std::vector<float> pca = Pca::fit(data, 2).project(data);
        const double tsnePurity = mapPurity(map, per), pcaPurity = mapPurity(pca, per);
        QVERIFY2(tsnePurity > 0.97, qPrintable(QString::number(tsnePurity)));
        QVERIFY2(pcaPurity < 0.9, qPrintable(QString::number(pcaPurity))); // the case is one PCA fails
        qInfo("10 nearest on the map from the same cluster: t-SNE %.3f, PCA %.3f", tsnePurity, pcaPurity);
        const double kept = neighbourPreservation(data, Metric::L2, map).mean, pcaKept = neighbourPreservation(data, Metric::L2, pca).mean;
        QVERIFY2(kept > pcaKept + 0.1, qPrintable(QString("t-SNE %1, PCA %2").arg(kept).arg(pcaKept)));
        qInfo("knn preservation: t-SNE %.3f, PCA %.3f", kept, pcaKept);
    }
    void tsneIsTheSameOnOneThreadOrTwo()
    {
        // Each point's forces are computed by one thread and the normaliser is summed in row order.
        const std::vector<float> values = clusteredRows(4, 30, 8, 5);
        const MatrixView data{values.data(), 120, 8};
        TsneSettings settings;
        settings.iterations = 120;
        settings.perplexity = 10;
        settings.threads = 1;
        const std::vector<float> one = tsne(data, Metric::L2, settings);
        settings.threads = 2;
        QVERIFY(tsne(data, Metric::L2, settings) == one);
    }
    void barnesHutFollowsTheExactGradient()
    {
        // θ = 0 opens every cell (exact repulsion); θ = 0.5 must give nearly the same map quality.
        const std::vector<float> values = clusteredRows(6, 30, 20, 9);
        const MatrixView data{values.data(), 180, 20};
        TsneSettings settings;
        settings.iterations = 400;
        settings.theta = 0.0;
        const double exact = neighbourPreservation(data, Metric::L2, tsne(data, Metric::L2, settings)).mean;
        settings.theta = 0.5;
        const double approximate = neighbourPreservation(data, Metric::L2, tsne(data, Metric::L2, settings)).mean;
        QVERIFY2(std::fabs(exact - approximate) < 0.05, qPrintable(QString("exact %1, Barnes-Hut %2").arg(exact).arg(approximate)));
        QVERIFY(exact > 0.5);
    }
    void duplicatesAndCosineAreMapped()
    {
        // Identical rows cannot be split by the quadtree: they share a leaf, and nothing divides by zero.
        std::vector<float> values = clusteredRows(3, 20, 5, 1);
        for (std::size_t r = 0; r < 10; ++r)
            std::copy_n(values.begin(), 5, values.begin() + static_cast<std::ptrdiff_t>(5 * (r + 1)));
        TsneSettings settings;
        settings.iterations = 100;
        settings.perplexity = 5;
        for (Metric metric : {Metric::L2, Metric::Cosine})
            for (float v : tsne({values.data(), 60, 5}, metric, settings))
                QVERIFY(std::isfinite(v));
    }
    void badSettingsAndCancelAreErrors()
    {
        const std::vector<float> values = clusteredRows(2, 10, 3, 2);
        const MatrixView data{values.data(), 20, 3};
        TsneSettings settings;
        QVERIFY_THROWS_EXCEPTION(Error, tsne(data, Metric::L2, settings)); // perplexity 30 ≥ 20 rows
        settings.perplexity = 5;
        settings.theta = -1;
        QVERIFY_THROWS_EXCEPTION(Error, tsne(data, Metric::L2, settings));
        settings.theta = 0.5;
        settings.iterations = 0;
        QVERIFY_THROWS_EXCEPTION(Error, tsne(data, Metric::L2, settings));
        settings.iterations = 10;
        CancelToken cancel;
        cancel.cancel();
        QVERIFY_THROWS_EXCEPTION(Cancelled, tsne(data, Metric::L2, settings, &cancel));
    }
    void preservationIsOneForTheDataItselfAndLowForAShuffle()
    {
        Random random(4);
        std::vector<float> points(2 * 500);
        for (float& v : points)
            v = static_cast<float>(random.uniform());
        const MatrixView data{points.data(), 500, 2};
        QCOMPARE(neighbourPreservation(data, Metric::L2, points).mean, 1.0);
        std::vector<float> shuffled = points;
        for (std::size_t i = 499; i > 0; --i) {
            const std::size_t j = random.below(i + 1);
            std::swap(shuffled[2 * i], shuffled[2 * j]);
            std::swap(shuffled[2 * i + 1], shuffled[2 * j + 1]);
        }
        QVERIFY(neighbourPreservation(data, Metric::L2, shuffled).mean < 0.1); // chance: 10 / 499
        const NeighbourPreservation sampled = neighbourPreservation(data, Metric::L2, points, 10, 100, 7);
        QCOMPARE(sampled.rows, std::size_t(100));
        QCOMPARE(sampled.mean, 1.0);
        QVERIFY_THROWS_EXCEPTION(Error, neighbourPreservation(data, Metric::L2, std::vector<float>(10)));
    }

    void densityCountsEveryRowInViewInItsCellWithItsGroupsMajority()
    {
        // By hand: a 2 × 2 grid over [0, 2) × (0, 2]; cell 0 is the top-left one.
        const std::vector<float> points = {0.5f, 1.5f, 0.6f, 1.4f, 0.7f, 1.9f, // three in the top-left cell
                                           1.5f, 0.5f,                         // bottom-right
                                           1.2f, 1.2f, 1.3f, 1.7f,             // top-right: a tie
                                           2.5f, 0.5f, -0.1f, 1.0f,            // outside
                                           std::numeric_limits<float>::quiet_NaN(), 1.0f};
        const std::vector<std::uint32_t> groups = {2, 1, 2, 0, 3, 1, 0, 0, 0};
        const std::vector<std::uint8_t> marks = {0, 1, 0, 0, 0, 0, 1, 0, 0};
        const CellGrid grid{0.0, 2.0, 0.0, 2.0, 2, 2};
        const PointDensity hand = countPointsPerCell(points, groups, 4, marks, grid, 10);
        QCOMPARE(hand.counts, (std::vector<std::uint32_t>{3, 2, 0, 1}));
        QCOMPARE(hand.group, (std::vector<std::int32_t>{2, 1, -1, 0})); // the tie 3 / 1 goes to the lower id
        QCOMPARE(hand.marked, (std::vector<std::uint32_t>{1, 0, 0, 0}));
        QCOMPARE(hand.inView, std::size_t(6));
        QCOMPARE(hand.largest, std::uint32_t(3));
        QCOMPARE(hand.rowsInView, (std::vector<std::uint32_t>{0, 1, 2, 3, 4, 5}));
        QVERIFY(countPointsPerCell(points, groups, 4, {}, grid, 5).rowsInView.empty()); // more rows in view than asked to list
        QVERIFY(countPointsPerCell(points, {}, 0, {}, grid).group == (std::vector<std::int32_t>{0, 0, -1, 0}));

        // Random: every row in view counted once in the cell a plain reference computes, each cell's group
        // the most frequent (lowest id on ties).
        Random random(11);
        const std::size_t rows = 20000, groupCount = 7;
        std::vector<float> many(2 * rows);
        std::vector<std::uint32_t> manyGroups(rows);
        for (std::size_t r = 0; r < rows; ++r) {
            many[2 * r] = static_cast<float>(3.0 * random.uniform() - 1.0);
            many[2 * r + 1] = static_cast<float>(3.0 * random.uniform() - 1.0);
            manyGroups[r] = static_cast<std::uint32_t>(random.below(groupCount));
        }
        const CellGrid view{-0.5, 1.5, -0.25, 1.0, 37, 23};
        const PointDensity counted = countPointsPerCell(many, manyGroups, groupCount, {}, view);
        std::map<std::size_t, std::vector<std::uint32_t>> reference; // cell → its rows' group tallies
        std::size_t inside = 0;
        for (std::size_t r = 0; r < rows; ++r) {
            const double x = many[2 * r], y = many[2 * r + 1];
            if (x < view.left || x >= view.right || y <= view.bottom || y > view.top)
                continue;
            const auto column = static_cast<std::size_t>(std::floor((x - view.left) / (view.right - view.left) * 37));
            const auto line = static_cast<std::size_t>(std::floor((view.top - y) / (view.top - view.bottom) * 23));
            auto& tally = reference[line * 37 + column];
            tally.resize(groupCount);
            ++tally[manyGroups[r]];
            ++inside;
        }
        QCOMPARE(counted.inView, inside);
        QVERIFY(inside > 5000);
        for (std::size_t cell = 0; cell < 37 * 23; ++cell) {
            const auto at = reference.find(cell);
            if (at == reference.end()) {
                QCOMPARE(counted.counts[cell], std::uint32_t(0));
                QCOMPARE(counted.group[cell], -1);
                continue;
            }
            const std::vector<std::uint32_t>& tally = at->second;
            QCOMPARE(counted.counts[cell], std::accumulate(tally.begin(), tally.end(), std::uint32_t(0)));
            QCOMPARE(counted.group[cell], static_cast<std::int32_t>(std::max_element(tally.begin(), tally.end()) - tally.begin()));
        }
    }
    void densityRefusesBadGridsAndInputsAndStopsOnCancel()
    {
        const std::vector<float> points = {0.5f, 0.5f};
        const std::vector<std::uint32_t> group = {0};
        QVERIFY_THROWS_EXCEPTION(Error, countPointsPerCell(points, group, 1, {}, CellGrid{0, 1, 0, 1, 0, 4}));
        QVERIFY_THROWS_EXCEPTION(Error, countPointsPerCell(points, group, 1, {}, CellGrid{0, 1, 0, 1, 100000, 100000}));
        QVERIFY_THROWS_EXCEPTION(Error, countPointsPerCell(points, group, 1, {}, CellGrid{1, 1, 0, 1, 4, 4}));
        QVERIFY_THROWS_EXCEPTION(Error, countPointsPerCell(points, group, 1, {}, CellGrid{0, std::numeric_limits<double>::infinity(), 0, 1, 4, 4}));
        QVERIFY_THROWS_EXCEPTION(Error, countPointsPerCell(std::vector<float>{0.5f}, {}, 1, {}, CellGrid{0, 1, 0, 1, 4, 4}));
        QVERIFY_THROWS_EXCEPTION(Error, countPointsPerCell(points, std::vector<std::uint32_t>{0, 0}, 1, {}, CellGrid{0, 1, 0, 1, 4, 4}));
        QVERIFY_THROWS_EXCEPTION(Error, countPointsPerCell(points, std::vector<std::uint32_t>{3}, 2, {}, CellGrid{0, 1, 0, 1, 4, 4}));
        QVERIFY_THROWS_EXCEPTION(Error, countPointsPerCell(points, group, 1, std::vector<std::uint8_t>{1, 0}, CellGrid{0, 1, 0, 1, 4, 4}));
        CancelToken cancel;
        cancel.cancel();
        QVERIFY_THROWS_EXCEPTION(Cancelled, countPointsPerCell(points, group, 1, {}, CellGrid{0, 1, 0, 1, 4, 4}, 0, &cancel));
    }
};

QTEST_APPLESS_MAIN(MapsTest)
#include "tst_maps.moc"
