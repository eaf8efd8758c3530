// nnscope engine — core: the thread count of the BLAS behind exact search, LibTorch and FAISS. Debian's
// libtorch and libfaiss reach OpenBLAS through libblas.so.3 when libopenblas0-pthread is installed; its
// own thread pool ignores LibTorch's and OpenMP's settings, and its default (every core) makes small
// products slower on a loaded machine.
#pragma once

#include <cstddef>

namespace nnscope {

/// Sets OpenBLAS's threads (a no-op with another BLAS). Cheap: call it before the work that needs it.
void setBlasThreads(std::size_t threads);

/// A `threads` setting of 0 means "automatic": two threads for matrix products over at least
/// kTwoThreadValues values (measured over 400,000 × 100 on this 2-core machine: exact search 1.9x and
/// k-means 1.4x faster on two threads than on one, docs/benchmarks.md §8), one below (small products lose to thread start-up; sizes in
/// between were not measured).
inline constexpr std::size_t kTwoThreadValues = std::size_t(10) * 1000 * 1000;
inline std::size_t resolveThreads(std::size_t threads, std::size_t values)
{
    return threads != 0 ? threads : values >= kTwoThreadValues ? 2 : 1;
}

} // namespace nnscope
