// nnscope studio: exporting what a view shows — a chart to PNG / PDF / JPG, a table to CSV / Markdown.
#pragma once

#include "experiments/Tables.h"

#include <QString>

class QCustomPlot;
class QWidget;

namespace nnscope::studio {

/// Writes the chart by the file's extension (.png, .pdf, .jpg; anything else gets .png appended),
/// atomically; false when it could not be written.
bool exportChart(QCustomPlot& plot, const QString& path);
/// Writes the table by the file's extension (.csv, .md), atomically; throws nnscope::Error.
void exportTable(const Table& table, const QString& path);

/// Asks for a file name, then exports; messages problems to the user. Returns the path, or empty.
QString exportChartInteractively(QWidget* parent, QCustomPlot& plot, const QString& suggestedName);
QString exportTableInteractively(QWidget* parent, const Table& table);

} // namespace nnscope::studio
