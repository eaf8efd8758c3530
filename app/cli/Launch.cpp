// `nnscope launch --nproc N -- <command ...>`: N local ranks of one job, as torchrun starts them.
//
// Each rank is the command with RANK, LOCAL_RANK, WORLD_SIZE, LOCAL_WORLD_SIZE, MASTER_ADDR and
// MASTER_PORT set (and OMP_NUM_THREADS=1 when unset, torchrun's default, so N ranks do not each start a
// thread per core). Rank 0's output is the job's; the other ranks' standard output goes to standard
// error. When a rank fails or is killed, the others are given the rank timeout to notice and stop on
// their own (they name the lost rank), then SIGTERM, then SIGKILL; Ctrl+C stops every rank.
#include "cli/Launch.h"

#include "cli/CommandLine.h"
#include "core/Printable.h"

#include <algorithm>
#include <arpa/inet.h>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <netinet/in.h>
#include <ostream>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace nnscope::cli {
namespace {

using Clock = std::chrono::steady_clock;

volatile std::sig_atomic_t interruptedBy = 0;
void onSignal(int signal) { interruptedBy = signal; }

// A port no process listens on now (the kernel's pick), for the job's store.
std::uint16_t freePort()
{
    const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    std::uint16_t port = 29500;
    if (probe >= 0 && ::bind(probe, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0
        && ::getsockname(probe, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    if (probe >= 0)
        ::close(probe);
    return port;
}

std::string ownExecutable()
{
    char path[4096];
    const ssize_t length = ::readlink("/proc/self/exe", path, sizeof path - 1);
    return length > 0 ? std::string(path, static_cast<std::size_t>(length)) : std::string("nnscope");
}

std::string describeEnd(int status)
{
    if (WIFSIGNALED(status)) {
        const int signal = WTERMSIG(status);
        const char* name = ::strsignal(signal);
        return "was killed by signal " + std::to_string(signal) + (name ? " (" + std::string(name) + ")" : std::string());
    }
    return "exited with status " + std::to_string(WEXITSTATUS(status));
}

int exitCodeOf(int status) { return WIFSIGNALED(status) ? 128 + WTERMSIG(status) : WEXITSTATUS(status); }

pid_t startRank(const std::vector<std::string>& command, int rank, int ranks, const std::string& address, std::uint16_t port,
                const std::string& timeout)
{
    const pid_t child = ::fork();
    if (child != 0)
        return child;
    ::setenv("RANK", std::to_string(rank).c_str(), 1);
    ::setenv("LOCAL_RANK", std::to_string(rank).c_str(), 1);
    ::setenv("WORLD_SIZE", std::to_string(ranks).c_str(), 1);
    ::setenv("LOCAL_WORLD_SIZE", std::to_string(ranks).c_str(), 1);
    ::setenv("MASTER_ADDR", address.c_str(), 1);
    ::setenv("MASTER_PORT", std::to_string(port).c_str(), 1);
    if (!timeout.empty())
        ::setenv("NNSCOPE_RANK_TIMEOUT", timeout.c_str(), 1);
    ::setenv("OMP_NUM_THREADS", "1", 0);
    if (rank != 0)
        ::dup2(STDERR_FILENO, STDOUT_FILENO);
    std::vector<char*> argv;
    for (const std::string& word : command)
        argv.push_back(const_cast<char*>(word.c_str()));
    argv.push_back(nullptr);
    ::execvp(argv[0], argv.data());
    const std::string message = "nnscope launch: cannot start '" + printable(command[0]) + "': " + std::strerror(errno) + "\n";
    [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, message.data(), message.size());
    ::_exit(127);
}

} // namespace

int launchRanks(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err)
{
    const auto split = std::find(arguments.begin(), arguments.end(), std::string("--"));
    CommandLine line("launch",
                     std::string(kLaunchSummary) + ".\n"
                         "usage: nnscope launch --nproc N [options] -- <command ...>   ('nnscope' as the command is this nnscope)\n"
                         "Ranks by PyTorch's torchrun convention: on several machines, start each rank yourself (or with torchrun,\n"
                         "Slurm, Kubernetes) with RANK, WORLD_SIZE, MASTER_ADDR and MASTER_PORT set instead.",
                     {{"nproc", "N", "ranks to start on this machine (1 to 64)", ""},
                      {"master-addr", "ADDR", "address of rank 0, which serves the job's store", "127.0.0.1"},
                      {"master-port", "PORT", "its port (default: a free one)", ""},
                      {"rank-timeout", "S", "seconds a rank waits for a silent one before it stops (NNSCOPE_RANK_TIMEOUT)", "30"}});
    std::vector<std::string> command(split == arguments.end() ? arguments.end() : split + 1, arguments.end());
    int ranks = 0;
    std::uint16_t port = 0;
    try {
        line.parse({arguments.begin(), split});
        if (line.flag("help")) {
            out << line.helpText();
            return 0;
        }
        ranks = static_cast<int>(line.count("nproc"));
        if (ranks < 1 || ranks > 64)
            throw UsageError("--nproc must be from 1 to 64");
        if (command.empty())
            throw UsageError("no command to launch: put it after '--', e.g. nnscope launch --nproc 2 -- nnscope train ...");
        const std::size_t chosen = line.isSet("master-port") ? line.count("master-port") : freePort();
        if (chosen == 0 || chosen > 65535)
            throw UsageError("--master-port must be from 1 to 65535");
        port = static_cast<std::uint16_t>(chosen);
        if (line.isSet("rank-timeout") && !(line.number("rank-timeout") >= 1.0))
            throw UsageError("--rank-timeout must be at least 1 second");
    } catch (const UsageError& error) {
        err << "nnscope launch: " << error.what() << " (see nnscope launch --help)\n";
        return 2;
    }
    if (command[0] == "nnscope")
        command[0] = ownExecutable();
    const double timeoutSeconds = line.number("rank-timeout");

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::vector<pid_t> running;
    for (int rank = 0; rank < ranks; ++rank)
        running.push_back(startRank(command, rank, ranks, line.value("master-addr"), port, line.isSet("rank-timeout") ? line.value("rank-timeout") : ""));

    int firstFailure = -1, firstStatus = 0, stillRunning = ranks;
    Clock::time_point terminateAt = Clock::time_point::max(), killAt = Clock::time_point::max();
    bool terminated = false, killed = false;
    while (stillRunning > 0) {
        int status = 0;
        const pid_t ended = ::waitpid(-1, &status, WNOHANG);
        if (ended > 0) {
            const auto found = std::find(running.begin(), running.end(), ended);
            if (found == running.end())
                continue;
            const int rank = static_cast<int>(found - running.begin());
            *found = -1;
            --stillRunning;
            const bool failed = WIFSIGNALED(status) || WEXITSTATUS(status) != 0;
            if (failed && firstFailure < 0 && !interruptedBy) {
                firstFailure = rank;
                firstStatus = status;
                if (stillRunning > 0) {
                    err << "nnscope launch: rank " << rank << " " << describeEnd(status) << "; the other ranks have "
                        << static_cast<int>(timeoutSeconds) << " s to stop on their own\n";
                    terminateAt = Clock::now() + std::chrono::milliseconds(static_cast<long>(timeoutSeconds * 1000) + 5000);
                }
            }
            continue;
        }
        const auto now = Clock::now();
        if (interruptedBy && terminateAt == Clock::time_point::max())
            terminateAt = now;
        if (!terminated && now >= terminateAt) {
            terminated = true;
            killAt = now + std::chrono::seconds(5);
            for (pid_t pid : running)
                if (pid > 0)
                    ::kill(pid, SIGTERM);
        }
        if (!killed && now >= killAt) {
            killed = true;
            for (pid_t pid : running)
                if (pid > 0)
                    ::kill(pid, SIGKILL);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (interruptedBy) {
        err << "nnscope launch: interrupted; every rank was stopped\n";
        return 130;
    }
    if (firstFailure >= 0) {
        err << "nnscope launch: the job failed: rank " << firstFailure << " " << describeEnd(firstStatus) << (terminated ? "; the ranks still running were stopped" : "") << "\n";
        return exitCodeOf(firstStatus) != 0 ? exitCodeOf(firstStatus) : 1;
    }
    return 0;
}

} // namespace nnscope::cli
