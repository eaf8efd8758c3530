#include "studio/views/QueryInspector.h"

#include "core/Random.h"

#include "studio/TableText.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <QCheckBox>
#include <QCompleter>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace nnscope::studio {
namespace {

QGroupBox* tableBox(const QString& title, TableModel* model, const QString& tip, QWidget* parent, QTableView** shown = nullptr)
{
    auto* box = new QGroupBox(title, parent);
    QTableView* view = makeSortableTable(model, box);
    if (shown)
        *shown = view;
    view->setToolTip(tip);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(view);
    return box;
}

} // namespace

QueryInspector::QueryInspector(QWidget* parent) : StudioView(parent)
{
    word_ = new QLineEdit(this);
    word_->setPlaceholderText(tr("type a word and press Enter"));
    word_->setToolTip(tr("The query: any word of the dataset (completion offers them)"));
    word_->setClearButtonEnabled(true);
    completer_ = new QCompleter(this);
    completer_->setCaseSensitivity(Qt::CaseInsensitive);
    completer_->setFilterMode(Qt::MatchStartsWith);
    word_->setCompleter(completer_);
    random_ = new QPushButton(tr("&Random test query"), this);
    random_->setToolTip(tr("Pick a held-out row at random (Ctrl+T)"));
    random_->setShortcut(QKeySequence(tr("Ctrl+T")));
    top_ = new QSpinBox(this);
    top_->setRange(1, 100);
    top_->setValue(5);
    top_->setToolTip(tr("Answers per list: layer 2's and exact search's top k (nnscope predict --k)"));
    probes_ = new QSpinBox(this);
    probes_->setRange(1, 1);
    probes_->setToolTip(tr("Clusters probed: layer 1's most probable (nnscope predict --probe); more than one gathers "
                           "each probed cluster's layer-2 candidates"));
    rerank_ = new QCheckBox(tr("re-&rank"), this);
    rerank_->setToolTip(tr("Order layer 2's candidates by exact distance (as predict does when probing several clusters)"));
    querySetEntry_ = new QSpinBox(this);
    querySetEntry_->setRange(0, 0);
    querySetEntry_->setEnabled(false);
    querySetEntry_->setToolTip(tr("A query of the dataset's own query set (siftsmall's 100, fashion-mnist's test images), "
                                  "with its shipped ground truth"));
    querySetEntry_->setKeyboardTracking(false);
    summary_ = new QLabel(tr("Train a run, then pick a query."), this);
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* top = new QHBoxLayout;
    addLabelled(top, tr("&Query:"), word_, 1);
    top->addWidget(random_);
    addLabelled(top, tr("or the data's own query &no.:"), querySetEntry_);
    addLabelled(top, tr("&k:"), top_);
    addLabelled(top, tr("&probes:"), probes_);
    top->addWidget(rerank_);
    auto* grid = new QGridLayout;
    grid->addWidget(tableBox(tr("Layer 1: most probable clusters"), &clusters_,
                             tr("Layer 1's top clusters with their probabilities; ✓ marks the query's own k-means cluster"), this),
                    0, 0, 1, 2);
    grid->addWidget(tableBox(tr("Layer 2: predicted neighbours"), &predicted_,
                             tr("Layer 2's top 5 in layer 1's cluster; ✓ marks those among the exact top 5"), this, &predictedView_),
                    1, 0);
    grid->addWidget(tableBox(tr("Exact search: true neighbours"), &exact_,
                             tr("The exact top 5; ✓ marks those layer 2 found"), this),
                    1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(summary_);
    layout->addLayout(grid, 1);

    connect(word_, &QLineEdit::returnPressed, this, [this] { inspectWord(word_->text().trimmed()); });
    connect(completer_, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& word) { inspectWord(word); });
    connect(random_, &QPushButton::clicked, this, &QueryInspector::inspectRandomTestRow);
    connect(querySetEntry_, qOverload<int>(&QSpinBox::valueChanged), this, [this](int index) { inspectQuerySetEntry(index); });
    connect(top_, qOverload<int>(&QSpinBox::valueChanged), this, &QueryInspector::reinspect);
    connect(probes_, qOverload<int>(&QSpinBox::valueChanged), this, &QueryInspector::reinspect);
    connect(rerank_, &QCheckBox::toggled, this, &QueryInspector::reinspect);
}

