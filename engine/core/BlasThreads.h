// nnscope engine — core: the thread count of the BLAS behind exact search, LibTorch and FAISS. Debian's
// libtorch and libfaiss reach OpenBLAS through libblas.so.3 when libopenblas0-pthread is installed; its
// own thread pool ignores LibTorch's and OpenMP's settings, and its default (every core) makes small
// products slower on a loaded machine.
#pragma once

#include <cstddef>

namespace nnscope {

/// Sets OpenBLAS's threads (a no-op with another BLAS). Cheap: call it before the work that needs it.
void setBlasThreads(std::size_t threads);

} // namespace nnscope
