// nnscope CLI: what a subcommand is. Each computes one JSON result from the engine; `--json` prints
// it as is, otherwise the command's text view of the same result is printed, so both show the same figures.
#pragma once

#include "cli/CommandLine.h"

#include <functional>
#include <iosfwd>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace nnscope::cli {

using Json = nlohmann::json;

struct Command {
    std::string name;
    std::string summary;
    std::vector<OptionSpec> options;
    std::function<Json(const CommandLine&)> run;
    std::function<void(const Json&, const CommandLine&, std::ostream&)> printText;
    /// The exit status for a result (default 0), e.g. 130 for a run the user interrupted.
    std::function<int(const Json&)> exitCode;
    /// Whether it runs as one rank of a job (distributed/Ranks.h); the others refuse to start under
    /// WORLD_SIZE > 1 rather than run the same work once per rank.
    bool acrossRanks = false;
};

Command datasetsCommand();
Command infoCommand();
Command knnCommand();
Command kmeansCommand();
Command graphCommand();
Command pcaCommand();
Command embedCommand();
Command trainCommand();
Command predictCommand();
Command searchCommand();
Command systemsCommand();
Command partitionCommand();
Command reproduceCommand();

} // namespace nnscope::cli
