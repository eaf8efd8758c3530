// nnscope report: the charts of a run, drawn into a QCustomPlot — live in the studio, offscreen for
// `nnscope reproduce` and "Export all" (PNG and PDF).
#pragma once

#include "experiments/Experiment.h"
#include "experiments/PartitionExperiment.h"
#include "experiments/Tables.h"

#include <QColor>
#include <QString>
#include <QStringList>
#include <vector>

class QCustomPlot;

namespace nnscope::report {

/// Table 1 as grouped bars: one group per (clusters, words), one bar per system.
void plotDistanceBars(QCustomPlot& plot, const ExperimentResult& result, Protocol protocol);
/// Tables 2–3 as grouped bars: layer-1 and layer-2 accuracy of the learned hierarchy per protocol.
void plotLayerAccuracy(QCustomPlot& plot, const ExperimentResult& result);
/// Cluster sizes as bars labelled by cluster id (in id order, or largest first), with each cluster's
/// layer-2 test accuracy and its 95% Wilson interval on a right-hand axis when `imbalance` has one entry
/// per cluster (clusters without test queries get no dot).
void plotClusterSizes(QCustomPlot& plot, const std::vector<std::size_t>& sizes, const std::vector<ClusterImbalance>& imbalance,
                      bool sortedBySize, const QString& title);
/// Recall@k against milliseconds per query (log scale), one labelled point per system and setting.
void plotRecallVsTime(QCustomPlot& plot, const ExperimentResult& result, Protocol protocol);

/// Any report table as grouped bars: one group per row (labelled by its text cells), one bar per
/// numeric column (named by `columnTitles`, translated by the caller). Missing cells leave a gap.
void plotTableBars(QCustomPlot& plot, const Table& table, const QString& title, const QStringList& columnTitles);

/// Recall@10 against candidates scanned (log scale), one line per partition method (probes 1 … B).
void plotPartitionCurves(QCustomPlot& plot, const PartitionExperimentResult& result);

/// Puts `title` above the plot (replacing an earlier title).
void setChartTitle(QCustomPlot& plot, const QString& title);
/// Series (or cluster) i's colour: a 10-colour qualitative palette, then golden-angle hues.
QColor seriesColor(std::size_t i);
/// The legend inside the axis rect (the default), or right of it, where it cannot hide data.
void placeLegend(QCustomPlot& plot, bool outside);

/// Renders a plot to one file, PNG, PDF or JPG by the path's extension (.png, .pdf, .jpg/.jpeg), atomically:
/// false, with nothing left behind and an earlier file untouched, when it cannot be written or the
/// extension is none of these.
bool saveChartFile(QCustomPlot& plot, const QString& path, int width, int height, double scale = 1.0);
/// Renders a plot to PNG and PDF files `stem`.png / `stem`.pdf; false if either could not be written.
bool saveChart(QCustomPlot& plot, const QString& stem, int width = 900, int height = 520);

} // namespace nnscope::report
