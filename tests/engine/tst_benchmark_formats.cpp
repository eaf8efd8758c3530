// The formats ANN users bring — IDX images (gzip or not) with labels, .ivecs ground truth,
// ann-benchmarks HDF5 — good and bad; the built-in siftsmall checked against its shipped ground truth
// (an external oracle); external queries, --pca and what they do to the truth.
#include "core/Error.h"
#include "workload/Workload.h"
#include "data/Formats.h"
#include "data/GroundTruth.h"
#include "data/Hdf5Format.h"
#include "search/ExactSearch.h"
#include "search/GroundTruthCheck.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <zlib.h>

using namespace nnscope;
using nnscope::test::errorOf;

namespace {

#define QVERIFY_ERROR_CONTAINS(call, part)                                                                             \
    do {                                                                                                               \
        const std::string message = errorOf([&] { call; });                                                          \
        QVERIFY2(message.find(part) != std::string::npos, qPrintable(QString::fromStdString("'" + message + "' lacks '" + part + "'"))); \
    } while (false)

std::string bigEndian(std::uint32_t value)
{
    return {static_cast<char>(value >> 24), static_cast<char>(value >> 16), static_cast<char>(value >> 8), static_cast<char>(value)};
}

// An IDX images file: n images of rows × cols bytes, pixel (i, j) of image m = m + i + j.
std::string idxImages(std::uint32_t n, std::uint32_t rows, std::uint32_t cols)
{
    std::string bytes = std::string("\0\0\x08\x03", 4) + bigEndian(n) + bigEndian(rows) + bigEndian(cols);
    for (std::uint32_t m = 0; m < n; ++m)
        for (std::uint32_t i = 0; i < rows * cols; ++i)
            bytes += static_cast<char>(m + i);
    return bytes;
}

std::string idxLabels(const std::vector<std::uint8_t>& labels)
{
    std::string bytes = std::string("\0\0\x08\x01", 4) + bigEndian(static_cast<std::uint32_t>(labels.size()));
    for (std::uint8_t label : labels)
        bytes += static_cast<char>(label);
    return bytes;
}

std::string gzipped(const std::string& bytes)
{
    z_stream stream{};
    deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    std::string out(deflateBound(&stream, bytes.size()) + 32, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    stream.avail_in = static_cast<uInt>(bytes.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    return out;
}

std::string ivecs(const std::vector<std::vector<std::int32_t>>& lists)
{
    std::string bytes;
    for (const auto& list : lists) {
        const auto count = static_cast<std::int32_t>(list.size());
        bytes.append(reinterpret_cast<const char*>(&count), 4);
        for (std::int32_t id : list)
            bytes.append(reinterpret_cast<const char*>(&id), 4);
    }
    return bytes;
}

std::string fixture(const char* name)
{
    return std::string(NNSCOPE_TEST_DATA) + "/" + name;
}

} // namespace

class BenchmarkFormatsTest : public QObject {
    Q_OBJECT
private slots:
    void idxImagesBecomeVectorsWithLabels()
    {
        const Dataset d = parseIdx(idxImages(3, 2, 2), "imgs", idxLabels({7, 0, 9}), "labels");
        QCOMPARE(d.rows(), std::size_t(3));
        QCOMPARE(d.dim(), std::size_t(4));
        QCOMPARE(d.row(2)[3], 5.0f); // image 2, pixel 3
        QCOMPARE(d.labelOf(0), std::string("7#0"));
        QCOMPARE(d.labelOf(2), std::string("9#2"));
        // The same bytes gzip-compressed read the same; the format is recognised by name.
        const Dataset z = parseIdx(gzipped(idxImages(3, 2, 2)), "imgs.gz", gzipped(idxLabels({7, 0, 9})), "labels.gz");
        QCOMPARE(z.fingerprint(), d.fingerprint());
        QCOMPARE(formatFromExtension("/x/train-images-idx3-ubyte.gz"), std::optional<DataFormat>(DataFormat::Idx));
        QCOMPARE(formatFromExtension("t10k-images-idx3-ubyte"), std::optional<DataFormat>(DataFormat::Idx));
        QCOMPARE(formatFromExtension("a.hdf5"), std::optional<DataFormat>(DataFormat::Hdf5));
    }
    void badIdxIsAClearError()
    {
        const std::string good = idxImages(3, 2, 2);
        QVERIFY_ERROR_CONTAINS(parseIdx(good.substr(0, good.size() - 1), "imgs"), "truncated");
        QVERIFY_ERROR_CONTAINS(parseIdx(std::string("\x01\0\x08\x03", 4) + good.substr(4), "imgs"), "not an IDX file");
        QVERIFY_ERROR_CONTAINS(parseIdx(std::string("\0\0\x0D\x03", 4) + good.substr(4), "imgs"), "type 0x0d is not supported");
        QVERIFY_ERROR_CONTAINS(parseIdx(idxLabels({1, 2}), "imgs"), "1 dimensions, expected 3"); // a labels file given as images
        QVERIFY_ERROR_CONTAINS(parseIdx(good, "imgs", idxLabels({1, 2}), "labels"), "2 labels for the 3 images");
        QVERIFY_ERROR_CONTAINS(parseIdx(gzipped(good).substr(0, 20), "imgs.gz"), "not a valid gzip file");
        QVERIFY_ERROR_CONTAINS(parseIdx("", "imgs"), "truncated IDX file");
    }
    void gzipBombsStopAtWhatTheHeaderDeclares()
    {
        // 3 images declared, 64 MiB of zeros after them: inflated only past the declared 28 bytes.
        const std::string bomb = gzipped(idxImages(3, 2, 2) + std::string(std::size_t(64) << 20, '\0'));
        QVERIFY(bomb.size() < (std::size_t(1) << 20));
        QVERIFY_ERROR_CONTAINS(parseIdx(bomb, "bomb.gz"), "decompresses to more than 28 bytes");
        // 2^30 pixels declared in a few kB: refused before anything is inflated.
        const std::string zeros = gzipped(std::string("\0\0\x08\x03", 4) + bigEndian(1 << 14) + bigEndian(256) + bigEndian(256)
                                          + std::string(std::size_t(1) << 20, '\0'));
        QVERIFY_ERROR_CONTAINS(parseIdx(zeros, "zeros.gz"), "more than 64 times compressed");
    }
    void ivecsGroundTruthAndItsChecks()
    {
        const GroundTruth truth = parseIvecs(ivecs({{3, 1, 2}, {0, 2, 1}}), "gt.ivecs");
        QCOMPARE(truth.queries, std::size_t(2));
        QCOMPARE(truth.k, std::size_t(3));
        QCOMPARE(truth.id(1, 0), std::int64_t(0));
        truth.check(4, 2, 3);
        QVERIFY_ERROR_CONTAINS(truth.check(3, 2, 3), "outside the base's 3 rows");
        QVERIFY_ERROR_CONTAINS(truth.check(4, 2, 5), "fewer than k = 5");
        QVERIFY_ERROR_CONTAINS(truth.check(4, 3, 1), "for 2 queries, but there are 3");
        const std::string good = ivecs({{3, 1, 2}, {0, 2, 1}});
        QVERIFY_ERROR_CONTAINS(parseIvecs(good.substr(0, good.size() - 2), "gt.ivecs"), "truncated");
        QVERIFY_ERROR_CONTAINS(parseIvecs(ivecs({{3, 1, 2}, {0, 2}}), "gt.ivecs"), "expected 3");
        QVERIFY_ERROR_CONTAINS(parseIvecs(ivecs({{}}), "gt.ivecs"), "invalid neighbour count");
        QVERIFY_ERROR_CONTAINS(parseIvecs("", "gt.ivecs"), "empty");
    }
    void annBenchmarksHdf5WrittenByH5pyLoads()
    {
        const AnnBenchmarksFile file = readAnnBenchmarksHdf5(fixture("ann-tiny-euclidean.hdf5"));
        QCOMPARE(file.train.rows(), std::size_t(50));
        QCOMPARE(file.train.dim(), std::size_t(4));
        QVERIFY(file.test);
        QCOMPARE(file.test->rows(), std::size_t(5));
        QVERIFY(file.neighbors);
        QCOMPARE(file.neighbors->k, std::size_t(10));
        QCOMPARE(file.distance, std::string("euclidean"));
        // nnscope's exact search agrees with the neighbours h5py's numpy computed.
        const Neighbors exact = ExactSearch(file.train.view(), Metric::L2).search(file.test->view(), 10);
        QCOMPARE(compareWithGroundTruth(file.train.view(), file.test->view(), *file.neighbors, exact, Metric::L2).fraction(), 1.0);
        // Through the workload: base, queries and truth together.
        const Workload workload = openWorkload({{fixture("ann-tiny-euclidean.hdf5"), std::nullopt, 0, 0}, {}, {}});
        QCOMPARE(workload.base->rows(), std::size_t(50));
        QVERIFY(workload.queries && workload.truth);
    }
    void badHdf5IsAClearError()
    {
        QVERIFY_ERROR_CONTAINS(readAnnBenchmarksHdf5(fixture("ann-no-train.hdf5")), "no 'train' dataset");
        QVERIFY_ERROR_CONTAINS(readAnnBenchmarksHdf5(fixture("ann-bad-neighbors.hdf5")), "outside the base's 50 rows");
        QVERIFY_ERROR_CONTAINS(readAnnBenchmarksHdf5(fixture("make_hdf5_fixtures.py")), "not an HDF5 file");
        QVERIFY_ERROR_CONTAINS(readAnnBenchmarksHdf5("/nonexistent/file.hdf5"), "file.hdf5");
    }
    void hdf5NeverLeavesItsFileNorTrustsItsShapes()
    {
        // An external link whose target is a FIFO: opened by HDF5 itself, it would wait forever.
        QTemporaryDir folder;
        QVERIFY(QFile::copy(QString::fromStdString(fixture("hostile-external-link.hdf5")), folder.filePath("linked.hdf5")));
        QCOMPARE(::mkfifo(folder.filePath("fifo.hdf5").toLocal8Bit().constData(), 0600), 0);
        QVERIFY_ERROR_CONTAINS(readAnnBenchmarksHdf5(folder.filePath("linked.hdf5").toStdString()), "link to another file");
        QVERIFY_ERROR_CONTAINS(readAnnBenchmarksHdf5(fixture("hostile-soft-link.hdf5")), "is a link");
        // Values kept outside the file (external raw storage naming /dev/zero; a virtual dataset).
        QVERIFY_ERROR_CONTAINS(readAnnBenchmarksHdf5(fixture("hostile-external-storage.hdf5")), "external storage");
        QVERIFY_ERROR_CONTAINS(readAnnBenchmarksHdf5(fixture("hostile-virtual.hdf5")), "virtual dataset");
        // Shapes that claim what the file does not hold: nothing is allocated for them.
        QVERIFY_ERROR_CONTAINS(readAnnBenchmarksHdf5(fixture("hostile-huge-train.hdf5")), "claims 4000000000000 values but stores 0 bytes");
        QVERIFY_ERROR_CONTAINS(readAnnBenchmarksHdf5(fixture("hostile-huge-neighbors.hdf5")), "dataset 'neighbors' claims");
        QVERIFY_ERROR_CONTAINS(readAnnBenchmarksHdf5(fixture("hostile-gzip-bomb.hdf5")), "compressed more than 64 times");
    }
    void siftsmallAgreesWithItsShippedGroundTruth()
    {
        // The external oracle: texmex's 100 exact L2 neighbours of the 100 queries, tie-aware.
        const Workload sift = openWorkload({{"siftsmall", std::nullopt, 0, 0}, {}, {}});
        QCOMPARE(sift.base->rows(), std::size_t(10000));
        QCOMPARE(sift.base->dim(), std::size_t(128));
        QCOMPARE(sift.queries->rows(), std::size_t(100));
        QVERIFY(sift.truth);
        QCOMPARE(sift.truth->k, std::size_t(100));
        const Neighbors exact = ExactSearch(sift.base->view(), Metric::L2).search(sift.queries->view(), 100);
        const GroundTruthAgreement agreement = compareWithGroundTruth(sift.base->view(), sift.queries->view(), *sift.truth, exact, Metric::L2);
        QCOMPARE(agreement.agreeing, std::size_t(100));
        // Ties are real there: ids differ from the file at some positions while distances agree.
        std::size_t differentIds = 0;
        for (std::size_t q = 0; q < 100; ++q)
            for (std::size_t r = 0; r < 100; ++r)
                differentIds += exact.id(q, r) != sift.truth->id(q, r);
        QVERIFY(differentIds > 0);
        // A wrong "truth" (every query's list shifted by one query) is caught.
        GroundTruth shifted = *sift.truth;
        std::rotate(shifted.ids.begin(), shifted.ids.begin() + 100, shifted.ids.end());
        QCOMPARE(compareWithGroundTruth(sift.base->view(), sift.queries->view(), shifted, exact, Metric::L2).agreeing, std::size_t(0));
    }
    void externalQueriesMustMatchTheBase()
    {
        QTemporaryDir dir;
        const QString queries = dir.filePath("q.fvecs");
        std::string bytes;
        const std::int32_t dim = 5;
        bytes.append(reinterpret_cast<const char*>(&dim), 4);
        for (int i = 0; i < 5; ++i) {
            const float v = 1.0f;
            bytes.append(reinterpret_cast<const char*>(&v), 4);
        }
        test::writeFile(queries, bytes);
        WorkloadSpec wrongDimension;
        wrongDimension.dataset.data = "siftsmall";
        wrongDimension.queries = queries.toStdString();
        QVERIFY_ERROR_CONTAINS(openWorkload(wrongDimension), "dimension 5");
        const QString truth = dir.filePath("gt.ivecs");
        test::writeFile(truth, ivecs({{1, 2}}));
        WorkloadSpec truthWithoutQueries;
        truthWithoutQueries.dataset.data = "glove-50d";
        truthWithoutQueries.groundTruth = truth.toStdString();
        QVERIFY_ERROR_CONTAINS(openWorkload(truthWithoutQueries), "needs queries");
    }
    void pcaAndWordsDropTheShippedTruthAndSaySo()
    {
        const Workload projected = openWorkload({{"siftsmall", std::nullopt, 0, 16}, {}, {}});
        QCOMPARE(projected.base->dim(), std::size_t(16));
        QCOMPARE(projected.queries->dim(), std::size_t(16));
        QVERIFY(!projected.truth);
        QCOMPARE(projected.notes.size(), std::size_t(1));
        QCOMPARE(projected.base->origin()->pca, std::size_t(16));
        const Workload first = openWorkload({{"siftsmall", std::nullopt, 5000, 0}, {}, {}});
        QCOMPARE(first.base->rows(), std::size_t(5000));
        QVERIFY(!first.truth);
        // Cutting a workload read with every row (the studio reads once, then trains on the first N) gives
        // what opening the first N gives: the same rows, origin, queries and the truth dropped with its note.
        const Workload all = openWorkload({{"siftsmall", std::nullopt, 0, 0}, {}, {}});
        const Workload cut = firstRows(all, 5000);
        QCOMPARE(cut.base->fingerprint(), first.base->fingerprint());
        QCOMPARE(cut.base->origin()->words, std::size_t(5000));
        QCOMPARE(cut.queries, all.queries);
        QVERIFY(!cut.truth);
        QCOMPARE(cut.notes, first.notes);
        QVERIFY(firstRows(all, 0).truth && firstRows(all, 10000).truth); // every row: the truth still applies
        QVERIFY_ERROR_CONTAINS(firstRows(all, 10001), "cannot keep the first 10001");
        QVERIFY_ERROR_CONTAINS(openDataset({"glove-50d", std::nullopt, 0, 51}), "more components");
    }
    void fashionMnistComesFromTheDebianPackage()
    {
        if (!QFile::exists("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz"))
            QSKIP("dataset-fashion-mnist is not installed (scripts/lib/packages.txt installs it)");
        const Workload fashion = openWorkload({{"fashion-mnist", std::nullopt, 0, 0}, {}, {}});
        QCOMPARE(fashion.base->rows(), std::size_t(60000));
        QCOMPARE(fashion.base->dim(), std::size_t(784));
        QVERIFY(fashion.base->hasLabels());
        QCOMPARE(fashion.queries->rows(), std::size_t(10000));
    }
};

QTEST_APPLESS_MAIN(BenchmarkFormatsTest)
#include "tst_benchmark_formats.moc"
