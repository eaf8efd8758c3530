// k-means: the properties the rest of nnscope relies on.
#include "cluster/KMeans.h"
#include "cluster/NearestCentre.h"
#include "core/Error.h"
#include "core/Random.h"
#include "workload/Workload.h"
#include "support/TestSupport.h"

#include <QTest>
#include <cmath>
#include <cstring>
#include <set>

using namespace nnscope;

namespace {

// Three tight, far-apart blobs of 40 points each in 5-D; blob b is centred at 10·b on every axis.
std::vector<float> threeBlobs()
{
    Random random(42);
    std::vector<float> values;
    for (int blob = 0; blob < 3; ++blob)
        for (int i = 0; i < 40; ++i)
            for (int j = 0; j < 5; ++j)
                values.push_back(static_cast<float>(10.0 * blob + 0.3 * random.normal()));
    return values;
}

double recomputedInertia(MatrixView data, const KMeansResult& result)
{
    double total = 0.0;
    for (std::size_t i = 0; i < data.rows; ++i)
        for (std::size_t j = 0; j < data.dim; ++j) {
            const double diff = double(data.row(i)[j]) - result.centroid(result.assignment[i])[j];
            total += diff * diff;
        }
    return total;
}

// The nearest centroid by a plain loop in double (ties to the smaller index): the oracle of the assignment.
std::uint32_t nearestByLoop(const KMeansResult& result, const float* x)
{
    std::uint32_t best = 0;
    double bestDistance = INFINITY;
    for (std::size_t c = 0; c < result.clusters; ++c) {
        double sum = 0.0;
        for (std::size_t j = 0; j < result.dim; ++j)
            sum += (double(x[j]) - result.centroid(c)[j]) * (double(x[j]) - result.centroid(c)[j]);
        if (sum < bestDistance) {
            bestDistance = sum;
            best = static_cast<std::uint32_t>(c);
        }
    }
    return best;
}

} // namespace