void QueryInspector::setSession(const SessionPointer& session)
{
    session_ = session;
    inspections_.supersede();
    QStringList words;
    for (std::size_t row = 0; row < session->data->rows(); ++row)
        words << QString::fromStdString(session->data->labelOf(row));
    completer_->setModel(new QStringListModel(words, completer_));
    probes_->setRange(1, static_cast<int>(session->hierarchy->clustering().clusters));
    querySetEntry_->blockSignals(true);
    querySetEntry_->setEnabled(session->querySet != nullptr);
    querySetEntry_->setRange(0, session->querySet ? static_cast<int>(session->querySet->rows()) - 1 : 0);
    querySetEntry_->blockSignals(false);
    clearQuery(session->querySet ? tr("Type a word, pick a random test query, or one of the data's own %1 queries.").arg(session->querySet->rows())
                                 : tr("Type a word, or pick a random test query."));
}

void QueryInspector::reinspect()
{
    // The same query, gathered the newly chosen way.
    if (external_ >= 0)
        inspectQuerySetEntry(external_);
    else if (query_ >= 0)
        inspectRow(query_);
}

ProbeSettings QueryInspector::probeSettings() const
{
    return {static_cast<std::size_t>(probes_->value()), static_cast<std::size_t>(top_->value()), rerank_->isChecked()};
}

void QueryInspector::clearQuery(const QString& message)
{
    inspections_.supersede(); // an answer still on its way is for the previous query
    query_ = external_ = -1;
    clusters_.clear();
    predicted_.clear();
    exact_.clear();
    summary_->setText(message);
}

QString QueryInspector::summaryText() const
{
    return summary_->text();
}

bool QueryInspector::inspectWord(const QString& word)
{
    if (!session_)
        return false;
    const auto row = findWord(*session_->data, word);
    if (!row) {
        clearQuery(tr("'%1' is not in %2.").arg(word, datasetTitle(*session_->data)));
        emit querySelected(-1, -1, -1);
        emit neighboursFound({});
        return false;
    }
    return inspectRow(static_cast<qint64>(*row));
}

void QueryInspector::inspectRandomTestRow()
{
    if (!session_)
        return;
    const auto& rows = session_->hierarchy->plan().testRows;
    Random random(Random::derive(session_->hierarchy->settings().seed, 0x1D5 + draws_++));
    inspectRow(static_cast<qint64>(rows[random.below(rows.size())]));
}

bool QueryInspector::inspectRow(qint64 row)
{
    if (!session_ || row < 0 || static_cast<std::size_t>(row) >= session_->data->rows())
        return false;
    query_ = row;
    external_ = -1;
    word_->setText(QString::fromStdString(session_->data->labelOf(static_cast<std::size_t>(row))));
    const auto top = static_cast<std::size_t>(top_->value());
    const ProbeSettings probe = probeSettings();
    inspect([row, top, probe](const Session& session) { return inspectQuery(*session.hierarchy, static_cast<std::size_t>(row), top, probe); });
    return true;
}

bool QueryInspector::inspectQuerySetEntry(qint64 index)
{
    if (!session_ || !session_->querySet || index < 0 || static_cast<std::size_t>(index) >= session_->querySet->rows())
        return false;
    query_ = -1;
    external_ = index;
    word_->clear();
    const auto top = static_cast<std::size_t>(top_->value());
    const ProbeSettings probe = probeSettings();
    inspect([index, top, probe](const Session& session) {
        return inspectVector(*session.hierarchy, session.querySet->row(static_cast<std::size_t>(index)), top, probe);
    });
    return true;
}

void QueryInspector::inspect(const std::function<QueryInspection(const Session&)>& inspection)
{
    // LibTorch inference and exact search run on the pool, never on the GUI thread; a newer request
    // supersedes an older one (LatestRequest).
    const SessionPointer session = session_;
    inspections_.start([session, inspection](const CancelToken&) { return inspection(*session); },
                       [this](const QueryInspection& result) { show(result); },
                       [this](const QString& error) { summary_->setText(tr("Could not inspect the query: %1").arg(error)); });
}

