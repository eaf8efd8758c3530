// libFuzzer target: an ann-benchmarks HDF5 file (links, external storage, virtual datasets, claimed
// shapes and filters all under the fuzzer's control) read by readAnnBenchmarksHdf5: a dataset or one
// nnscope::Error, never a crash, a hang, a read outside the file or an allocation its bytes do not back.
// libhdf5 runs in a child process as in production (core/Isolated.h): a file that makes the library
// loop or die is an Error here too, and the fuzzer sees the coverage of the parent's side only.
#include "core/Error.h"
#include "core/Files.h"
#include "data/Hdf5Format.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size)
{
    // HDF5 reads files, not memory: each input is written to one file of this process's own.
    static const std::string path =
        std::filesystem::temp_directory_path().string() + "/nnscope-fuzz-" + std::to_string(::getpid()) + ".hdf5";
    nnscope::writeFileAtomically(path, std::string(reinterpret_cast<const char*>(bytes), size));
    try {
        nnscope::readAnnBenchmarksHdf5(path, std::size_t(64) << 20, std::chrono::milliseconds(2000)); // within -timeout=10
    } catch (const nnscope::Error&) {
    }
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
    return 0;
}
