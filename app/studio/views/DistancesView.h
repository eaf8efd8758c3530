// nnscope studio — Distances: the paper's Tables 1–4 for the current run, recall@k, cost per query,
// multi-probe and imbalance tables, the paper's published values; the chosen one drawn as its chart says.
#pragma once

#include "studio/TableModel.h"
#include "studio/views/StudioView.h"

class QComboBox;
class QLabel;
class QTableView;

namespace nnscope::studio {

class DistancesView : public StudioView {
    Q_OBJECT
public:
    explicit DistancesView(QWidget* parent = nullptr);

    void setSession(const SessionPointer& session) override;
    QCustomPlot* currentChart() override { return plot_; }
    std::optional<Table> currentTable() const override;

    /// Shows the table with this id (e.g. "table1_distance_corrected"); false if there is none.
    bool showTable(const QString& id);

private:
    void showSelected();

    QCustomPlot* plot_;
    QComboBox* which_;
    QLabel* note_;
    TableModel model_;
    QTableView* tableView_;
    std::vector<Table> tables_;
    std::vector<std::string> systems_; ///< the run's systems, in the order their colours are given
};

} // namespace nnscope::studio
