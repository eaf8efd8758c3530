#include "core/Files.h"

#include "core/Error.h"

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/file.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace fs = std::filesystem;

namespace nnscope {
namespace {

// A name unlikely to collide with another writer's (other processes: pid and time; other threads
// of this one: a counter), for temporaries beside a target.
std::string uniqueSuffix()
{
    static std::atomic<std::uint64_t> counter{0};
    const auto now = static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
    return std::to_string(::getpid()) + "-" + std::to_string(now % 1000000007ull) + "-" + std::to_string(counter++);
}

// Makes a folder's entries (renames, new files) durable.
void syncDirectory(const std::string& directory)
{
    const int folder = ::open(directory.empty() ? "." : directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
}

// A test hook (never set in normal use): NNSCOPE_TEST_CRASH_AT=<point> kills the process at that point
// of a folder replacement, so the kill test can check what a crash there leaves behind.
void crashPointForTests(const char* point)
{
    const char* wanted = std::getenv("NNSCOPE_TEST_CRASH_AT");
    if (wanted && std::strcmp(wanted, point) == 0)
        ::raise(SIGKILL);
}

const char* const kStagingMark = ".tmp-";
const char* const kLockMark = ".nnscope-lock";
constexpr auto kLockPatience = std::chrono::seconds(60);
const char* const kRetiredMark = ".old-";

} // namespace

int openRegularFile(const std::string& path, std::uint64_t& size, bool followSymlinks)
{
    const int flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | (followSymlinks ? 0 : O_NOFOLLOW);
    const int file = ::open(path.c_str(), flags);
    if (file < 0) {
        if (errno == ELOOP && !followSymlinks)
            throw Error("cannot read '" + path + "': it is a symbolic link (refused here)");
        throw Error("cannot open '" + path + "': " + std::strerror(errno));
    }
    struct stat info {};
    if (::fstat(file, &info) != 0 || !S_ISREG(info.st_mode)) {
        const bool directory = S_ISDIR(info.st_mode);
        ::close(file);
        throw Error("cannot read '" + path + "': " + (directory ? "it is a directory" : "it is not a regular file"));
    }
    // Back to blocking reads now that the file is known to be regular.
    ::fcntl(file, F_SETFL, ::fcntl(file, F_GETFL) & ~O_NONBLOCK);
    size = static_cast<std::uint64_t>(info.st_size);
    return file;
}

std::string readWholeFile(const std::string& path, std::uint64_t maxBytes, bool followSymlinks)
{
    std::uint64_t size = 0;
    const int file = openRegularFile(path, size, followSymlinks);
    if (size > maxBytes) {
        ::close(file);
        throw Error("cannot read '" + path + "': it holds " + std::to_string(size) + " bytes, more than the " + std::to_string(maxBytes)
                    + " allowed here");
    }
    std::string bytes(static_cast<std::size_t>(size), '\0');
    std::size_t filled = 0;
    while (filled < bytes.size()) {
        const ssize_t got = ::read(file, bytes.data() + filled, bytes.size() - filled);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            const std::string reason = got < 0 ? std::strerror(errno) : "the file shrank while it was read";
            ::close(file);
            throw Error("error while reading '" + path + "': " + reason);
        }
        filled += static_cast<std::size_t>(got);
    }
    ::close(file);
    return bytes;
}

void writeFileAtomically(const std::string& path, std::string_view bytes)
{
    const std::string temporary = path + ".tmp-" + uniqueSuffix();
    const int file = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (file < 0)
        throw Error("cannot write '" + path + "': " + std::strerror(errno));
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t put = ::write(file, bytes.data() + written, bytes.size() - written);
        if (put < 0 && errno == EINTR)
            continue;
        if (put <= 0) {
            ::close(file);
            std::remove(temporary.c_str());
            throw Error("error while writing '" + path + "' (disk full?)");
        }
        written += static_cast<std::size_t>(put);
    }
    // On disk before it takes the name: a crash never leaves a named but empty or partial file.
    if (::fsync(file) != 0 || ::close(file) != 0) {
        std::remove(temporary.c_str());
        throw Error("error while writing '" + path + "' (disk full?)");
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        std::remove(temporary.c_str());
        throw Error("cannot write '" + path + "': " + reason);
    }
    syncDirectory(fs::path(path).parent_path().string());
}

