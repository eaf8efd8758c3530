// nnscope CLI: `nnscope launch`, which starts the ranks of a job on this machine by the torchrun
// convention. It runs from main(), outside dispatch(): it starts processes, which the command-line fuzz
// target (it feeds dispatch() argument vectors) must never do.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace nnscope::cli {

/// Runs `nnscope launch [options] -- <command ...>`; returns the exit status (the first failing
/// rank's, 0 when every rank succeeded).
int launchRanks(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err);

/// The line `nnscope --help` shows for it.
inline constexpr const char* kLaunchSummary = "Start N ranks of an nnscope command on this machine (RANK, WORLD_SIZE, MASTER_ADDR/PORT)";

} // namespace nnscope::cli
