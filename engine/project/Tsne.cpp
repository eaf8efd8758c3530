#include "project/Tsne.h"

#include "core/Error.h"
#include "core/ParallelFor.h"
#include "core/Stopwatch.h"
#include "graph/KnnGraph.h"
#include "project/Pca.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace nnscope {
namespace {

// The symmetric input similarities p_ij (summing to 1 over i ≠ j) in compressed rows.
struct Similarities {
    struct Entry {
        std::uint32_t column;
        float value; ///< float, as scikit-learn keeps P: 8 bytes an entry, 2 × 91 entries a row
    };
    std::vector<std::size_t> start; ///< row i's entries are [start[i], start[i + 1])
    std::vector<Entry> entries;
};

// p_{j|i} ∝ exp(−β_i d²_ij) over row i's neighbours, β_i bisected until the distribution's perplexity
// (e^entropy) is the target: scikit-learn's _binary_search_perplexity (100 steps, tolerance 10⁻⁵).
void conditionalRow(const float* squared, std::size_t k, double perplexity, double* p, float* out)
{
    const double target = std::log(perplexity);
    double beta = 1.0, low = -std::numeric_limits<double>::infinity(), high = std::numeric_limits<double>::infinity();
    for (int step = 0; step < 100; ++step) {
        double sum = 0.0;
        for (std::size_t j = 0; j < k; ++j)
            sum += p[j] = std::exp(-static_cast<double>(squared[j]) * beta);
        sum = std::max(sum, 1e-8);
        double weighted = 0.0;
        for (std::size_t j = 0; j < k; ++j) {
            p[j] /= sum;
            weighted += static_cast<double>(squared[j]) * p[j];
        }
        const double entropy = std::log(sum) + beta * weighted;
        const double difference = entropy - target;
        if (std::abs(difference) <= 1e-5)
            break;
        if (difference > 0.0) { // too flat: sharpen
            low = beta;
            beta = std::isinf(high) ? beta * 2.0 : (beta + high) / 2.0;
        } else {
            high = beta;
            beta = std::isinf(low) ? beta / 2.0 : (beta + low) / 2.0;
        }
    }
    std::copy_n(p, k, out);
}

Similarities similarities(MatrixView data, const KnnGraph& graph, double perplexity, std::size_t threads)
{
    const std::size_t n = graph.rows, k = graph.k;
    std::vector<float> conditional(n * k);
    parallelFor(n, threads, [&](std::size_t begin, std::size_t end) {
        std::vector<float> squared(k);
        std::vector<double> row(k);
        for (std::size_t i = begin; i < end; ++i) {
            for (std::size_t r = 0; r < k; ++r) {
                const float* a = data.row(i);
                const float* b = data.row(static_cast<std::size_t>(graph.id(i, r)));
                float sum = 0.0f;
                for (std::size_t c = 0; c < data.dim; ++c)
                    sum += (a[c] - b[c]) * (a[c] - b[c]);
                squared[r] = sum;
            }
            conditionalRow(squared.data(), k, perplexity, row.data(), &conditional[i * k]);
        }
    });
    // P = (P_cond + P_condᵀ) / its sum: each edge both ways, then each row sorted and its repeats summed.
    Similarities p;
    p.start.assign(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t r = 0; r < k; ++r) {
            ++p.start[i + 1];
            ++p.start[static_cast<std::size_t>(graph.id(i, r)) + 1];
        }
    for (std::size_t i = 0; i < n; ++i)
        p.start[i + 1] += p.start[i];
    p.entries.resize(p.start[n]);
    {
        std::vector<std::size_t> next(p.start.begin(), p.start.end() - 1);
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t r = 0; r < k; ++r) {
                const auto j = static_cast<std::size_t>(graph.id(i, r));
                const float v = conditional[i * k + r];
                p.entries[next[i]++] = {static_cast<std::uint32_t>(j), v};
                p.entries[next[j]++] = {static_cast<std::uint32_t>(i), v};
            }
    }
    double total = 0.0;
    std::size_t written = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto first = p.entries.begin() + static_cast<std::ptrdiff_t>(p.start[i]);
        const auto last = p.entries.begin() + static_cast<std::ptrdiff_t>(p.start[i + 1]);
        std::sort(first, last, [](const Similarities::Entry& a, const Similarities::Entry& b) { return a.column < b.column; });
        p.start[i] = written;
        for (auto e = first; e != last; ++e) {
            if (written > p.start[i] && p.entries[written - 1].column == e->column)
                p.entries[written - 1].value += e->value;
            else
                p.entries[written++] = *e;
            total += e->value;
        }
    }
    p.start[n] = written;
    p.entries.resize(written);
    const double scale = 1.0 / std::max(total, std::numeric_limits<double>::min());
    for (Similarities::Entry& e : p.entries)
        e.value = static_cast<float>(e.value * scale);
    return p;
}

