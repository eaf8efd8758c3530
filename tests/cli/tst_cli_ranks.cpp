// A job of several ranks (distributed/Ranks.h) on the loopback interface: `nnscope launch` starts them,
// c10d's TCP store and Gloo connect them. Two and four ranks (four oversubscribe this 2-core machine)
// train the same weights as one process (layer 1 too when it trains on every rank); knn, graph, reproduce and partition give its results; ranks with other data are refused at rendezvous; a killed
// rank stops the others within the rank timeout, naming it, and leaves the old model in place; Ctrl+C
// on the launcher stops every rank.
#include "support/CliRunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace nnscope::test;

namespace {

QStringList training(const QString& out, const QString& words = "300", const QString& epochs = "3")
{
    return {"train", "--data", "glove-50d", "--words", words, "--clusters", "4", "--max-epochs", epochs, "--n-init", "1",
            "--seed", "7", "--out", out};
}

// Each saved model's SHA-256, layer 1 first: equal lists are equal weights.
QStringList weightDigests(const QString& model)
{
    QFile file(model + "/manifest.json");
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList digests;
    for (const QJsonValue entry : QJsonDocument::fromJson(file.readAll()).object()["models"].toArray())
        digests << entry.toObject()["sha256"].toString();
    return digests;
}

// A port nothing listens on now, for the job's store.
quint16 freePort()
{
    const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    ::bind(probe, reinterpret_cast<sockaddr*>(&address), sizeof address);
    ::getsockname(probe, reinterpret_cast<sockaddr*>(&address), &length);
    ::close(probe);
    return ntohs(address.sin_port);
}

// One rank started by hand, as a launcher on another machine would start it.
struct Rank {
    QProcess process;
    void start(int rank, int ranks, quint16 port, const QStringList& arguments, const QString& timeout = "3")
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("RANK", QString::number(rank));
        environment.insert("WORLD_SIZE", QString::number(ranks));
        environment.insert("MASTER_ADDR", "127.0.0.1");
        environment.insert("MASTER_PORT", QString::number(port));
        environment.insert("NNSCOPE_RANK_TIMEOUT", timeout);
        environment.insert("OMP_NUM_THREADS", "1");
        process.setProcessEnvironment(environment);
        process.start(NNSCOPE_CLI, arguments);
        process.waitForStarted();
    }
};

bool waitForOutput(QProcess& process, const QByteArray& text, int milliseconds, QByteArray& seen)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds && process.state() == QProcess::Running) {
        process.waitForReadyRead(200);
        seen += process.readAllStandardError();
        if (seen.contains(text))
            return true;
    }
    return false;
}

// Two lists of partition methods with every figure but the times equal, in the same order (a failing
// method is named).
bool sameFiguresButTimes(const QJsonArray& expected, const QJsonArray& actual)
{
    if (expected.size() != actual.size()) {
        qWarning("%d methods against %d", int(actual.size()), int(expected.size()));
        return false;
    }
    for (int i = 0; i < expected.size(); ++i) {
        QJsonObject x = expected[i].toObject(), y = actual[i].toObject();
        for (const char* time : {"build_seconds", "train_seconds", "ms_per_query_at_recall_0_9"}) {
            x.remove(time);
            y.remove(time);
        }
        if (x != y) {
            qWarning("%s differs", qPrintable(x["method"].toString()));
            return false;
        }
    }
    return true;
}

} // namespace

class CliRanksTest : public QObject {
    Q_OBJECT
private slots:
    void ranksTrainTheWeightsOneProcessTrains()
    {
        QTemporaryDir dir;
        const QString alone = dir.filePath("alone");
        QCOMPARE(runCli(training(alone)).exitCode, 0);
        const QStringList expected = weightDigests(alone);
        QCOMPARE(expected.size(), 5);
        for (const char* ranks : {"2", "4"}) {
            const QString model = dir.filePath(QString("ranks-") + ranks);
            const CliRun run = runCli(QStringList{"launch", "--nproc", ranks, "--", "nnscope"} + training(model) + QStringList{"--json"});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            const QJsonObject result = jsonObjectOf(run); // rank 0's result alone on stdout
            QCOMPARE(result["world_size"].toInt(), QString(ranks).toInt());
            QVERIFY2(run.err.contains(R"({"model":")" + model.toUtf8() + R"(","rank":1,"world_size":)" + QByteArray(ranks) + "}"),
                     run.err.constData()); // rank 1's result: it trained a share and sent it
            QCOMPARE(weightDigests(model), expected);
        }
    }

