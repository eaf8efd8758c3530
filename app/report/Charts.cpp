#include "report/Charts.h"

#include "core/Error.h"
#include "core/Files.h"

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

// A series' marker: its colour, and a shape that changes every palette's length (`index` is its place
// among the chart's series), so that up to 50 series stay apart.
QCPScatterStyle seriesMarker(const QColor& color, std::size_t index, double size)
{
    static const QCPScatterStyle::ScatterShape shapes[] = {QCPScatterStyle::ssDisc, QCPScatterStyle::ssSquare, QCPScatterStyle::ssTriangle,
                                                           QCPScatterStyle::ssDiamond, QCPScatterStyle::ssCrossCircle};
    return QCPScatterStyle(shapes[(index / static_cast<std::size_t>(palette().size())) % 5], color, color, size);
}

// Ticks on a log axis at 1, 2 and 5 times the powers of ten in view (only the powers past three
// decades), labelled plainly: QCPAxisTickerLog labels a range under two decades linearly, and its
// labels ran into each other (2000 2500 3000 3500).
class DecadeTicker : public QCPAxisTicker {
protected:
    QVector<double> createTickVector(double, const QCPRange& range) override
    {
        QVector<double> ticks;
        if (range.lower <= 0 || range.upper <= range.lower)
            return ticks;
        const bool powersOnly = range.upper / range.lower > 1000.0;
        for (double decade = std::pow(10.0, std::floor(std::log10(range.lower))); decade <= range.upper; decade *= 10.0)
            for (double step : {1.0, 2.0, 5.0})
                if ((step == 1.0 || !powersOnly) && decade * step >= range.lower && decade * step <= range.upper)
                    ticks << decade * step;
        return ticks;
    }
    QVector<double> createSubTickVector(int, const QVector<double>&) override { return {}; }
    QString getTickLabel(double tick, const QLocale&, QChar, int) override
    {
        if (tick >= 1e5 || tick < 1e-3) { // 10^n (or m·10^n) where plain digits grow long
            const int exponent = static_cast<int>(std::floor(std::log10(tick) + 1e-9));
            const double mantissa = tick / std::pow(10.0, exponent);
            return std::fabs(mantissa - 1.0) < 1e-9 ? QString("1e%1").arg(exponent) : QString("%1e%2").arg(mantissa, 0, 'g', 2).arg(exponent);
        }
        return QString::number(tick, 'g', 6);
    }
};

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
    placeLegend(plot, LegendPlace::Inset);
    plot.axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    for (QCPAxis* axis : {plot.xAxis, plot.yAxis}) {
        axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        axis->setScaleType(QCPAxis::stLinear);
        axis->setTickLabelRotation(0);
        axis->setRangeReversed(false);
        axis->setLabel(QString());
        axis->setTickLabelFont(plot.font());
    }
    plot.legend->setVisible(false);
    plot.legend->setFont(QFont(plot.font().family(), 8));
    plot.setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
}

QString settingLabel(const SettingResult& s)
{
    return QString("(%1, %2)").arg(s.point.clusters).arg(s.point.words);
}

// A value axis over `values` of `unit`: [0, 1.05] for fractions; logarithmic when the positive values
// span more than 100× (FLOPs, milliseconds across systems); otherwise linear from 0, ticks on whole
// numbers for counts (no "2.5 queries"). Returns the axis's lower end (where bars start).
double fitValueAxis(QCPAxis& axis, const std::vector<double>& values, Unit unit)
{
    const bool fraction = unit == Unit::Fraction;
    double low = HUGE_VAL, high = 0.0;
    for (double v : values)
        if (std::isfinite(v) && v > 0) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    if (fraction) {
        axis.setRange(0, 1.05);
        return 0.0;
    }
    if (high > 0 && high > 100 * low) {
        axis.setScaleType(QCPAxis::stLogarithmic);
        axis.setTicker(QSharedPointer<DecadeTicker>::create());
        axis.setRange(low / 2, high * 2);
        return low / 2;
    }
    axis.setRange(0, high > 0 ? high * 1.08 : 1.0);
    if (unit == Unit::Count || unit == Unit::Candidates) {
        auto whole = QSharedPointer<QCPAxisTickerFixed>::create();
        whole->setTickStep(1.0);
        whole->setScaleStrategy(QCPAxisTickerFixed::ssMultiples); // 1, 2, 5 … apart when the range is wide
        axis.setTicker(whole);
    }
    return 0.0;
}

