// nnscope studio — Projection: the rows on two of their principal axes (all data, or one cluster on
// its own axes) or on a t-SNE map (made on request, on the worker), coloured by cluster, by train/test split or by layer 2's hit or miss, with the
// current query, its predicted and its true neighbour highlighted and joined, its exact nearest
// neighbours ringed and named, the cluster selected in the Clusters view outlined. Past kDrawnRows rows every row is still drawn, as an
// image made off the GUI thread for each view (DensityLayer): cells shaded by their rows, points again once few are in view.
// Hover names the word, a click makes a point the query, the wheel zooms
// (bounded), dragging pans, a double-click resets the view; Find highlights a word.
#pragma once

#include "experiments/PartitionExperiment.h"
#include "studio/LatestRequest.h"
#include "studio/views/DensityLayer.h"
#include "studio/views/StudioView.h"

#include <QElapsedTimer>
#include <array>

class QComboBox;
class QCPGraph;
class QCPItemPixmap;
class QLineEdit;
class QTimer;

namespace nnscope::studio {

class ProjectionView : public StudioView {
    Q_OBJECT
public:
    enum class Colouring { Cluster, Split, Layer2 };

    explicit ProjectionView(QWidget* parent = nullptr);

    /// A trained session, or a preview (no hierarchy): the data alone, before training.
    void setSession(const SessionPointer& session) override;
    QCustomPlot* currentChart() override { return plot_; }
    /// The session shown: a run's, or the data's preview before any run.
    const SessionPointer& session() const { return session_; }
    /// As drawn: the points' series, or, while every row is drawn as an image, its cells (centre, rows, group).
    Table chartData() override;

    /// The highlighted rows: the query, the predicted and the true neighbour (-1 for none).
    void setQuery(qint64 query, qint64 predicted, qint64 truth);
    /// The query's exact nearest neighbours, ringed and labelled with their words.
    void setNeighbours(const QList<qint64>& rows);
    /// Shows one cluster's rows on that cluster's own axes (−1: every row).
    void showCluster(int cluster);
    /// Outlines the rows of the cluster selected elsewhere (the Clusters view) among every row (−1: none).
    void highlightCluster(int cluster);
    void setColouring(Colouring colouring);
    /// The colouring named cluster, split, layer2 or bins:METHOD (as the CLI names the method); false if
    /// it is not offered now.
    bool setColouringByName(const QString& name);
    /// The principal axes shown (0-based, first < second < Session::kProjectionAxes).
    void setAxes(int first, int second);
    /// Shows the t-SNE map instead of principal axes: at once if this data's map is here, else it asks
    /// for one (mapRequested) and shows it when setMap brings it.
    void showMap();
    /// Partitions built on `data`: where they cover the shown rows (the same rows, or a file's first rows
    /// of them), each method's bins become a colouring (Colour by ▸ bins: method).
    void setPartitions(const std::shared_ptr<const nnscope::PartitionExperimentResult>& result, const std::shared_ptr<const nnscope::Dataset>& data);
    /// The routing of `row` through the partitions (PartitionsView::routing): when the rows are coloured
    /// by a method's bins and `row` is the query, the bins its router probes to reach the target recall
    /// are drawn in full colour, in probe order in the legend, the others faded.
    void setRouting(qint64 row, const std::vector<nnscope::QueryRouting>& routing);
    /// Colours the rows by method `method`'s bins (its index in the partitions) with the query's first
    /// `probes` bins in full colour, as a point of that method's curve probes; false if not offered.
    bool showProbes(int method, std::size_t probes);
    /// The t-SNE map of the session's data (ignored if it maps other rows).
    void setMap(const NeighbourMapPointer& map);
    /// The requested map did not come (failed, cancelled or refused): back to principal axes.
    void mapUnavailable();
    /// Whether the points drawn are the t-SNE map's, and the map (null until one is made).
    bool showingMap() const { return useMap_; }
    const NeighbourMapPointer& map() const { return map_; }
    /// Why no t-SNE map is offered for `rows` rows (empty when it is).
    static QString mapRefusal(std::size_t rows);
    /// Rows the t-SNE map is offered up to (about 2.5 minutes on 2 cores at 100,000: docs/benchmarks.md §8d).
    static constexpr std::size_t kMapRows = 100000;
    /// Highlights the row labelled `word` (ignoring case) and centres the view on it, switching to all
    /// rows if its cluster is not shown; false if there is no such word.
    bool find(const QString& word);
    /// Every shown point in view, with a margin.
    void resetView();

