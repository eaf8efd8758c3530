// nnscope engine — core: the one clock the engine times its steps with (builds, training, searches).
#pragma once

#include <chrono>

namespace nnscope {

using Clock = std::chrono::steady_clock;

/// Seconds from `start` to now.
inline double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

} // namespace nnscope
