// Small core pieces: the remaining-time estimate stays steady when the pace changes; work isolated in a
// child process comes back, or ends in an Error, whatever it does.
#include "core/Error.h"
#include "core/Eta.h"
#include "core/Isolated.h"

#include <QElapsedTimer>
#include <QTest>
#include <cmath>
#include <csignal>
#include <cstdlib>

using namespace nnscope;

class CoreTest : public QObject {
    Q_OBJECT
private slots:
    void isolatedWorkComesBackOrEndsInAnError()
    {
        using namespace std::chrono_literals;
        const auto errorOf = [](const std::function<std::string()>& work) -> std::string {
            try {
                runIsolated(work, 2000ms, 1 << 20, "the test input");
            } catch (const Error& error) {
                return error.what();
            }
            return "<no error>";
        };
        QCOMPARE(runIsolated([] { return std::string("answer\0with a zero", 18); }, 2000ms, 100, "x"), std::string("answer\0with a zero", 18));
        QCOMPARE(errorOf([]() -> std::string { throw Error("the file is corrupt"); }), std::string("the file is corrupt"));
        QVERIFY(errorOf([]() -> std::string { std::abort(); }).find("stopped on signal 6") != std::string::npos);
        QVERIFY(errorOf([] { return std::string(2 << 20, 'x'); }).find("more than the") != std::string::npos);
        // A loop that never ends (what a crafted file does to libhdf5) is stopped at the deadline.
        QElapsedTimer clock;
        clock.start();
        const auto loop = []() -> std::string {
            for (volatile bool spinning = true; spinning;) {
            }
            return {};
        };
        QVERIFY(errorOf(loop).find("did not finish within 2.00 s") != std::string::npos);
        QVERIFY(clock.elapsed() < 10000);
    }
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