    /// Plot coordinates of the three highlighted points (NaN when not shown), for tests.
    std::array<QPointF, 3> highlightedPoints() const;
    /// Plot coordinates of a row in the current view (NaN if it is not shown).
    QPointF pointOf(qint64 row) const;
    /// The row found by Find (-1 for none), and the rows ringed as the query's neighbours.
    qint64 foundRow() const { return found_; }
    /// Rows drawn: every shown row, as plot points or, past kDrawnRows, in the image.
    std::size_t drawnPoints() const { return shownRows_.size(); }
    /// Rows drawn one by one as plot points up to this many; past it, as an image (DensityLayer).
    static constexpr std::size_t kDrawnRows = 30000;
    /// Whether the rows are drawn as an image, and the last image's view: the rows inside it and the
    /// sum of its cells' counts (the two agree).
    bool drawsImage() const { return dense_; }
    std::size_t imageRowsInView() const { return frame_.counted.inView; }
    std::uint64_t imageCountedRows() const { return frame_.countedRows; }
    bool imagePointByPoint() const { return frame_.pointByPoint; }
    /// What the image is drawn from (null while the rows are plot points).
    const DensityScene* imageScene() const { return scene_.get(); }
    /// Draws the image of the current view now, on this thread, if the one shown is not of it (before a
    /// screenshot or an export).
    void settleImage();
    const QList<qint64>& neighbours() const { return neighbours_; }
    /// The nearest shown row within 8 pixels of a plot position, or -1.
    qint64 rowNear(const QPointF& pixel) const;
    /// The word under a plot position, or empty (what the hover tooltip shows).
    QString wordNear(const QPointF& pixel) const;
    /// The legend's name for the colour group a row is drawn in (e.g. "cluster 3", "test: layer 2 hit").
    QString colourGroupOf(qint64 row) const;

signals:
    /// A point was clicked: make its row the query.
    void rowActivated(qint64 row);
    /// The t-SNE map was chosen and `data` (the rows shown) has none yet.
    void mapRequested(const std::shared_ptr<const nnscope::Dataset>& data);
    /// An image of the rows was drawn for the current view.
    void imageDrawn();

private:
    void redraw();
    /// redraw() with the current zoom and pan kept.
    void redrawKeepingView();
    /// The colourings offered: the run's (when trained) and the bins of partitions covering these rows.
    void refreshColourings();
    void drawOverlay();
    /// The colour group a row is drawn in (its legend entry), and that group's name and colour.
    int groupOf(std::size_t row, int colouring) const;
    void describeGroup(int group, QString* name, QColor* colour) const;
    /// The shown rows' marks for the image: the selected cluster's rows (empty: none).
    std::vector<std::uint8_t> selectedMarks() const;
    /// A new image for the current view, once the events of this change are in (one per zoom, not per axis).
    void queueImage();
    void requestImage();
    void showFrame(const DensityFrame& frame);
    QPointF coordinate(std::size_t row) const;
    int currentCluster() const;

    SessionPointer session_;
    QCustomPlot* plot_;
    QComboBox* scope_;
    QComboBox* colouring_;
    QComboBox* axes_;
    QLineEdit* find_;
    std::array<qint64, 3> highlighted_{-1, -1, -1};
    QList<qint64> neighbours_;
    qint64 found_ = -1;
    std::array<QCPGraph*, 3> markers_{};
    QCPGraph* neighbourRings_ = nullptr;
    QCPGraph* foundMarker_ = nullptr;
    QCPGraph* selectedClusterMarks_ = nullptr;
    int selectedCluster_ = -1;
    std::array<int, 2> shownAxes_{0, 1};
    std::vector<int> layer2Hit_; ///< per row: -1 not evaluated, 0 miss, 1 hit
    std::vector<bool> testRows_; ///< per row: held out by the run's split
    // The projection in use: all rows (the session's PCA) or one cluster's own PCA.
    std::vector<std::size_t> shownRows_;
    std::vector<QPointF> shownPoints_;
    std::vector<double> clusterMean_, clusterAxes_; ///< one-cluster PCA, empty for all data
    std::vector<double> explained_;                 ///< of every kept axis
    NeighbourMapPointer map_;                       ///< the session data's t-SNE map, once made
    std::shared_ptr<const nnscope::PartitionExperimentResult> partitions_;
    std::shared_ptr<const nnscope::Dataset> partitionData_;
    std::vector<std::vector<std::int32_t>> binOf_;  ///< per method, per shown row: its (first) bin, −1 a held-out query
    std::vector<nnscope::QueryRouting> routing_;     ///< of routedRow_, per method
    qint64 routedRow_ = -1;
    /// With a bins colouring and the query routed: each bin's probe (0 first), or −1 for bins not probed
    /// to reach the target; empty otherwise.
    std::vector<int> probeOfBin_;
    std::size_t chosenProbes_ = 0;                  ///< probes chosen on a partition curve (0: the target's)
    bool useMap_ = false;                           ///< drawing map_ instead of principal axes
    int axesBeforeMap_ = 0;                         ///< the axes entry to go back to when no map comes
    double fullWidth_ = 1.0, fullHeight_ = 1.0;     ///< of the reset view: the zoom bounds
    QPoint pressedAt_;
    QPointF clickedAt_;
    QTimer* clickTimer_ = nullptr;
    QElapsedTimer doubleClicked_;
    // Past kDrawnRows shown rows: every row drawn as an image of the view, made on Qt's thread pool.
    bool dense_ = false;
    std::shared_ptr<const DensityScene> scene_;
    QCPItemPixmap* image_ = nullptr;
    LatestRequest<DensityFrame> imageRequest_{this};
    bool imageQueued_ = false, imagePending_ = false;
    QSize imageSize_;                                ///< of the axis rect the last image was asked for
    DensityFrame frame_;                             ///< the image shown, without its pixels (its data, for export and tests)
    std::vector<int> paletteGroups_;                 ///< the colour group of each palette entry
};

} // namespace nnscope::studio
