// The learned hierarchy through its public API: shapes, learning, repeatability, search, persistence,
// cancellation and the memory budget.
#include "core/Error.h"
#include "core/Files.h"
#include "learned/Hierarchy.h"
#include "learned/Imbalance.h"
#include "learned/Serialization.h"
#include "search/ExactSearch.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace nnscope;
using nnscope::test::errorOf;

namespace {

constexpr std::size_t kGroups = 4, kPerGroup = 30, kDim = 8;

std::shared_ptr<const Dataset> blobs(std::uint64_t seed = 1)
{
    return std::make_shared<const Dataset>(kGroups * kPerGroup, kDim,
                                           test::blobMatrix(kGroups, kPerGroup, kDim, 0.5, seed),
                                           std::vector<std::string>{}, "blobs");
}

// A small model that trains in a second: few filters, few epochs.
HierarchySettings tinySettings(Protocol protocol = Protocol::Corrected)
{
    HierarchySettings settings = presetSettings("fast", protocol);
    settings.kmeans.clusters = kGroups;
    settings.kmeans.nInit = 2;
    settings.model.filters1 = 8;
    settings.model.filters2 = 8;
    settings.model.filters3 = 16;
    settings.layer1.maxEpochs = settings.layer2.maxEpochs = 40;
    settings.layer1.learningRate = settings.layer2.learningRate = 0.01;
    settings.testFraction = 0.2;
    settings.evaluationQueries = 0;
    return settings;
}

QStringList entriesOf(const QString& path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace

class HierarchyTest : public QObject {
    Q_OBJECT
private slots:
    void shapesAndParameterCountsMatchTheFormulas()
    {
        const Hierarchy hierarchy = Hierarchy::train(blobs(), tinySettings());
        QCOMPARE(hierarchy.parameterCount(), hierarchy.cost().parameters());
        QCOMPARE(hierarchy.layer2Records().size(), kGroups);
        QCOMPARE(hierarchy.layer1Record().inputLength, kDim);
        QCOMPARE(hierarchy.layer2Records()[0].inputLength, 2 * kDim);

        const Dataset& data = hierarchy.dataset();
        const auto clusters = hierarchy.predictClusters({data.row(0), 3, kDim}, 2);
        QCOMPARE(clusters.size(), std::size_t(3));
        for (const auto& guesses : clusters) {
            QCOMPARE(guesses.size(), std::size_t(2));
            QVERIFY(guesses[0].probability >= guesses[1].probability);
            QVERIFY(guesses[0].probability + guesses[1].probability <= 1.0f + 1e-5f);
        }
        const auto members = hierarchy.predictMembers(1, {data.row(0), 2, kDim}, 5, false);
        for (const auto& guesses : members) {
            QCOMPARE(guesses.size(), std::size_t(5));
            for (const MemberGuess& g : guesses)
                QCOMPARE(static_cast<std::size_t>(g.row), hierarchy.plan().members[1][g.position]);
        }
    }
    void aSeparableProblemIsLearnedCompletely()
    {
        const Hierarchy hierarchy = Hierarchy::train(blobs(), tinySettings());
        QCOMPARE(hierarchy.accuracy().layer1Accuracy, 1.0); // every held-out row routed to its own blob
        // The monitored accuracy is summed over an epoch's batches while the weights still move (as
        // Keras reports it), so one early miss in the best epoch may remain.
        QVERIFY(hierarchy.layer1Record().bestAccuracy >= 0.98);
        QVERIFY(hierarchy.accuracy().queryRows.size() == hierarchy.plan().testRows.size());
    }
    void earlyStoppingAndKeptEpochFollowTheMonitoredAccuracy()
    {
        HierarchySettings settings = tinySettings();
        settings.layer2.stopWhenPerfect = false;
        settings.layer2.patience = 3;
        const Hierarchy hierarchy = Hierarchy::train(blobs(), settings);
        for (const ModelRecord& record : hierarchy.layer2Records()) {
            QVERIFY(record.trained);
            double best = -1.0;
            std::size_t bestEpoch = 0;
            for (const EpochRecord& epoch : record.history)
                if (epoch.accuracy > best) {
                    best = epoch.accuracy;
                    bestEpoch = epoch.epoch;
                }
            QCOMPARE(record.bestAccuracy, best);
            QCOMPARE(record.bestEpoch, bestEpoch); // the first epoch reaching the best is kept
            const bool stoppedEarly = record.history.size() < settings.layer2.maxEpochs;
            if (stoppedEarly)
                QCOMPARE(record.history.size(), bestEpoch + settings.layer2.patience);
        }
    }
    void sameSeedGivesTheSameModel()
    {
        const Hierarchy first = Hierarchy::train(blobs(), tinySettings());
        const Hierarchy second = Hierarchy::train(blobs(), tinySettings());
        const Dataset& data = first.dataset();
        const MatrixView queries{data.row(0), data.rows(), kDim};
        const auto a = first.predictClusters(queries, 2), b = second.predictClusters(queries, 2);
        for (std::size_t q = 0; q < data.rows(); ++q)
            for (std::size_t r = 0; r < 2; ++r) {
                QCOMPARE(a[q][r].cluster, b[q][r].cluster);
                QCOMPARE(a[q][r].probability, b[q][r].probability);
            }
        QCOMPARE(first.layer1Record().history.size(), second.layer1Record().history.size());
    }
    void probingEverythingWithRerankingIsExactSearch()
    {
        const Hierarchy hierarchy = Hierarchy::train(blobs(), tinySettings());
        const Dataset& data = hierarchy.dataset();
        std::vector<std::size_t> rows = {0, 31, 77, 119};
        std::vector<std::int64_t> self;
        std::vector<float> queries;
        for (std::size_t row : rows) {
            self.push_back(static_cast<std::int64_t>(row));
            queries.insert(queries.end(), data.row(row), data.row(row) + kDim);
        }
        const MatrixView view{queries.data(), rows.size(), kDim};
        const Neighbors probed = hierarchy.search(view, 10, {kGroups, data.rows(), true}, Metric::L2, &self);
        const Neighbors exact = ExactSearch(data.view(), Metric::L2).searchRows(rows, 10);
        QCOMPARE(probed.ids, exact.ids);
        const Neighbors single = hierarchy.search(view, 10, {1, 10, true}, Metric::L2, &self);
        for (std::size_t i = 0; i < single.ids.size(); ++i)
            QVERIFY(single.ids[i] != -1);
    }
    void saveThenLoadGivesIdenticalPredictions()
    {
        const auto data = blobs();
        const Hierarchy trained = Hierarchy::train(data, tinySettings(Protocol::Paper));
        QTemporaryDir dir;
        const std::string path = dir.filePath("model").toStdString();
        trained.save(path);
        const Hierarchy loaded = Hierarchy::load(path, data);
        const MatrixView queries{data->row(0), data->rows(), kDim};
        const auto a = trained.predictClusters(queries, 3), b = loaded.predictClusters(queries, 3);
        for (std::size_t q = 0; q < data->rows(); ++q)
            for (std::size_t r = 0; r < 3; ++r)
                QCOMPARE(a[q][r].probability, b[q][r].probability);
        for (std::uint32_t c = 0; c < kGroups; ++c) {
            const auto x = trained.predictMembers(c, queries, 4, true), y = loaded.predictMembers(c, queries, 4, true);
            for (std::size_t q = 0; q < data->rows(); ++q)
                for (std::size_t r = 0; r < 4; ++r) {
                    QCOMPARE(x[q][r].row, y[q][r].row);
                    QCOMPARE(x[q][r].probability, y[q][r].probability);
                }
        }
        QCOMPARE(loaded.settings().protocol, Protocol::Paper);
        QCOMPARE(loaded.plan().testRows, trained.plan().testRows);
        QCOMPARE(loaded.plan().withinClusterTargets, trained.plan().withinClusterTargets);
        QCOMPARE(loaded.accuracy().layer2Accuracy, trained.accuracy().layer2Accuracy);
        QCOMPARE(loaded.layer1Record().history.size(), trained.layer1Record().history.size());
        QCOMPARE(entriesOf(dir.path()), QStringList{"model"}); // no temporaries left beside it
    }
    void heldOutAccuracyIsRecordedPerEpochAndSaved()
    {
        // Each epoch's accuracy on the test rows is recorded beside the training accuracy (a record only:
        // the kept epoch still follows the training accuracy), and survives save and load.
        const auto data = blobs();
        const Hierarchy trained = Hierarchy::train(data, tinySettings());
        const auto finiteInUnit = [](double v) { return std::isfinite(v) && v >= 0.0 && v <= 1.0; };
        QVERIFY(!trained.layer1Record().history.empty());
        for (const EpochRecord& e : trained.layer1Record().history)
            QVERIFY(finiteInUnit(e.heldOutAccuracy));
        std::size_t scoredModels = 0;
        for (const ModelRecord& record : trained.layer2Records())
            if (!record.history.empty() && std::isfinite(record.history.front().heldOutAccuracy)) {
                ++scoredModels;
                for (const EpochRecord& e : record.history)
                    QVERIFY(finiteInUnit(e.heldOutAccuracy));
            }
        QVERIFY(scoredModels > 0);
        const std::size_t best = trained.layer1Record().bestEpoch;
        double bestTraining = -1;
        for (const EpochRecord& e : trained.layer1Record().history)
            bestTraining = std::max(bestTraining, e.accuracy);
        QCOMPARE(trained.layer1Record().history[best - 1].accuracy, bestTraining); // still chosen on training accuracy
        QTemporaryDir dir;
        const std::string path = dir.filePath("model").toStdString();
        trained.save(path);
        const Hierarchy loaded = Hierarchy::load(path, data);
        for (std::size_t e = 0; e < trained.layer1Record().history.size(); ++e)
            QCOMPARE(loaded.layer1Record().history[e].heldOutAccuracy, trained.layer1Record().history[e].heldOutAccuracy);
        // A record whose held-out list does not match its epochs is refused.
        nlohmann::json manifest = nlohmann::json::parse(readWholeFile(path + "/manifest.json"));
        QVERIFY(manifest.dump().find("held_out_accuracy") != std::string::npos);
        std::function<bool(nlohmann::json&)> truncate = [&](nlohmann::json& j) {
            if (j.is_object() && j.contains("held_out_accuracy") && j["held_out_accuracy"].size() > 1) {
                j["held_out_accuracy"].erase(0);
                return true;
            }
            for (auto& child : j)
                if ((child.is_object() || child.is_array()) && truncate(child))
                    return true;
            return false;
        };
        QVERIFY(truncate(manifest));
        writeFileAtomically(path + "/manifest.json", manifest.dump());
        QVERIFY(errorOf([&] { Hierarchy::load(path, data); }).find("held_out_accuracy") != std::string::npos);
    }

    void theImbalanceTrendReachesAVerdictOnlyWhenItsIntervalDoes()
    {
        const std::vector<double> x = {1, 2, 3, 4, 5, 6, 7, 8}, weights(8, 4.0);
        std::vector<double> rising, falling, flat;
        for (std::size_t i = 0; i < x.size(); ++i) {
            rising.push_back(0.1 * x[i] + (i % 2 ? 0.02 : -0.02));
            falling.push_back(0.9 - 0.1 * x[i] + (i % 3 ? 0.01 : -0.01));
            flat.push_back(i % 2 ? 0.8 : 0.2);
        }
        const TrendVerdict up = judgeTrend(x, rising, weights, 7);
        QCOMPARE(up.kind, TrendVerdict::Kind::Rises);
        QVERIFY(up.slopeLow > 0.0 && up.slopeLow <= up.trend.slope && up.trend.slope <= up.slopeHigh);
        QCOMPARE(judgeTrend(x, falling, weights, 7).kind, TrendVerdict::Kind::Falls);
        const TrendVerdict none = judgeTrend(x, flat, weights, 7);
        QCOMPARE(none.kind, TrendVerdict::Kind::Unclear);
        QVERIFY(none.slopeLow < 0.0 && none.slopeHigh > 0.0);
        QCOMPARE(judgeTrend({1, 2}, {0.1, 0.9}, {5, 5}, 7).kind, TrendVerdict::Kind::TooFew);
        // Seeded: the same interval every time.
        QCOMPARE(judgeTrend(x, rising, weights, 7).slopeLow, up.slopeLow);
    }

    void aClusterThatAnswersOneRowIsSaidToCollapse()
    {
        AccuracyReport report;
        for (std::int64_t answer : {5, 5, 5, 7})
            report.outcomes.push_back({0, 1, 1, answer, 5, false, 0.0});
        for (std::int64_t answer : {1, 2, 3})
            report.outcomes.push_back({0, 2, 2, answer, 1, false, 0.0});
        const AnswerSpread one = answerSpread(report, 1);
        QCOMPARE(one.queries, std::size_t(4));
        QVERIFY(one.collapsed);
        QCOMPARE(one.counts.front(), (AnswerSpread::Count{5, 3, 4})); // answered 3 times; every query's nearest
        QCOMPARE(one.counts.back(), (AnswerSpread::Count{7, 1, 0}));
        const AnswerSpread two = answerSpread(report, 2);
        QVERIFY(!two.collapsed);
        QCOMPARE(two.counts.size(), std::size_t(3)); // answers 1, 2, 3; row 1 also every query's nearest
        QCOMPARE(two.counts.front(), (AnswerSpread::Count{1, 1, 3}));
        QCOMPARE(answerSpread(report, 9).queries, std::size_t(0));
    }

    void loadingAgainstAnotherDatasetFailsClearly()
    {
        const Hierarchy trained = Hierarchy::train(blobs(1), tinySettings());
        QTemporaryDir dir;
        const std::string path = dir.filePath("model").toStdString();
        trained.save(path);
        const std::string message = errorOf([&] { Hierarchy::load(path, blobs(2)); });
        QVERIFY2(message.find("trained on") != std::string::npos, message.c_str());
    }
    void theSavedDatasetIsReadBackOrReportedAbsent()
    {
        const auto data = blobs();
        const Hierarchy trained = Hierarchy::train(data, tinySettings());
        QTemporaryDir dir;
        const std::string path = dir.filePath("model").toStdString();
        trained.save(path);
        QVERIFY(!savedDatasetSpec(path)); // made in memory: nothing to reopen

        // A manifest without the origin entry (written before it was recorded) reads as "not recorded";
        // a malformed one is an error naming the manifest.
        const std::string manifestPath = path + "/manifest.json";
        Json manifest = Json::parse(readWholeFile(manifestPath));
        manifest["dataset"].erase("origin");
        writeFileAtomically(manifestPath, manifest.dump());
        QVERIFY(!savedDatasetSpec(path));
        manifest["dataset"]["origin"] = {{"data", "glove-100d"}, {"format", "no-such-format"}, {"words", 0}};
        writeFileAtomically(manifestPath, manifest.dump());
        const std::string message = errorOf([&] { savedDatasetSpec(path); });
        QVERIFY2(message.find("manifest.json") != std::string::npos, message.c_str());
    }
    void corruptOrTruncatedFilesFailClearly()
    {
        const auto data = blobs();
        const Hierarchy trained = Hierarchy::train(data, tinySettings());
        QTemporaryDir dir;
        const QString path = dir.filePath("model");
        trained.save(path.toStdString());

        QFile weights(path + "/layer2-00001.bin");
        QVERIFY(weights.open(QIODevice::ReadWrite));
        QVERIFY(weights.resize(weights.size() / 2));
        weights.close();
        std::string message = errorOf([&] { Hierarchy::load(path.toStdString(), data); });
        QVERIFY2(message.find("layer2-00001.bin' holds") != std::string::npos, message.c_str());

        writeFileAtomically((path + "/manifest.json").toStdString(), "{\"format\": \"nnscope-hier");
        message = errorOf([&] { Hierarchy::load(path.toStdString(), data); });
        QVERIFY2(message.find("corrupt") != std::string::npos, message.c_str());
        message = errorOf([&] { Hierarchy::load(dir.filePath("missing").toStdString(), data); });
        QVERIFY2(message.find("missing") != std::string::npos, message.c_str());
    }
    void savingNeverReplacesAForeignFolder()
    {
        const Hierarchy trained = Hierarchy::train(blobs(), tinySettings());
        QTemporaryDir dir;
        test::writeFile(dir.filePath("notes.txt"), "precious");
        const std::string message = errorOf([&] { trained.save(dir.path().toStdString()); });
        QVERIFY2(message.find("refusing") != std::string::npos, message.c_str());
        QVERIFY(QFile::exists(dir.filePath("notes.txt")));
        // An earlier model folder is replaced whole.
        const QString model = dir.filePath("model");
        trained.save(model.toStdString());
        test::writeFile(model + "/stale.bin", "old");
        trained.save(model.toStdString());
        QVERIFY(!QFile::exists(model + "/stale.bin"));
        QCOMPARE(entriesOf(dir.path()), (QStringList{"model", "notes.txt"}));
    }
    void cancellingStopsTrainingAndLeavesNothing()
    {
        CancelToken cancel;
        std::size_t epochsSeen = 0;
        const auto observer = [&](const TrainingProgress& progress) {
            if (progress.phase == TrainingProgress::Phase::Layer2 && progress.epoch > 0 && ++epochsSeen == 2)
                cancel.cancel();
        };
        QVERIFY_THROWS_EXCEPTION(Cancelled, Hierarchy::train(blobs(), tinySettings(), observer, &cancel));
        QCOMPARE(epochsSeen, std::size_t(2)); // stopped within the epoch it was asked to
    }
    void theMemoryBudgetIsCheckedBeforeClustering()
    {
        HierarchySettings settings = tinySettings();
        settings.memoryBudgetBytes = 1000;
        bool workStarted = false; // not even k-means: the budget depends on rows and dimension only
        const std::string message = errorOf([&] { Hierarchy::train(blobs(), settings, [&](const TrainingProgress&) { workStarted = true; }); });
        QVERIFY2(message.find("memory budget") != std::string::npos, message.c_str());
        QVERIFY(!workStarted);
    }
};

QTEST_APPLESS_MAIN(HierarchyTest)
#include "tst_hierarchy.moc"
