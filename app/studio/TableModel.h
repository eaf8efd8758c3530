// nnscope studio: a typed table (an engine Table, or rows a view builds) for QTableView. Cells stay
// numbers (Qt::UserRole holds the number, so sorting is numeric) and are formatted for display in the
// user's locale; engine column and table titles are shown translated (studio/TableText.h).
#pragma once

#include "experiments/Tables.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

class QTableView;
class QWidget;

namespace nnscope::studio {

using CellRow = QVector<Cell>;

class TableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    /// A view's own table; `header` is already in the UI's language.
    void setTable(const QStringList& header, const QVector<CellRow>& rows);
    /// An engine table, its column titles translated.
    void setTable(const Table& table);
    void clear() { setTable(QStringList{}, {}); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The cell as displayed.
    QString text(int row, int column) const;
    const Cell& cell(int row, int column) const { return rows_[row][column]; }
    /// The table as an engine Table (headers as shown), for CSV / Markdown export.
    Table toTable(const QString& id, const QString& title) const;

private:
    QStringList header_;
    QVector<CellRow> rows_;
};

/// `table` — the rows of `view`'s model, in the model's order — in the order the view shows them
/// (after the user sorted it): what an export writes.
Table inViewOrder(Table table, const QTableView* view);

/// A QTableView over `model` through a proxy that sorts numbers as numbers (click a header to sort;
/// the model's own order until then).
QTableView* makeSortableTable(QAbstractItemModel* model, QWidget* parent);

} // namespace nnscope::studio