// A quadtree over the map's points, its nodes in depth-first order with a skip link past each subtree,
// so a traversal needs no stack: open a cell → the next node; summarise or finish it → its skip link.
class QuadTree {
public:
    QuadTree(const std::vector<double>& y, std::size_t n, double theta) : y_(y), theta2_(theta * theta)
    {
        order_.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            order_[i] = static_cast<std::uint32_t>(i);
        double minX = y[0], maxX = y[0], minY = y[1], maxY = y[1];
        for (std::size_t i = 1; i < n; ++i) {
            minX = std::min(minX, y[2 * i]);
            maxX = std::max(maxX, y[2 * i]);
            minY = std::min(minY, y[2 * i + 1]);
            maxY = std::max(maxY, y[2 * i + 1]);
        }
        const double side = std::max({maxX - minX, maxY - minY, 1e-12}) * (1.0 + 1e-9);
        nodes_.reserve(2 * n);
        build(0, n, (minX + maxX) / 2.0, (minY + maxY) / 2.0, side, 0);
    }

    /// The points in the tree's order: neighbours on the map are neighbours here, so walking the rows in
    /// this order walks the tree along nearly the same paths one after another (cache-friendly).
    const std::vector<std::uint32_t>& order() const { return order_; }

    // Row i's repulsion: Σ_{j≠i} q²_ij (y_i − y_j) into force, Σ_{j≠i} q_ij into z (q = 1 / (1 + d²)),
    // a cell summarised by its centre of mass once its width is below θ times its distance.
    void repulsion(std::size_t i, double force[2], double& z) const
    {
        const double yx = y_[2 * i], yy = y_[2 * i + 1];
        double fx = 0.0, fy = 0.0, sum = 0.0;
        for (std::uint32_t at = 0; at < nodes_.size();) {
            const Node& node = nodes_[at];
            if (node.skip == at + 1) { // a leaf: its points one by one
                for (std::uint32_t e = node.begin; e < node.begin + node.count; ++e) {
                    const std::uint32_t j = order_[e];
                    if (j == i)
                        continue;
                    const double dx = yx - y_[2 * j], dy = yy - y_[2 * j + 1];
                    const double q = 1.0 / (1.0 + dx * dx + dy * dy);
                    sum += q;
                    fx += q * q * dx;
                    fy += q * q * dy;
                }
                at = node.skip;
                continue;
            }
            const double dx = yx - node.comX, dy = yy - node.comY, d2 = dx * dx + dy * dy;
            if (node.side2 < theta2_ * d2) {
                const double q = 1.0 / (1.0 + d2), weight = static_cast<double>(node.count) * q;
                sum += weight;
                fx += weight * q * dx;
                fy += weight * q * dy;
                at = node.skip;
            } else {
                ++at;
            }
        }
        force[0] = fx;
        force[1] = fy;
        z = sum;
    }

private:
    struct Node {
        double comX = 0.0, comY = 0.0, side2 = 0.0; ///< centre of mass, squared width
        std::uint32_t begin = 0, count = 0;         ///< its points: order_[begin, begin + count)
        std::uint32_t skip = 0;                     ///< the node after its subtree (this + 1: a leaf)
    };

