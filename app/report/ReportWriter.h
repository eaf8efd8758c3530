// nnscope report: the report folder of a run — tables.md, one CSV per table, results.json, and the
// charts as PNG and PDF — written into a staging folder and moved into place whole.
#pragma once

#include "experiments/Experiment.h"
#include "experiments/PartitionExperiment.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace nnscope::report {

/// Writes more files into a report before it is moved into place: called with the staging folder,
/// returns the names it wrote there.
using ReportExtras = std::function<QStringList(const QString& staging)>;

/// Writes (or replaces) `directory`; needs a QApplication (the charts are widgets rendered
/// offscreen). Returns the files written, relative to the folder. Throws nnscope::Error.
QStringList writeReport(const ExperimentResult& result, const QString& directory, const ReportExtras& extras = {});

/// A partition experiment's folder: partition.json, curves.csv (one row per method and probe count),
/// summary.csv, and the recall@10-vs-candidates chart as PNG and PDF.
QStringList writePartitionReport(const PartitionExperimentResult& result, const QString& directory);

/// The Markdown of every table, as printed on stdout and written to tables.md.
std::string tablesMarkdown(const ExperimentResult& result);

} // namespace nnscope::report
