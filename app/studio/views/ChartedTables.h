// nnscope studio: several tables, one shown at a time — chosen in a box, drawn as its chart says above
// it, its note and its rows (sortable) below. The Distances and Compare views are made of it.
#pragma once

#include "experiments/Tables.h"
#include "studio/TableModel.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QCustomPlot;
class QLabel;
class QTableView;

namespace nnscope::studio {

class ChartedTables : public QWidget {
    Q_OBJECT
public:
    /// `chooser`: the label of the box that picks the table (with its &-mnemonic).
    explicit ChartedTables(const QString& chooser, QWidget* parent = nullptr);

    /// Shows these tables (titled and noted as the studio words them; a table of a kind it does not know
    /// keeps its own title), the chosen one kept when it is still there. `systems`: the order the run's
    /// systems get their colours in.
    void setTables(std::vector<Table> tables, std::vector<std::string> systems = {});
    /// Shows the table with this id; false if there is none.
    bool showTable(const QString& id);
    QCustomPlot* chart() const { return plot_; }
    /// The shown table in the on-screen order, or none.
    std::optional<Table> currentTable() const;

private:
    void showSelected();

    QCustomPlot* plot_;
    QComboBox* which_;
    QLabel* note_;
    TableModel model_;
    QTableView* tableView_;
    std::vector<Table> tables_;
    std::vector<std::string> systems_;
};

} // namespace nnscope::studio
