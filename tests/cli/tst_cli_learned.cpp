// `nnscope train` and `nnscope predict` as a user runs them.
#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QProcess>
#include <QTest>
#include <csignal>

using namespace nnscope;

namespace {

using Run = test::CliRun;
using test::runCli;

// A small, quick training run on the built-in 50-d GloVe words.
QStringList tinyTraining(const QString& out)
{
    return {"train", "--data", "glove-50d", "--words", "300", "--clusters", "3", "--max-epochs", "3",
            "--n-init", "1", "--out", out, "--json"};
}

} // namespace

class CliLearnedTest : public QObject {
    Q_OBJECT
private slots:
    void trainPrintsTheSummaryAndSavesTheModel()
    {
        QTemporaryDir dir;
        const QString model = dir.filePath("model");
        const Run run = runCli(tinyTraining(model));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = test::jsonObjectOf(run);
        for (const char* key : {"layer1_accuracy", "layer2_accuracy", "train_seconds", "parameters"})
            QVERIFY2(result.contains(key), key);
        QVERIFY(result["layer1_accuracy"].toDouble() >= 0 && result["layer1_accuracy"].toDouble() <= 1);
        QVERIFY(result["parameters"].toDouble() > 0);
        QCOMPARE(result["clusters"].toArray().size(), 3);
        QVERIFY(QFile::exists(model + "/manifest.json"));
        QVERIFY(QFile::exists(model + "/layer2-00002.bin"));

        const Run predicted = runCli({"predict", "--data", "glove-50d", "--words", "300", "--model", model, "--word",
                                      "china", "--probe", "2", "--k", "4", "--json"});
        QCOMPARE(predicted.exitCode, 0);
        const QJsonObject answer = test::jsonObjectOf(predicted);
        QCOMPARE(answer["predicted_clusters"].toArray().size(), 2);
        QCOMPARE(answer["neighbors"].toObject()["ids"].toArray().size(), 4);
        QCOMPARE(answer["exact"].toObject()["labels"].toArray().size(), 4);
        QCOMPARE(answer["query"].toObject()["label"].toString(), QString("china"));

        // Without --data the model's own dataset (recorded in its manifest) is opened.
        const Run reopened = runCli({"predict", "--model", model, "--word", "china", "--k", "4", "--json"});
        QCOMPARE(reopened.exitCode, 0);
        QCOMPARE(test::jsonObjectOf(reopened)["exact"].toObject()["ids"], answer["exact"].toObject()["ids"]);

        const Run text = runCli({"predict", "--data", "glove-50d", "--words", "300", "--model", model, "--row", "7"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("layer 1:"));
    }
    void predictAgainstOtherDataFailsInOneLine()
    {
        QTemporaryDir dir;
        const QString model = dir.filePath("model");
        QCOMPARE(runCli(tinyTraining(model)).exitCode, 0);
        const Run run = runCli({"predict", "--data", "glove-50d", "--words", "301", "--model", model, "--row", "1"});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.err.contains("trained on"));
        const Run unknown = runCli({"predict", "--data", "glove-50d", "--words", "300", "--model", model, "--word", "zzzq"});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("zzzq"));
    }
    void trainRefusesOverTheMemoryBudgetWithoutWritingAnything()
    {
        QTemporaryDir dir;
        QStringList arguments = tinyTraining(dir.filePath("model"));
        arguments << "--memory-budget" << "0.001";
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("memory budget"));
        QVERIFY(run.err.contains("GiB"));
        QVERIFY(QDir(dir.path()).isEmpty());
    }
    void theMemoryBudgetIsInGibibytes()
    {
        // --memory-budget 2 is 2 GiB, the same number of bytes as the studio's 2 (tst_studio).
        QTemporaryDir dir;
        const QString model = dir.filePath("model");
        QStringList arguments = tinyTraining(model);
        arguments << "--memory-budget" << "2";
        QCOMPARE(runCli(arguments).exitCode, 0);
        QFile manifest(model + "/manifest.json");
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QJsonObject settings = QJsonDocument::fromJson(manifest.readAll()).object()["settings"].toObject();
        QCOMPARE(settings["memory_budget_bytes"].toDouble(), 2.0 * 1073741824.0);
    }
    void searchMeasuresEverySystemAgainstExact()
    {
        const Run run = runCli({"search", "--data", "glove-50d", "--words", "400", "--system", "all", "--queries", "0:40",
                                "--k", "5", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray systems = test::jsonObjectOf(run)["systems"].toArray();
        QCOMPARE(systems.size(), 14); // every registered system but the learned one (no --model); layer1 trains its own
        for (const auto& system : systems) {
            const QJsonObject s = system.toObject();
            QVERIFY(s["recall_at_k"].toDouble() >= 0 && s["recall_at_k"].toDouble() <= 1);
            if (s["system"].toString() == "exact" || s["system"].toString() == "faiss-flat")
                QCOMPARE(s["recall_at_k"].toDouble(), 1.0);
        }
        // Every leaf searched and a full reorder: the ScaNN-style searcher is exact.
        const Run scann = runCli({"search", "--data", "glove-50d", "--words", "400", "--system", "scann:leaves=10,search=10,reorder=400",
                                  "--queries", "0:40", "--k", "5", "--json"});
        QCOMPARE(scann.exitCode, 0);
        const QJsonObject result = test::jsonObjectOf(scann);
        QCOMPARE(result["recall_at_k"].toDouble(), 1.0);
        QCOMPARE(result["ids"].toArray().size(), 40);
    }
    void reproduceWritesTheReportAndPrintsTheTables()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("report");
        const Run run = runCli({"reproduce", "--data", "glove-50d", "--grid", "200x2", "--queries", "20", "--max-epochs", "1",
                                "--no-faiss", "--no-augment", "--partition-bins", "8", "--partition-methods", "kmeans;kmeans-spill", "--out", out});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("### Table 1: average distance to the true neighbour (paper protocol)"));
        QVERIFY(run.out.contains("### Learned partitions: 8 bins"));
        QVERIFY(run.out.contains("| kmeans-spill:bins=8 | 8 |"));
        QVERIFY(run.out.contains("### Table 4: mean time per query, one query per call (ms) (corrected protocol)"));
        for (const char* file : {"tables.md", "results.json", "table2_layer1_paper.csv", "layer_accuracy.png", "layer_accuracy.pdf", "partitions.md",
                                 "partitions-8/summary.csv", "partitions-8/recall10_vs_candidates.png"})
            QVERIFY2(QFile::exists(out + "/" + file), file);
        QVERIFY(run.err.contains("report written to"));
        const Run bad = runCli({"reproduce", "--data", "glove-50d", "--grid", "5000x10", "--out", out});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("5000"));
        QVERIFY(QFile::exists(out + "/results.json")); // the earlier report is untouched
        // Bin counts that cannot fit fail before the main experiment's work.
        const Run badBins = runCli({"reproduce", "--data", "glove-50d", "--grid", "200x2", "--partition-bins", "16,1", "--out", out});
        QCOMPARE(badBins.exitCode, 2);
        QVERIFY(badBins.err.contains("1 bins do not fit"));
    }
    void interruptingReproduceKeepsTheFinishedSettings()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("report");
        QProcess process;
        process.start(NNSCOPE_CLI, {"reproduce", "--data", "glove-50d", "--grid", "200x2,2446x20,2446x30", "--protocol", "corrected",
                                    "--queries", "20", "--max-epochs", "1", "--no-faiss", "--no-augment", "--out", out});
        QVERIFY(process.waitForStarted());
        // Once the first setting's report is on disk, press Ctrl-C.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out + "/results.json"), 120000);
        ::kill(static_cast<pid_t>(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 130);
        QFile results(out + "/results.json");
        QVERIFY(results.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(results.readAll()).object();
        QVERIFY(json["interrupted"].toBool());
        QVERIFY(json["results"].toArray().size() >= 1);
        QVERIFY(json["results"].toArray().size() < 3);
    }
};

QTEST_GUILESS_MAIN(CliLearnedTest)
#include "tst_cli_learned.moc"
