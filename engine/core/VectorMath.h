// nnscope engine — core: the few vector operations every module needs, accumulated in double so that
// results do not depend on the summation order a compiler picks.
#pragma once

#include <cmath>
#include <cstddef>
#include <vector>

namespace nnscope {

inline double dot(const float* a, const float* b, std::size_t dim)
{
    double sum = 0.0;
    for (std::size_t j = 0; j < dim; ++j)
        sum += double(a[j]) * double(b[j]);
    return sum;
}

inline double squaredDistance(const float* a, const float* b, std::size_t dim)
{
    double sum = 0.0;
    for (std::size_t j = 0; j < dim; ++j) {
        const double difference = double(a[j]) - double(b[j]);
        sum += difference * difference;
    }
    return sum;
}

/// How far x is from a centre, smaller is nearer: the squared distance, or by inner product (for
/// unit, spherical centres, or ScaNN's dot-product leaves) its negation. The one centroid score of
/// k-means' assignment, the centroid router and ScaNN's leaves.
inline double centreScore(const float* x, const float* centre, std::size_t dim, bool byInnerProduct)
{
    return byInnerProduct ? -dot(x, centre, dim) : squaredDistance(x, centre, dim);
}

/// Scales x to unit length in place; a zero vector stays zero.
inline void normalise(float* x, std::size_t dim)
{
    const double length = std::sqrt(dot(x, x, dim));
    if (length > 0.0)
        for (std::size_t j = 0; j < dim; ++j)
            x[j] = static_cast<float>(x[j] / length);
}

/// normalise() applied to every dim-long row of a row-major block.
inline void normaliseRows(std::vector<float>& values, std::size_t dim)
{
    for (std::size_t start = 0; start + dim <= values.size() && dim > 0; start += dim)
        normalise(&values[start], dim);
}

} // namespace nnscope
