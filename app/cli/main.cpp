// nnscope — the command-line client of the engine. Every subcommand prints text, or one JSON object
// with --json; bad input ends with a one-line error on stderr and a non-zero exit:
// 1 for bad data or settings, 2 for a mistake in the command line, 3 for an internal failure.
#include "cli/Command.h"
#include "core/BlasThreads.h"
#include "core/Error.h"
#include "core/Printable.h"

#include <iostream>
#include <sstream>

namespace {

using nnscope::cli::Command;

std::vector<Command> commands()
{
    using namespace nnscope::cli;
    return {datasetsCommand(), infoCommand(), knnCommand(), kmeansCommand(), pcaCommand(), trainCommand(), predictCommand(), searchCommand(), systemsCommand(), partitionCommand(), reproduceCommand()};
}

// One printable line: what a message quotes from the input may hold any bytes.
std::string oneLine(std::string message)
{
    for (char& c : message)
        if (c == '\n' || c == '\r')
            c = ' ';
    return nnscope::printable(message);
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
}

int runCommand(const Command& command, const std::vector<std::string>& arguments)
{
    nnscope::cli::CommandLine line(command.name, command.summary, command.options);
    try {
        line.parse(arguments);
        if (line.flag("help")) {
            std::cout << line.helpText();
            return 0;
        }
        const nnscope::cli::Json result = command.run(line);
        if (line.flag("json")) {
            std::cout << result.dump() << "\n";
        } else {
            // Words, labels and paths come from the user's files: escaped line by line like errors, so
            // an ESC or BEL in a word cannot reach the terminal.
            std::ostringstream text;
            command.printText(result, line, text);
            std::istringstream lines(text.str());
            for (std::string one; std::getline(lines, one);)
                std::cout << nnscope::printable(one) << "\n";
        }
        std::cout.flush();
        if (!std::cout)
            return 1;
        return command.exitCode ? command.exitCode(result) : 0;
    } catch (const nnscope::cli::UsageError& error) {
        std::cerr << "nnscope " << command.name << ": " << oneLine(error.what()) << " (see nnscope " << command.name
                  << " --help)\n";
        return 2;
    } catch (const nnscope::Error& error) {
        std::cerr << "nnscope " << command.name << ": error: " << oneLine(error.what()) << "\n";
        return 1;
    } catch (const std::exception& error) {
        std::cerr << "nnscope " << command.name << ": internal error: " << oneLine(error.what()) << "\n";
        return 3;
    }
}

} // namespace

int main(int argc, char** argv)
{
    nnscope::useFittingBlasKernels(argv);
    std::ios::sync_with_stdio(false);
    const std::vector<std::string> arguments(argv + 1, argv + argc);
    if (arguments.empty() || arguments[0] == "--help" || arguments[0] == "-h" || arguments[0] == "help") {
        printUsage(arguments.empty() ? std::cerr : std::cout);
        return arguments.empty() ? 2 : 0;
    }
    if (arguments[0] == "--version") {
        std::cout << "nnscope " << NNSCOPE_VERSION << "\n";
        return 0;
    }
    for (const Command& command : commands())
        if (command.name == arguments[0])
            return runCommand(command, {arguments.begin() + 1, arguments.end()});
    std::cerr << "nnscope: unknown command '" << oneLine(arguments[0]) << "' (see nnscope --help)\n";
    return 2;
}
