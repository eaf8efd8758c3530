#include "studio/views/CompareView.h"

#include "experiments/Comparison.h"
#include "report/Charts.h"
#include "studio/TableText.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace nnscope::studio {

CompareView::CompareView(QWidget* parent) : StudioView(parent)
{
    a_ = new QComboBox(this);
    b_ = new QComboBox(this);
    a_->setToolTip(tr("Run A: every run of this session, in the order they finished"));
    b_->setToolTip(tr("Run B, compared with A (differences are B − A)"));
    which_ = new QComboBox(this);
    which_->addItem(tr("settings that differ"), "compare_settings");
    which_->addItem(tr("accuracy per layer"), "compare_accuracy");
    which_->addItem(tr("each system's distance to the truth"), "compare_systems");
    which_->addItem(tr("each system's recall"), "compare_recall");
    which_->setCurrentIndex(1);
    note_ = new QLabel(tr("Train two runs (or open a saved one and train another) to compare them."), this);
    note_->setWordWrap(true);
    plot_ = new QCustomPlot(this);
    plot_->setMinimumHeight(240);
    tableView_ = makeSortableTable(&model_, this);
    tableView_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* pickers = new QHBoxLayout;
    addLabelled(pickers, tr("Run &A:"), a_, 1);
    addLabelled(pickers, tr("Run &B:"), b_, 1);
    addLabelled(pickers, tr("&Show:"), which_);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(plot_);
    split->addWidget(tableView_);
    split->setSizes({340, 260});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(note_);
    layout->addWidget(split, 1);
    connect(a_, &QComboBox::currentIndexChanged, this, &CompareView::recompute);
    connect(b_, &QComboBox::currentIndexChanged, this, &CompareView::recompute);
    connect(which_, &QComboBox::currentIndexChanged, this, &CompareView::showSelected);
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
    tables_ = compareRuns(runs_[static_cast<std::size_t>(a)]->measurement, tr("A (run %1)").arg(a + 1).toStdString(),
                          runs_[static_cast<std::size_t>(b)]->measurement, tr("B (run %1)").arg(b + 1).toStdString());
    note_->setText(a == b ? tr("Run A and run B are the same run: choose two to see their differences.")
                          : tr("Run %1 against run %2: differences are B − A.").arg(b + 1).arg(a + 1));
    showSelected();
}

bool CompareView::showTable(const QString& id)
{
    const int index = which_->findData(id);
    if (index < 0)
        return false;
    which_->setCurrentIndex(index);
    showSelected();
    return true;
}

void CompareView::showSelected()
{
    const std::string id = which_->currentData().toString().toStdString();
    const auto found = std::find_if(tables_.begin(), tables_.end(), [&](const Table& t) { return t.id == id; });
    if (found == tables_.end()) {
        model_.clear();
        return;
    }
    Table shown = *found;
    if (shown.id == "compare_accuracy") // its measures are column ids of Tables 2–3: worded as those columns are
        for (auto& row : shown.rows)
            row.front().text = columnTitle({row.front().text, row.front().text}).toStdString();
    model_.setTable(shown);
    QStringList titles;
    for (const Column& column : found->columns)
        titles << columnTitle(column);
    report::plotTable(*plot_, shown, which_->currentText(), titles);
}

std::optional<Table> CompareView::currentTable() const
{
    if (model_.rowCount() == 0)
        return std::nullopt;
    return inViewOrder(model_.toTable(which_->currentData().toString(), which_->currentText()), tableView_);
}

} // namespace nnscope::studio