namespace {

// What runs that died while writing `finalPath` left beside it.
struct Leftovers {
    std::vector<fs::path> staged, retired;
};

Leftovers leftoversOf(const std::string& finalPath)
{
    const fs::path target(finalPath);
    const std::string name = target.filename().string();
    Leftovers found;
    std::error_code error;
    for (fs::directory_iterator it(target.parent_path().empty() ? fs::path(".") : target.parent_path(), error), end; !error && it != end;
         it.increment(error)) {
        const std::string entry = it->path().filename().string();
        if (entry.rfind(name + kStagingMark, 0) == 0)
            found.staged.push_back(it->path());
        else if (entry.rfind(name + kRetiredMark, 0) == 0)
            found.retired.push_back(it->path());
    }
    return found;
}

// Two runs writing one folder take turns: each holds an exclusive flock on a hidden file beside it
// from its checks to its commit, so neither's clean-up removes the other's staging folder and the
// folder is always one run's whole result. The kernel drops the lock when a holder dies; the holder
// removes the file when it is done, so nothing is left beside the folder (a waiter that locked a file
// already removed sees that its path no longer names it, and starts again).
std::string lockPathOf(const std::string& finalPath)
{
    const fs::path target(finalPath);
    return (target.parent_path() / ("." + target.filename().string() + kLockMark)).string();
}

} // namespace

FolderLock::FolderLock(const std::string& finalPath) : path_(lockPathOf(finalPath))
{
    const auto giveUp = std::chrono::steady_clock::now() + kLockPatience;
    for (;;) {
        fd_ = ::open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd_ < 0)
            throw Error("cannot lock '" + finalPath + "' for writing (" + path_ + "): " + std::strerror(errno));
        while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
            if (errno != EWOULDBLOCK && errno != EINTR) {
                const int reason = errno;
                ::close(fd_);
                throw Error("cannot lock '" + finalPath + "' for writing: " + std::strerror(reason));
            }
            if (std::chrono::steady_clock::now() > giveUp) {
                ::close(fd_);
                throw Error("another nnscope run has been writing '" + finalPath + "' for over a minute; wait for it to finish or choose another folder");
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        struct stat locked {}, named {};
        if (::fstat(fd_, &locked) == 0 && ::stat(path_.c_str(), &named) == 0 && locked.st_ino == named.st_ino && locked.st_dev == named.st_dev)
            return;
        ::close(fd_); // its holder removed it while we waited: lock the new one
    }
}

FolderLock::~FolderLock()
{
    ::unlink(path_.c_str()); // before the lock is dropped, so no one locks a removed file unknowingly
    ::close(fd_);
}

namespace {

// The final path without trailing slashes, its parent folder made: where a StagingDirectory writes.
std::string preparedFinalPath(std::string finalPath)
{
    while (finalPath.size() > 1 && finalPath.back() == '/')
        finalPath.pop_back();
    if (finalPath.empty())
        throw Error("no output folder given");
    std::error_code error;
    const fs::path parent = fs::path(finalPath).parent_path();
    if (!parent.empty() && !fs::exists(parent, error))
        fs::create_directories(parent, error);
    return finalPath;
}

} // namespace

StagingDirectory::StagingDirectory(std::string finalPath, std::string marker)
    : finalPath_(preparedFinalPath(std::move(finalPath))), marker_(std::move(marker)), lock_(finalPath_)
{
    std::error_code error;
    if (fs::exists(finalPath_, error)) {
        if (!fs::is_directory(finalPath_, error))
            throw Error("cannot write to '" + finalPath_ + "': it exists and is not a folder");
        if (!fs::is_empty(finalPath_, error) && !fs::exists(fs::path(finalPath_) / marker_, error))
            throw Error("refusing to replace '" + finalPath_ + "': it is not empty and holds no " + marker_);
    }
    recoverLocked(finalPath_);
    stagingPath_ = finalPath_ + kStagingMark + uniqueSuffix();
    if (!fs::create_directory(stagingPath_, error))
        throw Error("cannot create '" + stagingPath_ + "': " + error.message());
}

