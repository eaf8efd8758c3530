// Saved models that cannot hurt: every corrupted or hostile model folder is one clear Error — never a
// crash, a hang, or a large read — and replacing a model survives a crash at any point.
#include "core/Error.h"
#include "core/Files.h"
#include "core/Printable.h"
#include "learned/Hierarchy.h"
#include "learned/Serialization.h"
#include "core/Sha256.h"
#include "core/Random.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

using namespace nnscope;

namespace {

std::shared_ptr<const Dataset> blobs()
{
    return std::make_shared<const Dataset>(240, 6, test::blobMatrix(3, 80, 6, 2.0, 5), std::vector<std::string>{}, "blobs");
}

HierarchySettings tinySettings()
{
    HierarchyOverrides o;
    o.clusters = 3;
    o.nInit = 1;
    o.maxEpochs = 1;
    o.model = ModelSettings{1, 4, 4, 8, 2};
    return hierarchySettings("fast", Protocol::Corrected, o);
}

// One saved model, copied fresh for every case.
class SavedModel {
public:
    SavedModel() : data_(blobs())
    {
        Hierarchy::train(data_, tinySettings()).save(pristine());
    }
    std::string pristine() const { return dir_.filePath("pristine").toStdString(); }
    std::string fresh(const std::string& name) const
    {
        const std::string path = dir_.filePath(QString::fromStdString(name)).toStdString();
        QDir(QString::fromStdString(path)).removeRecursively();
        QDir().mkpath(QString::fromStdString(path));
        for (const QString& file : QDir(QString::fromStdString(pristine())).entryList(QDir::Files))
            QFile::copy(QString::fromStdString(pristine()) + "/" + file, QString::fromStdString(path) + "/" + file);
        return path;
    }
    std::shared_ptr<const Dataset> data() const { return data_; }

private:
    QTemporaryDir dir_;
    std::shared_ptr<const Dataset> data_;
};

const SavedModel& model()
{
    static const SavedModel saved;
    return saved;
}

std::string loadError(const std::string& folder)
{
    try {
        Hierarchy::load(folder, model().data());
    } catch (const Error& error) {
        return error.what();
    }
    return "<loaded>";
}

Json manifestOf(const std::string& folder)
{
    return Json::parse(readWholeFile(folder + "/manifest.json"));
}

void writeManifest(const std::string& folder, const Json& manifest)
{
    writeFileAtomically(folder + "/manifest.json", manifest.dump());
}

#define QVERIFY_MESSAGE(message, part)                                                                                 \
    QVERIFY2((message).find(part) != std::string::npos, qPrintable(QString::fromStdString("'" + (message) + "' lacks '" + (part) + "'")))

} // namespace

