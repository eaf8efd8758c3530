#include "studio/views/QueryInspector.h"

#include "core/Random.h"
#include "search/ExactSearch.h"

#include <QCompleter>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace nnscope::studio {
namespace {

constexpr std::size_t kTop = 5;

QGroupBox* tableBox(const QString& title, TableModel* model, const QString& tip, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* view = new QTableView(box);
    view->setModel(model);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setVisible(false);
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
    summary_ = new QLabel(tr("Train a run, then pick a query."), this);
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* top = new QHBoxLayout;
    addLabelled(top, tr("&Query:"), word_, 1);
    top->addWidget(random_);
    auto* grid = new QGridLayout;
    grid->addWidget(tableBox(tr("Layer 1: most probable clusters"), &clusters_,
                             tr("Layer 1's top clusters with their probabilities; ✓ marks the query's own k-means cluster"), this),
                    0, 0, 1, 2);
    grid->addWidget(tableBox(tr("Layer 2: predicted neighbours"), &predicted_,
                             tr("Layer 2's top 5 in layer 1's cluster; ✓ marks those among the exact top 5"), this),
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
}

void QueryInspector::setSession(const SessionPointer& session)
{
    session_ = session;
    QStringList words;
    for (std::size_t row = 0; row < session->data->rows(); ++row)
        words << QString::fromStdString(session->data->labelOf(row));
    completer_->setModel(new QStringListModel(words, completer_));
    query_ = -1;
    clusters_.clear();
    predicted_.clear();
    exact_.clear();
    summary_->setText(tr("Type a word, or pick a random test query."));
}

bool QueryInspector::inspectWord(const QString& word)
{
    if (!session_)
        return false;
    const auto row = session_->data->findLabel(word.toStdString());
    if (!row) {
        summary_->setText(tr("'%1' is not in %2.").arg(word, QString::fromStdString(session_->data->source())));
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
    const Dataset& data = *session_->data;
    const Hierarchy& hierarchy = *session_->hierarchy;
    const auto index = static_cast<std::size_t>(row);
    const Metric metric = hierarchy.plan().targetMetric;
    const MatrixView query{data.row(index), 1, data.dim()};
    const std::vector<std::int64_t> self = {row};
    query_ = row;
    word_->setText(QString::fromStdString(data.labelOf(index)));

    const std::uint32_t own = hierarchy.clustering().assignment[index];
    const auto guesses = hierarchy.predictClusters(query, std::min<std::size_t>(kTop, hierarchy.clustering().clusters))[0];
    QVector<QStringList> clusterRows;
    for (const ClusterGuess& guess : guesses)
        clusterRows << QStringList{QString::number(guess.cluster), QString::number(guess.probability, 'f', 4),
                                   guess.cluster == own ? QStringLiteral("✓") : QString()};
    clusters_.setTable({tr("cluster"), tr("probability"), tr("own cluster")}, clusterRows);

    const Neighbors exact = ExactSearch(data.view(), metric).searchRows({index}, kTop);
    const auto members = hierarchy.predictMembers(guesses.front().cluster, query, kTop, hierarchy.settings().normaliseTestCentroid, &self)[0];
    auto inExact = [&](std::int64_t id) {
        return std::find(exact.ids.begin(), exact.ids.end(), id) != exact.ids.end();
    };
    QVector<QStringList> predictedRows;
    for (std::size_t r = 0; r < members.size(); ++r) {
        const auto id = static_cast<std::size_t>(members[r].row);
        predictedRows << QStringList{QString::number(r + 1), QString::fromStdString(data.labelOf(id)), QString::number(members[r].row),
                                     QString::number(members[r].probability, 'f', 4),
                                     QString::number(distance(metric, data.row(id), data.row(index), data.dim()), 'f', 4),
                                     inExact(members[r].row) ? QStringLiteral("✓") : QStringLiteral("✗")};
    }
    predicted_.setTable({tr("rank"), tr("word"), tr("row"), tr("probability"), tr("distance"), tr("in exact top 5")}, predictedRows);
    QVector<QStringList> exactRows;
    for (std::size_t r = 0; r < exact.k; ++r) {
        const std::int64_t id = exact.id(0, r);
        const bool found = std::any_of(members.begin(), members.end(), [&](const MemberGuess& g) { return g.row == id; });
        exactRows << QStringList{QString::number(r + 1), QString::fromStdString(data.labelOf(static_cast<std::size_t>(id))),
                                 QString::number(id), QString::number(exact.distance(0, r), 'f', 4),
                                 QString::number(hierarchy.clustering().assignment[static_cast<std::size_t>(id)]),
                                 found ? QStringLiteral("✓") : QStringLiteral("✗")};
    }
    exact_.setTable({tr("rank"), tr("word"), tr("row"), tr("distance"), tr("cluster"), tr("found by layer 2")}, exactRows);

    const qint64 predicted = members.empty() ? -1 : members.front().row;
    const qint64 truth = exact.id(0, 0);
    const bool split = std::binary_search(hierarchy.plan().testRows.begin(), hierarchy.plan().testRows.end(), index);
    if (predicted >= 0) {
        const double gap = distance(metric, data.row(static_cast<std::size_t>(predicted)), data.row(index), data.dim()) - exact.distance(0, 0);
        summary_->setText(tr("<b>%1</b> (row %2, %3 row, cluster %4): layer 1 chose cluster %5 %6; layer 2's answer <b>%7</b> is %8 "
                             "the true nearest neighbour <b>%9</b>; distance gap %10 (%11).")
                              .arg(QString::fromStdString(data.labelOf(index))).arg(row).arg(split ? tr("test") : tr("training"))
                              .arg(own).arg(guesses.front().cluster).arg(guesses.front().cluster == own ? tr("(right)") : tr("(wrong)"))
                              .arg(QString::fromStdString(data.labelOf(static_cast<std::size_t>(predicted))))
                              .arg(predicted == truth ? tr("exactly") : tr("not"))
                              .arg(QString::fromStdString(data.labelOf(static_cast<std::size_t>(truth))))
                              .arg(gap, 0, 'f', 4).arg(QString::fromStdString(metricName(metric))));
    }
    emit querySelected(row, predicted, truth);
    return true;
}

std::optional<Table> QueryInspector::currentTable() const
{
    if (query_ < 0)
        return std::nullopt;
    Table table = predicted_.toTable("query_layer2", tr("Layer-2 neighbours of the query"));
    return table;
}

} // namespace nnscope::studio