// Horizontal bars, categories top to bottom. `perCategory`: one series, each category's bar in its own
// colour (colours[c]) and named on the axis, no legend; otherwise one bar per series in each category
// (colours[s]) and a legend beside the axes, where it cannot hide a bar. values[series][category]; NaN
// leaves a gap.
void barChart(QCustomPlot& plot, const QStringList& categories, const QStringList& series, const std::vector<QColor>& colours,
              const std::vector<std::vector<double>>& values, const QString& valueLabel, Unit unit, bool perCategory)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int c = 0; c < categories.size(); ++c)
        ticker->addTick(c + 1, categories[c]);
    plot.yAxis->setTicker(ticker);
    plot.yAxis->setRange(0.4, categories.size() + 0.6);
    plot.yAxis->setRangeReversed(true);
    std::vector<double> all;
    for (const auto& row : values)
        all.insert(all.end(), row.begin(), row.end());
    const double base = fitValueAxis(*plot.xAxis, all, unit);
    plot.xAxis->setLabel(plot.xAxis->scaleType() == QCPAxis::stLogarithmic ? valueLabel + tr(" (log scale)") : valueLabel);
    auto* group = perCategory ? nullptr : new QCPBarsGroup(&plot);
    const double width = perCategory ? 0.7 : 0.8 / std::max<qsizetype>(series.size(), 1);
    for (int s = 0; s < series.size(); ++s)
        for (int c = 0; c < (perCategory ? categories.size() : 1); ++c) {
            auto* bars = new QCPBars(plot.yAxis, plot.xAxis);
            bars->setName(perCategory ? categories[c] : series[s]);
            bars->setWidth(width);
            bars->setBaseValue(base);
            if (group)
                bars->setBarsGroup(group);
            const QColor color = colours[static_cast<std::size_t>(perCategory ? c : s)];
            bars->setBrush(color);
            bars->setPen(color.darker(130));
            for (int g = perCategory ? c : 0; g < (perCategory ? c + 1 : categories.size()); ++g) {
                const double v = values[static_cast<std::size_t>(s)][static_cast<std::size_t>(g)];
                if (std::isfinite(v))
                    bars->addData(g + 1, v);
            }
        }
    plot.legend->setVisible(!perCategory);
    placeLegend(plot, perCategory ? LegendPlace::Inset : LegendPlace::Beside); // an empty column beside the axes would only narrow them
}

// A chart's title that draws in titleFontToFit's font: in German, at the default window size, the
// partitions chart's title and the winner under it were cut at both edges.
class FittedTitle : public QCPTextElement {
public:
    FittedTitle(QCustomPlot* plot, const QString& text, const QFont& font) : QCPTextElement(plot, text, font), full_(font) {}

protected:
    void draw(QCPPainter* painter) override
    {
        // Only while drawing: the layout keeps sizing the title by its full font, so a smaller font never
        // narrows the chart that then shrinks it further.
        mFont = titleFontToFit(full_, mText, mRect.width());
        QCPTextElement::draw(painter);
        mFont = full_;
    }

private:
    QFont full_;
};

} // namespace

SeriesColours::SeriesColours(std::vector<std::string> order) : keys_(std::move(order)) {}

QColor SeriesColours::of(const std::string& key)
{
    const auto found = std::find(keys_.begin(), keys_.end(), key);
    if (found != keys_.end())
        return seriesColor(static_cast<std::size_t>(found - keys_.begin()));
    keys_.push_back(key);
    return seriesColor(keys_.size() - 1);
}

QString unitLabel(Unit unit)
{
    switch (unit) {
    case Unit::Count: return tr("count");
    case Unit::Fraction: return tr("fraction of queries (0–1)");
    case Unit::Distance: return tr("mean Euclidean distance (lower is better)");
    case Unit::Score: return tr("score");
    case Unit::Milliseconds: return tr("milliseconds per query");
    case Unit::Seconds: return tr("seconds");
    case Unit::Megabytes: return tr("MB");
    case Unit::Gibibytes: return tr("GiB");
    case Unit::Flops: return tr("FLOPs per query");
    case Unit::Bits: return tr("bits");
    case Unit::Candidates: return tr("distance computations per query");
    case Unit::None: break;
    }
    return {};
}

