// nnscope engine — core: the one memory unit. Budgets and sizes a user reads or gives (the CLI's
// --memory-budget, the studio's Run panel, every refusal message) are in GiB, 2^30 bytes.
#pragma once

#include "core/Error.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>

namespace nnscope {

constexpr double kBytesPerGib = 1073741824.0;

/// `gib` GiB in bytes; an Error for a value that is not positive and finite or beyond 2^63 bytes.
inline std::uint64_t bytesFromGib(double gib)
{
    if (!(gib > 0.0) || !std::isfinite(gib) || gib * kBytesPerGib >= 9.2e18)
        throw Error("a memory budget must be a positive number of GiB below 8.5e9");
    return static_cast<std::uint64_t>(std::llround(gib * kBytesPerGib));
}

inline double gibFromBytes(double bytes)
{
    return bytes / kBytesPerGib;
}

/// "1.86 GiB".
inline std::string gibText(double bytes)
{
    char text[48];
    std::snprintf(text, sizeof text, "%.2f GiB", gibFromBytes(bytes));
    return text;
}

} // namespace nnscope
