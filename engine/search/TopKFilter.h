// nnscope engine — search (internal to exact search): the per-query filter that keeps every row that may
// belong to a query's top k, and the SIMD pass that feeds it from a block of dot products.
#pragma once

#include <cmath>
#include <cstddef>
#include <utility>
#include <vector>

namespace nnscope {

/// The k smallest keys seen so far (a max-heap) and every row that might still belong to the top k.
/// A row stays a candidate while its key is within `slack` of the current k-th key; the final filter
/// uses the final k-th key, so the candidates always contain the true top k (ExactSearch.cpp).
class TopKFilter {
public:
    TopKFilter(std::size_t k, double slack) : k_(k), slack_(slack) {}

    /// Keys above this cannot be candidates (+∞ until k keys are in).
    float threshold() const { return threshold_; }

    void add(std::size_t row, float key);

    /// Calls visit(row) for every row within `slack` of the final k-th key, in the order they came.
    template <typename Visit>
    void finish(Visit visit) const
    {
        for (const auto& [key, row] : candidates_)
            if (key <= threshold_)
                visit(row);
    }

private:
    std::size_t k_;
    double slack_;
    float threshold_ = HUGE_VALF;
    std::vector<float> heap_;
    std::vector<std::pair<float, std::size_t>> candidates_;
};

/// How filterChunk compares keys with the threshold: one at a time, 8 (AVX) or 16 (AVX-512) at once.
enum class FilterKernel { Scalar, Avx, Avx512 };

/// The widest kernel this CPU runs.
FilterKernel fastestFilterKernel();
bool cpuRuns(FilterKernel kernel);

/// One query's dot products with a chunk of rows → keys (offsets[i] + scales[i] · dots[i], a multiply
/// then an add in float, whatever the kernel) → `filter`, row ids from `firstRow`. Every kernel adds the
/// same rows with the same keys in the same order; the SIMD ones only skip groups of keys all above the
/// threshold (nearly all of them once the filter is full) without touching the filter. Measured on
/// 400,000 rows: the batched search 0.72–0.81 ms per query against 0.87–0.89 ms with the same pass
/// scalar, and 0.99–1.00 ms with keys stored and read back (docs/benchmarks.md §8).
void filterChunk(FilterKernel kernel, const float* dots, const float* offsets, const float* scales, std::size_t rows,
                 std::size_t firstRow, TopKFilter& filter);

} // namespace nnscope
