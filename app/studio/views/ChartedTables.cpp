#include "studio/views/ChartedTables.h"

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

ChartedTables::ChartedTables(const QString& chooser, QWidget* parent) : QWidget(parent)
{
    plot_ = new QCustomPlot(this);
    plot_->setMinimumHeight(240);
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
    auto* label = new QLabel(chooser, this);
    label->setBuddy(which_);
    picker->addWidget(label);
    picker->addWidget(which_, 1);
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
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    connect(which_, &QComboBox::currentIndexChanged, this, &ChartedTables::showSelected);
}

void ChartedTables::setTables(std::vector<Table> tables, std::vector<std::string> systems)
{
    const QString previous = which_->currentData().toString();
    tables_ = std::move(tables);
    systems_ = std::move(systems);
    which_->blockSignals(true);
    which_->clear();
    for (const Table& table : tables_)
        which_->addItem(tableTitle(table), QString::fromStdString(table.id));
    which_->blockSignals(false);
    if (previous.isEmpty() || !showTable(previous))
        showSelected();
}

bool ChartedTables::showTable(const QString& id)
{
    const int index = which_->findData(id);
    if (index < 0)
        return false;
    which_->setCurrentIndex(index);
    showSelected();
    return true;
}

void ChartedTables::showSelected()
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
    note_->setVisible(!note_->text().isEmpty());
    report::plotTable(*plot_, table, tableTitle(table), columnTitles(table), report::SeriesColours(systems_));
}

std::optional<Table> ChartedTables::currentTable() const
{
    const int index = which_->currentIndex();
    if (index < 0 || static_cast<std::size_t>(index) >= tables_.size())
        return std::nullopt;
    return inViewOrder(tables_[static_cast<std::size_t>(index)], tableView_);
}

} // namespace nnscope::studio
