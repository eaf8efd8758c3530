// nnscope studio: a table of text cells (an engine Table, or rows a view builds) for QTableView.
// Cells that read as numbers sort numerically (Qt::UserRole holds the number).
#pragma once

#include "experiments/Tables.h"

#include <QAbstractTableModel>

class QTableView;
class QWidget;
#include <QStringList>
#include <QVector>

namespace nnscope::studio {

class TableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setTable(const QStringList& header, const QVector<QStringList>& rows);
    void setTable(const Table& table);
    void clear() { setTable(QStringList{}, {}); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The table as an engine Table, for CSV / Markdown export (title and note as given).
    Table toTable(const QString& id, const QString& title) const;
    const QVector<QStringList>& rows() const { return rows_; }

private:
    QStringList header_;
    QVector<QStringList> rows_;
};

/// A QTableView over `model` through a proxy that sorts numbers as numbers (click a header to sort;
/// the model's own order until then).
QTableView* makeSortableTable(QAbstractItemModel* model, QWidget* parent);

} // namespace nnscope::studio
