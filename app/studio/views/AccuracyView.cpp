#include "studio/views/AccuracyView.h"

#include "report/Charts.h"
#include "studio/TableText.h"

#include <qcustomplot.h>

#include <algorithm>

#include <QComboBox>
#include <QLocale>
#include <cmath>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace nnscope::studio {

AccuracyView::AccuracyView(QWidget* parent) : StudioView(parent)
{
    tabs_ = new QTabWidget(this);
    layers_ = new QCustomPlot(tabs_);
    scatter_ = new QCustomPlot(tabs_);
    curves_ = new QCustomPlot(tabs_);
    layers_->setToolTip(tr("Accuracy of each layer on the run's test queries"));
    scatter_->setToolTip(tr("Each cluster's layer-2 test accuracy against its size"));
    curves_->setToolTip(tr("Loss and monitored training accuracy per epoch of the chosen model"));
    for (QCustomPlot* plot : {layers_, scatter_, curves_})
        plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);

    model_ = new QComboBox(this);
    model_->setToolTip(tr("The model whose training curves are drawn"));
    auto* curvesPage = new QWidget(tabs_);
    auto* curvesLayout = new QVBoxLayout(curvesPage);
    auto* picker = new QHBoxLayout;
    addLabelled(picker, tr("&Model:"), model_, 1);
    curvesLayout->addLayout(picker);
    curvesLayout->addWidget(curves_);

    predictor_ = new QComboBox(this);
    predictor_->addItem(tr("cluster size"), 0);
    predictor_->addItem(tr("target entropy (bits)"), 1);
    predictor_->addItem(tr("most common target's share"), 2);
    predictor_->setToolTip(tr("What layer-2 test accuracy is plotted against; the line is the fit weighted by each cluster's test queries"));
    auto* scatterPage = new QWidget(tabs_);
    auto* scatterLayout = new QVBoxLayout(scatterPage);
    auto* against = new QHBoxLayout;
    addLabelled(against, tr("&Against:"), predictor_, 1);
    scatterLayout->addLayout(against);
    scatterLayout->addWidget(scatter_, 1);
    verdict_ = new QLabel(scatterPage);
    verdict_->setWordWrap(true);
    verdict_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    scatterLayout->addWidget(verdict_);

    tabs_->addTab(layers_, tr("Per layer"));
    tabs_->addTab(scatterPage, tr("Layer 2 vs imbalance"));
    tabs_->addTab(curvesPage, tr("Training curves"));

    recordsView_ = makeSortableTable(&records_, this);
    recordsView_->setToolTip(tr("Every model's training record"));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(tabs_);
    split->addWidget(recordsView_);
    split->setStretchFactor(0, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);
    connect(model_, &QComboBox::currentIndexChanged, this, &AccuracyView::drawCurves);
    connect(predictor_, &QComboBox::currentIndexChanged, this, &AccuracyView::drawScatter);
}

void AccuracyView::clearCurves()
{
    live_.clear();
    model_->clear();
    curves_->clearGraphs();
    curves_->replot();
}

void AccuracyView::addEpoch(const QString& model, int epoch, double loss, double accuracy, double heldOutAccuracy)
{
    if (model.isEmpty() || epoch <= 0)
        return;
    Curve& curve = live_[model];
    if (!curve.epochs.isEmpty() && curve.epochs.last() >= epoch)
        return;
    curve.epochs << epoch;
    curve.losses << loss;
    curve.accuracies << accuracy;
    curve.heldOut << heldOutAccuracy;
    if (model_->findText(model) < 0)
        model_->addItem(model);
    model_->setCurrentText(model);
    drawCurves();
}

