#include "studio/views/ClustersView.h"

#include "report/Charts.h"
#include "studio/TableText.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTabWidget>
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
    answersPlot_ = new QCustomPlot(this);
    answersPlot_->setToolTip(tr("How often layer 2 gave each row as its answer on this cluster's test queries (true cluster given), "
                                "beside how often it was their exact nearest neighbour: one long answer bar is a collapse"));
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    imbalanceView_ = makeSortableTable(&imbalance_, this);
    imbalanceView_->setSelectionMode(QAbstractItemView::SingleSelection);
    imbalanceView_->setToolTip(tr("Layer-2 imbalance per cluster: size, split, distinct targets, the most common target's share, entropy, accuracy"));
    auto* membersView = makeSortableTable(&members_, this);
    membersView->setToolTip(tr("The chosen cluster's members and the nearest other member each is trained to predict"));
    auto* queriesView = makeSortableTable(&queries_, this);
    queriesView->setToolTip(tr("The chosen cluster's test queries: layer 2's top answer with the true cluster given, the exact nearest "
                               "neighbour, the protocol's hit (scored on layer 2's top 5) and the top answer's distance gap"));

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
    auto* lists = new QTabWidget(right);
    lists->addTab(queriesView, tr("Test queries"));
    lists->addTab(answersPlot_, tr("Answers"));
    lists->addTab(membersView, tr("Members and targets"));
    rightLayout->addWidget(lists);
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
    for (const ClusterImbalance& c : session->imbalance) {
        const bool trained = c.trainRows > 0; // no training rows: no model, no targets to describe
        const auto ifTrained = [trained](Cell cell) { return trained ? cell : Cell::missing(); };
        rows << CellRow{Cell::count(c.cluster), Cell::count(c.size), Cell::count(c.trainRows), Cell::count(c.testRows),
                        ifTrained(Cell::count(c.distinctTargets)), ifTrained(Cell::fixed(c.largestTargetShare)),
                        ifTrained(Cell::fixed(c.targetEntropyBits, 2)), ifTrained(Cell::fixed(c.trainAccuracy)), Cell::count(c.testQueries),
                        Cell::count(c.testHits), c.testQueries ? Cell::fixed(c.testAccuracy) : Cell::missing(),
                        c.testQueries ? Cell::fixed(c.testLow) : Cell::missing(), c.testQueries ? Cell::fixed(c.testHigh) : Cell::missing(),
                        Cell::label(!trained ? tr("never trained").toStdString() : c.memorising ? tr("memorising").toStdString() : std::string())};
    }
    imbalance_.setTable({tr("cluster"), tr("size"), tr("train"), tr("test"), tr("distinct targets"), tr("top-share"),
                         tr("entropy (bits)"), tr("train acc."), tr("test queries"), tr("hits"), tr("test acc."), tr("95% low"), tr("95% high"),
                         tr("diagnosis")},
                        rows);
    answers_ = layer2AnswerTable(*session->hierarchy);
    cluster_->setRange(0, static_cast<int>(session->imbalance.size()) - 1);
    selectCluster(cluster_->value()); // draws the chart with it outlined
}

void ClustersView::redraw()
{
    if (!session_)
        return;
    std::vector<std::size_t> sizes;
    for (const ClusterImbalance& c : session_->imbalance)
        sizes.push_back(c.size);
    barOrder_.resize(sizes.size());
    std::iota(barOrder_.begin(), barOrder_.end(), 0);
    if (sorted_->isChecked())
        std::stable_sort(barOrder_.begin(), barOrder_.end(), [&](std::size_t a, std::size_t b) { return sizes[a] > sizes[b]; });
    report::plotClusterSizes(*plot_, sizes, session_->imbalance, sorted_->isChecked(),
                             tr("Cluster sizes and layer-2 accuracy (%1 clusters)").arg(sizes.size()));
    // The selected cluster's bar, outlined.
    const auto at = std::find(barOrder_.begin(), barOrder_.end(), static_cast<std::size_t>(cluster_->value()));
    if (at != barOrder_.end()) {
        auto* selected = new QCPBars(plot_->xAxis, plot_->yAxis);
        selected->setName(tr("cluster %1 (selected)").arg(cluster_->value()));
        selected->setWidth(0.8);
        selected->setBrush(Qt::NoBrush);
        selected->setPen(QPen(Qt::black, 2));
        selected->addData(static_cast<double>(at - barOrder_.begin()), static_cast<double>(sizes[*at]));
        plot_->replot();
    }
}

void ClustersView::showClusterSizes(const QList<qint64>& sizes)
{
    const std::vector<std::size_t> counts(sizes.begin(), sizes.end());
    report::plotClusterSizes(*plot_, counts, {}, sorted_->isChecked(),
                             tr("Cluster sizes of the run in progress (%1 clusters; accuracy when it ends)").arg(counts.size()));
}

QString ClustersView::summaryText() const
{
    return summary_->text();
}

