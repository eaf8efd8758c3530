// The nnscope command-line tool, driven as a user would: outputs, JSON keys, exit codes and errors.
#include "data/Formats.h"
#include "search/Metric.h"
#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <cstring>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace nnscope;

namespace {

using Run = test::CliRun;
using test::runCli;

// A failed command prints exactly one line on stderr and nothing on stdout.
void verifyOneLineError(const Run& run, int exitCode, const QString& mentions)
{
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains(mentions.toUtf8()), run.err.constData());
}

} // namespace

class CliCommandsTest : public QObject {
    Q_OBJECT
private slots:
    void everySubcommandHasHelp()
    {
        for (const QString command : {"datasets", "info", "knn", "kmeans", "graph", "pca", "embed", "systems", "partition"}) {
            const Run run = runCli({command, "--help"});
            QCOMPARE(run.exitCode, 0);
            QVERIFY(run.out.startsWith("usage: nnscope " + command.toUtf8()));
            QVERIFY(run.out.contains("--json"));
        }
        QCOMPARE(runCli({"--help"}).exitCode, 0);
    }
    void onlyCommandsThatRunANetworkOpenTheLearnedModule()
    {
        // With the module path pointing nowhere, the commands that need no network still work (they never
        // open LibTorch, which is what keeps their start-up short), and one that trains says what is missing.
        const QStringList nowhere{"NNSCOPE_LEARNED_MODULE=/nonexistent/libnnscope_learned.so"};
        QCOMPARE(runCli({"--help"}, nowhere).exitCode, 0);
        QCOMPARE(runCli({"info", "--data", "glove-50d", "--words", "100"}, nowhere).exitCode, 0);
        QCOMPARE(runCli({"knn", "--data", "glove-50d", "--words", "300", "--k", "3"}, nowhere).exitCode, 0);
        QCOMPARE(runCli({"kmeans", "--data", "glove-50d", "--words", "300", "--clusters", "4"}, nowhere).exitCode, 0);
        QCOMPARE(runCli({"pca", "--data", "glove-50d", "--words", "300"}, nowhere).exitCode, 0);
        QCOMPARE(runCli({"graph", "--data", "glove-50d", "--words", "300", "--method", "ivf"}, nowhere).exitCode, 0);
        QCOMPARE(runCli({"embed", "--data", "glove-50d", "--words", "300", "--iterations", "50"}, nowhere).exitCode, 0);
        const Run exact = runCli({"search", "--data", "glove-50d", "--words", "300", "--system", "exact;faiss-ivf;scann;twin;kmeans"}, nowhere);
        QVERIFY2(exact.exitCode == 0, exact.err.constData());
        verifyOneLineError(runCli({"train", "--data", "glove-50d", "--words", "300", "--clusters", "2", "--out", QDir::tempPath() + "/nnscope-never"}, nowhere),
                           1, "/nonexistent/libnnscope_learned.so");
    }

    void runsOnTheBlasKernelsTheCpuSupports()
    {
        // OpenBLAS prints the kernels it chose at each start with OPENBLAS_VERBOSE=2. A choice the user
        // made is kept (one start); otherwise a Prescott fallback on an AVX2 or AVX-512 CPU is replaced.
        const Run chosen = runCli({"--help"}, {"OPENBLAS_VERBOSE=2", "OPENBLAS_CORETYPE=Prescott"});
        QCOMPARE(chosen.exitCode, 0);
        QCOMPARE(chosen.err.count("Core: "), 1);
        QVERIFY2(chosen.err.contains("Core: Prescott"), chosen.err.constData());

        if (qEnvironmentVariableIsSet("OPENBLAS_CORETYPE"))
            QSKIP("OPENBLAS_CORETYPE is set for the whole test run");
        const Run automatic = runCli({"--help"}, {"OPENBLAS_VERBOSE=2"});
        QCOMPARE(automatic.exitCode, 0);
        const QByteArray last = automatic.err.mid(automatic.err.lastIndexOf("Core: ")).split('\n').front();
        __builtin_cpu_init();
        if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
            QVERIFY2(last != "Core: Prescott", automatic.err.constData());
        QVERIFY(automatic.out.startsWith("usage: nnscope"));
    }

