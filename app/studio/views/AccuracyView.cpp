#include "studio/views/AccuracyView.h"

#include "report/Charts.h"

#include <qcustomplot.h>

#include <QComboBox>
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

    tabs_->addTab(layers_, tr("Per layer"));
    tabs_->addTab(scatter_, tr("Layer 2 vs cluster size"));
    tabs_->addTab(curvesPage, tr("Training curves"));

    auto* table = makeSortableTable(&records_, this);
    table->setToolTip(tr("Every model's training record"));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(tabs_);
    split->addWidget(table);
    split->setStretchFactor(0, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);
    connect(model_, &QComboBox::currentIndexChanged, this, &AccuracyView::drawCurves);
}

void AccuracyView::clearCurves()
{
    live_.clear();
    model_->clear();
    curves_->clearGraphs();
    curves_->replot();
}

void AccuracyView::addEpoch(const QString& model, int epoch, double loss, double accuracy)
{
    if (model.isEmpty() || epoch <= 0)
        return;
    Curve& curve = live_[model];
    if (!curve.epochs.isEmpty() && curve.epochs.last() >= epoch)
        return;
    curve.epochs << epoch;
    curve.losses << loss;
    curve.accuracies << accuracy;
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
    report::setChartTitle(*layers_, tr("Accuracy per layer (%1 protocol, %2 queries)").arg(QString::fromStdString(protocolName(a.protocol))).arg(a.queryRows.size()));
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

    // Layer-2 accuracy against cluster size.
    scatter_->clearGraphs();
    report::setChartTitle(*scatter_, tr("Layer-2 test accuracy against cluster size"));
    QCPGraph* dots = scatter_->addGraph();
    dots->setLineStyle(QCPGraph::lsNone);
    dots->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(255, 127, 14), 7));
    double largest = 1.0;
    for (const ClusterImbalance& c : session->imbalance)
        if (c.testQueries > 0) {
            dots->addData(static_cast<double>(c.size), c.testAccuracy);
            largest = std::max(largest, static_cast<double>(c.size));
        }
    scatter_->xAxis->setLabel(tr("cluster size (members)"));
    scatter_->yAxis->setLabel(tr("layer-2 accuracy (true cluster given)"));
    scatter_->xAxis->setRange(0, largest * 1.05);
    scatter_->yAxis->setRange(-0.02, 1.05);
    scatter_->replot();

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

void AccuracyView::drawCurves()
{
    curves_->clearGraphs();
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
        curves_->yAxis2->setVisible(true);
        curves_->yAxis2->setLabel(tr("loss"));
        double top = 0.1;
        for (double v : found->losses)
            top = std::max(top, v);
        curves_->yAxis2->setRange(0, top * 1.05);
        curves_->xAxis->setRange(0.5, std::max(2.0, found->epochs.isEmpty() ? 2.0 : found->epochs.last() + 0.5));
        curves_->legend->setVisible(true);
    }
    curves_->xAxis->setLabel(tr("epoch"));
    curves_->yAxis->setLabel(tr("accuracy"));
    curves_->yAxis->setRange(0, 1.05);
    curves_->replot();
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
    return records_.toTable("models", tr("Training record per model"));
}

} // namespace nnscope::studio
