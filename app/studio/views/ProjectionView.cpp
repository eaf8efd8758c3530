#include "studio/views/ProjectionView.h"

#include "report/Charts.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <cmath>
#include <map>
#include <utility>

namespace nnscope::studio {
namespace {

constexpr int kBinsColouring = 100; // Colour by ▸ bins of method m: kBinsColouring + m
constexpr int kHeldOutGroup = 1 << 20; // after every bin in the legend
constexpr std::size_t kLegendGroups = 17; // more colour groups than this are left out of the legend (16 bins and the held-out queries fit)
constexpr double kMaxZoomOut = 4.0;       // × the reset view
constexpr double kMaxZoomIn = 1e-4;
const QPoint kMapAxes(-1, -1); // the Axes entry of the t-SNE map

QCPItemText* wordLabel(QCustomPlot* plot, const QPointF& at, const QString& text, const QColor& colour)
{
    auto* label = new QCPItemText(plot);
    label->setLayer("overlay");
    label->position->setCoords(at);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    label->setPadding(QMargins(6, 0, 0, 2));
    label->setText(text);
    label->setColor(colour);
    label->setBrush(QColor(255, 255, 255, 190));
    return label;
}

} // namespace

ProjectionView::ProjectionView(QWidget* parent) : StudioView(parent)
{
    plot_ = new QCustomPlot(this);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->setToolTip(QString());
    plot_->setMouseTracking(true);
    plot_->legend->setVisible(true);
    plot_->legend->setFont(QFont(font().family(), 8));
    report::placeLegend(*plot_, report::LegendPlace::Beside); // never over the points
    scope_ = new QComboBox(this);
    scope_->setSizeAdjustPolicy(QComboBox::AdjustToContents); // filled per session: "All rows" was cut
    scope_->setToolTip(tr("Project all rows, or one cluster's rows on that cluster's own principal axes"));
    colouring_ = new QComboBox(this);
    colouring_->setObjectName("colouring");
    colouring_->setSizeAdjustPolicy(QComboBox::AdjustToContents); // refilled per session and partitions
    colouring_->addItem(tr("cluster"), static_cast<int>(Colouring::Cluster));
    colouring_->setEnabled(false);
    colouring_->setToolTip(tr("Colour the points by k-means cluster, by the run's split, by whether layer 2 found the test query's neighbour, "
                              "or by the bins of a partition built in the Partitions view"));
    axes_ = new QComboBox(this);
    axes_->setObjectName("axes");
    axes_->setToolTip(tr("The two principal components shown, or a neighbour-preserving t-SNE map"));
    for (int a = 0; a < static_cast<int>(Session::kProjectionAxes); ++a)
        for (int b = a + 1; b < static_cast<int>(Session::kProjectionAxes); ++b)
            axes_->addItem(tr("PC%1 × PC%2").arg(a + 1).arg(b + 1), QPoint(a, b));
    axes_->addItem(tr("t-SNE map"), kMapAxes);
    find_ = new QLineEdit(this);
    find_->setPlaceholderText(tr("find a word"));
    find_->setToolTip(tr("Highlight a word (any case) and centre the view on it; click a point to make it the query"));
    find_->setClearButtonEnabled(true);
    auto* completer = new QCompleter(this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    find_->setCompleter(completer);

    auto* controls = new QHBoxLayout;
    addLabelled(controls, tr("&Show:"), scope_);
    addLabelled(controls, tr("&Colour by:"), colouring_);
    addLabelled(controls, tr("A&xes:"), axes_);
    addLabelled(controls, tr("&Find:"), find_, 1);
    auto* hint = new QLabel(tr("click: inspect · wheel: zoom · drag: pan · double-click: reset"), this);
    hint->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(hint);
    layout->addWidget(plot_, 1);

    connect(scope_, &QComboBox::currentIndexChanged, this, &ProjectionView::redraw);
    connect(colouring_, &QComboBox::activated, this, [this] { // chosen by hand: back to the target's probes
        if (std::exchange(chosenProbes_, 0) != 0)
            redrawKeepingView();
    });
    connect(colouring_, &QComboBox::currentIndexChanged, this, &ProjectionView::redraw);
    connect(axes_, &QComboBox::currentIndexChanged, this, [this] {
        const QPoint pair = axes_->currentData().toPoint();
        if (pair == kMapAxes) {
            showMap();
            return;
        }
        axesBeforeMap_ = axes_->currentIndex();
        useMap_ = false;
        shownAxes_ = {pair.x(), pair.y()};
        redraw();
    });
    connect(find_, &QLineEdit::returnPressed, this, [this] { find(find_->text().trimmed()); });
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& word) { find(word); });
    connect(plot_, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        const QString word = wordNear(event->position());
        if (word.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), word, plot_);
    });
    // A click (press and release in one place, not a drag) on a point makes it the query, once it is
    // clear it was not the first half of a double-click (which resets the view and nothing else).
    clickTimer_ = new QTimer(this);
    clickTimer_->setSingleShot(true);
    connect(clickTimer_, &QTimer::timeout, this, [this] {
        const qint64 row = rowNear(clickedAt_);
        if (row >= 0)
            emit rowActivated(row);
    });
    connect(plot_, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) { pressedAt_ = event->position().toPoint(); });
    connect(plot_, &QCustomPlot::mouseRelease, this, [this](QMouseEvent* event) {
        // The release that ends a double-click is not a click.
        const bool endsDoubleClick = doubleClicked_.isValid() && doubleClicked_.elapsed() < QApplication::doubleClickInterval();
        if (endsDoubleClick || event->button() != Qt::LeftButton || (event->position().toPoint() - pressedAt_).manhattanLength() > 3)
            return;
        clickedAt_ = event->position();
        clickTimer_->start(QApplication::doubleClickInterval());
    });
    connect(plot_, &QCustomPlot::mouseDoubleClick, this, [this] {
        clickTimer_->stop();
        doubleClicked_.start();
        resetView();
    });
    // Bounded zoom: never so far out that the data is a dot, nor so far in that nothing is left. A zoom
    // that passes the bound is clamped around the point it zoomed about (the cursor), so the view stays
    // put once the bound is reached instead of drifting away from the data tick by tick.
    const auto bound = [this](QCPAxis* axis, const double* full) {
        connect(axis, qOverload<const QCPRange&, const QCPRange&>(&QCPAxis::rangeChanged), this,
                [axis, full](const QCPRange& range, const QCPRange& old) {
                    if (*full <= 0.0)
                        return;
                    const double size = std::clamp(range.size(), *full * kMaxZoomIn, *full * kMaxZoomOut);
                    if (std::fabs(size - range.size()) <= 1e-9 * size) // within the bounds (or just clamped here)
                        return;
                    const double factor = range.size() / old.size();
                    // The fixed point of the scaling old → range; a pan (factor 1) has none: keep the old size there.
                    const double anchor = std::fabs(factor - 1.0) > 1e-12 ? (range.lower - factor * old.lower) / (1.0 - factor) : old.center();
                    const double kept = size / old.size();
                    const double lower = anchor + (old.lower - anchor) * kept;
                    axis->setRange(lower, lower + size);
                });
    };
    bound(plot_->xAxis, &fullWidth_);
    bound(plot_->yAxis, &fullHeight_);
    // Every row drawn as an image: a new one for each view, and for a new size of the plot.
    connect(plot_->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, &ProjectionView::queueImage);
    connect(plot_->yAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, &ProjectionView::queueImage);
    connect(plot_, &QCustomPlot::afterLayout, this, [this] {
        if (dense_ && plot_->axisRect()->rect().size() != imageSize_)
            queueImage();
    });
}

