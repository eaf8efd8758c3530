// nnscope report: the report folder of a run — tables.md, one CSV per table, results.json, and the
// charts as PNG and PDF — written into a staging folder and moved into place whole.
#pragma once

#include "experiments/Experiment.h"
#include "experiments/PartitionExperiment.h"
#include "experiments/Tables.h"
#include "report/Charts.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace nnscope::report {

/// Writes more files into a report before it is moved into place: called with the staging folder,
/// returns the names it wrote there.
using ReportExtras = std::function<QStringList(const QString& staging)>;

/// How a report's charts are written and titled: the studio passes its chart format and translations;
/// without titles a chart is titled in English, as the tables are.
struct ReportOptions {
    ReportExtras extras;
    ChartFormat format;
    std::function<QString(const Table&)> tableTitle;
    std::function<QStringList(const Table&)> columnTitles;
};

/// Writes (or replaces) `directory`: tables.md, each table as CSV, results.json, and the charts — one
/// per table that has one (chart_<table id>), recall against time per protocol, per-layer accuracy and
/// the cluster sizes — each as PNG and PDF with its plotted data as CSV beside it. Needs a QApplication
/// (the charts are widgets rendered offscreen). Returns the files written, relative to the folder.
/// Throws nnscope::Error.
QStringList writeReport(const ExperimentResult& result, const QString& directory, const ReportOptions& options = {});

/// A partition experiment's folder: partition.json, curves.csv (one row per method and probe count),
/// summary.csv, the recall@10-vs-candidates chart and the candidates/distance-equivalents chart
/// (chart_summary), each as PNG and PDF with its data as CSV.
QStringList writePartitionReport(const PartitionExperimentResult& result, const QString& directory, const ReportOptions& options = {});
/// A `partition --scale` run into `directory`, replaced as one: scale.json, crossover.csv and its chart
/// (total_cost_vs_rows), and each size's summary and curves (summary_N.csv, curves_N.csv).
QStringList writePartitionScaleReport(const PartitionScaleResult& result, const QString& directory, const ReportOptions& options = {});

/// Draws `table` as its chart says into `plot` and writes it as chart_<table id> (PNG, PDF, data CSV)
/// into `folder`; nothing for a table without a chart. Returns the names written.
QStringList writeTableChart(QCustomPlot& plot, const Table& table, const QString& folder, const ReportOptions& options,
                            const SeriesColours& colours = {});

/// The Markdown of every table, as printed on stdout and written to tables.md.
std::string tablesMarkdown(const ExperimentResult& result);

} // namespace nnscope::report
