#include "studio/MainWindow.h"

#include "core/Printable.h"

#include "report/ReportWriter.h"
#include "search/ExactSearch.h"
#include "studio/ExportActions.h"
#include "studio/RunPanel.h"
#include "studio/TableText.h"
#include "studio/views/AccuracyView.h"
#include "studio/views/ClustersView.h"
#include "studio/views/CompareView.h"
#include "studio/views/DistancesView.h"
#include "studio/views/ProjectionView.h"
#include "studio/views/PartitionsView.h"
#include "studio/views/QueryInspector.h"

#include <qcustomplot.h>

#include "experiments/ResultsJson.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QDockWidget>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <cstdio>
#include <utility>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace nnscope::studio {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("nnscope studio"));
    setWindowIcon(QIcon(":/icons/nnscope.svg"));
    qRegisterMetaType<RunRequest>();
    qRegisterMetaType<RunProgress>();
    qRegisterMetaType<SessionPointer>();
    qRegisterMetaType<std::shared_ptr<const PartitionExperimentResult>>();
    qRegisterMetaType<NeighbourMapPointer>();

    panel_ = new RunPanel(this);
    auto* panelScroll = new QScrollArea(this);
    panelScroll->setWidget(panel_);
    panelScroll->setWidgetResizable(true);
    // Never narrower than the panel's labels and fields (German ones are longer): no clipped inputs.
    panelScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    panelScroll->setMinimumWidth(panel_->sizeHint().width() + panelScroll->verticalScrollBar()->sizeHint().width() + 2 * panelScroll->frameWidth());
    auto* panelDock = new QDockWidget(tr("Run"), this);
    panelDock->setObjectName("runDock");
    panelDock->setWidget(panelScroll);
    panelDock->setFeatures(QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, panelDock);

    tabs_ = new QTabWidget(this);
    clusters_ = new ClustersView(tabs_);
    accuracy_ = new AccuracyView(tabs_);
    distances_ = new DistancesView(tabs_);
    projection_ = new ProjectionView(tabs_);
    inspector_ = new QueryInspector(tabs_);
    partitions_ = new PartitionsView(tabs_);
    compare_ = new CompareView(tabs_);
    tabs_->addTab(clusters_, QIcon(":/icons/clusters.svg"), tr("C&lusters"));
    tabs_->addTab(accuracy_, QIcon(":/icons/accuracy.svg"), tr("&Accuracy"));
    tabs_->addTab(distances_, QIcon(":/icons/table.svg"), tr("&Distances"));
    tabs_->addTab(projection_, QIcon(":/icons/projection.svg"), tr("&Projection"));
    tabs_->addTab(inspector_, QIcon(":/icons/query.svg"), tr("&Query"));
    tabs_->addTab(partitions_, QIcon(":/icons/clusters.svg"), tr("Partitio&ns"));
    tabs_->addTab(compare_, QIcon(":/icons/table.svg"), tr("Co&mpare"));
    // While a new run trains, the views still show the previous one: a banner above them says so.
    stale_ = new QLabel(this);
    stale_->setObjectName("staleBanner");
    stale_->setWordWrap(true);
    stale_->setStyleSheet("QLabel { background: #fff3cd; color: #664d03; padding: 4px; }");
    stale_->hide();
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(stale_);
    centralLayout->addWidget(tabs_, 1);
    setCentralWidget(central);

    log_ = new QPlainTextEdit(this);
    log_->setReadOnly(true);
    log_->setMaximumBlockCount(5000);
    log_->setToolTip(tr("What the engine did, with times"));
    auto* logDock = new QDockWidget(tr("Log"), this);
    logDock->setObjectName("logDock");
    logDock->setWidget(log_);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);
    resizeDocks({logDock}, {110}, Qt::Vertical);
    resizeDocks({panelDock}, {300}, Qt::Horizontal);

    status_ = new QLabel(tr("Ready: press Train to cluster, train and evaluate."), this);
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 1000);
    progress_->setMaximumWidth(260);
    progress_->setTextVisible(true);
    progress_->setFormat("%p%");
    progress_->setToolTip(tr("Progress of the whole run"));
    eta_ = new QLabel(this);
    statusBar()->addWidget(status_, 1);
    statusBar()->addPermanentWidget(eta_);
    statusBar()->addPermanentWidget(progress_);

    worker_ = new EngineWorker;
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &EngineWorker::progress, this, &MainWindow::onProgress);
    connect(worker_, &EngineWorker::log, this, &MainWindow::appendLog);
    connect(worker_, &EngineWorker::clustered, clusters_, &ClustersView::showClusterSizes);
    connect(worker_, &EngineWorker::finished, this, [this](const SessionPointer& session) {
        setRunning(false, tr("Done."));
        if (!session->savedAt.isEmpty() && session->data->origin()) { // a reopened model: Train now repeats it
            DatasetSpec spec;
            spec.data = session->data->origin()->data;
            spec.words = session->data->origin()->words;
            panel_->showRun(spec, session->hierarchy->settings().protocol,
                            session->hierarchy->settings().preset, session->measurement.settings.overrides);
        }
        showSession(session);
        emit runEnded(true);
    });
    connect(worker_, &EngineWorker::failed, this, [this](const QString& message) {
        appendLog(tr("error: %1").arg(message));
        const bool map = std::exchange(mapPending_, false);
        if (map)
            projection_->mapUnavailable();
        const bool wasRunning = running_;
        setRunning(false, tr("Failed."));
        progress_->setValue(0); // nothing of the run is kept: the bar does not pretend otherwise
        warn(tr("nnscope studio"), message);
        if (map)
            emit mapMade(false);
        else if (wasRunning)
            emit runEnded(false);
    });
    connect(worker_, &EngineWorker::cancelled, this, [this] {
        const bool map = std::exchange(mapPending_, false);
        if (map)
            projection_->mapUnavailable();
        setRunning(false, tr("Cancelled."));
        progress_->setValue(0);
        if (map)
            emit mapMade(false);
        else
            emit runEnded(false);
    });
    connect(worker_, &EngineWorker::saved, this, [this](const QString& directory) {
        setRunning(false, tr("Saved to %1.").arg(directory));
    });
    connect(panel_, &RunPanel::trainRequested, this, &MainWindow::startTraining);
    connect(panel_, &RunPanel::cancelRequested, this, &MainWindow::cancelRun);
    connect(panel_, &RunPanel::dataRead, this, &MainWindow::previewData);
    connect(panel_, &RunPanel::dataInspected, this, [this](qint64 rows) {
        if (rows == 0)
            emit dataPreviewed(false);
    });
    connect(inspector_, &QueryInspector::querySelected, projection_, &ProjectionView::setQuery);
    connect(inspector_, &QueryInspector::neighboursFound, projection_, &ProjectionView::setNeighbours);
    connect(projection_, &ProjectionView::rowActivated, this, &MainWindow::queryRow);
    connect(inspector_, &QueryInspector::querySelected, partitions_, [this](qint64 query) { partitions_->setQuery(query); });
    connect(partitions_, &PartitionsView::buildRequested, this, &MainWindow::buildPartitions);
    connect(projection_, &ProjectionView::mapRequested, this, &MainWindow::buildMap);
    connect(partitions_, &PartitionsView::routed, projection_, [this](qint64 row) { projection_->setRouting(row, partitions_->routing()); });
    connect(partitions_, &PartitionsView::probesChosen, this, [this](int method, int probes) {
        if (projection_->showProbes(method, static_cast<std::size_t>(probes)))
            tabs_->setCurrentWidget(projection_); // the map is in another tab: show it
    });
    connect(worker_, &EngineWorker::mapped, this, [this](const NeighbourMapPointer& map) {
        mapPending_ = false;
        setRunning(false, tr("t-SNE map made in %1 s.").arg(map->seconds, 0, 'f', 1));
        projection_->setMap(map);
        emit mapMade(true);
    });
    connect(clusters_, &ClustersView::clusterSelected, accuracy_, &AccuracyView::highlightCluster);
    connect(clusters_, &ClustersView::clusterSelected, projection_, &ProjectionView::highlightCluster);
    connect(panel_, &RunPanel::dataRead, partitions_, &PartitionsView::setData);
    connect(worker_, &EngineWorker::partitioned, this, [this](const std::shared_ptr<const PartitionExperimentResult>& result) {
        setRunning(false, tr("Partitions built."));
        partitions_->showResult(result, partitionData_);
        projection_->setPartitions(result, partitionData_);
        compare_->setPartitions(session_, result);
        emit partitionsBuilt();
    });
    connect(inspector_, &QueryInspector::inspected, this, &MainWindow::updateExportActions);
    connect(tabs_, &QTabWidget::currentChanged, this, &MainWindow::updateExportActions);
    thread_.start();

    createActions();
    resize(1280, 820);
    QSettings settings;
    restoreGeometry(settings.value("window/geometry").toByteArray());
    restoreState(settings.value("window/state").toByteArray());
}

