#include "learned/torch/Runtime.h"

#include <ATen/Parallel.h>
#include <dlfcn.h>
#include <malloc.h>

namespace nnscope::torchnn {

void configureRuntime(std::size_t threads)
{
    at::set_num_threads(static_cast<int>(threads));
    // Debian's libtorch reaches OpenBLAS through libblas.so.3 when libopenblas0-pthread is installed;
    // its own thread pool ignores at::set_num_threads.
    using SetThreads = void (*)(int);
    if (auto setOpenBlasThreads = reinterpret_cast<SetThreads>(::dlsym(RTLD_DEFAULT, "openblas_set_num_threads")))
        setOpenBlasThreads(static_cast<int>(threads));
    static const bool allocatorTuned = [] {
        ::mallopt(M_MMAP_MAX, 0);
        ::mallopt(M_TRIM_THRESHOLD, 1 << 30);
        return true;
    }();
    (void)allocatorTuned;
}

} // namespace nnscope::torchnn
