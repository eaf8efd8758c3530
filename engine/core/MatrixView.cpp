#include "core/MatrixView.h"

#include "core/Error.h"

#include <string>

namespace nnscope {

std::vector<float> gatherRows(MatrixView matrix, const std::vector<std::size_t>& rows)
{
    std::vector<float> values;
    values.reserve(rows.size() * matrix.dim);
    for (std::size_t row : rows) {
        if (row >= matrix.rows)
            throw Error("row " + std::to_string(row) + " is outside the dataset (" + std::to_string(matrix.rows) + " rows)");
        values.insert(values.end(), matrix.row(row), matrix.row(row) + matrix.dim);
    }
    return values;
}

} // namespace nnscope
