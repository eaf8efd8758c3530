// nnscope studio — Compare: any two of the session's runs side by side — the settings that differ, the
// accuracy per layer, each system's distance and recall — with B − A, drawn and exported like any table.
#pragma once

#include "studio/TableModel.h"
#include "studio/views/StudioView.h"

class QComboBox;
class QLabel;
class QTableView;

namespace nnscope::studio {

class CompareView : public StudioView {
    Q_OBJECT
public:
    explicit CompareView(QWidget* parent = nullptr);

    /// The newest run joins the list (run B by default, the one before it run A).
    void setSession(const SessionPointer& session) override;
    QCustomPlot* currentChart() override { return plot_; }
    std::optional<Table> currentTable() const override;

    int runCount() const { return static_cast<int>(runs_.size()); }
    /// Compares runs `a` and `b` (indices in the order they finished); false for an index out of range.
    bool compare(int a, int b);
    /// Shows the comparison table with this id (compare_settings, compare_accuracy, compare_systems, compare_recall).
    bool showTable(const QString& id);

private:
    void recompute();
    void showSelected();
    QString runName(int index) const;

    std::vector<SessionPointer> runs_;
    QComboBox* a_;
    QComboBox* b_;
    QComboBox* which_;
    QLabel* note_;
    QCustomPlot* plot_;
    TableModel model_;
    QTableView* tableView_;
    std::vector<Table> tables_;
};

} // namespace nnscope::studio