void ProjectionView::setSession(const SessionPointer& session)
{
    session_ = session;
    if (map_ && map_->data != session->data) // a new session of the same rows keeps its map
        map_.reset();
    if (!map_ && axes_->currentData().toPoint() == kMapAxes) { // back to principal axes: a new map is one click away
        useMap_ = false;
        const QSignalBlocker quiet(axes_); // redrawn below, once this session's state is in place
        axes_->setCurrentIndex(axesBeforeMap_);
        const QPoint pair = axes_->currentData().toPoint();
        shownAxes_ = {pair.x(), pair.y()};
    }
    const QString refusal = mapRefusal(session->data->rows());
    if (auto* item = qobject_cast<QStandardItemModel*>(axes_->model())->item(axes_->findData(kMapAxes))) {
        item->setEnabled(refusal.isEmpty());
        item->setToolTip(refusal.isEmpty() ? tr("A neighbour-preserving map of every row (Barnes-Hut t-SNE), made on the worker when first chosen")
                                           : refusal);
    }
    highlighted_ = {-1, -1, -1};
    neighbours_.clear();
    found_ = -1;
    const Dataset& data = *session->data;
    const bool trained = session->hierarchy != nullptr; // else a preview of the data before training
    layer2Hit_.assign(data.rows(), -1);
    if (trained)
        for (const QueryOutcome& outcome : session->hierarchy->accuracy().outcomes)
            layer2Hit_[outcome.row] = outcome.hit ? 1 : 0;
    refreshColourings();
    testRows_ = trained ? session->hierarchy->plan().testMask() : std::vector<bool>(data.rows(), false);
    QStringList words;
    for (std::size_t row = 0; row < data.rows(); ++row)
        words << QString::fromStdString(data.labelOf(row));
    find_->completer()->setModel(new QStringListModel(words, find_->completer()));
    scope_->blockSignals(true);
    scope_->clear();
    scope_->addItem(tr("All rows"), -1);
    for (std::size_t c = 0; trained && c < session->hierarchy->clustering().clusters; ++c)
        scope_->addItem(tr("Cluster %1 (%2 rows)").arg(c).arg(session->hierarchy->clustering().sizes[c]), static_cast<int>(c));
    scope_->blockSignals(false);
    redraw();
}

int ProjectionView::currentCluster() const
{
    return scope_->count() > 0 ? scope_->currentData().toInt() : -1;
}

QPointF ProjectionView::coordinate(std::size_t row) const
{
    if (useMap_)
        return {map_->points[2 * row], map_->points[2 * row + 1]};
    const Dataset& data = *session_->data;
    const std::size_t axes = Session::kProjectionAxes;
    const auto [a, b] = shownAxes_;
    if (clusterMean_.empty())
        return {session_->projection[axes * row + static_cast<std::size_t>(a)], session_->projection[axes * row + static_cast<std::size_t>(b)]};
    double x = 0.0, y = 0.0;
    for (std::size_t j = 0; j < data.dim(); ++j) {
        const double centred = data.row(row)[j] - clusterMean_[j];
        x += centred * clusterAxes_[static_cast<std::size_t>(a) * data.dim() + j];
        y += centred * clusterAxes_[static_cast<std::size_t>(b) * data.dim() + j];
    }
    return {x, y};
}

