#include "report/Charts.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QFile>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <numeric>

namespace nnscope::report {
namespace {

const QList<QColor>& palette()
{
    static const QList<QColor> colors = {QColor(31, 119, 180), QColor(255, 127, 14), QColor(44, 160, 44), QColor(214, 39, 40),
                                         QColor(148, 103, 189), QColor(140, 86, 75), QColor(227, 119, 194), QColor(127, 127, 127),
                                         QColor(188, 189, 34), QColor(23, 190, 207)};
    return colors;
}

// Series i's marker: one of the palette's colours, and a shape that changes every palette's length,
// so that up to 50 series stay apart.
QCPScatterStyle seriesMarker(int i, double size)
{
    static const QCPScatterStyle::ScatterShape shapes[] = {QCPScatterStyle::ssDisc, QCPScatterStyle::ssSquare, QCPScatterStyle::ssTriangle,
                                                           QCPScatterStyle::ssDiamond, QCPScatterStyle::ssCrossCircle};
    const QColor color = palette()[i % palette().size()];
    return QCPScatterStyle(shapes[(i / palette().size()) % 5], color, color, size);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("nnscope::report", text);
}

void reset(QCustomPlot& plot, const QString& title)
{
    plot.clearPlottables();
    plot.clearItems();
    plot.clearGraphs();
    setChartTitle(plot, title);
    plot.yAxis2->setVisible(false);
    placeLegend(plot, false);
    plot.axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    plot.xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    plot.xAxis->setScaleType(QCPAxis::stLinear);
    plot.xAxis->setTickLabelRotation(0);
    plot.legend->setVisible(false);
    plot.setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
}

QString settingLabel(const SettingResult& s)
{
    return QString("(%1, %2)").arg(s.point.clusters).arg(s.point.words);
}

// Grouped bars: groups along x (labelled), one series per name, values[series][group].
void groupedBars(QCustomPlot& plot, const QStringList& groups, const QStringList& series,
                 const std::vector<std::vector<double>>& values, const QString& yLabel)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int g = 0; g < groups.size(); ++g)
        ticker->addTick(g + 1, groups[g]);
    plot.xAxis->setTicker(ticker);
    plot.xAxis->setRange(0.4, groups.size() + 0.6);
    auto* group = new QCPBarsGroup(&plot);
    const double width = 0.8 / std::max<qsizetype>(series.size(), 1);
    double top = 0.0;
    for (int s = 0; s < series.size(); ++s) {
        auto* bars = new QCPBars(plot.xAxis, plot.yAxis);
        bars->setName(series[s]);
        bars->setWidth(width);
        bars->setBarsGroup(group);
        const QColor color = palette()[s % palette().size()];
        bars->setBrush(color);
        bars->setPen(color.darker(130));
        for (int g = 0; g < groups.size(); ++g) {
            const double v = values[static_cast<std::size_t>(s)][static_cast<std::size_t>(g)];
            if (!std::isnan(v)) {
                bars->addData(g + 1, v);
                top = std::max(top, v);
            }
        }
    }
    plot.yAxis->setLabel(yLabel);
    plot.yAxis->setRange(0, top > 0 ? top * 1.6 : 1.0); // headroom for the legend inside the plot
    plot.legend->setVisible(true);
    plot.legend->setFont(QFont(plot.font().family(), 8));
    plot.axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
}

} // namespace

QColor seriesColor(std::size_t i)
{
    if (i < static_cast<std::size_t>(palette().size()))
        return palette()[static_cast<int>(i)];
    // Beyond the palette: hues a golden angle apart, in two brightnesses.
    return QColor::fromHsv(static_cast<int>(std::fmod(static_cast<double>(i) * 137.508, 360.0)), 170, i % 2 ? 150 : 215);
}

// Outside: a column of its own right of the axis rect, the legend at the top of a grid whose second,
// stretching row takes the rest.
void placeLegend(QCustomPlot& plot, bool outside)
{
    QCPLayoutInset* inset = plot.axisRect()->insetLayout();
    const bool isOutside = !inset->elements(false).contains(plot.legend);
    if (outside == isOutside)
        return;
    if (outside) {
        inset->take(plot.legend);
        auto* column = new QCPLayoutGrid;
        plot.plotLayout()->addElement(plot.plotLayout()->rowCount() - 1, 1, column);
        column->addElement(0, 0, plot.legend);
        column->addElement(1, 0, new QCPLayoutElement(&plot));
        column->setRowStretchFactors({0.001, 1.0});
        plot.plotLayout()->setColumnStretchFactor(1, 0.001);
    } else {
        QCPLayoutElement* column = plot.legend->layout();
        column->layout()->take(column);
        plot.legend->layout()->take(plot.legend);
        delete column;
        plot.plotLayout()->simplify();
        inset->addElement(plot.legend, Qt::AlignTop | Qt::AlignRight);
    }
}

