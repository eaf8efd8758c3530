// nnscope — the command-line client of the engine (cli/Dispatch.cpp has the commands and exit codes).
#include "cli/Dispatch.h"
#include "core/BlasThreads.h"

#include <iostream>

int main(int argc, char** argv)
{
    nnscope::useFittingBlasKernels(argv);
    std::ios::sync_with_stdio(false);
    return nnscope::cli::dispatch({argv + 1, argv + argc}, std::cout, std::cerr);
}