void plotTable(QCustomPlot& plot, const Table& table, const QString& title, const QStringList& columnTitles, SeriesColours colours)
{
    reset(plot, title);
    const auto titleOf = [&](std::size_t c) {
        return static_cast<int>(c) < columnTitles.size() ? columnTitles[static_cast<int>(c)] : QString::fromStdString(table.columns[c].title);
    };
    const auto number = [&](const std::vector<Cell>& row, int c) {
        return c >= 0 && static_cast<std::size_t>(c) < row.size() && row[static_cast<std::size_t>(c)].number ? *row[static_cast<std::size_t>(c)].number : NAN;
    };
    if (table.chart.kind == TableChart::Kind::Bars) {
        std::vector<std::size_t> drawn;
        for (std::size_t c = 0; c < table.columns.size(); ++c)
            if (table.columns[c].unit == table.chart.unit)
                drawn.push_back(c);
        // A row is named by its label cells, leaving out those every row shares (one setting's run).
        std::vector<std::size_t> naming;
        for (std::size_t c = 0; c < table.columns.size(); ++c)
            if (table.columns[c].unit == Unit::None
                && std::any_of(table.rows.begin(), table.rows.end(), [&](const std::vector<Cell>& row) { return row[c].text != table.rows.front()[c].text; }))
                naming.push_back(c);
        QStringList categories, series;
        std::vector<QColor> palette;
        std::vector<std::vector<double>> values;
        const auto colourOf = [&](std::size_t c, std::size_t i) {
            return table.columns[c].system.empty() ? seriesColor(i) : colours.of(table.columns[c].system);
        };
        if (table.rows.size() == 1) { // one row: a bar per column, named on the axis
            series << QString();
            values.emplace_back();
            for (std::size_t i = 0; i < drawn.size(); ++i) {
                categories << titleOf(drawn[i]);
                palette.push_back(colourOf(drawn[i], i));
                values.front().push_back(number(table.rows.front(), static_cast<int>(drawn[i])));
            }
        } else {
            for (const auto& row : table.rows) {
                QStringList name;
                for (std::size_t c : naming)
                    name << QString::fromStdString(row[c].text);
                categories << name.join(" ");
            }
            for (std::size_t i = 0; i < drawn.size(); ++i) {
                series << titleOf(drawn[i]);
                palette.push_back(colourOf(drawn[i], i));
                values.emplace_back();
                for (const auto& row : table.rows)
                    values.back().push_back(number(row, static_cast<int>(drawn[i])));
            }
        }
        barChart(plot, categories, series, palette, values, unitLabel(table.chart.unit), table.chart.unit, table.rows.size() == 1);
    } else if (table.chart.kind == TableChart::Kind::Points) {
        const int x = table.columnIndex(table.chart.x), y = table.columnIndex(table.chart.y);
        const int lower = table.columnIndex(table.chart.lower), upper = table.columnIndex(table.chart.upper);
        const int name = table.columnIndex(table.chart.series);
        std::vector<std::string> names;
        for (const auto& row : table.rows)
            if (name >= 0 && std::find(names.begin(), names.end(), row[static_cast<std::size_t>(name)].text) == names.end())
                names.push_back(row[static_cast<std::size_t>(name)].text);
        std::vector<double> xs, ys;
        for (std::size_t s = 0; s < names.size(); ++s) {
            std::vector<PlotPoint> points;
            for (const auto& row : table.rows)
                if (row[static_cast<std::size_t>(name)].text == names[s])
                    points.push_back({number(row, x), number(row, y), number(row, lower), number(row, upper)});
            const QColor color = table.chart.seriesAreSystems ? colours.of(names[s]) : seriesColor(s);
            addPoints(plot, QString::fromStdString(names[s]), points, seriesMarker(color, s, 7));
            for (const PlotPoint& p : points) {
                xs.push_back(p.x);
                ys.push_back(p.y);
            }
        }
        // A share on x keeps its own span (top-shares of 0.04–0.15 would crowd into [0, 1.05]).
        const Unit xUnit = table.columns[static_cast<std::size_t>(x)].unit;
        fitValueAxis(*plot.xAxis, xs, xUnit == Unit::Fraction ? Unit::None : xUnit);
        fitValueAxis(*plot.yAxis, ys, table.columns[static_cast<std::size_t>(y)].unit);
        // A log axis has no place for 0 (the random baseline's FLOPs): such a series is named, not hidden.
        for (int g = 0; g < plot.graphCount(); ++g) {
            QCPGraph* graph = plot.graph(g);
            bool offAxis = false;
            for (auto point = graph->data()->constBegin(); point != graph->data()->constEnd(); ++point)
                offAxis = offAxis || (plot.xAxis->scaleType() == QCPAxis::stLogarithmic && point->key <= 0)
                          || (plot.yAxis->scaleType() == QCPAxis::stLogarithmic && point->value <= 0);
            if (offAxis)
                graph->setName(tr("%1 (at 0: off the log axis)").arg(graph->name()));
        }
        if (plot.xAxis->scaleType() == QCPAxis::stLinear) { // room either side of the outermost points
            const QCPRange range = plot.xAxis->range();
            plot.xAxis->setRange(range.lower - 0.04 * range.size(), range.upper + 0.04 * range.size());
        }
        plot.xAxis->setLabel(titleOf(static_cast<std::size_t>(x)) + (plot.xAxis->scaleType() == QCPAxis::stLogarithmic ? tr(" (log scale)") : QString()));
        plot.yAxis->setLabel(titleOf(static_cast<std::size_t>(y)) + (plot.yAxis->scaleType() == QCPAxis::stLogarithmic ? tr(" (log scale)") : QString()));
        plot.legend->setVisible(true);
        placeLegend(plot, LegendPlace::Beside);
    }
    plot.replot();
}

