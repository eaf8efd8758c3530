#include "studio/ExportActions.h"

#include "core/Printable.h"

#include "core/Error.h"
#include "core/Files.h"
#include "report/Charts.h"

#include <qcustomplot.h>

#include <QFileDialog>
#include <QMessageBox>

namespace nnscope::studio {

bool exportChart(QCustomPlot& plot, const QString& path)
{
    const QString lower = path.toLower();
    const bool known = lower.endsWith(".png") || lower.endsWith(".pdf") || lower.endsWith(".jpg") || lower.endsWith(".jpeg");
    const int width = std::max(plot.width(), 900), height = std::max(plot.height(), 520);
    return report::saveChartFile(plot, known ? path : path + ".png", width, height);
}

void exportTable(const Table& table, const QString& path)
{
    const std::string text = path.toLower().endsWith(".md") ? toMarkdown(table) : toCsv(table);
    writeFileAtomically(path.toStdString(), text);
}

QString exportChartInteractively(QWidget* parent, QCustomPlot& plot, const QString& suggestedName)
{
    const QString path = QFileDialog::getSaveFileName(parent, QObject::tr("Export chart"), suggestedName + ".png",
                                                      QObject::tr("PNG image (*.png);;PDF document (*.pdf);;JPEG image (*.jpg)"));
    if (path.isEmpty())
        return {};
    if (!exportChart(plot, path)) {
        QMessageBox::warning(parent, QObject::tr("Export chart"), QObject::tr("Could not write %1.").arg(path));
        return {};
    }
    return path;
}

QString exportTableInteractively(QWidget* parent, const Table& table)
{
    const QString path = QFileDialog::getSaveFileName(parent, QObject::tr("Export table"), QString::fromStdString(table.id) + ".csv",
                                                      QObject::tr("CSV (*.csv);;Markdown (*.md)"));
    if (path.isEmpty())
        return {};
    try {
        exportTable(table, path);
    } catch (const std::exception& error) {
        QMessageBox::warning(parent, QObject::tr("Export table"), QString::fromStdString(printable(error.what())));
        return {};
    }
    return path;
}

} // namespace nnscope::studio
