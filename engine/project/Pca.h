// nnscope engine — project: principal component analysis down to two dimensions, for the studio's
// projection view (data, or one cluster, with a query and its neighbours highlighted).
#pragma once

#include "core/MatrixView.h"

#include <array>
#include <vector>

namespace nnscope {

class Pca2 {
public:
    /// Fits the two leading principal axes of the mean-centred rows (at least two rows). Each axis's
    /// sign is fixed so that its largest-magnitude component is positive, so results are reproducible.
    static Pca2 fit(MatrixView data);

    /// Coordinates (rows × 2, row-major) of any vectors of the fitted dimension on the two axes.
    std::vector<float> project(MatrixView data) const;
    /// Coordinates of one vector.
    std::array<float, 2> project(const float* x) const;

    /// Share of the total variance each axis explains (0 when the data has no variance).
    const std::array<double, 2>& explainedVarianceRatio() const { return explainedVarianceRatio_; }
    const std::vector<double>& mean() const { return mean_; }
    /// The two unit axes, 2 × dim row-major.
    const std::vector<double>& components() const { return components_; }
    std::size_t dim() const { return mean_.size(); }

private:
    std::vector<double> mean_;
    std::vector<double> components_;
    std::array<double, 2> explainedVarianceRatio_{};
};

} // namespace nnscope
