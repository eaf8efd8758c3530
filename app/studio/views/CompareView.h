// nnscope studio — Compare: any two of the session's runs side by side — the settings that differ, the
// accuracy per layer, each system's distance and recall, the partitions built beside each — with B − A,
// drawn and exported like any table.
#pragma once

#include "studio/views/StudioView.h"

#include <map>
#include <memory>

class QComboBox;
class QLabel;

namespace nnscope::studio {

class ChartedTables;

class CompareView : public StudioView {
    Q_OBJECT
public:
    explicit CompareView(QWidget* parent = nullptr);

    /// The newest run joins the list (run B by default, the one before it run A).
    void setSession(const SessionPointer& session) override;
    QCustomPlot* currentChart() override;
    std::optional<Table> currentTable() const override;

    int runCount() const { return static_cast<int>(runs_.size()); }
    /// Partitions built while `run` was the session shown: compared when both runs have some.
    void setPartitions(const SessionPointer& run, std::shared_ptr<const PartitionExperimentResult> partitions);
    /// Compares runs `a` and `b` (indices in the order they finished); false for an index out of range.
    bool compare(int a, int b);
    /// Shows the comparison table with this id (compare_settings, compare_accuracy, compare_systems, compare_recall).
    bool showTable(const QString& id);

private:
    void recompute();
    QString runName(int index) const;

    std::vector<SessionPointer> runs_;
    std::map<const Session*, std::shared_ptr<const PartitionExperimentResult>> partitions_;
    QComboBox* a_;
    QComboBox* b_;
    QLabel* note_;
    ChartedTables* tables_;
};

} // namespace nnscope::studio
