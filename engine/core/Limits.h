// nnscope engine — core: the largest values nnscope accepts for the counts a user types.
//
// Every count that sets how long a run takes or how much it holds (threads, restarts, iterations,
// epochs) is checked against one of these before any work, so an absurd value ends in one line naming
// the setting instead of a hang, an exhausted machine or a crash inside a library. The maxima sit far
// above what any study here uses (the paper trains 500 epochs; scikit-learn's k-means restarts 10
// times for 300 iterations), so they refuse only what could not be meant.
#pragma once

#include "core/Error.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <thread>

namespace nnscope::limits {

/// k-means restarts (n_init).
inline constexpr std::size_t kMaxRestarts = 1000;
/// Lloyd iterations per restart (max_iter).
inline constexpr std::size_t kMaxIterations = 100000;
/// Training epochs of any network (hierarchy models, routers).
inline constexpr std::size_t kMaxEpochs = 100000;
/// A count handed to a library that stores it as a C int (FAISS's efSearch, M, nlist...).
inline constexpr std::size_t kMaxInt = 2147483647;
/// How many times smaller than the values it declares compressed input may be (an HDF5 dataset, a
/// gzip IDX file): real vectors and images deflate a few times (Fashion-MNIST: under 2×); more is a
/// decompression bomb (400 MB of zeros fit in 400 kB).
inline constexpr std::size_t kLargestCompression = 64;

/// Threads a run may ask for: more than a few per hardware thread only slows it down, and tens of
/// thousands exhaust the process (each OpenMP or LibTorch thread reserves its stack).
inline std::size_t maxThreads()
{
    return 4 * std::max<std::size_t>(std::thread::hardware_concurrency(), 1);
}

/// An Error naming `setting` unless 1 <= value <= most.
inline void checkCount(std::size_t value, std::size_t most, const std::string& setting)
{
    if (value == 0)
        throw Error(setting + " must be at least 1");
    if (value > most)
        throw Error(setting + " = " + std::to_string(value) + " is more than nnscope accepts (at most "
                    + std::to_string(most) + ")");
}

/// checkCount for a thread count, with the machine's own maximum in the message.
inline void checkThreads(std::size_t threads, const std::string& setting = "threads")
{
    if (threads > maxThreads())
        throw Error(setting + " = " + std::to_string(threads) + " is more than this machine can use (at most "
                    + std::to_string(maxThreads()) + ": 4 per hardware thread)");
    checkCount(threads, maxThreads(), setting);
}

} // namespace nnscope::limits
