#include "core/BlasThreads.h"

#include <algorithm>
#include <cstdlib>
#include <dlfcn.h>
#include <strings.h>
#include <unistd.h>

namespace nnscope {

void useFittingBlasKernels(char** argv)
{
    if (std::getenv("OPENBLAS_CORETYPE"))
        return; // chosen by the user (or by the start this one replaced)
    using CoreName = char* (*)();
    const auto coreName = reinterpret_cast<CoreName>(::dlsym(RTLD_DEFAULT, "openblas_get_corename"));
    if (!coreName || ::strcasecmp(coreName(), "Prescott") != 0)
        return; // another BLAS, or OpenBLAS recognised the CPU
    const char* fitting = nullptr;
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512dq")
        && __builtin_cpu_supports("avx512vl"))
        fitting = "SkylakeX";
    else if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
        fitting = "Haswell";
    if (!fitting)
        return; // Prescott is right for this CPU
    ::setenv("OPENBLAS_CORETYPE", fitting, 1);
    ::execv("/proc/self/exe", argv);
}

void setBlasThreads(std::size_t threads)
{
    using SetThreads = void (*)(int);
    static const auto setOpenBlasThreads = reinterpret_cast<SetThreads>(::dlsym(RTLD_DEFAULT, "openblas_set_num_threads"));
    static thread_local int current = 0;
    const int wanted = static_cast<int>(std::max<std::size_t>(threads, 1));
    if (setOpenBlasThreads && wanted != current) {
        setOpenBlasThreads(wanted);
        current = wanted;
    }
}

} // namespace nnscope