QCPGraph* addPoints(QCustomPlot& plot, const QString& name, std::vector<PlotPoint> points, const QCPScatterStyle& marker, QCPAxis* valueAxis)
{
    if (!valueAxis)
        valueAxis = plot.yAxis;
    // QCPGraph keeps its points sorted by x, and QCPErrorBars pairs its i-th interval with the graph's
    // i-th point: so the points are sorted here, intervals with them (stable: ties keep their order).
    points.erase(std::remove_if(points.begin(), points.end(), [](const PlotPoint& p) { return !std::isfinite(p.x) || !std::isfinite(p.y); }),
                 points.end());
    std::stable_sort(points.begin(), points.end(), [](const PlotPoint& a, const PlotPoint& b) { return a.x < b.x; });
    QCPGraph* graph = plot.addGraph(plot.xAxis, valueAxis);
    graph->setName(name);
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(marker);
    QVector<double> xs, ys, minus, plus;
    bool intervals = false;
    for (const PlotPoint& p : points) {
        xs << p.x;
        ys << p.y;
        intervals = intervals || (std::isfinite(p.low) && std::isfinite(p.high));
        minus << (std::isfinite(p.low) ? p.y - p.low : 0.0);
        plus << (std::isfinite(p.high) ? p.high - p.y : 0.0);
    }
    graph->setData(xs, ys, true);
    if (intervals) {
        auto* bars = new QCPErrorBars(plot.xAxis, valueAxis);
        bars->removeFromLegend();
        bars->setPen(QPen(marker.pen().color().darker(120), 1));
        bars->setDataPlottable(graph);
        bars->setData(minus, plus);
    }
    return graph;
}

QColor seriesColor(std::size_t i)
{
    if (i < static_cast<std::size_t>(palette().size()))
        return palette()[static_cast<int>(i)];
    // Beyond the palette: hues a golden angle apart, in two brightnesses.
    return QColor::fromHsv(static_cast<int>(std::fmod(static_cast<double>(i) * 137.508, 360.0)), 170, i % 2 ? 150 : 215);
}

