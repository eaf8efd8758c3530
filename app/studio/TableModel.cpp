#include "studio/TableModel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace nnscope::studio {

void TableModel::setTable(const QStringList& header, const QVector<QStringList>& rows)
{
    beginResetModel();
    header_ = header;
    rows_ = rows;
    endResetModel();
}

void TableModel::setTable(const Table& table)
{
    QStringList header;
    for (const std::string& cell : table.header)
        header << QString::fromStdString(cell);
    QVector<QStringList> rows;
    for (const auto& row : table.rows) {
        QStringList cells;
        for (const std::string& cell : row)
            cells << QString::fromStdString(cell);
        rows << cells;
    }
    setTable(header, rows);
}

int TableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int TableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(header_.size());
}

QVariant TableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rows_.size() || index.column() >= rows_[index.row()].size())
        return {};
    const QString& cell = rows_[index.row()][index.column()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return cell;
    case Qt::UserRole: { // the sort key: a number when the cell starts with one
        bool isNumber = false;
        const double number = cell.section(' ', 0, 0).toDouble(&isNumber);
        return isNumber ? QVariant(number) : QVariant(cell);
    }
    case Qt::TextAlignmentRole: {
        bool isNumber = false;
        cell.section(' ', 0, 0).toDouble(&isNumber);
        return QVariant::fromValue(isNumber ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    }
    default:
        return {};
    }
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section < header_.size() ? header_[section] : QVariant();
    return section + 1;
}

Table TableModel::toTable(const QString& id, const QString& title) const
{
    Table table{id.toStdString(), title.toStdString(), "", {}, {}};
    for (const QString& cell : header_)
        table.header.push_back(cell.toStdString());
    for (const QStringList& row : rows_) {
        std::vector<std::string> cells;
        for (const QString& cell : row)
            cells.push_back(cell.toStdString());
        table.rows.push_back(cells);
    }
    return table;
}

QTableView* makeSortableTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::UserRole);
    auto* view = new QTableView(parent);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setVisible(false);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace nnscope::studio
