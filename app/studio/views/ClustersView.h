// nnscope studio — Clusters: cluster sizes with each layer-2 model's accuracy, the imbalance table,
// and the members of the chosen cluster with their layer-2 targets.
#pragma once

#include "studio/TableModel.h"
#include "studio/views/StudioView.h"

class QCheckBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace nnscope::studio {

class ClustersView : public StudioView {
    Q_OBJECT
public:
    explicit ClustersView(QWidget* parent = nullptr);

    void setSession(const SessionPointer& session) override;
    QCustomPlot* currentChart() override { return plot_; }
    const TableModel& queriesModel() const { return queries_; }
    const TableModel& imbalanceModel() const { return imbalance_; }
    const TableModel& membersModel() const { return members_; }
    std::optional<Table> currentTable() const override;
    /// The chosen cluster's answer histogram: layer 2's answers on its test queries beside their exact
    /// nearest neighbours (the rows most answered first, up to kAnswerBars of them).
    QCustomPlot* answersChart() const { return answersPlot_; }
    static constexpr std::size_t kAnswerBars = 12;

public slots:
    void selectCluster(int cluster);
    /// What the view says about the selected cluster.
    QString summaryText() const;
    /// A run in progress has clustered: its sizes drawn at once (its accuracy follows when it ends).
    void showClusterSizes(const QList<qint64>& sizes);

signals:
    /// The cluster shown in detail changed (the other views highlight it).
    void clusterSelected(int cluster);

private:
    void redraw();
    void drawAnswers(int cluster, std::size_t queries);

    SessionPointer session_;
    QCustomPlot* plot_;
    QCustomPlot* answersPlot_;
    Table answers_; ///< every cluster's answer histogram (layer2AnswerTable)
    QCheckBox* sorted_;
    QSpinBox* cluster_;
    QLabel* summary_;
    TableModel imbalance_;
    TableModel members_;
    TableModel queries_; ///< the chosen cluster's evaluated test queries
    QTableView* imbalanceView_;
    std::vector<std::size_t> barOrder_; ///< cluster shown at each bar position
};

} // namespace nnscope::studio
