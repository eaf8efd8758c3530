#include "studio/views/DistancesView.h"

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

DistancesView::DistancesView(QWidget* parent) : StudioView(parent)
{
    plot_ = new QCustomPlot(this);
    plot_->setMinimumHeight(260);
    plot_->setToolTip(tr("The chosen table drawn in its own units: bars of one unit, or points (cost and multi-probe against time or FLOPs, imbalance with intervals)"));
    which_ = new QComboBox(this);
    which_->setToolTip(tr("Which table to show"));
    note_ = new QLabel(this);
    note_->setWordWrap(true);
    note_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    tableView_ = makeSortableTable(&model_, this);
    tableView_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tableView_->setToolTip(tr("Click a column header to sort"));

    auto* picker = new QHBoxLayout;
    addLabelled(picker, tr("&Table:"), which_, 1);
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(picker);
    lowerLayout->addWidget(note_);
    lowerLayout->addWidget(tableView_);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(plot_);
    split->addWidget(lower);
    split->setSizes({360, 300});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);
    connect(which_, &QComboBox::currentIndexChanged, this, &DistancesView::showSelected);
}

void DistancesView::setSession(const SessionPointer& session)
{
    const QString previous = which_->currentData().toString();
    tables_ = experimentTables(session->measurement);
    systems_ = systemsOf(session->measurement);
    which_->blockSignals(true);
    which_->clear();
    for (const Table& table : tables_)
        which_->addItem(tableTitle(table), QString::fromStdString(table.id));
    which_->blockSignals(false);
    if (previous.isEmpty() || !showTable(previous))
        showSelected();
}

bool DistancesView::showTable(const QString& id)
{
    const int index = which_->findData(id);
    if (index < 0)
        return false;
    which_->setCurrentIndex(index);
    showSelected();
    return true;
}

void DistancesView::showSelected()
{
    const int index = which_->currentIndex();
    if (index < 0 || static_cast<std::size_t>(index) >= tables_.size()) {
        model_.clear();
        note_->clear();
        return;
    }
    const Table& table = tables_[static_cast<std::size_t>(index)];
    model_.setTable(table);
    note_->setText(tableNote(table));
    // The chart shows the chosen table.
    QStringList titles;
    for (const Column& column : table.columns)
        titles << columnTitle(column);
    report::plotTable(*plot_, table, tableTitle(table), titles, report::SeriesColours(systems_));
}

std::optional<Table> DistancesView::currentTable() const
{
    const int index = which_->currentIndex();
    if (index < 0 || static_cast<std::size_t>(index) >= tables_.size())
        return std::nullopt;
    return inViewOrder(tables_[static_cast<std::size_t>(index)], tableView_);
}

} // namespace nnscope::studio
