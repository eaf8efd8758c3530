// nnscope studio — Distances: the paper's Tables 1–4 for the current run, recall@k, cost per query,
// multi-probe and imbalance tables, the paper's published values; the chosen one drawn as its chart says.
#pragma once

#include "studio/views/StudioView.h"

namespace nnscope::studio {

class ChartedTables;

class DistancesView : public StudioView {
    Q_OBJECT
public:
    explicit DistancesView(QWidget* parent = nullptr);

    void setSession(const SessionPointer& session) override;
    QCustomPlot* currentChart() override;
    std::optional<Table> currentTable() const override;

    /// Shows the table with this id (e.g. "table1_distance_corrected"); false if there is none.
    bool showTable(const QString& id);

private:
    ChartedTables* tables_;
};

} // namespace nnscope::studio
