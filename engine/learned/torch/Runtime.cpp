#include "learned/torch/Runtime.h"

#include "core/BlasThreads.h"
#include "core/Limits.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>
#include <algorithm>
#include <chrono>
#include <dlfcn.h>
#include <malloc.h>

namespace nnscope::torchnn {

void configureRuntime(std::size_t requested)
{
    // A saved model may ask for more threads than this machine has (settings are checked when typed).
    const std::size_t threads = std::clamp<std::size_t>(requested, 1, limits::maxThreads());
    at::set_num_threads(static_cast<int>(threads));
    setBlasThreads(threads); // OpenBLAS's own pool ignores at::set_num_threads
    static const bool allocatorTuned = [] {
        ::mallopt(M_MMAP_MAX, 0);
        ::mallopt(M_TRIM_THRESHOLD, 1 << 30);
        return true;
    }();
    (void)allocatorTuned;
}

double matrixMultiplyRate()
{
    static const double rate = [] {
        torch::NoGradGuard noGrad;
        const torch::Tensor a = torch::ones({32, 12800}), b = torch::ones({12800, 256});
        torch::mm(a, b); // warm up
        const auto start = std::chrono::steady_clock::now();
        constexpr int repeats = 8;
        for (int i = 0; i < repeats; ++i)
            torch::mm(a, b);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        return repeats * 2.0 * 32 * 12800 * 256 / std::max(seconds, 1e-9);
    }();
    return rate;
}

} // namespace nnscope::torchnn
