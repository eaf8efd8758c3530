#include "project/Pca.h"

#include "core/EigenMaps.h"
#include "core/Error.h"

#include <Eigen/Eigenvalues>
#include <cblas.h>
#include <cmath>

namespace nnscope {

Pca Pca::fit(MatrixView data, std::size_t components)
{
    if (data.rows < 2)
        throw Error("PCA needs at least two rows");
    if (data.dim == 0)
        throw Error("PCA needs vectors with at least one component");
    if (components == 0)
        throw Error("PCA needs at least one component");
    const auto dim = static_cast<Eigen::Index>(data.dim);
    // The mean and covariance accumulate in double, one block of rows at a time (a 60,000 × 784 image
    // set would take 376 MB as one double matrix).
    Eigen::RowVectorXd mean = Eigen::RowVectorXd::Zero(dim);
    const Eigen::Map<const RowMatrixXf> x = asEigen(data);
    for (Eigen::Index i = 0; i < x.rows(); ++i)
        mean += x.row(i).cast<double>();
    mean /= static_cast<double>(data.rows);
    Eigen::MatrixXd covariance = Eigen::MatrixXd::Zero(dim, dim);
    constexpr Eigen::Index kBlock = 4096;
    for (Eigen::Index first = 0; first < x.rows(); first += kBlock) {
        const Eigen::Index count = std::min(kBlock, x.rows() - first);
        const Eigen::MatrixXd centred = x.middleRows(first, count).cast<double>().rowwise() - mean;
        // The lower triangle (all the eigen-solver reads) by the BLAS's symmetric rank-k update: on
        // 400,000 × 100 rows Eigen's general product (built for plain x86-64) was a third of the studio's
        // time to open the file.
        cblas_dsyrk(CblasColMajor, CblasLower, CblasTrans, static_cast<int>(dim), static_cast<int>(count), 1.0, centred.data(),
                    static_cast<int>(count), 1.0, covariance.data(), static_cast<int>(dim));
    }
    covariance /= static_cast<double>(data.rows - 1);
    covariance.triangularView<Eigen::StrictlyUpper>() = covariance.transpose();

    // Eigenvalues come in increasing order; the principal axes are the last columns.
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(covariance);
    if (solver.info() != Eigen::Success)
        throw Error("PCA: the eigen-decomposition did not converge");
    const Eigen::VectorXd variances = solver.eigenvalues().cwiseMax(0.0);
    const double totalVariance = variances.sum();

    Pca pca;
    pca.mean_.assign(mean.data(), mean.data() + dim);
    pca.components_.assign(components * data.dim, 0.0);
    pca.explainedVarianceRatio_.assign(components, 0.0);
    for (std::size_t axis = 0; axis < components && static_cast<Eigen::Index>(axis) < dim; ++axis) {
        const Eigen::Index column = dim - 1 - static_cast<Eigen::Index>(axis);
        Eigen::VectorXd direction = solver.eigenvectors().col(column);
        Eigen::Index largest = 0;
        direction.cwiseAbs().maxCoeff(&largest);
        if (direction[largest] < 0.0)
            direction = -direction;
        std::copy(direction.data(), direction.data() + dim, pca.components_.begin() + static_cast<std::ptrdiff_t>(axis * data.dim));
        pca.explainedVarianceRatio_[axis] = totalVariance > 0.0 ? variances[column] / totalVariance : 0.0;
    }
    return pca;
}

std::vector<float> Pca::project(const float* x) const
{
    const std::size_t d = dim(), count = componentCount();
    std::vector<float> coordinates(count);
    for (std::size_t c = 0; c < count; ++c) {
        double sum = 0.0;
        for (std::size_t j = 0; j < d; ++j)
            sum += (x[j] - mean_[j]) * components_[c * d + j];
        coordinates[c] = static_cast<float>(sum);
    }
    return coordinates;
}

std::vector<float> Pca::project(MatrixView data) const
{
    if (data.dim != dim())
        throw Error("PCA was fitted on " + std::to_string(dim()) + "-d data, cannot project " + std::to_string(data.dim)
                    + "-d vectors");
    const std::size_t count = componentCount();
    std::vector<float> points(count * data.rows);
    for (std::size_t i = 0; i < data.rows; ++i) {
        const std::vector<float> p = project(data.row(i));
        std::copy(p.begin(), p.end(), points.begin() + static_cast<std::ptrdiff_t>(i * count));
    }
    return points;
}

} // namespace nnscope
