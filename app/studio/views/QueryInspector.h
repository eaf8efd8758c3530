// nnscope studio — Query inspector: one query through the hierarchy — layer 1's top clusters,
// layer 2's top 5 in the chosen cluster, the exact top 5, hits and misses, and the distance gap.
#pragma once

#include "learned/QueryInspection.h"
#include "studio/LatestRequest.h"
#include "studio/TableModel.h"
#include "studio/views/StudioView.h"

#include <functional>

class QCheckBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace nnscope::studio {

class QueryInspector : public StudioView {
    Q_OBJECT
public:
    explicit QueryInspector(QWidget* parent = nullptr);

    void setSession(const SessionPointer& session) override;
    std::optional<Table> currentTable() const override;
    /// The inspected query's three tables (layer 1, layer 2, exact), empty when none is shown.
    std::vector<Table> queryTables() const;

    const TableModel& clusterModel() const { return clusters_; }
    const TableModel& predictedModel() const { return predicted_; }
    const TableModel& exactModel() const { return exact_; }
    qint64 currentQuery() const { return query_; }
    QSpinBox* topBox() const { return top_; }
    QSpinBox* probesBox() const { return probes_; }
    QCheckBox* rerankBox() const { return rerank_; }
    /// What the view says about the inspected query.
    QString summaryText() const;

public slots:
    /// Starts inspecting a dataset row (on the thread pool; inspected() follows); false for a row that
    /// does not exist.
    bool inspectRow(qint64 row);
    /// Inspects the row labelled `word` (ignoring case when no label matches exactly); false if there is none.
    bool inspectWord(const QString& word);
    /// Inspects a random held-out (test) row.
    void inspectRandomTestRow();
    /// Inspects query `index` of the dataset's own query set (with its shipped truth, where it has one);
    /// false when the data has no query set or no such query.
    bool inspectQuerySetEntry(qint64 index);

signals:
    /// The inspected query, its predicted (layer-2 top-1) and its true (exact) nearest neighbour.
    void querySelected(qint64 query, qint64 predicted, qint64 truth);
    /// The query's exact nearest neighbours (own row excluded), nearest first.
    void neighboursFound(const QList<qint64>& rows);
    /// The tables show the inspection of `row`.
    void inspected(qint64 row);

private:
    void show(const QueryInspection& inspection);
    void clearQuery(const QString& message);
    void inspect(const std::function<QueryInspection(const Session&)>& inspection);
    void reinspect();
    ProbeSettings probeSettings() const;

    SessionPointer session_;
    LatestRequest<QueryInspection> inspections_{this};
    QLineEdit* word_;
    QCompleter* completer_;
    QPushButton* random_;
    QSpinBox* top_;           ///< answers per list (nnscope predict --k)
    QSpinBox* probes_;        ///< clusters probed (nnscope predict --probe)
    QCheckBox* rerank_;       ///< order layer 2's candidates by exact distance
    QSpinBox* querySetEntry_; ///< the dataset's own query to inspect
    qint64 external_ = -1;    ///< the inspected query of the query set, or -1
    QLabel* summary_;
    TableModel clusters_;
    TableModel predicted_;
    QTableView* predictedView_ = nullptr;
    TableModel exact_;
    qint64 query_ = -1;
    quint64 draws_ = 0;
};

} // namespace nnscope::studio