int ProjectionView::groupOf(std::size_t row, int colouring) const
{
    if (colouring >= kBinsColouring && static_cast<std::size_t>(colouring - kBinsColouring) < binOf_.size()) {
        const std::int32_t bin = binOf_[static_cast<std::size_t>(colouring - kBinsColouring)][row];
        if (bin < 0)
            return kHeldOutGroup;
        if (probeOfBin_.empty())
            return bin;
        const int probe = probeOfBin_[static_cast<std::size_t>(bin)];
        return probe < 0 ? static_cast<int>(probeOfBin_.size()) + bin : probe; // not probed: after the probed bins in the legend
    }
    if (!session_->hierarchy)
        return 0;
    switch (static_cast<Colouring>(colouring)) {
    case Colouring::Cluster:
        return static_cast<int>(session_->hierarchy->clustering().assignment[row]);
    case Colouring::Split:
        return testRows_[row] ? 1 : 0;
    case Colouring::Layer2:
        break;
    }
    return layer2Hit_[row] + 1;
}

void ProjectionView::describeGroup(int group, QString* name, QColor* colour) const
{
    const int chosen = colouring_->currentData().toInt();
    if (chosen >= kBinsColouring && static_cast<std::size_t>(chosen - kBinsColouring) < binOf_.size()) {
        if (group == kHeldOutGroup) {
            *name = tr("held-out query");
            *colour = QColor(200, 200, 200);
            return;
        }
        const int bins = static_cast<int>(probeOfBin_.size());
        if (probeOfBin_.empty() || group >= bins) { // every bin alike, or a bin not probed (faded)
            const int bin = probeOfBin_.empty() ? group : group - bins;
            *name = tr("bin %1").arg(bin);
            *colour = report::seriesColor(static_cast<std::size_t>(bin));
            if (!probeOfBin_.empty())
                colour->setAlpha(45);
            return;
        }
        const int bin = static_cast<int>(std::find(probeOfBin_.begin(), probeOfBin_.end(), group) - probeOfBin_.begin());
        *name = tr("bin %1: probe %2").arg(bin).arg(group + 1);
        *colour = report::seriesColor(static_cast<std::size_t>(bin));
        return;
    }
    if (!session_->hierarchy) {
        *name = tr("rows (train to see clusters)");
        *colour = report::seriesColor(0);
        return;
    }
    switch (static_cast<Colouring>(chosen)) {
    case Colouring::Cluster:
        *name = tr("cluster %1").arg(group);
        *colour = report::seriesColor(static_cast<std::size_t>(group));
        return;
    case Colouring::Split:
        *name = group == 1 ? tr("test row") : tr("training row");
        *colour = group == 1 ? QColor(230, 120, 20) : QColor(120, 150, 200);
        return;
    case Colouring::Layer2:
        break;
    }
    const int hit = group - 1;
    *name = hit < 0 ? tr("not a scored test query") : hit ? tr("test: layer 2 hit") : tr("test: layer 2 miss");
    *colour = hit < 0 ? QColor(200, 200, 200) : hit ? QColor(20, 150, 60) : QColor(210, 30, 30);
}

void ProjectionView::setPartitions(const std::shared_ptr<const PartitionExperimentResult>& result, const std::shared_ptr<const Dataset>& data)
{
    partitions_ = result;
    partitionData_ = data;
    refreshColourings();
    redraw();
}

void ProjectionView::setRouting(qint64 row, const std::vector<QueryRouting>& routing)
{
    routing_ = routing;
    routedRow_ = row;
    if (colouring_->currentData().toInt() >= kBinsColouring)
        redrawKeepingView();
}

void ProjectionView::redrawKeepingView()
{
    // A new query re-shades the bins; the user's zoom and pan stay.
    const QCPRange x = plot_->xAxis->range(), y = plot_->yAxis->range();
    redraw();
    plot_->xAxis->setRange(x);
    plot_->yAxis->setRange(y);
    drawOverlay();
}

void ProjectionView::refreshColourings()
{
    if (!session_)
        return;
    const Dataset& shown = *session_->data;
    const bool trained = session_->hierarchy != nullptr;
    // The partitions cover the shown rows when those are the partitioned data's first rows (the same
    // file, or the run's first Words of it): compared value by value, not by name.
    binOf_.clear();
    const bool covers = partitions_ && partitionData_ && partitionData_->dim() == shown.dim() && partitionData_->rows() >= shown.rows()
        && std::equal(shown.values().begin(), shown.values().end(), partitionData_->values().begin());
    if (covers)
        for (const PartitionMethodResult& method : partitions_->methods) {
            if (!method.adaptive.empty()) { // the bins of the method it probes adaptively: not offered twice
                binOf_.emplace_back();
                continue;
            }
            std::vector<std::int32_t> bins(shown.rows(), -1);
            for (std::size_t b = method.index->bins.size(); b-- > 0;) // descending: a spilled row keeps its first bin
                for (std::uint32_t baseRow : method.index->bins[b]) {
                    const std::size_t row = partitions_->baseRowIds[baseRow];
                    if (row < bins.size())
                        bins[row] = static_cast<std::int32_t>(b);
                }
            binOf_.push_back(std::move(bins));
        }
    const int chosen = colouring_->currentData().toInt();
    const QSignalBlocker quiet(colouring_); // the caller redraws
    colouring_->clear();
    colouring_->addItem(tr("cluster"), static_cast<int>(Colouring::Cluster));
    colouring_->addItem(tr("train / test split"), static_cast<int>(Colouring::Split));
    colouring_->addItem(tr("layer 2 hit / miss"), static_cast<int>(Colouring::Layer2));
    auto* items = qobject_cast<QStandardItemModel*>(colouring_->model());
    for (int i = 0; i < 3; ++i)
        items->item(i)->setEnabled(trained);
    for (std::size_t m = 0; m < binOf_.size(); ++m)
        if (!binOf_[m].empty())
            colouring_->addItem(tr("bins: %1").arg(QString::fromStdString(partitions_->methods[m].method)), kBinsColouring + static_cast<int>(m));
    const int again = colouring_->findData(chosen);
    const bool binsOffered = colouring_->count() > 3;
    colouring_->setCurrentIndex(again >= 0 && items->item(again)->isEnabled() ? again : trained || !binsOffered ? 0 : 3);
    colouring_->setEnabled(trained || binsOffered);
}