    void knnChecksSiftsmallAgainstItsShippedGroundTruth()
    {
        const QJsonObject result = test::jsonObjectOf(runCli({"knn", "--data", "siftsmall", "--k", "100", "--json"}));
        const QJsonObject truth = result["ground_truth"].toObject();
        QCOMPARE(truth["queries"].toInt(), 100);
        QCOMPARE(truth["agreement"].toDouble(), 1.0);
        QCOMPARE(result["ids"].toArray().size(), 100);
        // With another metric the Euclidean truth does not apply, and the result says so.
        const QJsonObject cosine = test::jsonObjectOf(runCli({"knn", "--data", "siftsmall", "--k", "10", "--metric", "cosine", "--json"}));
        QVERIFY(cosine["ground_truth"].isNull());
        QVERIFY(cosine["notes"].toArray().first().toString().contains("not compared"));
    }
    void systemsListsEveryRegisteredSystem()
    {
        const QJsonObject systems = test::jsonObjectOf(runCli({"systems", "--json"}));
        QStringList names;
        for (const auto& system : systems["systems"].toArray())
            names << system.toObject()["name"].toString();
        for (const char* name : {"exact", "random", "scann", "scann-paper", "faiss-flat", "faiss-ivf", "faiss-ivfpq", "faiss-hnsw", "twin",
                                 "learned", "kmeans", "kmeans-spill", "neural", "neural-probe"})
            QVERIFY2(names.contains(name), name);
        const Run unknown = runCli({"search", "--system", "faiss-ivf:nlists=4"});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("nlist, nprobe"));
    }
    void partitionPrintsProbeCurves()
    {
        QTemporaryDir dir;
        const Run run = runCli({"partition", "--data", "glove-50d", "--words", "800", "--bins", "4", "--method",
                                "kmeans;neural:epochs=2,hidden=16,m=10;kmeans:adaptive=ratio", "--json", "--out", dir.filePath("p")});
        QCOMPARE(run.exitCode, 0);
        // A log (stderr is no terminal here) has each step on its line with the seconds since the start,
        // Neural LSH's k-NN graph a step of its own within its build.
        const QString log = QString::fromUtf8(run.err);
        const QRegularExpression step(R"(^\[ *\d+ s\] (building|probing|exact search|k-NN graph|training)\b)");
        for (const QString& line : log.split('\n', Qt::SkipEmptyParts))
            QVERIFY2(step.match(line).hasMatch(), qPrintable(line));
        const qsizetype built = log.indexOf("] building neural:"), graph = log.indexOf("] k-NN graph, 10 neighbours per row\n"),
                        probed = log.indexOf("] probing neural:");
        QVERIFY2(built >= 0 && built < graph && graph < probed, qPrintable(log));
        const QJsonObject result = test::jsonObjectOf(run);
        QCOMPARE(result["queries"].toInt(), 80);
        QJsonArray methods = result["methods"].toArray();
        QCOMPARE(methods.size(), 3);
        // The adaptive entry: a sweep of its rule's threshold over the kmeans bins, not learned.
        const QJsonObject adaptive = methods.takeAt(2).toObject();
        QCOMPARE(adaptive["adaptive"].toString(), QString("ratio"));
        QCOMPARE(adaptive["learned"].toBool(), false);
        QCOMPARE(adaptive["bin_sizes"], methods[0].toObject()["bin_sizes"]);
        const QJsonArray sweep = adaptive["curve"].toArray();
        QVERIFY(sweep.size() >= 2);
        QCOMPARE(sweep.first().toObject()["mean_probes"].toDouble(), 1.0);
        QVERIFY(adaptive["threshold_at_recall_0_9"].isDouble() && adaptive["ms_per_query_at_recall_0_9"].toDouble() > 0.0);
        QVERIFY(methods[0].toObject()["adaptive"].isNull() && methods[1].toObject()["learned"].toBool());
        for (const auto& entry : methods) {
            const QJsonObject m = entry.toObject();
            for (const char* key : {"method", "bins", "bin_sizes", "build_seconds", "router_flops", "bytes", "candidates_at_recall_0_9",
                                    "ms_per_query_at_recall_0_9", "probes_at_recall_0_9", "curve"})
                QVERIFY2(m.contains(key), key);
            QCOMPARE(m["curve"].toArray().size(), 4);
            // Timed at the fewest probes whose curve point reaches recall@10 = 0.9 (the curve ends at 1.0).
            const int probes = m["probes_at_recall_0_9"].toInt();
            QVERIFY(probes >= 1 && probes <= 4);
            QVERIFY(m["curve"].toArray()[probes - 1].toObject()["recall_at_10"].toDouble() >= 0.9);
            QVERIFY(probes == 1 || m["curve"].toArray()[probes - 2].toObject()["recall_at_10"].toDouble() < 0.9);
            QVERIFY(m["ms_per_query_at_recall_0_9"].toDouble() > 0.0);
            QCOMPARE(m["curve"].toArray().last().toObject()["recall_at_10"].toDouble(), 1.0);
        }
        for (const char* file : {"partition.json", "curves.csv", "summary.csv", "recall10_vs_candidates.png", "recall10_vs_candidates.pdf"})
            QVERIFY2(QFile::exists(dir.filePath(QString("p/") + file)), file);
        // --scale: the same run on nested subsets, the crossover of learned and non-learned total cost.
        const Run scaled = runCli({"partition", "--data", "glove-50d", "--words", "800", "--bins", "4", "--method", "kmeans;kmeans:adaptive=learned",
                                   "--scale", "600,300", "--json", "--out", dir.filePath("s")});
        QCOMPARE(scaled.exitCode, 0);
        const QJsonObject scale = test::jsonObjectOf(scaled);
        QCOMPARE(scale["format"].toString(), QString("nnscope-partition-scale"));
        const QJsonArray points = scale["crossover"].toArray();
        QCOMPARE(points.size(), 2);
        QCOMPARE(points[0].toObject()["rows"].toInt(), 300);
        QCOMPARE(points[1].toObject()["best_learned"].toString(), QString("kmeans:bins=4,adaptive=learned"));
        QCOMPARE(scale["runs"].toArray()[1].toObject()["dataset"].toObject()["base_rows"].toInt(), 600);
        for (const char* file : {"scale.json", "crossover.csv", "summary_300.csv", "curves_600.csv", "total_cost_vs_rows.png"})
            QVERIFY2(QFile::exists(dir.filePath(QString("s/") + file)), file);
        QCOMPARE(runCli({"partition", "--data", "glove-50d", "--words", "100", "--scale", "500", "--method", "kmeans"}).exitCode, 1);
        const Run tooMany = runCli({"partition", "--data", "glove-50d", "--words", "100", "--bins", "80", "--method", "kmeans"});
        QCOMPARE(tooMany.exitCode, 1);
        QVERIFY(tooMany.err.contains("80 bins do not fit"));
    }
    void infoReportsShapeLabelsAndFingerprint()
    {
        const QJsonObject info = test::jsonObjectOf(runCli({"info", "--data", "glove-50d", "--words", "100", "--json"}));
        QCOMPARE(info["rows"].toInt(), 100);
        QCOMPARE(info["dim"].toInt(), 50);
        QCOMPARE(info["labels"].toBool(), true);
        QCOMPARE(info["fingerprint"].toString().size(), 64);
        const Run text = runCli({"info", "--data", "glove-50d"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("4959"));
    }
    void knnOnAnyGloveFileAgreesWithNaiveSearch_data()
    {
        QTest::addColumn<int>("dim");
        QTest::addColumn<QString>("metric");
        QTest::newRow("7-d l2") << 7 << "l2";
        QTest::newRow("33-d cosine") << 33 << "cosine";
        QTest::newRow("100-d ip") << 100 << "ip";
        QTest::newRow("1-d l2") << 1 << "l2";
    }
    void knnOnAnyGloveFileAgreesWithNaiveSearch()
    {
        QFETCH(int, dim);
        QFETCH(QString, metric);
        const std::size_t rows = 250, d = static_cast<std::size_t>(dim);
        const auto values = test::randomMatrix(rows, d, static_cast<std::uint64_t>(dim));
        QTemporaryDir dir;
        const QString path = dir.filePath("vectors.txt");
        test::writeFile(path, test::gloveText(values, d));
        const QJsonObject result = test::jsonObjectOf(runCli({"knn", "--data", path, "--k", "6", "--metric", metric,
                                                  "--queries", "10:40", "--json"}));
        const QJsonArray ids = result["ids"].toArray(), distances = result["distances"].toArray();
        QCOMPARE(ids.size(), 40);
        const MatrixView view{values.data(), rows, d};
        for (int q = 0; q < 40; ++q) {
            const std::size_t row = static_cast<std::size_t>(10 + q);
            const auto expected = test::naiveKnn(view, view.row(row), 6, parseMetric(metric.toStdString()),
                                                 static_cast<std::int64_t>(row));
            for (int r = 0; r < 6; ++r) {
                QCOMPARE(ids[q].toArray()[r].toInteger(), expected[static_cast<std::size_t>(r)].id);
                QVERIFY(std::fabs(distances[q].toArray()[r].toDouble() - expected[static_cast<std::size_t>(r)].distance)
                        < 1e-5 * (1 + std::fabs(expected[static_cast<std::size_t>(r)].distance)));
            }
        }
    }
    void kmeansJsonHasTheDocumentedKeys()
    {
        const QJsonObject result = test::jsonObjectOf(runCli({"kmeans", "--data", "glove-100d", "--words", "300", "--clusters", "4",
                                                  "--n-init", "2", "--seed", "3", "--json"}));
        QVERIFY(result["inertia"].toDouble() > 0);
        QVERIFY(result["iterations"].toInt() >= 1);
        const QJsonArray sizes = result["sizes"].toArray();
        QCOMPARE(sizes.size(), 4);
        int total = 0;
        for (const auto size : sizes)
            total += size.toInt();
        QCOMPARE(total, 300);
        const QJsonArray centroids = result["centroids"].toArray();
        QCOMPARE(centroids.size(), 4);
        QCOMPARE(centroids[0].toArray().size(), 100);
        QCOMPARE(result["training_rows"].toInt(), 300);
        QVERIFY(result["seconds"].toDouble() >= 0.0);
        // --sample: trained on R rows per centroid, every row still assigned.
        const QJsonObject sampled = test::jsonObjectOf(runCli({"kmeans", "--data", "glove-100d", "--words", "300", "--clusters", "4",
                                                               "--sample", "20", "--json"}));
        QCOMPARE(sampled["training_rows"].toInt(), 80);
        QCOMPARE(sampled["settings"].toObject()["sample"].toInt(), 20);
        QCOMPARE(sampled["assignment"].toArray().size(), 300);
    }
    void theGraphIsKnnForEveryRowAndSaysHowItWasBuilt()
    {
        // Small data: auto builds it exactly. IVF probing every list is exact too, and its .ivecs holds
        // what `nnscope knn` answers for the same rows.
        const QJsonObject exact = test::jsonObjectOf(runCli({"graph", "--data", "glove-100d", "--words", "800", "--json"}));
        QCOMPARE(exact["method"].toString(), QString("exact"));
        QVERIFY(exact["chosen_automatically"].toBool());
        QCOMPARE(exact["exact_multiply_adds"].toDouble(), 800.0 * 800.0 * 100.0);
        QVERIFY(!exact.contains("recall"));
        QTemporaryDir dir;
        const QString file = dir.filePath("graph.ivecs");
        const QJsonObject ivf = test::jsonObjectOf(runCli({"graph", "--data", "glove-100d", "--words", "800", "--method", "ivf", "--lists", "20",
                                                           "--probes", "20", "--out", file, "--json"}));
        QCOMPARE(ivf["method"].toString(), QString("ivf"));
        QVERIFY(!ivf["chosen_automatically"].toBool());
        QCOMPARE(ivf["recall"].toDouble(), 1.0);
        QCOMPARE(ivf["recall_rows"].toInt(), 800);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QCOMPARE(bytes.size(), 800 * 11 * 4);
        const QJsonArray knn = test::jsonObjectOf(runCli({"knn", "--data", "glove-100d", "--words", "800", "--queries", "0:3", "--json"}))["ids"].toArray();
        for (int row = 0; row < 3; ++row) {
            std::int32_t values[11];
            std::memcpy(values, bytes.constData() + row * 44, 44);
            QCOMPARE(values[0], 10);
            for (int j = 0; j < 10; ++j)
                QCOMPARE(values[j + 1], knn[row].toArray()[j].toInt());
        }
        verifyOneLineError(runCli({"graph", "--data", "glove-100d", "--words", "800", "--method", "hnsw"}), 1, "unknown k-NN graph method");
    }
    void embedMapsEveryRowAndMeasuresTheMapTheSameWayForEitherMethod()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("map.csv");
        const QJsonObject tsne = test::jsonObjectOf(runCli({"embed", "--data", "glove-100d", "--words", "600", "--iterations", "300", "--out", file, "--json"}));
        QCOMPARE(tsne["method"].toString(), QString("tsne"));
        QCOMPARE(tsne["rows"].toInt(), 600);
        QCOMPARE(tsne["neighbours"].toInt(), 91);
        QVERIFY(tsne["neighbours_exact"].toBool());
        QCOMPARE(tsne["knn_preservation_rows"].toInt(), 600);
        QVERIFY(tsne["seconds"].toDouble() > 0.0);
        const QJsonObject pca = test::jsonObjectOf(runCli({"embed", "--data", "glove-100d", "--words", "600", "--method", "pca", "--json"}));
        QVERIFY(pca.contains("explained_variance_ratio"));
        // GloVe's first two principal axes hold a few per cent of the variance: t-SNE keeps far more neighbours.
        QVERIFY2(tsne["knn_preservation_10"].toDouble() > pca["knn_preservation_10"].toDouble() + 0.15,
                 qPrintable(QString("t-SNE %1, PCA %2").arg(tsne["knn_preservation_10"].toDouble()).arg(pca["knn_preservation_10"].toDouble())));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = written.readAll().split('\n');
        QCOMPARE(lines.size(), 602); // header, 600 rows, the empty piece after the last newline
        QCOMPARE(lines[0], QByteArray("row,label,x,y"));
        QVERIFY(lines[1].startsWith("0,\"the\","));
        // A seeded sample: the same rows for the same seed, in row order.
        const QString sampled = dir.filePath("sample.csv");
        QCOMPARE(runCli({"embed", "--data", "glove-100d", "--rows", "200", "--method", "pca", "--seed", "4", "--out", sampled}).exitCode, 0);
        QFile sample(sampled);
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = sample.readAll().split('\n');
        QCOMPARE(rows.size(), 202);
        for (int i = 2; i < 201; ++i)
            QVERIFY(rows[i].split(',')[0].toInt() > rows[i - 1].split(',')[0].toInt());
        verifyOneLineError(runCli({"embed", "--data", "glove-100d", "--method", "umap"}), 2, "--method expects pca or tsne");
        verifyOneLineError(runCli({"embed", "--data", "glove-100d", "--words", "20", "--perplexity", "30"}), 1, "perplexity");
        verifyOneLineError(runCli({"embed", "--data", "glove-100d", "--rows", "5000"}), 2, "more than the 2717 rows");
    }
    void pcaJsonHasRatiosAndOnePointPerRow()
    {
        const QJsonObject result = test::jsonObjectOf(runCli({"pca", "--data", "uci-letter", "--words", "500", "--json"}));
        const QJsonArray ratio = result["explained_variance_ratio"].toArray();
        QCOMPARE(ratio.size(), 2);
        QVERIFY(ratio[0].toDouble() >= ratio[1].toDouble() && ratio[1].toDouble() > 0);
        QCOMPARE(result["points"].toArray().size(), 500);
        QCOMPARE(result["points"].toArray()[0].toArray().size(), 2);
    }
    void badDataGivesOneLineNamingTheFileAndLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("ragged.txt");
        test::writeFile(path, "a 1 2 3\nb 4 5\n");
        verifyOneLineError(runCli({"info", "--data", path}), 1, path + ":2");
        verifyOneLineError(runCli({"knn", "--data", dir.filePath("missing.txt")}), 1, "missing.txt");
        const QString nan = dir.filePath("nan.csv");
        test::writeFile(nan, "x,y\n1,nan\n");
        verifyOneLineError(runCli({"pca", "--data", nan, "--json"}), 1, nan + ":2");
    }
    void badSettingsAreClearErrors()
    {
        verifyOneLineError(runCli({"kmeans", "--data", "glove-50d", "--words", "5", "--clusters", "6"}), 1,
                           "more clusters than points");
        verifyOneLineError(runCli({"knn", "--k", "ten"}), 2, "--k");
        verifyOneLineError(runCli({"knn", "--metric", "manhattan"}), 1, "manhattan");
        verifyOneLineError(runCli({"knn", "--bogus"}), 2, "--bogus");
        verifyOneLineError(runCli({"info", "--words", "99999"}), 1, "2717");
        verifyOneLineError(runCli({"knn", "--queries", "5000:1"}), 2, "--queries");
        verifyOneLineError(runCli({"frobnicate"}), 2, "frobnicate");
    }
    // The hostile command lines of the bounded-input audit (issue 23): each crashed (SIGSEGV), ended in
    // "internal error", hung or ran without end; each now ends at once in one line naming the option.
    void absurdNumbersAreRefusedBeforeAnyWork_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        const QString out = QDir::temp().filePath("nnscope-never-written");
        QTest::newRow("hnsw m=0 (SIGSEGV)") << QStringList{"search", "--system", "faiss-hnsw:m=0", "--k", "5"} << 1 << "m must be 2 to 1024";
        QTest::newRow("ivf 100000 threads (SIGSEGV)") << QStringList{"search", "--system", "faiss-ivf", "--threads", "100000"} << 1 << "threads = 100000";
        QTest::newRow("queries range wraps (max_size)") << QStringList{"knn", "--queries", "1:18446744073709551615"} << 2 << "--queries";
        QTest::newRow("10^12 clusters (bad_alloc)") << QStringList{"train", "--clusters", "1000000000000", "--out", out} << 1 << "clusters = 1000000000000";
        QTest::newRow("10^12 threads (LibTorch trace)") << QStringList{"train", "--threads", "1000000000000", "--out", out} << 1 << "threads";
        QTest::newRow("100000 threads (stuck)") << QStringList{"train", "--threads", "100000", "--out", out} << 1 << "threads = 100000";
        QTest::newRow("10^9 k-means restarts (no end)") << QStringList{"kmeans", "--n-init", "1000000000"} << 1 << "at most 1000";
        QTest::newRow("10^12 train restarts (no end)") << QStringList{"train", "--n-init", "1000000000000", "--out", out} << 1 << "n-init";
        QTest::newRow("10^12 router epochs (no end)") << QStringList{"partition", "--method", "neural:epochs=1000000000000"} << 1 << "epochs must be 1 to 100000";
        QTest::newRow("10^11 iterations") << QStringList{"kmeans", "--max-iter", "100000000000"} << 1 << "max_iter";
        QTest::newRow("hnsw ef=0 (wrong answers)") << QStringList{"search", "--system", "faiss-hnsw:ef=0"} << 1 << "ef must be 1 to";
        QTest::newRow("hnsw ef=2^32 (wrong answers)") << QStringList{"search", "--system", "faiss-hnsw:ef=4294967296"} << 1 << "ef must be 1 to";
        QTest::newRow("kernel 65 (unloadable model)") << QStringList{"train", "--kernel-size", "65", "--out", out} << 1 << "kernel size = 65";
        QTest::newRow("k = 2^64 - 1 (k + 1 wrapped)") << QStringList{"search", "--k", "18446744073709551615"} << 1 << "k = 18446744073709551615 exceeds";
        QTest::newRow("partition threads") << QStringList{"partition", "--threads", "1000"} << 1 << "threads = 1000";
        QTest::newRow("33 shards of a 32-row batch") << QStringList{"train", "--shards", "33", "--out", out} << 1 << "shards of a batch (at most its size) = 33";
        QTest::newRow("0 shards") << QStringList{"train", "--shards", "0", "--out", out} << 1 << "shards of a batch (at most its size) must be at least 1";
    }
    void absurdNumbersAreRefusedBeforeAnyWork()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        QElapsedTimer clock;
        clock.start();
        verifyOneLineError(runCli(arguments), exitCode, mentions);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed()) + " ms")); // a hang guard, not a benchmark
        QVERIFY(!QDir(QDir::temp().filePath("nnscope-never-written")).exists());
    }
    void dryRunChecksEverythingAndRunsNothing()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("model");
        const Run run = runCli({"train", "--clusters", "20", "--shards", "2", "--out", out, "--dry-run", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject plan = test::jsonObjectOf(run);
        QVERIFY(plan["dry_run"].toBool());
        QCOMPARE(plan["plan"].toObject()["settings"].toObject()["clusters"].toInt(), 20);
        for (const char* layer : {"layer1", "layer2"})
            QCOMPARE(plan["plan"].toObject()["settings"].toObject()[layer].toObject()["shards"].toInt(), 2);
        QVERIFY(!QDir(out).exists());
        // The checks are the real run's: a bad setting fails the dry run the same way.
        verifyOneLineError(runCli({"train", "--kernel-size", "65", "--out", out, "--dry-run"}), 1, "kernel size = 65");
        verifyOneLineError(runCli({"search", "--system", "faiss-hnsw:m=1", "--dry-run"}), 1, "m must be 2 to 1024");
        // reproduce's dry run says which settings would run and what each would cost.
        const QJsonObject grid = test::jsonObjectOf(runCli({"reproduce", "--grid", "1000x10", "--out", out, "--dry-run", "--json"}));
        QCOMPARE(grid["plan"].toObject()["grid"].toArray().size(), 1);
        QVERIFY(grid["plan"].toObject()["grid"].toArray()[0].toObject()["estimated_bytes"].toDouble() > 0);
        QVERIFY(!QDir(out).exists());
    }
    void textOutputEscapesWhatTheDataHolds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("escapes.txt");
        test::writeFile(path, "the\x1b[31m 0.1 0.2 0.3\nbell\x07 0.5 0.5 0.1\nx 0.2 0.2 0.2\n");
        const Run run = runCli({"knn", "--data", path, "--k", "2"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.contains('\x1b') && !run.out.contains('\x07'));
        QVERIFY(run.out.contains("the\\x1B[31m") && run.out.contains("bell\\x07"));
    }
};

QTEST_GUILESS_MAIN(CliCommandsTest)
#include "tst_cli_commands.moc"