    void build(std::size_t begin, std::size_t end, double cx, double cy, double side, int depth)
    {
        const auto index = static_cast<std::uint32_t>(nodes_.size());
        double sx = 0.0, sy = 0.0;
        for (std::size_t e = begin; e < end; ++e) {
            sx += y_[2 * order_[e]];
            sy += y_[2 * order_[e] + 1];
        }
        const double count = static_cast<double>(end - begin);
        nodes_.push_back({sx / count, sy / count, side * side, static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end - begin), 0});
        // A leaf holds one point, or several that 40 halvings could not separate (duplicates).
        if (end - begin > 1 && depth < 40) {
            const auto first = order_.begin() + static_cast<std::ptrdiff_t>(begin), last = order_.begin() + static_cast<std::ptrdiff_t>(end);
            const auto middle = std::partition(first, last, [&](std::uint32_t j) { return y_[2 * j] < cx; });
            const auto below = [&](std::uint32_t j) { return y_[2 * j + 1] < cy; };
            const auto quarter1 = std::partition(first, middle, below), quarter3 = std::partition(middle, last, below);
            const std::size_t bounds[5] = {begin, static_cast<std::size_t>(quarter1 - order_.begin()), static_cast<std::size_t>(middle - order_.begin()),
                                           static_cast<std::size_t>(quarter3 - order_.begin()), end};
            const double h = side / 4.0;
            const double centres[4][2] = {{cx - h, cy - h}, {cx - h, cy + h}, {cx + h, cy - h}, {cx + h, cy + h}};
            for (int q = 0; q < 4; ++q)
                if (bounds[q + 1] > bounds[q])
                    build(bounds[q], bounds[q + 1], centres[q][0], centres[q][1], side / 2.0, depth + 1);
        }
        nodes_[index].skip = static_cast<std::uint32_t>(nodes_.size());
    }

    const std::vector<double>& y_;
    double theta2_;
    std::vector<std::uint32_t> order_;
    std::vector<Node> nodes_;
};

} // namespace

void checkTsneSettings(const TsneSettings& settings, std::size_t rows)
{
    if (rows < 3)
        throw Error("t-SNE needs at least 3 rows");
    if (!(settings.perplexity >= 1.0) || !(settings.perplexity < static_cast<double>(rows)))
        throw Error("the perplexity must be at least 1 and below the number of rows (" + std::to_string(rows) + ")");
    if (!(settings.theta >= 0.0) || !std::isfinite(settings.theta))
        throw Error("theta must be 0 or more");
    if (settings.iterations == 0)
        throw Error("t-SNE needs at least one iteration");
    if (!(settings.learningRate >= 0.0) || !std::isfinite(settings.learningRate))
        throw Error("the learning rate must be positive (0: automatic)");
    if (!(settings.earlyExaggeration >= 1.0) || !std::isfinite(settings.earlyExaggeration))
        throw Error("the early exaggeration must be at least 1");
}