MainWindow::~MainWindow()
{
    if (job_)
        job_->cancel();
    thread_.quit();
    thread_.wait();
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(QIcon(":/icons/open.svg"), tr("&Open session…"), this, [this] {
        const QString directory = QFileDialog::getExistingDirectory(this, tr("Open a saved run (a model folder)"));
        if (!directory.isEmpty())
            openSession(directory);
    });
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Reopen a run saved by the studio or by `nnscope train`, without retraining"));
    QAction* save = file->addAction(QIcon(":/icons/save.svg"), tr("&Save session…"), this, [this] {
        const QString directory = QFileDialog::getSaveFileName(this, tr("Save the run as a folder"), "nnscope-run");
        if (!directory.isEmpty())
            saveSession(directory);
    });
    save->setShortcut(QKeySequence::Save);
    save->setToolTip(tr("Save the trained run (a model folder that `nnscope predict` also reads)"));
    file->addSeparator();
    QAction* exportAllAction = file->addAction(QIcon(":/icons/export.svg"), tr("&Export all…"), this, [this] {
        const QString directory = QFileDialog::getSaveFileName(this, tr("Write a report folder"), "nnscope-report");
        if (!directory.isEmpty())
            exportAll(directory);
    });
    exportAllAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportAllAction->setToolTip(tr("Tables (Markdown, CSV), results.json and charts (PNG, PDF), as `nnscope reproduce` writes them"));
    QAction* exportChart = file->addAction(tr("Export &chart…"), this, [this] {
        if (StudioView* view = currentView())
            if (QCustomPlot* chart = view->currentChart())
                exportChartInteractively(this, *chart, view->chartData(), tabs_->tabText(tabs_->currentIndex()).remove('&').toLower());
    });
    exportChart->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    exportChart->setToolTip(tr("Save the current view's chart as PNG, PDF or JPG"));
    QAction* exportTable = file->addAction(tr("Export &table…"), this, [this] {
        if (StudioView* view = currentView())
            if (const auto table = view->currentTable())
                exportTableInteractively(this, *table);
    });
    exportTable->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    QAction* exportOptions = file->addAction(tr("Chart export &options…"), this, [this] { editChartExportOptions(this); });
    exportOptions->setToolTip(tr("The scale of exported PNG/JPG images and the paper size of exported PDFs"));
    exportTable->setToolTip(tr("Save the current view's table as CSV or Markdown"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    sessionActions_ = {save, exportAllAction};
    exportChart_ = exportChart;
    exportTable_ = exportTable;
    exportChart->setEnabled(false);
    exportTable->setEnabled(false);
    for (QAction* action : sessionActions_)
        action->setEnabled(false);

    QMenu* run = menuBar()->addMenu(tr("&Run"));
    QAction* train = run->addAction(QIcon(":/icons/train.svg"), tr("&Train"), this, &MainWindow::startTraining);
    train->setShortcut(QKeySequence(tr("Ctrl+R")));
    QAction* cancel = run->addAction(QIcon(":/icons/cancel.svg"), tr("&Cancel"), this, &MainWindow::cancelRun);
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About nnscope studio"), this, [this] {
        const auto versions = environmentJson();
        QMessageBox::about(this, tr("About nnscope studio"),
                           tr("<h3>nnscope studio %1</h3><p>Explore learned nearest-neighbour search: the two-layer hierarchy of "
                              "Siper &amp; Jiang, measured against exact search, ScaNN-style search and FAISS.</p>"
                              "<p>Qt %2, LibTorch %3, FAISS %4, QCustomPlot %5</p>")
                               .arg(NNSCOPE_VERSION, qVersion(), QString::fromStdString(versions["libtorch"].get<std::string>()),
                                    QString::fromStdString(versions["faiss"].get<std::string>()), QCUSTOMPLOT_VERSION_STR));
    });
    about->setShortcut(QKeySequence::HelpContents);

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName("mainToolbar");
    toolbar->addAction(open);
    toolbar->addAction(save);
    toolbar->addAction(exportAllAction);
    toolbar->addSeparator();
    toolbar->addAction(train);
    toolbar->addAction(cancel);
}

