// `nnscope systems`: every system a spec can name, with its parameters and defaults.
#include "cli/CliSupport.h"
#include "core/Limits.h"
#include "systems/SystemRegistry.h"

#include <ostream>

namespace nnscope::cli {

Command systemsCommand()
{
    Command command;
    command.name = "systems";
    command.summary = "List every system (for search --system and reproduce --systems) with its parameters and defaults.";
    command.run = [](const CommandLine&) { return systemsJson(); };
    command.printText = [](const Json& result, const CommandLine&, std::ostream& out) {
        out << "spec syntax: " << result["syntax"].get<std::string>() << "\n";
        for (const Json& system : result["systems"]) {
            out << "\n" << system["name"].get<std::string>() << "  " << system["summary"].get<std::string>() << "\n";
            for (const Json& parameter : system["parameters"]) {
                const std::string fallback = parameter["default"].get<std::string>();
                std::string range;
                if (parameter.contains("range") && parameter["range"][1].get<std::size_t>() < limits::kMaxInt)
                    range = ", " + parameter["range"][0].dump() + " to " + parameter["range"][1].dump();
                out << "    " << padded(parameter["key"].get<std::string>(), 22) << parameter["help"].get<std::string>()
                    << (fallback.empty() && range.empty() ? "" : " (" + (fallback.empty() ? range.substr(2) : "default " + fallback + range) + ")") << "\n";
            }
        }
        out << "\nevery system also takes:\n";
        for (const Json& parameter : result["common_parameters"])
            out << "    " << padded(parameter["key"].get<std::string>(), 22) << parameter["help"].get<std::string>() << "\n";
    };
    return command;
}

} // namespace nnscope::cli