QString ProjectionView::colourGroupOf(qint64 row) const
{
    if (!session_ || row < 0 || static_cast<std::size_t>(row) >= session_->data->rows())
        return {};
    QString name;
    QColor colour;
    describeGroup(groupOf(static_cast<std::size_t>(row), colouring_->currentData().toInt()), &name, &colour);
    return name;
}

void ProjectionView::redraw()
{
    if (!session_)
        return;
    const Dataset& data = *session_->data;
    const int cluster = currentCluster();
    shownRows_.clear();
    clusterMean_.clear();
    clusterAxes_.clear();
    explained_ = session_->explainedVariance;
    const std::vector<std::size_t>* members = cluster < 0 ? nullptr : &session_->hierarchy->plan().members[static_cast<std::size_t>(cluster)];
    const std::size_t candidates = members ? members->size() : data.rows();
    shownRows_.reserve(candidates);
    for (std::size_t i = 0; i < candidates; ++i)
        shownRows_.push_back(members ? (*members)[i] : i);
    dense_ = shownRows_.size() > kDrawnRows;
    if (members && !useMap_) {
        const Session::ClusterProjection& projection = session_->clusterProjections[static_cast<std::size_t>(cluster)];
        if (!projection.mean.empty()) {
            clusterMean_ = projection.mean;
            clusterAxes_ = projection.axes;
            explained_ = projection.explainedVariance;
        }
    }
    shownPoints_.clear();
    for (std::size_t row : shownRows_)
        shownPoints_.push_back(coordinate(row));
    // The query's routing in the method whose bins colour the rows: the bins probed, in order.
    probeOfBin_.clear();
    const QueryRouting* routed = nullptr;
    const int chosen = colouring_->currentData().toInt();
    if (chosen >= kBinsColouring && partitions_ && routedRow_ >= 0 && routedRow_ == highlighted_[0]) {
        const std::string& method = partitions_->methods[static_cast<std::size_t>(chosen - kBinsColouring)].method;
        for (const QueryRouting& routing : routing_) {
            const std::size_t probes = chosenProbes_ ? chosenProbes_ : routing.probesForTarget;
            if (routing.method == method && probes > 0) {
                routed = &routing;
                probeOfBin_.assign(partitions_->methods[static_cast<std::size_t>(chosen - kBinsColouring)].bins, -1);
                for (std::size_t p = 0; p < probes && p < routing.topBins.size(); ++p)
                    probeOfBin_[routing.topBins[p].first] = static_cast<int>(p);
            }
        }
    }

    plot_->clearGraphs();
    plot_->clearItems();
    image_ = nullptr;
    imageRequest_.supersede(); // an image on its way is of the rows or colours before
    // A file by its name: a long folder would push the title past the plot.
    const QString source = QFileInfo(QString::fromStdString(data.origin() ? data.origin()->data : data.source())).fileName();
    QString title;
    if (useMap_) {
        title = cluster < 0 ? tr("t-SNE map of %1 (%2 rows)").arg(source).arg(data.rows()) : tr("t-SNE map: cluster %1").arg(cluster);
        const QString kept = QString::number(100.0 * map_->preservation, 'f', 1); // '.' as every number in the studio
        title += "\n" + (map_->preservationRows < data.rows() ? tr("keeps %1 % of each row's 10 nearest (%2 rows sampled)").arg(kept).arg(map_->preservationRows)
                                                                : tr("keeps %1 % of each row's 10 nearest").arg(kept));
    } else {
        title = !session_->hierarchy ? tr("PCA of %1 (%2 rows), before training").arg(source).arg(data.rows())
                : cluster < 0        ? tr("PCA of %1 (%2 rows)").arg(source).arg(data.rows())
                                     : tr("PCA of cluster %1").arg(cluster);
    }
    if (dense_)
        title += "\n" + tr("every row drawn, shaded by rows per cell; zoom in for points");
    if (routed && chosenProbes_)
        title += "\n" + tr("%1 probing %2 bins, as chosen on its curve (full colour)").arg(QString::fromStdString(routed->method)).arg(chosenProbes_);
    else if (routed)
        title += "\n" + tr("bins %1 probes for %2 of the 10 nearest: %3 (full colour)")
                            .arg(QString::fromStdString(routed->method))
                            .arg(neighboursForTarget(partitions_->settings.targetRecall))
                            .arg(routed->probesForTarget);
    report::setChartTitle(*plot_, title);
    // One graph per colour group, added in group order so the legend reads in order; while every row
    // is drawn as an image, the graphs hold no points (the legend's entries) and the image the rows.
    const int colouring = colouring_->currentData().toInt();
    std::map<int, std::pair<QVector<double>, QVector<double>>> coordinates;
    std::vector<std::uint32_t> paletteOfRow;
    if (dense_)
        paletteOfRow.reserve(shownRows_.size());
    std::map<int, std::uint32_t> paletteOfGroup;
    for (std::size_t i = 0; i < shownRows_.size(); ++i) {
        const int group = groupOf(shownRows_[i], colouring);
        if (dense_) {
            paletteOfRow.push_back(paletteOfGroup.try_emplace(group, static_cast<std::uint32_t>(paletteOfGroup.size())).first->second);
            continue;
        }
        coordinates[group].first << shownPoints_[i].x();
        coordinates[group].second << shownPoints_[i].y();
    }
    if (dense_)
        for (const auto& entry : paletteOfGroup)
            coordinates[entry.first]; // a legend entry without points
    std::map<int, QCPGraph*> groups;
    std::vector<QColor> palette(paletteOfGroup.size());
    paletteGroups_.assign(paletteOfGroup.size(), 0);
    for (auto& [group, xy] : coordinates) {
        QString name;
        QColor colour;
        describeGroup(group, &name, &colour);
        if (const auto entry = paletteOfGroup.find(group); entry != paletteOfGroup.end()) {
            palette[entry->second] = colour;
            paletteGroups_[entry->second] = group;
        }
        QCPGraph* graph = groups[group] = plot_->addGraph();
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, 4));
        graph->setName(name);
        graph->setData(xy.first, xy.second);
    }
    scene_.reset();
    if (dense_) {
        auto scene = std::make_shared<DensityScene>();
        scene->points.reserve(2 * shownPoints_.size());
        for (const QPointF& p : shownPoints_) {
            scene->points.push_back(static_cast<float>(p.x()));
            scene->points.push_back(static_cast<float>(p.y()));
        }
        scene->groups = std::move(paletteOfRow);
        scene->palette = std::move(palette);
        scene->marks = selectedMarks();
        scene_ = scene;
        image_ = new QCPItemPixmap(plot_);
        image_->setScaled(true, Qt::IgnoreAspectRatio, Qt::FastTransformation); // cells stay crisp squares
        image_->setSelectable(false);
        frame_ = DensityFrame();
    }
    if (groups.size() > kLegendGroups)
        for (const auto& [group, graph] : groups)
            graph->removeFromLegend();

    const std::array<QCPScatterStyle::ScatterShape, 3> shapes = {QCPScatterStyle::ssStar, QCPScatterStyle::ssTriangle,
                                                                 QCPScatterStyle::ssDiamond};
    const std::array<QColor, 3> colors = {QColor(200, 0, 0), QColor(240, 130, 0), QColor(0, 140, 0)};
    const std::array<QString, 3> names = {tr("query"), tr("predicted neighbour"), tr("true neighbour")};
    const auto marker = [this](const QCPScatterStyle& style, const QString& name) {
        QCPGraph* graph = plot_->addGraph();
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(style);
        graph->setName(name);
        graph->setLayer("overlay"); // above the points, however many there are
        return graph;
    };
    // Squares, not the neighbours' rings.
    selectedClusterMarks_ = marker(QCPScatterStyle(QCPScatterStyle::ssSquare, QPen(QColor(20, 20, 20), 1.2), Qt::NoBrush, 8), QString());
    neighbourRings_ = marker(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(QColor(40, 40, 40), 1.5), Qt::NoBrush, 11),
                             tr("exact nearest neighbours"));
    // The true neighbour's ◆ is hollow and larger: when the prediction is right the ▲ sits inside it
    // instead of hidden under it.
    for (std::size_t m = 0; m < 3; ++m) {
        const bool hollow = m == 2;
        markers_[m] = marker(QCPScatterStyle(shapes[m], QPen(colors[m], 2.5), hollow ? QBrush(Qt::NoBrush) : QBrush(colors[m].lighter(150)), hollow ? 26 : 16),
                             names[m]);
    }
    foundMarker_ = marker(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(QColor(30, 90, 220), 3), Qt::NoBrush, 24), tr("found word"));

    const auto variance = [this](int axis) { return QString::number(100.0 * explained_[static_cast<std::size_t>(axis)], 'f', 1); };
    plot_->xAxis->setLabel(useMap_ ? tr("t-SNE 1") : tr("PC%1 (%2 % of the variance)").arg(shownAxes_[0] + 1).arg(variance(shownAxes_[0])));
    plot_->yAxis->setLabel(useMap_ ? tr("t-SNE 2") : tr("PC%1 (%2 % of the variance)").arg(shownAxes_[1] + 1).arg(variance(shownAxes_[1])));
    resetView();
    queueImage(); // also when the view is the one before (a new colouring)
}

