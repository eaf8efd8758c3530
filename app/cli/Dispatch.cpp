// nnscope CLI: from an argument vector to an exit status. Every subcommand prints text, or one JSON
// object with --json; bad input ends with a one-line error on `err` and a non-zero exit:
// 1 for bad data or settings, 2 for a mistake in the command line, 3 for an internal failure.
#include "cli/Dispatch.h"

#include "cli/Command.h"
#include "cli/Launch.h"
#include "core/Error.h"
#include "core/Printable.h"
#include "distributed/Ranks.h"

#include <sstream>

namespace nnscope::cli {
namespace {

std::vector<Command> commands()
{
    return {datasetsCommand(), infoCommand(), knnCommand(), kmeansCommand(), graphCommand(), pcaCommand(), embedCommand(), trainCommand(), predictCommand(), searchCommand(), systemsCommand(), partitionCommand(), reproduceCommand()};
}

// One printable line: what a message quotes from the input may hold any bytes.
std::string oneLine(std::string message)
{
    for (char& c : message)
        if (c == '\n' || c == '\r')
            c = ' ';
    return printable(message);
}

void printUsage(std::ostream& out)
{
    out << "usage: nnscope <command> [options]   (nnscope <command> --help for its options)\n\n"
        << "nnscope " << NNSCOPE_VERSION << " explores learned nearest-neighbour search.\n\ncommands:\n";
    for (const Command& command : commands()) {
        const std::string firstLine = command.summary.substr(0, command.summary.find('\n'));
        // Names pad to a column of 10; a longer one keeps one space rather than underflowing the padding.
        out << "  " << command.name << std::string(command.name.size() < 10 ? 10 - command.name.size() : 1, ' ') << firstLine << "\n";
    }
    out << "  launch    " << kLaunchSummary << "\n"; // run by main(): cli/Launch.h says why
}

int runCommand(const Command& command, const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err)
{
    CommandLine line(command.name, command.summary, command.options);
    try {
        line.parse(arguments);
        if (line.flag("help")) {
            out << line.helpText();
            return 0;
        }
        if (!command.acrossRanks && rankWorldFromEnvironment().distributed())
            throw Error("nnscope " + command.name + " does not run across ranks (WORLD_SIZE is set): run it in one process, "
                        "without nnscope launch; `train` runs across ranks");
        const Json result = command.run(line);
        const bool dryRun = result.is_object() && result.value("dry_run", false); // commands that only read run as usual
        if (line.flag("json")) {
            out << result.dump() << "\n";
        } else if (dryRun) {
            out << "nnscope " << command.name << ": the options and the data are valid; nothing was run (--dry-run)\n";
            for (const auto& [key, value] : result["plan"].items())
                out << "  " << key << ": " << printable(value.is_string() ? value.get<std::string>() : value.dump()) << "\n";
        } else {
            // Words, labels and paths come from the user's files: escaped line by line like errors, so
            // an ESC or BEL in a word cannot reach the terminal.
            std::ostringstream text;
            command.printText(result, line, text);
            std::istringstream lines(text.str());
            for (std::string one; std::getline(lines, one);)
                out << printable(one) << "\n";
        }
        out.flush();
        if (!out)
            return 1;
        return command.exitCode && !dryRun ? command.exitCode(result) : 0;
    } catch (const UsageError& error) {
        err << "nnscope " << command.name << ": " << oneLine(error.what()) << " (see nnscope " << command.name << " --help)\n";
        return 2;
    } catch (const Error& error) {
        err << "nnscope " << command.name << ": error: " << oneLine(error.what()) << "\n";
        return 1;
    } catch (const std::exception& error) {
        err << "nnscope " << command.name << ": internal error: " << oneLine(error.what()) << "\n";
        return 3;
    }
}

} // namespace

int dispatch(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err)
{
    if (arguments.empty() || arguments[0] == "--help" || arguments[0] == "-h" || arguments[0] == "help") {
        printUsage(arguments.empty() ? err : out);
        return arguments.empty() ? 2 : 0;
    }
    if (arguments[0] == "--version") {
        out << "nnscope " << NNSCOPE_VERSION << "\n";
        return 0;
    }
    for (const Command& command : commands())
        if (command.name == arguments[0])
            return runCommand(command, {arguments.begin() + 1, arguments.end()}, out, err);
    err << "nnscope: unknown command '" << oneLine(arguments[0]) << "' (see nnscope --help)\n";
    return 2;
}

} // namespace nnscope::cli