void QueryInspector::show(const QueryInspection& inspection)
{
    const Dataset& data = *session_->data;
    const auto word = [&data](std::int64_t id) { return Cell::label(id >= 0 ? data.labelOf(static_cast<std::size_t>(id)) : std::string("–")); };

    QVector<CellRow> clusterRows;
    for (const ClusterGuess& guess : inspection.clusters)
        clusterRows << CellRow{Cell::count(guess.cluster), Cell::fixed(guess.probability, 4),
                               Cell::yesNo(guess.cluster == inspection.ownCluster, false)};
    clusters_.setTable({tr("cluster"), tr("probability"), tr("own cluster")}, clusterRows);

    QVector<CellRow> predictedRows;
    std::size_t rank = 0;
    for (const InspectedMember& member : inspection.layer2) {
        Cell rankCell = member.isQuery ? Cell::label(tr("query").toStdString()) : Cell::count(++rank);
        predictedRows << CellRow{rankCell, word(member.row), Cell::count(static_cast<std::size_t>(member.row)),
                                 std::isfinite(member.probability) ? Cell::fixed(member.probability, 4) : Cell::missing(),
                                 Cell::fixed(member.distance, 4),
                                 member.isQuery ? Cell::label(tr("the query itself").toStdString()) : Cell::yesNo(member.inExactTop)};
    }
    const int k = static_cast<int>(inspection.exact.size());
    predicted_.setTable({tr("rank"), tr("word"), tr("row"), tr("probability"), tr("distance"), tr("in exact top %1").arg(k)}, predictedRows);
    QVector<CellRow> exactRows;
    for (std::size_t r = 0; r < inspection.exact.size(); ++r) {
        const InspectedNeighbor& n = inspection.exact[r];
        exactRows << CellRow{Cell::count(r + 1), word(n.row), Cell::count(static_cast<std::size_t>(n.row)), Cell::fixed(n.distance, 4),
                             Cell::count(n.cluster), Cell::yesNo(n.foundByLayer2)};
    }
    exact_.setTable({tr("rank"), tr("word"), tr("row"), tr("distance"), tr("cluster"), tr("found by layer 2")}, exactRows);

    const std::uint32_t routed = inspection.clusters.front().cluster;
    if (inspection.external) {
        // A query of the data's own set: beside exact search, the truth that shipped with it.
        QString shipped;
        if (session_->shippedTruth && static_cast<std::size_t>(external_) < session_->shippedTruth->queries) {
            const std::int64_t truth = session_->shippedTruth->id(static_cast<std::size_t>(external_), 0);
            shipped = tr(" The shipped ground truth says row %1: exact search %2.")
                          .arg(truth)
                          .arg(truth == inspection.truth ? tr("agrees") : tr("finds row %1 instead").arg(inspection.truth));
        }
        summary_->setText(tr("<b>Query %1</b> of the data's own queries (nearest centroid: cluster %2): layer 1 chose cluster %3 %4; "
                             "layer 2's answer is row %5, %6 the exact nearest neighbour, row %7; distance gap %8 (%9).")
                              .arg(external_).arg(inspection.ownCluster).arg(routed)
                              .arg(routed == inspection.ownCluster ? tr("(right)") : tr("(wrong)"))
                              .arg(inspection.answer).arg(inspection.answer == inspection.truth ? tr("exactly") : tr("not"))
                              .arg(inspection.truth).arg(QLocale().toString(inspection.distanceGap, 'f', 4))
                              .arg(QString::fromStdString(metricName(inspection.metric)))
                          + shipped);
    } else if (inspection.answer >= 0)
        summary_->setText(tr("<b>%1</b> (row %2, %3 row, cluster %4): layer 1 chose cluster %5 %6; layer 2's answer <b>%7</b> is %8 "
                             "the true nearest neighbour <b>%9</b>; distance gap %10 (%11).")
                              .arg(QString::fromStdString(data.labelOf(inspection.row))).arg(inspection.row)
                              .arg(inspection.isTest ? tr("test") : tr("training"))
                              .arg(inspection.ownCluster).arg(routed).arg(routed == inspection.ownCluster ? tr("(right)") : tr("(wrong)"))
                              .arg(QString::fromStdString(data.labelOf(static_cast<std::size_t>(inspection.answer))))
                              .arg(inspection.answer == inspection.truth ? tr("exactly") : tr("not"))
                              .arg(QString::fromStdString(data.labelOf(static_cast<std::size_t>(inspection.truth))))
                              .arg(QLocale().toString(inspection.distanceGap, 'f', 4)).arg(QString::fromStdString(metricName(inspection.metric))));
    else
        summary_->setText(tr("<b>%1</b>: layer 2 has no answer besides the query itself in cluster %2.")
                              .arg(QString::fromStdString(data.labelOf(inspection.row))).arg(routed));
    const qint64 queryRow = inspection.external ? -1 : static_cast<qint64>(inspection.row);
    emit querySelected(queryRow, inspection.answer, inspection.truth);
    QList<qint64> neighbours;
    for (const InspectedNeighbor& n : inspection.exact)
        neighbours << n.row;
    emit neighboursFound(neighbours);
    emit inspected(queryRow);
}

std::vector<Table> QueryInspector::queryTables() const
{
    if (query_ < 0 && external_ < 0)
        return {};
    return {clusters_.toTable("query_layer1", tr("Layer 1: most probable clusters")), *currentTable(),
            exact_.toTable("query_exact", tr("Exact search: true neighbours"))};
}

std::optional<Table> QueryInspector::currentTable() const
{
    if (query_ < 0 && external_ < 0)
        return std::nullopt;
    return inViewOrder(predicted_.toTable("query_layer2", tr("Layer-2 neighbours of the query")), predictedView_);
}

} // namespace nnscope::studio