void setChartTitle(QCustomPlot& plot, const QString& title)
{
    if (plot.plotLayout()->rowCount() > 1)
        plot.plotLayout()->remove(plot.plotLayout()->element(0, 0));
    plot.plotLayout()->simplify();
    plot.plotLayout()->insertRow(0);
    plot.plotLayout()->addElement(0, 0, new QCPTextElement(&plot, title, QFont(plot.font().family(), 11, QFont::Bold)));
}

void plotDistanceBars(QCustomPlot& plot, const ExperimentResult& result, Protocol protocol)
{
    reset(plot, tr("Average distance to the true neighbour (%1 protocol)").arg(QString::fromStdString(protocolName(protocol))));
    QStringList groups, series;
    std::vector<const SettingResult*> settings;
    for (const SettingResult& s : result.results)
        if (s.protocol == protocol) {
            groups << settingLabel(s);
            settings.push_back(&s);
        }
    // Every system at its own probe setting (the multi-probe variants have a table and a chart of their own).
    for (const SettingResult* setting : settings)
        for (const SystemResult& system : setting->systems)
            if (!system.probeVariant && !series.contains(QString::fromStdString(system.system)))
                series << QString::fromStdString(system.system);
    std::vector<std::vector<double>> values(static_cast<std::size_t>(series.size()));
    for (int s = 0; s < series.size(); ++s)
        for (const SettingResult* setting : settings) {
            const SystemResult* system = setting->system(series[s].toStdString());
            values[static_cast<std::size_t>(s)].push_back(system ? system->meanDistanceToTruth : NAN);
        }
    groupedBars(plot, groups, series, values, tr("mean Euclidean distance (lower is better)"));
    plot.xAxis->setLabel(tr("(clusters, words)"));
    plot.replot();
}

void plotLayerAccuracy(QCustomPlot& plot, const ExperimentResult& result)
{
    reset(plot, tr("Per-layer accuracy of the learned hierarchy"));
    QStringList groups;
    std::vector<std::pair<std::size_t, std::size_t>> points;
    for (const SettingResult& s : result.results) {
        const auto key = std::make_pair(s.point.clusters, s.point.words);
        if (std::find(points.begin(), points.end(), key) == points.end()) {
            points.push_back(key);
            groups << settingLabel(s);
        }
    }
    QStringList series;
    std::vector<std::vector<double>> values;
    // The paper protocol's in-sample draw (the authors' evaluation, --paper-eval) beside its held-out
    // scores: the gap between them is what the published accuracies are made of.
    for (Protocol protocol : {Protocol::Paper, Protocol::Corrected})
        for (bool inSample : {false, true})
            for (int layer : {1, 2}) {
                std::vector<double> column(points.size(), NAN);
                bool any = false;
                for (const SettingResult& s : result.results) {
                    if (s.protocol != protocol || s.learned.empty() || (inSample && !s.learned.front().inSampleAccuracy))
                        continue;
                    const auto at = std::find(points.begin(), points.end(), std::make_pair(s.point.clusters, s.point.words)) - points.begin();
                    const AccuracyReport& a = inSample ? *s.learned.front().inSampleAccuracy : s.learned.front().accuracy;
                    column[static_cast<std::size_t>(at)] = layer == 1 ? a.layer1Accuracy : a.layer2Accuracy;
                    any = true;
                }
                if (!any)
                    continue;
                const QString protocolText = QString::fromStdString(protocolName(protocol));
                series << (inSample ? tr("layer %1, %2, in-sample draw").arg(layer).arg(protocolText)
                                    : tr("layer %1, %2").arg(layer).arg(protocolText));
                values.push_back(column);
            }
    groupedBars(plot, groups, series, values, tr("accuracy"));
    plot.yAxis->setRange(0, 1.6);
    plot.xAxis->setLabel(tr("(clusters, words)"));
    plot.replot();
}