StudioView* MainWindow::currentView() const
{
    return qobject_cast<StudioView*>(tabs_->currentWidget());
}

void MainWindow::setRunning(bool running, const QString& what)
{
    running_ = running;
    panel_->setRunning(running);
    status_->setText(what);
    if (running) {
        runTimer_.start();
        etaEstimator_.reset();
        workEta_.reset();
    }
    else
        eta_->clear();
    stale_->setVisible(running && session_);
    if (running && session_)
        stale_->setText(tr("The views show the previous run (%1) until this one finishes.").arg(datasetTitle(*session_->data)));
    for (QAction* action : sessionActions_)
        action->setEnabled(!running && session_ != nullptr);
    updateExportActions();
}

void MainWindow::updateExportActions()
{
    // Enabled only where the current view has something to export now.
    StudioView* view = currentView();
    if (!exportChart_ || !exportTable_)
        return;
    const bool ready = !running_ && session_ && view;
    exportChart_->setEnabled(ready && view->currentChart() != nullptr);
    exportTable_->setEnabled(ready && view->currentTable().has_value());
}

void MainWindow::warn(const QString& title, const QString& message)
{
    if (headless_) {
        // Nobody is there to click a dialog away: one line on stderr instead.
        std::fprintf(stderr, "nnscope-studio: %s\n", qPrintable(message));
        return;
    }
    QMessageBox::warning(this, title, message);
}

