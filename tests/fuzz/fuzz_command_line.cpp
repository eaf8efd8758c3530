// libFuzzer target: what users type. The input is an argument vector, one argument per line (the
// first a subcommand), run in-process through the CLI's own dispatcher with --dry-run added, so every
// option is read and checked, and the data opened, as the real run would, but nothing heavy runs or is
// written. Exit 0, 1 or 2 with output is the contract; exit 3 ("internal error") is a bug and aborts,
// as does a crash, a hang (libFuzzer's -timeout) or a large allocation (-rss_limit_mb).
#include "cli/Dispatch.h"

#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size)
{
    std::vector<std::string> arguments;
    std::string current;
    for (std::size_t i = 0; i < size; ++i) {
        if (bytes[i] == '\n') {
            arguments.push_back(current);
            current.clear();
        } else {
            current += static_cast<char>(bytes[i]);
        }
    }
    if (!current.empty())
        arguments.push_back(current);
    if (arguments.size() > 64)
        return 0; // a command line, not a file
    arguments.push_back("--dry-run");
    std::ostringstream out, err;
    const int status = nnscope::cli::dispatch(arguments, out, err);
    if (status == 3) {
        std::fprintf(stderr, "internal error (exit 3): %s", err.str().c_str());
        std::abort();
    }
    return 0;
}
