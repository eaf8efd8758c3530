#include "search/scann/Anisotropic.h"

#include <Eigen/Cholesky>
#include <Eigen/Core>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace nnscope::scann {

double anisotropicEta(double threshold, double norm, std::size_t dim)
{
    if (std::isnan(threshold) || norm <= 0.0 || dim < 2)
        return 1.0;
    const double t = std::min(threshold / norm, 0.999);
    return static_cast<double>(dim - 1) * t * t / (1.0 - t * t);
}

double anisotropicLoss(const float* x, const float* quantised, std::size_t dim, double eta)
{
    double errorSquared = 0.0, alongX = 0.0, xSquared = 0.0;
    for (std::size_t j = 0; j < dim; ++j) {
        const double e = double(x[j]) - double(quantised[j]);
        errorSquared += e * e;
        alongX += e * x[j];
        xSquared += double(x[j]) * x[j];
    }
    const double parallel = xSquared > 0.0 ? alongX * alongX / xSquared : 0.0; // ‖e∥‖²
    return eta * parallel + (errorSquared - parallel);
}

std::vector<std::uint8_t> encode(const Codebooks& books, const float* residual, const float* x, double eta)
{
    const std::size_t blocks = books.blocks(), centres = books.centres;
    std::vector<std::uint8_t> codes(blocks);
    // n[b][j] = ‖r_b − C_b[j]‖², p[b][j] = <r_b − C_b[j], x_b> / ‖x‖
    std::vector<double> squaredError(blocks * centres), parallelPart(blocks * centres);
    double norm = 0.0;
    for (std::size_t j = 0; j < books.dim; ++j)
        norm += double(x[j]) * x[j];
    norm = std::sqrt(norm);
    for (std::size_t b = 0; b < blocks; ++b) {
        const std::size_t offset = books.offset(b), width = books.width(b);
        double best = INFINITY;
        for (std::size_t j = 0; j < centres; ++j) {
            const float* c = books.codeword(b, j);
            double n = 0.0, p = 0.0;
            for (std::size_t w = 0; w < width; ++w) {
                const double e = double(residual[offset + w]) - c[w];
                n += e * e;
                p += e * x[offset + w];
            }
            squaredError[b * centres + j] = n;
            parallelPart[b * centres + j] = norm > 0.0 ? p / norm : 0.0;
            if (n < best) {
                best = n;
                codes[b] = static_cast<std::uint8_t>(j);
            }
        }
    }
    if (eta <= 1.0)
        return codes; // every move from the per-block optimum would cost ≥ 0

    double parallel = 0.0;
    for (std::size_t b = 0; b < blocks; ++b)
        parallel += parallelPart[b * centres + codes[b]];
    std::vector<std::size_t> order(blocks);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return squaredError[a * centres + codes[a]] > squaredError[b * centres + codes[b]];
    });
    for (int sweep = 0; sweep < 10; ++sweep) {
        bool changed = false;
        for (std::size_t b : order) {
            const std::size_t current = codes[b];
            double bestCost = 0.0, bestParallel = parallel;
            std::size_t bestCode = current;
            for (std::size_t j = 0; j < centres; ++j) {
                if (j == current)
                    continue;
                const double moved = parallel - parallelPart[b * centres + current] + parallelPart[b * centres + j];
                const double parallelChange = moved * moved - parallel * parallel;
                if (parallelChange > 0.0)
                    continue;
                const double perpendicularChange =
                    (squaredError[b * centres + j] - squaredError[b * centres + current]) - parallelChange;
                const double cost = eta * parallelChange + perpendicularChange;
                if (cost < bestCost) {
                    bestCost = cost;
                    bestCode = j;
                    bestParallel = moved;
                }
            }
            if (bestCode != current) {
                codes[b] = static_cast<std::uint8_t>(bestCode);
                parallel = bestParallel;
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    return codes;
}

std::vector<float> decode(const Codebooks& books, const std::uint8_t* codes)
{
    std::vector<float> out(books.dim);
    for (std::size_t b = 0; b < books.blocks(); ++b)
        std::copy_n(books.codeword(b, codes[b]), books.width(b), out.begin() + static_cast<std::ptrdiff_t>(books.offset(b)));
    return out;
}

void updateCodebooksAnisotropically(Codebooks& books, const std::vector<float>& residuals, const std::vector<float>& points,
                                    const std::vector<double>& etas, const std::vector<std::uint8_t>& codes)
{
    const std::size_t dim = books.dim, blocks = books.blocks(), centres = books.centres;
    const std::size_t unknowns = books.values.size(); // = centres × dim
    const std::size_t n = etas.size();
    Eigen::MatrixXd normal = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(unknowns), static_cast<Eigen::Index>(unknowns));
    Eigen::VectorXd rhs = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(unknowns));
    std::vector<Eigen::Index> slot(dim);       // where coordinate j of point i's codeword lives in c
    std::vector<double> direction(dim);        // x̂_i
    for (std::size_t i = 0; i < n; ++i) {
        const float* x = points.data() + i * dim;
        const float* r = residuals.data() + i * dim;
        double norm = 0.0;
        for (std::size_t j = 0; j < dim; ++j)
            norm += double(x[j]) * x[j];
        norm = std::sqrt(norm);
        double alongR = 0.0;
        for (std::size_t b = 0; b < blocks; ++b)
            for (std::size_t w = 0; w < books.width(b); ++w) {
                const std::size_t j = books.offset(b) + w;
                slot[j] = static_cast<Eigen::Index>(books.offset(b) * centres + codes[i * blocks + b] * books.width(b) + w);
                direction[j] = norm > 0.0 ? x[j] / norm : 0.0;
                alongR += direction[j] * r[j];
            }
        const double extra = etas[i] - 1.0;
        for (std::size_t j = 0; j < dim; ++j) {
            normal(slot[j], slot[j]) += 1.0;
            rhs[slot[j]] += r[j] + extra * alongR * direction[j];
            if (extra != 0.0)
                for (std::size_t l = 0; l < dim; ++l)
                    normal(slot[j], slot[l]) += extra * direction[j] * direction[l];
        }
    }
    // A small ridge towards the current codewords keeps unused ones in place and the system definite.
    const double ridge = 1e-6 * std::max(1.0, normal.diagonal().maxCoeff());
    for (std::size_t u = 0; u < unknowns; ++u) {
        normal(static_cast<Eigen::Index>(u), static_cast<Eigen::Index>(u)) += ridge;
        rhs[static_cast<Eigen::Index>(u)] += ridge * books.values[u];
    }
    const Eigen::VectorXd solution = normal.ldlt().solve(rhs);
    for (std::size_t u = 0; u < unknowns; ++u)
        if (std::isfinite(solution[static_cast<Eigen::Index>(u)]))
            books.values[u] = static_cast<float>(solution[static_cast<Eigen::Index>(u)]);
}

} // namespace nnscope::scann