std::vector<std::uint8_t> ProjectionView::selectedMarks() const
{
    if (selectedCluster_ < 0 || currentCluster() >= 0 || !session_ || !session_->hierarchy)
        return {};
    const auto& clusterOf = session_->hierarchy->plan().clusterOf;
    std::vector<std::uint8_t> marks(shownRows_.size());
    for (std::size_t i = 0; i < shownRows_.size(); ++i)
        marks[i] = clusterOf[shownRows_[i]] == static_cast<std::uint32_t>(selectedCluster_);
    return marks;
}

void ProjectionView::queueImage()
{
    if (!dense_ || imageQueued_)
        return;
    imageQueued_ = imagePending_ = true;
    QTimer::singleShot(0, this, [this] {
        if (std::exchange(imageQueued_, false))
            requestImage();
    });
}

void ProjectionView::requestImage()
{
    if (!dense_ || !scene_)
        return;
    imageSize_ = plot_->axisRect()->rect().size();
    const QCPRange x = plot_->xAxis->range(), y = plot_->yAxis->range();
    imageRequest_.start(
        [scene = scene_, x, y, size = imageSize_](const CancelToken& token) {
            return renderDensity(*scene, x.lower, x.upper, y.lower, y.upper, size.width(), size.height(), &token);
        },
        [this](const DensityFrame& frame) { showFrame(frame); });
}

