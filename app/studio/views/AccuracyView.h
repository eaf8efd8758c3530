// nnscope studio — Accuracy: per-layer accuracy, layer-2 accuracy against cluster size, and the
// training curves of every model (drawn live while a run trains).
#pragma once

#include "studio/TableModel.h"
#include "studio/views/StudioView.h"

#include <QMap>
#include <cmath>

class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;

namespace nnscope::studio {

class AccuracyView : public StudioView {
    Q_OBJECT
public:
    explicit AccuracyView(QWidget* parent = nullptr);

    void setSession(const SessionPointer& session) override;
    QCustomPlot* currentChart() override;
    std::optional<Table> currentTable() const override;
    /// Every model's per-epoch training loss and accuracy heard during the run (empty after reopening).
    Table trainingCurves() const;
    /// The epoch after which a model memorises: its held-out accuracy peaked there while its training
    /// accuracy went on rising by at least 0.05 (0: no such epoch, or no held-out rows).
    static int memorisingFrom(const QVector<double>& epochs, const QVector<double>& training, const QVector<double>& heldOut);
    QCustomPlot* trainingCurvesChart() { return curves_; }
    /// Layer-2 test accuracy per cluster against the chosen property, with its Wilson intervals.
    QCustomPlot* imbalanceChart() { return scatter_; }
    /// What the imbalance chart draws, one row per cluster with test queries: cluster, size, hits,
    /// queries, accuracy, the 95% Wilson interval (lower, upper) and the chosen property (x).
    Table imbalanceData() const;
    Table chartData() override;
    QString verdictText() const;

public slots:
    /// A training epoch ended (live curves); `model` is "layer1" or "layer2/<cluster>".
    void addEpoch(const QString& model, int epoch, double loss, double accuracy, double heldOutAccuracy = NAN);
    /// Forgets the live curves (a new run starts).
    void clearCurves();
    /// Marks this cluster's point in the imbalance chart (the cluster selected in the Clusters view).
    void highlightCluster(int cluster);

private:
    void drawCurves();
    void drawScatter();
    /// The id of imbalanceData()'s column that holds the chosen predictor (x_size, x_entropy_bits, x_top_share).
    std::string predictorColumn() const;

    SessionPointer session_;
    QTabWidget* tabs_;
    QCustomPlot* layers_;
    QCustomPlot* scatter_;
    QCustomPlot* curves_;
    QComboBox* model_;
    QComboBox* predictor_;
    QLabel* verdict_;      ///< the trend and what it lets one say
    int highlighted_ = -1; ///< the selected cluster
    TableModel records_;
    QTableView* recordsView_;
    struct Curve {
        QVector<double> epochs, losses, accuracies, heldOut; ///< heldOut: NaN where the epoch had none
    };
    QMap<QString, Curve> live_;
};

} // namespace nnscope::studio
