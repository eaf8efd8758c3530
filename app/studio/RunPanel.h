// nnscope studio: the left panel — what to run (data, clustering, protocol, preset, augmentation,
// seed) and the Train / Cancel buttons. Its values persist between sessions (QSettings).
#pragma once

#include "studio/EngineWorker.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
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
    QCheckBox* augmentBox() const { return augment_; }

signals:
    void trainRequested();
    void cancelRequested();

private:
    void browseForFile();
    void updateFileRow();

    QComboBox* dataset_;
    QLineEdit* file_;
    QPushButton* browse_;
    QSpinBox* words_;
    QComboBox* metric_;
    QSpinBox* clusters_;
    QComboBox* protocol_;
    QComboBox* preset_;
    QCheckBox* augment_;
    QSpinBox* seed_;
    QSpinBox* maxEpochs_;
    QPushButton* train_;
    QPushButton* cancel_;
    QList<QWidget*> inputs_;
};

} // namespace nnscope::studio
