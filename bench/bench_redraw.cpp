// The Projection view's redraw at scale (docs/benchmarks.md §9): nnscope_redraw_bench [ROWS ...]
//
// For each row count (synthetic: 40 Gaussian clusters in 4-d, seeded; default 400,000 and 1,000,000),
// the studio's Projection view at its size in the default window, every row drawn as an image
// (DensityLayer). Measured while panning (20 steps of 3 % of the width) and zooming (20 steps of 0.93×
// about the centre, ending with few enough rows in view to draw each as a point):
//   replot    the GUI thread's replot right after the view moves (the last image, moved with the axes)
//   image     from the move to the new image shown: made on Qt's thread pool, then replotted
//   render    renderDensity alone for that view, on this thread
// and, side by side in the same run, what the view did before every row was drawn: one replot of
// 30,000 plot points (the cap it decimated to) for the same pans. Medians and maxima, in ms.
#include "core/Random.h"
#include "studio/Session.h"
#include "studio/views/ProjectionView.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

using namespace nnscope;
using namespace nnscope::studio;

namespace {

std::shared_ptr<const Dataset> clusteredRows(std::size_t rows, std::uint64_t seed)
{
    constexpr std::size_t dim = 4, clusters = 40;
    Random random(seed);
    const auto gaussian = [&random] { return std::sqrt(-2.0 * std::log(1.0 - random.uniform())) * std::cos(6.283185307179586 * random.uniform()); };
    std::vector<double> centres(clusters * dim);
    for (double& c : centres)
        c = 4.0 * gaussian();
    std::vector<float> values(rows * dim);
    std::vector<std::string> words(rows);
    for (std::size_t r = 0; r < rows; ++r) {
        const std::size_t c = random.below(clusters);
        for (std::size_t j = 0; j < dim; ++j)
            values[r * dim + j] = static_cast<float>(centres[c * dim + j] + gaussian());
        words[r] = "w" + std::to_string(r);
    }
    return std::make_shared<const Dataset>(rows, dim, std::move(values), std::move(words), "synthetic");
}

struct Summary {
    double median = 0.0, max = 0.0;
};

Summary summarise(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.back()};
}

double elapsedMs(const QElapsedTimer& timer) { return static_cast<double>(timer.nsecsElapsed()) / 1e6; }

// One move of the view: the GUI thread's replot, the time until the new image is shown, and the image
// made alone for that view.
void measureMove(ProjectionView& view, const std::function<void(QCustomPlot&)>& move, std::vector<double>& replot,
                 std::vector<double>& image, std::vector<double>& render, std::size_t* pointByPoint)
{
    QCustomPlot& plot = *view.currentChart();
    QSignalSpy drawn(&view, &ProjectionView::imageDrawn);
    QElapsedTimer timer;
    timer.start();
    move(plot);
    QElapsedTimer gui;
    gui.start();
    plot.replot();
    replot.push_back(elapsedMs(gui));
    if (drawn.isEmpty() && !drawn.wait(30000))
        throw std::runtime_error("no image within 30 s");
    image.push_back(elapsedMs(timer));
    *pointByPoint += view.imagePointByPoint();
    QElapsedTimer alone;
    alone.start();
    (void)renderDensity(*view.imageScene(), plot.xAxis->range().lower, plot.xAxis->range().upper, plot.yAxis->range().lower,
                        plot.yAxis->range().upper, plot.axisRect()->width(), plot.axisRect()->height());
    render.push_back(elapsedMs(alone));
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    std::vector<std::size_t> counts;
    for (int a = 1; a < argc; ++a)
        counts.push_back(static_cast<std::size_t>(std::stoull(argv[a])));
    if (counts.empty())
        counts = {400000, 1000000};
    std::printf("| rows | moves | replot (GUI thread) median / max | new image shown median / max | render alone median / max | 30,000 plot points replot median / max |\n");
    std::printf("|---:|---|---|---|---|---|\n");
    for (const std::size_t rows : counts) {
        auto session = std::make_shared<Session>();
        session->data = clusteredRows(rows, 7);
        addProjection(*session);
        ProjectionView view;
        view.resize(930, 560); // the Projection tab's size in the default 1280 × 820 window
        view.show();
        view.setSession(session);
        view.settleImage();

        // The view before: 30,000 points as plot points, one graph, the same pans.
        QCustomPlot before;
        before.resize(view.currentChart()->size());
        QCPGraph* points = before.addGraph();
        points->setLineStyle(QCPGraph::lsNone);
        points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(31, 119, 180), 4));
        const std::size_t stride = (rows + 29999) / 30000;
        for (std::size_t r = 0; r < rows; r += stride) {
            const QPointF at = view.pointOf(static_cast<qint64>(r));
            points->addData(at.x(), at.y());
        }
        before.xAxis->setRange(view.currentChart()->xAxis->range());
        before.yAxis->setRange(view.currentChart()->yAxis->range());
        before.replot();

        { // one move first, so that the thread pool and the caches are warm
            std::vector<double> ignored;
            std::size_t none = 0;
            measureMove(view, [](QCustomPlot& plot) { plot.xAxis->moveRange(0.0); }, ignored, ignored, ignored, &none);
        }
        for (const char* kind : {"pan", "zoom"}) {
            std::vector<double> replot, image, render, baseline;
            std::size_t pointByPoint = 0;
            for (int step = 0; step < 20; ++step) {
                const bool pan = kind == std::string("pan");
                const auto move = [pan](QCustomPlot& plot) {
                    if (pan)
                        plot.xAxis->moveRange(0.03 * plot.xAxis->range().size());
                    else {
                        plot.xAxis->scaleRange(0.93, plot.xAxis->range().center());
                        plot.yAxis->scaleRange(0.93, plot.yAxis->range().center());
                    }
                };
                measureMove(view, move, replot, image, render, &pointByPoint);
                move(before);
                QElapsedTimer timer;
                timer.start();
                before.replot();
                baseline.push_back(elapsedMs(timer));
            }
            const Summary r = summarise(replot), i = summarise(image), a = summarise(render), b = summarise(baseline);
            std::printf("| %zu | 20 %s%s | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f |\n", rows, kind,
                        pointByPoint ? (" (" + std::to_string(pointByPoint) + " point by point)").c_str() : "", r.median, r.max, i.median,
                        i.max, a.median, a.max, b.median, b.max);
            std::fflush(stdout);
        }
    }
    return 0;
}
