// nnscope engine — core (internal): Eigen views of engine matrices. Not part of the public API, so
// that clients of the engine never need Eigen's headers.
#pragma once

#include "core/MatrixView.h"

#include <Eigen/Core>

namespace nnscope {

using RowMatrixXf = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using RowMatrixXd = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

inline Eigen::Map<const RowMatrixXf> asEigen(const MatrixView& view)
{
    return {view.data, static_cast<Eigen::Index>(view.rows), static_cast<Eigen::Index>(view.dim)};
}

} // namespace nnscope
