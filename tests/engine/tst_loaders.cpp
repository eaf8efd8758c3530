// Dataset loading: each format's good inputs, each kind of bad input, built-ins and fingerprints.
#include "core/Error.h"
#include "data/BuiltinDatasets.h"
#include "workload/Workload.h"
#include "data/Formats.h"
#include "data/TextParsing.h"
#include "core/Random.h"
#include "support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <charconv>
#include <cstring>

using namespace nnscope;
using nnscope::test::errorOf;

namespace {

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

#define QVERIFY_CONTAINS(text, part)                                                                                   \
    QVERIFY2(contains(text, part), qPrintable(QString::fromStdString("'" + std::string(text) + "' lacks '" + part + "'")))

std::string fvecs(const std::vector<std::pair<std::int32_t, std::vector<float>>>& vectors)
{
    std::string bytes;
    for (const auto& [dim, values] : vectors) {
        bytes.append(reinterpret_cast<const char*>(&dim), 4);
        for (float v : values)
            bytes.append(reinterpret_cast<const char*>(&v), 4);
    }
    return bytes;
}

} // namespace

class LoadersTest : public QObject {
    Q_OBJECT
private slots:
    void numbersParseExactlyAsFromChars()
    {
        // Every value is the float of the correctly rounded double, whatever path parses it: plain
        // decimals of every length and precision around the 15-digit fast path, signs, exponents, edges.
        Random random(11);
        std::vector<std::string> tokens = {"0", "-0", "5.", ".5", "-.5", "+1.25", "0.000000000000000000000000000000000000001",
                                           "123456789012345", "1234567890123456", "0.1234567890123456789", "3.4028234e38",
                                           "1e-50", "-2.5E3", "999999999999999.9", "0.30000000000000004"};
        for (int i = 0; i < 200000; ++i) {
            std::string token = random.below(2) ? "-" : "";
            const std::size_t whole = random.below(6), fraction = random.below(18);
            for (std::size_t d = 0; d < whole; ++d)
                token += static_cast<char>('0' + random.below(10));
            if (fraction > 0 || whole == 0)
                token += ".";
            for (std::size_t d = 0; d < fraction || token.back() == '.' || token == "-."; ++d)
                token += static_cast<char>('0' + random.below(10));
            tokens.push_back(token);
        }
        for (const std::string& token : tokens) {
            const std::string_view digits = token[0] == '+' ? std::string_view(token).substr(1) : std::string_view(token);
            double expected = 0.0;
            const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), expected);
            if (error != std::errc())
                expected = std::strtod(token.c_str(), nullptr); // tiny values: rounded to 0 by strtod
            QVERIFY2(end == digits.data() + digits.size(), token.c_str());
            const float parsed = text::requireFiniteFloat(token, "test", 1, 1), wanted = static_cast<float>(expected);
            QVERIFY2(std::memcmp(&parsed, &wanted, sizeof parsed) == 0, token.c_str()); // bit for bit, -0 included
        }
    }
    // --- GloVe text -------------------------------------------------------------------------------
    void gloveReadsWordsAndVectors()
    {
        const Dataset d = parseGlove("the 0.5 -1 2e-1\nking 1.25 0 -3\n", "g.txt");
        QCOMPARE(d.rows(), std::size_t(2));
        QCOMPARE(d.dim(), std::size_t(3));
        QCOMPARE(d.labels(), (std::vector<std::string>{"the", "king"}));
        QCOMPARE(d.row(0)[2], 0.2f);
        QCOMPARE(d.row(1)[0], 1.25f);
        QCOMPARE(d.row(1)[2], -3.0f);
    }
    void gloveAcceptsCrlfBomBlankLinesAndUtf8Words()
    {
        const Dataset d = parseGlove("\xEF\xBB\xBF" "caf\xC3\xA9 1 2\r\n\r\n\xE2\x80\x94 3 4\r\n", "g.txt");
        QCOMPARE(d.rows(), std::size_t(2));
        QCOMPARE(d.labels()[0], std::string("caf\xC3\xA9"));
        QCOMPARE(d.labels()[1], std::string("\xE2\x80\x94"));
        QCOMPARE(d.row(1)[1], 4.0f);
    }
    void gloveAcceptsAWord2vecHeaderLine()
    {
        const Dataset d = parseGlove("2 3\na 1 2 3\nb 4 5 6\n", "w2v.txt");
        QCOMPARE(d.rows(), std::size_t(2));
        QCOMPARE(d.dim(), std::size_t(3));
    }
    void gloveAcceptsWordsContainingSpaces()
    {
        const Dataset d = parseGlove("a 1 2\nat the 3 4\n", "g.txt");
        QCOMPARE(d.labels()[1], std::string("at the"));
        QCOMPARE(d.row(1)[0], 3.0f);
    }
    void gloveRejectsARaggedRowNamingTheLine()
    {
        const std::string shortRow = errorOf([] { parseGlove("a 1 2 3\nb 4 5 6\nc 7 8\n", "g.txt"); });
        QVERIFY_CONTAINS(shortRow, "g.txt:3");
        QVERIFY_CONTAINS(shortRow, "ragged");
        const std::string longRow = errorOf([] { parseGlove("a 1 2\nb 4 5 6\n", "g.txt"); });
        QVERIFY_CONTAINS(longRow, "g.txt:2");
        QVERIFY_CONTAINS(longRow, "ragged");
    }
    void gloveRejectsNonNumericValues()
    {
        const std::string message = errorOf([] { parseGlove("a 1 2\nb 4 x5\n", "g.txt"); });
        QVERIFY_CONTAINS(message, "g.txt:2");
        QVERIFY_CONTAINS(message, "not a number");
    }
    void gloveRejectsNanAndInfinity()
    {
        QVERIFY_CONTAINS(errorOf([] { parseGlove("a 1 nan\n", "g.txt"); }), "not finite");
        QVERIFY_CONTAINS(errorOf([] { parseGlove("a 1 2\nb -inf 2\n", "g.txt"); }), "g.txt:2");
        QVERIFY_CONTAINS(errorOf([] { parseGlove("a 1 1e39\n", "g.txt"); }), "range");
    }
    void gloveRejectsEmptyInput()
    {
        QVERIFY_CONTAINS(errorOf([] { parseGlove("", "g.txt"); }), "empty");
        QVERIFY_CONTAINS(errorOf([] { parseGlove("\n  \n", "g.txt"); }), "empty");
    }
    void textParsesAlikeOnOneOrTwoThreads_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("glove") << "glove";
        QTest::newRow("csv") << "csv";
    }
    void textParsesAlikeOnOneOrTwoThreads()
    {
        QFETCH(QString, format);
        const bool csv = format == "csv";
        const char separator = csv ? ',' : ' ';
        const auto parse = [&](const std::string& content, std::size_t threads) {
            return csv ? parseCsv(content, "memory", threads) : parseGlove(content, "memory", threads);
        };
        // About 20 MB: more than one 16 MB read block, each large enough to be split between threads; with
        // blank lines and CRLF endings (and, in CSV, quoted labels), so line numbers must survive the split.
        std::string text = csv ? "word" : "";
        for (int j = 0; csv && j < 50; ++j)
            text += ",v" + std::to_string(j);
        text += csv ? "\n" : "";
        Random random(7);
        std::size_t lines = csv ? 1 : 0;
        for (std::size_t row = 0; text.size() < (std::size_t(20) << 20); ++row) {
            text += (csv && row % 10 == 0 ? "\"w, " : "w") + std::to_string(row) + (csv && row % 10 == 0 ? "\"" : "");
            for (int j = 0; j < 50; ++j)
                text += separator + (j % 7 == 0 ? std::string("1e-3") : std::to_string(random.uniform() - 0.5));
            text += row % 1000 == 0 ? "\r\n\n" : "\n";
            lines += row % 1000 == 0 ? 2 : 1;
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(csv ? "large.csv" : "large.txt");
        test::writeFile(path, text);
        DatasetSpec spec{path.toStdString(), std::nullopt, 0, 0};
        spec.threads = 1;
        const Dataset one = openDataset(spec);
        spec.threads = 2;
        const Dataset two = openDataset(spec);
        QVERIFY(one.rows() > 40000);
        QCOMPARE(one.dim(), std::size_t(50));
        QCOMPARE(two.rows(), one.rows());
        QVERIFY(two.values() == one.values());
        QVERIFY(two.labels() == one.labels());
        QCOMPARE(one.labels()[10], std::string(csv ? "w, 10" : "w10"));
        QVERIFY(parse(text, 2).values() == one.values());

        // Two bad rows, one early and one last: either way the early one is reported, at its line.
        std::string bad = text;
        const std::size_t early = bad.find(std::string("\nw3001") + separator) + 1;
        bad.insert(bad.find(separator, early) + 1, "x"); // "x1e-3" is not a number
        const std::size_t earlyLine = static_cast<std::size_t>(std::count(bad.begin(), bad.begin() + static_cast<std::ptrdiff_t>(early), '\n')) + 1;
        const std::string lastRow = std::string("last") + separator + "1" + separator + "2\n";
        bad += lastRow;
        for (std::size_t threads : {1, 2}) {
            const std::string message = errorOf([&] { parse(bad, threads); });
            QVERIFY_CONTAINS(message, "memory:" + std::to_string(earlyLine) + ":");
        }
        const std::string last = errorOf([&] { parse(text + lastRow, 2); });
        QVERIFY_CONTAINS(last, "memory:" + std::to_string(lines + 1) + ":");
    }

    void gloveRejectsAWordWithoutAVector()
    {
        QVERIFY_CONTAINS(errorOf([] { parseGlove("lonely\n", "g.txt"); }), "g.txt:1");
    }
    void gloveRejectsInvalidUtf8()
    {
        QVERIFY_CONTAINS(errorOf([] { parseGlove("caf\xE9 1 2\n", "g.txt"); }), "UTF-8");
    }

    // --- CSV --------------------------------------------------------------------------------------
    void csvWithALabelColumn()
    {
        const Dataset d = parseCsv("letter,x,y\nT,2,8\n\"I, quoted\", 5 ,+1.5\n", "c.csv");
        QCOMPARE(d.rows(), std::size_t(2));
        QCOMPARE(d.dim(), std::size_t(2));
        QCOMPARE(d.labels(), (std::vector<std::string>{"T", "I, quoted"}));
        QCOMPARE(d.row(1)[0], 5.0f);
        QCOMPARE(d.row(1)[1], 1.5f);
    }
    void csvWithOnlyNumbersHasNoLabels()
    {
        const Dataset d = parseCsv("a,b\n1,2\n3,4\n", "c.csv");
        QVERIFY(!d.hasLabels());
        QCOMPARE(d.dim(), std::size_t(2));
        QCOMPARE(d.row(1)[0], 3.0f);
    }
    void csvRejectsDuplicateColumnNames()
    {
        const std::string message = errorOf([] { parseCsv("x,y,x\n1,2,3\n", "c.csv"); });
        QVERIFY_CONTAINS(message, "c.csv:1");
        QVERIFY_CONTAINS(message, "duplicate");
    }
    void csvRejectsARepeatedHeaderLine()
    {
        const std::string message = errorOf([] { parseCsv("x,y\n1,2\nx,y\n3,4\n", "c.csv"); });
        QVERIFY_CONTAINS(message, "c.csv:3");
        QVERIFY_CONTAINS(message, "duplicate header");
    }
    void csvRejectsRaggedRows()
    {
        const std::string message = errorOf([] { parseCsv("x,y\n1,2\n3\n", "c.csv"); });
        QVERIFY_CONTAINS(message, "c.csv:3");
        QVERIFY_CONTAINS(message, "ragged");
    }
    void csvRejectsBadValues()
    {
        QVERIFY_CONTAINS(errorOf([] { parseCsv("x,y\n1,2\n3,four\n", "c.csv"); }), "c.csv:3: column 2");
        QVERIFY_CONTAINS(errorOf([] { parseCsv("l,x\na,NaN\n", "c.csv"); }), "not finite");
        QVERIFY_CONTAINS(errorOf([] { parseCsv("x,y\n1,2\n\"3,4\n", "c.csv"); }), "unterminated");
    }
    void csvRejectsEmptyInputAndMissingRows()
    {
        QVERIFY_CONTAINS(errorOf([] { parseCsv("", "c.csv"); }), "empty");
        QVERIFY_CONTAINS(errorOf([] { parseCsv("x,y\n", "c.csv"); }), "no data rows");
        QVERIFY_CONTAINS(errorOf([] { parseCsv("name\nfoo\n", "c.csv"); }), "no numeric feature");
    }

    // --- fvecs ------------------------------------------------------------------------------------
    void fvecsReadsVectors()
    {
        const Dataset d = parseFvecs(fvecs({{3, {1, 2, 3}}, {3, {4, 5, 6}}}), "v.fvecs");
        QCOMPARE(d.rows(), std::size_t(2));
        QCOMPARE(d.dim(), std::size_t(3));
        QVERIFY(!d.hasLabels());
        QCOMPARE(d.row(1)[2], 6.0f);
    }
    void fvecsRejectsTruncatedFiles()
    {
        std::string bytes = fvecs({{3, {1, 2, 3}}, {3, {4, 5, 6}}});
        const std::string cutInValues = errorOf([&] { parseFvecs(bytes.substr(0, bytes.size() - 2), "v.fvecs"); });
        QVERIFY_CONTAINS(cutInValues, "vector 1");
        QVERIFY_CONTAINS(cutInValues, "truncated");
        QVERIFY_CONTAINS(errorOf([&] { parseFvecs(bytes + "ab", "v.fvecs"); }), "truncated");
    }
    void fvecsRejectsAWrongDimension()
    {
        const std::string message = errorOf([] { parseFvecs(fvecs({{2, {1, 2}}, {3, {4, 5, 6}}}), "v.fvecs"); });
        QVERIFY_CONTAINS(message, "vector 1");
        QVERIFY_CONTAINS(message, "wrong dimension");
        QVERIFY_CONTAINS(errorOf([] { parseFvecs(fvecs({{0, {}}}), "v.fvecs"); }), "invalid dimension");
        QVERIFY_CONTAINS(errorOf([] { parseFvecs(fvecs({{-4, {}}}), "v.fvecs"); }), "invalid dimension");
    }
    void fvecsRejectsNanAndEmptyFiles()
    {
        QVERIFY_CONTAINS(errorOf([] { parseFvecs(fvecs({{2, {1, NAN}}}), "v.fvecs"); }), "NaN");
        QVERIFY_CONTAINS(errorOf([] { parseFvecs("", "v.fvecs"); }), "empty");
    }

    // --- opening files and built-ins ---------------------------------------------------------------
    void formatComesFromTheExtensionOrIsNamed()
    {
        QCOMPARE(formatFromExtension("a/b.TXT"), std::optional<DataFormat>(DataFormat::Glove));
        QCOMPARE(formatFromExtension("b.csv"), std::optional<DataFormat>(DataFormat::Csv));
        QCOMPARE(formatFromExtension("b.fvecs"), std::optional<DataFormat>(DataFormat::Fvecs));
        QCOMPARE(formatFromExtension("dir.v2/file"), std::optional<DataFormat>());
        QCOMPARE(parseDataFormat("csv"), DataFormat::Csv);
        QVERIFY_CONTAINS(errorOf([] { parseDataFormat("xml"); }), "unknown data format");
    }
    void openingAFileUsesItsFormatAndPath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("vectors.fvecs");
        test::writeFile(path, fvecs({{2, {1, 2}}, {2, {3, 4}}}));
        const Dataset d = openDataset({path.toStdString(), std::nullopt, 0, 0});
        QCOMPARE(d.rows(), std::size_t(2));
        QCOMPARE(d.source(), path.toStdString());

        const QString noExtension = dir.filePath("vectors");
        test::writeFile(noExtension, "a 1 2\n");
        QVERIFY_CONTAINS(errorOf([&] { openDataset({noExtension.toStdString(), std::nullopt, 0, 0}); }), "--format");
        QCOMPARE(openDataset({noExtension.toStdString(), DataFormat::Glove, 0}).rows(), std::size_t(1));
    }
    void openingAMissingFileNamesIt()
    {
        QVERIFY_CONTAINS(errorOf([] { openDataset({"/nonexistent/x.txt", std::nullopt, 0, 0}); }), "/nonexistent/x.txt");
        QVERIFY_CONTAINS(errorOf([] { openDataset({"no-such-dataset", std::nullopt, 0, 0}); }), "built-in");
    }
    void builtinDatasetsLoadWithTheirDocumentedShapes()
    {
        const Dataset glove100 = openDataset({"glove-100d", std::nullopt, 0, 0});
        QCOMPARE(glove100.rows(), std::size_t(2717));
        QCOMPARE(glove100.dim(), std::size_t(100));
        QCOMPARE(glove100.labels()[0], std::string("the"));
        // SOURCES.md: `king` begins -0.32307 -0.87616 0.21977 0.25268 in the 100-d file.
        const auto king = glove100.findLabel("king");
        QVERIFY(king.has_value());
        QCOMPARE(glove100.row(*king)[0], -0.32307f);
        QCOMPARE(glove100.row(*king)[3], 0.25268f);

        const Dataset glove50 = openDataset({"glove-50d", std::nullopt, 0, 0});
        QCOMPARE(glove50.rows(), std::size_t(4959));
        QCOMPARE(glove50.dim(), std::size_t(50));
        QCOMPARE(glove50.row(0)[0], 0.418f);
        // SOURCES.md: `king` begins 0.50451 0.68607 -0.59517 in the 50-d file.
        QCOMPARE(glove50.row(*glove50.findLabel("king"))[2], -0.59517f);
        QCOMPARE(glove50.labels().back(), std::string("composer")); // rank 4,959 of the 400k vocabulary

        const Dataset letters = openDataset({"uci-letter", std::nullopt, 0, 0});
        QCOMPARE(letters.rows(), std::size_t(20000));
        QCOMPARE(letters.dim(), std::size_t(16));
        QCOMPARE(letters.labels()[0], std::string("T"));
    }
    void wordsKeepsTheFirstRows()
    {
        const Dataset d = openDataset({"glove-100d", std::nullopt, 1000, 0});
        QCOMPARE(d.rows(), std::size_t(1000));
        QCOMPARE(d.labels().back(), openDataset({"glove-100d", std::nullopt, 0, 0}).labels()[999]);
        QVERIFY_CONTAINS(errorOf([] { openDataset({"glove-100d", std::nullopt, 50000, 0}); }), "2717 rows");
    }
    void keepRowsCompactsInPlaceAndEqualsACopy()
    {
        const Dataset all = openDataset({"glove-100d", std::nullopt, 0, 0});
        const std::vector<std::size_t> kept{0, 2, 3, 999, 2716};
        const std::vector<float> expected = gatherRows(all.view(), kept);
        Dataset moved = all; // the copy given up below
        const float* storage = moved.view().data;
        const Dataset base = std::move(moved).keepRows(kept, "glove-100d (base)");
        QCOMPARE(base.rows(), kept.size());
        QVERIFY(base.values() == expected);
        QVERIFY(base.view().data == storage); // the same storage, no second copy
        for (std::size_t i = 0; i < kept.size(); ++i)
            QCOMPARE(base.labels()[i], all.labels()[kept[i]]);
        QCOMPARE(base.source(), std::string("glove-100d (base)"));
        QCOMPARE(base.fingerprint(), Dataset(kept.size(), all.dim(), expected, base.labels(), "x").fingerprint());
        QVERIFY_CONTAINS(errorOf([&] { Dataset(all).keepRows({3, 2}, "x"); }), "ascending");
        QVERIFY_CONTAINS(errorOf([&] { Dataset(all).keepRows({2717}, "x"); }), "below 2717");
        QVERIFY_CONTAINS(errorOf([&] { Dataset(all).keepRows({}, "x"); }), "no rows");
    }

    // --- fingerprints ------------------------------------------------------------------------------
    void fingerprintDependsOnValuesAndLabelsOnly()
    {
        const Dataset a = parseGlove("x 1 2\ny 3 4\n", "one.txt");
        const Dataset b = parseCsv("w,p,q\nx,1,2\ny,3.0,4\n", "two.csv");
        QCOMPARE(a.fingerprint(), b.fingerprint());
        QCOMPARE(a.fingerprint().size(), std::size_t(64));
        QVERIFY(a.fingerprint() != parseGlove("x 1 2\ny 3 4.0001\n", "t").fingerprint());
        QVERIFY(a.fingerprint() != parseGlove("x 1 2\nz 3 4\n", "t").fingerprint());
        QVERIFY(a.fingerprint() != a.firstRows(1).fingerprint());
        QVERIFY(a.fingerprint() != parseCsv("p,q\n1,2\n3,4\n", "t").fingerprint());
    }
    void builtinFingerprintIsStable()
    {
        // Saved models are tied to this value: a change to the layout breaks every saved model.
        QCOMPARE(openDataset({"glove-100d", std::nullopt, 0, 0}).fingerprint(),
                 std::string("5430288a26f60a22bb718777f082a1e668ef24b0a56864a25da715a11b8a1569"));
    }
};

QTEST_APPLESS_MAIN(LoadersTest)
#include "tst_loaders.moc"
