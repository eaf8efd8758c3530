// nnscope engine — distributed: the ranks of a job and what they say to each other.
//
// A job of several processes follows PyTorch's torchrun convention, so the launchers a field already
// uses (torchrun-style scripts, Slurm, Kubernetes jobs) start nnscope unchanged: RANK, WORLD_SIZE,
// MASTER_ADDR and MASTER_PORT in the environment. The ranks meet through c10d's TCP store (served by
// rank 0) and exchange bytes through c10d's Gloo process group; both live in LibTorch, so the group is
// made by the learned module (learned/LearnedModule.h) and the engine sees only RankGroup.
#pragma once

#include "core/CancelToken.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace nnscope {

/// Where this process stands in its job.
struct RankWorld {
    int rank = 0;
    int size = 1;
    std::string masterAddress = "127.0.0.1";
    std::uint16_t masterPort = 29500;
    /// How long a rank waits for a silent rank (no heartbeat) or for the rendezvous before it stops.
    double timeoutSeconds = 30.0;

    bool distributed() const { return size > 1; }
};

/// RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT and NNSCOPE_RANK_TIMEOUT (seconds) from the environment;
/// a single-process world when WORLD_SIZE is unset. An Error naming the variable when one is malformed.
RankWorld rankWorldFromEnvironment();

/// The ranks of one job, as one rank sees them. Every wait watches the others: a rank that reported a
/// failure, stopped its heartbeat for the timeout, or closed its connection ends the wait with an Error
/// naming that rank, so no rank waits forever on a lost one.
class RankGroup {
public:
    virtual ~RankGroup();
    virtual int rank() const = 0;
    virtual int size() const = 0;
    /// Every rank states its `value` of `what` (a fingerprint of its data, its settings); returns once all
    /// equal rank 0's, else the same Error on every rank, naming the ranks that differ. `what` may come
    /// again: the n-th agreement on it compares every rank's n-th value.
    virtual void agree(const std::string& what, const std::string& value) = 0;
    /// Starts sending `bytes` to rank `to` under `tag` (each tag once per job) and returns; the sending
    /// finishes while the receiver takes it, at the latest by waitForEnd.
    virtual void send(int to, std::uint32_t tag, std::string bytes) = 0;
    /// The bytes rank `from` sent under `tag`, once it has sent them; `whileWaiting` (if set) is called
    /// every 50 ms or so until then (to keep a progress bar moving).
    virtual std::string receive(int from, std::uint32_t tag, const std::function<void()>& whileWaiting = {}) = 0;
    /// Every rank's `bytes`, in rank order, one after another: a collective (every rank calls it, in the
    /// same order as its other collectives, with as many bytes as the others). The ranks run it in step,
    /// so a rank arriving late by more than the timeout is taken as lost: call it where the ranks' work
    /// since the last wait is the same (a data-parallel training's steps, after a shared agree()).
    virtual std::string allGather(const std::string& bytes) = 0;
    /// The next number of the job-wide counter `name`: 0, 1, 2, … across every rank, each number taken once.
    /// A work queue that needs no estimate of the work: each rank takes the next item when it is free.
    virtual std::size_t claim(const std::string& name) = 0;
    /// This rank's fraction of its own work done, for rank 0's progress bar.
    virtual void publishProgress(double fraction) = 0;
    /// Every rank's last published fraction (0 before its first).
    virtual std::vector<double> progress() = 0;
    /// Rank 0: the job's result is written; the other ranks' waitForEnd returns.
    virtual void end() = 0;
    /// Ranks other than 0: waits (watching) until rank 0 calls end(), then for this rank's sends.
    virtual void waitForEnd() = 0;
    /// Tells the other ranks that this one failed with `message` (they stop naming it); best effort.
    virtual void fail(const std::string& message) noexcept = 0;
    /// Cancelled by the group's watcher (a thread that beats this rank's heartbeat every second and
    /// watches the others') once another rank failed, fell silent for the timeout, or rank 0's store is
    /// gone: long work takes it as its CancelToken, so a rank stops within seconds of losing another.
    virtual const CancelToken& lost() const = 0;
    /// Why lost() was cancelled, naming the rank; empty while it was not.
    virtual std::string lostReason() const = 0;
};

/// Joins the job `world` describes (the learned module's c10d group): every rank must call it; returns
/// once all `world.size` ranks have met, or an Error after the timeout naming what was missing.
std::unique_ptr<RankGroup> joinRanks(const RankWorld& world);

/// Runs `work(ranks)` as this process's rank of the job `world` describes (joinRanks). When it throws,
/// the other ranks are told why (RankGroup::fail); a cancel caused by a lost rank becomes the Error
/// that names the lost rank.
template <class Work>
auto runAsRank(const RankWorld& world, Work&& work) -> decltype(work(std::declval<RankGroup&>()))
{
    const std::unique_ptr<RankGroup> ranks = joinRanks(world);
    try {
        return work(*ranks);
    } catch (const Cancelled&) {
        const std::string reason = ranks->lostReason();
        ranks->fail(reason.empty() ? std::string("cancelled") : reason);
        if (reason.empty())
            throw;
        throw Error(reason);
    } catch (const std::exception& error) {
        ranks->fail(error.what());
        throw;
    }
}

/// runAsRank for a job whose result is rank 0's: `work` returns it (an optional, a pointer) on rank 0 and
/// nothing on the others. Rank 0 then ends the job (RankGroup::end: its result is complete, the others
/// may leave); the others wait for that (waitForEnd) and return their nothing.
template <class Work>
auto runGatheredOnRankZero(const RankWorld& world, Work&& work) -> decltype(work(std::declval<RankGroup&>()))
{
    return runAsRank(world, [&work](RankGroup& ranks) {
        auto result = work(ranks);
        if (result)
            ranks.end();
        else
            ranks.waitForEnd();
        return result;
    });
}

/// Which rank does each of a job's items (models, grid points): by decreasing `work`, each to the rank
/// with the least work so far (longest processing time first; ties to the lower rank). With
/// `pinFirst`, item 0 (layer 1) is rank 0's and items without work stay on rank 0, which can make
/// them without anyone's help.
std::vector<int> assignWorkToRanks(const std::vector<double>& work, int ranks, bool pinFirst = true);

/// A job's progress as rank 0 shows it: each rank's published fraction weighed by its share of the work.
double jobFraction(RankGroup& ranks, const std::vector<double>& workOfRank);

} // namespace nnscope
