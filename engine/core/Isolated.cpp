#include "core/Isolated.h"

#include "core/Error.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace nnscope {
namespace {

// The child's answer: one status byte ('R' result, 'E' error), then the payload.
void writeAll(int fd, const std::string& bytes)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t written = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return;
        done += static_cast<std::size_t>(written);
    }
}

[[noreturn]] void runChild(int fd, const std::function<std::string()>& work)
{
    std::string answer;
    try {
        answer = "R" + work();
    } catch (const Error& error) {
        answer = std::string("E") + error.what();
    } catch (const std::exception& error) {
        answer = std::string("X") + error.what();
    } catch (...) {
        answer = "X";
    }
    writeAll(fd, answer);
    ::_exit(0); // no destructors, no atexit handlers: they belong to the parent
}

} // namespace

std::string runIsolated(const std::function<std::string()>& work, std::chrono::milliseconds deadline, std::size_t maxBytes,
                        const std::string& what)
{
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        throw Error("cannot read " + what + ": " + std::strerror(errno));
    const pid_t child = ::fork();
    if (child < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        throw Error("cannot read " + what + ": " + std::strerror(errno));
    }
    if (child == 0) {
        ::close(fds[0]);
        runChild(fds[1], work);
    }
    ::close(fds[1]);
    std::string answer;
    bool late = false, tooLarge = false;
    const auto giveUp = std::chrono::steady_clock::now() + deadline;
    char buffer[1 << 16];
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(giveUp - std::chrono::steady_clock::now()).count();
        if (left <= 0) {
            late = true;
            break;
        }
        pollfd readable{fds[0], POLLIN, 0};
        const int ready = ::poll(&readable, 1, static_cast<int>(std::min<long long>(left, 1000)));
        if (ready < 0 && errno != EINTR)
            break;
        if (ready <= 0)
            continue;
        const ssize_t got = ::read(fds[0], buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break; // the child closed its end: done, or dead
        answer.append(buffer, static_cast<std::size_t>(got));
        if (answer.size() > maxBytes + 1) {
            tooLarge = true;
            break;
        }
    }
    ::close(fds[0]);
    if (late || tooLarge)
        ::kill(child, SIGKILL);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (late)
        throw Error("reading " + what + " did not finish within " + std::to_string(deadline.count() / 1000.0).substr(0, 4)
                    + " s (corrupt input can make its parser loop); stopped");
    if (tooLarge)
        throw Error("reading " + what + " gave more than the " + std::to_string(maxBytes) + " bytes allowed");
    if (answer.empty())
        throw Error("reading " + what + " failed: its reader stopped" + (WIFSIGNALED(status) ? " on signal " + std::to_string(WTERMSIG(status)) : ""));
    if (answer[0] == 'E')
        throw Error(answer.substr(1));
    if (answer[0] != 'R')
        throw Error("reading " + what + " failed inside its reader (" + answer.substr(1) + ")");
    answer.erase(0, 1);
    return answer;
}

} // namespace nnscope