void plotClusterSizes(QCustomPlot& plot, const std::vector<std::size_t>& sizes, const std::vector<ClusterImbalance>& imbalance,
                      bool sortedBySize, const QString& title)
{
    reset(plot, title);
    std::vector<std::size_t> order(sizes.size());
    std::iota(order.begin(), order.end(), 0);
    if (sortedBySize)
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return sizes[a] > sizes[b]; });
    auto* bars = new QCPBars(plot.xAxis, plot.yAxis);
    bars->setName(tr("members"));
    bars->setWidth(0.8);
    bars->setBrush(palette()[0]);
    bars->setPen(palette()[0].darker(130));
    double top = 1.0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        bars->addData(static_cast<double>(i), static_cast<double>(sizes[order[i]]));
        top = std::max(top, static_cast<double>(sizes[order[i]]));
    }
    plot.xAxis->setLabel(sortedBySize ? tr("cluster id, largest first") : tr("cluster id"));
    plot.xAxis->setRange(-1, static_cast<double>(order.size()));
    plot.yAxis->setLabel(tr("cluster size (rows)"));
    plot.yAxis->setRange(0, top * 1.1);
    // Bars are labelled with their cluster's id (every one up to 50 bars, then evenly spaced ones).
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const std::size_t step = (order.size() + 49) / 50;
    for (std::size_t i = 0; i < order.size(); i += std::max<std::size_t>(step, 1))
        ticker->addTick(static_cast<double>(i), QString::number(order[i]));
    plot.xAxis->setTicker(ticker);
    plot.xAxis->setTickLabelRotation(order.size() > 25 ? 90 : 0);
    if (imbalance.size() == sizes.size()) {
        plot.yAxis2->setVisible(true);
        plot.yAxis2->setLabel(tr("layer-2 test accuracy (95% Wilson interval)"));
        plot.yAxis2->setRange(0, 1.05);
        QCPGraph* dots = plot.addGraph(plot.xAxis, plot.yAxis2);
        dots->setName(tr("layer-2 test accuracy"));
        dots->setLineStyle(QCPGraph::lsNone);
        dots->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, palette()[1], 6));
        auto* intervals = new QCPErrorBars(plot.xAxis, plot.yAxis2);
        intervals->removeFromLegend();
        intervals->setPen(QPen(palette()[1].darker(120), 1));
        QVector<double> minus, plus;
        for (std::size_t i = 0; i < order.size(); ++i) {
            const ClusterImbalance& c = imbalance[order[i]];
            if (c.testQueries == 0)
                continue; // no test query: nothing measured, nothing drawn
            dots->addData(static_cast<double>(i), c.testAccuracy);
            minus << c.testAccuracy - c.testLow;
            plus << c.testHigh - c.testAccuracy;
        }
        intervals->setDataPlottable(dots);
        intervals->setData(minus, plus);
        plot.legend->setVisible(true);
    }
    plot.replot();
}

void plotRecallVsTime(QCustomPlot& plot, const ExperimentResult& result, Protocol protocol)
{
    reset(plot, tr("Recall@%1 against time per query (%2 protocol)").arg(result.settings.recallK).arg(QString::fromStdString(protocolName(protocol))));
    plot.xAxis->setScaleType(QCPAxis::stLogarithmic);
    plot.xAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    std::map<std::string, QCPGraph*> bySystem;
    double low = 1e9, high = 0.0;
    for (const SettingResult& s : result.results) {
        if (s.protocol != protocol)
            continue;
        for (const SystemResult& system : s.systems) {
            QCPGraph*& graph = bySystem[system.system];
            if (!graph) {
                graph = plot.addGraph();
                graph->setName(QString::fromStdString(system.system));
                graph->setLineStyle(QCPGraph::lsNone);
                graph->setScatterStyle(seriesMarker(static_cast<int>(bySystem.size() - 1), 8));
            }
            const double ms = std::max(system.singleMsPerQuery, 1e-5);
            graph->addData(ms, system.recallAtK);
            low = std::min(low, ms);
            high = std::max(high, ms);
        }
    }
    plot.xAxis->setLabel(tr("milliseconds per query, one query per call (log scale)"));
    plot.yAxis->setLabel(tr("recall@%1").arg(result.settings.recallK));
    plot.xAxis->setRange(high > 0 ? low / 2 : 1e-3, high > 0 ? high * 2 : 1.0);
    plot.yAxis->setRange(0, 1.05);
    plot.legend->setVisible(true);
    plot.legend->setFont(QFont(plot.font().family(), 8));
    placeLegend(plot, true);
    plot.replot();
}

