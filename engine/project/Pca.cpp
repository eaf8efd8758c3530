#include "project/Pca.h"

#include "core/EigenMaps.h"
#include "core/Error.h"

#include <Eigen/Eigenvalues>
#include <cmath>

namespace nnscope {

Pca2 Pca2::fit(MatrixView data)
{
    if (data.rows < 2)
        throw Error("PCA needs at least two rows");
    if (data.dim == 0)
        throw Error("PCA needs vectors with at least one component");
    const Eigen::MatrixXd x = asEigen(data).cast<double>();
    const Eigen::RowVectorXd mean = x.colwise().mean();
    const Eigen::MatrixXd centred = x.rowwise() - mean;
    const Eigen::MatrixXd covariance = (centred.transpose() * centred) / static_cast<double>(data.rows - 1);

    // Eigenvalues come in increasing order; the principal axes are the last columns.
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(covariance);
    if (solver.info() != Eigen::Success)
        throw Error("PCA: the eigen-decomposition did not converge");
    const Eigen::VectorXd variances = solver.eigenvalues().cwiseMax(0.0);
    const double totalVariance = variances.sum();
    const auto dim = static_cast<Eigen::Index>(data.dim);

    Pca2 pca;
    pca.mean_.assign(mean.data(), mean.data() + dim);
    pca.components_.assign(2 * data.dim, 0.0);
    for (int axis = 0; axis < 2 && axis < dim; ++axis) {
        const Eigen::Index column = dim - 1 - axis;
        Eigen::VectorXd direction = solver.eigenvectors().col(column);
        Eigen::Index largest = 0;
        direction.cwiseAbs().maxCoeff(&largest);
        if (direction[largest] < 0.0)
            direction = -direction;
        std::copy(direction.data(), direction.data() + dim, pca.components_.begin() + axis * dim);
        pca.explainedVarianceRatio_[static_cast<std::size_t>(axis)] =
            totalVariance > 0.0 ? variances[column] / totalVariance : 0.0;
    }
    return pca;
}

std::array<float, 2> Pca2::project(const float* x) const
{
    std::array<double, 2> coordinate{0.0, 0.0};
    const std::size_t d = dim();
    for (std::size_t j = 0; j < d; ++j) {
        const double centred = x[j] - mean_[j];
        coordinate[0] += centred * components_[j];
        coordinate[1] += centred * components_[d + j];
    }
    return {static_cast<float>(coordinate[0]), static_cast<float>(coordinate[1])};
}

std::vector<float> Pca2::project(MatrixView data) const
{
    if (data.dim != dim())
        throw Error("PCA was fitted on " + std::to_string(dim()) + "-d data, cannot project " + std::to_string(data.dim)
                    + "-d vectors");
    std::vector<float> points(2 * data.rows);
    for (std::size_t i = 0; i < data.rows; ++i) {
        const auto p = project(data.row(i));
        points[2 * i] = p[0];
        points[2 * i + 1] = p[1];
    }
    return points;
}

} // namespace nnscope
