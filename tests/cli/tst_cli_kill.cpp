// Replacing a saved model survives a crash at any point: `nnscope train --out DIR` is killed at random
// moments (and at the test hooks around the folder swap) over an existing model; after every kill DIR
// holds the old model or the new one, and the next run leaves no leftovers.
#include "support/CliRunner.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace nnscope::test;

namespace {

QStringList training(const QString& out, int seed)
{
    return {"train", "--data", "glove-50d", "--words", "300", "--clusters", "3", "--max-epochs", "2", "--n-init", "1",
            "--seed", QString::number(seed), "--out", out};
}

// Runs a training that the hook or a SIGKILL after `killAfterMs` (if ≥ 0) stops; returns its exit code.
int interruptedTraining(const QString& out, int seed, const QString& crashAt, int killAfterMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!crashAt.isEmpty())
        environment.insert("NNSCOPE_TEST_CRASH_AT", crashAt);
    if (crashAt == "between-renames")
        environment.insert("NNSCOPE_TEST_NO_EXCHANGE", "1");
    process.setProcessEnvironment(environment);
    process.start(NNSCOPE_CLI, training(out, seed));
    if (!process.waitForStarted())
        return -2;
    if (killAfterMs >= 0 && !process.waitForFinished(killAfterMs))
        process.kill();
    process.waitForFinished(120000);
    return process.exitStatus() == QProcess::CrashExit ? -1 : process.exitCode();
}

bool loads(const QString& model)
{
    return runCli({"predict", "--model", model, "--row", "0", "--json"}).exitCode == 0;
}

QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
}

} // namespace

class CliKillTest : public QObject {
    Q_OBJECT
private slots:
    void aCrashAtTheSwapLeavesAModel()
    {
        QTemporaryDir dir;
        const QString model = dir.filePath("model");
        QCOMPARE(runCli(training(model, 1)).exitCode, 0);
        for (const char* point : {"before-swap", "after-swap"}) {
            QCOMPARE(interruptedTraining(model, 2, point, -1), -1); // killed by the hook
            QVERIFY2(loads(model), point);
        }
        // Without an atomic exchange (the fallback of two renames), a crash between them leaves no
        // model at the final path; the next reader (or writer) restores the old one first.
        QCOMPARE(interruptedTraining(model, 3, "between-renames", -1), -1);
        QVERIFY(!QDir(model).exists());
        QVERIFY(loads(model));
        QCOMPARE(entries(dir.path()), QStringList{"model"});
        QCOMPARE(interruptedTraining(model, 5, "between-renames", -1), -1);
        QCOMPARE(runCli(training(model, 4)).exitCode, 0);
        QVERIFY(loads(model));
        QCOMPARE(entries(dir.path()), QStringList{"model"});
    }
    void concurrentWritersTakeTurns()
    {
        // Runs writing one folder at once: each must succeed and the folder must be one whole model
        // (before the lock, one run's clean-up deleted the other's staging folder in 4 of 14 pairs).
        QTemporaryDir dir;
        const QString model = dir.filePath("model");
        for (int pair = 0; pair < 3; ++pair) {
            QProcess first, second;
            first.start(NNSCOPE_CLI, training(model, 20 + pair));
            second.start(NNSCOPE_CLI, training(model, 40 + pair));
            QVERIFY(first.waitForFinished(120000) && second.waitForFinished(120000));
            QVERIFY2(first.exitCode() == 0 && second.exitCode() == 0,
                     qPrintable(first.readAllStandardError() + second.readAllStandardError()));
            QVERIFY(loads(model));
            QCOMPARE(entries(dir.path()), QStringList{"model"});
        }
    }
    void killedAtRandomMomentsTheModelAlwaysLoads()
    {
        QTemporaryDir dir;
        const QString model = dir.filePath("model");
        QCOMPARE(runCli(training(model, 1)).exitCode, 0);
        // A training run here takes about a second; kills land from start-up to the final rename.
        const int iterations = qEnvironmentVariableIntValue("NNSCOPE_KILL_TEST_ITERATIONS") > 0
            ? qEnvironmentVariableIntValue("NNSCOPE_KILL_TEST_ITERATIONS") : 20;
        QRandomGenerator random(7);
        for (int i = 0; i < iterations; ++i) {
            interruptedTraining(model, 10 + i, {}, random.bounded(200, 2500));
            QVERIFY2(loads(model), qPrintable(QString("after kill %1").arg(i)));
        }
        QCOMPARE(runCli(training(model, 99)).exitCode, 0);
        QCOMPARE(entries(dir.path()), QStringList{"model"}); // the next run cleaned up every leftover
        QVERIFY(loads(model));
    }
};

QTEST_GUILESS_MAIN(CliKillTest)
#include "tst_cli_kill.moc"