// Beside: the axis rect's cell of the plot's layout holds a row of two, the axis rect and a column with
// the legend at the top of a grid whose second, stretching row takes the rest. Not a second column of
// the plot's layout: the title above would then set the axes' column's least width, and the legend
// would be cut where the title is long and the chart narrow (German, at the default window size).
void placeLegend(QCustomPlot& plot, LegendPlace place)
{
    QCPAxisRect* axes = plot.axisRect();
    QCPLayoutInset* inset = axes->insetLayout();
    const bool beside = !inset->elements(false).contains(plot.legend);
    if (beside == (place == LegendPlace::Beside))
        return;
    QCPLayoutGrid* layout = plot.plotLayout();
    if (place == LegendPlace::Beside) {
        int row = 0;
        while (row < layout->rowCount() && layout->element(row, 0) != axes)
            ++row;
        inset->take(plot.legend);
        layout->take(axes);
        auto* sideBySide = new QCPLayoutGrid;
        layout->addElement(row, 0, sideBySide);
        sideBySide->addElement(0, 0, axes);
        auto* column = new QCPLayoutGrid;
        sideBySide->addElement(0, 1, column);
        column->addElement(0, 0, plot.legend);
        column->addElement(1, 0, new QCPLayoutElement(&plot));
        column->setRowStretchFactors({0.001, 1.0});
        column->setMargins(QMargins(4, 0, 8, 0)); // the legend's frame clear of the widget's edge
        sideBySide->setColumnStretchFactor(1, 0.001);
        sideBySide->setColumnSpacing(0);
        return;
    }
    auto* column = qobject_cast<QCPLayoutGrid*>(plot.legend->layout());
    auto* sideBySide = qobject_cast<QCPLayoutGrid*>(column->layout());
    int row = 0;
    while (row < layout->rowCount() && layout->element(row, 0) != sideBySide)
        ++row;
    column->take(plot.legend);
    sideBySide->take(axes);
    layout->take(sideBySide);
    delete sideBySide; // and the column with its spacer
    layout->addElement(row, 0, axes);
    inset->addElement(plot.legend, Qt::AlignTop | Qt::AlignRight);
}

QFont titleFontToFit(const QFont& full, const QString& text, int width)
{
    QFont font = full;
    const auto widestLine = [&text](const QFont& candidate) {
        const QFontMetrics metrics(candidate);
        int widest = 0;
        for (const QString& line : text.split('\n'))
            widest = std::max(widest, metrics.horizontalAdvance(line));
        return widest;
    };
    while (font.pointSizeF() > kSmallestTitlePoints && widestLine(font) > width)
        font.setPointSizeF(std::max(kSmallestTitlePoints, font.pointSizeF() - 0.5));
    return font;
}

void setChartTitle(QCustomPlot& plot, const QString& title)
{
    if (plot.plotLayout()->rowCount() > 1)
        plot.plotLayout()->remove(plot.plotLayout()->element(0, 0));
    plot.plotLayout()->simplify();
    plot.plotLayout()->insertRow(0);
    plot.plotLayout()->addElement(0, 0, new FittedTitle(&plot, title, QFont(plot.font().family(), 11, QFont::Bold)));
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
    std::vector<QColor> colours;
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
                colours.push_back(seriesColor(colours.size()));
                values.push_back(column);
            }
    barChart(plot, groups, series, colours, values, tr("accuracy"), Unit::Fraction, false);
    plot.yAxis->setLabel(tr("(clusters, words)"));
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
    plot.xAxis->setRange(-1, static_cast<double>(order.size()));
    plot.yAxis->setLabel(tr("cluster size (rows)"));
    plot.yAxis->setRange(0, top * 1.1);
    // Every bar is labelled with its cluster's id up to 100 bars (a smaller font past 50), then every
    // step-th bar, and the axis says so.
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const std::size_t step = std::max<std::size_t>(1, (order.size() + 99) / 100);
    for (std::size_t i = 0; i < order.size(); i += step)
        ticker->addTick(static_cast<double>(i), QString::number(order[i]));
    plot.xAxis->setTicker(ticker);
    plot.xAxis->setTickLabelRotation(order.size() > 25 ? 90 : 0);
    QFont ticks = plot.font();
    ticks.setPointSizeF(order.size() > 50 ? 6.5 : plot.font().pointSizeF());
    plot.xAxis->setTickLabelFont(ticks);
    const QString axis = sortedBySize ? tr("cluster id, largest first") : tr("cluster id");
    plot.xAxis->setLabel(step == 1 ? axis : tr("%1 (every %2th labelled)").arg(axis).arg(step));
    if (imbalance.size() == sizes.size()) {
        plot.yAxis2->setVisible(true);
        plot.yAxis2->setLabel(tr("layer-2 test accuracy (95% Wilson interval)"));
        plot.yAxis2->setRange(0, 1.05);
        std::vector<PlotPoint> points;
        for (std::size_t i = 0; i < order.size(); ++i) {
            const ClusterImbalance& c = imbalance[order[i]];
            if (c.testQueries > 0) // no test query: nothing measured, nothing drawn
                points.push_back({static_cast<double>(i), c.testAccuracy, c.testLow, c.testHigh});
        }
        addPoints(plot, tr("layer-2 test accuracy"), std::move(points), QCPScatterStyle(QCPScatterStyle::ssDisc, palette()[1], 6), plot.yAxis2);
        plot.legend->setVisible(true);
    }
    plot.replot();
}

