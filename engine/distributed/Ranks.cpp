// The torchrun environment, the model-to-rank assignment, and the way to the learned module's group.
#include "distributed/Ranks.h"

#include "core/Error.h"
#include "learned/LearnedModule.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <numeric>

namespace nnscope {
namespace {

const char* variable(const char* name)
{
    const char* value = std::getenv(name);
    return value && *value ? value : nullptr;
}

long integerVariable(const char* name, long low, long high)
{
    const char* text = variable(name);
    char* end = nullptr;
    errno = 0;
    const long value = std::strtol(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0' || value < low || value > high)
        throw Error(std::string(name) + "='" + text + "' must be a whole number from " + std::to_string(low) + " to "
                    + std::to_string(high));
    return value;
}

} // namespace

RankGroup::~RankGroup() = default;

RankWorld rankWorldFromEnvironment()
{
    RankWorld world;
    if (!variable("WORLD_SIZE"))
        return world;
    world.size = static_cast<int>(integerVariable("WORLD_SIZE", 1, 4096));
    if (!variable("RANK"))
        throw Error("WORLD_SIZE is set but RANK is not: every rank of a job needs its RANK (0 to WORLD_SIZE - 1)");
    world.rank = static_cast<int>(integerVariable("RANK", 0, world.size - 1));
    if (const char* address = variable("MASTER_ADDR"))
        world.masterAddress = address;
    if (variable("MASTER_PORT"))
        world.masterPort = static_cast<std::uint16_t>(integerVariable("MASTER_PORT", 1, 65535));
    if (const char* timeout = variable("NNSCOPE_RANK_TIMEOUT")) {
        char* end = nullptr;
        const double seconds = std::strtod(timeout, &end);
        if (end == timeout || *end != '\0' || !std::isfinite(seconds) || seconds < 1.0 || seconds > 86400.0)
            throw Error(std::string("NNSCOPE_RANK_TIMEOUT='") + timeout + "' must be seconds from 1 to 86400");
        world.timeoutSeconds = seconds;
    }
    return world;
}

std::unique_ptr<RankGroup> joinRanks(const RankWorld& world)
{
    if (world.size < 1 || world.rank < 0 || world.rank >= world.size)
        throw Error("rank " + std::to_string(world.rank) + " is outside a job of " + std::to_string(world.size));
    return learnedModule().joinRanks(world);
}

std::vector<int> assignWorkToRanks(const std::vector<double>& work, int ranks, bool pinFirst)
{
    std::vector<int> owner(work.size(), 0);
    if (ranks <= 1 || work.empty())
        return owner;
    std::vector<double> load(static_cast<std::size_t>(ranks), 0.0);
    const std::size_t first = pinFirst ? 1 : 0;
    if (pinFirst)
        load[0] = work[0];
    std::vector<std::size_t> order(work.size() - first);
    std::iota(order.begin(), order.end(), first);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return work[a] > work[b]; });
    for (std::size_t item : order) {
        if (pinFirst && !(work[item] > 0.0))
            continue;
        const auto lightest = std::min_element(load.begin(), load.end());
        owner[item] = static_cast<int>(lightest - load.begin());
        *lightest += work[item];
    }
    return owner;
}

double jobFraction(RankGroup& ranks, const std::vector<double>& workOfRank)
{
    const std::vector<double> fractions = ranks.progress();
    double done = 0.0, total = 0.0;
    for (std::size_t r = 0; r < workOfRank.size() && r < fractions.size(); ++r) {
        done += fractions[r] * workOfRank[r];
        total += workOfRank[r];
    }
    return total > 0.0 ? done / total : 0.0;
}

} // namespace nnscope
