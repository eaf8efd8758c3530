#include "studio/ExportActions.h"

#include "core/Printable.h"

#include "core/Error.h"
#include "core/Files.h"
#include "report/Charts.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QMessageBox>
#include <QPageSize>
#include <QSettings>

namespace nnscope::studio {

ChartExportOptions chartExportOptions()
{
    QSettings settings;
    ChartExportOptions options;
    options.pngScale = std::clamp(settings.value("export/pngScale", options.pngScale).toDouble(), 0.5, 8.0);
    options.pdfPage = settings.value("export/pdfPage", options.pdfPage).toString();
    return options;
}

void setChartExportOptions(const ChartExportOptions& options)
{
    QSettings settings;
    settings.setValue("export/pngScale", options.pngScale);
    settings.setValue("export/pdfPage", options.pdfPage);
}

bool editChartExportOptions(QWidget* parent)
{
    ChartExportOptions options = chartExportOptions();
    QDialog dialog(parent);
    dialog.setWindowTitle(QObject::tr("Chart export options"));
    auto* scale = new QComboBox(&dialog);
    for (double s : {1.0, 2.0, 3.0, 4.0})
        scale->addItem(QObject::tr("%1× the on-screen size").arg(s), s);
    scale->setCurrentIndex(std::max(0, scale->findData(options.pngScale)));
    auto* page = new QComboBox(&dialog);
    page->addItem(QObject::tr("the on-screen size"), QString());
    for (const char* key : {"A4", "A3", "Letter", "Legal"})
        page->addItem(QObject::tr("%1, landscape").arg(key), QString(key));
    page->setCurrentIndex(std::max(0, page->findData(options.pdfPage)));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(QObject::tr("PNG / JPG &scale:"), scale);
    form->addRow(QObject::tr("PDF &page:"), page);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    setChartExportOptions({scale->currentData().toDouble(), page->currentData().toString()});
    return true;
}

report::ChartFormat chartFormat(const ChartExportOptions& options, QSize size)
{
    report::ChartFormat format;
    format.width = std::max(size.width(), format.width);
    format.height = std::max(size.height(), format.height);
    format.scale = options.pngScale;
    // The page in points, landscape; QCustomPlot lays the chart out on it at one unit per point.
    for (int id = 0; id < QPageSize::LastPageSize && !options.pdfPage.isEmpty(); ++id)
        if (QPageSize::key(static_cast<QPageSize::PageSizeId>(id)) == options.pdfPage) {
            const QSize points = QPageSize::sizePoints(static_cast<QPageSize::PageSizeId>(id));
            format.pdfPoints = QSize(std::max(points.width(), points.height()), std::min(points.width(), points.height()));
        }
    return format;
}

bool exportChart(QCustomPlot& plot, const QString& path, const ChartExportOptions& options)
{
    const QString lower = path.toLower();
    const bool known = lower.endsWith(".png") || lower.endsWith(".pdf") || lower.endsWith(".jpg") || lower.endsWith(".jpeg");
    return report::saveChartFile(plot, known ? path : path + ".png", chartFormat(options, plot.size()));
}

void exportTable(const Table& table, const QString& path)
{
    const std::string text = path.toLower().endsWith(".md") ? toMarkdown(table) : toCsv(table);
    writeFileAtomically(path.toStdString(), text);
}

QString exportChartInteractively(QWidget* parent, QCustomPlot& plot, const Table& data, const QString& suggestedName)
{
    const QString path = QFileDialog::getSaveFileName(parent, QObject::tr("Export chart"), suggestedName + ".png",
                                                      QObject::tr("PNG image (*.png);;PDF document (*.pdf);;JPEG image (*.jpg)"));
    if (path.isEmpty())
        return {};
    if (!exportChart(plot, path, chartExportOptions())) {
        QMessageBox::warning(parent, QObject::tr("Export chart"), QObject::tr("Could not write %1.").arg(path));
        return {};
    }
    const QFileInfo file(path);
    const QString dataPath = file.dir().filePath(file.completeBaseName() + ".csv");
    try {
        exportTable(data, dataPath);
    } catch (const std::exception& error) {
        QMessageBox::warning(parent, QObject::tr("Export chart"), QString::fromStdString(printable(error.what())));
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
