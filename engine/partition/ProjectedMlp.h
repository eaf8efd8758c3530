// nnscope engine — partition: a cheaper router network, an MLP reading a query's leading principal
// components instead of the query (`neural:pca=32`): the projection costs p·d multiply-adds and the
// first layer shrinks from d·h to p·h. Used through NetworkRouter like the plain MLP.
#pragma once

#include "learned/Mlp.h"
#include "project/Pca.h"

namespace nnscope {

class ProjectedMlp {
public:
    /// `network` reads the coordinates `pca` gives (its inputs are pca.componentCount()).
    ProjectedMlp(Pca pca, Mlp network);

    std::size_t inputs() const { return pca_.dim(); }
    std::size_t outputs() const { return network_.outputs(); }
    /// The network's weights and the projection's axes and mean.
    std::uint64_t parameters() const;
    double flopsPerQuery() const;
    /// Probabilities, rows × outputs, projected block by block (a million rows never held projected).
    std::vector<float> predict(MatrixView rows) const;

private:
    Pca pca_;
    Mlp network_;
};

} // namespace nnscope
