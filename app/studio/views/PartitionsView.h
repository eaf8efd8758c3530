// nnscope studio — Partitions: learned partitions beside k-means on the chosen data (all its rows or a
// count, held-out queries), built as soon as the data is read — no trained hierarchy needed: recall@10
// against candidates scanned or the total cost at the target recall, the bins' sizes side by side, and
// for the inspected query which bins each method probes (with its router's scores) and where its true 10
// nearest neighbours live — the routing view.
#pragma once

#include "experiments/PartitionExperiment.h"
#include "studio/LatestRequest.h"
#include "studio/TableModel.h"
#include "studio/views/StudioView.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace nnscope::studio {

class PartitionsView : public StudioView {
    Q_OBJECT
public:
    explicit PartitionsView(QWidget* parent = nullptr);

    void setSession(const SessionPointer& session) override;
    QCustomPlot* currentChart() override { return curves_; }
    std::optional<Table> currentTable() const override;

    std::size_t bins() const;
    /// The data the partitions are built on: the chosen data's first `rows` (all when 0).
    void setData(std::shared_ptr<const Dataset> data);
    /// The rows to build on (the chosen count of the data given), or null before any data was read.
    std::shared_ptr<const Dataset> buildData() const;
    QSpinBox* rowsBox() const { return rows_; }
    /// 0: recall against candidates; 1: the total cost (candidates + router) at the target recall.
    void showChart(int kind);
    /// What a click on the curves' point (candidates, recall) of the graph named `method` chooses:
    /// emits probesChosen for the curve point it is, or nothing.
    void choosePoint(const QString& method, double candidates, double recall);
    const TableModel& summaryModel() const { return summary_; }
    const TableModel& routingModel() const { return routing_; }
    std::shared_ptr<const PartitionExperimentResult> result() const { return result_; }
    /// The last routing shown (every method's, every bin in the router's order) and its row (-1: none).
    const std::vector<QueryRouting>& routing() const { return lastRouting_; }
    qint64 routedRow() const { return routedRow_; }

public slots:
    /// Shows partitions built on `built` (the rows buildData gave).
    void showResult(const std::shared_ptr<const PartitionExperimentResult>& result, std::shared_ptr<const Dataset> built);
    /// The inspected query (a dataset row): its routing in every method, computed off the GUI thread.
    void setQuery(qint64 row);

signals:
    /// The user asked to build the partitions (the window runs it on the worker).
    void buildRequested();
    /// The routing table shows `row`.
    void routed(qint64 row);
    /// A point of a method's curve was clicked: that method (index in the result) probing that many bins.
    void probesChosen(int method, int probes);

private:
    void drawChart();

    std::shared_ptr<const Dataset> data_;  ///< every row of the chosen data
    std::shared_ptr<const Dataset> built_; ///< the rows result_ was built on (routing reads the query there)
    std::shared_ptr<const PartitionExperimentResult> result_;
    QSpinBox* bins_;
    QSpinBox* rows_;
    QComboBox* chart_;
    QPushButton* build_;
    QLabel* note_;
    QCustomPlot* curves_;
    QCustomPlot* sizes_;
    TableModel summary_;
    QTableView* summaryView_;
    TableModel routing_;
    qint64 query_ = -1;
    std::vector<QueryRouting> lastRouting_;
    qint64 routedRow_ = -1;
    LatestRequest<std::vector<QueryRouting>> routings_{this};
};

} // namespace nnscope::studio
