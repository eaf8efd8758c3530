#include "core/BlasThreads.h"

#include <algorithm>
#include <dlfcn.h>

namespace nnscope {

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
