// Small core pieces: the remaining-time estimate stays steady when the pace changes.
#include "core/Eta.h"

#include <QTest>
#include <cmath>

using namespace nnscope;

class CoreTest : public QObject {
    Q_OBJECT
private slots:
    void theEtaNeverJumpsByTwiceBetweenReports()
    {
        // Ten fast steps, then ten ten-times-slower ones (a small model, then a large one), then fast again.
        EtaEstimator eta;
        double time = 0.0, fraction = 0.0, previous = -1.0;
        for (int step = 0; step < 60; ++step) {
            const double seconds = step >= 10 && step < 20 ? 10.0 : 1.0;
            time += seconds;
            fraction = std::min(1.0, fraction + 0.015);
            const double left = eta.update(fraction, time);
            if (previous > 1.0 && left > 1.0) {
                const double countedDown = std::max(previous - seconds, 1e-9);
                QVERIFY2(left <= 2.0 * countedDown && left >= countedDown / 2.0,
                         qPrintable(QString("step %1: %2 s after %3 s").arg(step).arg(left).arg(previous)));
            }
            previous = left;
        }
        QCOMPARE(eta.update(1.0, time + 1), 0.0);
    }
    void theEtaWaitsUntilItCanTell()
    {
        EtaEstimator eta;
        QVERIFY(eta.update(0.001, 1.0) < 0.0);
        QVERIFY(eta.update(0.5, 10.0) > 0.0);
    }
};

QTEST_APPLESS_MAIN(CoreTest)
#include "tst_core.moc"
