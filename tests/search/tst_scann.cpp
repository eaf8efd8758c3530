// The ScaNN-style searcher's parts: the anisotropic loss and encoder, codebook training, the LUT16
// scan, and the whole searcher against exact search.
#include "core/Random.h"
#include "workload/Workload.h"
#include "search/ExactSearcher.h"
#include "search/scann/Anisotropic.h"
#include "search/scann/Lut16.h"
#include "search/scann/ScannSearcher.h"
#include "support/TestSupport.h"

#include <QTest>
#include <cmath>

using namespace nnscope;
using namespace nnscope::scann;

namespace {

Codebooks randomCodebooks(std::size_t dim, std::size_t dimsPerBlock, std::uint64_t seed)
{
    Codebooks books{dim, dimsPerBlock, 16, test::randomMatrix(16, dim, seed)};
    for (float& v : books.values)
        v *= 0.3f;
    return books;
}

double totalLoss(const Codebooks& books, const std::vector<float>& points, const std::vector<std::uint8_t>& codes, double eta)
{
    double total = 0.0;
    const std::size_t dim = books.dim, blocks = books.blocks();
    for (std::size_t i = 0; i < points.size() / dim; ++i) {
        const auto quantised = decode(books, &codes[i * blocks]);
        total += anisotropicLoss(&points[i * dim], quantised.data(), dim, eta);
    }
    return total;
}

} // namespace