    void layer1TrainsOnEveryRankWithAShardForEach()
    {
        // Four shards a batch: two ranks run two each, three ranks one, one and two (the third sends
        // an empty part beside its own); the sum is added in the parts' order everywhere.
        QTemporaryDir dir;
        const QStringList shards{"--shards", "4", "--json"};
        const QString alone = dir.filePath("alone");
        const CliRun one = runCli(training(alone) + shards);
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(jsonObjectOf(one)["layer1_on_every_rank"].toBool(), false);
        const QStringList expected = weightDigests(alone);
        QCOMPARE(expected.size(), 5);
        for (const char* ranks : {"2", "3"}) {
            const QString model = dir.filePath(QString("ranks-") + ranks);
            const CliRun run = runCli(QStringList{"launch", "--nproc", ranks, "--", "nnscope"} + training(model) + shards);
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QCOMPARE(jsonObjectOf(run)["layer1_on_every_rank"].toBool(), true);
            QCOMPARE(weightDigests(model), expected);
            // Rank 0 alone scores the held-out rows each epoch: its layer-1 record is one process's.
            const QJsonObject layer1 = jsonObjectOf(run)["models"].toArray()[0].toObject();
            const QJsonObject alone1 = jsonObjectOf(one)["models"].toArray()[0].toObject();
            QVERIFY(!alone1["held_out_accuracy"].toArray().isEmpty());
            QCOMPARE(layer1["held_out_accuracy"], alone1["held_out_accuracy"]);
            QCOMPARE(layer1["history"], alone1["history"]);
        }
        // Five ranks for four shards: layer 1 on rank 0 alone, the same weights again.
        const QString five = dir.filePath("ranks-5");
        const CliRun run = runCli(QStringList{"launch", "--nproc", "5", "--", "nnscope"} + training(five) + shards);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(jsonObjectOf(run)["layer1_on_every_rank"].toBool(), false);
        QCOMPARE(weightDigests(five), expected);
    }

    void knnSplitsTheQueriesIntoBlocks()
    {
        const QStringList knn{"knn", "--data", "glove-50d", "--words", "500", "--k", "5", "--queries", "10:101", "--json"};
        const CliRun alone = runCli(knn);
        QCOMPARE(alone.exitCode, 0);
        const CliRun ranks = runCli(QStringList{"launch", "--nproc", "3", "--", "nnscope"} + knn);
        QVERIFY2(ranks.exitCode == 0, ranks.err.constData());
        const QJsonObject one = jsonObjectOf(alone), three = jsonObjectOf(ranks);
        QCOMPARE(three["world_size"].toInt(), 3);
        QCOMPARE(three["ids"].toArray().size(), 101);
        QCOMPARE(three["ids"], one["ids"]);
        QCOMPARE(three["distances"], one["distances"]);
        QVERIFY2(ranks.err.contains(R"("queries_searched":34,"rank":2)"), ranks.err.constData()); // 101 = 33 + 34 + 34
    }

    void theKnnGraphIsBuiltByRowBlocks_data()
    {
        QTest::addColumn<QString>("method");
        QTest::newRow("exact") << "exact";
        QTest::newRow("ivf") << "ivf"; // every rank makes the same lists, then probes for its own rows
    }
    void theKnnGraphIsBuiltByRowBlocks()
    {
        QFETCH(QString, method);
        QTemporaryDir dir;
        const auto graph = [&](const QString& out) {
            return QStringList{"graph", "--data", "glove-50d", "--words", "1500", "--k", "8", "--method", method, "--lists", "12", "--probes", "3",
                               "--out", out, "--json"};
        };
        QCOMPARE(runCli(graph(dir.filePath("one.ivecs"))).exitCode, 0);
        const CliRun ranks = runCli(QStringList{"launch", "--nproc", "2", "--", "nnscope"} + graph(dir.filePath("two.ivecs")));
        QVERIFY2(ranks.exitCode == 0, ranks.err.constData());
        QCOMPARE(jsonObjectOf(ranks)["world_size"].toInt(), 2);
        QFile one(dir.filePath("one.ivecs")), two(dir.filePath("two.ivecs"));
        QVERIFY(one.open(QIODevice::ReadOnly) && two.open(QIODevice::ReadOnly));
        const QByteArray expected = one.readAll();
        QCOMPARE(expected.size(), 1500 * 9 * 4);
        QVERIFY(two.readAll() == expected);
    }

