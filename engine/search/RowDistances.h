// nnscope engine — search: the exact distances of many rows to one query, the scan that ends every
// partitioned search and every probe of an adaptive one. Each row's sums run in index order, in double,
// so a row's distance has the same bits whichever kernel computes it and however many rows it shares a
// call with: the kernels differ only in how many rows' chains of additions they interleave (one chain
// alone waits on each addition's latency).
#pragma once

#include "search/Metric.h"

#include <cstddef>

namespace nnscope {

/// Scalar: four rows' chains interleaved. Avx: eight rows, two 4-lane registers of doubles, each lane one
/// row's chain, the rows' floats transposed four dimensions at a time (AVX without FMA: a fused
/// multiply-add would round once where the scalar kernel rounds twice).
enum class DistanceKernel { Scalar, Avx };
bool cpuRuns(DistanceKernel kernel);
DistanceKernel fastestDistanceKernel();

/// distance(metric, rows[i], query, dim) into out[i] for i < count, by `kernel` (which the CPU must run).
void rowDistances(DistanceKernel kernel, Metric metric, const float* const* rows, std::size_t count, const float* query, std::size_t dim,
                  double* out);

} // namespace nnscope
