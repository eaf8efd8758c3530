// nnscope engine — learned (internal): process-wide settings for LibTorch work, measured on this stack.
#pragma once

#include <cstddef>

namespace nnscope::torchnn {

/// Sets LibTorch's intra-op threads and OpenBLAS's threads to `threads`, and keeps large blocks in the
/// malloc heap: training frees and re-allocates tens of MB per step, and serving those with fresh
/// mmap()s cost 30% of the training time in page faults (docs/benchmarks.md).
void configureRuntime(std::size_t threads);

/// This machine's float32 matrix-multiply rate through LibTorch (FLOP/s), measured once per process on
/// the shape of a layer-2 output layer's training batch; for estimating training time before training.
double matrixMultiplyRate();

} // namespace nnscope::torchnn