void MainWindow::startTraining()
{
    if (running_)
        return;
    RunRequest request;
    try {
        request = panel_->request();
    } catch (const std::exception& error) {
        warn(tr("nnscope studio"), QString::fromStdString(printable(error.what())));
        emit runEnded(false); // a scripted run (--train --screenshot) hears that it ended
        return;
    }
    panel_->saveSettings();
    accuracy_->clearCurves();
    progress_->setValue(0);
    setRunning(true, tr("Training…"));
    appendLog(tr("training: %1, %2 clusters, %3 protocol, %4 preset")
                  .arg(QString::fromStdString(request.dataset.data))
                  .arg(request.settings.kmeans.clusters)
                  .arg(protocolTitle(protocolName(request.settings.protocol)),
                       QString::fromStdString(request.settings.preset)));
    job_ = std::make_shared<CancelToken>();
    QMetaObject::invokeMethod(worker_, [worker = worker_, request, token = job_] { worker->train(request, token); }, Qt::QueuedConnection);
}

void MainWindow::buildPartitions()
{
    // On the data chosen in the Run panel (all rows, or the Partitions view's count) as soon as it is
    // read: no trained run needed, so data too large for a hierarchy can still be partitioned.
    std::shared_ptr<const Dataset> data = partitions_->buildData();
    if (!data && session_)
        data = session_->data;
    if (running_ || !data)
        return;
    PartitionExperimentSettings settings;
    settings.bins = partitions_->bins();
    settings.seed = panel_->request().settings.seed;
    settings.metric = searchMetric();
    setRunning(true, tr("Building partitions…"));
    appendLog(tr("partitions: %1 bins on %2").arg(settings.bins).arg(datasetTitle(*data)));
    job_ = std::make_shared<CancelToken>();
    partitionData_ = data;
    QMetaObject::invokeMethod(worker_, [worker = worker_, data, settings, token = job_] { worker->partition(data, settings, token); },
                              Qt::QueuedConnection);
}

void MainWindow::buildMap(const std::shared_ptr<const Dataset>& data)
{
    // One job at a time (the map can be asked for again once this one ends), and only the rows the view
    // offers it for: a headless --map on larger data is refused in one line, not left running for hours.
    const QString refusal = running_ ? tr("The t-SNE map waits until the current job ends.")
                            : !data  ? tr("There is no data to map.")
                                     : ProjectionView::mapRefusal(data->rows());
    if (!refusal.isEmpty()) {
        projection_->mapUnavailable();
        status_->setText(refusal);
        if (headless_)
            warn(tr("nnscope studio"), refusal);
        emit mapMade(false);
        return;
    }
    setRunning(true, tr("Making the t-SNE map…"));
    appendLog(tr("t-SNE map: %1 rows of %2").arg(data->rows()).arg(datasetTitle(*data)));
    job_ = std::make_shared<CancelToken>();
    mapPending_ = true;
    QMetaObject::invokeMethod(worker_, [worker = worker_, data, metric = searchMetric(), token = job_] { worker->map(data, metric, token); },
                              Qt::QueuedConnection);
}

