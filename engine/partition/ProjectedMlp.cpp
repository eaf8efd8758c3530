#include "partition/ProjectedMlp.h"

#include "core/Error.h"

#include <algorithm>

namespace nnscope {

ProjectedMlp::ProjectedMlp(Pca pca, Mlp network) : pca_(std::move(pca)), network_(std::move(network))
{
    if (network_.inputs() != pca_.componentCount())
        throw Error("a projected router's network reads " + std::to_string(network_.inputs()) + " inputs, the projection gives "
                    + std::to_string(pca_.componentCount()));
}

std::uint64_t ProjectedMlp::parameters() const
{
    return network_.parameters() + static_cast<std::uint64_t>((pca_.componentCount() + 1) * pca_.dim());
}

double ProjectedMlp::flopsPerQuery() const
{
    return 2.0 * static_cast<double>(pca_.componentCount() * pca_.dim()) + network_.flopsPerQuery();
}

std::vector<float> ProjectedMlp::predict(MatrixView rows) const
{
    constexpr std::size_t kBlock = 16384;
    std::vector<float> out;
    out.reserve(rows.rows * outputs());
    for (std::size_t start = 0; start < rows.rows; start += kBlock) {
        const std::size_t count = std::min(kBlock, rows.rows - start);
        const std::vector<float> projected = pca_.project({rows.row(start), count, rows.dim});
        const std::vector<float> scores = network_.predict({projected.data(), count, pca_.componentCount()});
        out.insert(out.end(), scores.begin(), scores.end());
    }
    return out;
}

} // namespace nnscope
