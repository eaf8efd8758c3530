#include "studio/views/ClustersView.h"

#include "report/Charts.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <numeric>

namespace nnscope::studio {

ClustersView::ClustersView(QWidget* parent) : StudioView(parent)
{
    plot_ = new QCustomPlot(this);
    plot_->setMinimumHeight(260);
    plot_->setToolTip(tr("Cluster sizes (bars) and each cluster's layer-2 test accuracy (dots). Click a bar to inspect the cluster."));
    sorted_ = new QCheckBox(tr("&Sort by size"), this);
    sorted_->setChecked(true);
    sorted_->setToolTip(tr("Order the bars by cluster size instead of cluster id"));
    cluster_ = new QSpinBox(this);
    cluster_->setToolTip(tr("The cluster whose members and targets are listed"));
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    imbalanceView_ = makeSortableTable(&imbalance_, this);
    imbalanceView_->setSelectionMode(QAbstractItemView::SingleSelection);
    imbalanceView_->setToolTip(tr("Layer-2 imbalance per cluster: size, split, distinct targets, the most common target's share, entropy, accuracy"));
    auto* membersView = makeSortableTable(&members_, this);
    membersView->setToolTip(tr("The chosen cluster's members and the nearest other member each is trained to predict"));

    auto* controls = new QHBoxLayout;
    controls->addWidget(sorted_);
    controls->addStretch();
    addLabelled(controls, tr("&Cluster:"), cluster_);

    auto* tables = new QSplitter(Qt::Horizontal, this);
    tables->addWidget(imbalanceView_);
    auto* right = new QWidget(tables);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(summary_);
    rightLayout->addWidget(membersView);
    tables->addWidget(right);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(plot_);
    split->addWidget(tables);
    split->setSizes({380, 260});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(split);

    connect(sorted_, &QCheckBox::toggled, this, &ClustersView::redraw);
    connect(cluster_, qOverload<int>(&QSpinBox::valueChanged), this, &ClustersView::selectCluster);
    connect(plot_, &QCustomPlot::plottableClick, this, [this](QCPAbstractPlottable*, int index, QMouseEvent*) {
        if (index >= 0 && static_cast<std::size_t>(index) < barOrder_.size())
            cluster_->setValue(static_cast<int>(barOrder_[static_cast<std::size_t>(index)]));
    });
    connect(imbalanceView_, &QTableView::clicked, this, [this](const QModelIndex& index) {
        cluster_->setValue(imbalanceView_->model()->index(index.row(), 0).data(Qt::UserRole).toInt());
    });
}

void ClustersView::setSession(const SessionPointer& session)
{
    session_ = session;
    QVector<CellRow> rows;
    for (const ClusterImbalance& c : session->imbalance)
        rows << CellRow{Cell::count(c.cluster), Cell::count(c.size), Cell::count(c.trainRows), Cell::count(c.testRows),
                        Cell::count(c.distinctTargets), Cell::fixed(c.largestTargetShare), Cell::fixed(c.targetEntropyBits, 2),
                        Cell::fixed(c.trainAccuracy), Cell::count(c.testQueries),
                        c.testQueries ? Cell::fixed(c.testAccuracy) : Cell::missing()};
    imbalance_.setTable({tr("cluster"), tr("size"), tr("train"), tr("test"), tr("distinct targets"), tr("top-share"),
                         tr("entropy (bits)"), tr("train acc."), tr("test queries"), tr("test acc.")},
                        rows);
    cluster_->setRange(0, static_cast<int>(session->imbalance.size()) - 1);
    redraw();
    selectCluster(cluster_->value());
}

void ClustersView::redraw()
{
    if (!session_)
        return;
    std::vector<std::size_t> sizes;
    std::vector<double> accuracy;
    for (const ClusterImbalance& c : session_->imbalance) {
        sizes.push_back(c.size);
        accuracy.push_back(c.testAccuracy);
    }
    barOrder_.resize(sizes.size());
    std::iota(barOrder_.begin(), barOrder_.end(), 0);
    if (sorted_->isChecked())
        std::stable_sort(barOrder_.begin(), barOrder_.end(), [&](std::size_t a, std::size_t b) { return sizes[a] > sizes[b]; });
    report::plotClusterSizes(*plot_, sizes, accuracy, sorted_->isChecked(),
                             tr("Cluster sizes and layer-2 accuracy (%1 clusters)").arg(sizes.size()));
}

void ClustersView::selectCluster(int cluster)
{
    if (!session_ || cluster < 0 || static_cast<std::size_t>(cluster) >= session_->imbalance.size())
        return;
    if (cluster_->value() != cluster) {
        cluster_->setValue(cluster); // re-enters through valueChanged
        return;
    }
    const Dataset& data = *session_->data;
    const TrainingPlan& plan = session_->hierarchy->plan();
    const ClusterImbalance& c = session_->imbalance[static_cast<std::size_t>(cluster)];
    summary_->setText(tr("<b>Cluster %1</b>: %2 members (%3 train, %4 test), %5 distinct layer-2 targets; the most common "
                         "target covers %6% of the training rows; target entropy %7 bits; layer-2 test accuracy %8 on %9 queries.")
                          .arg(cluster).arg(c.size).arg(c.trainRows).arg(c.testRows).arg(c.distinctTargets)
                          .arg(100.0 * c.largestTargetShare, 0, 'f', 1).arg(c.targetEntropyBits, 0, 'f', 2)
                          .arg(c.testAccuracy, 0, 'f', 3).arg(c.testQueries));
    QVector<CellRow> rows;
    const auto& members = plan.members[static_cast<std::size_t>(cluster)];
    const std::vector<bool> test = plan.testMask();
    for (std::size_t p = 0; p < members.size(); ++p) {
        const std::size_t row = members[p];
        const auto& targets = plan.withinClusterTargets[row];
        rows << CellRow{Cell::count(p), Cell::count(row), Cell::label(data.labelOf(row)),
                        Cell::label((test[row] ? tr("test") : tr("train")).toStdString()),
                        targets.empty() ? Cell::missing()
                                        : Cell::label(data.labelOf(plan.rowAt(static_cast<std::uint32_t>(cluster), targets.front())))};
    }
    members_.setTable({tr("position"), tr("row"), tr("word"), tr("split"), tr("layer-2 target")}, rows);
}

std::optional<Table> ClustersView::currentTable() const
{
    Table table = imbalance_.toTable("imbalance", tr("Layer-2 imbalance per cluster"));
    return table;
}

} // namespace nnscope::studio
