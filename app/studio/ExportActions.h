// nnscope studio: exporting what a view shows — a chart to PNG / PDF / JPG, a table to CSV / Markdown.
#pragma once

#include "experiments/Tables.h"
#include "report/Charts.h"

#include <QSize>
#include <QString>

class QCustomPlot;
class QWidget;

namespace nnscope::studio {

/// How charts are exported: raster images at a scale of the on-screen size (2: sharp on high-density
/// screens and in print), PDFs on a paper size in landscape ("" keeps the on-screen size).
struct ChartExportOptions {
    double pngScale = 2.0;
    QString pdfPage = "A4";   ///< a QPageSize key: A4, A3, Letter, Legal; or empty
};
/// The user's choice (QSettings "export/…"), and storing it.
ChartExportOptions chartExportOptions();
void setChartExportOptions(const ChartExportOptions& options);
/// Asks for the options in a small dialog; false if cancelled.
bool editChartExportOptions(QWidget* parent);

/// The format these options give: laid out at `size` (900 × 520 at least), PNG/JPG at the chosen scale,
/// PDF on the chosen page in landscape.
report::ChartFormat chartFormat(const ChartExportOptions& options, QSize size = {});

/// Writes the chart by the file's extension (.png, .pdf, .jpg; anything else gets .png appended),
/// atomically, laid out at its on-screen size; false when it could not be written.
bool exportChart(QCustomPlot& plot, const QString& path, const ChartExportOptions& options = {});
/// Writes the table by the file's extension (.csv, .md), atomically; throws nnscope::Error.
void exportTable(const Table& table, const QString& path);

/// Asks for a file name, then exports the chart and, beside it under the same name with .csv, the data
/// it draws; messages problems to the user. Returns the chart's path, or empty.
QString exportChartInteractively(QWidget* parent, QCustomPlot& plot, const Table& data, const QString& suggestedName);
QString exportTableInteractively(QWidget* parent, const Table& table);

} // namespace nnscope::studio
