#include "search/RowDistances.h"

#include <cmath>
#include <immintrin.h>

namespace nnscope {
namespace {

double cosineDistance(double dot, double squaredRow, double squaredQuery)
{
    const double norms = std::sqrt(squaredRow) * std::sqrt(squaredQuery);
    return norms > 0.0 ? 1.0 - dot / norms : 1.0;
}

// The sums of R rows against the query, each row's in index order. squaredQuery is the cosine's ‖q‖²,
// summed here in the same order for every R.
template <std::size_t R>
void scalarDistances(Metric metric, const float* const* rows, const float* query, std::size_t dim, double* out)
{
    switch (metric) {
    case Metric::L2: {
        double squaredDifference[R] = {};
        for (std::size_t j = 0; j < dim; ++j) {
            const double y = query[j];
            for (std::size_t r = 0; r < R; ++r) {
                const double difference = double(rows[r][j]) - y;
                squaredDifference[r] += difference * difference;
            }
        }
        for (std::size_t r = 0; r < R; ++r)
            out[r] = std::sqrt(squaredDifference[r]);
        return;
    }
    case Metric::InnerProduct: {
        double dot[R] = {};
        for (std::size_t j = 0; j < dim; ++j) {
            const double y = query[j];
            for (std::size_t r = 0; r < R; ++r)
                dot[r] += double(rows[r][j]) * y;
        }
        for (std::size_t r = 0; r < R; ++r)
            out[r] = dot[r];
        return;
    }
    case Metric::Cosine: {
        double dot[R] = {}, squaredRow[R] = {}, squaredQuery = 0.0;
        for (std::size_t j = 0; j < dim; ++j) {
            const double y = query[j];
            squaredQuery += y * y;
            for (std::size_t r = 0; r < R; ++r) {
                const double x = rows[r][j];
                dot[r] += x * y;
                squaredRow[r] += x * x;
            }
        }
        for (std::size_t r = 0; r < R; ++r)
            out[r] = cosineDistance(dot[r], squaredRow[r], squaredQuery);
        return;
    }
    }
}

void scalarKernel(Metric metric, const float* const* rows, std::size_t count, const float* query, std::size_t dim, double* out)
{
    std::size_t i = 0;
    for (; i + 4 <= count; i += 4)
        scalarDistances<4>(metric, rows + i, query, dim, out + i);
    for (; i < count; ++i)
        scalarDistances<1>(metric, rows + i, query, dim, out + i);
}

// Dimension j of rows 0–3 and of rows 4–7 of `rows`, as doubles (exact: every float is a double).
struct EightRows {
    __m256d low, high;
};

// Eight rows' sums in index order, one row per lane. `step` takes dimension j's values of the eight rows
// and the query's; the rows' floats are read four dimensions at a time and transposed.
template <class Step>
__attribute__((target("avx"), always_inline)) inline void eightRowsInOrder(const float* const* rows, const float* query, std::size_t dim,
                                                                           Step step)
{
    std::size_t j = 0;
    for (; j + 4 <= dim; j += 4) {
        __m128 a0 = _mm_loadu_ps(rows[0] + j), a1 = _mm_loadu_ps(rows[1] + j), a2 = _mm_loadu_ps(rows[2] + j), a3 = _mm_loadu_ps(rows[3] + j);
        __m128 b0 = _mm_loadu_ps(rows[4] + j), b1 = _mm_loadu_ps(rows[5] + j), b2 = _mm_loadu_ps(rows[6] + j), b3 = _mm_loadu_ps(rows[7] + j);
        _MM_TRANSPOSE4_PS(a0, a1, a2, a3); // a_t: dimension j + t of rows 0–3
        _MM_TRANSPOSE4_PS(b0, b1, b2, b3);
        step(EightRows{_mm256_cvtps_pd(a0), _mm256_cvtps_pd(b0)}, query[j]);
        step(EightRows{_mm256_cvtps_pd(a1), _mm256_cvtps_pd(b1)}, query[j + 1]);
        step(EightRows{_mm256_cvtps_pd(a2), _mm256_cvtps_pd(b2)}, query[j + 2]);
        step(EightRows{_mm256_cvtps_pd(a3), _mm256_cvtps_pd(b3)}, query[j + 3]);
    }
    for (; j < dim; ++j)
        step(EightRows{_mm256_set_pd(rows[3][j], rows[2][j], rows[1][j], rows[0][j]),
                       _mm256_set_pd(rows[7][j], rows[6][j], rows[5][j], rows[4][j])},
             query[j]);
}

__attribute__((target("avx"))) void avxEightRows(Metric metric, const float* const* rows, const float* query, std::size_t dim, double* out)
{
    switch (metric) {
    case Metric::L2: {
        __m256d low = _mm256_setzero_pd(), high = _mm256_setzero_pd();
        eightRowsInOrder(rows, query, dim, [&](EightRows x, float q) __attribute__((target("avx"))) {
            const __m256d y = _mm256_set1_pd(q);
            const __m256d dLow = _mm256_sub_pd(x.low, y), dHigh = _mm256_sub_pd(x.high, y);
            low = _mm256_add_pd(low, _mm256_mul_pd(dLow, dLow));
            high = _mm256_add_pd(high, _mm256_mul_pd(dHigh, dHigh));
        });
        _mm256_storeu_pd(out, _mm256_sqrt_pd(low));
        _mm256_storeu_pd(out + 4, _mm256_sqrt_pd(high));
        return;
    }
    case Metric::InnerProduct: {
        __m256d low = _mm256_setzero_pd(), high = _mm256_setzero_pd();
        eightRowsInOrder(rows, query, dim, [&](EightRows x, float q) __attribute__((target("avx"))) {
            const __m256d y = _mm256_set1_pd(q);
            low = _mm256_add_pd(low, _mm256_mul_pd(x.low, y));
            high = _mm256_add_pd(high, _mm256_mul_pd(x.high, y));
        });
        _mm256_storeu_pd(out, low);
        _mm256_storeu_pd(out + 4, high);
        return;
    }
    case Metric::Cosine: {
        __m256d dotLow = _mm256_setzero_pd(), dotHigh = _mm256_setzero_pd(), squaredLow = _mm256_setzero_pd(),
                squaredHigh = _mm256_setzero_pd();
        double squaredQuery = 0.0;
        eightRowsInOrder(rows, query, dim, [&](EightRows x, float q) __attribute__((target("avx"))) {
            const double yValue = q;
            squaredQuery += yValue * yValue;
            const __m256d y = _mm256_set1_pd(yValue);
            dotLow = _mm256_add_pd(dotLow, _mm256_mul_pd(x.low, y));
            dotHigh = _mm256_add_pd(dotHigh, _mm256_mul_pd(x.high, y));
            squaredLow = _mm256_add_pd(squaredLow, _mm256_mul_pd(x.low, x.low));
            squaredHigh = _mm256_add_pd(squaredHigh, _mm256_mul_pd(x.high, x.high));
        });
        double dot[8], squaredRow[8];
        _mm256_storeu_pd(dot, dotLow);
        _mm256_storeu_pd(dot + 4, dotHigh);
        _mm256_storeu_pd(squaredRow, squaredLow);
        _mm256_storeu_pd(squaredRow + 4, squaredHigh);
        for (std::size_t r = 0; r < 8; ++r)
            out[r] = cosineDistance(dot[r], squaredRow[r], squaredQuery);
        return;
    }
    }
}

} // namespace

bool cpuRuns(DistanceKernel kernel)
{
    return kernel == DistanceKernel::Scalar || __builtin_cpu_supports("avx");
}

DistanceKernel fastestDistanceKernel()
{
    static const DistanceKernel fastest = cpuRuns(DistanceKernel::Avx) ? DistanceKernel::Avx : DistanceKernel::Scalar;
    return fastest;
}

void rowDistances(DistanceKernel kernel, Metric metric, const float* const* rows, std::size_t count, const float* query, std::size_t dim,
                  double* out)
{
    // Prefetching the next eight rows (scattered over 160 MB of data) gained nothing over the eight
    // rows' loads in flight at once (bench exact_ranking/…/400k_random_rows), so there is none.
    std::size_t i = 0;
    if (kernel == DistanceKernel::Avx)
        for (; i + 8 <= count; i += 8)
            avxEightRows(metric, rows + i, query, dim, out + i);
    scalarKernel(metric, rows + i, count - i, query, dim, out + i);
}

} // namespace nnscope
