// nnscope engine — core: the one matrix convention of the engine.
//
// As in FAISS, a set of n vectors of dimension d is n×d row-major contiguous floats: component j of
// vector i is data[i * dim + j]. A view does not own its data.
#pragma once

#include <cstddef>
#include <vector>

namespace nnscope {

struct MatrixView {
    const float* data = nullptr;
    std::size_t rows = 0;
    std::size_t dim = 0;

    const float* row(std::size_t i) const { return data + i * dim; }
    bool empty() const { return rows == 0; }
};

/// The rows `rows` of `matrix` copied, in that order, into one contiguous block (e.g. to use dataset
/// rows as queries, or one cluster's members as a matrix of their own); an Error for a row outside it.
std::vector<float> gatherRows(MatrixView matrix, const std::vector<std::size_t>& rows);

} // namespace nnscope