class ScannTest : public QObject {
    Q_OBJECT
private slots:
    void parallelErrorCostsMoreThanOrthogonalErrorAboveTheThreshold()
    {
        // x = (1, 0, 0, 0); the same error size 0.1 along x and across it.
        const float x[4] = {1, 0, 0, 0};
        const float alongX[4] = {0.9f, 0, 0, 0};
        const float acrossX[4] = {1, 0.1f, 0, 0};
        const double eta = anisotropicEta(0.8, 1.0, 4); // (d − 1) t² / (1 − t²) = 3 · 0.64 / 0.36
        QVERIFY(std::fabs(eta - 3.0 * 0.64 / 0.36) < 1e-12);
        QVERIFY(std::fabs(anisotropicLoss(x, alongX, 4, eta) - eta * 0.01) < 1e-7);
        QVERIFY(std::fabs(anisotropicLoss(x, acrossX, 4, eta) - 0.01) < 1e-7);
        QVERIFY(anisotropicLoss(x, alongX, 4, eta) > anisotropicLoss(x, acrossX, 4, eta));
    }
    void theLossIsPlainReconstructionErrorWhereTheWeightsAreEqual()
    {
        // t² = 1/d makes η = 1: for unit x in 100-d that is T = 0.1.
        const double eta = anisotropicEta(0.1, 1.0, 100);
        QVERIFY(std::fabs(eta - 1.0) < 1e-12);
        const auto x = test::randomMatrix(1, 100, 1), y = test::randomMatrix(1, 100, 2);
        double squared = 0.0;
        for (std::size_t j = 0; j < 100; ++j)
            squared += (double(x[j]) - y[j]) * (double(x[j]) - y[j]);
        QVERIFY(std::fabs(anisotropicLoss(x.data(), y.data(), 100, eta) - squared) < 1e-9 * squared);
        QCOMPARE(anisotropicEta(NAN, 1.0, 100), 1.0); // no threshold: isotropic
        QVERIFY(std::isfinite(anisotropicEta(5.0, 1.0, 100))); // T above ‖x‖ is clamped, not infinite
    }
    void atOrBelowEtaOneTheEncoderPicksTheNearestCodewords()
    {
        const Codebooks books = randomCodebooks(10, 2, 3);
        const auto points = test::randomMatrix(20, 10, 4);
        for (std::size_t i = 0; i < 20; ++i) {
            const float* x = &points[i * 10];
            const auto codes = encode(books, x, x, anisotropicEta(0.01, 1.0, 10)); // η ≈ 0.0009
            for (std::size_t b = 0; b < books.blocks(); ++b) {
                double best = INFINITY;
                std::size_t nearest = 0;
                for (std::size_t j = 0; j < 16; ++j) {
                    double d = 0.0;
                    for (std::size_t w = 0; w < 2; ++w)
                        d += std::pow(double(x[2 * b + w]) - books.codeword(b, j)[w], 2);
                    if (d < best) {
                        best = d;
                        nearest = j;
                    }
                }
                QCOMPARE(std::size_t(codes[b]), nearest);
            }
        }
    }
    void aboveEtaOneTheEncoderLowersTheAnisotropicLoss()
    {
        const Codebooks books = randomCodebooks(16, 2, 5);
        const auto points = test::randomMatrix(200, 16, 6);
        const double eta = 8.0;
        std::vector<std::uint8_t> nearest, shaped;
        for (std::size_t i = 0; i < 200; ++i) {
            const float* x = &points[i * 16];
            const auto a = encode(books, x, x, 1.0), b = encode(books, x, x, eta);
            nearest.insert(nearest.end(), a.begin(), a.end());
            shaped.insert(shaped.end(), b.begin(), b.end());
        }
        QVERIFY(nearest != shaped);
        QVERIFY(totalLoss(books, points, shaped, eta) < totalLoss(books, points, nearest, eta));
    }
    void anisotropicCodebookTrainingLowersTheLoss()
    {
        Codebooks books = randomCodebooks(8, 2, 7);
        const auto points = test::randomMatrix(300, 8, 8);
        const std::vector<double> etas(300, 6.0);
        std::vector<std::uint8_t> codes;
        for (std::size_t i = 0; i < 300; ++i) {
            const auto c = encode(books, &points[i * 8], &points[i * 8], 6.0);
            codes.insert(codes.end(), c.begin(), c.end());
        }
        const double before = totalLoss(books, points, codes, 6.0);
        updateCodebooksAnisotropically(books, points, points, etas, codes);
        QVERIFY(totalLoss(books, points, codes, 6.0) < before);
    }
    void theSimdScanEqualsTheScalarScan()
    {
        for (std::size_t blocks : {1, 50, 300}) {
            Random random(blocks);
            std::vector<std::uint8_t> codes(77 * blocks), lut(blocks * 16);
            for (auto& c : codes)
                c = static_cast<std::uint8_t>(random.below(16));
            for (auto& v : lut)
                v = static_cast<std::uint8_t>(random.below(256));
            const PackedCodes packed(blocks, codes);
            std::vector<std::uint32_t> fast(packed.groups() * 32), slow(packed.groups() * 32), plain(77, 0);
            accumulate(packed, lut.data(), fast.data());
            accumulateScalar(packed, lut.data(), slow.data());
            for (std::size_t i = 0; i < 77; ++i)
                for (std::size_t b = 0; b < blocks; ++b)
                    plain[i] += lut[b * 16 + codes[i * blocks + b]];
            QCOMPARE(fast, slow);
            QCOMPARE(std::vector<std::uint32_t>(slow.begin(), slow.begin() + 77), plain);
        }
    }
    void withEveryLeafAndAFullReorderItIsExactSearch()
    {
        const auto values = test::randomMatrix(400, 12, 9);
        const Dataset data(400, 12, values, {}, "random");
        const std::vector<std::size_t> rows = {0, 5, 99, 250, 399};
        const auto queryValues = test::randomMatrix(5, 12, 10);
        for (Metric metric : {Metric::L2, Metric::InnerProduct, Metric::Cosine}) {
            ScannSettings settings;
            settings.numLeaves = 20;
            settings.numLeavesToSearch = 20;
            settings.reorder = 400;
            ScannSearcher scann(settings);
            scann.build(data, metric);
            ExactSearcher exact;
            exact.build(data, metric);
            const MatrixView queries{queryValues.data(), 5, 12};
            QCOMPARE(scann.search(queries, 10).ids, exact.search(queries, 10).ids);
        }
    }
    void recallRisesWithTheLeavesSearched()
    {
        const Dataset data = openDataset({"glove-100d", std::nullopt, 0, 0});
        std::vector<std::size_t> rows;
        std::vector<std::int64_t> self;
        for (std::size_t r = 0; r < data.rows(); r += 9) {
            rows.push_back(r);
            self.push_back(static_cast<std::int64_t>(r));
        }
        const std::vector<float> values = gatherRows(data.view(), rows);
        const MatrixView queries{values.data(), rows.size(), data.dim()};
        ExactSearcher exact;
        exact.build(data, Metric::Cosine);
        const Neighbors truth = exact.search(queries, 10, {&self});
        double previous = -1.0;
        for (std::size_t searched : {1, 3, 10, 30, 52}) {
            ScannSettings settings = scannPreset("default");
            settings.numLeaves = 52;
            settings.numLeavesToSearch = searched;
            ScannSearcher scann(settings);
            scann.build(data, Metric::Cosine);
            const double recall = recallAtK(scann.search(queries, 10, {&self}), truth, 10);
            QVERIFY2(recall >= previous, qPrintable(QString("%1 leaves: %2 < %3").arg(searched).arg(recall).arg(previous)));
            previous = recall;
        }
        QVERIFY(previous > 0.9);
    }
    void thePaperPresetClampsLeavesToTheData()
    {
        const auto values = test::randomMatrix(300, 8, 11);
        const Dataset data(300, 8, values, {}, "random");
        ScannSearcher scann(scannPreset("paper"));
        scann.build(data, Metric::InnerProduct);
        QCOMPARE(scann.leaves(), std::size_t(300));
        QCOMPARE(scann.warnings().size(), std::size_t(1));
    }
};

QTEST_APPLESS_MAIN(ScannTest)
#include "tst_scann.moc"
