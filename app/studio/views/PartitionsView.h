// nnscope studio — Partitions: learned partitions beside k-means on the run's data (held-out queries):
// recall@10 against candidates scanned, the bins' sizes side by side, and for the inspected query
// which bins each method probes (with its router's scores) and where its true 10 nearest neighbours
// live — the routing view.
#pragma once

#include "experiments/PartitionExperiment.h"
#include "studio/LatestRequest.h"
#include "studio/TableModel.h"
#include "studio/views/StudioView.h"

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
    const TableModel& summaryModel() const { return summary_; }
    const TableModel& routingModel() const { return routing_; }
    std::shared_ptr<const PartitionExperimentResult> result() const { return result_; }

public slots:
    void showResult(const std::shared_ptr<const PartitionExperimentResult>& result);
    /// The inspected query (a dataset row): its routing in every method, computed off the GUI thread.
    void setQuery(qint64 row);

signals:
    /// The user asked to build the partitions (the window runs it on the worker).
    void buildRequested();
    /// The routing table shows `row`.
    void routed(qint64 row);

private:
    SessionPointer session_;
    std::shared_ptr<const PartitionExperimentResult> result_;
    QSpinBox* bins_;
    QPushButton* build_;
    QLabel* note_;
    QCustomPlot* curves_;
    QCustomPlot* sizes_;
    TableModel summary_;
    QTableView* summaryView_;
    TableModel routing_;
    qint64 query_ = -1;
    LatestRequest<std::vector<QueryRouting>> routings_{this};
};

} // namespace nnscope::studio