void AccuracyView::setSession(const SessionPointer& session)
{
    session_ = session;
    const Hierarchy& hierarchy = *session->hierarchy;
    const AccuracyReport& a = hierarchy.accuracy();

    // Per-layer bars.
    layers_->clearPlottables();
    report::setChartTitle(*layers_, tr("Accuracy per layer (%1 protocol, %2 queries)").arg(protocolTitle(protocolName(a.protocol))).arg(a.queryRows.size()));
    auto* bars = new QCPBars(layers_->xAxis, layers_->yAxis);
    bars->setBrush(QColor(31, 119, 180));
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const QList<QPair<QString, double>> values = {{tr("layer 1\n(k-means cluster)"), a.layer1Accuracy},
                                                 {tr("layer 1\n(neighbour's cluster)"), a.layer1NeighborCluster},
                                                 {tr("layer 2 top-5\n(routed)"), a.layer2Accuracy},
                                                 {tr("layer 2 top-5\n(true cluster)"), a.layer2OracleAccuracy},
                                                 {tr("recall@1"), a.recallAt1}};
    for (int i = 0; i < values.size(); ++i) {
        bars->addData(i + 1, values[i].second);
        ticker->addTick(i + 1, values[i].first);
    }
    layers_->xAxis->setTicker(ticker);
    layers_->xAxis->setRange(0.4, values.size() + 0.6);
    layers_->yAxis->setRange(0, 1.05);
    layers_->yAxis->setLabel(tr("accuracy"));
    layers_->replot();

    drawScatter();

    // Training curves from the records (replacing the live ones).
    live_.clear();
    model_->blockSignals(true);
    model_->clear();
    QVector<CellRow> rows;
    auto addRecord = [&](const ModelRecord& record) {
        Curve curve;
        for (const EpochRecord& e : record.history) {
            curve.epochs << static_cast<double>(e.epoch);
            curve.losses << e.loss;
            curve.accuracies << e.accuracy;
            curve.heldOut << e.heldOutAccuracy;
        }
        const QString name = QString::fromStdString(record.name);
        live_[name] = curve;
        model_->addItem(name);
        rows << CellRow{Cell::label(record.name), Cell::count(record.classes), Cell::count(record.trainRows),
                        Cell::count(record.augmentedRows), Cell::count(record.history.size()), Cell::count(record.bestEpoch),
                        Cell::fixed(record.bestAccuracy), Cell::fixed(record.seconds, 2)};
    };
    addRecord(hierarchy.layer1Record());
    for (const ModelRecord& record : hierarchy.layer2Records())
        addRecord(record);
    model_->blockSignals(false);
    records_.setTable({tr("model"), tr("classes"), tr("training rows"), tr("augmented"), tr("epochs"), tr("best epoch"),
                       tr("best accuracy"), tr("seconds")},
                      rows);
    drawCurves();
}

void AccuracyView::drawScatter()
{
    if (!session_)
        return;
    // Is "imbalance" the explanation? Each cluster's layer-2 test accuracy (with its Wilson interval)
    // against one of its properties, and the least-squares line weighted by its test queries.
    scatter_->clearGraphs();
    scatter_->clearPlottables();
    // Drawn from the table it exports, so the chart's data file is what the chart shows.
    const Table data = imbalanceData();
    const auto value = [&data](const std::vector<Cell>& row, const std::string& column) {
        return *row[static_cast<std::size_t>(data.columnIndex(column))].number;
    };
    const std::string predictor = predictorColumn();
    std::vector<double> x, y, weights;
    std::vector<report::PlotPoint> points;
    double low = HUGE_VAL, high = -HUGE_VAL;
    for (const auto& row : data.rows) {
        x.push_back(value(row, predictor));
        y.push_back(value(row, "accuracy"));
        weights.push_back(value(row, "queries"));
        points.push_back({x.back(), y.back(), value(row, "lower"), value(row, "upper")});
        low = std::min(low, x.back());
        high = std::max(high, x.back());
    }
    report::addPoints(*scatter_, tr("clusters"), points, QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(255, 127, 14), 7));
    const TrendVerdict verdict = judgeTrend(x, y, weights, session_->hierarchy->settings().seed);
    const Trend& trend = verdict.trend;
    QString fit = tr("Fewer than two clusters with test queries: no trend.");
    if (trend.points >= 2 && high > low) {
        QCPGraph* line = scatter_->addGraph();
        line->setName(tr("weighted fit"));
        line->setPen(QPen(QColor(31, 119, 180), 2));
        line->addData(low, trend.intercept + trend.slope * low);
        line->addData(high, trend.intercept + trend.slope * high);
        fit = tr("Weighted fit: slope %1, weighted r = %2 over %3 clusters.")
                  .arg(QLocale().toString(trend.slope, 'g', 3), QLocale().toString(trend.correlation, 'f', 2))
                  .arg(trend.points);
    }
    // A plain verdict from the slope's bootstrap interval: imbalance explains accuracy only where the
    // whole interval lies on one side of 0.
    const QString interval = tr("95% bootstrap interval of the slope %1 to %2")
                                 .arg(QLocale().toString(verdict.slopeLow, 'g', 3), QLocale().toString(verdict.slopeHigh, 'g', 3));
    switch (verdict.kind) {
    case TrendVerdict::Kind::TooFew: fit += tr(" Too few clusters with test queries to tell."); break;
    case TrendVerdict::Kind::Unclear: fit += tr(" No clear trend (%1, spanning 0): too few test queries to tell.").arg(interval); break;
    case TrendVerdict::Kind::Rises: fit += tr(" Accuracy rises with %1 (%2).").arg(predictor_->currentText(), interval); break;
    case TrendVerdict::Kind::Falls: fit += tr(" Accuracy falls with %1 (%2).").arg(predictor_->currentText(), interval); break;
    }
    verdict_->setText(fit);
    report::setChartTitle(*scatter_, tr("Layer-2 test accuracy against %1").arg(predictor_->currentText()));
    if (highlighted_ >= 0)
        for (const auto& row : data.rows)
            if (value(row, "cluster") == static_cast<double>(highlighted_)) {
                report::addPoints(*scatter_, tr("cluster %1 (selected)").arg(highlighted_), {{value(row, predictor), value(row, "accuracy")}},
                                  QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::black, 2), Qt::NoBrush, 13));
            }
    scatter_->legend->setVisible(true);
    scatter_->xAxis->setLabel(predictor_->currentText());
    scatter_->yAxis->setLabel(tr("layer-2 test accuracy (true cluster given)"));
    if (high >= low) {
        const double margin = high > low ? 0.05 * (high - low) : 0.5;
        scatter_->xAxis->setRange(low - margin, high + margin);
    }
    scatter_->yAxis->setRange(-0.02, 1.05);
    scatter_->replot();
}

