// nnscope engine — learned (internal): process-wide settings for LibTorch work, measured on this stack.
#pragma once

#include <cstddef>

namespace nnscope::torchnn {

/// Sets LibTorch's intra-op threads and OpenBLAS's threads to `threads`, and keeps large blocks in the
/// malloc heap: training frees and re-allocates tens of MB per step, and serving those with fresh
/// mmap()s cost 30% of the training time in page faults (docs/benchmarks.md).
void configureRuntime(std::size_t threads);

} // namespace nnscope::torchnn
