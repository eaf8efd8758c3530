// nnscope CLI: the whole command line as a function, for main() and for the fuzz target that feeds it
// argument vectors.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace nnscope::cli {

/// Runs `nnscope <arguments...>`: output on `out`, errors (one line) on `err`; returns the exit status.
int dispatch(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err);

} // namespace nnscope::cli
