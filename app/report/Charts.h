// nnscope report: the charts of a run, drawn into a QCustomPlot — live in the studio, offscreen for
// `nnscope reproduce` and "Export all" (PNG and PDF).
#pragma once

#include "experiments/Experiment.h"
#include "experiments/PartitionExperiment.h"
#include "experiments/PartitionScale.h"
#include "experiments/Tables.h"

#include <QColor>
#include <QFont>
#include <QSize>
#include <cmath>
#include <QString>
#include <QStringList>
#include <vector>

class QCustomPlot;
class QCPAxis;
class QCPGraph;
class QCPScatterStyle;

namespace nnscope::report {

/// Tables 2–3 as horizontal grouped bars: layer-1 and layer-2 accuracy of the learned hierarchy per protocol.
void plotLayerAccuracy(QCustomPlot& plot, const ExperimentResult& result);
/// Cluster sizes as bars labelled by cluster id (in id order, or largest first), with each cluster's
/// layer-2 test accuracy and its 95% Wilson interval on a right-hand axis when `imbalance` has one entry
/// per cluster (clusters without test queries get no dot).
void plotClusterSizes(QCustomPlot& plot, const std::vector<std::size_t>& sizes, const std::vector<ClusterImbalance>& imbalance,
                      bool sortedBySize, const QString& title);
/// Recall@k against milliseconds per query (log scale), one labelled point per system and setting.
void plotRecallVsTime(QCustomPlot& plot, const ExperimentResult& result, Protocol protocol);

/// One colour per key (a system's label, a setting): keys in `order` get the palette in that order, others
/// the next free colours as they are first asked for. Built from a run's systems (systemsOf), a system keeps
/// one colour in every chart of the run.
class SeriesColours {
public:
    SeriesColours() = default;
    explicit SeriesColours(std::vector<std::string> order);
    QColor of(const std::string& key);

private:
    std::vector<std::string> keys_;
};

/// Any report table drawn as its `chart` says: horizontal bars of the columns in the chart's unit (one
/// bar per column when the table has one row, else one group per row named by the label cells that
/// differ), or points with their intervals, one series per label, a log axis where the values span more
/// than 100×. Column titles translated by the caller; a system's bar or points in its colour.
void plotTable(QCustomPlot& plot, const Table& table, const QString& title, const QStringList& columnTitles, SeriesColours colours = {});
/// The axis label of a unit (translated).
QString unitLabel(Unit unit);

/// A point with an optional interval on y (NaN: none).
struct PlotPoint {
    double x = NAN, y = NAN, low = NAN, high = NAN;
};
/// Adds points as an unjoined graph with `marker`, their intervals as error bars paired point by point
/// (the points are sorted by x first, as QCPGraph would, intervals with them); points with no finite x or
/// y are left out. `valueAxis`: the y axis they are drawn against (the plot's left one when null).
QCPGraph* addPoints(QCustomPlot& plot, const QString& name, std::vector<PlotPoint> points, const QCPScatterStyle& marker,
                    QCPAxis* valueAxis = nullptr);

/// Recall@10 against candidates scanned (log scale), one line per partition method (probes 1 … B).
/// `dataset`: the data's name as the caller words it (empty: the result's own).
void plotPartitionCurves(QCustomPlot& plot, const PartitionExperimentResult& result, const QString& dataset = {});
/// A `partition --scale` run: the cheapest learned and non-learned total cost per query (distance-
/// equivalents at the target recall) against the base rows, both axes logarithmic.
void plotPartitionCrossover(QCustomPlot& plot, const PartitionScaleResult& result);

/// A title's font, `full` or smaller in half points down to kSmallestTitlePoints, whose widest line of
/// `text` fits `width` pixels (at the smallest it may still not): what a chart's title draws in.
inline constexpr double kSmallestTitlePoints = 7.0;
QFont titleFontToFit(const QFont& full, const QString& text, int width);
/// Puts `title` above the plot (replacing an earlier title), drawn smaller where the plot is too narrow.
void setChartTitle(QCustomPlot& plot, const QString& title);
/// Series (or cluster) i's colour: a 10-colour qualitative palette, then golden-angle hues.
QColor seriesColor(std::size_t i);
/// Where a chart's legend stands: inside the axis rect (the default, in a corner), or in a column right
/// of it, where it cannot hide data.
enum class LegendPlace { Inset, Beside };
void placeLegend(QCustomPlot& plot, LegendPlace place);

/// How a chart is written: laid out at width × height, PNG/JPG at `scale` pixels per layout pixel, PDF
/// on a page of `pdfPoints` (laid out at one unit per point; empty: width × height).
struct ChartFormat {
    int width = 900;
    int height = 520;
    double scale = 1.0;
    QSize pdfPoints;
};

/// Renders a plot to one file, PNG, PDF or JPG by the path's extension (.png, .pdf, .jpg/.jpeg), atomically:
/// false, with nothing left behind and an earlier file untouched, when it cannot be written or the
/// extension is none of these.
bool saveChartFile(QCustomPlot& plot, const QString& path, const ChartFormat& format = {});

/// What a chart draws, read back from its plottables: one row per bar or point with its series (the
/// legend's name), x (a bar's category label, or the key), y, and the interval drawn on it (lower,
/// upper; empty when none). The data behind a figure, checkable against the table it came from.
Table plottedData(QCustomPlot& plot);

/// `stem`.png, `stem`.pdf and, beside them, `data` as `stem`.csv, in `folder`; returns the names
/// written. Throws nnscope::Error when a file cannot be written.
QStringList writeChart(QCustomPlot& plot, const QString& folder, const QString& stem, const ChartFormat& format, const Table& data);
/// The same, with the data read back from the plot (plottedData).
QStringList writeChart(QCustomPlot& plot, const QString& folder, const QString& stem, const ChartFormat& format = {});

} // namespace nnscope::report