class ModelSafetyTest : public QObject {
    Q_OBJECT
private slots:
    void aPristineModelLoads()
    {
        QCOMPARE(loadError(model().fresh("ok")), std::string("<loaded>"));
        // The weights are data: a tensor table in the manifest, raw floats on disk.
        const Json entry = manifestOf(model().pristine())["models"][0];
        QVERIFY(entry["tensors"].is_array() && !entry["tensors"].empty());
        QCOMPARE(entry["file"].get<std::string>(), std::string("layer1.bin"));
    }
    void flippedBytesNeverCrash()
    {
        // Any byte of a weights file changed, with the checksum updated to match (anyone can edit a
        // manifest): the model loads (different weights) or the load is refused — never a signal.
        const std::string folder = model().fresh("flips");
        const std::string weights = folder + "/layer1.bin";
        const std::string original = readWholeFile(weights);
        Random random(3);
        for (int trial = 0; trial < 60; ++trial) {
            std::string bytes = original;
            bytes[random.below(bytes.size())] ^= static_cast<char>(1 + random.below(255));
            writeFileAtomically(weights, bytes);
            Json manifest = manifestOf(model().pristine());
            manifest["models"][0]["sha256"] = Sha256::hex(bytes);
            writeManifest(folder, manifest);
            const std::string message = loadError(folder);
            QVERIFY2(message == "<loaded>" || message.find("not finite or beyond") != std::string::npos, message.c_str());
        }
    }
    void truncatedOrTamperedTablesAreRefused()
    {
        std::string folder = model().fresh("truncated");
        QVERIFY(::truncate((folder + "/layer2-00000.bin").c_str(), 10) == 0);
        QVERIFY_MESSAGE(loadError(folder), "layer2-00000.bin' holds 10 bytes");

        folder = model().fresh("shape");
        Json manifest = manifestOf(folder);
        manifest["models"][0]["tensors"][0]["shape"] = {4, 1, 2};
        writeManifest(folder, manifest);
        QVERIFY_MESSAGE(loadError(folder), "does not match the model the settings describe");

        folder = model().fresh("sha");
        manifest = manifestOf(folder);
        manifest["models"][1]["sha256"] = std::string(64, '0');
        writeManifest(folder, manifest);
        QVERIFY_MESSAGE(loadError(folder), "truncated or corrupt");
    }
    void namesOutsideTheFolderAreRefused()
    {
        for (const char* name : {"../pristine/layer1.bin", "/etc/passwd", "..", ""}) {
            const std::string folder = model().fresh("names");
            Json manifest = manifestOf(folder);
            manifest["models"][0]["file"] = name;
            writeManifest(folder, manifest);
            QVERIFY_MESSAGE(loadError(folder), "plain name inside the folder");
        }
    }
    void linksFifosAndHugeFilesAreRefusedWithoutReading()
    {
        std::string folder = model().fresh("zero-weights");
        QFile::remove(QString::fromStdString(folder + "/layer1.bin"));
        QVERIFY(::symlink("/dev/zero", (folder + "/layer1.bin").c_str()) == 0);
        QVERIFY_MESSAGE(loadError(folder), "symbolic link");

        folder = model().fresh("zero-manifest");
        QFile::remove(QString::fromStdString(folder + "/manifest.json"));
        QVERIFY(::symlink("/dev/zero", (folder + "/manifest.json").c_str()) == 0);
        QVERIFY_MESSAGE(loadError(folder), "symbolic link");

        folder = model().fresh("fifo");
        QFile::remove(QString::fromStdString(folder + "/layer1.bin"));
        QVERIFY(::mkfifo((folder + "/layer1.bin").c_str(), 0600) == 0);
        QVERIFY_MESSAGE(loadError(folder), "not a regular file"); // and no hang waiting for a writer

        folder = model().fresh("huge-manifest");
        QVERIFY(::truncate((folder + "/manifest.json").c_str(), std::int64_t(65) << 20) == 0); // sparse: nothing is written
        QVERIFY_MESSAGE(loadError(folder), "more than the");
    }
    void manifestNumbersAreRangeChecked()
    {
        const auto withField = [](const std::function<void(Json&)>& edit) {
            const std::string folder = model().fresh("numbers");
            Json manifest = manifestOf(folder);
            edit(manifest);
            writeManifest(folder, manifest);
            return loadError(folder);
        };
        QVERIFY_MESSAGE(withField([](Json& m) { m["dataset"]["rows"] = -5; }), "'rows'");
        QVERIFY_MESSAGE(withField([](Json& m) { m["dataset"]["rows"] = 1e30; }), "'rows'");
        QVERIFY_MESSAGE(withField([](Json& m) { m["dataset"]["rows"] = 241; }), "dataset.rows");
        QVERIFY_MESSAGE(withField([](Json& m) { m["version"] = 4294967297ull; }), "not supported");
        QVERIFY_MESSAGE(withField([](Json& m) { m["version"] = 1; }), "TorchScript");
        QVERIFY_MESSAGE(withField([](Json& m) { m["version"] = 2.0000001; }), "not supported");
        QVERIFY_MESSAGE(withField([](Json& m) { m["settings"]["model"]["filters"] = {1000000000, 4, 8}; }), "filters of convolution 1 = 1000000000");
        QVERIFY_MESSAGE(withField([](Json& m) { m["settings"]["clusters"] = 0; }), "settings are out of range: clusters must be at least 1");
        // Arrays are as strict as single numbers: no wrapped 2^32, no fraction or 1e30 among ids.
        QVERIFY_MESSAGE(withField([](Json& m) { m["clustering"]["assignment"][0] = 4294967296ull + 1; }), "'assignment'");
        QVERIFY_MESSAGE(withField([](Json& m) { m["plan"]["train_rows"][0] = 2.5; }), "'train_rows'");
        QVERIFY_MESSAGE(withField([](Json& m) { m["plan"]["test_rows"][0] = 1e30; }), "'test_rows'");
        QVERIFY_MESSAGE(withField([](Json& m) { m["models"][1]["history"][0] = {1.5, 0.1, 0.2}; }), "'history'");
        QVERIFY_MESSAGE(withField([](Json& m) { m["clustering"]["centroids"][0] = 1e39; }), "'centroids'");
        // Values checked against the model's own shapes: a target past its cluster (the studio crashed
        // on it), a centroid no k-means of this data gives, rows and clusters the accuracy report names.
        QVERIFY_MESSAGE(withField([](Json& m) { m["plan"]["targets"][5][0] = 999; }), "target 999 in cluster");
        QVERIFY_MESSAGE(withField([](Json& m) { m["clustering"]["centroids"][0] = 1e30; }), "outside the data's range");
        QVERIFY_MESSAGE(withField([](Json& m) { m["clustering"]["clusters"] = 1ull << 62; }), "centroids do not match");
        QVERIFY_MESSAGE(withField([](Json& m) { m["accuracy"]["query_rows"][0] = 99999; }), "names row 99999");
        QVERIFY_MESSAGE(withField([](Json& m) { m["accuracy"]["outcomes_row_cluster_routed_answer_nearest_hit_gap"][0][2] = 7; }),
                        "names cluster 7");
        QVERIFY_MESSAGE(withField([](Json& m) { m["settings"]["layer1"]["batch_size"] = -1; }), "'batch_size'");
        QVERIFY_MESSAGE(withField([](Json& m) { m["models"][0]["classes"] = 100000; }), "classes");
        QVERIFY_MESSAGE(withField([](Json& m) { m["format"] = "something"; }), "not an nnscope hierarchy");
        for (const Json& notAnObject : {Json::array({1, 2}), Json(3), Json("nnscope-hierarchy")})
            QVERIFY_MESSAGE(withField([&](Json& m) { m = notAnObject; }), "not an nnscope hierarchy");
    }
    void hugeFiniteWeightsAreRefused()
    {
        // A weight of 1e30 with the checksum updated: a forward pass would overflow to NaN and rank the
        // first members as "neighbours" with p = nan. Refused at load, as the audit asked.
        const std::string folder = model().fresh("huge");
        std::string bytes = readWholeFile(folder + "/layer1.bin");
        const float huge = 1e30f;
        std::memcpy(bytes.data(), &huge, sizeof huge);
        writeFileAtomically(folder + "/layer1.bin", bytes);
        Json manifest = manifestOf(folder);
        manifest["models"][0]["sha256"] = Sha256::hex(bytes);
        writeManifest(folder, manifest);
        QVERIFY_MESSAGE(loadError(folder), "not finite or beyond");
    }
    void aManifestLargerThanTheDataCanNeedIsNotParsed()
    {
        // 8 MB of valid JSON beside 240 rows: refused by size, before any parsing (a 60 MB one took
        // 2.2 GB to parse before).
        const std::string folder = model().fresh("padded");
        Json manifest = manifestOf(folder);
        manifest["padding"] = std::vector<int>(4 << 20, 1);
        writeManifest(folder, manifest);
        QVERIFY_MESSAGE(loadError(folder), "more than the");
        QVERIFY(manifestLimit(240, 6) < (std::uint64_t(8) << 20));
        QCOMPARE(manifestLimit(10000000, 1000), kManifestLimit);
    }
    void messagesEscapeWhatTheInputHolds()
    {
        QCOMPARE(printable("word\x1b[31m\xff ok"), std::string("word\\x1B[31m\\xFF ok"));
        QCOMPARE(printable("café ✓"), std::string("café ✓"));
        QCOMPARE(printable("\xc0\x80"), std::string("\\xC0\\x80")); // an overlong encoding is not valid UTF-8
    }
};

QTEST_APPLESS_MAIN(ModelSafetyTest)
#include "tst_model_safety.moc"