void ProjectionView::settleImage()
{
    if (!dense_ || !scene_ || !imagePending_)
        return;
    imageRequest_.supersede();
    plot_->replot(); // lays the plot out at its current size first
    imageSize_ = plot_->axisRect()->rect().size();
    const QCPRange x = plot_->xAxis->range(), y = plot_->yAxis->range();
    imageQueued_ = false; // the layout may have queued one for the same view
    showFrame(renderDensity(*scene_, x.lower, x.upper, y.lower, y.upper, imageSize_.width(), imageSize_.height()));
}

void ProjectionView::showFrame(const DensityFrame& frame)
{
    if (!image_)
        return;
    imagePending_ = imageQueued_ || imageRequest_.running();
    const CellGrid& grid = frame.counted.grid;
    image_->setPixmap(QPixmap::fromImage(frame.image));
    image_->topLeft->setCoords(grid.left, grid.top);
    image_->bottomRight->setCoords(grid.right, grid.bottom);
    frame_ = frame;
    frame_.image = QImage(); // the pixmap has it
    plot_->replot();
    emit imageDrawn();
}

Table ProjectionView::chartData()
{
    if (!dense_)
        return report::plottedData(*plot_);
    settleImage();
    const auto nameOf = [this](std::uint32_t paletteEntry) {
        QString name;
        QColor colour;
        describeGroup(paletteGroups_[paletteEntry], &name, &colour);
        return Cell::label(name.toStdString());
    };
    const PointDensity& counted = frame_.counted;
    if (frame_.pointByPoint) { // the rows in view, as the points of small data are exported
        Table data{"chart_data", "chart_data", "", "", {{"series", "series"}, {"x", "x"}, {"y", "y"}}, {}};
        for (const std::uint32_t i : counted.rowsInView)
            data.rows.push_back({nameOf(scene_->groups[i]), Cell::significant(scene_->points[2 * i]), Cell::significant(scene_->points[2 * i + 1])});
        return data;
    }
    // The image's data: each non-empty cell's centre, its rows, the group holding most of them.
    Table data{"chart_data", "chart_data", "", "", {{"x", "x"}, {"y", "y"}, {"rows", "rows"}, {"group", "group"}}, {}};
    const CellGrid& grid = counted.grid;
    const double cellWidth = (grid.right - grid.left) / static_cast<double>(grid.width);
    const double cellHeight = (grid.top - grid.bottom) / static_cast<double>(grid.height);
    for (std::size_t c = 0; c < counted.counts.size(); ++c)
        if (counted.counts[c] > 0)
            data.rows.push_back({Cell::significant(grid.left + (static_cast<double>(c % grid.width) + 0.5) * cellWidth),
                                 Cell::significant(grid.top - (static_cast<double>(c / grid.width) + 0.5) * cellHeight),
                                 Cell::count(counted.counts[c]), nameOf(static_cast<std::uint32_t>(counted.group[c]))});
    return data;
}

void ProjectionView::resetView()
{
    if (!session_)
        return;
    // Every point in view, with a margin so the extreme ones are not cut at the frame; these ranges
    // also bound the zoom.
    fullWidth_ = fullHeight_ = 0.0; // unbounded while the new view is set
    bool found = false;
    QCPRange x, y;
    for (const QPointF& p : shownPoints_) {
        if (!found) {
            x = QCPRange(p.x(), p.x());
            y = QCPRange(p.y(), p.y());
            found = true;
        }
        x.expand(p.x());
        y.expand(p.y());
    }
    const auto padded = [](QCPRange r) {
        const double size = r.size() > 0.0 ? r.size() : 1.0;
        return QCPRange(r.center() - 0.54 * size, r.center() + 0.54 * size);
    };
    x = padded(x);
    y = padded(y);
    plot_->xAxis->setRange(x);
    plot_->yAxis->setRange(y);
    fullWidth_ = x.size();
    fullHeight_ = y.size();
    drawOverlay();
}

void ProjectionView::showCluster(int cluster)
{
    const int index = scope_->findData(cluster);
    if (index >= 0)
        scope_->setCurrentIndex(index); // redraws through currentIndexChanged
}

void ProjectionView::setColouring(Colouring colouring)
{
    colouring_->setCurrentIndex(colouring_->findData(static_cast<int>(colouring)));
}

