#include "core/Files.h"

#include "core/Error.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
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

} // namespace

std::string readWholeFile(const std::string& path)
{
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0)
        throw Error("cannot open '" + path + "': " + std::strerror(errno));
    if (S_ISDIR(info.st_mode))
        throw Error("cannot read '" + path + "': it is a directory");
    std::ifstream file(path, std::ios::binary);
    if (!file)
        throw Error("cannot open '" + path + "': " + std::strerror(errno));
    std::ostringstream bytes;
    bytes << file.rdbuf();
    if (file.bad())
        throw Error("error while reading '" + path + "'");
    return bytes.str();
}

void writeFileAtomically(const std::string& path, std::string_view bytes)
{
    const std::string temporary = path + ".tmp-" + uniqueSuffix();
    {
        std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
        if (!file)
            throw Error("cannot write '" + path + "': " + std::strerror(errno));
        file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        file.flush();
        if (!file) {
            std::remove(temporary.c_str());
            throw Error("error while writing '" + path + "' (disk full?)");
        }
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        std::remove(temporary.c_str());
        throw Error("cannot write '" + path + "': " + reason);
    }
}

StagingDirectory::StagingDirectory(std::string finalPath, std::string marker)
    : finalPath_(std::move(finalPath)), marker_(std::move(marker))
{
    while (finalPath_.size() > 1 && finalPath_.back() == '/')
        finalPath_.pop_back();
    if (finalPath_.empty())
        throw Error("no output folder given");
    std::error_code error;
    if (fs::exists(finalPath_, error)) {
        if (!fs::is_directory(finalPath_, error))
            throw Error("cannot write to '" + finalPath_ + "': it exists and is not a folder");
        if (!fs::is_empty(finalPath_, error) && !fs::exists(fs::path(finalPath_) / marker_, error))
            throw Error("refusing to replace '" + finalPath_ + "': it is not empty and holds no " + marker_);
    }
    const fs::path parent = fs::path(finalPath_).parent_path();
    if (!parent.empty() && !fs::exists(parent, error))
        fs::create_directories(parent, error);
    stagingPath_ = finalPath_ + ".tmp-" + uniqueSuffix();
    if (!fs::create_directory(stagingPath_, error))
        throw Error("cannot create '" + stagingPath_ + "': " + error.message());
}

StagingDirectory::~StagingDirectory()
{
    if (!committed_) {
        std::error_code ignored;
        fs::remove_all(stagingPath_, ignored);
    }
}

void StagingDirectory::commit()
{
    std::error_code error;
    std::string retired;
    if (fs::exists(finalPath_, error)) {
        retired = finalPath_ + ".old-" + uniqueSuffix();
        fs::rename(finalPath_, retired, error);
        if (error)
            throw Error("cannot replace '" + finalPath_ + "': " + error.message());
    }
    fs::rename(stagingPath_, finalPath_, error);
    if (error) {
        if (!retired.empty())
            fs::rename(retired, finalPath_, error); // put the old folder back
        throw Error("cannot move the new folder into place at '" + finalPath_ + "'");
    }
    committed_ = true;
    if (!retired.empty())
        fs::remove_all(retired, error);
}

} // namespace nnscope
