// The studio driven as a user would, offscreen: start on the built-in data, train a tiny run, inspect
// a query, cancel a run, export a chart and a table, save and reopen a session, close mid-run.
#include "core/Error.h"
#include "core/Files.h"
#include "core/Random.h"
#include "data/Formats.h"
#include "learned/Hierarchy.h"
#include "learned/QueryInspection.h"
#include "learned/Serialization.h"
#include "report/Charts.h"
#include "search/ExactSearch.h"
#include "studio/ExportActions.h"
#include "studio/LatestRequest.h"
#include "studio/MainWindow.h"
#include "studio/RunPanel.h"
#include "studio/views/AccuracyView.h"
#include "studio/views/ClustersView.h"
#include "studio/views/CompareView.h"
#include "studio/views/DistancesView.h"
#include "studio/views/PartitionsView.h"
#include "studio/views/ProjectionView.h"
#include "studio/views/QueryInspector.h"
#include "studio/TableModel.h"
#include "studio/TableText.h"
#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <qcustomplot.h>

#include <atomic>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <nlohmann/json.hpp>
#include <QImage>
#include <QCheckBox>
#include <QComboBox>
#include <QStandardItemModel>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <set>
#include <QThread>
#include <QTimer>
#include <QAbstractButton>
#include <QMessageBox>
#include <QTranslator>
#include <algorithm>
#include <cmath>

using namespace nnscope;
using namespace nnscope::studio;

namespace {

// A run small enough to train in seconds: 300 words, 3 clusters, 2 epochs.
void chooseTinyRun(MainWindow& window, int words = 300, int clusters = 3)
{
    window.runPanel()->wordsBox()->setValue(words);
    window.runPanel()->clustersBox()->setValue(clusters);
    window.runPanel()->maxEpochsBox()->setValue(2);
}

// Clicks the button named `text` on the next modal question box, once it is up.
void answerNextQuestion(const QString& text)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton* button : box->buttons())
            if (button->text().remove('&') == text) {
                timer->stop();
                timer->deleteLater();
                button->click();
                return;
            }
    });
    timer->start();
}

bool waitForRun(QSignalSpy& ended, int seconds = 900)
{
    return ended.count() > 0 || ended.wait(seconds * 1000);
}

} // namespace

class StudioTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
        QSettings().clear();
    }
    void init()
    {
        QSettings().clear(); // each test starts from the defaults, whatever the previous one chose
    }

    void aTitleTooWideForItsChartIsDrawnSmallerToFit()
    {
        // The German partitions chart's title and winner were cut at both edges at the default size.
        const QFont full(QApplication::font().family(), 11, QFont::Bold);
        const QString text = QStringLiteral("Recall@10 gegen geprüfte Kandidaten\nwenigste Kandidaten: neural:adaptive=learned (551)");
        const auto widest = [&text](const QFont& font) {
            int most = 0;
            for (const QString& line : text.split('\n'))
                most = std::max(most, QFontMetrics(font).horizontalAdvance(line));
            return most;
        };
        const int fullWidth = widest(full);
        QCOMPARE(report::titleFontToFit(full, text, fullWidth + 10), full); // room enough: unchanged
        const int width = fullWidth * 3 / 4;
        const QFont fitted = report::titleFontToFit(full, text, width);
        QVERIFY(fitted.pointSizeF() < full.pointSizeF());
        QVERIFY(fitted.pointSizeF() >= report::kSmallestTitlePoints);
        QVERIFY(widest(fitted) <= width);
        QFont larger = fitted; // the largest that fits: half a point more does not
        larger.setPointSizeF(fitted.pointSizeF() + 0.5);
        QVERIFY(widest(larger) > width);
        QCOMPARE(report::titleFontToFit(full, text, 10).pointSizeF(), report::kSmallestTitlePoints); // never smaller
    }
    void aLegendBesideANarrowChartWithALongTitleIsNotCut()
    {
        // The German partitions chart at the default window size: twelve methods, the legend beside the
        // curves, and a title wider than the curves' share of the chart (it used to set the width of the
        // axes' column, and the legend beside was squeezed until the longest names were cut).
        PartitionExperimentResult result;
        result.dataset = "glove-100d";
        result.queries = 272;
        for (const std::string& method : PartitionExperimentSettings{}.methods) {
            PartitionMethodResult entry;
            entry.method = method;
            for (double candidates : {200.0, 500.0, 2000.0}) {
                ProbePoint point;
                point.candidates = candidates;
                point.recallAt10 = candidates / 2000.0;
                entry.curve.push_back(point);
            }
            result.methods.push_back(entry);
        }
        QCustomPlot plot;
        plot.setViewport(QRect(0, 0, 510, 320)); // its size on screen, without showing it
        report::plotPartitionCurves(plot, result);
        report::setChartTitle(plot, QStringLiteral("Recall@10 gegen geprüfte Kandidaten\nglove-100d, 272 zurückgehaltene Anfragen\n"
                                                   "wenigste Kandidaten: neural:adaptive=learned (551)"));
        plot.replot();
        QVERIFY(plot.legend->visible());
        const QRect legend = plot.legend->outerRect();
        QVERIFY2(legend.width() >= plot.legend->minimumOuterSizeHint().width(),
                 qPrintable(QString("legend %1 px wide, its entries need %2").arg(legend.width()).arg(plot.legend->minimumOuterSizeHint().width())));
        QVERIFY2(legend.right() < plot.viewport().right(), qPrintable(QString("legend to %1 of %2").arg(legend.right()).arg(plot.viewport().right())));
        QVERIFY(legend.left() > plot.axisRect()->outerRect().right() - 1); // beside the axes, not over them
        // Taken back inside the axes when the next chart has few methods, and beside again after it.
        result.methods.resize(3);
        report::plotPartitionCurves(plot, result);
        plot.replot();
        QVERIFY(plot.axisRect()->insetLayout()->elements(false).contains(plot.legend));
        QCOMPARE(plot.plotLayout()->columnCount(), 1);
    }

    void startsOnTheBuiltInDataWithDefaults()
    {
        MainWindow window;
        window.show();
        const RunRequest request = window.runPanel()->request();
        QCOMPARE(request.dataset.data, std::string("glove-100d"));
        QVERIFY(request.settings.kmeans.clusters >= 2);
        QVERIFY(window.runPanel()->trainButton()->isEnabled());
        QVERIFY(!window.runPanel()->cancelButton()->isEnabled());
        QCOMPARE(window.tabs()->count(), static_cast<int>(viewNames().size())); // one tab per view, Compare included
        // Before any run the Projection view previews the chosen data (read and projected off the GUI thread).
        ProjectionView* projection = window.projectionView();
        QTRY_VERIFY_WITH_TIMEOUT(!std::isnan(projection->pointOf(0).x()), 30000);
        QCOMPARE(projection->colourGroupOf(0), QString("rows (train to see clusters)"));
        QVERIFY(projection->find("The"));
        QVERIFY(!std::isnan(projection->pointOf(projection->foundRow()).x()));
    }

    void aLargeDatasetsProjectionDrawsEveryRowAsAnImage()
    {
        // 120,000 rows: more than the Projection view draws as plot points; every row is drawn in an image
        // of the view instead, and Find and the markers still reach every row.
        const std::size_t rows = 120000, dim = 4;
        std::vector<float> values(rows * dim);
        std::vector<std::string> words(rows);
        Random random(3);
        for (std::size_t i = 0; i < rows; ++i) {
            words[i] = "w" + std::to_string(i);
            for (std::size_t j = 0; j < dim; ++j)
                values[i * dim + j] = static_cast<float>(random.uniform() * (j + 1));
        }
        auto session = std::make_shared<Session>();
        session->data = std::make_shared<const Dataset>(rows, dim, std::move(values), std::move(words), "synthetic");
        addProjection(*session);
        ProjectionView view;
        view.resize(900, 600);
        view.setSession(session);
        QCOMPARE(view.drawnPoints(), rows);
        QVERIFY(view.drawsImage());
        QCustomPlot* plot = view.currentChart();
        // The rows whose points lie in the plot's view now, counted here from their coordinates.
        const auto rowsInView = [&] {
            const QCPRange x = plot->xAxis->range(), y = plot->yAxis->range();
            std::size_t inside = 0;
            for (std::size_t row = 0; row < rows; ++row) {
                const QPointF at = view.pointOf(static_cast<qint64>(row));
                const double px = static_cast<float>(at.x()), py = static_cast<float>(at.y()); // as the image holds them
                inside += px >= x.lower && px < x.upper && py > y.lower && py <= y.upper;
            }
            return inside;
        };
        view.settleImage();
        QCOMPARE(view.imageRowsInView(), rows); // the reset view holds every row
        QCOMPARE(view.imageCountedRows(), std::uint64_t(rows));
        QVERIFY(!view.imagePointByPoint());
        // Panned so that part of the data leaves the view: the image counts exactly the rows still in it.
        plot->xAxis->setRange(plot->xAxis->range().center(), plot->xAxis->range().upper + 0.3 * plot->xAxis->range().size());
        QSignalSpy drawn(&view, &ProjectionView::imageDrawn);
        QVERIFY(drawn.wait(10000)); // made off the GUI thread
        const std::size_t panned = rowsInView();
        QVERIFY(panned > 10000 && panned < rows / 2 + 10000);
        QCOMPARE(view.imageRowsInView(), panned);
        QCOMPARE(view.imageCountedRows(), std::uint64_t(panned));
        const Table cells = view.chartData(); // the image's data: rows per cell, summing to the rows in view
        std::uint64_t exported = 0;
        for (const auto& cell : cells.rows)
            exported += static_cast<std::uint64_t>(*cell[2].number);
        QCOMPARE(exported, std::uint64_t(panned));
        // Zoomed in around row 1 until few rows are in view: each drawn as a point, in its colour.
        const QPointF one = view.pointOf(1);
        plot->xAxis->setRange(one.x(), plot->xAxis->range().size() / 40, Qt::AlignCenter);
        plot->yAxis->setRange(one.y(), plot->yAxis->range().size() / 40, Qt::AlignCenter);
        view.settleImage();
        QVERIFY(view.imagePointByPoint());
        QCOMPARE(view.imageRowsInView(), rowsInView());
        QVERIFY(view.imageRowsInView() > 0);
        QCOMPARE(view.chartData().rows.size(), view.imageRowsInView());
        const QImage shot = plot->toPixmap().toImage();
        const QPoint pixel(static_cast<int>(plot->xAxis->coordToPixel(one.x())), static_cast<int>(plot->yAxis->coordToPixel(one.y())));
        const QColor drawnColour = shot.pixelColor(pixel);
        QVERIFY2(std::abs(drawnColour.red() - report::seriesColor(0).red()) < 40 && std::abs(drawnColour.blue() - report::seriesColor(0).blue()) < 40,
                 qPrintable(drawnColour.name()));
        QVERIFY(view.find("w1"));
        QCOMPARE(view.foundRow(), qint64(1));
        QVERIFY(!std::isnan(view.pointOf(1).x()));
        // Past the rows a t-SNE map is offered for, its entry is there but disabled, saying why.
        auto* axes = view.findChild<QComboBox*>("axes");
        const auto* item = qobject_cast<QStandardItemModel*>(axes->model())->item(axes->count() - 1);
        QVERIFY(!item->isEnabled());
        QVERIFY(item->toolTip().contains("100,000"));
        // Asked for anyway (headless --map), the window refuses at once: no job starts, the map is not made.
        MainWindow window;
        QSignalSpy made(&window, &MainWindow::mapMade);
        window.buildMap(session->data);
        QCOMPARE(made.count(), 1);
        QVERIFY(!made[0][0].toBool());
        QVERIFY(!window.isRunning());
    }

    void theTsneMapIsMadeOnRequestAndDrawnWhereItsPointsAre()
    {
        MainWindow window; // the preview of glove-100d, before any training
        ProjectionView* projection = window.projectionView();
        QTRY_VERIFY_WITH_TIMEOUT(!std::isnan(projection->pointOf(0).x()), 30000);
        const std::size_t rows = projection->drawnPoints();
        QSignalSpy requested(projection, &ProjectionView::mapRequested);
        QSignalSpy made(&window, &MainWindow::mapMade);
        const QPointF onAxes = projection->pointOf(7);
        projection->showMap();
        QCOMPARE(requested.count(), 1);
        QVERIFY(made.wait(300000));
        QVERIFY(made[0][0].toBool());
        QVERIFY(projection->showingMap());
        const NeighbourMapPointer map = projection->map();
        QCOMPARE(map->points.size(), 2 * rows);
        QVERIFY(map->preservation > 0.2 && map->preservation <= 1.0);
        QVERIFY(qobject_cast<QCPTextElement*>(projection->currentChart()->plotLayout()->element(0, 0))->text().contains("t-SNE map"));
        // Each row is drawn at its map point: found among the plotted points of the chart.
        for (qint64 row : {qint64(0), qint64(7), static_cast<qint64>(rows) - 1}) {
            const QPointF expected(map->points[2 * static_cast<std::size_t>(row)], map->points[2 * static_cast<std::size_t>(row) + 1]);
            QCOMPARE(projection->pointOf(row), expected);
            bool drawn = false;
            for (int g = 0; g < projection->currentChart()->graphCount() && !drawn; ++g)
                for (const QCPGraphData& point : *projection->currentChart()->graph(g)->data())
                    drawn = drawn || (point.key == expected.x() && point.value == expected.y());
            QVERIFY2(drawn, qPrintable(QString("row %1").arg(row)));
        }
        // Back to principal axes and to the map again: the map is kept, not made twice.
        auto* axes = projection->findChild<QComboBox*>("axes");
        axes->setCurrentIndex(0);
        QVERIFY(!projection->showingMap());
        QCOMPARE(projection->pointOf(7), onAxes);
        projection->showMap();
        QVERIFY(projection->showingMap());
        QCOMPARE(requested.count(), 1);
        QVERIFY(!window.runPanel()->cancelButton()->isEnabled());
    }

    void thePartitionsBinsColourTheRowsTheyHold()
    {
        // A preview (no training) of 300 rows and kmeans partitions built on those rows' file (400 rows, of
        // which these are the first): each shown row is coloured by the bin that holds it, a held-out
        // query by none; partitions of other rows offer no colouring.
        const std::size_t dim = 3;
        auto all = std::make_shared<const Dataset>(400, dim, test::blobMatrix(4, 100, dim, 3.0, 2), std::vector<std::string>{}, "blobs");
        auto session = std::make_shared<Session>();
        session->data = std::make_shared<const Dataset>(all->firstRows(300));
        addProjection(*session);
        ProjectionView view;
        view.resize(900, 600);
        view.setSession(session);
        auto* colouring = view.findChild<QComboBox*>("colouring");
        QVERIFY(!colouring->isEnabled());
        PartitionExperimentSettings settings;
        settings.methods = {"kmeans:n-init=1", "kmeans-spill:n-init=1"};
        settings.bins = 4;
        const auto result = std::make_shared<const PartitionExperimentResult>(runPartitionExperiment(*all, nullptr, settings));
        view.setPartitions(result, all);
        QVERIFY(colouring->isEnabled());
        QCOMPARE(colouring->currentText(), QString("bins: ") + QString::fromStdString(result->methods[0].method));
        std::vector<int> binOfRow(400, -1);
        for (std::size_t b = 0; b < result->methods[0].index->bins.size(); ++b)
            for (std::uint32_t baseRow : result->methods[0].index->bins[b])
                binOfRow[result->baseRowIds[baseRow]] = static_cast<int>(b);
        std::size_t heldOut = 0;
        for (std::size_t row = 0; row < 300; ++row) {
            const QString expected = binOfRow[row] < 0 ? QString("held-out query") : QString("bin %1").arg(binOfRow[row]);
            QCOMPARE(view.colourGroupOf(static_cast<qint64>(row)), expected);
            heldOut += binOfRow[row] < 0 ? 1 : 0;
        }
        QVERIFY(heldOut > 0);
        QCOMPARE(colouring->count(), 5); // the run's three (disabled before training) and one per method
        // A routed query: the bins its router probes to reach 9 of its 10 nearest, named in probe order.
        const qint64 query = 5;
        view.setQuery(query, -1, -1);
        const std::vector<QueryRouting> routing = routeQuery(*result, all->row(query), result->settings.metric, 4);
        view.setRouting(query, routing);
        const QueryRouting& kmeans = routing[0];
        QVERIFY(kmeans.probesForTarget >= 1);
        std::vector<int> probeOf(4, -1);
        for (std::size_t p = 0; p < kmeans.probesForTarget; ++p)
            probeOf[kmeans.topBins[p].first] = static_cast<int>(p);
        for (std::size_t row = 0; row < 300; ++row)
            if (binOfRow[row] >= 0) {
                const int probe = probeOf[static_cast<std::size_t>(binOfRow[row])];
                QCOMPARE(view.colourGroupOf(static_cast<qint64>(row)),
                         probe < 0 ? QString("bin %1").arg(binOfRow[row]) : QString("bin %1: probe %2").arg(binOfRow[row]).arg(probe + 1));
            }
        // A probe count chosen on a curve: the router's first 2 bins in full colour.
        QVERIFY(view.showProbes(0, 2));
        for (std::size_t row = 0; row < 300; ++row)
            if (binOfRow[row] >= 0) {
                const auto first = kmeans.topBins.begin();
                const auto at = std::find_if(first, first + 2, [&](const auto& bin) { return static_cast<int>(bin.first) == binOfRow[row]; });
                QCOMPARE(view.colourGroupOf(static_cast<qint64>(row)), at == first + 2 ? QString("bin %1").arg(binOfRow[row])
                                                                                         : QString("bin %1: probe %2").arg(binOfRow[row]).arg(at - first + 1));
            }
        QVERIFY(!view.showProbes(7, 2)); // no such method
        view.setQuery(-1, -1, -1); // no query: no shading
        for (std::size_t row = 0; row < 300; ++row)
            QCOMPARE(view.colourGroupOf(static_cast<qint64>(row)), binOfRow[row] < 0 ? QString("held-out query") : QString("bin %1").arg(binOfRow[row]));
        // Partitions of other rows: no bins offered.
        const auto other = std::make_shared<const Dataset>(400, dim, test::blobMatrix(4, 100, dim, 3.0, 7), std::vector<std::string>{}, "other");
        view.setPartitions(std::make_shared<const PartitionExperimentResult>(runPartitionExperiment(*other, nullptr, settings)), other);
        QCOMPARE(colouring->count(), 3);
        QVERIFY(!colouring->isEnabled());
        QCOMPARE(view.colourGroupOf(0), QString("rows (train to see clusters)"));
    }

    void zoomStopsAtItsBoundsWithoutDriftingAndDoubleClickOnlyResets()
    {
        // A small projection: zooming out past the bound, about a point off the centre, used to move the
        // view a little further from the data with every wheel tick (the bound re-centred the
        // over-zoomed range); now the view stays put once the bound is reached.
        auto session = std::make_shared<Session>();
        const std::size_t rows = 400, dim = 3;
        session->data = std::make_shared<const Dataset>(rows, dim, test::blobMatrix(4, 100, dim, 3.0, 2), std::vector<std::string>{}, "blobs");
        addProjection(*session);
        ProjectionView view;
        view.resize(900, 600);
        view.setSession(session);
        QCPAxis* x = view.currentChart()->xAxis;
        const QCPRange full = x->range();
        const double anchor = full.lower + 0.1 * full.size(); // the cursor, near the left edge
        for (int tick = 0; tick < 40; ++tick)
            x->scaleRange(1.25, anchor); // what a wheel tick out does
        const QCPRange atBound = x->range();
        QVERIFY(atBound.size() <= 4.0 * full.size() * (1 + 1e-9));
        for (int tick = 0; tick < 40; ++tick)
            x->scaleRange(1.25, anchor);
        QCOMPARE(x->range().lower, atBound.lower);
        QCOMPARE(x->range().upper, atBound.upper);
        QVERIFY(x->range().contains(full.center())); // the data is still in view
        for (int tick = 0; tick < 200; ++tick)
            x->scaleRange(0.5, anchor); // and all the way in: the anchor stays in view
        QVERIFY(x->range().contains(anchor));

        // A right prediction's ▲ stays visible: the true neighbour's ◆ over it is hollow and larger.
        QCPGraph* predicted = nullptr;
        QCPGraph* truth = nullptr;
        for (int g = 0; g < view.currentChart()->graphCount(); ++g) {
            QCPGraph* graph = view.currentChart()->graph(g);
            if (graph->scatterStyle().shape() == QCPScatterStyle::ssTriangle)
                predicted = graph;
            if (graph->scatterStyle().shape() == QCPScatterStyle::ssDiamond)
                truth = graph;
        }
        QVERIFY(predicted && truth);
        QCOMPARE(truth->scatterStyle().brush().style(), Qt::NoBrush);
        QVERIFY(truth->scatterStyle().size() > predicted->scatterStyle().size() * 1.4);

        // Double-click resets the view and does not also make the point under it the query.
        view.resetView();
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCustomPlot* plot = view.currentChart();
        plot->replot();
        const QPointF at = view.pointOf(7);
        const QPoint pixel(qRound(plot->xAxis->coordToPixel(at.x())), qRound(plot->yAxis->coordToPixel(at.y())));
        QSignalSpy activated(&view, &ProjectionView::rowActivated);
        QTest::mouseClick(plot, Qt::LeftButton, {}, pixel);
        QTest::mouseDClick(plot, Qt::LeftButton, {}, pixel);
        QTest::qWait(QApplication::doubleClickInterval() + 200);
        QCOMPARE(activated.count(), 0);
        QTest::mouseClick(plot, Qt::LeftButton, {}, pixel); // a single click still inspects it
        QVERIFY(activated.wait(QApplication::doubleClickInterval() + 2000));
        QCOMPARE(activated.takeFirst().at(0).toLongLong(), view.rowNear(QPointF(pixel)));
    }

    void theRunPanelReadsTheDataWhenChosen()
    {
        // The chosen data's size shows, and caps Words, before Train; a bad file is named at once.
        RunPanel panel;
        QSignalSpy inspected(&panel, &RunPanel::dataInspected);
        panel.setData("glove-50d");
        QVERIFY(inspected.wait(30000));
        QCOMPARE(inspected.takeLast().at(0).toLongLong(), qint64(4959));
        QCOMPARE(panel.wordsBox()->maximum(), 4959);
        panel.wordsBox()->setValue(10000);
        QCOMPARE(panel.wordsBox()->value(), 4959);
        // Typed past the data's rows, the number is clamped to them when editing ends (Qt's spin box
        // rejected the keystroke that passed the maximum: 5000 became 500).
        panel.wordsBox()->clear();
        QTest::keyClicks(panel.wordsBox(), "5000");
        panel.wordsBox()->interpretText();
        QCOMPARE(panel.wordsBox()->value(), 4959);
        QVERIFY(panel.dataInfo()->text().contains("4") && panel.dataInfo()->text().contains("50"));
        panel.setData("/no/such/file.txt");
        QVERIFY(inspected.wait(30000));
        QCOMPARE(inspected.takeLast().at(0).toLongLong(), qint64(0));
        QVERIFY2(panel.dataInfo()->text().contains("/no/such/file.txt"), qPrintable(panel.dataInfo()->text()));
        // The memory budget is a setting of the run.
        panel.budgetBox()->setValue(0.5);
        QCOMPARE(panel.request().settings.memoryBudgetBytes, std::uint64_t(1) << 29);
        panel.budgetBox()->setValue(2); // the CLI's --memory-budget 2 is the same number of bytes (tst_cli_learned)
        QCOMPARE(panel.request().settings.memoryBudgetBytes, std::uint64_t(2) << 30);
    }

    void aChosenFileIsReadOnceNotAgainForTraining()
    {
        // The Run panel reads a file when it is chosen; Train starts from those rows, so a file that
        // is gone (or slow to read) by then does not matter, and the Words cap still applies.
        QTemporaryDir dir;
        const QString path = dir.filePath("small.txt");
        std::string text;
        Random random(2);
        for (int row = 0; row < 300; ++row) {
            text += "w" + std::to_string(row);
            for (int j = 0; j < 8; ++j)
                text += " " + std::to_string(random.uniform());
            text += "\n";
        }
        test::writeFile(path, text);
        MainWindow window;
        window.show();
        QSignalSpy inspected(window.runPanel(), &RunPanel::dataInspected);
        window.runPanel()->setData(path);
        const auto readAll = [&] {
            for (const auto& signal : inspected)
                if (signal.at(0).toLongLong() == 300)
                    return true;
            return false;
        };
        while (!readAll())
            QVERIFY(inspected.wait(30000));
        QVERIFY(window.runPanel()->request().read);
        QVERIFY(QFile::remove(path));
        chooseTinyRun(window, 200, 3);
        QSignalSpy ended(&window, &MainWindow::runEnded);
        window.startTraining();
        QVERIFY(waitForRun(ended));
        QVERIFY(window.session());
        QCOMPARE(window.session()->data->rows(), std::size_t(200));
        QCOMPARE(window.session()->data->origin()->words, std::size_t(200));
        QCOMPARE(window.session()->data->fingerprint(), parseGlove(text, "memory").firstRows(200).fingerprint());
        // Another choice drops the rows read for the first.
        window.runPanel()->setData("glove-50d");
        QVERIFY(!window.runPanel()->request().read);
    }
    void aNewerRequestCancelsTheOlderAndOnlyItsAnswerArrives()
    {
        QObject owner;
        LatestRequest<int> requests(&owner);
        std::atomic<bool> firstSawCancel{false}, firstStarted{false};
        QList<int> answers;
        requests.start(
            [&](const CancelToken& token) {
                firstStarted = true;
                QElapsedTimer clock;
                clock.start();
                while (!token.isCancelled() && clock.elapsed() < 10000)
                    QThread::msleep(1);
                firstSawCancel = token.isCancelled();
                return 1;
            },
            [&](const int& answer) { answers << answer; });
        QTRY_VERIFY_WITH_TIMEOUT(firstStarted, 5000);
        requests.start([](const CancelToken&) { return 2; }, [&](const int& answer) { answers << answer; });
        QTRY_VERIFY_WITH_TIMEOUT(!requests.running(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(firstSawCancel, 10000); // the superseded job was told to stop, not left to run out
        QTest::qWait(50);
        QCOMPARE(answers, QList<int>{2}); // the older answer, arriving late, is dropped
        QString error;
        requests.start([](const CancelToken&) -> int { throw Error("unreadable"); }, [&](const int& answer) { answers << answer; },
                       [&](const QString& message) { error = message; });
        QTRY_COMPARE_WITH_TIMEOUT(error, QString("unreadable"), 10000);
    }
    void theGermanTranslationIsBuiltIn()
    {
        QTranslator german;
        QVERIFY(german.load(QLocale(QLocale::German), "nnscope", "_", ":/i18n"));
        QApplication::installTranslator(&german);
        {
            MainWindow window;
            QCOMPARE(window.tabs()->tabText(1), QString("&Genauigkeit"));
            QCOMPARE(window.runPanel()->trainButton()->text(), QString("&Trainieren"));
            // Engine tables arrive as ids and numbers; the studio shows them in German, German numbers included.
            Table table{"table2_layer1_paper", "table2_layer1", "Table 2: layer-1 accuracy (paper protocol)", "",
                        {{"setting", "(clusters, words)"}, {"learned_routed", "learned (routed by layer 1)"}, {"system:scann", "scann"}},
                        {{Cell::label("(10, 1000)"), Cell::fixed(0.25), Cell::missing()}}};
            TableModel model;
            model.setTable(table);
            QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QString("(Cluster, Wörter)"));
            QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QString("gelernt (von Schicht 1 geroutet)"));
            QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QString("scann")); // a system's name stays
            QCOMPARE(tableTitle(table), QString("Tabelle 2: Genauigkeit Schicht 1 (Protokoll Paper)"));
            QLocale::setDefault(QLocale(QLocale::German));
            QCOMPARE(model.text(0, 1), QString("0,250"));
            QLocale::setDefault(QLocale::c());
            QCOMPARE(model.data(model.index(0, 1), Qt::UserRole).toDouble(), 0.25); // sorting sees the number
            // Progress stages arrive as typed ids: every stage of a run and a partitions build is German.
            QCOMPARE(stageTitle({Stage::Kind::Building, "neural"}), QString("baue neural"));
            QCOMPARE(stageTitle({Stage::Kind::Probing, "kmeans"}), QString("prüfe kmeans"));
            QCOMPARE(stageTitle({Stage::Kind::Truth, {}}), QString("exakte Suche (Wahrheit)"));
            for (Stage::Kind kind : {Stage::Kind::Clustering, Stage::Kind::Training, Stage::Kind::TrainingAugmented, Stage::Kind::Truth,
                                     Stage::Kind::Measuring, Stage::Kind::Building, Stage::Kind::Probing, Stage::Kind::Graph,
                                     Stage::Kind::Gathering, Stage::Kind::Epoch})
                QVERIFY(stageTitle({kind, "x"}) != QString::fromStdString(stageText({kind, "x"})));
            // A build's epoch, its loss in the reader's numbers.
            Stage epoch{Stage::Kind::Epoch, "layer1"};
            epoch.step = 2;
            epoch.steps = 60;
            epoch.loss = 1.5;
            QLocale::setDefault(QLocale(QLocale::German));
            QCOMPARE(stageTitle(epoch), QString("trainiere layer1: Epoche 2 von höchstens 60, Verlust 1,5000"));
            QLocale::setDefault(QLocale::c());
            // Engine warnings arrive typed too, and every note under a table is worded in German part by part
            // (a part the studio did not know would show the engine's English note whole).
            for (Notice::Kind kind : {Notice::Kind::LeavesCapped, Notice::Kind::AllLeavesSearched, Notice::Kind::FewRowsPerList,
                                      Notice::Kind::EmptyClusters}) {
                const Notice notice = Notice::of(kind, "faiss-ivf", {1000, 32});
                QVERIFY(noticeTitle(notice).startsWith("faiss-ivf: "));
                QVERIFY(noticeTitle(notice) != QString::fromStdString(noticeText(notice)));
            }
            ExperimentResult run;
            for (Protocol protocol : {Protocol::Paper, Protocol::Corrected}) {
                run.results.emplace_back();
                run.results.back().protocol = protocol;
                run.results.back().systems.push_back({});
                run.results.back().systems.back().system = "scann-paper";
                run.results.back().systems.back().meanTopScore = 0.5;
            }
            run.skipped.push_back({});
            std::vector<Table> tables = experimentTables(run);
            tables.push_back(partitionSummaryTable({}));
            std::set<std::string> parts;
            for (const Table& t : tables) {
                QVERIFY2(!t.noteParts.empty() && tableNote(t) != QString::fromStdString(t.note), t.id.c_str());
                for (const Table::NotePart& part : t.noteParts)
                    parts.insert(part.id);
            }
            QVERIFY(parts.count("scann_score") && parts.count("skipped") && parts.count("table3_layer2_paper"));
            const Dataset words(6, 1, {1, 2, 3, 4, 5, 6}, {}, "glove-100d");
            QCOMPARE(datasetTitle(words.firstRows(4).firstRows(2)), QString("glove-100d (erste 2 Zeilen)"));
        }
        QApplication::removeTranslator(&german);
        MainWindow english;
        QCOMPARE(english.tabs()->tabText(1), QString("&Accuracy"));
    }

    void trainsInspectsExportsSavesAndReopens()
    {
        MainWindow window;
        window.show();
        chooseTinyRun(window);
        QSignalSpy ended(&window, &MainWindow::runEnded);

        // The UI thread keeps ticking while the engine trains.
        QElapsedTimer clock;
        qint64 last = 0, longestPause = 0;
        QTimer ticker;
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            longestPause = std::max(longestPause, now - last);
            last = now;
        });
        clock.start();
        ticker.start(20);
        QTest::mouseClick(window.runPanel()->trainButton(), Qt::LeftButton);
        QVERIFY(window.isRunning());
        QVERIFY(waitForRun(ended));
        ticker.stop();
        QCOMPARE(ended.takeFirst().at(0).toBool(), true);
        QVERIFY2(longestPause < 1000, qPrintable(QString("the UI paused %1 ms").arg(longestPause)));
        const SessionPointer session = window.session();
        QVERIFY(session);
        QCOMPARE(session->data->rows(), std::size_t(300));

        // A query: the inspector's rows are the engine's prediction, the projection marks three points.
        QueryInspector* inspector = window.queryInspector();
        QSignalSpy inspected(inspector, &QueryInspector::inspected);
        QVERIFY(inspector->inspectWord("china"));
        QVERIFY(inspected.wait(30000)); // computed on the thread pool
        const std::size_t row = *session->data->findLabel("china");
        const MatrixView query{session->data->row(row), 1, session->data->dim()};
        const auto clusters = session->hierarchy->predictClusters(query, 3)[0];
        QCOMPARE(inspector->clusterModel().cell(0, 0).number.value(), double(clusters.front().cluster));
        // Layer 2's list in probability order, the query's own row included and marked as such.
        const auto members = session->hierarchy->predictMembers(clusters.front().cluster, query, 6,
                                                                session->hierarchy->settings().normaliseTestCentroid)[0];
        const int shown = inspector->predictedModel().rowCount();
        QVERIFY(shown == 5 || shown == 6);
        std::vector<std::int64_t> answers;
        for (int r = 0; r < shown; ++r) {
            QCOMPARE(inspector->predictedModel().cell(r, 2).number.value(), double(members[static_cast<std::size_t>(r)].row));
            const bool isQuery = members[static_cast<std::size_t>(r)].row == static_cast<std::int64_t>(row);
            QCOMPARE(inspector->predictedModel().text(r, 0) == "query", isQuery);
            if (!isQuery)
                answers.push_back(members[static_cast<std::size_t>(r)].row);
        }
        const Neighbors exact = ExactSearch(session->data->view(), session->hierarchy->plan().targetMetric).searchRows({row}, 5);
        QCOMPARE(inspector->exactModel().cell(0, 2).number.value(), double(exact.id(0, 0)));

        const auto points = window.projectionView()->highlightedPoints();
        const std::array<std::size_t, 3> expected = {row, static_cast<std::size_t>(answers.front()), static_cast<std::size_t>(exact.id(0, 0))};
        for (std::size_t m = 0; m < 3; ++m) {
            QVERIFY(!std::isnan(points[m].x()));
            QCOMPARE(points[m].x(), double(session->projection[Session::kProjectionAxes * expected[m]]));
            QCOMPARE(points[m].y(), double(session->projection[Session::kProjectionAxes * expected[m] + 1]));
        }

        // Exports: a chart as PNG, a table as CSV with one line per row.
        QTemporaryDir dir;
        const QString png = dir.filePath("clusters.png");
        QVERIFY(exportChart(*window.clustersView()->currentChart(), png));
        QFile image(png);
        QVERIFY(image.open(QIODevice::ReadOnly));
        QCOMPARE(image.read(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
        image.close();
        // PNGs at the chosen scale of the on-screen size (default 2x), PDFs on the chosen paper (default A4 landscape).
        QCustomPlot* chart = window.clustersView()->currentChart();
        QCOMPARE(QImage(png).width(), 2 * std::max(chart->width(), 900));
        const QString big = dir.filePath("big.png"), letter = dir.filePath("letter.pdf");
        QVERIFY(exportChart(*chart, big, {3.0, "Letter"}));
        QCOMPARE(QImage(big).width(), 3 * std::max(chart->width(), 900));
        QVERIFY(exportChart(*chart, letter, {1.0, "Letter"}));
        QFile letterPdf(letter);
        QVERIFY(letterPdf.open(QIODevice::ReadOnly));
        QVERIFY(letterPdf.readAll().contains("/MediaBox [0 0 792.000000 612.000000]"));
        letterPdf.close();
        QVERIFY(QFile::remove(big) && QFile::remove(letter));
        // PDF too, written over an earlier file; a path that cannot be written fails and leaves nothing.
        const QString pdf = dir.filePath("clusters.pdf");
        test::writeFile(pdf, "an older export");
        QVERIFY(exportChart(*window.clustersView()->currentChart(), pdf));
        QFile document(pdf);
        QVERIFY(document.open(QIODevice::ReadOnly));
        QCOMPARE(document.read(5), QByteArray("%PDF-"));
        QVERIFY(!exportChart(*window.clustersView()->currentChart(), dir.filePath("missing/clusters.png")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), (QStringList{"clusters.pdf", "clusters.png"}));
        QVERIFY(window.distancesView()->showTable("table1_distance_corrected"));
        const auto table = window.distancesView()->currentTable();
        QVERIFY(table);
        const QString csv = dir.filePath("table1.csv");
        exportTable(*table, csv);
        QFile text(csv);
        QVERIFY(text.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = text.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), static_cast<int>(table->rows.size() + 1));
        QVERIFY(lines[1].startsWith("\"(3, 300)\""));
        window.exportAll(dir.filePath("report"));
        QVERIFY(QFile::exists(dir.filePath("report/tables.md")));
        // results.json says how the run was made: the Run panel's overrides, not an empty set.
        QFile results(dir.filePath("report/results.json"));
        QVERIFY(results.open(QIODevice::ReadOnly));
        const QJsonObject overrides = QJsonDocument::fromJson(results.readAll()).object()["settings"].toObject()["overrides"].toObject();
        const QJsonObject panelOverrides =
            QJsonDocument::fromJson(QByteArray::fromStdString(nlohmann::json(window.runPanel()->overrides()).dump())).object();
        QVERIFY(!panelOverrides.isEmpty());
        QCOMPARE(overrides, panelOverrides);
        QVERIFY(QFile::exists(dir.filePath("report/chart_table1_distance_corrected.png")));
        // Every chart in the chosen format (2x PNGs by default) with the data it draws beside it.
        QCOMPARE(QImage(dir.filePath("report/chart_table1_distance_corrected.png")).width(), 2 * 900);
        const QStringList charts = QDir(dir.filePath("report")).entryList({"*.png"});
        QVERIFY(charts.contains("layer2_vs_imbalance.png"));
        for (const QString& png : charts)
            QVERIFY2(QFile::exists(dir.filePath("report/" + png.chopped(4) + ".csv")), qPrintable(png));
        // ... and beyond the reproduce report: the projection, the training curves with their data, the query.
        for (const char* file : {"projection.png", "projection.pdf", "training_curves.png", "training_curves.csv", "query_layer1.csv",
                                 "query_layer2.csv", "query_exact.csv", "layer2_answers.csv", "layer2_answers_selected_cluster.png"})
            QVERIFY2(QFile::exists(dir.filePath("report/") + file), file);
        QFile curves(dir.filePath("report/training_curves.csv"));
        QVERIFY(curves.open(QIODevice::ReadOnly));
        const QList<QByteArray> epochs = curves.readAll().trimmed().split('\n');
        QVERIFY(epochs.size() > 2);
        QVERIFY(epochs[1].startsWith("layer1,1,"));

        // Save, then reopen in a new window without retraining.
        QSignalSpy saved(&window, &MainWindow::runEnded);
        const QString folder = dir.filePath("session");
        window.saveSession(folder);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 60000);
        QVERIFY(QFile::exists(folder + "/manifest.json"));
        MainWindow reopened;
        const RunRequest trained = window.runPanel()->request();
        chooseTinyRun(reopened, 50, 7); // the panel on other settings: opening the model must show its own
        reopened.runPanel()->protocolBox()->setCurrentIndex(reopened.runPanel()->protocolBox()->findData("paper"));
        QSignalSpy reopenedEnded(&reopened, &MainWindow::runEnded);
        reopened.openSession(folder);
        QVERIFY(waitForRun(reopenedEnded));
        QCOMPARE(reopenedEnded.takeFirst().at(0).toBool(), true);
        const RunRequest shownRun = reopened.runPanel()->request();
        QCOMPARE(shownRun.dataset.data, trained.dataset.data);
        QCOMPARE(shownRun.dataset.words, trained.dataset.words);
        QCOMPARE(shownRun.settings.protocol, trained.settings.protocol);
        QCOMPARE(shownRun.settings.kmeans.clusters, trained.settings.kmeans.clusters);
        QCOMPARE(reopened.runPanel()->maxEpochsBox()->value(), window.runPanel()->maxEpochsBox()->value());
        QCOMPARE(reopened.session()->hierarchy->accuracy().layer2Accuracy, session->hierarchy->accuracy().layer2Accuracy);
        QCOMPARE(reopened.session()->data->fingerprint(), session->data->fingerprint());
        QSignalSpy reinspected(reopened.queryInspector(), &QueryInspector::inspected);
        QVERIFY(reopened.queryInspector()->inspectWord("china"));
        QVERIFY(reinspected.wait(30000));
        QCOMPARE(reopened.queryInspector()->predictedModel().rowCount(), shown);
        for (int r = 0; r < shown; ++r)
            QCOMPARE(reopened.queryInspector()->predictedModel().text(r, 2), inspector->predictedModel().text(r, 2));
    }

    void anAugmentedRunKeepsItsColumnsAndMultiProbeRows()
    {
        // Trained only with augmentation, a run once showed "–" for the true-cluster and recall@1 columns
        // (they were read from the plain hierarchy it never trained) and lost the learned multi-probe rows.
        MainWindow window;
        chooseTinyRun(window, 300, 3);
        window.runPanel()->augmentBox()->setChecked(true);
        QSignalSpy ended(&window, &MainWindow::runEnded);
        window.startTraining();
        QVERIFY(waitForRun(ended));
        QCOMPARE(ended.takeFirst().at(0).toBool(), true);
        const std::vector<Table> tables = experimentTables(window.session()->measurement);
        const auto named = [&](const std::string& id) { return *std::find_if(tables.begin(), tables.end(), [&](const Table& t) { return t.id == id; }); };
        const Table layer2 = named("table3_layer2_corrected");
        for (const char* column : {"augmented_routed", "augmented_oracle", "augmented_recall_at_1"})
            QVERIFY2(layer2.columnIndex(column) > 0 && layer2.rows.front()[static_cast<std::size_t>(layer2.columnIndex(column))].number, column);
        for (std::size_t c = 1; c < layer2.columns.size(); ++c) // no column of a hierarchy the run did not train
            QVERIFY2(!layer2.rows.front()[c].isMissing(), layer2.columns[c].id.c_str());
        const Table multiprobe = named("multiprobe_corrected");
        QVERIFY(std::any_of(multiprobe.rows.begin(), multiprobe.rows.end(),
                            [](const std::vector<Cell>& row) { return row[1].text == "learned:augment=1,probes=2,per-cluster=10,rerank=1"; }));
        // The training curves carry each epoch's held-out accuracy beside the training accuracy.
        const Table curves = window.accuracyView()->trainingCurves();
        const int heldOut = curves.columnIndex("held_out_accuracy");
        QVERIFY(heldOut > 0);
        QVERIFY(std::any_of(curves.rows.begin(), curves.rows.end(), [&](const std::vector<Cell>& row) {
            return row[0].text == "layer1" && row[static_cast<std::size_t>(heldOut)].number;
        }));
        // Memorising starts where held-out accuracy peaks while training accuracy goes on rising.
        QCOMPARE(AccuracyView::memorisingFrom({1, 2, 3, 4}, {0.2, 0.5, 0.8, 0.95}, {0.2, 0.3, 0.28, 0.25}), 2);
        QCOMPARE(AccuracyView::memorisingFrom({1, 2, 3}, {0.2, 0.5, 0.52}, {0.2, 0.3, 0.28}), 0); // training stalls too
        QCOMPARE(AccuracyView::memorisingFrom({1, 2}, {0.2, 0.9}, {NAN, NAN}), 0);                 // nothing held out
        // A second run: the views keep showing the first until it ends, and a banner says so.
        auto* banner = window.findChild<QLabel*>("staleBanner");
        QVERIFY(banner && banner->isHidden());
        window.startTraining();
        QVERIFY(!banner->isHidden());
        QVERIFY(banner->text().contains("previous run"));
        QTest::mouseClick(window.runPanel()->cancelButton(), Qt::LeftButton);
        QVERIFY(waitForRun(ended));
        QVERIFY(banner->isHidden());
    }

    void thePaperProtocolShowsItsMetricAndItsUntrainedClusters()
    {
        MainWindow window;
        RunPanel* panel = window.runPanel();
        panel->metricBox()->setCurrentText("ip");
        panel->protocolBox()->setCurrentIndex(panel->protocolBox()->findData("paper"));
        QCOMPARE(panel->metricBox()->currentText(), QString("cosine")); // what the paper protocol uses
        QVERIFY(!panel->metricBox()->isEnabled());
        panel->protocolBox()->setCurrentIndex(panel->protocolBox()->findData("corrected"));
        QCOMPARE(panel->metricBox()->currentText(), QString("ip")); // the user's choice is back
        QVERIFY(panel->metricBox()->isEnabled());
        // The paper's grouped split leaves small clusters without training rows: their layer 2 never trained.
        panel->protocolBox()->setCurrentIndex(panel->protocolBox()->findData("paper"));
        chooseTinyRun(window, 300, 40);
        QSignalSpy ended(&window, &MainWindow::runEnded);
        window.startTraining();
        QVERIFY(waitForRun(ended));
        QCOMPARE(ended.takeFirst().at(0).toBool(), true);
        QVERIFY(!panel->metricBox()->isEnabled()); // still locked after the run unlocked the panel
        const auto& imbalance = window.session()->imbalance;
        const auto untrained = std::find_if(imbalance.begin(), imbalance.end(), [](const ClusterImbalance& c) { return c.trainRows == 0; });
        QVERIFY(untrained != imbalance.end());
        window.clustersView()->selectCluster(static_cast<int>(untrained->cluster));
        QVERIFY(window.clustersView()->summaryText().contains("never trained"));
        const TableModel& table = window.clustersView()->imbalanceModel();
        for (int r = 0; r < table.rowCount(); ++r)
            if (*table.cell(r, 0).number == static_cast<double>(untrained->cluster)) {
                QVERIFY(table.cell(r, 4).isMissing()); // no "0 distinct targets"
                QCOMPARE(table.text(r, 13), QString("never trained"));
            }
    }

    void theQueryViewAsksTheDatasetsOwnQueries()
    {
        // siftsmall ships 100 queries: the Query view inspects them as `nnscope knn --data siftsmall` reads
        // them (exact search over the run's rows). On the first 1000 rows the shipped truth (for all 10,000)
        // no longer applies, and the view does not claim it.
        MainWindow window;
        window.runPanel()->setData("siftsmall");
        chooseTinyRun(window, 1000, 4);
        QSignalSpy ended(&window, &MainWindow::runEnded);
        window.startTraining();
        QVERIFY(waitForRun(ended));
        QCOMPARE(ended.takeFirst().at(0).toBool(), true);
        const SessionPointer session = window.session();
        QVERIFY(session->querySet);
        QVERIFY(!session->shippedTruth);
        QCOMPARE(session->querySet->rows(), std::size_t(100));
        QueryInspector* inspector = window.queryInspector();
        inspector->topBox()->setValue(10);
        QSignalSpy inspected(inspector, &QueryInspector::inspected);
        for (qint64 query : {0, 7, 99}) {
            inspected.clear();
            QVERIFY(inspector->inspectQuerySetEntry(query));
            QVERIFY(inspected.wait(30000));
            QCOMPARE(inspector->exactModel().rowCount(), 10);
            const Neighbors exact = ExactSearch(session->data->view(), Metric::L2).search({session->querySet->row(static_cast<std::size_t>(query)), 1, 128}, 10);
            for (int r = 0; r < 10; ++r)
                QCOMPARE(static_cast<std::int64_t>(*inspector->exactModel().cell(r, 2).number), exact.id(0, static_cast<std::size_t>(r)));
            QVERIFY(inspector->summaryText().contains(QString("Query %1").arg(query)));
            QVERIFY(!inspector->summaryText().contains("shipped"));
        }
        QVERIFY(!inspector->inspectQuerySetEntry(100));
        // Probing two clusters with re-ranking gives nnscope predict --probe 2's answer: the hierarchy's search.
        inspector->probesBox()->setValue(2);
        inspector->rerankBox()->setChecked(true);
        inspected.clear();
        QVERIFY(inspector->inspectQuerySetEntry(3));
        QVERIFY(inspected.wait(30000));
        const Neighbors answer = session->hierarchy->search({session->querySet->row(3), 1, 128}, 10, {2, 10, true}, Metric::L2);
        QCOMPARE(inspector->predictedModel().rowCount(), 10);
        for (int r = 0; r < 10; ++r)
            QCOMPARE(static_cast<std::int64_t>(*inspector->predictedModel().cell(r, 2).number), answer.id(0, static_cast<std::size_t>(r)));
    }

    void twoRunsOfDifferentProtocolsSideBySide()
    {
        MainWindow window;
        chooseTinyRun(window);
        QSignalSpy ended(&window, &MainWindow::runEnded);
        window.startTraining();
        QVERIFY(waitForRun(ended));
        const SessionPointer corrected = window.session();
        // Partitions beside each run, on different row counts.
        const auto buildPartitions = [&window](int rows) {
            window.partitionsView()->rowsBox()->setValue(rows);
            QSignalSpy built(&window, &MainWindow::partitionsBuilt);
            window.buildPartitions();
            return built.wait(120000) ? window.partitionsView()->result() : nullptr;
        };
        const auto partitionsA = buildPartitions(300);
        QVERIFY(partitionsA);
        window.runPanel()->protocolBox()->setCurrentIndex(window.runPanel()->protocolBox()->findData("paper"));
        ended.clear();
        window.startTraining();
        QVERIFY(waitForRun(ended));
        const SessionPointer paper = window.session();
        QVERIFY(window.compareView()->currentTable());
        QVERIFY(!window.compareView()->showTable("compare_partitions")); // run B has none yet
        const auto partitionsB = buildPartitions(200);
        QVERIFY(partitionsB && partitionsB != partitionsA);
        QVERIFY(paper != corrected);
        CompareView* compare = window.compareView();
        QCOMPARE(compare->runCount(), 2);
        QVERIFY(compare->compare(0, 1));
        // The settings that differ: the protocol, named with both values.
        QVERIFY(compare->showTable("compare_settings"));
        const Table settings = *compare->currentTable();
        const auto protocols = std::find_if(settings.rows.begin(), settings.rows.end(), [](const std::vector<Cell>& row) { return row[0].text == "protocols"; });
        QVERIFY(protocols != settings.rows.end());
        QVERIFY((*protocols)[1].text.find("corrected") != std::string::npos && (*protocols)[2].text.find("paper") != std::string::npos);
        // Accuracy per layer: each run's own figures, and B − A.
        QVERIFY(compare->showTable("compare_accuracy"));
        const Table accuracy = *compare->currentTable();
        QCOMPARE(accuracy.rows.size(), std::size_t(5));
        const auto& routed = accuracy.rows[2]; // layer 2, routed by layer 1
        QCOMPARE(*routed[1].number, corrected->hierarchy->accuracy().layer2Accuracy);
        QCOMPARE(*routed[2].number, paper->hierarchy->accuracy().layer2Accuracy);
        QCOMPARE(*routed[3].number, paper->hierarchy->accuracy().layer2Accuracy - corrected->hierarchy->accuracy().layer2Accuracy);
        // The chart draws both runs' bars and no difference bar (it can be negative: not a fraction).
        const Table drawn = report::plottedData(*compare->currentChart());
        QCOMPARE(drawn.rows.size(), std::size_t(10));
        QVERIFY(compare->showTable("compare_systems"));
        QVERIFY(compare->currentTable()->rows.size() >= 10);
        // The partitions: each method's candidates and distance-equivalents at the target, A's and B's own.
        QVERIFY(compare->showTable("compare_partitions"));
        const Table partitions = *compare->currentTable();
        QCOMPARE(partitions.rows.size(), 2 * partitionsA->methods.size());
        for (std::size_t m = 0; m < partitionsA->methods.size(); ++m) {
            const PartitionMethodResult &x = partitionsA->methods[m], &y = partitionsB->methods[m];
            QCOMPARE(partitions.rows[2 * m][0].text, x.method);
            const auto same = [](const Cell& cell, double value) { return value < 0.0 ? cell.isMissing() : std::fabs(*cell.number - value) < 1e-9; };
            QVERIFY(same(partitions.rows[2 * m][2], x.candidatesAtTarget) && same(partitions.rows[2 * m][3], y.candidatesAtTarget));
            QVERIFY(same(partitions.rows[2 * m + 1][2], x.distanceEquivalentsAtTarget) && same(partitions.rows[2 * m + 1][3], y.distanceEquivalentsAtTarget));
        }
        QVERIFY(compare->showTable("compare_partition_settings"));
        const Table partitionSettings = *compare->currentTable();
        QVERIFY(std::any_of(partitionSettings.rows.begin(), partitionSettings.rows.end(), [&](const std::vector<Cell>& row) {
            return row[0].text == "base_rows" && row[1].text == std::to_string(partitionsA->baseRows) && row[2].text == std::to_string(partitionsB->baseRows);
        }));
    }

    void theQueryViewAgreesWithSiftsmallsShippedTruthAndNnscopeKnn()
    {
        // On all 10,000 rows the shipped ground truth applies: every one of the 100 queries, inspected in
        // the Query view, has the exact top 10 that `nnscope knn --data siftsmall` prints and that shipped
        // with the data. (A tiny model trained here: the hierarchy's quality is not what is checked.)
        QTemporaryDir dir;
        const QString folder = dir.filePath("model");
        auto data = std::make_shared<const Dataset>(openDataset({"siftsmall", std::nullopt, 0, 0}));
        HierarchyOverrides o;
        o.clusters = 10;
        o.nInit = 1;
        o.maxEpochs = 1;
        o.model = ModelSettings{1, 4, 4, 8, 2};
        Hierarchy::train(data, hierarchySettings("fast", Protocol::Corrected, o)).save(folder.toStdString());

        const test::CliRun knn = test::runCli({"knn", "--data", "siftsmall", "--json"});
        QCOMPARE(knn.exitCode, 0);
        const QJsonObject printed = test::jsonObjectOf(knn);
        QCOMPARE(printed["ground_truth"].toObject()["agreement"].toDouble(), 1.0);
        const QJsonArray cliIds = printed["ids"].toArray();
        QCOMPARE(cliIds.size(), 100);

        MainWindow window;
        QSignalSpy ended(&window, &MainWindow::runEnded);
        window.openSession(folder);
        QVERIFY(waitForRun(ended, 600));
        QCOMPARE(ended.takeFirst().at(0).toBool(), true);
        const SessionPointer session = window.session();
        QVERIFY(session->querySet && session->shippedTruth);
        QueryInspector* inspector = window.queryInspector();
        inspector->topBox()->setValue(10);
        QSignalSpy inspected(inspector, &QueryInspector::inspected);
        for (int query = 0; query < 100; ++query) {
            inspected.clear();
            QVERIFY(inspector->inspectQuerySetEntry(query));
            QVERIFY(inspected.wait(30000));
            for (int r = 0; r < 10; ++r) {
                const auto shown = static_cast<std::int64_t>(*inspector->exactModel().cell(r, 2).number);
                QCOMPARE(shown, cliIds[query].toArray()[r].toInteger());
                QCOMPARE(shown, session->shippedTruth->id(static_cast<std::size_t>(query), static_cast<std::size_t>(r)));
            }
            QVERIFY2(inspector->summaryText().contains("exact search agrees"), qPrintable(inspector->summaryText()));
        }
    }

    void aCorruptModelFolderIsAMessageNotACrash()
    {
        // A model folder whose manifest gives a layer-2 target past its cluster (the audit's edit: 999 in
        // a 300-row model) crashed the studio on opening; now the engine refuses it with a message.
        QTemporaryDir dir;
        const QString folder = dir.filePath("model");
        auto data = std::make_shared<const Dataset>(openDataset({"glove-50d", std::nullopt, 300, 0}));
        HierarchyOverrides o;
        o.clusters = 3;
        o.nInit = 1;
        o.maxEpochs = 1;
        o.model = ModelSettings{1, 4, 4, 8, 2};
        Hierarchy::train(data, hierarchySettings("fast", Protocol::Corrected, o)).save(folder.toStdString());
        nlohmann::json manifest = nlohmann::json::parse(readWholeFile(folder.toStdString() + "/manifest.json"));
        manifest["plan"]["targets"][5][0] = 999;
        writeFileAtomically(folder.toStdString() + "/manifest.json", manifest.dump());

        MainWindow window;
        window.setHeadless(true); // the message goes to stderr, not to a dialog nobody clicks
        QSignalSpy ended(&window, &MainWindow::runEnded);
        window.openSession(folder);
        QVERIFY(waitForRun(ended, 60));
        QCOMPARE(ended.takeFirst().at(0).toBool(), false);
        QVERIFY(!window.session());
        QVERIFY(!window.isRunning());
    }
    void thePaperProtocolsTestRowsAreLabelledTest()
    {
        // The paper protocol's test rows are in cluster order, not sorted: a lookup that assumed sorted
        // rows called most of them "train".
        MainWindow window;
        window.show();
        chooseTinyRun(window, 300, 20); // the last 10% then spans several clusters
        window.runPanel()->protocolBox()->setCurrentIndex(window.runPanel()->protocolBox()->findData("paper"));
        QSignalSpy ended(&window, &MainWindow::runEnded);
        window.startTraining();
        QVERIFY(waitForRun(ended));
        const SessionPointer session = window.session();
        const TrainingPlan& plan = session->hierarchy->plan();
        QCOMPARE(plan.protocol, Protocol::Paper);
        QVERIFY(!std::is_sorted(plan.testRows.begin(), plan.testRows.end()));
        const std::vector<bool> test = plan.testMask();
        ClustersView* clusters = window.clustersView();
        // A paper-protocol hit is a position match, not "the answer shown is the nearest": the header says so.
        clusters->selectCluster(0);
        QVERIFY(clusters->queriesModel().headerData(4, Qt::Horizontal).toString().contains("position"));
        QCOMPARE(clusters->queriesModel().headerData(2, Qt::Horizontal).toString(), QString("layer 2's top 1"));
        for (std::uint32_t c = 0; c < plan.clusters(); ++c) {
            clusters->selectCluster(static_cast<int>(c));
            const TableModel& members = clusters->membersModel();
            for (int r = 0; r < members.rowCount(); ++r) {
                const auto row = static_cast<std::size_t>(*members.cell(r, 1).number);
                QCOMPARE(members.text(r, 3), test[row] ? QString("test") : QString("train"));
            }
            // Every evaluated query of the cluster is listed in the drill-down.
            std::size_t queries = 0;
            for (const QueryOutcome& o : session->hierarchy->accuracy().outcomes)
                queries += o.cluster == c;
            QCOMPARE(static_cast<std::size_t>(clusters->queriesModel().rowCount()), queries);
        }
        // The inspector's sentence says "test" for a held-out row the old lookup missed.
        std::size_t missed = plan.testRows.front();
        for (std::size_t row : plan.testRows)
            if (!std::binary_search(plan.testRows.begin(), plan.testRows.end(), row)) {
                missed = row;
                break;
            }
        QSignalSpy inspected(window.queryInspector(), &QueryInspector::inspected);
        QVERIFY(window.queryInspector()->inspectRow(static_cast<qint64>(missed)));
        QVERIFY(inspected.wait(30000));
        QVERIFY(inspectQuery(*session->hierarchy, missed).isTest);
    }

    void theViewsAgreeAndOfferOnlyWhatTheyHave()
    {
        MainWindow window;
        window.show();
        chooseTinyRun(window);
        window.runPanel()->protocolBox()->setCurrentIndex(window.runPanel()->protocolBox()->findData("corrected"));
        window.runPanel()->augmentBox()->setChecked(true);
        QSignalSpy ended(&window, &MainWindow::runEnded);
        window.startTraining();
        QVERIFY(waitForRun(ended));
        const SessionPointer session = window.session();

        // Trained with augmentation, the run's numbers are the augmented hierarchy's column.
        DistancesView* distances = window.distancesView();
        QVERIFY(distances->showTable("table3_layer2_corrected"));
        Table layer2 = *distances->currentTable();
        const auto column = [&layer2](const std::string& id) {
            for (std::size_t c = 0; c < layer2.columns.size(); ++c)
                if (layer2.columns[c].id == id)
                    return c;
            return layer2.columns.size();
        };
        QVERIFY(layer2.rows.front()[column("augmented_routed")].number.has_value());
        QCOMPARE(column("learned_routed"), layer2.columns.size()); // no column for the plain hierarchy it never trained
        QCOMPARE(*layer2.rows.front()[column("augmented_routed")].number, session->hierarchy->accuracy().layer2Accuracy);

        // The chart shows the chosen table.
        QCustomPlot* chart = distances->currentChart();
        const auto chartTitle = [chart] { return qobject_cast<QCPTextElement*>(chart->plotLayout()->element(0, 0))->text(); };
        QCOMPARE(chartTitle(), tableTitle(layer2));
        QVERIFY(distances->showTable("table1_distance_corrected"));
        QCOMPARE(chartTitle(), tableTitle(*distances->currentTable()));

        // One query sample: the clusters' test accuracy is the imbalance table's, query count included.
        QVERIFY(distances->showTable("imbalance_corrected"));
        const Table imbalance = *distances->currentTable();
        QCOMPARE(imbalance.rows.size(), session->imbalance.size());
        for (std::size_t c = 0; c < imbalance.rows.size(); ++c) {
            QCOMPARE(*imbalance.rows[c][9].number, double(session->imbalance[c].testQueries));
            QCOMPARE(session->measurement.results.front().learned.front().imbalance[c].testAccuracy, session->imbalance[c].testAccuracy);
        }
        QCOMPARE(session->measurement.settings.queries, session->hierarchy->accuracy().queryRows.size());
        // Exports follow the on-screen order: sorted by size (descending), the table is written that way.
        auto* shown = distances->findChild<QTableView*>();
        QVERIFY(shown);
        shown->sortByColumn(2, Qt::DescendingOrder);
        const Table sorted = *distances->currentTable();
        QCOMPARE(sorted.rows.size(), imbalance.rows.size());
        for (std::size_t r = 1; r < sorted.rows.size(); ++r)
            QVERIFY(*sorted.rows[r - 1][2].number >= *sorted.rows[r][2].number);
        QVERIFY(!std::is_sorted(imbalance.rows.begin(), imbalance.rows.end(),
                                [](const auto& a, const auto& b) { return *a[2].number > *b[2].number; })
                || imbalance.rows.size() < 2); // the engine's order was not already that one

        // Export actions follow the view: the Query tab has no chart, the Projection tab no table.
        window.tabs()->setCurrentWidget(window.clustersView());
        QVERIFY(window.exportChartAction()->isEnabled() && window.exportTableAction()->isEnabled());
        window.tabs()->setCurrentWidget(window.queryInspector());
        QVERIFY(!window.exportChartAction()->isEnabled());
        window.tabs()->setCurrentWidget(window.projectionView());
        QVERIFY(window.exportChartAction()->isEnabled());
        QVERIFY(!window.exportTableAction()->isEnabled());

        // An unknown word clears the previous query's tables.
        QueryInspector* inspector = window.queryInspector();
        QSignalSpy inspected(inspector, &QueryInspector::inspected);
        QVERIFY(inspector->inspectWord("the"));
        QVERIFY(inspected.count() > 0 || inspected.wait(30000));
        QVERIFY(inspector->predictedModel().rowCount() > 0);
        QVERIFY(!inspector->inspectWord("no-such-word-here"));
        QCOMPARE(inspector->predictedModel().rowCount(), 0);
        QCOMPARE(inspector->exactModel().rowCount(), 0);

        // In one cluster's projection, a query from another cluster is not drawn there.
        ProjectionView* projection = window.projectionView();
        const std::size_t row = *session->data->findLabel("the");
        const std::uint32_t own = session->hierarchy->plan().clusterOf[row];
        projection->setQuery(static_cast<qint64>(row), -1, -1);
        projection->setNeighbours({static_cast<qint64>(row == 0 ? 1 : 0)});
        const auto nearestBoxes = [projection] {
            int boxes = 0;
            for (int i = 0; i < projection->currentChart()->itemCount(); ++i)
                if (auto* text = qobject_cast<QCPItemText*>(projection->currentChart()->item(i)))
                    boxes += text->text().startsWith(QCoreApplication::translate("nnscope::studio::ProjectionView", "Nearest to %1:").section('%', 0, 0));
            return boxes;
        };
        projection->showCluster(static_cast<int>((own + 1) % session->hierarchy->clustering().clusters));
        QVERIFY(std::isnan(projection->highlightedPoints()[0].x()));
        QCOMPARE(nearestBoxes(), 0); // no list about a query this view does not show (it stayed before)
        projection->showCluster(static_cast<int>(own));
        QVERIFY(!std::isnan(projection->highlightedPoints()[0].x()));
        QCOMPARE(nearestBoxes(), 1);

        // Find ignores case, centres the view on the word and switches to all rows when its cluster is not shown.
        window.tabs()->setCurrentWidget(projection);
        projection->showCluster(static_cast<int>((own + 1) % session->hierarchy->clustering().clusters));
        QVERIFY(projection->find("THE"));
        QCOMPARE(projection->foundRow(), static_cast<qint64>(row));
        const QPointF found = projection->pointOf(static_cast<qint64>(row));
        QVERIFY(!std::isnan(found.x()));
        QVERIFY(std::fabs(projection->currentChart()->xAxis->range().center() - found.x()) < 1e-9);
        QVERIFY(!projection->find("no-such-word-here"));
        QCOMPARE(projection->foundRow(), qint64(-1));

        // Any two principal axes.
        projection->setAxes(1, 2);
        QCOMPARE(projection->pointOf(static_cast<qint64>(row)).x(), double(session->projection[Session::kProjectionAxes * row + 1]));
        QCOMPARE(projection->pointOf(static_cast<qint64>(row)).y(), double(session->projection[Session::kProjectionAxes * row + 2]));

        // Colour by split and by layer 2's outcome.
        const std::vector<bool> test = session->hierarchy->plan().testMask();
        const std::size_t testRow = session->hierarchy->plan().testRows.front();
        const std::size_t trainRow = static_cast<std::size_t>(std::find(test.begin(), test.end(), false) - test.begin());
        projection->setColouring(ProjectionView::Colouring::Split);
        QCOMPARE(projection->colourGroupOf(static_cast<qint64>(testRow)), QString("test row"));
        QCOMPARE(projection->colourGroupOf(static_cast<qint64>(trainRow)), QString("training row"));
        projection->setColouring(ProjectionView::Colouring::Layer2);
        for (const QueryOutcome& outcome : session->hierarchy->accuracy().outcomes)
            QCOMPARE(projection->colourGroupOf(static_cast<qint64>(outcome.row)), outcome.hit ? QString("test: layer 2 hit") : QString("test: layer 2 miss"));
        QCOMPARE(projection->colourGroupOf(static_cast<qint64>(trainRow)), QString("not a scored test query"));
        projection->setColouring(ProjectionView::Colouring::Cluster);

        // Zoom is bounded; a double-click resets the view.
        QCPAxis* x = projection->currentChart()->xAxis;
        projection->resetView();
        const QCPRange full = x->range();
        x->setRange(full.center(), full.size() * 1000.0);
        QVERIFY(x->range().size() <= full.size() * 4.0 + 1e-9);
        x->setRange(full.center(), full.size() * 1e-9);
        QVERIFY(x->range().size() >= full.size() * 1e-4 - 1e-12);
        QTest::mouseDClick(projection->currentChart(), Qt::LeftButton, Qt::NoModifier, QPoint(5, 5));
        QCOMPARE(x->range().lower, full.lower);
        QCOMPARE(x->range().upper, full.upper);
        QTest::qWait(QApplication::doubleClickInterval() + 100); // the next click is not the double-click's end

        // Clicking a point makes it the query: the inspector answers, and the projection rings the query's
        // exact nearest neighbours.
        const qint64 target = static_cast<qint64>(*session->data->findLabel("china"));
        const QPointF at = projection->pointOf(target);
        const QPoint pixel(qRound(x->coordToPixel(at.x())), qRound(projection->currentChart()->yAxis->coordToPixel(at.y())));
        const qint64 clicked = projection->rowNear(pixel); // the nearest point under the cursor (another may overlap)
        QVERIFY(clicked >= 0);
        QSignalSpy activated(projection, &ProjectionView::rowActivated);
        inspected.clear();
        QTest::mouseClick(projection->currentChart(), Qt::LeftButton, Qt::NoModifier, pixel);
        QVERIFY(activated.wait(QApplication::doubleClickInterval() + 2000)); // once it cannot be a double-click
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.takeFirst().at(0).toLongLong(), clicked);
        QVERIFY(inspected.wait(30000));
        QCOMPARE(inspector->currentQuery(), clicked);
        const Neighbors nearest = ExactSearch(session->data->view(), session->hierarchy->plan().targetMetric).searchRows({static_cast<std::size_t>(clicked)}, 5);
        QCOMPARE(projection->neighbours().size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(projection->neighbours()[i], nearest.id(0, static_cast<std::size_t>(i)));
    }

    void headlessFailuresAreOneLineAndExitOne()
    {
        // Scripted screenshots never wait for a click: a file that cannot be read, with or without a
        // training run, ends at once with exit status 1, the reason on stderr and no picture saved.
        QTemporaryDir dir;
        const QString ragged = dir.filePath("ragged.txt");
        QFile file(ragged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("alpha 1 2\nbeta 1\n");
        file.close();
        for (const QString& data : {dir.filePath("missing.txt"), ragged})
            for (bool train : {true, false}) {
                QStringList arguments = {"--data", data, "--view", "clusters", "--screenshot", dir.filePath("shot.png")};
                if (train)
                    arguments << "--train";
                QElapsedTimer clock;
                clock.start();
                // Its own settings folder: the studio persists the Run panel, which must not leak into the user's.
                const test::CliRun run =
                    test::runProgram(NNSCOPE_STUDIO, arguments, {"QT_QPA_PLATFORM=offscreen", "XDG_CONFIG_HOME=" + dir.filePath("config")});
                QCOMPARE(run.exitCode, 1);
                QVERIFY(clock.elapsed() < 30000);
                QVERIFY2(run.err.contains("nnscope-studio: "), run.err.constData());
                QVERIFY2(!run.err.trimmed().contains('\n'), run.err.constData()); // one line: Qt's offscreen notes kept out
                QVERIFY(run.err.contains(data == ragged ? "ragged" : "missing.txt"));
                QVERIFY(!QFile::exists(dir.filePath("shot.png")));
            }
        // Without a display: --help still answers; a window says in one line that it needs one.
        const QStringList noDisplay = {"QT_QPA_PLATFORM=", "DISPLAY=", "WAYLAND_DISPLAY=", "XDG_CONFIG_HOME=" + dir.filePath("config")};
        const test::CliRun help = test::runProgram(NNSCOPE_STUDIO, {"--help"}, noDisplay);
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--export"));
        const test::CliRun window = test::runProgram(NNSCOPE_STUDIO, {"--data", "glove-100d"}, noDisplay);
        QCOMPARE(window.exitCode, 1);
        QVERIFY2(window.err.trimmed() == "nnscope-studio: no display (set DISPLAY, or QT_QPA_PLATFORM=offscreen for headless runs)", window.err.constData());
        const test::CliRun exportOnly = test::runProgram(NNSCOPE_STUDIO, {"--export", dir.filePath("out")}, {"QT_QPA_PLATFORM=offscreen"});
        QCOMPARE(exportOnly.exitCode, 2); // --export exports a run it trains: without --train, a usage error
        QVERIFY(!QFile::exists(dir.filePath("out")));
        QVERIFY(QFile::exists(dir.filePath("config/nnscope/nnscope-studio.conf"))); // the isolation took effect
    }
    void eachDrawnIntervalIsItsOwnClustersWilsonInterval()
    {
        // The layer-2-vs-size scatter: QCPGraph sorts its points by x, so an interval added in cluster
        // order once sat on another cluster's point. Each drawn (x, y, interval) must be one cluster's row.
        MainWindow window;
        window.show();
        chooseTinyRun(window, 600, 12);
        QSignalSpy ended(&window, &MainWindow::runEnded);
        window.startTraining();
        QVERIFY(waitForRun(ended));
        const auto& imbalance = window.session()->imbalance;
        QCustomPlot* chart = window.accuracyView()->imbalanceChart();
        QCPGraph* dots = chart->graph(0);
        QCPErrorBars* bars = nullptr;
        for (int p = 0; p < chart->plottableCount(); ++p)
            if (auto* found = qobject_cast<QCPErrorBars*>(chart->plottable(p)))
                bars = found;
        QVERIFY(dots && bars);
        std::size_t withQueries = 0;
        for (const ClusterImbalance& c : imbalance)
            withQueries += c.testQueries > 0;
        QCOMPARE(static_cast<std::size_t>(dots->dataCount()), withQueries);
        QCOMPARE(bars->dataCount(), dots->dataCount());
        QVERIFY(withQueries >= 3);
        bool unsorted = false; // the clusters' own order is not by size, or the test proves nothing
        for (std::size_t c = 1; c < imbalance.size(); ++c)
            unsorted |= imbalance[c].size < imbalance[c - 1].size;
        QVERIFY(unsorted);
        for (int i = 0; i < dots->dataCount(); ++i) {
            const double x = dots->data()->at(i)->key, y = dots->data()->at(i)->value;
            const double low = y - bars->data()->at(i).errorMinus, high = y + bars->data()->at(i).errorPlus;
            const bool someCluster = std::any_of(imbalance.begin(), imbalance.end(), [&](const ClusterImbalance& c) {
                return c.testQueries > 0 && static_cast<double>(c.size) == x && c.testAccuracy == y && std::fabs(c.testLow - low) < 1e-12
                    && std::fabs(c.testHigh - high) < 1e-12;
            });
            QVERIFY2(someCluster, qPrintable(QString("point %1 (size %2, accuracy %3) carries [%4, %5]").arg(i).arg(x).arg(y).arg(low).arg(high)));
        }
        // The cluster selected in the Clusters view is marked in the scatter (and outlined among the bars),
        // and the trend comes with a plain verdict.
        const auto measured = std::find_if(imbalance.rbegin(), imbalance.rend(), [](const ClusterImbalance& c) { return c.testQueries > 0; });
        window.clustersView()->selectCluster(static_cast<int>(measured->cluster));
        bool marked = false;
        for (int g = 0; g < chart->graphCount(); ++g)
            if (chart->graph(g)->name().contains("selected") && chart->graph(g)->dataCount() == 1)
                marked = chart->graph(g)->data()->at(0)->key == static_cast<double>(measured->size)
                      && chart->graph(g)->data()->at(0)->value == measured->testAccuracy;
        QVERIFY(marked);
        const Table sizeBars = report::plottedData(*window.clustersView()->currentChart());
        QVERIFY(std::any_of(sizeBars.rows.begin(), sizeBars.rows.end(), [&](const std::vector<Cell>& row) {
            return row[0].text.find("selected") != std::string::npos && *row[2].number == static_cast<double>(measured->size);
        }));
        // ... and ringed on the map among every row: exactly its rows, at their drawn positions.
        QCustomPlot* map = window.projectionView()->currentChart();
        QCPGraph* rings = nullptr;
        for (int g = 0; g < map->graphCount(); ++g)
            if (map->graph(g)->name() == QString("cluster %1 (selected)").arg(measured->cluster))
                rings = map->graph(g);
        QVERIFY(rings);
        QCOMPARE(static_cast<std::size_t>(rings->dataCount()), measured->size); // 600 rows: every one drawn
        std::multiset<std::pair<double, double>> ringed, members;
        for (int i = 0; i < rings->dataCount(); ++i)
            ringed.insert({rings->data()->at(i)->key, rings->data()->at(i)->value});
        for (std::size_t row : window.session()->hierarchy->plan().members[measured->cluster]) {
            const QPointF at = window.projectionView()->pointOf(static_cast<qint64>(row));
            members.insert({at.x(), at.y()});
        }
        QVERIFY(ringed == members);
        const QString verdict = window.accuracyView()->verdictText();
        QVERIFY2(verdict.contains("bootstrap") || verdict.contains("Too few"), qPrintable(verdict));
        // The selected cluster's answer histogram draws, per row, how often the Test queries table shows it
        // as layer 2's answer and as the exact nearest neighbour.
        const TableModel& queries = window.clustersView()->queriesModel();
        std::map<std::string, double> answered, nearest;
        for (int q = 0; q < queries.rowCount(); ++q) {
            ++answered[queries.cell(q, 2).text];
            ++nearest[queries.cell(q, 3).text];
        }
        QCOMPARE(static_cast<std::size_t>(queries.rowCount()), measured->testQueries);
        const Table answerBars = report::plottedData(*window.clustersView()->answersChart());
        double answerTotal = 0.0;
        for (const std::vector<Cell>& bar : answerBars.rows) {
            const bool isAnswer = bar[0].text == "layer 2's answer";
            QVERIFY2(isAnswer || bar[0].text == "exact nearest", bar[0].text.c_str());
            const double expected = isAnswer ? answered[bar[1].text] : nearest[bar[1].text];
            QVERIFY2(*bar[2].number == expected, qPrintable(QString("%1 of %2: %3 drawn, %4 in the table").arg(bar[0].text.c_str(), bar[1].text.c_str())
                                                                .arg(*bar[2].number).arg(expected)));
            answerTotal += isAnswer ? *bar[2].number : 0.0;
        }
        if (answered.size() + nearest.size() <= ClustersView::kAnswerBars) // every row drawn: every query counted once
            QCOMPARE(answerTotal, static_cast<double>(measured->testQueries));
        QVERIFY(!answerBars.rows.empty());
        // The chart's exported data holds, per cluster, the interval the Clusters table gives.
        QTemporaryDir dir;
        const QString data = dir.filePath("scatter.csv");
        exportTable(window.accuracyView()->imbalanceData(), data); // as Export all writes it
        QFile file(data);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.takeFirst().left(44), QByteArray("cluster,size,hits,queries,accuracy,lower,upp"));
        QCOMPARE(static_cast<std::size_t>(lines.size()), withQueries);
        const TableModel& clusters = window.clustersView()->imbalanceModel();
        for (const QByteArray& line : lines) {
            const QList<QByteArray> fields = line.split(',');
            int row = 0;
            while (row < clusters.rowCount() && *clusters.cell(row, 0).number != fields[0].toDouble())
                ++row;
            QVERIFY2(row < clusters.rowCount(), line.constData());
            QCOMPARE(fields[2].toDouble(), *clusters.cell(row, 9).number);  // hits
            QCOMPARE(fields[3].toDouble(), *clusters.cell(row, 8).number);  // test queries
            QCOMPARE(fields[5].toDouble(), *clusters.cell(row, 11).number); // 95% low
            QCOMPARE(fields[6].toDouble(), *clusters.cell(row, 12).number); // 95% high
        }
        // The Clusters table gives the same intervals as numbers (a CSV then holds two columns, not "0.04–0.62").
        const TableModel& table = window.clustersView()->imbalanceModel();
        QCOMPARE(table.headerData(11, Qt::Horizontal).toString(), QString("95% low"));
        for (int r = 0; r < table.rowCount(); ++r) {
            const ClusterImbalance& c = imbalance[static_cast<std::size_t>(*table.cell(r, 0).number)];
            if (c.testQueries == 0)
                continue;
            QCOMPARE(*table.cell(r, 11).number, c.testLow);
            QCOMPARE(*table.cell(r, 12).number, c.testHigh);
        }
    }
    void partitionsAreBuiltOnTheWorkerAndRouteTheQuery()
    {
        MainWindow window;
        window.show();
        chooseTinyRun(window);
        QSignalSpy ended(&window, &MainWindow::runEnded);
        window.startTraining();
        QVERIFY(waitForRun(ended));
        PartitionsView* partitions = window.partitionsView();
        partitions->rowsBox()->setValue(300); // the run's rows; 'all' would take every row of glove-100d
        QSignalSpy built(&window, &MainWindow::partitionsBuilt);
        window.buildPartitions();
        QVERIFY(window.isRunning());
        QVERIFY(built.wait(120000));
        QVERIFY(!window.isRunning());
        // kmeans, layer1, kmeans-spill, neural, neural-probe and the adaptive probing of their bins
        const int methods = static_cast<int>(PartitionExperimentSettings{}.methods.size());
        QCOMPARE(partitions->summaryModel().rowCount(), methods);
        QVERIFY(std::any_of(partitions->result()->methods.begin(), partitions->result()->methods.end(),
                            [](const PartitionMethodResult& m) { return m.adaptive == "learned"; }));
        // Total cost (candidates + the router's arithmetic in distance computations) is the first figure.
        for (int r = 0; r < methods; ++r) {
            const PartitionMethodResult& m = partitions->result()->methods[static_cast<std::size_t>(r)];
            const TableModel& summary = partitions->summaryModel();
            QCOMPARE(summary.text(r, 0), QString::fromStdString(m.method));
            if (m.distanceEquivalentsAtTarget < 0)
                continue;
            QCOMPARE(*summary.cell(r, 1).number, m.distanceEquivalentsAtTarget);
            QVERIFY(std::fabs(*summary.cell(r, 2).number + *summary.cell(r, 3).number - *summary.cell(r, 1).number) < 1e-6);
        }
        QCOMPARE(partitions->result()->queries, std::size_t(30));
        // Each chart names its winner under the title: the fewest candidates, then the lowest total cost.
        const auto title = [partitions] {
            return qobject_cast<QCPTextElement*>(partitions->currentChart()->plotLayout()->element(0, 0))->text();
        };
        for (int chart : {0, 1}) {
            partitions->showChart(chart);
            const PartitionMethodResult* best = nullptr;
            for (const PartitionMethodResult& m : partitions->result()->methods) {
                const double cost = chart ? m.distanceEquivalentsAtTarget : m.candidatesAtTarget;
                if (cost >= 0 && (!best || cost < (chart ? best->distanceEquivalentsAtTarget : best->candidatesAtTarget)))
                    best = &m;
            }
            QVERIFY(best);
            const QString expected = QString(chart ? "lowest total cost: %1 (%2)" : "fewest candidates: %1 (%2)")
                                         .arg(QString::fromStdString(best->method))
                                         .arg(std::llround(chart ? best->distanceEquivalentsAtTarget : best->candidatesAtTarget));
            QVERIFY2(title().endsWith("\n" + expected), qPrintable(title()));
        }
        QSignalSpy routed(partitions, &PartitionsView::routed);
        partitions->setQuery(static_cast<qint64>(*window.session()->data->findLabel("the")));
        QVERIFY(routed.wait(30000));
        // A point on a curve (as drawn: candidates at least 1) chooses that method probing that many bins,
        // and the window shows it on the map.
        partitions->showChart(0);
        QSignalSpy chosen(partitions, &PartitionsView::probesChosen);
        const ProbePoint& third = partitions->result()->methods[3].curve[2];
        partitions->choosePoint(QString::fromStdString(partitions->result()->methods[3].method), std::max(third.candidates, 1.0), third.recallAt10);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen[0][0].toInt(), 3);
        QCOMPARE(chosen[0][1].toInt(), 3);
        QCOMPARE(window.tabs()->currentWidget(), static_cast<QWidget*>(window.projectionView()));
        QCOMPARE(window.projectionView()->findChild<QComboBox*>("colouring")->currentText(),
                 "bins: " + QString::fromStdString(partitions->result()->methods[3].method));
        QCOMPARE(partitions->routingModel().rowCount(), methods);
        for (int r = 0; r < methods; ++r) { // every method's router ranks some bins and the 10 neighbours sit somewhere
            QVERIFY(!partitions->routingModel().text(r, 1).isEmpty() && !partitions->routingModel().text(r, 2).isEmpty());
            // An adaptive method says how many bins its rule probes for this query; a fixed one does not.
            const PartitionMethodResult& m = partitions->result()->methods[static_cast<std::size_t>(r)];
            QCOMPARE(partitions->routingModel().cell(r, 4).number.has_value(), !m.adaptive.empty() && !std::isnan(m.thresholdAtTarget));
        }
        // A point on an adaptive curve shows the bins it probes: those of the method it was built with,
        // which the map offers once (no entry of its own).
        const auto& all = partitions->result()->methods;
        const auto adaptive = std::find_if(all.begin(), all.end(), [](const PartitionMethodResult& m) { return !m.adaptive.empty(); });
        QVERIFY(adaptive != all.end());
        const auto base = std::find_if(all.begin(), all.end(), [&](const PartitionMethodResult& m) { return m.index == adaptive->index; });
        QVERIFY(base < adaptive && base->adaptive.empty());
        partitions->showChart(0);
        const ProbePoint& swept = adaptive->curve[1];
        partitions->choosePoint(QString::fromStdString(adaptive->method), std::max(swept.candidates, 1.0), swept.recallAt10);
        QCOMPARE(chosen.count(), 2);
        QCOMPARE(window.projectionView()->findChild<QComboBox*>("colouring")->currentText(), "bins: " + QString::fromStdString(base->method));
        QCOMPARE(window.projectionView()->findChild<QComboBox*>("colouring")->findText("bins: " + QString::fromStdString(adaptive->method)), -1);
    }

    void partitionsNeedNoTrainedRunAndChartTheirTotalCost()
    {
        // Data too large for a hierarchy can still be partitioned: the build needs only the data read,
        // on all its rows or a chosen count, independent of the run's Words.
        MainWindow window;
        window.runPanel()->wordsBox()->setValue(100);
        QTRY_VERIFY_WITH_TIMEOUT(window.runPanel()->dataError().isEmpty() && window.partitionsView()->buildData(), 30000);
        QVERIFY(!window.session());
        PartitionsView* partitions = window.partitionsView();
        QCOMPARE(partitions->buildData()->rows(), std::size_t(2717)); // all rows by default
        partitions->rowsBox()->setValue(400);
        QSignalSpy built(&window, &MainWindow::partitionsBuilt);
        window.buildPartitions();
        QVERIFY(built.wait(180000));
        QCOMPARE(partitions->result()->baseRows + partitions->result()->queries, std::size_t(400));
        // The total-cost chart draws, per method, its candidates and candidates + router at the target recall.
        partitions->showChart(1);
        const Table drawn = report::plottedData(*partitions->currentChart());
        const Table summary = partitionSummaryTable(*partitions->result());
        std::size_t bars = 0;
        for (const auto& row : drawn.rows) {
            const auto method = std::find_if(partitions->result()->methods.begin(), partitions->result()->methods.end(),
                                             [&](const PartitionMethodResult& m) { return m.method == row[1].text; });
            QVERIFY2(method != partitions->result()->methods.end(), row[1].text.c_str());
            const bool total = row[0].text == columnTitle(summary.columns[static_cast<std::size_t>(summary.columnIndex("equivalents"))]).toStdString();
            QCOMPARE(*row[2].number, total ? method->distanceEquivalentsAtTarget : method->candidatesAtTarget);
            ++bars;
        }
        QVERIFY(bars >= 8); // two bars for each method that reached the target
        // Before any run, a row made the query (a click on the map) is marked and routed through the
        // partitions, and its 10 nearest among every row are ringed (itself left out).
        ProjectionView* projection = window.projectionView();
        QTRY_VERIFY_WITH_TIMEOUT(projection->session() != nullptr, 30000); // the preview
        QSignalSpy routed(partitions, &PartitionsView::routed);
        window.queryRow(7);
        QVERIFY(routed.wait(30000));
        QCOMPARE(partitions->routing().size(), partitions->result()->methods.size());
        QVERIFY(!std::isnan(projection->highlightedPoints()[0].x()));
        const Dataset& shown = *projection->session()->data;
        const Neighbors nearest = ExactSearch(shown.view(), partitions->result()->settings.metric).search({shown.row(7), 1, shown.dim()}, 11);
        QList<qint64> expected;
        for (const std::int64_t id : nearest.ids)
            if (id != 7 && expected.size() < 10)
                expected << static_cast<qint64>(id);
        QTRY_COMPARE_WITH_TIMEOUT(projection->neighbours(), expected, 10000);
        // A run trained afterwards on the same data keeps the partitions.
        chooseTinyRun(window);
        QSignalSpy ended(&window, &MainWindow::runEnded);
        window.startTraining();
        QVERIFY(waitForRun(ended));
        QVERIFY(partitions->result());
    }

    void cancellingStopsTheRunAndUnlocksThePanel()
    {
        MainWindow window;
        window.show();
        chooseTinyRun(window, 2717, 20);
        window.runPanel()->maxEpochsBox()->setValue(0); // the preset's epochs: a long run
        QSignalSpy ended(&window, &MainWindow::runEnded);
        window.startTraining();
        QTRY_VERIFY_WITH_TIMEOUT(window.progressBar()->value() > 0 && window.progressBar()->value() < 900, 120000);
        // The clustering is done long before the run: its sizes are drawn at once.
        QTRY_VERIFY_WITH_TIMEOUT(report::plottedData(*window.clustersView()->currentChart()).rows.size() == 20, 60000);
        double rows = 0;
        for (const auto& row : report::plottedData(*window.clustersView()->currentChart()).rows)
            rows += *row[2].number;
        QCOMPARE(rows, 2717.0);
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(window.runPanel()->cancelButton(), Qt::LeftButton);
        QVERIFY(waitForRun(ended, 60));
        QCOMPARE(ended.takeFirst().at(0).toBool(), false);
        QVERIFY2(clock.elapsed() < 20000, qPrintable(QString("cancel took %1 ms").arg(clock.elapsed())));
        QVERIFY(!window.isRunning());
        QVERIFY(window.runPanel()->trainButton()->isEnabled());
        QVERIFY(!window.session());
        QCOMPARE(window.progressBar()->value(), 0); // not left at the cancelled run's few percent
    }

    void closingTheWindowMidRunStopsCleanly()
    {
        QElapsedTimer clock;
        {
            MainWindow window;
            window.show();
            chooseTinyRun(window, 2717, 20);
            window.runPanel()->maxEpochsBox()->setValue(0);
            window.startTraining();
            QTRY_VERIFY_WITH_TIMEOUT(window.progressBar()->value() > 0, 120000);
            // Closing mid-run asks first: "Keep running" keeps the window and the run ...
            answerNextQuestion("Keep running");
            QVERIFY(!window.close());
            QVERIFY(window.isRunning());
            // ... "Stop and quit" stops it.
            answerNextQuestion("Stop and quit");
            clock.start();
            QVERIFY(window.close());
        } // the destructor joins the worker thread
        QVERIFY2(clock.elapsed() < 20000, qPrintable(QString("closing took %1 ms").arg(clock.elapsed())));
    }

    void badInputIsAMessageNotACrash()
    {
        MainWindow window;
        window.show();
        QSignalSpy ended(&window, &MainWindow::runEnded);
        QTimer::singleShot(0, [&] { window.openSession("/nonexistent/folder"); });
        // The failure is shown in a message box; close it as a user would.
        QTimer closer;
        QObject::connect(&closer, &QTimer::timeout, [] {
            if (QWidget* box = QApplication::activeModalWidget())
                box->close();
        });
        closer.start(100);
        QVERIFY(waitForRun(ended, 60));
        QCOMPARE(ended.takeFirst().at(0).toBool(), false);
        QVERIFY(!window.isRunning());
    }
};

QTEST_MAIN(StudioTest)
#include "tst_studio.moc"
