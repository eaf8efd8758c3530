// nnscope engine — core: reading files, and writing them so that nothing half-written is ever seen.
#pragma once

#include <string>
#include <string_view>

namespace nnscope {

/// The whole file as bytes; an Error naming the path when it cannot be read.
std::string readWholeFile(const std::string& path);

/// Writes `bytes` to a temporary file beside `path`, flushes it, then renames it over `path`.
void writeFileAtomically(const std::string& path, std::string_view bytes);

/// A folder that is built under a temporary name beside its final path and moved into place by
/// commit(); if commit() is never reached (error, cancel) the temporary folder is removed. An
/// existing folder at the final path is replaced only when it holds `marker` (a file name that marks
/// it as ours) or nothing, so a mistyped path never destroys a user's folder.
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
    /// Moves the staged folder to its final path (replacing the old one).
    void commit();

private:
    std::string finalPath_;
    std::string marker_;
    std::string stagingPath_;
    bool committed_ = false;
};

} // namespace nnscope
