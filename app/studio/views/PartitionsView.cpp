#include "studio/views/PartitionsView.h"

#include "report/Charts.h"

#include "studio/TableText.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>
#include <limits>

namespace nnscope::studio {
namespace {

constexpr std::size_t kTableBins = 5; // bins per method in the routing table (the map shows them all)

} // namespace

PartitionsView::PartitionsView(QWidget* parent) : StudioView(parent)
{
    bins_ = new QSpinBox(this);
    bins_->setRange(2, 4096);
    bins_->setValue(16);
    bins_->setToolTip(tr("Bins of every partition"));
    rows_ = new QSpinBox(this);
    rows_->setRange(0, 100000000);
    rows_->setSpecialValueText(tr("all"));
    rows_->setToolTip(tr("Build on the first N rows of the chosen data; 'all' uses every row (independent of the run's Words)"));
    build_ = new QPushButton(tr("&Build partitions"), this);
    build_->setToolTip(tr("Build k-means, k-means with SOAR spilling, Neural LSH and a LIRA-style prober on the chosen data, "
                          "holding out 10% of the rows as queries (on the worker: Cancel stops it); no trained run needed"));
    build_->setEnabled(false);
    chart_ = new QComboBox(this);
    chart_->addItem(tr("recall against candidates"));
    chart_->addItem(tr("total cost at the target recall"));
    chart_->setToolTip(tr("Candidates scanned alone, or with each router's arithmetic counted in distance computations"));
    note_ = new QLabel(tr("Choose data in the Run panel, then build the partitions."), this);
    note_->setWordWrap(true);
    curves_ = new QCustomPlot(this);
    curves_->setToolTip(tr("Recall@10 against candidates scanned per query, one point per number of bins probed"));
    sizes_ = new QCustomPlot(this);
    sizes_->setToolTip(tr("Each method's bin sizes, largest first"));

    summaryView_ = makeSortableTable(&summary_, this);
    summaryView_->setToolTip(tr("Per method: candidates at the target recall@10, the same with the router's arithmetic, balance, cost"));
    auto* routingView = makeSortableTable(&routing_, this);
    routingView->setToolTip(tr("The inspected query: the bins each router ranks first, and the bins its 10 nearest neighbours are in"));

    auto* controls = new QHBoxLayout;
    addLabelled(controls, tr("B&ins:"), bins_);
    addLabelled(controls, tr("&Rows:"), rows_);
    controls->addWidget(build_);
    addLabelled(controls, tr("C&hart:"), chart_);
    controls->addWidget(note_, 1);
    auto* charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(curves_);
    charts->addWidget(sizes_);
    charts->setSizes({600, 400});
    auto* tables = new QSplitter(Qt::Horizontal, this);
    tables->addWidget(summaryView_);
    tables->addWidget(routingView);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(charts);
    split->addWidget(tables);
    split->setSizes({380, 260});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(split);
    connect(build_, &QPushButton::clicked, this, &PartitionsView::buildRequested);
    connect(chart_, &QComboBox::currentIndexChanged, this, &PartitionsView::drawChart);
    // A point on a curve: that method probing that many bins, shown on the map (the window links them).
    connect(curves_, &QCustomPlot::plottableClick, this, [this](QCPAbstractPlottable* plottable, int index) {
        auto* graph = qobject_cast<QCPGraph*>(plottable);
        if (!graph || chart_->currentIndex() != 0 || index < 0 || index >= graph->dataCount())
            return;
        const auto point = graph->data()->at(index);
        choosePoint(graph->name(), point->key, point->value);
    });
}

void PartitionsView::setData(std::shared_ptr<const Dataset> data)
{
    if (data && data_ && data->fingerprint() == data_->fingerprint())
        return; // the same data read again (a reopened run): the partitions built on it still stand
    data_ = std::move(data);
    result_.reset();
    built_.reset();
    routings_.supersede();
    summary_.clear();
    routing_.clear();
    for (QCustomPlot* plot : {curves_, sizes_}) {
        plot->clearPlottables();
        plot->replot();
    }
    build_->setEnabled(data_ != nullptr);
    if (!data_)
        return;
    rows_->setMaximum(static_cast<int>(std::min<std::size_t>(data_->rows(), 100000000)));
    bins_->setMaximum(std::max(2, static_cast<int>(std::min<std::size_t>(data_->rows() / 2, 4096))));
    note_->setText(tr("Build the partitions to compare them on %1.").arg(datasetTitle(*data_)));
}

std::shared_ptr<const Dataset> PartitionsView::buildData() const
{
    if (!data_ || rows_->value() == 0 || static_cast<std::size_t>(rows_->value()) >= data_->rows())
        return data_;
    return std::make_shared<const Dataset>(data_->firstRows(static_cast<std::size_t>(rows_->value())));
}

void PartitionsView::showChart(int kind)
{
    chart_->setCurrentIndex(kind);
}

void PartitionsView::drawChart()
{
    if (!result_)
        return;
    // Each chart names its winner under the title: fewest candidates for the curves, the lowest total
    // (candidates + router) for the cost chart, so a reader sees at once whether the router reverses it.
    const bool total = chart_->currentIndex() != 0;
    const PartitionMethodResult* best = nullptr;
    const auto cost = [total](const PartitionMethodResult& m) { return total ? m.distanceEquivalentsAtTarget : m.candidatesAtTarget; };
    for (const PartitionMethodResult& method : result_->methods)
        if (cost(method) >= 0.0 && (!best || cost(method) < cost(*best)))
            best = &method;
    const QString winner = !best ? tr("no method reaches the target recall")
                           : total ? tr("lowest total cost: %1 (%2)").arg(QString::fromStdString(best->method)).arg(std::llround(cost(*best)))
                                   : tr("fewest candidates: %1 (%2)").arg(QString::fromStdString(best->method)).arg(std::llround(cost(*best)));
    if (!total) {
        report::plotPartitionCurves(*curves_, *result_, datasetTitle(*built_));
    } else {
        // The total cost: candidates beside candidates plus the router's arithmetic, per method, where a
        // learned router's cost can reverse the order the candidates alone give.
        const Table summary = partitionSummaryTable(*result_);
        report::plotTable(*curves_, summary,
                          tr("Cost per query at recall@10 = %1: candidates, and with the router counted")
                              .arg(QString::fromStdString(recallTargetText(result_->settings.targetRecall))),
                          columnTitles(summary));
    }
    if (auto* title = qobject_cast<QCPTextElement*>(curves_->plotLayout()->element(0, 0)))
        title->setText(title->text() + "\n" + winner);
    curves_->replot();
}

void PartitionsView::choosePoint(const QString& method, double candidates, double recall)
{
    // The graph's points are sorted by candidates (QCPGraph::addData), so the probe count is looked up
    // in the method's own curve, not taken from the point's index.
    if (!result_)
        return;
    for (std::size_t m = 0; m < result_->methods.size(); ++m)
        if (QString::fromStdString(result_->methods[m].method) == method)
            for (const ProbePoint& point : result_->methods[m].curve)
                if (std::max(point.candidates, 1.0) == candidates && point.recallAt10 == recall) { // as the curve draws it
                    emit probesChosen(static_cast<int>(m), static_cast<int>(point.probes));
                    return;
                }
}

std::size_t PartitionsView::bins() const
{
    return static_cast<std::size_t>(bins_->value());
}

void PartitionsView::setSession(const SessionPointer& session)
{
    // The partitions stand on the chosen data, not on a run: a run on the same data keeps them.
    if (!data_ && session)
        setData(session->data);
}

void PartitionsView::showResult(const std::shared_ptr<const PartitionExperimentResult>& result, std::shared_ptr<const Dataset> built)
{
    result_ = result;
    built_ = std::move(built);
    drawChart();

    // Bin sizes side by side: each method's sizes, largest first.
    sizes_->clearPlottables();
    sizes_->clearGraphs();
    double top = 1.0;
    int drawn = 0;
    for (std::size_t m = 0; m < result->methods.size(); ++m) {
        if (!result->methods[m].adaptive.empty())
            continue; // the bins of the method it probes adaptively, drawn once
        std::vector<std::size_t> sizes = result->methods[m].binSizes;
        std::sort(sizes.rbegin(), sizes.rend());
        QCPGraph* graph = sizes_->addGraph();
        ++drawn;
        graph->setName(QString::fromStdString(result->methods[m].method));
        graph->setLineStyle(QCPGraph::lsStepCenter);
        graph->setPen(QPen(report::seriesColor(m), 2));
        for (std::size_t b = 0; b < sizes.size(); ++b) {
            graph->addData(static_cast<double>(b + 1), static_cast<double>(sizes[b]));
            top = std::max(top, static_cast<double>(sizes[b]));
        }
    }
    sizes_->xAxis->setLabel(tr("bin (by size)"));
    sizes_->yAxis->setLabel(tr("rows"));
    sizes_->xAxis->setRange(0.5, static_cast<double>(result->methods.empty() ? 2 : result->methods.front().bins) + 0.5);
    sizes_->yAxis->setRange(0, top * 1.1);
    // Past four partitions the legend would cover this narrow chart: each keeps its colour from the curves.
    const bool legend = drawn <= 4;
    report::setChartTitle(*sizes_, legend ? tr("Bin sizes, largest first") : tr("Bin sizes, largest first\n(colours as in the curves)"));
    sizes_->legend->setVisible(legend);
    sizes_->replot();

    // Total cost first: a learned router's arithmetic can reverse the order the candidates alone give,
    // so the column users feel stays in view (router cost in distance computations of the data's dimension).
    QVector<CellRow> rows;
    for (const PartitionMethodResult& m : result->methods)
        rows << CellRow{Cell::label(m.method),
                        m.distanceEquivalentsAtTarget >= 0 ? Cell::fixed(m.distanceEquivalentsAtTarget, 0) : Cell::missing(),
                        m.candidatesAtTarget >= 0 ? Cell::fixed(m.candidatesAtTarget, 0) : Cell::missing(),
                        Cell::fixed(distanceEquivalents(m.routerFlops, result->dim), 0),
                        m.msPerQueryAtTarget >= 0 ? Cell::significant(m.msPerQueryAtTarget) : Cell::missing(), Cell::yesNo(m.learned, false),
                        Cell::count(m.bins),
                        Cell::fixed(m.imbalance, 2), Cell::count(m.storedRows), Cell::fixed(m.buildSeconds, 2)};
    const QString target = QLocale().toString(result->settings.targetRecall, 'g', 3);
    summary_.setTable({tr("method"), tr("total @ recall %1").arg(target), tr("candidates"), tr("router"), tr("ms/query"), tr("learned"), tr("bins"),
                       tr("largest / mean"), tr("rows stored"), tr("build s")},
                      rows);
    note_->setText(tr("%1 base rows, %2 held-out queries; candidates at recall@10 = %3 (lower is better).")
                       .arg(result->baseRows).arg(result->queries).arg(target));
    if (query_ >= 0)
        setQuery(query_);
}

void PartitionsView::setQuery(qint64 row)
{
    query_ = row;
    // A run's rows are a prefix of the chosen data, so row r is the same vector in both (when built has it).
    if (!result_ || !built_ || row < 0 || static_cast<std::size_t>(row) >= built_->rows())
        return;
    const auto result = result_;
    const auto built = built_;
    const Metric metric = result->settings.metric;
    routings_.start(
        [result, built, row, metric](const CancelToken&) {
            // Every bin in the router's order (the map shades the ones probed); the table shows the first few.
            return routeQuery(*result, built->row(static_cast<std::size_t>(row)), metric, std::numeric_limits<std::size_t>::max());
        },
        [this, row, result](const std::vector<QueryRouting>& routings) {
            const auto bins = [](const std::vector<std::uint32_t>& list) {
                QStringList text;
                for (std::uint32_t b : list)
                    text << QString::number(b);
                return Cell::label(text.join(" ").toStdString());
            };
            QVector<CellRow> rows;
            for (const QueryRouting& routing : routings) {
                QStringList probed;
                for (std::size_t i = 0; i < std::min<std::size_t>(kTableBins, routing.topBins.size()); ++i)
                    probed << QString("%1 (%2)").arg(routing.topBins[i].first).arg(QLocale().toString(routing.topBins[i].second, 'g', 3));
                rows << CellRow{Cell::label(routing.method), Cell::label(probed.join(", ").toStdString()), bins(routing.neighbourBins),
                                routing.probesForTarget ? Cell::count(routing.probesForTarget) : Cell::missing(),
                                routing.probesByRule ? Cell::count(routing.probesByRule) : Cell::missing()};
            }
            routing_.setTable({tr("method"), tr("bins probed first (score)"), tr("bins of the 10 nearest"),
                               tr("probes for %1 of 10").arg(neighboursForTarget(result->settings.targetRecall)),
                               tr("adaptive rule probes")},
                              rows);
            lastRouting_ = routings;
            routedRow_ = row;
            emit routed(row);
        });
}

std::optional<Table> PartitionsView::currentTable() const
{
    if (!result_)
        return std::nullopt;
    return inViewOrder(summary_.toTable("partitions", tr("Learned partitions against k-means")), summaryView_);
}

} // namespace nnscope::studio
