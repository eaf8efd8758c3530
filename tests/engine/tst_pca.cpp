// PCA to 2-D against cases whose answer is known in closed form.
#include "core/Error.h"
#include "project/Pca.h"

#include <QTest>
#include <cmath>

using namespace nnscope;

class PcaTest : public QObject {
    Q_OBJECT
private slots:
    void recoversTheAxesOfARotatedRectangle()
    {
        // Points a·u + b·v with u = (1,1)/√2, v = (1,−1)/√2, a ∈ {−3,…,3}, b ∈ {−1, 1}, shifted by (5, −2).
        const double s = 1.0 / std::sqrt(2.0);
        std::vector<float> values;
        for (int a = -3; a <= 3; ++a)
            for (int b : {-1, 1}) {
                values.push_back(static_cast<float>(5 + a * s + b * s));
                values.push_back(static_cast<float>(-2 + a * s - b * s));
            }
        const Pca pca = Pca::fit({values.data(), 14, 2});
        // The inputs are rounded to float, hence the 1e-6 tolerances.
        // Sample variances: a over {−3..3} twice → 4·14/13; b = ±1 → 14/13. Ratio 4/5 and 1/5.
        QVERIFY(std::fabs(pca.explainedVarianceRatio()[0] - 0.8) < 1e-6);
        QVERIFY(std::fabs(pca.explainedVarianceRatio()[1] - 0.2) < 1e-6);
        QVERIFY(std::fabs(pca.mean()[0] - 5.0) < 1e-6);
        QVERIFY(std::fabs(pca.mean()[1] + 2.0) < 1e-6);
        // First axis ±u with the sign rule (largest-magnitude component positive): both are equal,
        // so check direction through the projections instead: PC1 coordinate is a up to sign.
        const auto& axes = pca.components();
        QVERIFY(std::fabs(std::fabs(axes[0]) - s) < 1e-6 && std::fabs(std::fabs(axes[1]) - s) < 1e-6);
        QVERIFY(std::fabs(axes[0] * axes[2] + axes[1] * axes[3]) < 1e-6); // orthogonal
        const std::vector<float> points = pca.project({values.data(), 14, 2});
        for (int a = -3, i = 0; a <= 3; ++a)
            for (int b : {-1, 1}) {
                QVERIFY(std::fabs(std::fabs(points[2 * i]) - std::abs(a)) < 1e-5);
                QVERIFY(std::fabs(std::fabs(points[2 * i + 1]) - 1.0) < 1e-5);
                (void)b;
                ++i;
            }
    }
    void axisSignsFollowTheLargestComponent()
    {
        // Variance along x (large) and y (small) of a 3-D set with a flat z.
        const std::vector<float> values = {-4, 1, 7, 4, 1, 7, -2, -1, 7, 2, -1, 7};
        const Pca pca = Pca::fit({values.data(), 4, 3});
        QVERIFY(std::fabs(pca.components()[0] - 1.0) < 1e-9);
        QVERIFY(std::fabs(pca.components()[4] - 1.0) < 1e-9);
        QVERIFY(std::fabs(pca.explainedVarianceRatio()[0] + pca.explainedVarianceRatio()[1] - 1.0) < 1e-9);
        QVERIFY(std::fabs(pca.explainedVarianceRatio()[0] - 40.0 / 44.0) < 1e-9);
        const auto p = pca.project(values.data());
        QVERIFY(std::fabs(p[0] + 4.0f) < 1e-5f);
    }
    void constantDataHasNoExplainedVariance()
    {
        const std::vector<float> values(12, 3.0f);
        const Pca pca = Pca::fit({values.data(), 4, 3});
        QCOMPARE(pca.explainedVarianceRatio()[0], 0.0);
        QCOMPARE(pca.explainedVarianceRatio()[1], 0.0);
    }
    void oneDimensionalDataProjectsOntoOneAxis()
    {
        const std::vector<float> values = {1, 2, 3, 4};
        const Pca pca = Pca::fit({values.data(), 4, 1});
        QCOMPARE(pca.explainedVarianceRatio()[0], 1.0);
        QCOMPARE(pca.explainedVarianceRatio()[1], 0.0);
        const auto points = pca.project({values.data(), 4, 1});
        QCOMPARE(points[0], -1.5f);
        QCOMPARE(points[1], 0.0f);
    }
    void badInputIsAnError()
    {
        const std::vector<float> one = {1, 2};
        QVERIFY_THROWS_EXCEPTION(Error, Pca::fit({one.data(), 1, 2}));
        const Pca pca = Pca::fit({std::vector<float>{1, 2, 3, 5}.data(), 2, 2});
        QVERIFY_THROWS_EXCEPTION(Error, pca.project({one.data(), 2, 1}));
    }
};

QTEST_APPLESS_MAIN(PcaTest)
#include "tst_pca.moc"