std::vector<float> tsne(MatrixView data, Metric metric, const TsneSettings& settings, const CancelToken* cancel,
                        const std::function<void(double)>& progress, TsneReport* report)
{
    checkTsneSettings(settings, data.rows);
    const std::size_t n = data.rows, threads = hardwareThreads(settings.threads);
    const auto say = [&progress](double share) {
        if (progress)
            progress(share);
    };
    // Cosine: unit rows, whose Euclidean distances order pairs as their cosines do.
    std::vector<float> unit;
    MatrixView rows = data;
    if (metric == Metric::Cosine) {
        unit.assign(data.data, data.data + n * data.dim);
        for (std::size_t i = 0; i < n; ++i) {
            float norm = 0.0f;
            for (std::size_t c = 0; c < data.dim; ++c)
                norm += unit[i * data.dim + c] * unit[i * data.dim + c];
            if (norm > 0.0f)
                for (std::size_t c = 0; c < data.dim; ++c)
                    unit[i * data.dim + c] /= std::sqrt(norm);
        }
        rows = {unit.data(), n, data.dim};
    }

    // Input similarities from each row's 3 × perplexity nearest (scikit-learn's neighbour count).
    KnnGraphSettings graphSettings;
    graphSettings.neighbours = std::min(n - 1, static_cast<std::size_t>(3.0 * settings.perplexity + 1.0));
    graphSettings.seed = settings.seed;
    graphSettings.threads = settings.threads;
    const KnnGraph graph = buildKnnGraph(rows, Metric::L2, graphSettings, cancel, [&](double share) { say(0.1 * share); });
    const Similarities p = similarities(rows, graph, settings.perplexity, threads);
    if (report) {
        report->neighbours = graph.k;
        report->exactNeighbours = graph.method == GraphMethod::Exact;
        report->neighbourRecall = graph.recall;
        report->neighbourSeconds = graph.seconds + graph.recallSeconds;
    }
    const auto started = Clock::now();

    // Start: the first two principal axes, the first scaled to standard deviation 10⁻⁴.
    const std::vector<float> start = Pca::fit(rows, 2).project(rows);
    double mean = 0.0, squares = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        mean += start[2 * i];
    mean /= static_cast<double>(n);
    for (std::size_t i = 0; i < n; ++i)
        squares += (start[2 * i] - mean) * (start[2 * i] - mean);
    const double deviation = std::sqrt(squares / static_cast<double>(n));
    const double scale = deviation > 0.0 ? 1e-4 / deviation : 0.0;
    std::vector<double> y(2 * n);
    for (std::size_t e = 0; e < 2 * n; ++e)
        y[e] = static_cast<double>(start[e]) * scale;

    const double rate = settings.learningRate > 0.0 ? settings.learningRate
                                                    : std::max(static_cast<double>(n) / settings.earlyExaggeration / 4.0, 50.0);
    std::vector<double> gradient(2 * n), update(2 * n, 0.0), gains(2 * n, 1.0), z(n), repulsive(2 * n);
    for (std::size_t iteration = 0; iteration < settings.iterations; ++iteration) {
        throwIfCancelled(cancel);
        const bool early = iteration < settings.exaggerationIterations;
        const double exaggeration = early ? settings.earlyExaggeration : 1.0, momentum = early ? 0.5 : 0.8;
        const QuadTree tree(y, n, settings.theta);
        parallelFor(n, threads, [&](std::size_t begin, std::size_t end) {
            for (std::size_t at = begin; at < end; ++at) {
                const std::size_t i = tree.order()[at];
                double force[2];
                tree.repulsion(i, force, z[i]);
                repulsive[2 * i] = force[0];
                repulsive[2 * i + 1] = force[1];
                double ax = 0.0, ay = 0.0;
                for (std::size_t e = p.start[i]; e < p.start[i + 1]; ++e) {
                    const std::size_t j = p.entries[e].column;
                    const double dx = y[2 * i] - y[2 * j], dy = y[2 * i + 1] - y[2 * j + 1];
                    const double pq = p.entries[e].value / (1.0 + dx * dx + dy * dy);
                    ax += pq * dx;
                    ay += pq * dy;
                }
                gradient[2 * i] = ax * exaggeration;
                gradient[2 * i + 1] = ay * exaggeration;
            }
        });
        double total = 0.0; // Z, summed in row order whatever the threads
        for (std::size_t i = 0; i < n; ++i)
            total += z[i];
        total = std::max(total, std::numeric_limits<double>::min());
        for (std::size_t e = 0; e < 2 * n; ++e) {
            const double g = 4.0 * (gradient[e] - repulsive[e] / total);
            gains[e] = (update[e] * g < 0.0) ? gains[e] + 0.2 : std::max(gains[e] * 0.8, 0.01);
            update[e] = momentum * update[e] - rate * gains[e] * g;
            y[e] += update[e];
        }
        say(0.1 + 0.9 * static_cast<double>(iteration + 1) / static_cast<double>(settings.iterations));
    }
    if (report)
        report->optimiseSeconds = secondsSince(started);
    return {y.begin(), y.end()};
}

} // namespace nnscope
