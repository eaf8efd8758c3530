// nnscope engine — core: a loop split into contiguous ranges over threads. Each index is handled by one
// call, so per-index results do not depend on the thread count (sums across indices stay the caller's,
// in a fixed order).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <exception>
#include <thread>
#include <vector>

namespace nnscope {

/// The hardware threads this process may take: every one, or its share when LOCAL_WORLD_SIZE (set by
/// `nnscope launch`, as by torchrun) says that several ranks of a job share this machine.
inline std::size_t ownHardwareThreads()
{
    const std::size_t hardware = std::max<std::size_t>(std::thread::hardware_concurrency(), 1);
    const char* local = std::getenv("LOCAL_WORLD_SIZE");
    const long ranks = local ? std::strtol(local, nullptr, 10) : 1;
    return ranks > 1 ? std::max<std::size_t>(1, hardware / static_cast<std::size_t>(ranks)) : hardware;
}

/// ownHardwareThreads() for 0, else `threads`.
inline std::size_t hardwareThreads(std::size_t threads)
{
    return threads != 0 ? threads : ownHardwareThreads();
}

/// Calls body(begin, end) over [0, count) in at most `threads` contiguous ranges, one thread each (the
/// first on the calling thread); the first exception thrown is rethrown after every range ends.
template <class Body>
void parallelFor(std::size_t count, std::size_t threads, const Body& body)
{
    const std::size_t ranges = std::max<std::size_t>(1, std::min(threads, count));
    if (ranges == 1) {
        body(std::size_t(0), count);
        return;
    }
    std::vector<std::exception_ptr> errors(ranges);
    const auto run = [&](std::size_t r) {
        try {
            body(count * r / ranges, count * (r + 1) / ranges);
        } catch (...) {
            errors[r] = std::current_exception();
        }
    };
    std::vector<std::thread> workers;
    for (std::size_t r = 1; r < ranges; ++r)
        workers.emplace_back(run, r);
    run(0);
    for (std::thread& worker : workers)
        worker.join();
    for (const std::exception_ptr& error : errors)
        if (error)
            std::rethrow_exception(error);
}

} // namespace nnscope