bool ProjectionView::showProbes(int method, std::size_t probes)
{
    // An adaptive method probes the bins of the method built before it (the same index): shown as those.
    if (partitions_ && method >= 0 && static_cast<std::size_t>(method) < partitions_->methods.size()) {
        const PartitionIndex* bins = partitions_->methods[static_cast<std::size_t>(method)].index.get();
        for (std::size_t m = 0; m < partitions_->methods.size(); ++m)
            if (partitions_->methods[m].index.get() == bins) {
                method = static_cast<int>(m);
                break;
            }
    }
    const int index = colouring_->findData(kBinsColouring + method);
    if (index < 0 || probes == 0)
        return false;
    chosenProbes_ = probes;
    if (colouring_->currentIndex() == index)
        redrawKeepingView();
    else
        colouring_->setCurrentIndex(index); // redraws
    return true;
}

bool ProjectionView::setColouringByName(const QString& name)
{
    int index = -1;
    if (name == "cluster" || name == "split" || name == "layer2")
        index = colouring_->findData(static_cast<int>(name == "cluster" ? Colouring::Cluster : name == "split" ? Colouring::Split : Colouring::Layer2));
    for (std::size_t m = 0; partitions_ && m < binOf_.size(); ++m)
        if (name == "bins:" + QString::fromStdString(partitions_->methods[m].method))
            index = colouring_->findData(kBinsColouring + static_cast<int>(m));
    const auto* items = qobject_cast<QStandardItemModel*>(colouring_->model());
    if (index < 0 || !items->item(index)->isEnabled())
        return false;
    colouring_->setCurrentIndex(index);
    return true;
}

void ProjectionView::setAxes(int first, int second)
{
    const int index = axes_->findData(QPoint(first, second));
    if (index >= 0)
        axes_->setCurrentIndex(index);
}

QString ProjectionView::mapRefusal(std::size_t rows)
{
    return rows >= 3 && rows <= kMapRows ? QString() : tr("The t-SNE map is offered for 3 to %L1 rows; this data has %L2").arg(kMapRows).arg(rows);
}

void ProjectionView::showMap()
{
    const int entry = axes_->findData(kMapAxes);
    if (axes_->currentIndex() != entry) {
        axes_->setCurrentIndex(entry); // comes back here through currentIndexChanged
        return;
    }
    if (!session_)
        return;
    if (map_ && map_->data == session_->data) {
        useMap_ = true;
        redraw();
    } else {
        emit mapRequested(session_->data); // the principal axes stay until the map comes
    }
}

void ProjectionView::setMap(const NeighbourMapPointer& map)
{
    if (!session_ || !map || map->data != session_->data)
        return;
    map_ = map;
    if (axes_->currentData().toPoint() == kMapAxes) {
        useMap_ = true;
        redraw();
    }
}

void ProjectionView::mapUnavailable()
{
    useMap_ = false;
    if (axes_->currentData().toPoint() == kMapAxes)
        axes_->setCurrentIndex(axesBeforeMap_); // redraws on principal axes
}

void ProjectionView::setQuery(qint64 query, qint64 predicted, qint64 truth)
{
    const bool routedBefore = !probeOfBin_.empty();
    highlighted_ = {query, predicted, truth};
    if (query < 0)
        neighbours_.clear();
    if (routedBefore) // the bins shaded were the previous query's
        redrawKeepingView();
    else
        drawOverlay();
}

void ProjectionView::highlightCluster(int cluster)
{
    selectedCluster_ = cluster;
    if (dense_ && scene_) { // the image outlines (fades around) the selection: a new scene, the old one may be in use
        auto scene = std::make_shared<DensityScene>(*scene_);
        scene->marks = selectedMarks();
        scene_ = scene;
        queueImage();
    }
    drawOverlay();
}

void ProjectionView::setNeighbours(const QList<qint64>& rows)
{
    neighbours_ = rows;
    drawOverlay();
}

bool ProjectionView::find(const QString& word)
{
    if (!session_)
        return false;
    const auto row = findWord(*session_->data, word);
    found_ = row ? static_cast<qint64>(*row) : -1;
    if (!row) {
        drawOverlay();
        return false;
    }
    const int cluster = currentCluster();
    if (cluster >= 0 && session_->hierarchy->plan().clusterOf[*row] != static_cast<std::uint32_t>(cluster))
        showCluster(-1);
    const QPointF at = pointOf(found_);
    plot_->xAxis->setRange(at.x(), plot_->xAxis->range().size(), Qt::AlignCenter);
    plot_->yAxis->setRange(at.y(), plot_->yAxis->range().size(), Qt::AlignCenter);
    drawOverlay();
    return true;
}

