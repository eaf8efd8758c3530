#include "studio/views/ProjectionView.h"

#include "report/Charts.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>
#include <cmath>

namespace nnscope::studio {
namespace {

QColor clusterColor(std::size_t cluster)
{
    return QColor::fromHsv(static_cast<int>((cluster * 137) % 360), 150, 210);
}

} // namespace

ProjectionView::ProjectionView(QWidget* parent) : StudioView(parent)
{
    plot_ = new QCustomPlot(this);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->setToolTip(QString());
    plot_->setMouseTracking(true);
    scope_ = new QComboBox(this);
    scope_->setToolTip(tr("Project all rows, or one cluster's rows on that cluster's own principal axes"));
    auto* controls = new QHBoxLayout;
    addLabelled(controls, tr("&Show:"), scope_);
    controls->addStretch();
    controls->addWidget(new QLabel(tr("★ query   ▲ predicted neighbour   ◆ true neighbour   (wheel: zoom, drag: pan)"), this));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(plot_, 1);
    connect(scope_, &QComboBox::currentIndexChanged, this, &ProjectionView::redraw);
    connect(plot_, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        const QString word = wordNear(event->position());
        if (word.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), word, plot_);
    });
}

void ProjectionView::setSession(const SessionPointer& session)
{
    session_ = session;
    highlighted_ = {-1, -1, -1};
    scope_->blockSignals(true);
    scope_->clear();
    scope_->addItem(tr("All rows"), -1);
    for (std::size_t c = 0; c < session->hierarchy->clustering().clusters; ++c)
        scope_->addItem(tr("Cluster %1 (%2 rows)").arg(c).arg(session->hierarchy->clustering().sizes[c]), static_cast<int>(c));
    scope_->blockSignals(false);
    redraw();
}

QPointF ProjectionView::coordinate(std::size_t row) const
{
    const Dataset& data = *session_->data;
    if (clusterMean_.empty())
        return {session_->projection[2 * row], session_->projection[2 * row + 1]};
    double x = 0.0, y = 0.0;
    for (std::size_t j = 0; j < data.dim(); ++j) {
        const double centred = data.row(row)[j] - clusterMean_[j];
        x += centred * clusterAxes_[j];
        y += centred * clusterAxes_[data.dim() + j];
    }
    return {x, y};
}

void ProjectionView::redraw()
{
    if (!session_)
        return;
    const Dataset& data = *session_->data;
    const KMeansResult& clustering = session_->hierarchy->clustering();
    const int cluster = scope_->currentData().toInt();
    shownRows_.clear();
    clusterMean_.clear();
    clusterAxes_.clear();
    explained_ = session_->explainedVariance;
    if (cluster < 0) {
        for (std::size_t row = 0; row < data.rows(); ++row)
            shownRows_.push_back(row);
    } else {
        shownRows_ = session_->hierarchy->plan().members[static_cast<std::size_t>(cluster)];
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

    plot_->clearGraphs();
    plot_->clearItems();
    report::setChartTitle(*plot_, cluster < 0 ? tr("PCA of %1 (%2 rows)").arg(QString::fromStdString(data.origin() ? data.origin()->data : data.source())).arg(data.rows())
                                              : tr("PCA of cluster %1").arg(cluster));
    std::map<std::uint32_t, QCPGraph*> byCluster;
    for (std::size_t i = 0; i < shownRows_.size(); ++i) {
        const std::uint32_t c = clustering.assignment[shownRows_[i]];
        QCPGraph*& graph = byCluster[c];
        if (!graph) {
            graph = plot_->addGraph();
            graph->setLineStyle(QCPGraph::lsNone);
            graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, clusterColor(c), 4));
            graph->setName(tr("cluster %1").arg(c));
        }
        graph->addData(shownPoints_[i].x(), shownPoints_[i].y());
    }
    const std::array<QCPScatterStyle::ScatterShape, 3> shapes = {QCPScatterStyle::ssStar, QCPScatterStyle::ssTriangle,
                                                                 QCPScatterStyle::ssDiamond};
    const std::array<QColor, 3> colors = {QColor(200, 0, 0), QColor(240, 130, 0), QColor(0, 140, 0)};
    const std::array<QString, 3> names = {tr("query"), tr("predicted neighbour"), tr("true neighbour")};
    for (std::size_t m = 0; m < 3; ++m) {
        markers_[m] = plot_->addGraph();
        markers_[m]->setLineStyle(QCPGraph::lsNone);
        markers_[m]->setScatterStyle(QCPScatterStyle(shapes[m], QPen(colors[m], 2.5), colors[m].lighter(150), 16));
        markers_[m]->setName(names[m]);
    }
    for (QCPGraph* marker : markers_)
        marker->setLayer("overlay"); // above the points, however many there are
    plot_->xAxis->setLabel(tr("PC1 (%1% of the variance)").arg(100.0 * explained_[0], 0, 'f', 1));
    plot_->yAxis->setLabel(tr("PC2 (%1% of the variance)").arg(100.0 * explained_[1], 0, 'f', 1));
    // Every point in view, with a margin so the extreme ones are not cut at the frame.
    plot_->rescaleAxes();
    plot_->xAxis->scaleRange(1.08);
    plot_->yAxis->scaleRange(1.08);
    setQuery(highlighted_[0], highlighted_[1], highlighted_[2]);
}

void ProjectionView::showCluster(int cluster)
{
    const int index = scope_->findData(cluster);
    if (index >= 0)
        scope_->setCurrentIndex(index); // redraws through currentIndexChanged
}

void ProjectionView::setQuery(qint64 query, qint64 predicted, qint64 truth)
{
    highlighted_ = {query, predicted, truth};
    if (!session_ || !markers_[0])
        return;
    plot_->clearItems();
    const auto points = highlightedPoints();
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
    plot_->replot();
}

std::array<QPointF, 3> ProjectionView::highlightedPoints() const
{
    // In one cluster's view only that cluster's rows have a place: a marker for a row of another
    // cluster (on other axes) is not drawn.
    const int cluster = scope_->currentData().toInt();
    std::array<QPointF, 3> points;
    for (std::size_t m = 0; m < 3; ++m) {
        const qint64 row = highlighted_[m];
        const bool shown = session_ && row >= 0 && static_cast<std::size_t>(row) < session_->data->rows()
            && (cluster < 0 || session_->hierarchy->plan().clusterOf[static_cast<std::size_t>(row)] == static_cast<std::uint32_t>(cluster));
        points[m] = shown ? coordinate(static_cast<std::size_t>(row)) : QPointF(NAN, NAN);
    }
    return points;
}

QString ProjectionView::wordNear(const QPointF& pixel) const
{
    if (!session_)
        return {};
    double best = 8.0 * 8.0; // within 8 pixels
    qint64 found = -1;
    for (std::size_t i = 0; i < shownPoints_.size(); ++i) {
        const double dx = plot_->xAxis->coordToPixel(shownPoints_[i].x()) - pixel.x();
        const double dy = plot_->yAxis->coordToPixel(shownPoints_[i].y()) - pixel.y();
        if (dx * dx + dy * dy < best) {
            best = dx * dx + dy * dy;
            found = static_cast<qint64>(shownRows_[i]);
        }
    }
    return found < 0 ? QString() : QString::fromStdString(session_->data->labelOf(static_cast<std::size_t>(found)));
}

} // namespace nnscope::studio
