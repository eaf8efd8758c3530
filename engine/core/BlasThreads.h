// nnscope engine — core: the kernels and thread count of the BLAS behind exact search, LibTorch and
// FAISS. Debian's libtorch and libfaiss reach OpenBLAS through libblas.so.3 when libopenblas0-pthread is
// installed; its own thread pool ignores LibTorch's and OpenMP's settings, and its default (every core)
// makes small products slower on a loaded machine.
#pragma once

#include "core/ParallelFor.h"

#include <algorithm>
#include <cstddef>

namespace nnscope {

/// OpenBLAS 0.3.21 (Debian 12) does not recognise recent Intel CPUs (this machine's AVX-512 Xeon among
/// them) and falls back to its SSE3 "Prescott" kernels: here a GEMV ran 1.7x and the learned single
/// query 1.4x slower than with its SkylakeX kernels (docs/benchmarks.md §8). When OpenBLAS made that
/// fallback and OPENBLAS_CORETYPE is unset, this runs the program again (same process id, same
/// arguments) with the kernels the CPU supports: SkylakeX for AVX-512 F/BW/DQ/VL, Haswell for AVX2 and
/// FMA. OpenBLAS picks its kernels when it is loaded, so call this first thing in main(); it returns
/// when there was nothing to do, or the new start failed.
void useFittingBlasKernels(char** argv);

/// Sets OpenBLAS's threads (a no-op with another BLAS). Cheap: call it before the work that needs it.
void setBlasThreads(std::size_t threads);

/// A `threads` setting of 0 means "automatic": two threads for matrix products over at least
/// kTwoThreadValues values (measured over 400,000 × 100 on this 2-core machine: exact search 1.9x and
/// k-means 1.4x faster on two threads than on one, docs/benchmarks.md §8), one below (small products
/// lose to thread start-up; sizes in between were not measured). One where ranks of a job share the
/// machine's two cores (ownHardwareThreads).
inline constexpr std::size_t kTwoThreadValues = std::size_t(10) * 1000 * 1000;
inline std::size_t resolveThreads(std::size_t threads, std::size_t values)
{
    return threads != 0 ? threads : values >= kTwoThreadValues ? std::min<std::size_t>(2, ownHardwareThreads()) : 1;
}

} // namespace nnscope
