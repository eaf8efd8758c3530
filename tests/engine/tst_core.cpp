// Small core pieces: the remaining-time estimate stays steady when the pace changes, and a training run's
// fraction follows its work; work isolated in a child process comes back, or ends in an Error, whatever it does.
#include "core/Error.h"
#include "core/Eta.h"
#include "core/Isolated.h"
#include "learned/Progress.h"

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
    void aTrainingRunsFractionFollowsItsWork()
    {
        // The paper preset's shape: every model runs the same steps per epoch, so a model's time per epoch
        // is its FLOPs, not its rows — here layer 1 and 20 layer-2 models whose epochs cost 0.2× to 5× one
        // of layer 1's, each stopping early at 8–16 of its 50 epochs. Time is simulated as the work.
        std::vector<ModelWork> models{{TrainingProgress::Phase::Layer1, 1.0, 50}};
        std::vector<std::size_t> stopsAt{12};
        for (int c = 0; c < 20; ++c) {
            models.push_back({TrainingProgress::Phase::Layer2, 0.2 + 0.25 * ((c * 7) % 20), 50});
            stopsAt.push_back(8 + static_cast<std::size_t>((c * 5) % 9));
        }
        models.push_back({TrainingProgress::Phase::Layer2, 0.0, 50}); // a cluster with nothing to learn
        stopsAt.push_back(0);
        double total = 0.0;
        for (std::size_t m = 0; m < models.size(); ++m)
            total += models[m].workPerEpoch * static_cast<double>(stopsAt[m]);

        struct Report { double time; TrainingProgress progress; };
        std::vector<Report> reports;
        double time = 0.0;
        ProgressTracker tracker([&](const TrainingProgress& p) { reports.push_back({time, p}); }, models);
        for (std::size_t m = 0; m < models.size(); ++m) {
            tracker.startModel(m == 0 ? 0 : m - 1, m == 0 ? 1 : models.size() - 1);
            for (std::size_t e = 1; e <= stopsAt[m]; ++e) {
                time += models[m].workPerEpoch;
                tracker.epoch({e, 0.0, 0.0, 0.0});
            }
            tracker.finishModel();
        }
        tracker.phase(TrainingProgress::Phase::Evaluating);

        double previous = 0.0;
        for (const Report& r : reports) {
            QVERIFY2(r.progress.fraction >= previous, "the fraction went back");
            previous = r.progress.fraction;
            const bool firstModelRunning = r.progress.phase == TrainingProgress::Phase::Layer1;
            QCOMPARE(r.progress.fractionSettled, !firstModelRunning); // layer 1's length is unknown until it stops
            if (!firstModelRunning)
                QVERIFY2(std::abs(r.progress.fraction - r.time / total) <= 0.1,
                         qPrintable(QString("at %1 of the time the fraction says %2").arg(r.time / total).arg(r.progress.fraction)));
        }
        QCOMPARE(reports.back().progress.fraction, 1.0);
    }
    void theTimeLeftHoldsWhenAModelRunsPastItsExpectation()
    {
        // The augmented run that showed 13,767 s left with 400 s to go: the first layer-2 models stop at 4
        // of their 50 epochs, the third runs all 50, the rest stop at 4 again. Once the third ends, the
        // models after it are expected to run longer, and the fraction (which never goes back) stands
        // still until the work done catches up; a pace read from that fraction decays towards nothing and
        // the time left grows by half at every report. Read from the work, the time left is the work
        // still expected at the pace the work is done. An epoch takes 3 s per unit of work.
        constexpr double kSecondsPerWork = 3.0;
        std::vector<ModelWork> models{{TrainingProgress::Phase::Layer1, 2.0, 50}};
        std::vector<std::size_t> stopsAt{10};
        for (int c = 0; c < 10; ++c) {
            models.push_back({TrainingProgress::Phase::Layer2, 1.0, 50});
            stopsAt.push_back(c == 2 ? 50 : 4);
        }
        double time = 0.0, highestFromFraction = 0.0;
        std::size_t estimates = 0;
        EtaEstimator fromWork, fromFraction;
        ProgressTracker tracker(
            [&](const TrainingProgress& p) {
                QCOMPARE(p.workDone * kSecondsPerWork, time); // the work done so far, as the clock says
                if (!p.fractionSettled)
                    return;
                const double left = fromWork.updateWork(p.workDone, p.workLeft, time);
                const double expected = p.workLeft * kSecondsPerWork; // the tracker's expectation at the true pace
                // Within 3x: an estimate moves at most 1.5x a report, so it lags a sudden drop for a few.
                QVERIFY2(left <= 3.0 * expected + kSecondsPerWork,
                         qPrintable(QString("at %1 s: %2 s left where the work left takes %3 s").arg(time).arg(left).arg(expected)));
                estimates += left >= 0.0;
                highestFromFraction = std::max(highestFromFraction, fromFraction.update(p.fraction, time) / std::max(expected, 1.0));
            },
            models);
        for (std::size_t m = 0; m < models.size(); ++m) {
            tracker.startModel(m == 0 ? 0 : m - 1, m == 0 ? 1 : models.size() - 1);
            for (std::size_t e = 1; e <= stopsAt[m]; ++e) {
                time += kSecondsPerWork * models[m].workPerEpoch;
                tracker.epoch({e, 0.0, 0.0, 0.0});
            }
            tracker.finishModel();
        }
        QVERIFY(estimates > 50);
        qInfo("the same run timed from the fraction: up to %.1fx the work left", highestFromFraction);
    }
};

QTEST_APPLESS_MAIN(CoreTest)
#include "tst_core.moc"