Metric MainWindow::searchMetric() const
{
    // The run's metric: the paper protocol ranks by cosine.
    const HierarchySettings run = panel_->request().settings;
    return run.protocol == Protocol::Paper || run.metric == Metric::Cosine ? Metric::Cosine : Metric::L2;
}

void MainWindow::cancelRun()
{
    if (!running_)
        return;
    status_->setText(tr("Cancelling…"));
    if (job_)
        job_->cancel();
}

void MainWindow::openSession(const QString& directory)
{
    if (running_)
        return;
    setRunning(true, tr("Opening %1…").arg(directory));
    job_ = std::make_shared<CancelToken>();
    QMetaObject::invokeMethod(worker_, [worker = worker_, directory, token = job_] { worker->open(directory, token); }, Qt::QueuedConnection);
}

void MainWindow::saveSession(const QString& directory)
{
    if (running_ || !session_)
        return;
    setRunning(true, tr("Saving…"));
    QMetaObject::invokeMethod(worker_, [worker = worker_, session = session_, directory] { worker->save(session, directory); },
                              Qt::QueuedConnection);
}

bool MainWindow::exportAll(const QString& directory)
{
    if (!session_)
        return false;
    try {
        // Beside what `nnscope reproduce` writes: the projection as shown, the training curves, the
        // layer-2-vs-imbalance chart, layer 2's answers, the partitions when built, and the inspected query's tables —
        // every chart with its data beside it, in the chosen format and the interface's language.
        report::ReportOptions options;
        options.format = chartFormat(chartExportOptions());
        options.tableTitle = [](const Table& table) { return tableTitle(table); };
        options.columnTitles = [](const Table& table) { return columnTitles(table); };
        options.extras = [this, &options](const QString& staging) {
            QStringList files;
            const Table projected = projection_->chartData(); // drawn to the end first (every row's image)
            files << report::writeChart(*projection_->currentChart(), staging, "projection", options.format, projected);
            const Table curves = accuracy_->trainingCurves();
            if (!curves.rows.empty())
                files << report::writeChart(*accuracy_->trainingCurvesChart(), staging, "training_curves", options.format, curves);
            files << report::writeChart(*accuracy_->imbalanceChart(), staging, "layer2_vs_imbalance", options.format, accuracy_->imbalanceData());
            // Every cluster's answer histogram as data; the chosen cluster's as the chart shown.
            exportTable(layer2AnswerTable(*session_->hierarchy), staging + "/layer2_answers.csv");
            files << "layer2_answers.csv"
                  << report::writeChart(*clusters_->answersChart(), staging, "layer2_answers_selected_cluster", options.format);
            if (const auto partitions = partitions_->result())
                for (const QString& file : report::writePartitionReport(*partitions, staging + "/partitions", options))
                    files << "partitions/" + file;
            for (const Table& t : inspector_->queryTables()) {
                exportTable(t, staging + "/" + QString::fromStdString(t.id) + ".csv");
                files << QString::fromStdString(t.id) + ".csv";
            }
            return files;
        };
        const QStringList files = report::writeReport(session_->measurement, directory, options);
        appendLog(tr("wrote %1 files to %2").arg(files.size()).arg(directory));
        status_->setText(tr("Report written to %1.").arg(directory));
        return true;
    } catch (const std::exception& error) {
        warn(tr("Export all"), QString::fromStdString(printable(error.what())));
        return false;
    }
}

void MainWindow::queryRow(qint64 row)
{
    if (session_) {
        inspector_->inspectRow(row);
        return;
    }
    const SessionPointer shown = projection_->session();
    if (!shown || row < 0 || static_cast<std::size_t>(row) >= shown->data->rows() || shown->data->rows() < 2)
        return;
    projection_->setQuery(row, -1, -1);
    projection_->setNeighbours({});
    partitions_->setQuery(row);
    previewNeighbours_.start(
        [data = shown->data, row, metric = searchMetric()](const CancelToken&) {
            const Neighbors found = ExactSearch(data->view(), metric).searchRows({static_cast<std::size_t>(row)}, std::min<std::size_t>(10, data->rows() - 1));
            return QList<qint64>(found.ids.begin(), found.ids.end()); // the query's own row excluded
        },
        [this](const QList<qint64>& nearest) { projection_->setNeighbours(nearest); });
}

bool MainWindow::queryWord(const QString& word)
{
    if (session_)
        return inspector_->inspectWord(word);
    const SessionPointer shown = projection_->session();
    const auto row = shown ? findWord(*shown->data, word) : std::nullopt;
    if (row)
        queryRow(static_cast<qint64>(*row));
    return row.has_value();
}

