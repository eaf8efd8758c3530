// The learned module's RankGroup (distributed/Ranks.h): LibTorch's c10d — a TCPStore served by rank 0
// for the rendezvous, the fingerprints, heartbeats and progress, and a ProcessGroupGloo for the bytes.
//
// Store keys: agree/<what>#<n>/<rank> (the n-th agreement on what), sent/<from>/<tag> (the byte count, set once the Gloo send is
// posted), beat/<rank> (a counter each rank's heartbeat thread raises every second), progress/<rank>,
// failed/<rank> (a failing rank's message), claim/<name> (a work queue's counter), end (rank 0's result is written)
// and left/<rank>.
#include "core/Error.h"
#include "distributed/Ranks.h"
#include "learned/torch/TorchHierarchy.h"

#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>
#include <thread>

namespace nnscope::torchnn {
namespace {

using Clock = std::chrono::steady_clock;

std::vector<std::uint8_t> bytesOf(const std::string& text) { return {text.begin(), text.end()}; }
std::string textOf(const std::vector<std::uint8_t>& bytes) { return {bytes.begin(), bytes.end()}; }

bool isLoopback(const std::string& address) { return address == "127.0.0.1" || address == "localhost" || address == "::1"; }

class C10dRankGroup final : public RankGroup {
public:
    explicit C10dRankGroup(const RankWorld& world) : world_(world), timeout_(std::chrono::milliseconds(static_cast<long>(world.timeoutSeconds * 1000)))
    {
        const std::string where = world.masterAddress + ":" + std::to_string(world.masterPort);
        try {
            c10d::TCPStoreOptions options;
            options.port = world.masterPort;
            options.isServer = world.rank == 0;
            options.numWorkers = static_cast<std::size_t>(world.size);
            options.waitWorkers = true;
            options.timeout = timeout_;
            store_ = c10::make_intrusive<c10d::TCPStore>(world.masterAddress, options);
        } catch (const std::exception& error) {
            throw Error("rank " + std::to_string(world.rank) + " of " + std::to_string(world.size) + " could not meet the others at " + where
                        + (world.rank == 0 ? " (it serves the job's store there)" : " (rank 0 serves the job's store there)") + " within "
                        + std::to_string(static_cast<int>(world.timeoutSeconds)) + " s: " + firstLine(error.what()));
        }
        try {
            auto options = c10d::ProcessGroupGloo::Options::create(timeout_);
            const char* interface = std::getenv("GLOO_SOCKET_IFNAME"); // PyTorch's variable for the same choice
            if (interface && *interface)
                options->devices.push_back(c10d::ProcessGroupGloo::createDeviceForInterface(interface));
            else if (isLoopback(world.masterAddress))
                options->devices.push_back(c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1"));
            else
                options->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
            options->threads = 1;
            group_ = c10::make_intrusive<c10d::ProcessGroupGloo>(store_, world.rank, world.size, options);
        } catch (const std::exception& error) {
            throw Error("rank " + std::to_string(world.rank) + " could not connect to the other ranks through Gloo: " + firstLine(error.what()));
        }
        lastBeat_.assign(static_cast<std::size_t>(world.size), -1);
        lastBeatChange_.assign(static_cast<std::size_t>(world.size), Clock::now());
        watcher_ = std::thread([this] { watch(); });
    }

    ~C10dRankGroup() override
    {
        {
            std::lock_guard<std::mutex> lock(watchMutex_);
            stopping_ = true;
        }
        watchWake_.notify_all();
        watcher_.join();
    }

    int rank() const override { return world_.rank; }
    int size() const override { return world_.size; }

    void agree(const std::string& what, const std::string& value) override
    {
        const std::string round = what + "#" + std::to_string(agreements_[what]++); // every rank counts alike
        storeCall([&] { store_->set(agreeKey(round, world_.rank), bytesOf(value)); });
        std::vector<std::string> keys;
        for (int r = 0; r < world_.size; ++r)
            keys.push_back(agreeKey(round, r));
        watchUntil([&] { return store_->check(keys); });
        const std::string reference = storeCall([&] { return textOf(store_->get(keys[0])); });
        std::string differing;
        for (int r = 1; r < world_.size; ++r) {
            const std::string theirs = storeCall([&] { return textOf(store_->get(keys[static_cast<std::size_t>(r)])); });
            if (theirs != reference)
                differing += (differing.empty() ? "" : ", ") + std::to_string(r) + " (" + theirs.substr(0, 12) + "…)";
        }
        // Rank 0 serves the store: every rank has read every value before any may leave.
        storeCall([&] { store_->add("compared/" + round, 1); });
        watchUntil([&] { return store_->add("compared/" + round, 0) >= world_.size; });
        if (!differing.empty())
            throw Error("the ranks hold different " + what + ": rank 0 has " + reference.substr(0, 12) + "…, rank " + differing
                        + "; every rank must open the same data with the same settings");
    }

    void send(int to, std::uint32_t tag, std::string bytes) override
    {
        at::Tensor buffer = torch::empty({static_cast<std::int64_t>(bytes.size())}, torch::kUInt8);
        std::memcpy(buffer.data_ptr<std::uint8_t>(), bytes.data(), bytes.size());
        std::vector<at::Tensor> tensors{buffer};
        sends_.push_back(groupCall([&] { return group_->send(tensors, to, static_cast<int>(tag)); }));
        buffers_.push_back(buffer);
        storeCall([&] { store_->set(sentKey(world_.rank, tag), bytesOf(std::to_string(bytes.size()))); });
    }

    std::string receive(int from, std::uint32_t tag, const std::function<void()>& whileWaiting) override
    {
        const std::string key = sentKey(from, tag);
        watchUntil([&] { return store_->check({key}); }, whileWaiting);
        const std::size_t count = std::stoull(storeCall([&] { return textOf(store_->get(key)); }));
        std::vector<at::Tensor> tensors{torch::empty({static_cast<std::int64_t>(count)}, torch::kUInt8)};
        groupCall([&] {
            group_->recv(tensors, from, static_cast<int>(tag))->wait(transferTimeout(count)); // the sender is ready: it announced them
            return 0;
        });
        return std::string(reinterpret_cast<const char*>(tensors[0].data_ptr<std::uint8_t>()), count);
    }

    std::string allGather(const std::string& bytes) override
    {
        const auto length = static_cast<std::int64_t>(bytes.size());
        std::vector<at::Tensor> input{torch::empty({length}, torch::kUInt8)};
        std::memcpy(input[0].data_ptr<std::uint8_t>(), bytes.data(), bytes.size());
        std::vector<std::vector<at::Tensor>> output(1);
        for (int r = 0; r < world_.size; ++r)
            output[0].push_back(torch::empty({length}, torch::kUInt8));
        groupCall([&] {
            group_->allgather(output, input)->wait(transferTimeout(bytes.size() * static_cast<std::size_t>(world_.size)));
            return 0;
        });
        std::string gathered;
        gathered.reserve(bytes.size() * static_cast<std::size_t>(world_.size));
        for (const at::Tensor& part : output[0])
            gathered.append(reinterpret_cast<const char*>(part.data_ptr<std::uint8_t>()), bytes.size());
        return gathered;
    }

    std::size_t claim(const std::string& name) override
    {
        return static_cast<std::size_t>(storeCall([&] { return store_->add("claim/" + name, 1); }) - 1);
    }

    void publishProgress(double fraction) override
    {
        const auto now = Clock::now();
        if (fraction < 1.0 && now - lastPublished_ < std::chrono::milliseconds(250))
            return;
        lastPublished_ = now;
        storeCall([&] { store_->set("progress/" + std::to_string(world_.rank), bytesOf(std::to_string(fraction))); });
    }

    std::vector<double> progress() override
    {
        std::vector<double> fractions(static_cast<std::size_t>(world_.size), 0.0);
        for (int r = 0; r < world_.size; ++r) {
            const std::string key = "progress/" + std::to_string(r);
            storeCall([&] {
                if (store_->check({key}))
                    fractions[static_cast<std::size_t>(r)] = std::stod(textOf(store_->get(key)));
            });
        }
        return fractions;
    }

    void end() override
    {
        storeCall([&] { store_->set("end", bytesOf("ok")); });
        // The store lives in this process: it stays up until every rank has seen the end.
        std::vector<std::string> keys;
        for (int r = 1; r < world_.size; ++r)
            keys.push_back("left/" + std::to_string(r));
        watchUntil([&] { return store_->check(keys); });
    }

    void waitForEnd() override
    {
        watchUntil([&] { return store_->check({"end"}); });
        for (std::size_t s = 0; s < sends_.size(); ++s)
            groupCall([&] {
                sends_[s]->wait(transferTimeout(static_cast<std::size_t>(buffers_[s].numel())));
                return 0;
            });
        storeCall([&] { store_->set("left/" + std::to_string(world_.rank), bytesOf("ok")); });
    }

    void fail(const std::string& message) noexcept override
    {
        try {
            store_->set("failed/" + std::to_string(world_.rank), bytesOf(message));
            // Rank 0 serves the store: it stays until the others' watchers have read why (a few seconds
            // at most), so that they name its failure rather than a lost connection. Not when its
            // failure is a lost rank: the others' watchers find that themselves.
            if (lost_.isCancelled())
                return;
            const auto until = Clock::now() + std::min<std::chrono::milliseconds>(timeout_, std::chrono::seconds(5));
            while (world_.rank == 0 && Clock::now() < until && store_->add("aware", 0) < world_.size - 1)
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
        } catch (...) {
            // The store (rank 0) is gone already: the others learn of it from there.
        }
    }

    const CancelToken& lost() const override { return lost_; }
    std::string lostReason() const override
    {
        std::lock_guard<std::mutex> lock(watchMutex_); // the watcher holds it except while it sleeps
        return lostReason_;
    }

private:
    static std::string agreeKey(const std::string& what, int rank) { return "agree/" + what + "/" + std::to_string(rank); }
    static std::string sentKey(int rank, std::uint32_t tag) { return "sent/" + std::to_string(rank) + "/" + std::to_string(tag); }
    static std::string firstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

    // A store operation; losing the store means losing rank 0, which serves it.
    template <class Call> auto storeCall(Call&& call) -> decltype(call())
    {
        try {
            return call();
        } catch (const Error&) {
            throw;
        } catch (const std::exception& error) {
            throw Error("rank " + std::to_string(world_.rank) + " lost rank 0 (the job's store at " + world_.masterAddress + ":"
                        + std::to_string(world_.masterPort) + "): " + firstLine(error.what()));
        }
    }

    template <class Call> auto groupCall(Call&& call) -> decltype(call())
    {
        try {
            return call();
        } catch (const std::exception& error) {
            // A peer's closed connection reaches Gloo first; the watcher names the rank within a beat.
            for (int wait = 0; wait < 30 && !lost_.isCancelled(); ++wait)
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            if (lost_.isCancelled())
                throw Error(lostReason());
            throw Error("rank " + std::to_string(world_.rank) + ": the Gloo connection failed: " + firstLine(error.what()));
        }
    }

    // How long moving `bytes` over Gloo may take: the rank timeout, and more for large ones (10 MB/s).
    std::chrono::milliseconds transferTimeout(std::size_t bytes) const { return timeout_ + std::chrono::milliseconds(bytes / 10'000); }

    // Polls `ready` (a store query) until it holds, or the watcher has lost a rank; `whileWaiting`, if
    // set, runs between polls (outside the store call, so that its own errors keep their message).
    void watchUntil(const std::function<bool()>& ready, const std::function<void()>& whileWaiting = {})
    {
        for (;;) {
            if (storeCall(ready))
                return;
            if (lost_.isCancelled())
                throw Error(lostReason());
            if (whileWaiting)
                whileWaiting();
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }

    // An Error naming the first rank that failed or fell silent for the timeout (the watcher's thread).
    void checkOthers()
    {
        const auto now = Clock::now();
        for (int r = 0; r < world_.size; ++r) {
            if (r == world_.rank)
                continue;
            const std::string failed = "failed/" + std::to_string(r);
            if (storeCall([&] { return store_->check({failed}); })) {
                const std::string why = storeCall([&] { return textOf(store_->get(failed)); });
                storeCall([&] { store_->add("aware", 1); });
                throw Error("rank " + std::to_string(r) + " failed: " + why);
            }
            const std::int64_t beats = storeCall([&] { return store_->add("beat/" + std::to_string(r), 0); });
            auto& last = lastBeat_[static_cast<std::size_t>(r)];
            auto& changed = lastBeatChange_[static_cast<std::size_t>(r)];
            if (beats != last) {
                last = beats;
                changed = now;
            } else if (now - changed > timeout_) {
                throw Error("rank " + std::to_string(r) + " stopped answering: no heartbeat for "
                            + std::to_string(static_cast<int>(world_.timeoutSeconds)) + " s (NNSCOPE_RANK_TIMEOUT)");
            }
        }
    }

    // The watcher: this rank's heartbeat, and the others' failures and heartbeats, once a second.
    void watch()
    {
        const std::string key = "beat/" + std::to_string(world_.rank);
        std::unique_lock<std::mutex> lock(watchMutex_);
        while (!stopping_) {
            try {
                storeCall([&] { store_->add(key, 1); });
                checkOthers();
            } catch (const std::exception& error) {
                lostReason_ = error.what();
                lost_.cancel();
                return;
            }
            watchWake_.wait_for(lock, std::chrono::seconds(1), [this] { return stopping_; });
        }
    }

    RankWorld world_;
    std::chrono::milliseconds timeout_;
    c10::intrusive_ptr<c10d::TCPStore> store_;
    c10::intrusive_ptr<c10d::ProcessGroupGloo> group_;
    std::vector<c10::intrusive_ptr<c10d::Work>> sends_;
    std::vector<at::Tensor> buffers_; ///< alive until their sends finish
    std::map<std::string, std::size_t> agreements_; ///< agree() calls so far, by what
    std::vector<std::int64_t> lastBeat_;
    std::vector<Clock::time_point> lastBeatChange_;
    Clock::time_point lastPublished_{};
    std::thread watcher_;
    mutable std::mutex watchMutex_;
    std::condition_variable watchWake_;
    bool stopping_ = false;
    CancelToken lost_;
    std::string lostReason_; ///< the watcher's finding, under watchMutex_
};

} // namespace

std::unique_ptr<RankGroup> joinRanks(const RankWorld& world) { return std::make_unique<C10dRankGroup>(world); }

} // namespace nnscope::torchnn