void plotRecallVsTime(QCustomPlot& plot, const ExperimentResult& result, Protocol protocol)
{
    reset(plot, tr("Recall@%1 against time per query (%2 protocol)").arg(result.settings.recallK).arg(QString::fromStdString(protocolName(protocol))));
    plot.xAxis->setScaleType(QCPAxis::stLogarithmic);
    plot.xAxis->setTicker(QSharedPointer<DecadeTicker>::create());
    std::map<std::string, QCPGraph*> bySystem;
    SeriesColours colours(systemsOf(result));
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
                graph->setScatterStyle(seriesMarker(colours.of(system.system), bySystem.size() - 1, 8));
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
    placeLegend(plot, LegendPlace::Beside);
    plot.replot();
}

void plotPartitionCrossover(QCustomPlot& plot, const PartitionScaleResult& result)
{
    const std::vector<CrossoverPoint> points = crossover(result);
    reset(plot, tr("Total cost at recall@10 = %1 against base rows\n%2, %3 queries")
                    .arg(QString::fromStdString(recallTargetText(result.runs.empty() ? 0.9 : result.runs.front().settings.targetRecall)))
                    .arg(QString::fromStdString(result.dataset))
                    .arg(result.queries));
    for (QCPAxis* axis : {plot.xAxis, plot.yAxis}) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        axis->setTicker(QSharedPointer<DecadeTicker>::create());
    }
    double low = 1e18, high = 0.0;
    const auto series = [&](int index, const QString& name, double CrossoverPoint::*cost) {
        QCPGraph* graph = plot.addGraph();
        graph->setName(name);
        graph->setScatterStyle(seriesMarker(seriesColor(static_cast<std::size_t>(index)), static_cast<std::size_t>(index), 7));
        graph->setPen(QPen(seriesColor(static_cast<std::size_t>(index)), 1.8));
        for (const CrossoverPoint& p : points)
            if (p.*cost > 0.0) {
                graph->addData(static_cast<double>(p.rows), p.*cost);
                low = std::min(low, p.*cost);
                high = std::max(high, p.*cost);
            }
    };
    series(0, tr("cheapest non-learned"), &CrossoverPoint::fixedCost);
    series(1, tr("cheapest learned"), &CrossoverPoint::learnedCost);
    plot.xAxis->setLabel(tr("base rows (log scale)"));
    plot.yAxis->setLabel(tr("candidates + router, in distance computations per query (log scale)"));
    const double first = points.empty() ? 1.0 : static_cast<double>(points.front().rows), last = points.empty() ? 10.0 : static_cast<double>(points.back().rows);
    plot.xAxis->setRange(first / 1.3, last * 1.3);
    plot.yAxis->setRange(high > 0 ? low / 1.5 : 1.0, high > 0 ? high * 1.5 : 10.0);
    plot.legend->setVisible(true);
    plot.legend->setFont(QFont(plot.font().family(), 8));
    plot.axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    plot.replot();
}