void MainWindow::previewData(std::shared_ptr<const Dataset> data)
{
    // Before the first run the Projection view shows the chosen data (PCA on the thread pool); a
    // trained session, once there, is what every view shows.
    if (session_)
        return;
    previews_.start(
        [data](const CancelToken&) -> SessionPointer {
            auto session = std::make_shared<Session>();
            session->data = data;
            addProjection(*session);
            return session;
        },
        [this](const SessionPointer& preview) {
            if (session_)
                return;
            projection_->setSession(preview);
            emit dataPreviewed(true);
        });
}

void MainWindow::showSession(const SessionPointer& session)
{
    session_ = session;
    for (StudioView* view : std::initializer_list<StudioView*>{clusters_, accuracy_, distances_, projection_, inspector_, partitions_, compare_})
        view->setSession(session);
    for (QAction* action : sessionActions_)
        action->setEnabled(true);
    updateExportActions();
    const AccuracyReport& a = session->hierarchy->accuracy();
    status_->setText(tr("%1: layer-1 accuracy %2, layer-2 accuracy %3 (%4 protocol)")
                         .arg(datasetTitle(*session->data))
                         .arg(a.layer1Accuracy, 0, 'f', 3)
                         .arg(a.layer2Accuracy, 0, 'f', 3)
                         .arg(protocolTitle(protocolName(a.protocol))));
    inspector_->inspectRandomTestRow();
}

void MainWindow::onProgress(const RunProgress& progress)
{
    progress_->setValue(static_cast<int>(1000 * progress.fraction));
    status_->setText(progress.stage);
    if (!progress.model.isEmpty())
        accuracy_->addEpoch(progress.model, progress.epoch, progress.loss, progress.accuracy, progress.heldOutAccuracy);
    // While training, the time left is the training's work left at the pace of its work done (a fraction
    // held still while a model runs past its expected epochs would read as no progress); after it, and in
    // the other jobs, the fraction's pace.
    const double now = runTimer_.elapsed() / 1000.0;
    const double left = !progress.paceKnown        ? -1.0
                        : progress.workLeft >= 0.0 ? workEta_.updateWork(progress.workDone, progress.workLeft, now)
                                                   : etaEstimator_.update(progress.fraction, now);
    if (left >= 0.0 && progress.fraction < 1.0)
        eta_->setText(tr("about %1 s left").arg(left, 0, 'f', 0));
    else if (progress.fraction < 1.0)
        eta_->setText(tr("estimating the time left…"));
}

void MainWindow::appendLog(const QString& line)
{
    log_->appendPlainText(QDateTime::currentDateTime().toString("HH:mm:ss  ") + line);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Closing mid-run loses the run: asked first (headless, nobody is there to answer: it stops).
    if (running_ && !headless_) {
        QMessageBox question(QMessageBox::Question, tr("Quit"), tr("A run is in progress. Stop it and quit? Its results are lost."),
                             QMessageBox::NoButton, this);
        QPushButton* stop = question.addButton(tr("&Stop and quit"), QMessageBox::DestructiveRole);
        question.addButton(tr("&Keep running"), QMessageBox::RejectRole);
        question.exec();
        if (question.clickedButton() != stop) {
            event->ignore();
            return;
        }
    }
    // A running job stops at its next batch; the worker thread is joined in the destructor.
    if (running_ && job_)
        job_->cancel();
    panel_->saveSettings();
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    event->accept();
}

const QStringList& viewNames()
{
    static const QStringList names = {"clusters", "accuracy", "distances", "projection", "query", "partitions", "compare"};
    return names;
}

bool saveViewScreenshot(MainWindow& window, const QString& view, const QString& path)
{
    const int tab = static_cast<int>(viewNames().indexOf(view));
    if (tab < 0 || tab >= window.tabs()->count())
        return false;
    window.tabs()->setCurrentIndex(tab);
    QApplication::processEvents();
    window.projectionView()->settleImage(); // the image of every row, drawn for the view as it is now
    const QString folder = QFileInfo(path).absolutePath();
    QDir().mkpath(folder);
    return window.grab().save(path);
}

bool saveScreenshots(MainWindow& window, const QString& folder)
{
    bool ok = true;
    for (const QString& view : viewNames())
        ok &= saveViewScreenshot(window, view, folder + "/" + view + ".png");
    return ok;
}

} // namespace nnscope::studio