// The query, its two answers and their joining lines, the neighbour rings and the found word, with
// word labels, drawn on the overlay layer over whatever the points are.
void ProjectionView::drawOverlay()
{
    if (!session_ || !markers_[0])
        return;
    for (int i = plot_->itemCount() - 1; i >= 0; --i) // the labels and lines; the rows' image stays
        if (plot_->item(i) != image_)
            plot_->removeItem(i);
    const auto points = highlightedPoints();
    const auto word = [this](qint64 row) { return QString::fromStdString(session_->data->labelOf(static_cast<std::size_t>(row))); };
    for (std::size_t m = 0; m < 3; ++m) {
        markers_[m]->data()->clear();
        if (!std::isnan(points[m].x()))
            markers_[m]->addData(points[m].x(), points[m].y());
    }
    for (std::size_t m = 1; m < 3; ++m)
        if (!std::isnan(points[0].x()) && !std::isnan(points[m].x())) {
            auto* line = new QCPItemLine(plot_);
            line->setLayer("overlay");
            line->start->setCoords(points[0]);
            line->end->setCoords(points[m]);
            line->setPen(QPen(m == 1 ? QColor(240, 130, 0) : QColor(0, 140, 0), 2, m == 1 ? Qt::DashLine : Qt::SolidLine));
        }
    if (!std::isnan(points[0].x()))
        wordLabel(plot_, points[0], word(highlighted_[0]), QColor(200, 0, 0))->setFont(QFont(font().family(), font().pointSize(), QFont::Bold));
    neighbourRings_->data()->clear();
    for (qint64 row : neighbours_) {
        const QPointF at = pointOf(row);
        if (std::isnan(at.x()))
            continue;
        neighbourRings_->addData(at.x(), at.y());
    }
    // The selected cluster among every row (a view of that cluster alone needs no outline).
    selectedClusterMarks_->data()->clear();
    if (selectedCluster_ >= 0 && currentCluster() < 0 && session_->hierarchy && !dense_) { // the image marks its own
        const auto& clusterOf = session_->hierarchy->plan().clusterOf;
        for (std::size_t i = 0; i < shownRows_.size(); ++i)
            if (clusterOf[shownRows_[i]] == static_cast<std::uint32_t>(selectedCluster_))
                selectedClusterMarks_->addData(shownPoints_[i].x(), shownPoints_[i].y());
        selectedClusterMarks_->setName(tr("cluster %1 (selected)").arg(selectedCluster_));
    }
    foundMarker_->data()->clear();
    const QPointF found = pointOf(found_);
    if (!std::isnan(found.x())) {
        foundMarker_->addData(found.x(), found.y());
        wordLabel(plot_, found, word(found_), QColor(30, 90, 220));
    }
    // The neighbours as a list in the corner (their rings may crowd each other on the plot), while the
    // query is drawn: a cluster's view without it would keep a list about a point it does not show.
    if (highlighted_[0] >= 0 && !std::isnan(points[0].x()) && !neighbours_.isEmpty()) {
        QString list = tr("Nearest to %1:").arg(word(highlighted_[0]));
        for (int i = 0; i < neighbours_.size(); ++i)
            list += QString("\n%1. %2").arg(i + 1).arg(word(neighbours_[i]));
        auto* box = new QCPItemText(plot_);
        box->setLayer("overlay");
        box->position->setType(QCPItemPosition::ptAxisRectRatio);
        box->position->setCoords(0.01, 0.01);
        box->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        box->setTextAlignment(Qt::AlignLeft);
        box->setText(list);
        box->setPadding(QMargins(6, 4, 6, 4));
        box->setPen(QPen(QColor(150, 150, 150)));
        box->setBrush(QColor(255, 255, 255, 225));
    }
    for (QCPGraph* graph : {markers_[0], markers_[1], markers_[2], neighbourRings_, foundMarker_, selectedClusterMarks_}) {
        if (graph->data()->isEmpty())
            graph->removeFromLegend();
        else
            graph->addToLegend();
    }
    plot_->replot();
}

QPointF ProjectionView::pointOf(qint64 row) const
{
    // In one cluster's view only that cluster's rows have a place: a row of another cluster (on other
    // axes) is not drawn.
    const int cluster = currentCluster();
    const bool shown = session_ && row >= 0 && static_cast<std::size_t>(row) < session_->data->rows()
        && (cluster < 0 || session_->hierarchy->plan().clusterOf[static_cast<std::size_t>(row)] == static_cast<std::uint32_t>(cluster));
    return shown ? coordinate(static_cast<std::size_t>(row)) : QPointF(NAN, NAN);
}

std::array<QPointF, 3> ProjectionView::highlightedPoints() const
{
    return {pointOf(highlighted_[0]), pointOf(highlighted_[1]), pointOf(highlighted_[2])};
}

qint64 ProjectionView::rowNear(const QPointF& pixel) const
{
    double best = 8.0 * 8.0; // within 8 pixels
    qint64 found = -1;
    // Pixels per unit on the (linear) axes, so that a million rows are one multiply each, not two axis calls.
    const double x0 = plot_->xAxis->pixelToCoord(pixel.x()), y0 = plot_->yAxis->pixelToCoord(pixel.y());
    const double xScale = plot_->axisRect()->width() / plot_->xAxis->range().size();
    const double yScale = plot_->axisRect()->height() / plot_->yAxis->range().size();
    for (std::size_t i = 0; i < shownPoints_.size(); ++i) {
        const double dx = (shownPoints_[i].x() - x0) * xScale, dy = (shownPoints_[i].y() - y0) * yScale;
        if (dx * dx + dy * dy < best) {
            best = dx * dx + dy * dy;
            found = static_cast<qint64>(shownRows_[i]);
        }
    }
    return found;
}

QString ProjectionView::wordNear(const QPointF& pixel) const
{
    const qint64 row = session_ ? rowNear(pixel) : -1;
    return row < 0 ? QString() : QString::fromStdString(session_->data->labelOf(static_cast<std::size_t>(row)));
}

} // namespace nnscope::studio
