// nnscope studio: the main window — run panel on the left, the views in tabs, progress in the
// status bar, the log in a dock. A thin shell: it wires actions to the worker and the views.
#pragma once

#include "core/Eta.h"
#include "studio/EngineWorker.h"
#include "studio/LatestRequest.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QThread>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QTabWidget;

namespace nnscope::studio {

class AccuracyView;
class ClustersView;
class DistancesView;
class ProjectionView;
class PartitionsView;
class CompareView;
class QueryInspector;
class RunPanel;
class StudioView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    bool isRunning() const { return running_; }
    /// Whether a run is shown (else at most the chosen data's preview).
    bool hasSession() const { return session_ != nullptr; }
    SessionPointer session() const { return session_; }

    RunPanel* runPanel() const { return panel_; }
    /// Headless (scripted screenshots): errors go to stderr as one line, never to a modal dialog.
    void setHeadless(bool headless) { headless_ = headless; }
    ClustersView* clustersView() const { return clusters_; }
    AccuracyView* accuracyView() const { return accuracy_; }
    DistancesView* distancesView() const { return distances_; }
    ProjectionView* projectionView() const { return projection_; }
    QueryInspector* queryInspector() const { return inspector_; }
    PartitionsView* partitionsView() const { return partitions_; }
    CompareView* compareView() const { return compare_; }
    QTabWidget* tabs() const { return tabs_; }
    QProgressBar* progressBar() const { return progress_; }
    QAction* exportChartAction() const { return exportChart_; }
    QAction* exportTableAction() const { return exportTable_; }

public slots:
    void startTraining();
    void cancelRun();
    /// Opens a saved session (a model folder) without retraining.
    void openSession(const QString& directory);
    void saveSession(const QString& directory);
    /// Builds the learned partitions on the session's data (on the worker; Cancel stops it).
    void buildPartitions();
    /// Makes the t-SNE map of `data` for the Projection view (on the worker; Cancel stops it).
    void buildMap(const std::shared_ptr<const nnscope::Dataset>& data);
    /// Makes `row` the query everywhere: the Query view inspects it once a run is shown; before any run
    /// (data too large to train on, say), the Projection view marks it and rings its 10 nearest (exact
    /// search on the thread pool) and the partitions, when built, route it.
    void queryRow(qint64 row);
    /// The same for the row labelled `word` (any case); false if there is none.
    bool queryWord(const QString& word);
    /// Writes the report folder (the layout of `nnscope reproduce --out`, and the studio's own charts);
    /// false, after a message, when it could not be written.
    bool exportAll(const QString& directory);

signals:
    /// A run (training or reopening) ended: with a session, or not (failed, cancelled).
    void runEnded(bool succeeded);
    /// The Partitions view shows a new result.
    void partitionsBuilt();
    /// The Projection view shows the chosen data before training (or the data could not be read).
    void dataPreviewed(bool succeeded);
    /// A t-SNE map job ended: the Projection view shows the map, or not (failed, cancelled, refused).
    void mapMade(bool succeeded);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    /// A message box, or headless one line on stderr.
    void warn(const QString& title, const QString& message);
    void createActions();
    void setRunning(bool running, const QString& what);
    void showSession(const SessionPointer& session);
    void previewData(std::shared_ptr<const Dataset> data);
    /// The metric the run's searches use (partitions and the map follow it).
    Metric searchMetric() const;
    void onProgress(const RunProgress& progress);
    void appendLog(const QString& line);
    void updateExportActions();
    StudioView* currentView() const;

    QThread thread_;
    JobToken job_; ///< the running (or last) job's own cancel token
    EngineWorker* worker_;
    SessionPointer session_;
    LatestRequest<SessionPointer> previews_{this};
    LatestRequest<QList<qint64>> previewNeighbours_{this}; ///< a query's 10 nearest before any run
    bool headless_ = false;
    bool running_ = false;
    QElapsedTimer runTimer_;
    EtaEstimator etaEstimator_; ///< from the job's fraction
    EtaEstimator workEta_;      ///< from a training's work

    RunPanel* panel_;
    QTabWidget* tabs_;
    ClustersView* clusters_;
    AccuracyView* accuracy_;
    DistancesView* distances_;
    ProjectionView* projection_;
    QueryInspector* inspector_;
    PartitionsView* partitions_;
    CompareView* compare_;
    QPlainTextEdit* log_;
    QLabel* status_;
    QLabel* stale_; ///< "the views show the previous run" while a new one trains
    std::shared_ptr<const Dataset> partitionData_; ///< the rows the partitions being built stand on
    bool mapPending_ = false;                     ///< the worker is making the Projection view's t-SNE map
    QProgressBar* progress_;
    QLabel* eta_;
    QList<QAction*> sessionActions_;
    QAction* exportChart_ = nullptr;
    QAction* exportTable_ = nullptr;
};

/// The views by the names --view and the screenshots use: clusters, accuracy, distances, projection, query.
const QStringList& viewNames();
/// Shows one view and saves the window as a PNG; false if the view is unknown or the file not written.
bool saveViewScreenshot(MainWindow& window, const QString& view, const QString& path);
/// Saves a PNG of every view into `folder` (docs/screenshots); false if one failed.
bool saveScreenshots(MainWindow& window, const QString& folder);

} // namespace nnscope::studio