class KMeansTest : public QObject {
    Q_OBJECT
private slots:
    void inertiaNeverIncreasesWithinARestart()
    {
        const auto values = test::randomMatrix(600, 8, 1);
        KMeansSettings settings;
        settings.clusters = 12;
        settings.nInit = 4;
        settings.tolerance = 0.0;
        const KMeansResult result = kmeans({values.data(), 600, 8}, settings);
        QCOMPARE(result.inertiaHistory.size(), std::size_t(4));
        for (const auto& history : result.inertiaHistory) {
            QVERIFY(history.size() >= 2);
            for (std::size_t t = 1; t < history.size(); ++t)
                QVERIFY2(history[t] <= history[t - 1] * (1.0 + 1e-9),
                         qPrintable(QString("step %1: %2 > %3").arg(t).arg(history[t]).arg(history[t - 1])));
        }
    }
    void keepsTheRestartWithTheLowestInertia()
    {
        const auto values = test::randomMatrix(400, 6, 2);
        KMeansSettings settings;
        settings.clusters = 9;
        settings.nInit = 5;
        const KMeansResult result = kmeans({values.data(), 400, 6}, settings);
        for (const auto& history : result.inertiaHistory)
            QVERIFY(result.inertia <= history.back());
        QCOMPARE(result.inertia, result.inertiaHistory[result.bestRestart].back());
    }
    void resultIsConsistent()
    {
        const auto values = test::randomMatrix(300, 4, 3);
        const MatrixView view{values.data(), 300, 4};
        KMeansSettings settings;
        settings.clusters = 7;
        const KMeansResult result = kmeans(view, settings);
        QCOMPARE(result.centroids.size(), std::size_t(7 * 4));
        std::size_t total = 0;
        for (std::size_t c = 0; c < 7; ++c)
            total += result.sizes[c];
        QCOMPARE(total, std::size_t(300));
        QVERIFY(std::fabs(result.inertia - recomputedInertia(view, result)) <= 1e-9 * result.inertia);
        for (std::size_t i = 0; i < 300; ++i) // every row sits with its nearest centroid
            QCOMPARE(nearestByLoop(result, view.row(i)), result.assignment[i]);
    }
    void sameSeedGivesTheSameClustering()
    {
        const auto values = test::randomMatrix(500, 10, 4);
        KMeansSettings settings;
        settings.clusters = 10;
        settings.seed = 77;
        const KMeansResult first = kmeans({values.data(), 500, 10}, settings);
        const KMeansResult second = kmeans({values.data(), 500, 10}, settings);
        QCOMPARE(first.centroids, second.centroids);
        QCOMPARE(first.assignment, second.assignment);
        QCOMPARE(first.inertia, second.inertia);
        settings.seed = 78;
        settings.nInit = 1;
        const KMeansResult other = kmeans({values.data(), 500, 10}, settings);
        settings.seed = 77;
        QVERIFY(other.centroids != kmeans({values.data(), 500, 10}, settings).centroids);
    }
    void theClusteringIsTheSameOnAnyThreadCount()
    {
        // OpenBLAS's own threads round some products otherwise than one thread does (where a row falls in
        // its tiling decides the order of the sums), and on siftsmall at 64 clusters that moved rows and
        // then the centroids (as a rank of a job clustered other bins than one process). Now each block
        // of rows is one single-threaded product, the blocks spread over the threads.
        const Dataset data = openDataset({"siftsmall", std::nullopt, 0, 0});
        KMeansSettings settings;
        settings.clusters = 64;
        settings.nInit = 3;
        settings.seed = 5;
        std::vector<KMeansResult> results;
        for (const std::size_t threads : {1, 2, 3}) {
            settings.threads = threads;
            results.push_back(kmeans(data.view(), settings));
        }
        for (const KMeansResult& other : {results[1], results[2]}) {
            QCOMPARE(other.assignment, results[0].assignment);
            QCOMPARE(std::memcmp(other.centroids.data(), results[0].centroids.data(), other.centroids.size() * sizeof(float)), 0);
            QCOMPARE(other.inertia, results[0].inertia);
        }
    }
    void separatedBlobsAreRecovered()
    {
        const auto values = threeBlobs();
        KMeansSettings settings;
        settings.clusters = 3;
        const KMeansResult result = kmeans({values.data(), 120, 5}, settings);
        for (int blob = 0; blob < 3; ++blob) {
            std::set<std::uint32_t> labels;
            for (int i = 0; i < 40; ++i)
                labels.insert(result.assignment[static_cast<std::size_t>(blob * 40 + i)]);
            QCOMPARE(labels.size(), std::size_t(1));
        }
        QCOMPARE(result.sizes, (std::vector<std::size_t>{40, 40, 40}));
    }
    void anEmptyClusterIsReseededFromTheFarthestPoint()
    {
        const auto values = threeBlobs();
        KMeansSettings settings;
        settings.clusters = 3;
        settings.nInit = 1;
        // Two starting centroids in blob 0 and one far from every point: the far one empties at once.
        settings.initialCentroids.assign(15, 0.0f);
        for (int j = 0; j < 5; ++j) {
            settings.initialCentroids[static_cast<std::size_t>(5 + j)] = 0.5f;
            settings.initialCentroids[static_cast<std::size_t>(10 + j)] = 1000.0f;
        }
        const KMeansResult result = kmeans({values.data(), 120, 5}, settings);
        for (std::size_t size : result.sizes)
            QVERIFY(size > 0);
        QVERIFY(result.warnings.empty());
        QVERIFY(result.inertiaHistory[0].back() < result.inertiaHistory[0].front());
    }
    void moreClustersThanPointsIsAnError()
    {
        const auto values = test::randomMatrix(5, 3, 5);
        KMeansSettings settings;
        settings.clusters = 6;
        QVERIFY_THROWS_EXCEPTION(Error, kmeans({values.data(), 5, 3}, settings));
        settings.clusters = 0;
        QVERIFY_THROWS_EXCEPTION(Error, kmeans({values.data(), 5, 3}, settings));
        settings.clusters = 2;
        QVERIFY_THROWS_EXCEPTION(Error, kmeans({values.data(), 0, 3}, settings));
    }
    void asManyClustersAsPointsGivesZeroInertia()
    {
        const auto values = test::randomMatrix(8, 3, 6);
        KMeansSettings settings;
        settings.clusters = 8;
        const KMeansResult result = kmeans({values.data(), 8, 3}, settings);
        QCOMPARE(result.inertia, 0.0);
        QCOMPARE(result.sizes, std::vector<std::size_t>(8, 1));
    }
    void fewerDistinctPointsThanClustersWarns()
    {
        const std::vector<float> values = {1, 1, 1, 1, 2, 2, 2, 2};
        KMeansSettings settings;
        settings.clusters = 3;
        const KMeansResult result = kmeans({values.data(), 4, 2}, settings);
        QCOMPARE(result.inertia, 0.0);
        QCOMPARE(result.warnings.size(), std::size_t(1));
    }
    void sphericalCentroidsAreUnitVectors()
    {
        const auto values = test::randomMatrix(300, 6, 7);
        const MatrixView view{values.data(), 300, 6};
        KMeansSettings settings;
        settings.clusters = 5;
        settings.spherical = true;
        const KMeansResult result = kmeans(view, settings);
        double cosineCost = 0.0;
        for (std::size_t c = 0; c < 5; ++c) {
            double length = 0.0;
            for (std::size_t j = 0; j < 6; ++j)
                length += double(result.centroid(c)[j]) * result.centroid(c)[j];
            QVERIFY(std::fabs(std::sqrt(length) - 1.0) < 1e-6);
        }
        for (std::size_t i = 0; i < 300; ++i) {
            double dot = 0.0, norm = 0.0;
            for (std::size_t j = 0; j < 6; ++j) {
                dot += double(view.row(i)[j]) * result.centroid(result.assignment[i])[j];
                norm += double(view.row(i)[j]) * view.row(i)[j];
            }
            cosineCost += 1.0 - dot / std::sqrt(norm);
        }
        QVERIFY(std::fabs(cosineCost - result.inertia) < 1e-4 * result.inertia);
    }
    void theNearestCentreIsTheScalarLoopsOnTiesAndRaggedCounts()
    {
        Random random(5);
        for (std::size_t k : {1, 5, 16, 17, 31, 100}) {
            for (int trial = 0; trial < 50; ++trial) {
                std::vector<float> dots(k), norms(k);
                for (std::size_t c = 0; c < k; ++c) {
                    // few distinct values, so that equal scores (ties) are common
                    dots[c] = static_cast<float>(random.below(4)) * 0.5f;
                    norms[c] = static_cast<float>(random.below(3));
                }
                if (trial % 10 == 0) // the best score only in the last, ragged group
                    norms[k - 1] = -100.0f;
                const std::uint32_t expected = nearestCentreScalar(dots.data(), norms.data(), k);
                QCOMPARE(nearestCentre(dots.data(), norms.data(), k), expected);
            }
        }
        const std::vector<float> nan(20, std::nanf("")), zeros(20, 0.0f);
        QCOMPARE(nearestCentre(nan.data(), zeros.data(), 20), 0u);
    }
    void maxIterBoundsTheIterations()
    {
        const auto values = test::randomMatrix(300, 6, 8);
        KMeansSettings settings;
        settings.clusters = 20;
        settings.maxIter = 2;
        settings.nInit = 1;
        QVERIFY(kmeans({values.data(), 300, 6}, settings).iterations <= 2);
    }
    void sampledKMeansComesCloseToFullLloydAndAssignsEveryRow()
    {
        // 5,000 rows in 16-D around 20 overlapping centres; trained on 32 rows per centroid (640 rows).
        Random random(11);
        std::vector<double> centres(20 * 16);
        for (double& v : centres)
            v = 2.0 * random.normal();
        std::vector<float> values;
        for (std::size_t i = 0; i < 5000; ++i)
            for (std::size_t j = 0; j < 16; ++j)
                values.push_back(static_cast<float>(centres[(i % 20) * 16 + j] + random.normal()));
        const MatrixView data{values.data(), 5000, 16};
        KMeansSettings settings;
        settings.clusters = 20;
        settings.nInit = 3;
        const KMeansResult full = kmeans(data, settings);
        QCOMPARE(full.trainingRows, std::size_t(5000));
        settings.samplePerCentroid = 32;
        const KMeansResult sampled = kmeans(data, settings);
        QCOMPARE(sampled.trainingRows, std::size_t(640));
        QCOMPARE(sampled.assignment.size(), std::size_t(5000));
        // The stated factor: within 5% of full Lloyd's inertia, measured over every row.
        QVERIFY2(sampled.inertia <= 1.05 * full.inertia, qPrintable(QString("%1 against %2").arg(sampled.inertia).arg(full.inertia)));
        QVERIFY(std::fabs(sampled.inertia - recomputedInertia(data, sampled)) <= 1e-6 * sampled.inertia);
        // Every row, sampled or not, is in its nearest centroid's cluster.
        for (std::size_t i = 0; i < data.rows; ++i)
            QCOMPARE(sampled.assignment[i], nearestByLoop(sampled, data.row(i)));
        std::size_t total = 0;
        for (std::size_t size : sampled.sizes)
            total += size;
        QCOMPARE(total, std::size_t(5000));
        // Seeded; and a sample as large as the data is no sample.
        QCOMPARE(kmeans(data, settings).centroids, sampled.centroids);
        settings.samplePerCentroid = 250;
        QCOMPARE(kmeans(data, settings).centroids, full.centroids);
    }
    void aCancelledTokenStopsTheRun()
    {
        const auto values = test::randomMatrix(300, 6, 9);
        CancelToken token;
        token.cancel();
        KMeansSettings settings;
        QVERIFY_THROWS_EXCEPTION(Cancelled, kmeans({values.data(), 300, 6}, settings, &token));
    }
};

QTEST_APPLESS_MAIN(KMeansTest)
#include "tst_kmeans.moc"