QString AccuracyView::verdictText() const
{
    return verdict_->text();
}

void AccuracyView::highlightCluster(int cluster)
{
    highlighted_ = cluster;
    drawScatter();
}

std::string AccuracyView::predictorColumn() const
{
    static const char* const ids[] = {"x_size", "x_entropy_bits", "x_top_share"};
    return ids[predictor_->currentData().toInt()];
}

Table AccuracyView::imbalanceData() const
{
    const int predictor = predictor_->currentData().toInt();
    Table table{"layer2_vs_imbalance", "layer2_vs_imbalance", tr("Layer-2 test accuracy against imbalance").toStdString(), "",
                {{"cluster", "cluster"}, {"size", "size", Unit::Count}, {"hits", "hits", Unit::Count}, {"queries", "queries", Unit::Count},
                 {"accuracy", "accuracy", Unit::Fraction}, {"lower", "lower", Unit::Fraction}, {"upper", "upper", Unit::Fraction},
                 {predictorColumn(), predictor_->currentText().toStdString()}},
                {}};
    if (!session_)
        return table;
    for (const ClusterImbalance& c : session_->imbalance) {
        if (c.testQueries == 0)
            continue; // nothing measured, nothing drawn
        const double x = predictor == 0 ? static_cast<double>(c.size) : predictor == 1 ? c.targetEntropyBits : c.largestTargetShare;
        table.rows.push_back({Cell::count(c.cluster), Cell::count(c.size), Cell::count(c.testHits), Cell::count(c.testQueries),
                              Cell::fixed(c.testAccuracy), Cell::fixed(c.testLow), Cell::fixed(c.testHigh), Cell::fixed(x)});
    }
    return table;
}

Table AccuracyView::chartData()
{
    return currentChart() == scatter_ ? imbalanceData() : StudioView::chartData();
}

int AccuracyView::memorisingFrom(const QVector<double>& epochs, const QVector<double>& training, const QVector<double>& heldOut)
{
    int peak = -1;
    for (int e = 0; e < heldOut.size() && e < training.size(); ++e)
        if (std::isfinite(heldOut[e]) && (peak < 0 || heldOut[e] > heldOut[peak]))
            peak = e;
    if (peak < 0)
        return 0;
    double later = training[peak];
    for (int e = peak + 1; e < training.size(); ++e)
        later = std::max(later, training[e]);
    return later >= training[peak] + 0.05 ? static_cast<int>(epochs[peak]) : 0;
}

