#include "search/TopKFilter.h"

#include <algorithm>
#include <immintrin.h>

namespace nnscope {

void TopKFilter::add(std::size_t row, float key)
{
    if (heap_.size() < k_) {
        heap_.push_back(key);
        std::push_heap(heap_.begin(), heap_.end());
    } else if (key < heap_.front()) {
        std::pop_heap(heap_.begin(), heap_.end());
        heap_.back() = key;
        std::push_heap(heap_.begin(), heap_.end());
    }
    if (heap_.size() == k_) // rounded up, so that no key within the slack is cut
        threshold_ = std::nextafter(static_cast<float>(double(heap_.front()) + slack_), HUGE_VALF);
    if (key <= threshold_)
        candidates_.emplace_back(key, row);
}

namespace {

// The scalar pass, also the SIMD kernels' path for a group that holds a key at or below the threshold.
// Compiled for the baseline x86-64 target (no FMA), so the key is rounded twice as in the SIMD kernels.
void filterRows(const float* dots, const float* offsets, const float* scales, std::size_t from, std::size_t to,
                std::size_t firstRow, TopKFilter& filter)
{
    float threshold = filter.threshold();
    for (std::size_t j = from; j < to; ++j) {
        const float key = offsets[j] + scales[j] * dots[j];
        if (key <= threshold) {
            filter.add(firstRow + j, key);
            threshold = filter.threshold();
        }
    }
}

__attribute__((target("avx512f"))) void filterAvx512(const float* dots, const float* offsets, const float* scales,
                                                     std::size_t rows, std::size_t firstRow, TopKFilter& filter)
{
    std::size_t i = 0;
    for (; i + 16 <= rows; i += 16) {
        const __m512 keys =
            _mm512_add_ps(_mm512_loadu_ps(offsets + i), _mm512_mul_ps(_mm512_loadu_ps(scales + i), _mm512_loadu_ps(dots + i)));
        if (_mm512_cmp_ps_mask(keys, _mm512_set1_ps(filter.threshold()), _CMP_LE_OQ) != 0)
            filterRows(dots, offsets, scales, i, i + 16, firstRow, filter);
    }
    filterRows(dots, offsets, scales, i, rows, firstRow, filter);
}

__attribute__((target("avx"))) void filterAvx(const float* dots, const float* offsets, const float* scales, std::size_t rows,
                                              std::size_t firstRow, TopKFilter& filter)
{
    std::size_t i = 0;
    for (; i + 8 <= rows; i += 8) {
        const __m256 keys =
            _mm256_add_ps(_mm256_loadu_ps(offsets + i), _mm256_mul_ps(_mm256_loadu_ps(scales + i), _mm256_loadu_ps(dots + i)));
        if (_mm256_movemask_ps(_mm256_cmp_ps(keys, _mm256_set1_ps(filter.threshold()), _CMP_LE_OQ)) != 0)
            filterRows(dots, offsets, scales, i, i + 8, firstRow, filter);
    }
    filterRows(dots, offsets, scales, i, rows, firstRow, filter);
}

} // namespace

bool cpuRuns(FilterKernel kernel)
{
    switch (kernel) {
    case FilterKernel::Avx512:
        return __builtin_cpu_supports("avx512f");
    case FilterKernel::Avx:
        return __builtin_cpu_supports("avx");
    case FilterKernel::Scalar:
        break;
    }
    return true;
}

FilterKernel fastestFilterKernel()
{
    static const FilterKernel fastest = cpuRuns(FilterKernel::Avx512) ? FilterKernel::Avx512
                                        : cpuRuns(FilterKernel::Avx)  ? FilterKernel::Avx
                                                                      : FilterKernel::Scalar;
    return fastest;
}

void filterChunk(FilterKernel kernel, const float* dots, const float* offsets, const float* scales, std::size_t rows,
                 std::size_t firstRow, TopKFilter& filter)
{
    switch (kernel) {
    case FilterKernel::Avx512:
        return filterAvx512(dots, offsets, scales, rows, firstRow, filter);
    case FilterKernel::Avx:
        return filterAvx(dots, offsets, scales, rows, firstRow, filter);
    case FilterKernel::Scalar:
        break;
    }
    filterRows(dots, offsets, scales, 0, rows, firstRow, filter);
}

} // namespace nnscope