void plotTableBars(QCustomPlot& plot, const Table& table, const QString& title, const QStringList& columnTitles)
{
    reset(plot, title);
    std::vector<std::size_t> numeric;
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        if (std::any_of(table.rows.begin(), table.rows.end(), [c](const std::vector<Cell>& row) { return c < row.size() && row[c].number; }))
            numeric.push_back(c);
    QStringList groups, series;
    for (const auto& row : table.rows) {
        QStringList label;
        for (const Cell& cell : row)
            if (!cell.number && !cell.text.empty())
                label << QString::fromStdString(cell.text);
        groups << label.join(" ");
    }
    std::vector<std::vector<double>> values;
    for (std::size_t c : numeric) {
        series << (static_cast<int>(c) < columnTitles.size() ? columnTitles[static_cast<int>(c)] : QString::fromStdString(table.columns[c].title));
        std::vector<double> column;
        for (const auto& row : table.rows)
            column.push_back(c < row.size() && row[c].number ? *row[c].number : NAN);
        values.push_back(column);
    }
    groupedBars(plot, groups, series, values, QString());
    if (groups.size() > 8) // many groups: label them on a slant so they stay readable
        plot.xAxis->setTickLabelRotation(45);
    plot.replot();
}

void plotPartitionCurves(QCustomPlot& plot, const PartitionExperimentResult& result)
{
    reset(plot, tr("Recall@10 against candidates scanned\n%1, %2 held-out queries").arg(QString::fromStdString(result.dataset)).arg(result.queries));
    plot.xAxis->setScaleType(QCPAxis::stLogarithmic);
    plot.xAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    double low = 1e18, high = 0.0;
    for (std::size_t m = 0; m < result.methods.size(); ++m) {
        const PartitionMethodResult& method = result.methods[m];
        QCPGraph* graph = plot.addGraph();
        graph->setName(QString::fromStdString(method.method));
        graph->setScatterStyle(seriesMarker(static_cast<int>(m), 6));
        graph->setPen(QPen(palette()[static_cast<int>(m) % palette().size()], 1.6));
        for (const ProbePoint& p : method.curve) {
            graph->addData(std::max(p.candidates, 1.0), p.recallAt10);
            low = std::min(low, std::max(p.candidates, 1.0));
            high = std::max(high, p.candidates);
        }
    }
    auto* target = new QCPItemStraightLine(&plot);
    target->point1->setCoords(1, result.settings.targetRecall);
    target->point2->setCoords(2, result.settings.targetRecall);
    target->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    plot.xAxis->setLabel(tr("candidates scanned per query (log scale)"));
    plot.yAxis->setLabel(tr("recall@10"));
    plot.xAxis->setRange(high > 0 ? low / 1.5 : 1.0, high > 0 ? high * 1.5 : 10.0);
    plot.yAxis->setRange(0, 1.02);
    plot.legend->setVisible(true);
    plot.legend->setFont(QFont(plot.font().family(), 8));
    // Bottom right is empty on these curves (many candidates scanned means high recall).
    plot.axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    plot.replot();
}

bool saveChartFile(QCustomPlot& plot, const QString& path, int width, int height, double scale)
{
    // QCustomPlot writes straight to the file it is given: render beside the path, then rename over it.
    const QString lower = path.toLower();
    const QString partial = path + ".part";
    bool saved = false;
    if (lower.endsWith(".pdf"))
        saved = plot.savePdf(partial, width, height);
    else if (lower.endsWith(".jpg") || lower.endsWith(".jpeg"))
        saved = plot.saveJpg(partial, width, height, scale);
    else if (lower.endsWith(".png"))
        saved = plot.savePng(partial, width, height, scale);
    if (saved && std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) == 0)
        return true;
    QFile::remove(partial);
    return false;
}

bool saveChart(QCustomPlot& plot, const QString& stem, int width, int height)
{
    const bool png = saveChartFile(plot, stem + ".png", width, height);
    const bool pdf = saveChartFile(plot, stem + ".pdf", width, height);
    return png && pdf;
}

} // namespace nnscope::report