void ClustersView::selectCluster(int cluster)
{
    if (!session_ || cluster < 0 || static_cast<std::size_t>(cluster) >= session_->imbalance.size())
        return;
    if (cluster_->value() != cluster) {
        cluster_->setValue(cluster); // re-enters through valueChanged
        return;
    }
    redraw();
    emit clusterSelected(cluster);
    const Dataset& data = *session_->data;
    const TrainingPlan& plan = session_->hierarchy->plan();
    const ClusterImbalance& c = session_->imbalance[static_cast<std::size_t>(cluster)];
    const auto wordOf = [&data](std::int64_t row) { return row >= 0 ? data.labelOf(static_cast<std::size_t>(row)) : std::string("–"); };
    // Layer 2's answers on the cluster's test queries: spread out, or collapsed onto one row.
    const AnswerSpread spread = answerSpread(session_->hierarchy->accuracy(), static_cast<std::uint32_t>(cluster));
    QStringList answers;
    for (std::size_t i = 0; i < spread.counts.size() && i < 5 && spread.counts[i].answered > 0; ++i)
        answers << QString("%1 ×%2").arg(QString::fromStdString(wordOf(spread.counts[i].row))).arg(spread.counts[i].answered);
    QString answerText;
    if (spread.collapsed)
        answerText = tr(" Layer 2 <b>collapses</b> onto '%1': its answer to %2 of %3 test queries (answers: %4).")
                         .arg(QString::fromStdString(wordOf(spread.counts.front().row)))
                         .arg(spread.counts.front().answered)
                         .arg(spread.queries)
                         .arg(answers.join(", "));
    else if (spread.queries > 0)
        answerText = tr(" Layer 2's answers on its %1 test queries: %2.").arg(spread.queries).arg(answers.join(", "));
    const QString accuracy = c.testQueries == 0
        ? tr("layer-2 test accuracy n/a (no test query in this cluster)")
        : tr("layer-2 test accuracy %1 (%2 of %3 queries; 95% interval %4–%5)")
              .arg(QLocale().toString(c.testAccuracy, 'f', 3)).arg(c.testHits).arg(c.testQueries)
              .arg(QLocale().toString(c.testLow, 'f', 2), QLocale().toString(c.testHigh, 'f', 2));
    const QString diagnosis = c.memorising
        ? tr(" <b>Memorising</b>: training accuracy %1 is far above even the optimistic end of the test interval — the model "
             "learned its training rows' targets, not a rule that carries to new queries.").arg(QLocale().toString(c.trainAccuracy, 'f', 3))
        : QString();
    if (c.trainRows == 0) // the paper protocol's grouped split can put a whole cluster in the test part
        summary_->setText(tr("<b>Cluster %1</b>: %2 members (%3 test), none to train on: its layer-2 model was never trained, so "
                             "it has no targets to be imbalanced over; %4.")
                              .arg(cluster).arg(c.size).arg(c.testRows).arg(accuracy) + answerText);
    else
        summary_->setText(tr("<b>Cluster %1</b>: %2 members (%3 train, %4 test), %5 distinct layer-2 targets; the most common "
                             "target covers %6% of the training rows; target entropy %7 bits; %8.")
                              .arg(cluster).arg(c.size).arg(c.trainRows).arg(c.testRows).arg(c.distinctTargets)
                              .arg(QLocale().toString(100.0 * c.largestTargetShare, 'f', 1), QLocale().toString(c.targetEntropyBits, 'f', 2), accuracy)
                          + diagnosis + answerText);
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
    drawAnswers(cluster, spread.queries);
    members_.setTable({tr("position"), tr("row"), tr("word"), tr("split"), tr("layer-2 target")}, rows);

    // The drill-down: this cluster's evaluated test queries — layer 2's answer (true cluster given),
    // the exact nearest neighbour, hit or miss, and how much farther the answer is.
    QVector<CellRow> outcomes;
    const auto word = [&wordOf](std::int64_t row) { return Cell::label(wordOf(row)); };
    for (const QueryOutcome& o : session_->hierarchy->accuracy().outcomes)
        if (o.cluster == static_cast<std::uint32_t>(cluster))
            outcomes << CellRow{Cell::count(o.row), word(static_cast<std::int64_t>(o.row)), word(o.answer), word(o.nearest),
                                Cell::label((o.hit ? tr("hit") : tr("miss")).toStdString()), Cell::fixed(o.distanceGap, 4),
                                Cell::count(o.routedCluster)};
    // The answer shown is layer 2's top 1, while a hit is scored on its top 5 (corrected) or, under the
    // paper protocol, by position numbers compared across clusters: the headers say which.
    const bool paper = session_->hierarchy->plan().protocol == Protocol::Paper;
    queries_.setTable({tr("row"), tr("query"), tr("layer 2's top 1"), tr("exact nearest"),
                       paper ? tr("hit (paper: top-1 position among the 5 stored positions)") : tr("hit (exact nearest in layer 2's top 5)"),
                       tr("distance gap (top 1)"), tr("layer 1 routed to")},
                      outcomes);
}

void ClustersView::drawAnswers(int cluster, std::size_t queries)
{
    Table shown = rowsWhere(answers_, "cluster", cluster);
    const std::size_t rows = shown.rows.size();
    if (rows > kAnswerBars)
        shown.rows.resize(kAnswerBars);
    shown.id = "layer2_answers_cluster" + std::to_string(cluster);
    const QString title = rows > kAnswerBars
        ? tr("Cluster %1: layer 2's answers on %2 test queries (the %3 most answered of %4 rows)").arg(cluster).arg(queries).arg(kAnswerBars).arg(rows)
        : tr("Cluster %1: layer 2's answers on %2 test queries").arg(cluster).arg(queries);
    report::plotTable(*answersPlot_, shown, title, columnTitles(shown));
}

std::optional<Table> ClustersView::currentTable() const
{
    return inViewOrder(imbalance_.toTable("imbalance", tr("Layer-2 imbalance per cluster")), imbalanceView_);
}

} // namespace nnscope::studio