    void reproduceSpreadsTheGridAndGathersOneReport()
    {
        QTemporaryDir dir;
        const auto reproduce = [&](const QString& out) {
            return QStringList{"reproduce", "--data", "glove-50d", "--grid", "200x3,300x3,250x4", "--protocol", "corrected", "--queries", "50",
                               "--partition-bins", "none", "--max-epochs", "2", "--no-faiss", "--out", out, "--json"};
        };
        QCOMPARE(runCli(reproduce(dir.filePath("one"))).exitCode, 0);
        const CliRun ranks = runCli(QStringList{"launch", "--nproc", "2", "--", "nnscope"} + reproduce(dir.filePath("two")));
        QVERIFY2(ranks.exitCode == 0, ranks.err.constData());
        const auto results = [](const QString& folder) {
            QFile file(folder + "/results.json");
            file.open(QIODevice::ReadOnly);
            return QJsonDocument::fromJson(file.readAll()).object();
        };
        const QJsonObject one = results(dir.filePath("one")), two = results(dir.filePath("two"));
        QCOMPARE(one["world_size"].toInt(), 1);
        QCOMPARE(two["world_size"].toInt(), 2);
        const QJsonArray a = one["results"].toArray(), b = two["results"].toArray();
        QCOMPARE(b.size(), 3);
        for (int i = 0; i < a.size(); ++i) { // in grid order, with the same figures (timings aside)
            const QJsonObject x = a[i].toObject(), y = b[i].toObject();
            for (const char* key : {"words", "clusters", "query_rows", "cluster_sizes", "twin_layer2_accuracy"})
                QVERIFY2(x[key] == y[key], key);
            QCOMPARE(y["learned"].toArray()[0].toObject()["accuracy"], x["learned"].toArray()[0].toObject()["accuracy"]);
            QCOMPARE(y["systems"].toArray().size(), x["systems"].toArray().size());
            for (int j = 0; j < x["systems"].toArray().size(); ++j)
                QCOMPARE(y["systems"].toArray()[j].toObject()["recall_at_k"], x["systems"].toArray()[j].toObject()["recall_at_k"]);
        }
    }

    void partitionSpreadsTheBuildsAndGathersEveryMethod()
    {
        // Two k-NN graphs (exact and IVF) by row blocks, builds shared by an adaptive spec, learned and not.
        QTemporaryDir dir;
        const auto partition = [&](const QString& out) {
            return QStringList{"partition", "--data", "glove-50d", "--words", "1500", "--bins", "8", "--method",
                               "kmeans;kmeans:adaptive=ratio;neural:epochs=2;neural:epochs=2,adaptive=mass;neural-probe:epochs=2,graph=ivf",
                               "--out", out, "--json"};
        };
        const CliRun alone = runCli(partition(dir.filePath("one")));
        QVERIFY2(alone.exitCode == 0, alone.err.constData());
        for (const char* ranks : {"2", "3"}) {
            const QString out = dir.filePath(QString("ranks-") + ranks);
            const CliRun run = runCli(QStringList{"launch", "--nproc", ranks, "--", "nnscope"} + partition(out));
            QVERIFY2(run.exitCode == 0, run.err.constData());
            const QJsonObject one = jsonObjectOf(alone), many = jsonObjectOf(run);
            QCOMPARE(one["world_size"].toInt(), 1);
            QCOMPARE(many["world_size"].toInt(), QString(ranks).toInt());
            const QJsonArray a = one["methods"].toArray(), b = many["methods"].toArray();
            QCOMPARE(b.size(), 5);
            QVERIFY(b[0].toObject()["build_seconds"].toDouble() > 0.0);
            QVERIFY(sameFiguresButTimes(a, b)); // in the settings' order
            QVERIFY(b[4].toObject()["description"].toString().contains("IVF k-NN graph")); // its recall measured on rank 0, sent along
            QFile curves(dir.filePath("one/curves.csv")), theirs(out + "/curves.csv");
            QVERIFY(curves.open(QIODevice::ReadOnly) && theirs.open(QIODevice::ReadOnly));
            QCOMPARE(theirs.readAll(), curves.readAll());
        }
    }