StagingDirectory::~StagingDirectory()
{
    if (!committed_) {
        std::error_code ignored;
        fs::remove_all(stagingPath_, ignored);
    }
} // lock_ is released after the staging folder is gone

void StagingDirectory::commit()
{
    std::error_code error;
    syncDirectory(stagingPath_); // the files were synced as they were written; now their names
    const std::string parent = fs::path(finalPath_).parent_path().string();
    crashPointForTests("before-swap");
    if (fs::exists(finalPath_, error)) {
        // One atomic step: the new folder takes the final name, the old one the staging name.
        // (NNSCOPE_TEST_NO_EXCHANGE: a test hook that takes the fallback below, as on a file system without it.)
        const bool exchange = std::getenv("NNSCOPE_TEST_NO_EXCHANGE") == nullptr;
        if (exchange && ::renameat2(AT_FDCWD, stagingPath_.c_str(), AT_FDCWD, finalPath_.c_str(), RENAME_EXCHANGE) == 0) {
            committed_ = true;
            syncDirectory(parent);
            crashPointForTests("after-swap");
            fs::remove_all(stagingPath_, error); // now the old folder
            return;
        }
        if (exchange && errno != EINVAL && errno != ENOSYS)
            throw Error("cannot replace '" + finalPath_ + "': " + std::strerror(errno));
        // A file system without the exchange: retire the old folder, move the new one in; a crash in
        // between is repaired by recover() on the next run.
        const std::string retired = finalPath_ + kRetiredMark + uniqueSuffix();
        fs::rename(finalPath_, retired, error);
        if (error)
            throw Error("cannot replace '" + finalPath_ + "': " + error.message());
        crashPointForTests("between-renames");
        fs::rename(stagingPath_, finalPath_, error);
        if (error) {
            fs::rename(retired, finalPath_, error); // put the old folder back
            throw Error("cannot move the new folder into place at '" + finalPath_ + "'");
        }
        committed_ = true;
        syncDirectory(parent);
        fs::remove_all(retired, error);
        return;
    }
    fs::rename(stagingPath_, finalPath_, error);
    if (error)
        throw Error("cannot move the new folder into place at '" + finalPath_ + "': " + error.message());
    committed_ = true;
    syncDirectory(parent);
}

std::vector<std::string> StagingDirectory::recover(const std::string& finalPath)
{
    // Nothing to take the lock for (nor a lock file to leave beside a mistyped path) without leftovers.
    const Leftovers found = leftoversOf(finalPath);
    if (found.staged.empty() && found.retired.empty())
        return {};
    const FolderLock lock(finalPath);
    return recoverLocked(finalPath);
}

std::vector<std::string> StagingDirectory::recoverLocked(const std::string& finalPath)
{
    std::vector<std::string> done;
    std::error_code error;
    const fs::path target(finalPath);
    const fs::path parent = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    auto [staged, retired] = leftoversOf(finalPath);
    // A retired folder is the last good one only when the final path is missing (a crash between the
    // two renames of the fallback); otherwise it is a leftover.
    std::sort(retired.begin(), retired.end());
    if (!fs::exists(target, error) && !retired.empty()) {
        fs::rename(retired.back(), target, error);
        if (!error) {
            done.push_back("restored '" + finalPath + "' from " + retired.back().filename().string() + " (an earlier run stopped while replacing it)");
            retired.pop_back();
        }
    }
    for (const auto* list : {&staged, &retired})
        for (const fs::path& leftover : *list) {
            fs::remove_all(leftover, error);
            if (!error)
                done.push_back("removed the leftover " + leftover.filename().string());
        }
    if (!done.empty())
        syncDirectory(parent.string());
    return done;
}

} // namespace nnscope
