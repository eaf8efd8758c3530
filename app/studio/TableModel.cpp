#include "studio/TableModel.h"

#include "studio/TableText.h"

#include <QHeaderView>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace nnscope::studio {

void TableModel::setTable(const QStringList& header, const QVector<CellRow>& rows)
{
    beginResetModel();
    header_ = header;
    rows_ = rows;
    endResetModel();
}

void TableModel::setTable(const Table& table)
{
    QStringList header;
    for (const Column& column : table.columns)
        header << columnTitle(column);
    QVector<CellRow> rows;
    for (const auto& row : table.rows)
        rows << CellRow(row.begin(), row.end());
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

QString TableModel::text(int row, int column) const
{
    const Cell& c = rows_[row][column];
    if (!c.number)
        return c.text.empty() ? QStringLiteral("–") : QString::fromStdString(c.text);
    if (c.decimals == Cell::kSignificant)
        return QLocale().toString(*c.number, 'g', 3);
    return QLocale().toString(*c.number, 'f', c.decimals);
}

QVariant TableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rows_.size() || index.column() >= rows_[index.row()].size())
        return {};
    const Cell& c = rows_[index.row()][index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), index.column());
    case Qt::ToolTipRole:
        return c.number ? QLocale().toString(*c.number, 'g', 17) : text(index.row(), index.column());
    case Qt::UserRole: // the sort key; a missing cell sorts before every number
        return c.number ? QVariant(*c.number) : c.text.empty() ? QVariant(-std::numeric_limits<double>::infinity())
                                                               : QVariant(QString::fromStdString(c.text));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(c.number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
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
    Table table{id.toStdString(), id.toStdString(), title.toStdString(), "", {}, {}};
    for (const QString& cell : header_)
        table.columns.push_back({cell.toStdString(), cell.toStdString()});
    for (const CellRow& row : rows_)
        table.rows.emplace_back(row.begin(), row.end());
    return table;
}

Table inViewOrder(Table table, const QTableView* view)
{
    const auto* proxy = view ? qobject_cast<const QSortFilterProxyModel*>(view->model()) : nullptr;
    if (!proxy || static_cast<std::size_t>(proxy->rowCount()) != table.rows.size())
        return table;
    std::vector<std::vector<Cell>> rows;
    for (int r = 0; r < proxy->rowCount(); ++r)
        rows.push_back(table.rows[static_cast<std::size_t>(proxy->mapToSource(proxy->index(r, 0)).row())]);
    table.rows = std::move(rows);
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
    // Columns as wide as their header and cells each time the table is refilled (still resizable).
    QObject::connect(model, &QAbstractItemModel::modelReset, view, &QTableView::resizeColumnsToContents);
    return view;
}

} // namespace nnscope::studio
