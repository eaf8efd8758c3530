// nnscope — the command-line client of the engine (cli/Dispatch.cpp has the commands and exit codes).
#include "cli/Dispatch.h"
#include "cli/Launch.h"
#include "core/BlasThreads.h"

#include <iostream>
#include <string>

int main(int argc, char** argv)
{
    nnscope::useFittingBlasKernels(argv);
    std::ios::sync_with_stdio(false);
    if (argc > 1 && std::string(argv[1]) == "launch")
        return nnscope::cli::launchRanks({argv + 2, argv + argc}, std::cout, std::cerr);
    return nnscope::cli::dispatch({argv + 1, argv + argc}, std::cout, std::cerr);
}
