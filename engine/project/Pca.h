// nnscope engine — project: principal component analysis — two components for the studio's
// projection view (data, or one cluster, with a query and its neighbours highlighted), D components
// to bring wide data (784-d images) to a GloVe-like width before training (`--pca D`).
#pragma once

#include "core/MatrixView.h"

#include <vector>

namespace nnscope {

class Pca {
public:
    /// Fits the `components` leading principal axes of the mean-centred rows (at least two rows). Each
    /// axis's sign is fixed so that its largest-magnitude entry is positive, so results are reproducible.
    /// Axes beyond the data's dimension are zero.
    static Pca fit(MatrixView data, std::size_t components = 2);

    /// Coordinates (rows × components, row-major) of vectors of the fitted dimension.
    std::vector<float> project(MatrixView data) const;
    /// Coordinates of one vector.
    std::vector<float> project(const float* x) const;

    /// Share of the total variance each axis explains (0 when the data has no variance).
    const std::vector<double>& explainedVarianceRatio() const { return explainedVarianceRatio_; }
    const std::vector<double>& mean() const { return mean_; }
    /// The unit axes, components × dim row-major.
    const std::vector<double>& components() const { return components_; }
    std::size_t dim() const { return mean_.size(); }
    std::size_t componentCount() const { return explainedVarianceRatio_.size(); }

private:
    std::vector<double> mean_;
    std::vector<double> components_;
    std::vector<double> explainedVarianceRatio_;
};

} // namespace nnscope