void AccuracyView::drawCurves()
{
    curves_->clearGraphs();
    curves_->clearItems();
    const QString name = model_->currentText();
    report::setChartTitle(*curves_, name.isEmpty() ? tr("Training curves") : tr("Training curves: %1").arg(name));
    const auto found = live_.constFind(name);
    if (found != live_.constEnd()) {
        QCPGraph* accuracy = curves_->addGraph(curves_->xAxis, curves_->yAxis);
        accuracy->setName(tr("training accuracy"));
        accuracy->setPen(QPen(QColor(31, 119, 180), 2));
        accuracy->setData(found->epochs, found->accuracies, true);
        QCPGraph* loss = curves_->addGraph(curves_->xAxis, curves_->yAxis2);
        loss->setName(tr("loss"));
        loss->setPen(QPen(QColor(214, 39, 40), 2));
        loss->setData(found->epochs, found->losses, true);
        // Held-out accuracy beside training accuracy: where they part, the model memorises.
        QVector<double> heldEpochs, heldValues;
        for (int e = 0; e < found->heldOut.size(); ++e)
            if (std::isfinite(found->heldOut[e])) {
                heldEpochs << found->epochs[e];
                heldValues << found->heldOut[e];
            }
        if (!heldValues.isEmpty()) {
            QCPGraph* heldOut = curves_->addGraph(curves_->xAxis, curves_->yAxis);
            heldOut->setName(tr("held-out accuracy\n(test rows; not used for stopping)"));
            heldOut->setPen(QPen(QColor(44, 160, 44), 2, Qt::DashLine));
            heldOut->setData(heldEpochs, heldValues, true);
        }
        if (const int from = memorisingFrom(found->epochs, found->accuracies, found->heldOut); from > 0) {
            auto* line = new QCPItemStraightLine(curves_);
            line->point1->setCoords(from, 0);
            line->point2->setCoords(from, 1);
            line->setPen(QPen(Qt::gray, 1, Qt::DotLine));
            auto* label = new QCPItemText(curves_);
            label->position->setCoords(from, 1.02);
            label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
            label->setText(tr(" memorising from epoch %1").arg(from));
        }
        curves_->yAxis2->setVisible(true);
        curves_->yAxis2->setLabel(tr("loss"));
        double top = 0.1;
        for (double v : found->losses)
            top = std::max(top, v);
        curves_->yAxis2->setRange(0, top * 1.05);
        curves_->xAxis->setRange(0.5, std::max(2.0, found->epochs.isEmpty() ? 2.0 : found->epochs.last() + 0.5));
        curves_->legend->setVisible(true);
        report::placeLegend(*curves_, report::LegendPlace::Beside); // beside the curves, which reach the top of the chart
    }
    curves_->xAxis->setLabel(tr("epoch"));
    curves_->yAxis->setLabel(tr("accuracy"));
    curves_->yAxis->setRange(0, 1.05);
    curves_->replot();
}

Table AccuracyView::trainingCurves() const
{
    Table table{"training_curves", "training_curves", tr("Training curves").toStdString(), "",
                {{"model", tr("model").toStdString()}, {"epoch", tr("epoch").toStdString()}, {"loss", tr("loss").toStdString()},
                 {"accuracy", tr("training accuracy").toStdString()}, {"held_out_accuracy", tr("held-out accuracy").toStdString()}},
                {}};
    for (auto curve = live_.constBegin(); curve != live_.constEnd(); ++curve)
        for (int e = 0; e < curve->epochs.size(); ++e)
            table.rows.push_back({Cell::label(curve.key().toStdString()), Cell::count(static_cast<std::size_t>(curve->epochs[e])),
                                  Cell::fixed(curve->losses[e], 6), Cell::fixed(curve->accuracies[e], 6),
                                  std::isfinite(curve->heldOut[e]) ? Cell::fixed(curve->heldOut[e], 6) : Cell::missing()});
    return table;
}

QCustomPlot* AccuracyView::currentChart()
{
    switch (tabs_->currentIndex()) {
    case 0: return layers_;
    case 1: return scatter_;
    default: return curves_;
    }
}

std::optional<Table> AccuracyView::currentTable() const
{
    return inViewOrder(records_.toTable("models", tr("Training record per model")), recordsView_);
}

} // namespace nnscope::studio
