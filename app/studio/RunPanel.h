// nnscope studio: the left panel — what to run (data, clustering, protocol, preset, augmentation,
// seed, memory budget) and the Train / Cancel buttons. The chosen data is read in the background as
// soon as it is chosen, so its size shows (and caps Words) before Train. Its values persist between
// sessions (QSettings).
#pragma once

#include "studio/EngineWorker.h"
#include "studio/LatestRequest.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace nnscope::studio {

class RunPanel : public QWidget {
    Q_OBJECT
public:
    explicit RunPanel(QWidget* parent = nullptr);

    /// The run the panel describes.
    RunRequest request() const;
    /// Chooses the data: a built-in name, or a file path.
    void setData(const QString& nameOrPath);
    /// The panel's settings as overrides of the chosen preset (the one settings path, learned/Settings.h).
    HierarchyOverrides overrides() const;
    void showOverrides(const HierarchyOverrides& overrides);
    /// Shows a run's settings (a reopened model's): its data and words, protocol, preset and overrides, so
    /// that Train repeats that run.
    void showRun(const DatasetSpec& data, Protocol protocol, const std::string& preset, const HierarchyOverrides& overrides);
    /// Locks the inputs while a run is going (Cancel becomes the only action).
    void setRunning(bool running);

    void loadSettings();
    void saveSettings() const;

    QPushButton* trainButton() const { return train_; }
    QPushButton* cancelButton() const { return cancel_; }
    QSpinBox* wordsBox() const { return words_; }
    QSpinBox* clustersBox() const { return clusters_; }
    QSpinBox* maxEpochsBox() const { return maxEpochs_; }
    QComboBox* protocolBox() const { return protocol_; }
    QComboBox* metricBox() const { return metric_; }
    QComboBox* presetBox() const { return preset_; }
    QCheckBox* augmentBox() const { return augment_; }
    QDoubleSpinBox* budgetBox() const { return budget_; }
    /// Why the chosen data could not be read (empty when it was, or is still being read).
    QString dataError() const { return dataError_; }
    /// "2,717 rows × 100" once the chosen data has been read (in the background), or why it cannot be.
    QLabel* dataInfo() const { return dataInfo_; }

    /// Reads the chosen data's shape on the thread pool; the Words box is then capped at its rows.
    void inspectData();

signals:
    void trainRequested();
    /// The chosen data was read: `rows` (0 if it could not be).
    void dataInspected(qint64 rows);
    /// ... and here it is (only when it could be read).
    void dataRead(std::shared_ptr<const nnscope::Dataset> data);
    void cancelRequested();

private:
    /// The built-in name or the file path the panel shows as chosen.
    std::string chosenData() const;
    void browseForFile();
    void updateFileRow();
    /// The paper protocol always uses cosine: the Metric box says so and is locked while it is chosen.
    void updateMetricRow();

    QComboBox* dataset_;
    QLineEdit* file_;
    QPushButton* browse_;
    QSpinBox* words_;
    QComboBox* metric_;
    QString chosenMetric_ = "l2"; ///< the metric chosen for the corrected protocol (kept while paper shows cosine)
    QSpinBox* clusters_;
    QComboBox* protocol_;
    QComboBox* preset_;
    QCheckBox* augment_;
    QSpinBox* seed_;
    QSpinBox* maxEpochs_;
    QDoubleSpinBox* budget_;
    QLabel* dataInfo_;
    LatestRequest<std::shared_ptr<const Workload>> reads_{this}; ///< the chosen data (and its queries), read in the background
    QString dataError_;
    std::shared_ptr<const Workload> read_; ///< every row of the current choice, once read (RunRequest::read)
    std::string readFrom_;                ///< the choice read_ was read from
    QPushButton* train_;
    QPushButton* cancel_;
    QList<QWidget*> inputs_;
};

} // namespace nnscope::studio
