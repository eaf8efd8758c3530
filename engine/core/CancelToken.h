// nnscope engine — core: cooperative cancellation of long runs (clustering, training, evaluation).
#pragma once

#include "core/Error.h"

#include <atomic>

namespace nnscope {

/// Shared between the thread that runs a job and the one that may stop it. Long loops call
/// throwIfCancelled() at safe points (between batches, iterations), so a cancel takes effect quickly
/// and unwinds through the normal error path.
class CancelToken {
public:
    void cancel() noexcept { cancelled_.store(true, std::memory_order_relaxed); }
    /// Arms the token again for the next run.
    void reset() noexcept { cancelled_.store(false, std::memory_order_relaxed); }
    bool isCancelled() const noexcept { return cancelled_.load(std::memory_order_relaxed); }
    void throwIfCancelled() const
    {
        if (isCancelled())
            throw Cancelled();
    }

private:
    std::atomic<bool> cancelled_{false};
};

/// For call sites that accept an optional token.
inline void throwIfCancelled(const CancelToken* token)
{
    if (token)
        token->throwIfCancelled();
}

} // namespace nnscope
