#include "studio/views/CompareView.h"

#include "experiments/Comparison.h"
#include "report/Charts.h"
#include "studio/TableText.h"

#include "studio/views/ChartedTables.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <map>

namespace nnscope::studio {

CompareView::CompareView(QWidget* parent) : StudioView(parent)
{
    a_ = new QComboBox(this);
    b_ = new QComboBox(this);
    a_->setToolTip(tr("Run A: every run of this session, in the order they finished"));
    b_->setToolTip(tr("Run B, compared with A (differences are B − A)"));
    note_ = new QLabel(tr("Train two runs (or open a saved one and train another) to compare them."), this);
    note_->setWordWrap(true);
    tables_ = new ChartedTables(tr("&Show:"), this);

    auto* pickers = new QHBoxLayout;
    addLabelled(pickers, tr("Run &A:"), a_, 1);
    addLabelled(pickers, tr("Run &B:"), b_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(note_);
    layout->addWidget(tables_, 1);
    connect(a_, &QComboBox::currentIndexChanged, this, &CompareView::recompute);
    connect(b_, &QComboBox::currentIndexChanged, this, &CompareView::recompute);
}

QString CompareView::runName(int index) const
{
    const Session& run = *runs_[static_cast<std::size_t>(index)];
    const HierarchySettings& settings = run.hierarchy->settings();
    return tr("%1: %2, %3 clusters, %4").arg(index + 1).arg(datasetTitle(*run.data)).arg(run.hierarchy->clustering().clusters)
        .arg(protocolTitle(protocolName(settings.protocol)));
}

void CompareView::setSession(const SessionPointer& session)
{
    if (!session || std::find(runs_.begin(), runs_.end(), session) != runs_.end())
        return;
    runs_.push_back(session);
    const int newest = runCount() - 1;
    for (QComboBox* box : {a_, b_}) {
        box->blockSignals(true);
        box->addItem(runName(newest));
        box->blockSignals(false);
    }
    compare(std::max(0, newest - 1), newest);
}

void CompareView::setPartitions(const SessionPointer& run, std::shared_ptr<const PartitionExperimentResult> partitions)
{
    if (!run)
        return;
    partitions_[run.get()] = std::move(partitions);
    recompute();
}

bool CompareView::compare(int a, int b)
{
    if (a < 0 || b < 0 || a >= runCount() || b >= runCount())
        return false;
    for (auto [box, index] : {std::pair{a_, a}, std::pair{b_, b}}) {
        box->blockSignals(true);
        box->setCurrentIndex(index);
        box->blockSignals(false);
    }
    recompute();
    return true;
}

void CompareView::recompute()
{
    const int a = a_->currentIndex(), b = b_->currentIndex();
    if (a < 0 || b < 0)
        return;
    const std::string nameA = tr("A (run %1)").arg(a + 1).toStdString(), nameB = tr("B (run %1)").arg(b + 1).toStdString();
    const Session &runA = *runs_[static_cast<std::size_t>(a)], &runB = *runs_[static_cast<std::size_t>(b)];
    std::vector<Table> tables = compareRuns(runA.measurement, nameA, runB.measurement, nameB);
    const auto partitionsA = partitions_.find(&runA), partitionsB = partitions_.find(&runB);
    const bool partitionsOfBoth = partitionsA != partitions_.end() && partitionsB != partitions_.end();
    if (partitionsOfBoth)
        for (Table& table : comparePartitions(*partitionsA->second, nameA, *partitionsB->second, nameB))
            tables.push_back(std::move(table));
    // Titled as the studio words them; the accuracy measures are Table 2–3 column ids, worded as those
    // columns are; the partitions' measures are ids too.
    const std::map<std::string, QString> titles = {{"compare_settings", tr("Settings that differ")},
                                                   {"compare_accuracy", tr("Accuracy per layer")},
                                                   {"compare_systems", tr("Each system's distance to the true neighbour")},
                                                   {"compare_recall", tr("Each system's recall@k")},
                                                   {"compare_partitions", tr("Partitions: candidates and distance-equivalents at the target recall@10")},
                                                   {"compare_partition_settings", tr("Partition settings that differ")}};
    const std::map<std::string, QString> measures = {{"candidates", tr("candidates")},
                                                     {"distance_equivalents", tr("candidates + router")}};
    for (Table& table : tables) {
        table.title = titles.at(table.id).toStdString();
        if (table.id == "compare_accuracy")
            for (auto& row : table.rows)
                row.front().text = columnTitle({row.front().text, row.front().text}).toStdString();
        if (table.id == "compare_partitions")
            for (auto& row : table.rows)
                row[1].text = measures.at(row[1].text).toStdString();
    }
    tables_->setTables(std::move(tables), systemsOf(runA.measurement, runB.measurement));
    QString note = a == b ? tr("Run A and run B are the same run: choose two to see their differences.")
                          : tr("Run %1 against run %2: differences are B − A.").arg(b + 1).arg(a + 1);
    if (!partitionsOfBoth)
        note += " " + tr("Partitions are compared once both runs have them (Partitions ▸ Build partitions while the run is shown).");
    note_->setText(note);
}

bool CompareView::showTable(const QString& id)
{
    return tables_->showTable(id);
}

QCustomPlot* CompareView::currentChart()
{
    return tables_->chart();
}

std::optional<Table> CompareView::currentTable() const
{
    return tables_->currentTable();
}

} // namespace nnscope::studio