    void partitionScaleSpreadsEverySize()
    {
        // Each size one part of the job (its own agreements, transfers and queue), the crossover on rank 0.
        QTemporaryDir dir;
        const QStringList scale{"partition", "--data", "glove-50d", "--words", "1500", "--bins", "8", "--method",
                                "kmeans;neural:epochs=2", "--scale", "600,1300", "--json"};
        const CliRun alone = runCli(scale + QStringList{"--out", dir.filePath("one")});
        QVERIFY2(alone.exitCode == 0, alone.err.constData());
        const CliRun run = runCli(QStringList{"launch", "--nproc", "2", "--", "nnscope"} + scale + QStringList{"--out", dir.filePath("two")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject one = jsonObjectOf(alone), two = jsonObjectOf(run);
        const QJsonArray a = one["runs"].toArray(), b = two["runs"].toArray();
        QCOMPARE(b.size(), 2);
        for (int s = 0; s < a.size(); ++s) {
            QCOMPARE(b[s].toObject()["world_size"].toInt(), 2);
            QCOMPARE(b[s].toObject()["dataset"].toObject()["base_rows"].toInt(), s == 0 ? 600 : 1300);
            QVERIFY(sameFiguresButTimes(a[s].toObject()["methods"].toArray(), b[s].toObject()["methods"].toArray()));
        }
        const QJsonArray x = one["crossover"].toArray(), y = two["crossover"].toArray();
        QCOMPARE(y.size(), 2);
        for (int s = 0; s < x.size(); ++s)
            for (const char* field : {"best_non_learned", "non_learned_total_cost", "best_learned", "learned_total_cost", "total_cost_ratio"})
                QCOMPARE(y[s].toObject()[field], x[s].toObject()[field]);
        QCOMPARE(two["learning_pays_from_rows"], one["learning_pays_from_rows"]);
        QVERIFY(QFile::exists(dir.filePath("two/scale.json")) && QFile::exists(dir.filePath("two/crossover.csv")));
    }

    void ranksWithOtherDataAreRefused()
    {
        QTemporaryDir dir;
        const quint16 port = freePort();
        Rank first, second;
        first.start(0, 2, port, training(dir.filePath("m"), "300"));
        second.start(1, 2, port, training(dir.filePath("m"), "301"));
        for (Rank* rank : {&first, &second}) {
            QVERIFY(rank->process.waitForFinished(120000));
            QCOMPARE(rank->process.exitCode(), 1);
            const QByteArray err = rank->process.readAllStandardError();
            QVERIFY2(err.contains("the ranks hold different data"), err.constData());
        }
        QVERIFY(!QFile::exists(dir.filePath("m")));
    }

    void aKilledRankStopsTheOthersAndLeavesTheOldModel_data()
    {
        QTest::addColumn<int>("killed");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("rank 1 killed") << 1 << QStringList{};
        QTest::newRow("rank 0 killed (it serves the store)") << 0 << QStringList{};
        // Both ranks in one layer-1 training, exchanging gradients every batch.
        QTest::newRow("rank 1 killed in a data-parallel layer 1") << 1 << QStringList{"--shards", "2"};
    }
    void aKilledRankStopsTheOthersAndLeavesTheOldModel()
    {
        QFETCH(int, killed);
        QFETCH(QStringList, options);
        QTemporaryDir dir;
        const QString model = dir.filePath("model");
        QCOMPARE(runCli(training(model)).exitCode, 0);
        const QStringList old = weightDigests(model);
        const quint16 port = freePort();
        Rank ranks[2];
        // Long enough that the kill lands mid-training: rank 0 shows progress once training has begun.
        for (int r = 0; r < 2; ++r)
            ranks[r].start(r, 2, port, training(model, "2000", "400") + options);
        QByteArray seen;
        QVERIFY2(waitForOutput(ranks[0].process, "layer ", 120000, seen), seen.constData());
        ranks[killed].process.kill();
        QProcess& survivor = ranks[1 - killed].process;
        QElapsedTimer stopping;
        stopping.start();
        QVERIFY(survivor.waitForFinished(30000));
        // The rank timeout is 3 s; the watcher beats and looks once a second.
        QVERIFY2(stopping.elapsed() < 10000, QByteArray::number(stopping.elapsed()).constData());
        QCOMPARE(survivor.exitStatus(), QProcess::NormalExit);
        QCOMPARE(survivor.exitCode(), 1);
        const QByteArray err = seen + survivor.readAllStandardError();
        QVERIFY2(err.contains("rank " + QByteArray::number(killed)), err.constData());
        ranks[killed].process.waitForFinished();
        QCOMPARE(weightDigests(model), old); // the old model, whole
        QCOMPARE(runCli({"predict", "--model", model, "--row", "0", "--json"}).exitCode, 0);
    }

    void interruptingTheLauncherStopsEveryRank()
    {
        QTemporaryDir dir;
        QProcess launcher;
        launcher.start(NNSCOPE_CLI, QStringList{"launch", "--nproc", "2", "--", "nnscope"} + training(dir.filePath("m"), "2000", "400"));
        QVERIFY(launcher.waitForStarted());
        QByteArray seen;
        QVERIFY2(waitForOutput(launcher, "layer ", 120000, seen), seen.constData());
        ::kill(static_cast<pid_t>(launcher.processId()), SIGINT);
        QVERIFY(launcher.waitForFinished(20000)); // it returns once every rank has ended
        QCOMPARE(launcher.exitCode(), 130);
        QVERIFY(!QFile::exists(dir.filePath("m")));
    }

    void launchUsageMistakes()
    {
        QCOMPARE(runCli({"launch", "--nproc", "2"}).exitCode, 2);             // no command
        QCOMPARE(runCli({"launch", "--nproc", "0", "--", "true"}).exitCode, 2); // no ranks
        QCOMPARE(runCli({"launch", "--nproc", "2", "--master-port", "70000", "--", "true"}).exitCode, 2);
        QCOMPARE(runCli({"launch", "--nproc", "2", "--", "true"}).exitCode, 0);
        const CliRun failing = runCli({"launch", "--nproc", "2", "--", "false"});
        QCOMPARE(failing.exitCode, 1);
        QVERIFY(failing.err.contains("rank"));
        // A command that does not run across ranks refuses to run once per rank.
        const CliRun once = runCli({"info", "--data", "glove-100d"}, {"WORLD_SIZE=2", "RANK=0"});
        QCOMPARE(once.exitCode, 1);
        QVERIFY2(once.err.contains("does not run across ranks"), once.err.constData());
        QCOMPARE(runCli({"info", "--data", "glove-100d"}, {"WORLD_SIZE=2", "RANK=7"}).exitCode, 1); // malformed
        // The per-rank estimate of the paper's 50,000-word setting, without a rendezvous.
        const CliRun estimate = runCli({"train", "--data", "glove-100d", "--clusters", "100", "--out", "M", "--dry-run", "--json"},
                                       {"WORLD_SIZE=3", "RANK=0"});
        QCOMPARE(estimate.exitCode, 0);
        const QJsonObject plan = jsonObjectOf(estimate)["plan"].toObject();
        QCOMPARE(plan["world_size"].toInt(), 3);
        QVERIFY(plan["estimated_bytes_per_rank"].toDouble() < plan["estimated_bytes"].toDouble());
    }
};

QTEST_GUILESS_MAIN(CliRanksTest)
#include "tst_cli_ranks.moc"