void plotPartitionCurves(QCustomPlot& plot, const PartitionExperimentResult& result, const QString& dataset)
{
    reset(plot, tr("Recall@10 against candidates scanned\n%1, %2 held-out queries")
                    .arg(dataset.isEmpty() ? QString::fromStdString(result.dataset) : dataset)
                    .arg(result.queries));
    plot.xAxis->setScaleType(QCPAxis::stLogarithmic);
    plot.xAxis->setTicker(QSharedPointer<DecadeTicker>::create());
    double low = 1e18, high = 0.0;
    for (std::size_t m = 0; m < result.methods.size(); ++m) {
        const PartitionMethodResult& method = result.methods[m];
        QCPGraph* graph = plot.addGraph();
        graph->setName(QString::fromStdString(method.method));
        graph->setScatterStyle(seriesMarker(seriesColor(m), m, method.adaptive.empty() ? 6 : 4));
        // An adaptive method's curve is a sweep of its rule's threshold (many points), drawn dashed.
        graph->setPen(QPen(seriesColor(m), 1.6, method.adaptive.empty() ? Qt::SolidLine : Qt::DashLine));
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
    // Bottom right is empty on these curves (many candidates scanned means high recall); past five
    // methods the legend would cover the curves, so it stands beside the plot.
    placeLegend(plot, result.methods.size() > 5 ? LegendPlace::Beside : LegendPlace::Inset);
    if (result.methods.size() <= 5)
        plot.axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    plot.replot();
}

bool saveChartFile(QCustomPlot& plot, const QString& path, const ChartFormat& format)
{
    // QCustomPlot writes straight to the file it is given: render beside the path, then rename over it.
    const QString lower = path.toLower();
    const QString partial = path + ".part";
    bool saved = false;
    if (lower.endsWith(".pdf")) {
        const QSize page = format.pdfPoints.isEmpty() ? QSize(format.width, format.height) : format.pdfPoints;
        saved = plot.savePdf(partial, page.width(), page.height());
    } else if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
        saved = plot.saveJpg(partial, format.width, format.height, format.scale);
    } else if (lower.endsWith(".png")) {
        saved = plot.savePng(partial, format.width, format.height, format.scale);
    }
    if (saved && std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) == 0)
        return true;
    QFile::remove(partial);
    return false;
}

Table plottedData(QCustomPlot& plot)
{
    Table data{"chart_data", "chart_data", "", "",
               {{"series", "series"}, {"x", "x"}, {"y", "y"}, {"lower", "lower"}, {"upper", "upper"}}, {}};
    for (int p = 0; p < plot.plottableCount(); ++p) {
        QCPAbstractPlottable* plottable = plot.plottable(p);
        if (qobject_cast<QCPErrorBars*>(plottable))
            continue; // read with the points they belong to
        QCPPlottableInterface1D* points = plottable->interface1D();
        if (!points)
            continue;
        QCPErrorBars* intervals = nullptr;
        for (int e = 0; e < plot.plottableCount(); ++e)
            if (auto* bars = qobject_cast<QCPErrorBars*>(plot.plottable(e)); bars && bars->dataPlottable() == plottable)
                intervals = bars;
        const auto categories = qSharedPointerDynamicCast<QCPAxisTickerText>(plottable->keyAxis()->ticker());
        for (int i = 0; i < points->dataCount(); ++i) {
            const double key = points->dataMainKey(i), value = points->dataMainValue(i);
            Cell x = Cell::significant(key);
            if (categories && categories->ticks().contains(key))
                x = Cell::label(categories->ticks().value(key).toStdString());
            std::vector<Cell> row = {Cell::label(plottable->name().toStdString()), x, Cell::significant(value), Cell::missing(), Cell::missing()};
            if (intervals && i < intervals->dataCount()) {
                const QCPErrorBarsData& error = intervals->data()->at(i);
                row[3] = Cell::significant(value - error.errorMinus);
                row[4] = Cell::significant(value + error.errorPlus);
            }
            data.rows.push_back(std::move(row));
        }
    }
    return data;
}

QStringList writeChart(QCustomPlot& plot, const QString& folder, const QString& stem, const ChartFormat& format, const Table& data)
{
    for (const char* extension : {".png", ".pdf"})
        if (!saveChartFile(plot, folder + "/" + stem + extension, format))
            throw Error("could not render the chart " + stem.toStdString() + extension);
    writeFileAtomically((folder + "/" + stem + ".csv").toStdString(), toCsv(data));
    return {stem + ".png", stem + ".pdf", stem + ".csv"};
}

QStringList writeChart(QCustomPlot& plot, const QString& folder, const QString& stem, const ChartFormat& format)
{
    return writeChart(plot, folder, stem, format, plottedData(plot));
}

} // namespace nnscope::report
