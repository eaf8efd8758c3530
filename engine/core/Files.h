// nnscope engine — core: reading files, and writing them so that nothing half-written is ever seen.
#pragma once

#include <cstdint>
#include <vector>
#include <string>
#include <string_view>

namespace nnscope {

/// The largest file readWholeFile reads unless told otherwise.
constexpr std::uint64_t kDefaultReadLimit = std::uint64_t(16) << 30;

/// The whole file as bytes; an Error naming the path when it cannot be read, is not a regular file
/// (a FIFO or a device never blocks or streams forever here), or holds more than `maxBytes`.
/// `followSymlinks` false refuses a symbolic link (model folders: nothing may point outside them).
std::string readWholeFile(const std::string& path, std::uint64_t maxBytes = kDefaultReadLimit, bool followSymlinks = true);

/// Opens a regular file for reading (O_NONBLOCK, so a FIFO is refused rather than waited on); returns
/// the descriptor and its size, or throws an Error naming the path.
int openRegularFile(const std::string& path, std::uint64_t& size, bool followSymlinks = true);

/// Writes `bytes` to a temporary file beside `path`, flushes it, then renames it over `path`.
void writeFileAtomically(const std::string& path, std::string_view bytes);

/// Writing `finalPath` exclusively: an flock on a hidden file beside it, removed on release, so runs
/// writing one folder take turns and nothing is left beside it. Waits up to a minute, then an Error.
class FolderLock {
public:
    explicit FolderLock(const std::string& finalPath);
    ~FolderLock();
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;

private:
    std::string path_;
    int fd_ = -1;
};

/// A folder that is built under a temporary name beside its final path and moved into place by
/// commit(); if commit() is never reached (error, cancel) the temporary folder is removed. An
/// existing folder at the final path is replaced only when it holds `marker` (a file name that marks
/// it as ours) or nothing, so a mistyped path never destroys a user's folder. Runs writing the same
/// final path take turns (a lock held from construction to destruction; an Error after a minute).
class StagingDirectory {
public:
    StagingDirectory(std::string finalPath, std::string marker);
    ~StagingDirectory();
    StagingDirectory(const StagingDirectory&) = delete;
    StagingDirectory& operator=(const StagingDirectory&) = delete;

    /// Where to write the files now.
    const std::string& path() const { return stagingPath_; }
    /// The path of a file inside the staging folder.
    std::string file(const std::string& name) const { return stagingPath_ + "/" + name; }
    /// Moves the staged folder to its final path: an atomic exchange with the old folder where the
    /// system has one (Linux renameat2), everything fsynced first, so that a crash at any moment leaves
    /// the old folder or the new one at the final path — never neither.
    void commit();

    /// Cleans up after a process that died while replacing `finalPath` (under the folder's lock, so
    /// never under a run still writing it): restores a retired folder if the final path is missing, and
    /// removes staging leftovers. Returns what it did, one line each. Every write does it first; a
    /// reader calls it when the folder is missing, so a crash between the fallback's two renames never
    /// hides the last good folder.
    static std::vector<std::string> recover(const std::string& finalPath);

private:
    static std::vector<std::string> recoverLocked(const std::string& finalPath);

    std::string finalPath_;
    std::string marker_;
    FolderLock lock_; ///< held from the checks to destruction (declared before stagingPath_: released last)
    std::string stagingPath_;
    bool committed_ = false;
};

} // namespace nnscope
