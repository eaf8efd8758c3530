// nnscope studio: the engine on a worker thread. Lives in its own QThread; the window calls its slots
// through queued connections and hears back through signals, so the UI never waits on the engine.
// Each job gets its own CancelToken from the caller, created before the job is queued, so a Cancel
// pressed at any moment after that reaches it; long engine loops check it between batches.
#pragma once

#include "workload/Workload.h"
#include "experiments/PartitionExperiment.h"
#include "learned/Settings.h"
#include "studio/Session.h"

#include <QObject>
#include <limits>
#include <QString>

namespace nnscope::studio {

struct RunRequest {
    DatasetSpec dataset;
    HierarchySettings settings;
    /// The Run panel's overrides that made `settings` from the preset, kept in the run's results.json.
    HierarchyOverrides overrides;
    /// All rows of dataset.data with its own queries and truth, as the Run panel read them when it was
    /// chosen (null if it has not yet): the run starts from them instead of reading the files again.
    std::shared_ptr<const Workload> read;
};

/// One progress report, flattened for the UI (stage text, overall fraction, the current model's epoch).
struct RunProgress {
    QString stage;           ///< "clustering", "layer 2 model 3/10", "measuring faiss-hnsw", …
    QString model;           ///< "layer1", "layer2/3" while training, else empty
    int epoch = 0;
    double loss = 0.0;
    double accuracy = 0.0;
    double fraction = 0.0;   ///< 0–1 of the whole run
    double heldOutAccuracy = std::numeric_limits<double>::quiet_NaN(); ///< the epoch's held-out accuracy, if any
    bool paceKnown = true;   ///< false while the fraction is no guide to the time left (TrainingProgress::fractionSettled)
    /// While training: the work done and still expected (TrainingProgress::workDone, workLeft), which time
    /// the rest of the training better than the fraction; workLeft < 0 outside training.
    double workDone = 0.0;
    double workLeft = -1.0;
};

using JobToken = std::shared_ptr<CancelToken>;

class EngineWorker : public QObject {
    Q_OBJECT
public slots:
    /// Loads the data, trains, measures every system, projects: emits finished() or failed()/cancelled().
    void train(const nnscope::studio::RunRequest& request, const nnscope::studio::JobToken& token);
    /// Reopens a saved session or model folder (no training): emits finished() or failed()/cancelled().
    void open(const QString& directory, const nnscope::studio::JobToken& token);
    /// Saves the session's hierarchy into `directory` (atomically): emits saved() or failed().
    void save(const nnscope::studio::SessionPointer& session, const QString& directory);
    /// Builds the learned partitions and k-means on `data` (held-out queries) and probes them: emits
    /// partitioned() or failed()/cancelled().
    void partition(const std::shared_ptr<const nnscope::Dataset>& data, const nnscope::PartitionExperimentSettings& settings,
                   const nnscope::studio::JobToken& token);

    /// Maps `data`'s rows by t-SNE and measures the map: emits mapped() or failed()/cancelled().
    void map(const std::shared_ptr<const nnscope::Dataset>& data, nnscope::Metric metric, const nnscope::studio::JobToken& token);

signals:
    void progress(const nnscope::studio::RunProgress& progress);
    void finished(const nnscope::studio::SessionPointer& session);
    void partitioned(const std::shared_ptr<const nnscope::PartitionExperimentResult>& result);
    void mapped(const nnscope::studio::NeighbourMapPointer& map);
    void saved(const QString& directory);
    void failed(const QString& message);
    void cancelled();
    void log(const QString& line);
    /// The run's clustering is done: its clusters' sizes (long before the run ends).
    void clustered(const QList<qint64>& sizes);

private:
    /// The session of a trained or opened hierarchy over `workload`'s base (its queries and truth kept).
    std::shared_ptr<Session> complete(const Workload& workload, std::shared_ptr<const Hierarchy> hierarchy,
                                      const HierarchyOverrides& overrides, double start,
                                      double span, const CancelToken& token);
};

} // namespace nnscope::studio

Q_DECLARE_METATYPE(nnscope::studio::RunRequest)
Q_DECLARE_METATYPE(nnscope::studio::RunProgress)
Q_DECLARE_METATYPE(std::shared_ptr<const nnscope::PartitionExperimentResult>)
