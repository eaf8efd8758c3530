// nnscope studio — Projection: the rows on their two principal axes (all data, or one cluster),
// coloured by cluster, with the current query, its predicted neighbour and its true neighbour
// highlighted and joined; hover names the word, the wheel zooms, dragging pans.
#pragma once

#include "studio/views/StudioView.h"

#include <array>

class QComboBox;
class QCPGraph;
class QCPItemLine;

namespace nnscope::studio {

class ProjectionView : public StudioView {
    Q_OBJECT
public:
    explicit ProjectionView(QWidget* parent = nullptr);

    void setSession(const SessionPointer& session) override;
    QCustomPlot* currentChart() override { return plot_; }

    /// The highlighted rows: the query, the predicted and the true neighbour (-1 for none).
    void setQuery(qint64 query, qint64 predicted, qint64 truth);
    /// Shows one cluster's rows on that cluster's own axes (−1: every row).
    void showCluster(int cluster);
    /// Plot coordinates of the three highlighted points (NaN when not shown), for tests.
    std::array<QPointF, 3> highlightedPoints() const;
    /// The word under a plot position, or empty (what the hover tooltip shows).
    QString wordNear(const QPointF& pixel) const;

private:
    void redraw();
    QPointF coordinate(std::size_t row) const;

    SessionPointer session_;
    QCustomPlot* plot_;
    QComboBox* scope_;
    std::array<qint64, 3> highlighted_{-1, -1, -1};
    std::array<QCPGraph*, 3> markers_{};
    // The projection in use: all rows (the session's PCA) or one cluster's own PCA.
    std::vector<std::size_t> shownRows_;
    std::vector<QPointF> shownPoints_;
    std::vector<double> clusterMean_, clusterAxes_; ///< one-cluster PCA, empty for all data
    std::vector<double> explained_; ///< of the two axes shown
};

} // namespace nnscope::studio
